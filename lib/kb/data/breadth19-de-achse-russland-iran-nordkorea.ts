// Nineteenth breadth round: German reporting on the military cooperation of Russia, Iran, North Korea and Belarus, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [];
