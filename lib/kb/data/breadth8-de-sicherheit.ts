// Eighth breadth round: German press on Germany's own security and defence, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
