// Reads a JSON backup back into the memory: validated with zod before anything is written, then
// merged or replaced in one Dexie transaction, so a bad file or a failed write changes nothing.
// Settings are written only after the database transaction has committed.
import { z } from 'zod';
import { err, ok, type Result } from '../messages';
import type { Settings } from '../settings';
import { guardWrite } from '../store/errors';
import { noteWords, type Article, type LagebildDB, type Mention, type Note, type OwnEntity } from '../store/schema';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupNote } from './json-backup';

// Extension pages forbid eval by their content security policy: tell zod not to try compiling
// its object parsers with `new Function` (it would fall back anyway, after a CSP violation).
z.config({ jitless: true });

export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
  mode: ImportMode;
  /** Records the file brought in that were new to the memory. */
  added: { articles: number; mentions: number; notes: number; ownEntities: number };
  /** Records already in the memory that the file's newer version replaced (merge only). */
  updated: { articles: number; mentions: number; notes: number; ownEntities: number };
}

/** Where the settings live; the page passes browser.storage through lib/settings.ts. */
export interface SettingsStore {
  get(): Promise<Settings>;
  set(settings: Settings): Promise<unknown>;
}

const count = z.number().int().nonnegative();
const time = z.number().int().nonnegative();
const id = z.number().int().positive();

const articleSchema = z.object({
  id, url: z.string().min(1), title: z.string(), site: z.string(), lang: z.string(),
  author: z.string().optional(), published: z.string().optional(),
  firstSeen: time, lastSeen: time,
});

const mentionSchema = z.object({
  articleId: id, entityId: z.string().min(1), count, snippets: z.array(z.string()), firstOffset: count, lastSeen: time,
});

const noteSchema = z
  .object({
    id: z.string().min(1),
    entityId: z.string().min(1).optional(),
    articleId: id.optional(),
    quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }).optional(),
    position: z.object({ start: count, end: count }).refine((p) => p.start <= p.end, 'start must not be after end').optional(),
    text: z.string(),
    created: time, updated: time, deletedAt: time.optional(),
  })
  .refine((n) => n.entityId !== undefined || n.articleId !== undefined, 'a note needs an entityId or an articleId');

const ownEntitySchema = z.object({
  id: z.string().startsWith('own:', 'own entity ids start with "own:"'),
  type: z.enum(['person', 'organization', 'state', 'weapon']),
  names: z.array(z.string().min(1)).min(1),
  description: z.string().optional(),
  created: time, updated: time,
});

const settingsSchema = z.object({ paused: z.boolean(), disabledSites: z.array(z.string()), recordPrivate: z.boolean() });

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  articles: z.array(articleSchema),
  mentions: z.array(mentionSchema),
  notes: z.array(noteSchema),
  ownEntities: z.array(ownEntitySchema),
  settings: settingsSchema,
});

/**
 * Parse and check a backup file. The error says what is wrong and where, e.g.
 * "notes[3].created: expected a number, got "yesterday"".
 */
export function parseBackup(text: string): Result<Backup> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return err('invalid', `This file is not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return err('invalid', `This is not a Lagebild backup: format: expected "${BACKUP_FORMAT}".`);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return err('invalid', `version: this backup is from a newer Lagebild (format version ${version}); this one reads version ${BACKUP_VERSION}. Update Lagebild, then import it.`);
  }
  const parsed = backupSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})` : '';
    return err('invalid', `${formatIssue(issues[0]!)}${more}. Nothing was imported.`);
  }
  const backup = parsed.data as Backup;
  const broken = checkReferences(backup);
  return broken ? err('invalid', `${broken}. Nothing was imported.`) : ok(backup);
}

