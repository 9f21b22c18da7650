// Eighth breadth round: English press on Syria, Iraq, Turkey, Jordan and the Kurds, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
