// Seventeenth breadth round: English regional outlets on Israel, Gaza, Lebanon, Yemen, Iraq, Syria and Iran, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
