// What every export reads: the whole memory in one read transaction, in a stable order, plus the
// facts of each entity from the curated base or the reader's own entities. Reads only, never writes.
import { getEntity, type Entity, type EntityType, type Role, type Link } from '../kb';
import type { Settings } from '../settings';
import type { Article, LagebildDB, Mention, Note, OwnEntity } from '../store/schema';

export interface Snapshot {
  articles: Article[];
  mentions: Mention[];
  /** Every note, deleted ones too (the backup keeps them; reports leave them out). */
  notes: Note[];
  ownEntities: OwnEntity[];
}

export type ExportLang = 'de' | 'en';

/** One entity as exports describe it, from whichever source knows it. */
export interface EntityFacts {
  id: string;
  /** Absent for an id neither the base nor the reader's entities know (any more). */
  type?: EntityType;
  subtype?: string;
  name: string;
  /** Other names and spellings, without `name`. */
  aliases: string[];
  description?: string;
  roles: Role[];
  links: Link[];
  entity?: Entity;
  own?: OwnEntity;
}

/** The memory as it is now, ordered so that the same memory always exports to the same bytes. */
export async function readSnapshot(db: LagebildDB): Promise<Snapshot> {
  const [articles, mentions, notes, ownEntities] = await db.transaction('r', db.articles, db.mentions, db.notes, db.ownEntities, () =>
    Promise.all([db.articles.toArray(), db.mentions.toArray(), db.notes.toArray(), db.ownEntities.toArray()]),
  );
  return sortSnapshot({ articles, mentions, notes, ownEntities });
}

export function sortSnapshot(s: Snapshot): Snapshot {
  return {
    articles: [...s.articles].sort((a, b) => a.id - b.id),
    mentions: [...s.mentions].sort((a, b) => a.articleId - b.articleId || compare(a.entityId, b.entityId)),
    notes: [...s.notes].sort((a, b) => a.created - b.created || compare(a.id, b.id)),
    ownEntities: [...s.ownEntities].sort((a, b) => compare(a.id, b.id)),
  };
}

/** Code-unit order: unlike localeCompare it is the same in every browser and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function liveNotes(s: Snapshot): Note[] {
  return s.notes.filter((n) => n.deletedAt === undefined);
}

export function entityFacts(id: string, ownEntities: readonly OwnEntity[], lang: ExportLang = 'en'): EntityFacts {
  const entity = getEntity(id);
  if (entity) {
    const name = entity.names[lang];
    const aliases = [...new Set([...Object.values(entity.names), ...(entity.aliases ?? []), ...(entity.acronyms ?? [])])].filter((n) => n !== name);
    return {
      id, type: entity.type, subtype: entity.subtype, name, aliases, description: entity.description[lang],
      roles: entity.roles ?? [], links: entity.links ?? [], entity,
    };
  }
  const own = ownEntities.find((o) => o.id === id);
  if (own) {
    return { id, type: own.type, name: own.names[0] ?? id, aliases: own.names.slice(1), description: own.description, roles: [], links: [], own };
  }
  return { id, name: id, aliases: [], roles: [], links: [] };
}

/** Every entity id the snapshot mentions or has notes on, in a stable order. */
export function entityIds(s: Snapshot): string[] {
  const ids = new Set<string>();
  for (const m of s.mentions) ids.add(m.entityId);
  for (const n of liveNotes(s)) if (n.entityId !== undefined) ids.add(n.entityId);
  return [...ids].sort(compare);
}

/** ISO 8601 with milliseconds, UTC. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export type { Settings };
