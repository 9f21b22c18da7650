// Seventeenth breadth round: German business reporting on sanctions, firms, banks, the shadow fleet and the arms industry, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
