// Thirteenth breadth round: English reporting on North Korea, South Korea, China, Japan and Taiwan in the security context of these conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
