// Seventh breadth round: weapons systems and their makers met in German and English reports, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
