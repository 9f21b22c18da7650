// Eighteenth breadth round: English reporting on Russia's politics, security services and war economy, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
