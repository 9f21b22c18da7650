// Fourteenth breadth round: English reporting on Iran's politics, security forces and nuclear programme, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
