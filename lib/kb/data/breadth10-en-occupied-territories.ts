// Tenth breadth round: English reporting on Russia's occupation of Ukrainian land and its border regions, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
