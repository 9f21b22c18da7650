// Thirty-first breadth round: German reporting on Lebanon and Yemen — Hezbollah after Nasrallah, Lebanon's state, UNIFIL, the Houthis and their targets, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
