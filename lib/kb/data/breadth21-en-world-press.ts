// Twenty-first breadth round: English-language outlets outside the US/UK mainstream (Gulf, Turkish, Kurdish, Korean, Japanese, Indian, Ukrainian, Baltic …) on all five conflicts.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
