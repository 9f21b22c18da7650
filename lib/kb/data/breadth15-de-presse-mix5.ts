// Fifteenth breadth round: German regional papers, magazines and smaller outlets on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
