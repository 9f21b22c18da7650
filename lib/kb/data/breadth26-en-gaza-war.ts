// Twenty-sixth breadth round: English reporting on the Gaza war, its hostages, mediators and aftermath, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
