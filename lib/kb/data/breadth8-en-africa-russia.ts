// Eighth breadth round: English press on Russia's and Iran's reach in Africa and Libya, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
