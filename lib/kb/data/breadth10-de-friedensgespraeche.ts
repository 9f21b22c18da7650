// Tenth breadth round: German press on the negotiations over a ceasefire and peace in Ukraine, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
