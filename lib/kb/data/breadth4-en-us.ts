// Fourth breadth round: entities met in the English press on US policy, Congress, the Pentagon, sanctions and UN diplomacy in these conflicts.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
