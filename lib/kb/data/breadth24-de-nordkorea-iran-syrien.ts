// Twenty-fourth breadth round: German reporting on North Korea, Iran and Syria, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
