// Thirtieth breadth round: German reporting on Russia from the inside — Kremlin, Duma, governors, the defence ministry's purge, courts, exiles, war economy, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
