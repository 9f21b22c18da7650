// Twenty-second breadth round: English-language analysis and long-form reporting from publishers not used before (Lawfare, Foreign Affairs, MEI, OSW, Jamestown …).
import type { Entity } from '../types';

export const entities: Entity[] = [
];
