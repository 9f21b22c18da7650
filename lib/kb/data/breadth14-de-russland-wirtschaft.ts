// Fourteenth breadth round: German reporting on Russia's war economy and the sanctions, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
