// Knowledge base: russia-ukraine-belarus. Data only, see lib/kb/CURATING.md.
import type { Entity } from '../types';

export const entities: Entity[] = [];
