// Twenty-ninth breadth round: English reporting on Syria after Assad — al-Sharaa's government, the new army, the SDF, Sweida, the coast, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
