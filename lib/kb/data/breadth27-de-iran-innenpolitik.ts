// Twenty-seventh breadth round: German reporting on Iran from the inside — leadership, parliament, judiciary, prisons, protests, exile opposition, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
