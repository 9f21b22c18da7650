// Ninth breadth round: English press on Belarus, NATO's eastern flank, Moldova and the South Caucasus, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
