// Tenth breadth round: English reporting on North Korea, its alliance with Russia and its arms, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
