// Third breadth round: officials, commanders, units, analysts and outlets met in the English press on Russia, Ukraine, Belarus and the Caucasus.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
