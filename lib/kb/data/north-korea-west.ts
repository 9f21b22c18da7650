// Knowledge base: north-korea-west. Data only, see lib/kb/CURATING.md.
import type { Entity } from '../types';

export const entities: Entity[] = [];
