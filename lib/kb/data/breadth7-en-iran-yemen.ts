// Seventh breadth round: entities met in the English press on Iran after the June 2025 war, its nuclear programme, Iraq's militias, Yemen and the Red Sea, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
