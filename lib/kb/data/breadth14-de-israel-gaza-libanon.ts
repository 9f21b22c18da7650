// Fourteenth breadth round: German reporting on Israel, Gaza and Lebanon, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
