// Eleventh breadth round: English reporting on Ukraine's domestic politics, government, anti-corruption bodies and regional administrations, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
