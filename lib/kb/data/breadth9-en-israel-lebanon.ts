// Ninth breadth round: English press on Israel, Gaza and Lebanon after the 2025 ceasefire.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
