// Twenty-first breadth round: Austrian and Swiss outlets and German regional and public broadcasters on all five conflicts.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
