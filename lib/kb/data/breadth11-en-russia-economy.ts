// Eleventh breadth round: English reporting on Russia's economy, energy, banks, state corporations and their executives, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
