// Thirty-second breadth round: German-language reporting on Iran and Israel, the June 2025 war and after.
import type { Entity } from '../types';

export const entities: Entity[] = [];
