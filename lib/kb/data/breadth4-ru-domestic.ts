// Fourth breadth round: entities met in the German and English press on Russia's domestic politics, regions, courts, media and opposition.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
