// Eleventh breadth round: German reporting on NATO's eastern flank, the Bundeswehr, the Baltic states, Poland and the Nordic countries, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
