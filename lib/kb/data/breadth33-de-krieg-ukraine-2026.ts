// Thirty-third breadth round: German-language reporting on the war in Ukraine, late 2025 and 2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
