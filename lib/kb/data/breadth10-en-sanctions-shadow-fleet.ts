// Tenth breadth round: English reporting on sanctions against Russia and Iran, the shadow fleet and the war economy, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
