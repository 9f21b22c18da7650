// Eighth breadth round: German press on Iran, Israel, Gaza and Lebanon, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
