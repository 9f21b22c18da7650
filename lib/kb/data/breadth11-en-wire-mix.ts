// Eleventh breadth round: English wire and newspaper reporting across all the conflicts Lagebild follows, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
