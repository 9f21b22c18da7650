// Thirty-first breadth round: a twenty-first random sample of the German press on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
