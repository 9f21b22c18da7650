// Thirty-second breadth round: English-language reporting on Ukraine's state at war, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
