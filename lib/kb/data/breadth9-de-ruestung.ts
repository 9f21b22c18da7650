// Ninth breadth round: German press on arms, armament and procurement in Germany and Europe, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
