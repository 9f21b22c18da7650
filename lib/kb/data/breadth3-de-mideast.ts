// Third breadth round: officials, commanders, units, analysts and outlets met in the German press on Iran, Israel, Lebanon, Syria, Iraq and Yemen.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