/** "notes[3].created: expected a number, got "yesterday"" */
export function formatIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  const prefix = where ? `${where}: ` : '';
  if (issue.code === 'invalid_type') {
    const input = (issue as { input?: unknown }).input;
    const expected = issue.expected === 'int' ? 'an integer' : /^[aeiou]/.test(issue.expected) ? `an ${issue.expected}` : `a ${issue.expected}`;
    return `${prefix}${input === undefined ? `missing, expected ${expected}` : `expected ${expected}, got ${describe(input)}`}`;
  }
  if (issue.code === 'invalid_value') return `${prefix}expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `${prefix}expected a number of at least ${String(issue.minimum)}`;
  if (issue.code === 'too_small' && issue.origin === 'string') return `${prefix}must not be empty`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `${prefix}needs at least ${String(issue.minimum)} entry`;
  return `${prefix}${issue.message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}

/** What zod cannot see: ids that repeat, and mentions or notes on articles the file lacks. */
function checkReferences(b: Backup): string | undefined {
  const articleIds = new Set<number>();
  const urls = new Set<string>();
  for (const [i, a] of b.articles.entries()) {
    if (articleIds.has(a.id)) return `articles[${i}].id: ${a.id} appears twice`;
    if (urls.has(a.url)) return `articles[${i}].url: ${a.url} appears twice`;
    articleIds.add(a.id);
    urls.add(a.url);
  }
  const mentionKeys = new Set<string>();
  for (const [i, m] of b.mentions.entries()) {
    if (!articleIds.has(m.articleId)) return `mentions[${i}].articleId: no article with id ${m.articleId} in the file`;
    const key = `${m.articleId} ${m.entityId}`;
    if (mentionKeys.has(key)) return `mentions[${i}]: article ${m.articleId} and entity ${m.entityId} appear twice`;
    mentionKeys.add(key);
  }
  const noteIds = new Set<string>();
  for (const [i, n] of b.notes.entries()) {
    if (n.articleId !== undefined && !articleIds.has(n.articleId)) return `notes[${i}].articleId: no article with id ${n.articleId} in the file`;
    if (noteIds.has(n.id)) return `notes[${i}].id: ${n.id} appears twice`;
    noteIds.add(n.id);
  }
  const ownIds = new Set<string>();
  for (const [i, o] of b.ownEntities.entries()) {
    if (ownIds.has(o.id)) return `ownEntities[${i}].id: ${o.id} appears twice`;
    ownIds.add(o.id);
  }
  return undefined;
}

/**
 * Bring a checked backup into the memory.
 * - replace: the memory becomes exactly the file (ids included), settings too.
 * - merge: articles meet by URL, mentions by article and entity, notes and own entities by id; where
 *   both have a record, the one seen or edited last wins. Disabled sites are joined; other settings
 *   stay as the reader has them.
 */
export async function importBackup(db: LagebildDB, backup: Backup, mode: ImportMode, settings?: SettingsStore): Promise<Result<ImportSummary>> {
  const written = await guardWrite('import the backup', () =>
    db.transaction('rw', db.articles, db.mentions, db.notes, db.ownEntities, () => (mode === 'replace' ? replaceAll(db, backup) : mergeAll(db, backup))),
  );
  if (!written.ok || !settings) return written;
  try {
    if (mode === 'replace') {
      await settings.set(backup.settings);
    } else {
      const current = await settings.get();
      await settings.set({ ...current, disabledSites: [...new Set([...current.disabledSites, ...backup.settings.disabledSites])] });
    }
  } catch (error) {
    return err('internal', `The notes were imported, but the settings could not be saved: ${error instanceof Error ? error.message : String(error)}`);
  }
  return written;
}

/** Parse, check and import in one step: what the import panel calls with the file's text. */
export async function importBackupText(db: LagebildDB, text: string, mode: ImportMode, settings?: SettingsStore): Promise<Result<ImportSummary>> {
  const parsed = parseBackup(text);
  return parsed.ok ? importBackup(db, parsed.value, mode, settings) : parsed;
}

const withWords = (n: BackupNote): Note => ({ ...n, words: noteWords(n) });

