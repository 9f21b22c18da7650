// Fifth breadth round: entities met in the English press on Israel, Gaza, Lebanon, Syria and Iran, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
