// Ninth breadth round: English press on US and European policy toward Russia, Ukraine and Iran, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
