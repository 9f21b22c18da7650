// Thirty-third breadth round: a random sample of US and British broadcast, online and magazine reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
