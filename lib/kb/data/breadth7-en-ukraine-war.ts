// Seventh breadth round: entities met in the English press on the war in Ukraine: commanders, units, drone forces and makers on both sides, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
