// The Markdown report: per entity its facts, the reader's notes and the articles that mention it;
// then per article its entities and passage notes. Text from pages and notes is escaped so that it
// reads as written and never turns into markup, links or HTML. Pure: snapshot in, text out.
import { getEntity } from '../kb';
import type { Article, Note } from '../store/schema';
import { articleTime } from '../store/entities';
import { compare, entityFacts, entityIds, liveNotes, type ExportLang, type Snapshot } from './snapshot';

const LABELS = {
  en: {
    title: 'Lagebild report', exported: 'Exported', scope: 'Scope', entities: 'Entities', articles: 'Articles',
    notes: 'Notes', passageNotes: 'Passage notes', alsoKnown: 'Also known as', roles: 'Roles', links: 'Links',
    since: 'since', mentions: (n: number) => `${n} ${n === 1 ? 'mention' : 'mentions'}`, mentioned: 'Mentions',
    counts: (a: number, e: number, n: number) => `${a} articles, ${e} entities, ${n} notes`, none: 'Nothing in this scope.',
    onArticle: 'on', by: 'by', unknownEntity: 'not in the knowledge base',
  },
  de: {
    title: 'Lagebild-Bericht', exported: 'Exportiert', scope: 'Umfang', entities: 'Akteure und Waffensysteme', articles: 'Artikel',
    notes: 'Notizen', passageNotes: 'Notizen zu Textstellen', alsoKnown: 'Auch', roles: 'Ämter', links: 'Verbindungen',
    since: 'seit', mentions: (n: number) => `${n} ${n === 1 ? 'Nennung' : 'Nennungen'}`, mentioned: 'Genannt',
    counts: (a: number, e: number, n: number) => `${a} Artikel, ${e} Einträge, ${n} Notizen`, none: 'Nichts in diesem Umfang.',
    onArticle: 'zu', by: 'von', unknownEntity: 'nicht in der Wissensbasis',
  },
} as const;

export interface MarkdownOptions {
  exportedAt: number;
  /** Words for the scope line, from scope.ts describeScope(). */
  scope?: string;
  lang?: ExportLang;
}

