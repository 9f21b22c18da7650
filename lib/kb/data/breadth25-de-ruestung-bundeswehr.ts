// Twenty-fifth breadth round: German reporting on arms deliveries, the Bundeswehr's procurement and Europe's defence industry, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
