// Fifth breadth round: entities met in the German press on the Middle East, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
