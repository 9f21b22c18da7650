// Fifteenth breadth round: English regional and specialist outlets on all five conflicts (the long tail of outlets), 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
