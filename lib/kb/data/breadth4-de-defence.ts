// Fourth breadth round: entities met in the German press on the Bundeswehr, German/EU/NATO defence politics, arms makers and the services.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
