// Eleventh breadth round: English reporting on Iraq, its militias, the Kurds in Iraq, Syria and Turkey, and Turkey's security policy, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
