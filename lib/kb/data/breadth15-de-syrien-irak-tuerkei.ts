// Fifteenth breadth round: German reporting on Syria after Assad, Iraq and Turkey, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
