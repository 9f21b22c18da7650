// Fifth breadth round: entities met in the English press on diplomacy over Ukraine and North Korea, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
