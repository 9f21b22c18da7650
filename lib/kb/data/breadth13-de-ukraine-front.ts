// Thirteenth breadth round: German reporting on the war at the front in Ukraine: units, commanders, battles, weapons, analysts, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
