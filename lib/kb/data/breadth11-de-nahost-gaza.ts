// Eleventh breadth round: German reporting on the Gaza war, the hostages, the ceasefire talks, the West Bank and Israeli politics, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
