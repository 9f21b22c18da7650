// Tenth breadth round: English reporting on the Gulf, Yemen, the Red Sea and Sudan's war with its foreign backers, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
