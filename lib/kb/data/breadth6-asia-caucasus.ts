// Sixth breadth round: entities met in the German and English press on North Korea, East Asia, the Caucasus and Central Asia, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
