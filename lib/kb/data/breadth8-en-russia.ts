// Eighth breadth round: English press on Russia itself, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
