// The curated knowledge base joined from its region files and the generated states; lookup by id.
// Data only: no matching, no DOM.
import type { Entity } from './types';
import { entities as iranMiddleEast } from './data/iran-middle-east';
import { entities as northKoreaWest } from './data/north-korea-west';
import { entities as organizationsExtra } from './data/organizations-extra';
import { entities as peopleExtra } from './data/people-extra';
import { entities as russiaUkraineBelarus } from './data/russia-ukraine-belarus';
import { entities as weapons } from './data/weapons';
import { states } from './states';

export const entities: Entity[] = [...russiaUkraineBelarus, ...iranMiddleEast, ...northKoreaWest, ...weapons, ...peopleExtra, ...organizationsExtra, ...states];

const byId = new Map(entities.map((entity) => [entity.id, entity]));

export function getEntity(id: string): Entity | undefined {
  return byId.get(id);
}

export type { Entity, EntityType, Subtype, Lang, Role, Link, LinkRel } from './types';
