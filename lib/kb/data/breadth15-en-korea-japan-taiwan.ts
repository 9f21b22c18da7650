// Fifteenth breadth round: English reporting on the two Koreas, Japan and Taiwan, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
