// Fifth breadth round: entities met in the German press on the war in Ukraine, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
