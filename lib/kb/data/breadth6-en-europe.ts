// Sixth breadth round: entities met in the English press on European politics over Russia, Ukraine and Iran, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
