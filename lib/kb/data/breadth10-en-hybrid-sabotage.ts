// Tenth breadth round: English reporting on Russian and Iranian sabotage, espionage, cyber and influence operations in Europe, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
