// Articles and their mentions as one write: what a visit to an article leaves in the memory.
// Queries over mentions across articles live in entities.ts; notes in notes.ts.
import type { ArticleSeen, MentionSummary, Result } from '../messages';
import { guardWrite } from './errors';
import type { Article, LagebildDB, Mention, Note } from './schema';
import { MAX_SNIPPETS, SNIPPET_MAX_LEN } from './snippets';

export interface VisitOutcome {
  articleId: number;
  /** True when the article was not in the memory before this visit. */
  created: boolean;
}

/**
 * Record one visit: insert or update the article by canonical URL and replace its mentions with
 * this visit's, in one transaction. A reload or revisit therefore never adds counts twice, and
 * two tabs writing at once are serialized by IndexedDB without losing either write.
 * An entity that the latest visit no longer finds in the article is dropped from it, as its count
 * would be: the memory says what the article says now. A visit with no mentions records nothing
 * and leaves an earlier record alone (a page that failed to render is no reason to forget it).
 */
export function recordVisit(db: LagebildDB, seen: ArticleSeen, now: number = Date.now()): Promise<Result<VisitOutcome | null>> {
  const mentions = mergeByEntity(seen.mentions);
  if (mentions.length === 0) return Promise.resolve({ ok: true, value: null });
  const { meta } = seen;

  return guardWrite('save this article', () =>
    db.transaction('rw', db.articles, db.mentions, async () => {
      const existing = await db.articles.where('url').equals(meta.url).first();
      const fields = {
        url: meta.url,
        title: meta.title || existing?.title || meta.url,
        site: meta.site || existing?.site || '',
        lang: meta.lang || existing?.lang || '',
        author: meta.author ?? existing?.author,
        published: meta.published ?? existing?.published,
        lastSeen: now,
      };
      let articleId: number;
      if (existing) {
        articleId = existing.id;
        await db.articles.put({ ...fields, id: articleId, firstSeen: existing.firstSeen });
        await db.mentions.where('articleId').equals(articleId).delete();
      } else {
        articleId = await db.articles.add({ ...fields, firstSeen: now } as Article);
      }
      await db.mentions.bulkPut(
        mentions.map((m): Mention => ({
          articleId,
          entityId: m.entityId,
          count: m.count,
          snippets: m.snippets,
          firstOffset: m.firstOffset,
          lastSeen: now,
        })),
      );
      return { articleId, created: !existing };
    }),
  );
}

/** The content script sends one summary per entity; tolerate repeats by merging them. */
function mergeByEntity(mentions: readonly MentionSummary[]): MentionSummary[] {
  const merged = new Map<string, MentionSummary>();
  for (const m of mentions) {
    if (m.count < 1) continue;
    const seen = merged.get(m.entityId);
    if (!seen) {
      merged.set(m.entityId, { ...m, snippets: cleanSnippets(m.snippets) });
    } else {
      seen.count += m.count;
      seen.firstOffset = Math.min(seen.firstOffset, m.firstOffset);
      seen.snippets = cleanSnippets([...seen.snippets, ...m.snippets]);
    }
  }
  return [...merged.values()];
}

function cleanSnippets(snippets: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of snippets) {
    const trimmed = s.replace(/\s+/g, ' ').trim().slice(0, SNIPPET_MAX_LEN + 2);
    if (trimmed && !out.includes(trimmed)) out.push(trimmed);
    if (out.length === MAX_SNIPPETS) break;
  }
  return out;
}

export function getArticleByUrl(db: LagebildDB, url: string): Promise<Article | undefined> {
  return db.articles.where('url').equals(url).first();
}

/** Articles newest visit first. */
export function recentArticles(db: LagebildDB, limit = 50): Promise<Article[]> {
  return db.articles.orderBy('lastSeen').reverse().limit(limit).toArray();
}

export interface ArticleDetail {
  article: Article;
  /** The article's entities, most mentioned first. */
  mentions: Mention[];
  /** Notes on the article (passages), newest first, deleted ones left out. */
  notes: Note[];
}

/** One article with its entities and notes. */
export async function articleDetail(db: LagebildDB, articleId: number): Promise<ArticleDetail | undefined> {
  return db.transaction('r', db.articles, db.mentions, db.notes, async () => {
    const article = await db.articles.get(articleId);
    if (!article) return undefined;
    const [mentions, notes] = await Promise.all([
      db.mentions.where('articleId').equals(articleId).toArray(),
      db.notes.where('articleId').equals(articleId).filter((n) => n.deletedAt === undefined).toArray(),
    ]);
    mentions.sort((a, b) => b.count - a.count || a.firstOffset - b.firstOffset);
    notes.sort((a, b) => b.created - a.created);
    return { article, mentions, notes };
  });
}
