// Eighth breadth round: German press on Ukraine's politics and war, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
