// Twenty-fifth breadth round: English reporting on Washington's side of the conflicts: officials below cabinet level, Congress, commands, sanctions and arms sales, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
