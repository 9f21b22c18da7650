// Third breadth round: officials, commanders, units, analysts and outlets met in the English press on the Middle East and North Korea.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
