// Knowledge base: field-west-asia. Data only, see lib/kb/CURATING.md.
// The breadth of the field, the US, UK, Germany, France, the EU, NATO, Poland, the Baltics and Nordics, North and South Korea, China and Japan: ministers, commanders, envoys, spokespeople, officials, and their bodies.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
