// Twenty-third breadth round: English-language reporting from the region and the wires on Israel, Gaza, the West Bank, Lebanon, Yemen and Iraq’s militias, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
