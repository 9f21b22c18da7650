// Seventeenth breadth round: English reporting on the front in Ukraine: commanders, units, drone makers and weapons, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
