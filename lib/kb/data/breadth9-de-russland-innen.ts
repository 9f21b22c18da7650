// Ninth breadth round: German press on Russia's inside: Kremlin, Duma, governors, repression, oligarchs and state firms, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
