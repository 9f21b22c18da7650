// Thirty-third breadth round: a twenty-third random sample of the German-language press on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
