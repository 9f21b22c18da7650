// Thirteenth breadth round: English reporting on the new order in Syria and Lebanon after December 2024.
import type { Entity } from '../types';

export const entities: Entity[] = [];
