// Entity rows as the UI shows them: display names in the UI language, search by any name, type
// filter, sorting and grouping. Pure functions over rows the page roots read from the store.
import { getEntity, type EntityType } from '../kb';
import { matchingIds } from '../store/entities';
import type { EntityRow } from '../store/entities';
import type { OwnEntity } from '../store/schema';
import type { UiLang } from './i18n';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'state', 'weapon'];

/** The entity's name in the UI language; an own entity's first name; the id as a last resort. */
export function entityName(entityId: string, lang: UiLang, own?: Pick<OwnEntity, 'names'>): string {
  return getEntity(entityId)?.names[lang] ?? own?.names[0] ?? entityId;
}

export interface EntityView {
  id: string;
  name: string;
  type?: EntityType;
  articles: number;
  mentions: number;
  lastSeen: number;
}

export function toEntityViews(rows: readonly EntityRow[], lang: UiLang): EntityView[] {
  return rows.map((row) => ({
    id: row.entityId,
    name: entityName(row.entityId, lang, row.own),
    type: row.type,
    articles: row.articles,
    mentions: row.mentions,
    lastSeen: row.lastSeen,
  }));
}

export type EntitySort = 'lastSeen' | 'articles' | 'mentions' | 'name';
export type SortDirection = 'asc' | 'desc';

export interface EntityQuery {
  /** Any name, alias or acronym in any language: "Schoigu" finds Shoigu. */
  search?: string;
  type?: EntityType | '';
  sort?: EntitySort;
  /** Default: names A→Z, numbers and dates largest first. */
  direction?: SortDirection;
}

export function defaultDirection(sort: EntitySort): SortDirection {
  return sort === 'name' ? 'asc' : 'desc';
}

/** Filter by type and search, then sort; ties fall back to most articles, most mentions, then name. */
export function queryEntities(views: readonly EntityView[], query: EntityQuery, lang: UiLang, own: readonly OwnEntity[] = []): EntityView[] {
  const search = query.search?.trim();
  const wanted = search ? matchingIds(search, own) : undefined;
  const kept = views.filter((v) => (!query.type || v.type === query.type) && (!wanted || wanted.has(v.id)));
  const sort = query.sort ?? 'lastSeen';
  const sign = (query.direction ?? defaultDirection(sort)) === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const byName = (a: EntityView, b: EntityView) => collator.compare(a.name, b.name);
  const key = (a: EntityView, b: EntityView): number => {
    switch (sort) {
      case 'name':
        return byName(a, b);
      case 'articles':
        return a.articles - b.articles;
      case 'mentions':
        return a.mentions - b.mentions;
      default:
        return a.lastSeen - b.lastSeen;
    }
  };
  return kept.sort((a, b) => sign * key(a, b) || b.articles - a.articles || b.mentions - a.mentions || byName(a, b));
}

export interface TypeGroup<T> {
  type: EntityType | 'other';
  items: T[];
}

/** Items grouped in the fixed type order (persons, organisations, states, weapons); empty groups left out. */
export function groupByType<T extends { type?: EntityType | string }>(items: readonly T[]): TypeGroup<T>[] {
  const order: Array<EntityType | 'other'> = [...ENTITY_TYPES, 'other'];
  return order
    .map((type) => ({ type, items: items.filter((item) => (ENTITY_TYPES.includes(item.type as EntityType) ? item.type : 'other') === type) }))
    .filter((group) => group.items.length > 0);
}