async function replaceAll(db: LagebildDB, b: Backup): Promise<ImportSummary> {
  await Promise.all([db.articles.clear(), db.mentions.clear(), db.notes.clear(), db.ownEntities.clear()]);
  await db.articles.bulkAdd(b.articles);
  await db.mentions.bulkAdd(b.mentions);
  await db.notes.bulkAdd(b.notes.map(withWords));
  await db.ownEntities.bulkAdd(b.ownEntities);
  const none = { articles: 0, mentions: 0, notes: 0, ownEntities: 0 };
  return {
    mode: 'replace',
    added: { articles: b.articles.length, mentions: b.mentions.length, notes: b.notes.length, ownEntities: b.ownEntities.length },
    updated: none,
  };
}

async function mergeAll(db: LagebildDB, b: Backup): Promise<ImportSummary> {
  const added = { articles: 0, mentions: 0, notes: 0, ownEntities: 0 };
  const updated = { articles: 0, mentions: 0, notes: 0, ownEntities: 0 };

  // The file's article ids are its own: map each to the memory's id for the same URL.
  const idFor = new Map<number, number>();
  for (const a of b.articles) {
    const existing = await db.articles.where('url').equals(a.url).first();
    if (!existing) {
      const { id: _fileId, ...fields } = a;
      idFor.set(a.id, await db.articles.add(fields as Article));
      added.articles++;
      continue;
    }
    idFor.set(a.id, existing.id);
    const newer = a.lastSeen > existing.lastSeen ? a : existing;
    const merged: Article = { ...newer, id: existing.id, firstSeen: Math.min(a.firstSeen, existing.firstSeen), lastSeen: Math.max(a.lastSeen, existing.lastSeen) };
    if (JSON.stringify(merged) !== JSON.stringify(existing)) {
      await db.articles.put(merged);
      updated.articles++;
    }
  }

  for (const m of b.mentions) {
    const row: Mention = { ...m, articleId: idFor.get(m.articleId)! };
    const existing = await db.mentions.get([row.articleId, row.entityId]);
    if (!existing) added.mentions++;
    else if (row.lastSeen > existing.lastSeen) updated.mentions++;
    else continue;
    await db.mentions.put(row);
  }

  for (const n of b.notes) {
    const row = withWords({ ...n, ...(n.articleId !== undefined && { articleId: idFor.get(n.articleId)! }) });
    const existing = await db.notes.get(n.id);
    if (!existing) added.notes++;
    else if (n.updated > existing.updated || (n.deletedAt ?? 0) > (existing.deletedAt ?? 0)) updated.notes++;
    else continue;
    await db.notes.put(row);
  }

  for (const o of b.ownEntities) {
    const existing = await db.ownEntities.get(o.id);
    if (!existing) added.ownEntities++;
    else if (o.updated > existing.updated) updated.ownEntities++;
    else continue;
    await db.ownEntities.put(o as OwnEntity);
  }
  return { mode: 'merge', added, updated };
}

/** One sentence for the reader: "Imported 2 articles, 5 mentions, 1 note and no own entities." */
export function describeImport(s: ImportSummary): string {
  const n = (k: number, one: string, many: string) => (k === 0 ? `no ${many}` : `${k} ${k === 1 ? one : many}`);
  const list = (c: ImportSummary['added']) =>
    `${n(c.articles, 'article', 'articles')}, ${n(c.mentions, 'mention', 'mentions')}, ${n(c.notes, 'note', 'notes')} and ${n(c.ownEntities, 'own entity', 'own entities')}`;
  if (s.mode === 'replace') return `Replaced the memory with the backup: ${list(s.added)}.`;
  const changed = s.updated.articles + s.updated.mentions + s.updated.notes + s.updated.ownEntities;
  return `Merged the backup: added ${list(s.added)}${changed ? `; updated ${list(s.updated)}` : ''}.`;
}
