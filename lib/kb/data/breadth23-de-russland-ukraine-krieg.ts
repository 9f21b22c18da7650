// Twenty-third breadth round: German-language reporting on the war between Russia and Ukraine, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
