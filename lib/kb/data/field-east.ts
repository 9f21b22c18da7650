// Knowledge base: field-east. Data only, see lib/kb/CURATING.md.
// The breadth of the field, Russia, Ukraine, Belarus, the Caucasus and Central Asia: ministers, deputy ministers, commanders, governors, spokespeople, officials, propagandists, opposition, and their bodies and units.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
