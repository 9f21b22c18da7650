// Knowledge base: weapons-more. Data only, see lib/kb/CURATING.md.
// The breadth of the field, weapons systems of the field not in weapons.ts: missiles, drones, aircraft, air defence, artillery, armour, ships and munitions of Russia, Iran, North Korea, Ukraine, Israel and the West.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
