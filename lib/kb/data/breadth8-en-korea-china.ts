// Eighth breadth round: English press on North Korea, South Korea, China and Japan in these conflicts, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
