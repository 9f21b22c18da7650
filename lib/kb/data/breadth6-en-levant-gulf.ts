// Sixth breadth round: entities met in the English press on Iraq, Syria, Lebanon, Turkey and the Gulf, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
