// Knowledge base: field-middle-east. Data only, see lib/kb/CURATING.md.
// The breadth of the field, Iran, Israel, the Palestinian territories, Lebanon, Syria, Iraq, Yemen, the Gulf, Turkey and Egypt: ministers, commanders, spokespeople, militia leaders, officials, and their bodies, militias and units.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
