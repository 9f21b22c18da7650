// Fourth breadth round: entities met in the German and English press on weapons systems, their makers and the units that use them.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
