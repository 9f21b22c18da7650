// The store's answers shaped for the views: what the popup and dashboard roots wrap in liveQuery.
// Reads only through lib/store's queries (and the articles a note points to); writes none.

import type { EntityRow } from '../store/entities';
import { articleTime, coOccurring, entityOverview, entityTimeline } from '../store/entities';
import { listNotes, notesForEntity } from '../store/notes';
import type { Article, LagebildDB, Note, OwnEntity } from '../store/schema';
import type { NoteView } from '../../components/NoteList';
import type { TimelineItem, TogetherItem } from '../../components/EntityDetail';
import { entityName, toEntityViews, type EntityView } from './entities';
import type { UiLang } from './i18n';

export interface EntitiesData {
  rows: EntityRow[];
  views: EntityView[];
  own: OwnEntity[];
}

export async function loadEntities(db: LagebildDB, lang: UiLang): Promise<EntitiesData> {
  const rows = await entityOverview(db);
  return { rows, views: toEntityViews(rows, lang), own: rows.flatMap((r) => (r.own ? [r.own] : [])) };
}

export async function loadTimeline(db: LagebildDB, entityId: string): Promise<TimelineItem[]> {
  return (await entityTimeline(db, entityId)).map((entry) => ({
    articleId: entry.article.id,
    title: entry.article.title,
    url: entry.article.url,
    site: entry.article.site,
    date: entry.article.published ?? entry.article.firstSeen,
    count: entry.count,
    // A headline read as the first sentence would only repeat the title.
    snippet: entry.snippets.find((s) => s.trim() !== entry.article.title.trim()),
  }));
}

export async function loadTogether(db: LagebildDB, entityId: string, lang: UiLang, limit = 12): Promise<TogetherItem[]> {
  return (await coOccurring(db, entityId, limit)).map((c) => ({
    id: c.entityId,
    name: entityName(c.entityId, lang),
    type: c.entity?.type,
    articles: c.articles,
  }));
}

/** Notes with their article (title, link) and entity name, newest first. */
export async function noteViews(db: LagebildDB, notes: Note[], lang: UiLang): Promise<NoteView[]> {
  const articleIds = [...new Set(notes.flatMap((n) => (n.articleId === undefined ? [] : [n.articleId])))];
  const articles = new Map<number, Article>();
  (await db.articles.bulkGet(articleIds)).forEach((a) => a && articles.set(a.id, a));
  return notes.map((note) => {
    const article = note.articleId === undefined ? undefined : articles.get(note.articleId);
    return {
      id: note.id,
      text: note.text,
      created: note.created,
      updated: note.updated,
      ...(note.quote?.exact && { quote: note.quote.exact }),
      ...(article && { article: { title: article.title, url: article.url, site: article.site } }),
      ...(note.entityId && { entity: { id: note.entityId, name: entityName(note.entityId, lang) } }),
    };
  });
}

export async function loadNotes(db: LagebildDB, search: string, lang: UiLang): Promise<NoteView[]> {
  return noteViews(db, await listNotes(db, search), lang);
}

export async function loadEntityNotes(db: LagebildDB, entityId: string, lang: UiLang): Promise<NoteView[]> {
  return noteViews(db, await notesForEntity(db, entityId), lang);
}

export interface ArticleView {
  id: number;
  title: string;
  url: string;
  site: string;
  /** Publication date, else first visit (epoch ms), for sorting and the timeline. */
  time: number;
  lastSeen: number;
  entities: number;
  mentions: number;
}

/** Every recorded article with its number of entities and mentions. */
export function articleViews(articles: readonly Article[], mentions: readonly { articleId: number; count: number }[]): ArticleView[] {
  const counts = new Map<number, { entities: number; mentions: number }>();
  for (const m of mentions) {
    const c = counts.get(m.articleId) ?? { entities: 0, mentions: 0 };
    c.entities++;
    c.mentions += m.count;
    counts.set(m.articleId, c);
  }
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    url: a.url,
    site: a.site,
    time: articleTime(a),
    lastSeen: a.lastSeen,
    entities: counts.get(a.id)?.entities ?? 0,
    mentions: counts.get(a.id)?.mentions ?? 0,
  }));
}

