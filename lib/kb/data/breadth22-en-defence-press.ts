// Twenty-second breadth round: English-language defence trade press and OSINT reporting on the weapons, units and defence industries of these conflicts.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
