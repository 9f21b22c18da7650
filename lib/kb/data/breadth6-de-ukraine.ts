// Sixth breadth round: entities met in the German press on Ukraine's politics, government and regions, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
