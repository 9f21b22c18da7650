// Sixteenth breadth round: English reporting on Iran, Israel, Gaza, Lebanon and Yemen in 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
