// Twenty-sixth breadth round: a sixteenth random sample of German press reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
