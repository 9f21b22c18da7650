// Nineteenth breadth round: English-language analysis by think tanks and specialist publishers, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
