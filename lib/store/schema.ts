// The cross-article memory: one Dexie database, its record types and its whole version history.
// Opened by the background (writes) and by extension pages (liveQuery reads); never by a content script.
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';

/**
 * One news article the reader has seen that mentions at least one entity.
 * `url` is the canonical URL (see lib/page/article-meta.ts) and identifies the article: a reload,
 * a revisit or a second tab on the same article updates this record instead of adding one.
 */
export interface Article {
  id: number;
  url: string;
  title: string;
  /** Site name as the page states it, else the host without "www.". */
  site: string;
  /** BCP 47 language tag as the page states it ("de", "en-US"), "" when unknown. */
  lang: string;
  author?: string;
  /** ISO 8601 (UTC) publication time when the page states one. */
  published?: string;
  /** Epoch milliseconds. */
  firstSeen: number;
  lastSeen: number;
}

/** What one article says about one entity: replaced as a whole by every visit, never added up. */
export interface Mention {
  articleId: number;
  entityId: string;
  /** Number of mentions in the article at the latest visit. */
  count: number;
  /** Up to three sentences around mentions, trimmed, in document order. */
  snippets: string[];
  /** UTF-16 offset of the first mention in the article's visible text. */
  firstOffset: number;
  lastSeen: number;
}

/** W3C Web Annotation TextQuoteSelector: the quoted passage with a little context either side. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A note on an entity, on a passage of an article, or both. */
export interface Note {
  /** UUID, so notes keep their identity across export and import. */
  id: string;
  entityId?: string;
  articleId?: number;
  quote?: TextQuote;
  /** W3C TextPositionSelector: UTF-16 offsets of the quote in the article's visible text. */
  position?: { start: number; end: number };
  text: string;
  created: number;
  updated: number;
  /** Set when the reader deletes the note; cleared by undo. Deleted notes are hidden from every query. */
  deletedAt?: number;
  /** Lower-cased word prefixes of text and quote, for full-text search (version 2). */
  words: string[];
}

/** An entity the reader adds to the watchlist or defines (version 2; the UI comes later). */
export interface OwnEntity {
  /** Own ids start with "own:" so they never collide with the curated base. */
  id: string;
  type: 'person' | 'organization' | 'state' | 'weapon';
  names: string[];
  description?: string;
  created: number;
  updated: number;
}

export const DB_NAME = 'lagebild';

export class LagebildDB extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  mentions!: Table<Mention, [number, string]>;
  notes!: EntityTable<Note, 'id'>;
  ownEntities!: EntityTable<OwnEntity, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    defineVersions(this);
  }
}

/**
 * The version history. Never edit a version that has shipped: append one, and put data changes in
 * its `.upgrade()`. Indexes exist only for the queries in this folder:
 * - articles: `&url` finds the record to update on a revisit; `lastSeen` orders the timeline.
 * - mentions: `[articleId+entityId]` is the identity (one row per article and entity, so revisits
 *   and two tabs cannot double it); `entityId` answers "which articles mention X";
 *   `articleId` answers "what does this article mention" and deletes an article's rows.
 * - notes: `entityId` / `articleId` for the notes beside an entity or article; `created` for
 *   "newest first"; `*words` (version 2) for full-text search.
 */
export const VERSIONS: readonly { version: number; stores: Record<string, string | null>; upgrade?: (tx: Transaction) => Promise<unknown> }[] = [
  {
    version: 1,
    stores: {
      articles: '++id, &url, lastSeen',
      mentions: '[articleId+entityId], entityId, articleId',
      notes: 'id, entityId, articleId, created',
    },
  },
  {
    // Full-text search over notes without reading every note, and the reader's own entities.
    version: 2,
    stores: {
      notes: 'id, entityId, articleId, created, *words',
      ownEntities: 'id, type',
    },
    upgrade: (tx) =>
      tx
        .table<Note, string>('notes')
        .toCollection()
        .modify((note) => {
          note.words = noteWords(note);
        }),
  },
];

export const CURRENT_VERSION = VERSIONS[VERSIONS.length - 1]!.version;

/** Declare the versions up to `upTo` (all by default; tests open older ones to fill them). */
export function defineVersions(db: Dexie, upTo: number = CURRENT_VERSION): void {
  for (const v of VERSIONS) {
    if (v.version > upTo) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}

/** The search words of a note: every word of its text and quote, lower-cased, without diacritics. */
export function noteWords(note: Pick<Note, 'text' | 'quote'>): string[] {
  return [...new Set(tokenize(`${note.text} ${note.quote?.exact ?? ''}`))];
}

/** Split text into lower-cased words without diacritics, the same way for notes and for queries. */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Open the store; the background calls this once, extension pages once per page. */
export async function openStore(name: string = DB_NAME): Promise<LagebildDB> {
  const db = new LagebildDB(name);
  await db.open();
  return db;
}
