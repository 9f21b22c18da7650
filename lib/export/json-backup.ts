// The JSON backup: the whole memory (articles, mentions, notes, own entities) and the settings, with
// a format version, in one file that import.ts reads back. Field order is fixed so that the same
// memory always gives the same bytes, whatever order the database handed the fields out in.
import type { Settings } from '../settings';
import type { Article, Mention, Note, OwnEntity } from '../store/schema';
import { iso, sortSnapshot, type Snapshot } from './snapshot';

export const BACKUP_FORMAT = 'lagebild-backup';
/** Raise when the file's shape changes, and teach import.ts to read the older one. */
export const BACKUP_VERSION = 1;

/** A note as the backup holds it: without the search words, which import computes again. */
export type BackupNote = Omit<Note, 'words'>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  articles: Article[];
  mentions: Mention[];
  notes: BackupNote[];
  ownEntities: OwnEntity[];
  settings: Settings;
}

export function toBackup(snapshot: Snapshot, settings: Settings, exportedAt: number): Backup {
  const s = sortSnapshot(snapshot);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: iso(exportedAt),
    articles: s.articles.map(article),
    mentions: s.mentions.map(mention),
    notes: s.notes.map(note),
    ownEntities: s.ownEntities.map(ownEntity),
    settings: { paused: settings.paused, disabledSites: [...settings.disabledSites], recordPrivate: settings.recordPrivate },
  };
}

export function backupJson(snapshot: Snapshot, settings: Settings, exportedAt: number): string {
  return `${JSON.stringify(toBackup(snapshot, settings, exportedAt), null, 2)}\n`;
}

// Optional fields are written only when present, so a missing author stays missing on the way back.
const article = (a: Article): Article => ({
  id: a.id, url: a.url, title: a.title, site: a.site, lang: a.lang,
  ...(a.author !== undefined && { author: a.author }),
  ...(a.published !== undefined && { published: a.published }),
  firstSeen: a.firstSeen, lastSeen: a.lastSeen,
});

const mention = (m: Mention): Mention => ({
  articleId: m.articleId, entityId: m.entityId, count: m.count, snippets: [...m.snippets], firstOffset: m.firstOffset, lastSeen: m.lastSeen,
});

const note = (n: Note | BackupNote): BackupNote => ({
  id: n.id,
  ...(n.entityId !== undefined && { entityId: n.entityId }),
  ...(n.articleId !== undefined && { articleId: n.articleId }),
  ...(n.quote && { quote: { exact: n.quote.exact, prefix: n.quote.prefix, suffix: n.quote.suffix } }),
  ...(n.position && { position: { start: n.position.start, end: n.position.end } }),
  text: n.text, created: n.created, updated: n.updated,
  ...(n.deletedAt !== undefined && { deletedAt: n.deletedAt }),
});

const ownEntity = (o: OwnEntity): OwnEntity => ({
  id: o.id, type: o.type, names: [...o.names],
  ...(o.description !== undefined && { description: o.description }),
  created: o.created, updated: o.updated,
});
