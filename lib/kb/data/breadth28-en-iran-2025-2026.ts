// Twenty-eighth breadth round: English reporting on Iran after the twelve-day war of June 2025 — new commanders, the snapback, the IAEA, arrests, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
