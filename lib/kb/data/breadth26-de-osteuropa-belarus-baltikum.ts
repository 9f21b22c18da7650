// Twenty-sixth breadth round: German reporting on Belarus, Moldova, the South Caucasus and the Baltic states and Poland facing Russia's hybrid war, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
