// Seventh breadth round: entities met in the German press on German, EU and US politics over Ukraine, Iran and Israel, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
