// Seventh breadth round: entities met in the German press on Russia: the Kremlin, the Duma, governors, generals, business and the exiled opposition, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
