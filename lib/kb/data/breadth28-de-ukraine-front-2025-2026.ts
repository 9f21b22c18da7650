// Twenty-eighth breadth round: German reporting on the war at the front — brigades, corps, drone units, long-range strikes, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
