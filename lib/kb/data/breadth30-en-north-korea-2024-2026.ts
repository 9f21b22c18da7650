// Thirtieth breadth round: English reporting on North Korea — Kim's circle, the army, troops in Russia, launches, South Korea's and Japan's officials, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
