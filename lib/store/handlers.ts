// The background's answers to content-script requests about the memory: check the payload and the
// reader's settings, then call the store. A content script is never trusted to have checked them.
import { err, ok, type ArticleSeen, type Handlers, type MentionSummary, type Result, type ResultError, type Sender } from '../messages';
import { isSiteDisabled, type Settings } from '../settings';
import { getArticleByUrl, recordVisit } from './articles';
import { entityStats } from './entities';
import { createNote, deleteNote, notesForEntity, restoreNote, updateNote } from './notes';
import type { LagebildDB } from './schema';
import { MAX_SNIPPETS, SNIPPET_MAX_LEN } from './snippets';

const MAX_MENTIONED_ENTITIES = 2_000;

/**
 * Every request about the memory; opening a tab (lib/open-entity.ts) and the card's facts from the
 * knowledge base (lib/card-facts.ts) are the background's own.
 */
export type StoreHandlers = Omit<Handlers, 'entity/open' | 'entity/card'>;

export interface StoreHandlerOptions {
  /**
   * Called when writing starts failing for lack of space (with the reader-facing error) and when a
   * write succeeds again (with null), so the background can show it where the reader looks
   * (the toolbar badge) even when the page that asked shows nothing.
   */
  onStorageProblem?: (problem: ResultError | null) => void;
}

export function createStoreHandlers(db: LagebildDB, getSettings: () => Promise<Settings>, options: StoreHandlerOptions = {}): StoreHandlers {
  let failing = false;
  const watch = <T>(result: Result<T>): Result<T> => {
    const quota = !result.ok && result.error.code === 'quota';
    if (quota) options.onStorageProblem?.(result.error);
    else if (failing && result.ok) options.onStorageProblem?.(null);
    if (quota || result.ok) failing = quota;
    return result;
  };

  return {
    async 'article/seen'(payload, sender) {
      const seen = checkArticleSeen(payload);
      if (!seen.ok) return seen;
      const settings = await getSettings();
      if (settings.paused) return ok({ recorded: false, reason: 'paused' });
      if (isSiteDisabled(settings, seen.value.meta.url) || (sender.tab?.url && isSiteDisabled(settings, sender.tab.url))) {
        return ok({ recorded: false, reason: 'site-disabled' });
      }
      if (isPrivate(sender) && !settings.recordPrivate) return ok({ recorded: false, reason: 'private-window' });
      const recorded = watch(await recordVisit(db, seen.value));
      if (!recorded.ok) return recorded;
      if (!recorded.value) return ok({ recorded: false, reason: 'no-mentions' });
      return ok({ recorded: true, ...recorded.value });
    },

    async 'entity/stats'({ entityId }) {
      if (typeof entityId !== 'string' || !entityId) return err('invalid', 'entity/stats needs an entityId.');
      return ok(await entityStats(db, entityId));
    },

    async 'entity/notes'({ entityId }) {
      if (typeof entityId !== 'string' || !entityId) return err('invalid', 'entity/notes needs an entityId.');
      return ok(await notesForEntity(db, entityId));
    },

    async 'note/create'(payload, sender) {
      const settings = await getSettings();
      if (isPrivate(sender) && !settings.recordPrivate) {
        return err('invalid', 'Notes are not saved from private windows. Allow recording in private windows in the settings.');
      }
      let articleId: number | undefined;
      if (payload.articleUrl !== undefined) {
        // The content script knows the article by its canonical URL; the store by its id.
        const article = await getArticleByUrl(db, payload.articleUrl);
        if (!article) return err('not-found', 'Lagebild has not recorded this article, so the note cannot be attached to it.');
        articleId = article.id;
      }
      return watch(await createNote(db, { text: payload.text, entityId: payload.entityId, articleId, quote: payload.quote, position: payload.position }));
    },

    async 'note/update'({ id, text }) {
      const updated = watch(await updateNote(db, id, text));
      return updated.ok ? ok(updated.value.after) : updated;
    },

    'note/delete': async ({ id }) => watch(await deleteNote(db, id)),
    'note/restore': async ({ id }) => watch(await restoreNote(db, id)),
  };
}

function isPrivate(sender: Sender): boolean {
  return sender.tab?.incognito === true;
}

/** The payload as the store expects it, or an `invalid` error naming what is wrong. */
export function checkArticleSeen(payload: unknown): Result<ArticleSeen> {
  const p = payload as Partial<ArticleSeen> | undefined;
  const meta = p?.meta;
  if (!meta || typeof meta !== 'object') return err('invalid', 'article/seen needs meta.');
  let url: URL;
  try {
    url = new URL(String(meta.url));
  } catch {
    return err('invalid', 'article/seen needs an absolute article URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return err('invalid', 'Only http and https articles are recorded.');
  if (!Array.isArray(p.mentions) || p.mentions.length > MAX_MENTIONED_ENTITIES) return err('invalid', 'article/seen needs a list of mentions.');

  const mentions: MentionSummary[] = [];
  for (const m of p.mentions as unknown[]) {
    const { entityId, count, snippets, firstOffset } = (m ?? {}) as Partial<MentionSummary>;
    if (typeof entityId !== 'string' || !entityId || !Number.isInteger(count) || count! < 1) {
      return err('invalid', 'Each mention needs an entityId and a positive count.');
    }
    mentions.push({
      entityId,
      count: count!,
      snippets: Array.isArray(snippets)
        ? snippets.filter((s): s is string => typeof s === 'string').slice(0, MAX_SNIPPETS).map((s) => s.slice(0, SNIPPET_MAX_LEN + 2))
        : [],
      firstOffset: Number.isInteger(firstOffset) && firstOffset! >= 0 ? firstOffset! : 0,
    });
  }
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().slice(0, max) : '');
  const author = text(meta.author, 300);
  const published = typeof meta.published === 'string' && !Number.isNaN(Date.parse(meta.published)) ? meta.published : undefined;
  return ok({
    meta: {
      url: url.href,
      title: text(meta.title, 1000),
      site: text(meta.site, 200),
      lang: text(meta.lang, 35),
      ...(author && { author }),
      ...(published && { published }),
    },
    mentions,
  });
}
