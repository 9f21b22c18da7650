// Thirteenth breadth round: English reporting on Russia's elites and regions: governors, the Kremlin, parliament, courts, siloviki, state companies, the exiled opposition, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
