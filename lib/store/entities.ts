// Queries across articles, by entity: the overview list, one entity's timeline, who appears with
// whom. Read-only; each takes the database so pages can wrap it in Dexie's liveQuery.
import { entities as curated, getEntity, type Entity, type EntityType } from '../kb';
import { RECENT_ARTICLES, type EntityStats, type RecentArticle } from '../messages';
import { tokenize, type Article, type LagebildDB, type Mention, type OwnEntity } from './schema';

export interface EntityRow {
  entityId: string;
  /** The curated entity, absent for own entities and ids the base no longer has. */
  entity?: Entity;
  own?: OwnEntity;
  type?: EntityType;
  /** Number of recorded articles mentioning it. */
  articles: number;
  /** Mentions summed over those articles (each article counted once, at its latest visit). */
  mentions: number;
  lastSeen: number;
}

export interface EntityFilter {
  type?: EntityType;
  /** Any name, alias or acronym of the entity in any language; case and diacritics do not matter. */
  search?: string;
  /** "recent" (default): last seen first; "articles": most articles first. */
  sort?: 'recent' | 'articles';
}

/**
 * Every entity the reader has met, with its number of articles and when it was last seen.
 * Reads every mention row once: a memory of thousands of articles is tens of thousands of rows,
 * which is quicker to scan than to keep a second, aggregated copy in step with it.
 */
export async function entityOverview(db: LagebildDB, filter: EntityFilter = {}): Promise<EntityRow[]> {
  const [mentions, own] = await db.transaction('r', db.mentions, db.ownEntities, () =>
    Promise.all([db.mentions.toArray(), db.ownEntities.toArray()]),
  );
  const ownById = new Map(own.map((o) => [o.id, o]));
  const wanted = filter.search?.trim() ? matchingIds(filter.search, own) : undefined;

  const rows = new Map<string, EntityRow>();
  for (const m of mentions) {
    let row = rows.get(m.entityId);
    if (!row) {
      const entity = getEntity(m.entityId);
      const ownEntity = ownById.get(m.entityId);
      row = { entityId: m.entityId, entity, own: ownEntity, type: entity?.type ?? ownEntity?.type, articles: 0, mentions: 0, lastSeen: 0 };
      rows.set(m.entityId, row);
    }
    row.articles++;
    row.mentions += m.count;
    row.lastSeen = Math.max(row.lastSeen, m.lastSeen);
  }

  const result = [...rows.values()].filter(
    (row) => (!filter.type || row.type === filter.type) && (!wanted || wanted.has(row.entityId)),
  );
  const tie = (a: EntityRow, b: EntityRow) => b.mentions - a.mentions || a.entityId.localeCompare(b.entityId);
  return filter.sort === 'articles'
    ? result.sort((a, b) => b.articles - a.articles || b.lastSeen - a.lastSeen || tie(a, b))
    : result.sort((a, b) => b.lastSeen - a.lastSeen || b.articles - a.articles || tie(a, b));
}

/** Ids of curated and own entities with a name, alias or acronym containing every word of `query`. */
export function matchingIds(query: string, own: readonly OwnEntity[] = []): Set<string> {
  const words = tokenize(query);
  const ids = new Set<string>();
  if (words.length === 0) return ids;
  const hit = (names: readonly string[]) => {
    const haystack = names.map((n) => tokenize(n).join(' ')).join(' | ');
    return words.every((w) => haystack.includes(w));
  };
  for (const e of curated) {
    if (hit([e.id, ...Object.values(e.names), ...(e.aliases ?? []), ...(e.acronyms ?? [])])) ids.add(e.id);
  }
  for (const o of own) if (hit([o.id, ...o.names])) ids.add(o.id);
  return ids;
}

export interface TimelineEntry {
  article: Article;
  count: number;
  snippets: string[];
  firstOffset: number;
}

/** The articles mentioning one entity, newest first (by publication date, else by first visit). */
export async function entityTimeline(db: LagebildDB, entityId: string): Promise<TimelineEntry[]> {
  return db.transaction('r', db.mentions, db.articles, async () => {
    const mentions = await db.mentions.where('entityId').equals(entityId).toArray();
    const articles = await db.articles.bulkGet(mentions.map((m) => m.articleId));
    const entries: TimelineEntry[] = [];
    mentions.forEach((m, i) => {
      const article = articles[i];
      if (article) entries.push({ article, count: m.count, snippets: m.snippets, firstOffset: m.firstOffset });
    });
    return entries.sort((a, b) => articleTime(b.article) - articleTime(a.article));
  });
}

/** When an article happened, for ordering: its publication date if the page gave one. */
export function articleTime(article: Article): number {
  const published = article.published ? Date.parse(article.published) : NaN;
  return Number.isNaN(published) ? article.firstSeen : published;
}

export interface CoOccurrence {
  entityId: string;
  entity?: Entity;
  /** Number of articles mentioning both. */
  articles: number;
}

/** Entities that appear in the same articles as `entityId`, most shared articles first. */
export async function coOccurring(db: LagebildDB, entityId: string, limit = 20): Promise<CoOccurrence[]> {
  const others: Mention[] = await db.transaction('r', db.mentions, async () => {
    const articleIds = await db.mentions.where('entityId').equals(entityId).primaryKeys();
    return db.mentions
      .where('articleId')
      .anyOf(articleIds.map(([articleId]) => articleId))
      .toArray();
  });
  const counts = new Map<string, number>();
  for (const m of others) if (m.entityId !== entityId) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return [...counts]
    .map(([id, articles]) => ({ entityId: id, entity: getEntity(id), articles }))
    .sort((a, b) => b.articles - a.articles || a.entityId.localeCompare(b.entityId))
    .slice(0, limit);
}

/** How often the reader met one entity, and where lately: for the hover card. */
export async function entityStats(db: LagebildDB, entityId: string): Promise<EntityStats> {
  return db.transaction('r', db.mentions, db.notes, db.articles, async () => {
    const mentions = await db.mentions.where('entityId').equals(entityId).toArray();
    const notes = await db.notes.where('entityId').equals(entityId).filter((n) => n.deletedAt === undefined).count();
    mentions.sort((a, b) => b.lastSeen - a.lastSeen || b.articleId - a.articleId);
    const latest = mentions.slice(0, RECENT_ARTICLES);
    const articles = await db.articles.bulkGet(latest.map((m) => m.articleId));
    const recent: RecentArticle[] = [];
    latest.forEach((m, i) => {
      const a = articles[i];
      if (!a) return;
      recent.push({
        url: a.url, title: a.title, site: a.site, lastSeen: a.lastSeen, count: m.count,
        ...(a.published && { published: a.published }),
        ...(m.snippets[0] && { snippet: m.snippets[0] }),
      });
    });
    return { articles: mentions.length, ...(mentions[0] && { lastSeen: mentions[0].lastSeen }), notes, recent };
  });
}
