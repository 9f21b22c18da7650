// Tenth breadth round: German press on Iran's inner politics, regime and society, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