export function toMarkdown(s: Snapshot, { exportedAt, scope = 'all', lang = 'en' }: MarkdownOptions): string {
  const L = LABELS[lang];
  const articles = new Map(s.articles.map((a) => [a.id, a]));
  const notes = liveNotes(s);
  const ids = entityIds(s);
  const facts = new Map(ids.map((id) => [id, entityFacts(id, s.ownEntities, lang)]));
  const nameOf = (id: string) => facts.get(id)?.name ?? entityFacts(id, s.ownEntities, lang).name;
  const byTime = (a: Article, b: Article) => articleTime(b) - articleTime(a) || b.id - a.id;

  const out: string[] = [];
  out.push(`# ${L.title}`, '');
  out.push(`${L.exported} ${new Date(exportedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC · ${L.scope}: ${inline(scope)} · ${L.counts(s.articles.length, ids.length, notes.length)}`, '');
  if (s.articles.length === 0 && notes.length === 0) out.push(L.none, '');

  if (ids.length) out.push(`## ${L.entities}`, '');
  const sortedIds = [...ids].sort((a, b) => compare(nameOf(a).toLowerCase(), nameOf(b).toLowerCase()) || compare(a, b));
  for (const id of sortedIds) {
    const f = facts.get(id)!;
    out.push(`### ${inline(f.name)}`, '');
    const kind = [f.type, f.subtype].filter(Boolean).join(' · ') || L.unknownEntity;
    out.push(`*${inline(kind)}*${f.description ? ` — ${inline(f.description)}` : ''}`, '');
    if (f.aliases.length) out.push(`- ${L.alsoKnown}: ${f.aliases.map(inline).join(', ')}`);
    for (const role of f.roles) {
      const of = role.of ? getEntity(role.of)?.names[lang] : undefined;
      const when = role.to ? `${role.from ?? '…'}–${role.to}` : role.from ? `${L.since} ${role.from}` : '';
      out.push(`- ${L.roles}: ${inline(role.title[lang])}${of ? `, ${inline(of)}` : ''}${when ? ` (${when})` : ''}`);
    }
    if (f.links.length) out.push(`- ${L.links}: ${f.links.map((l) => `${l.rel} ${inline(getEntity(l.to)?.names[lang] ?? l.to)}`).join('; ')}`);
    if (f.aliases.length || f.roles.length || f.links.length) out.push('');

    const own = notes.filter((n) => n.entityId === id);
    if (own.length) {
      out.push(`**${L.notes}**`, '');
      for (const n of own) out.push(...noteBlock(n, n.articleId !== undefined ? articles.get(n.articleId) : undefined, L.onArticle));
    }

    const mentions = s.mentions.filter((m) => m.entityId === id && articles.has(m.articleId));
    mentions.sort((a, b) => byTime(articles.get(a.articleId)!, articles.get(b.articleId)!));
    if (mentions.length) {
      out.push(`**${L.articles}**`, '');
      for (const m of mentions) {
        const a = articles.get(m.articleId)!;
        out.push(`- ${articleLine(a)} · ${L.mentions(m.count)}`);
        for (const snippet of m.snippets) out.push(`  > ${block(snippet)}`);
      }
      out.push('');
    }
  }

  if (s.articles.length) out.push(`## ${L.articles}`, '');
  for (const a of [...s.articles].sort(byTime)) {
    out.push(`### ${day(articleTime(a))} · ${inline(a.title)}`, '');
    const source = [inline(a.site), a.author ? `${L.by} ${inline(a.author)}` : '', link(a.url)].filter(Boolean).join(' · ');
    out.push(source, '');
    const mentioned = s.mentions.filter((m) => m.articleId === a.id).sort((x, y) => y.count - x.count || compare(x.entityId, y.entityId));
    if (mentioned.length) out.push(`${L.mentioned}: ${mentioned.map((m) => `${inline(nameOf(m.entityId))} (${m.count})`).join(', ')}`, '');
    const passage = notes.filter((n) => n.articleId === a.id);
    if (passage.length) {
      out.push(`**${L.passageNotes}**`, '');
      for (const n of passage) out.push(...noteBlock(n, undefined, L.onArticle, n.entityId ? nameOf(n.entityId) : undefined));
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function noteBlock(n: Note, article: Article | undefined, on: string, entityName?: string): string[] {
  const lines: string[] = [];
  const meta = [day(n.created), entityName ? inline(entityName) : '', article ? `${on} ${inline(article.title)}` : ''].filter(Boolean).join(' · ');
  lines.push(`- *${meta}*`);
  if (n.quote) lines.push(`  > “${inline(n.quote.exact)}”`);
  if (n.quote && n.text) lines.push('  >');
  for (const line of n.text.split(/\r\n|\r|\n/)) lines.push(`  > ${block(line)}`);
  lines.push('');
  return lines;
}

function articleLine(a: Article): string {
  return `${day(articleTime(a))} · ${link(a.url, a.title)} · ${inline(a.site)}`;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Text as text: the characters Markdown would read as markup get a backslash, and line breaks
 * become spaces. Angle brackets and ampersands too, so that HTML in a title stays visible text.
 */
export function inline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}

/** One line of a note: like inline(), and a line that starts like a list or heading stays text. */
function block(line: string): string {
  return inline(line).replace(/^(\s*)([-+=#>]|\d+[.)])/, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

/** A link only for web addresses; anything else (javascript:, data:) is shown as text. */
export function link(url: string, title?: string): string {
  let href: string | undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') href = parsed.href;
  } catch {
    href = undefined;
  }
  if (!href) return inline(title ? `${title} (${url})` : url);
  const target = href.replace(/[<>\s]/g, encodeURIComponent);
  return title === undefined ? `<${target}>` : `[${inline(title)}](<${target}>)`;
}
