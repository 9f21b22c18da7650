// Twelfth breadth round: English reporting on Russia's military and domestic politics, 2023–2026: the defence ministry purges and trials, generals, regional governors of the border regions, Duma members, war bloggers and pro-war media.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
