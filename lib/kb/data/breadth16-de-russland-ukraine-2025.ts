// Sixteenth breadth round: German reporting on Russia and Ukraine in 2025–2026: the talks, the front, Kyiv after the reshuffle, Russia's elites.
import type { Entity } from '../types';

export const entities: Entity[] = [];
