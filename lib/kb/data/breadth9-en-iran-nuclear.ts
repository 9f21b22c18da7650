// Ninth breadth round: English press on Iran's nuclear programme, its diplomacy and its inside, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
