// Twelfth breadth round: German reporting on North Korea, China, Japan, South Korea and Taiwan in the security context of these conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
