// Ninth breadth round: English reporting on the front line in Ukraine: units, commanders, drone and missile systems, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
