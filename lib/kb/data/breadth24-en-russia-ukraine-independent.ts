// Twenty-fourth breadth round: English reporting by Ukrainian and independent Russian outlets on the war and both countries' politics, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
