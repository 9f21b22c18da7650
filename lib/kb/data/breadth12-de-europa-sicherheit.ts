// Twelfth breadth round: German reporting on European security politics around the Ukraine war, 2022–2026: EU and European governments, their leaders, ministers and parties, the coalition of the willing, arms aid and the debates.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
