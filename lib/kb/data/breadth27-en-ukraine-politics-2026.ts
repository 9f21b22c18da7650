// Twenty-seventh breadth round: English reporting on Ukraine's domestic politics and state — cabinet, Rada, NSDC, regional heads, anti-corruption cases, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
