// Thirty-first breadth round: English reporting on Russia's armed forces and war industry — the ministry, commanders, units, drone forces, arms makers, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
