// Thirteenth breadth round: German reporting on Iran, Yemen's Houthis, the Gulf states and Iraq's militias, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
