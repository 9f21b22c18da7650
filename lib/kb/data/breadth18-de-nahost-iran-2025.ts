// Eighteenth breadth round: German reporting on Israel, Gaza, Lebanon, Yemen and Iran in 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
