// Twenty-ninth breadth round: German reporting on Israel and Gaza — the ceasefire, hostages, Board of Peace, cabinet, West Bank, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
