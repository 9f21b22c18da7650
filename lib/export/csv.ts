// CSV for spreadsheets: one row per entity and article, and one row per note. RFC 4180 by papaparse;
// a cell that starts like a formula (= + - @ TAB CR) gets a leading apostrophe so that no
// spreadsheet runs it. Pure: snapshot in, text out.
import Papa from 'papaparse';
import { articleTime } from '../store/entities';
import { compare, entityFacts, iso, liveNotes, type ExportLang, type Snapshot } from './snapshot';

export const MENTION_COLUMNS = [
  'entity_id', 'entity_name', 'entity_type', 'article_title', 'article_url', 'site', 'published',
  'first_seen', 'last_seen', 'mentions', 'snippets',
] as const;

export const NOTE_COLUMNS = [
  'note_id', 'created', 'updated', 'entity_id', 'entity_name', 'article_title', 'article_url',
  'quote', 'position_start', 'position_end', 'text',
] as const;

/** Excel reads UTF-8 (umlauts, Cyrillic, Arabic) only with a byte order mark. */
const BOM = '\uFEFF';

export interface CsvFiles {
  mentions: string;
  notes: string;
}

export function toCsv(s: Snapshot, lang: ExportLang = 'en'): CsvFiles {
  const articles = new Map(s.articles.map((a) => [a.id, a]));
  const name = (id: string) => entityFacts(id, s.ownEntities, lang);

  const mentionRows = s.mentions
    .map((m) => ({ m, a: articles.get(m.articleId)!, e: name(m.entityId) }))
    .filter((r) => r.a)
    .sort((x, y) => compare(x.e.name, y.e.name) || compare(x.m.entityId, y.m.entityId) || articleTime(x.a) - articleTime(y.a) || x.a.id - y.a.id)
    .map(({ m, a, e }) => [
      m.entityId, e.name, e.type ?? '', a.title, a.url, a.site, a.published ?? '',
      iso(a.firstSeen), iso(m.lastSeen), m.count, m.snippets.join('\n'),
    ]);

  const noteRows = liveNotes(s).map((n) => {
    const a = n.articleId !== undefined ? articles.get(n.articleId) : undefined;
    return [
      n.id, iso(n.created), iso(n.updated), n.entityId ?? '', n.entityId ? name(n.entityId).name : '',
      a?.title ?? '', a?.url ?? '', n.quote?.exact ?? '', n.position?.start ?? '', n.position?.end ?? '', n.text,
    ];
  });

  return { mentions: unparse(MENTION_COLUMNS, mentionRows), notes: unparse(NOTE_COLUMNS, noteRows) };
}

/**
 * Papaparse's own `escapeFormulae: true` pattern is /^[=+\-@\t\r].*$/, whose `.*$` fails on a cell
 * with a line break: a multi-line note starting with "=" would reach the spreadsheet as a formula.
 * Only the first character matters.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function unparse(fields: readonly string[], data: (string | number)[][]): string {
  return BOM + Papa.unparse({ fields: [...fields], data }, { newline: '\r\n', escapeFormulae: FORMULA_START }) + '\r\n';
}
