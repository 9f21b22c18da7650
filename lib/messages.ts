// The one message protocol between the extension's contexts, by direction; every answer is a Result.
// Payloads are plain serializable data: no class instances, no functions, no DOM.
import { browser, type Browser } from 'wxt/browser';
import type { CardEntity, UiLang } from './page/card-model';
import type { TextQuote, Note } from './store/schema';

// ---------------------------------------------------------------------------------------------------
// Result: errors are values, because a thrown Error does not survive crossing contexts.

export type ErrorCode =
  /** Disk full or over the browser's storage quota; what was stored before is intact. */
  | 'quota'
  /** The payload does not have the expected shape. */
  | 'invalid'
  | 'not-found'
  /** The background did not answer (extension reloaded or updated, no receiver). */
  | 'unreachable'
  | 'unknown-message'
  | 'internal';

export interface ResultError {
  code: ErrorCode;
  /** A sentence a reader can be shown. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

// ---------------------------------------------------------------------------------------------------
// Content script → background

/** What the content script read from the page (lib/page/article-meta.ts). */
export interface ArticleMeta {
  /** Canonical URL: link[rel=canonical], og:url, else the page URL without tracking parameters. */
  url: string;
  title: string;
  site: string;
  lang: string;
  author?: string;
  /** ISO 8601. */
  published?: string;
}

/** One entity's mentions in the article, summarised (lib/store/snippets.ts `summarizeMentions`). */
export interface MentionSummary {
  entityId: string;
  count: number;
  snippets: string[];
  firstOffset: number;
}

export interface ArticleSeen {
  meta: ArticleMeta;
  mentions: MentionSummary[];
}

export type NotRecordedReason = 'no-mentions' | 'private-window' | 'paused' | 'site-disabled';

export type ArticleSeenOutcome =
  | { recorded: true; articleId: number; created: boolean }
  | { recorded: false; reason: NotRecordedReason };

export interface EntityStats {
  /** Number of recorded articles that mention the entity. */
  articles: number;
  /** Epoch ms of the latest visit to such an article; absent when there is none. */
  lastSeen?: number;
  notes: number;
  /** The articles most recently seen mentioning it, latest first (at most `RECENT_ARTICLES`). */
  recent: RecentArticle[];
}

export const RECENT_ARTICLES = 5;

export interface RecentArticle {
  url: string;
  title: string;
  site: string;
  published?: string;
  lastSeen: number;
  /** Mentions of the entity in that article. */
  count: number;
  /** The first snippet around a mention there, if any. */
  snippet?: string;
}

export interface NewNote {
  text: string;
  entityId?: string;
  /** The article the note is on, by canonical URL (the content script does not know store ids). */
  articleUrl?: string;
  quote?: TextQuote;
  position?: { start: number; end: number };
}

/** Requests the content script may send, with the value of a successful answer. */
export interface ContentToBackground {
  /** Once per article visit, after annotating. */
  'article/seen': { request: ArticleSeen; response: ArticleSeenOutcome };
  /** For the hover card: how often the reader met this entity before. */
  'entity/stats': { request: { entityId: string }; response: EntityStats };
  /** The reader's notes on an entity, newest first. */
  'entity/notes': { request: { entityId: string }; response: Note[] };
  'note/create': { request: NewNote; response: Note };
  'note/update': { request: { id: string; text: string }; response: Note };
  /** Soft delete; answers the deleted note so the UI can offer undo. */
  'note/delete': { request: { id: string }; response: Note };
  /** Undo a delete. */
  'note/restore': { request: { id: string }; response: Note };
  /** The hover card's "Open in Lagebild": the dashboard on this entity, in a new tab. */
  'entity/open': { request: { entityId: string }; response: null };
  /**
   * The hover card's facts about an entity in the reader's language (lib/card-facts.ts): the
   * knowledge base stays in the background instead of shipping megabytes into every page.
   * An id the base does not know is `not-found`.
   */
  'entity/card': { request: { entityId: string; lang: UiLang }; response: CardEntity };
}

export type ContentToBackgroundType = keyof ContentToBackground;
export type RequestOf<K extends ContentToBackgroundType> = ContentToBackground[K]['request'];
export type ResponseOf<K extends ContentToBackgroundType> = ContentToBackground[K]['response'];

/** The envelope on the wire; `lagebild` tells our messages apart from anything else on the runtime. */
export interface Envelope<K extends ContentToBackgroundType = ContentToBackgroundType> {
  lagebild: 1;
  type: K;
  payload: RequestOf<K>;
}

/** Ask the background; never throws. A missing or reloaded background comes back as `unreachable`. */
export async function sendToBackground<K extends ContentToBackgroundType>(
  type: K,
  payload: RequestOf<K>,
): Promise<Result<ResponseOf<K>>> {
  const envelope: Envelope<K> = { lagebild: 1, type, payload };
  try {
    const answer: unknown = await browser.runtime.sendMessage(envelope);
    if (isResult(answer)) return answer as Result<ResponseOf<K>>;
    return err('unreachable', 'Lagebild’s background did not answer. Reload the page to try again.');
  } catch (error) {
    return err('unreachable', `Lagebild’s background is not reachable (${describe(error)}). Reload the page to try again.`);
  }
}

export type Sender = Browser.runtime.MessageSender;

export type Handlers = {
  [K in ContentToBackgroundType]: (payload: RequestOf<K>, sender: Sender) => Promise<Result<ResponseOf<K>>>;
};

/**
 * Answer content-script requests in the background. Uses `sendResponse` and `return true` rather
 * than returning a promise, which Chrome's onMessage ignores. Returns a function that unregisters.
 */
export function registerHandlers(handlers: Handlers, runtime: Pick<typeof browser.runtime, 'onMessage'> = browser.runtime): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (answer: Result<unknown>) => void): boolean => {
    if (!isEnvelope(message)) return false; // not ours: let other listeners answer
    void dispatch(handlers, message, sender).then(sendResponse);
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

/** Run the handler for one envelope; any throw becomes an `internal` error value. */
export async function dispatch(handlers: Handlers, message: Envelope, sender: Sender): Promise<Result<unknown>> {
  if (!Object.hasOwn(handlers, message.type)) {
    return err('unknown-message', `Unknown request “${String(message.type)}”.`);
  }
  const handler = handlers[message.type] as (payload: unknown, sender: Sender) => Promise<Result<unknown>>;
  try {
    return await handler(message.payload, sender);
  } catch (error) {
    console.error(`[lagebild] ${message.type} failed`, error);
    return err('internal', `Lagebild could not handle ${message.type}: ${describe(error)}`);
  }
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).lagebild === 1 && typeof (message as Envelope).type === 'string';
}

function isResult(answer: unknown): answer is Result<unknown> {
  return typeof answer === 'object' && answer !== null && typeof (answer as Result<unknown>).ok === 'boolean';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---------------------------------------------------------------------------------------------------
// Extension page (popup) → content script of one tab

/** One entity found on the page, with its number of mentions there. */
export interface PageEntity {
  entityId: string;
  /** 'person' | 'organization' | 'state' | 'weapon' (the painter's highlight type). */
  type: string;
  count: number;
}

/** Requests the popup may send to a tab's content script (lib/page/page-requests.ts answers them). */
export interface PopupToContent {
  /** What the page shows highlighted now, in order of first mention. */
  'page/entities': { request: Record<string, never>; response: { url: string; entities: PageEntity[] } };
  /** Scroll to the entity's first mention and open its card. */
  'page/reveal': { request: { entityId: string }; response: boolean };
}

export type PopupToContentType = keyof PopupToContent;

export interface PageEnvelope<K extends PopupToContentType = PopupToContentType> {
  lagebild: 1;
  type: K;
  payload: PopupToContent[K]['request'];
}

/** Ask a tab's content script; never throws. A tab without Lagebild (no news page) is `unreachable`. */
export async function sendToTab<K extends PopupToContentType>(
  tabs: Pick<typeof browser.tabs, 'sendMessage'>,
  tabId: number,
  type: K,
  payload: PopupToContent[K]['request'],
): Promise<Result<PopupToContent[K]['response']>> {
  const envelope: PageEnvelope<K> = { lagebild: 1, type, payload };
  try {
    const answer: unknown = await tabs.sendMessage(tabId, envelope);
    if (isResult(answer)) return answer as Result<PopupToContent[K]['response']>;
    return err('unreachable', 'Lagebild is not running on this page.');
  } catch (error) {
    return err('unreachable', `Lagebild is not running on this page (${describe(error)}).`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Background → content script of one tab (no answer expected)

/** Notices the background passes on to a tab's content script. */
export interface BackgroundToContent {
  /** The reader pressed the toggle-highlights command (only the background receives commands). */
  'page/toggle-highlights': Record<string, never>;
}

export interface NoticeEnvelope<K extends keyof BackgroundToContent = keyof BackgroundToContent> {
  lagebild: 1;
  type: K;
  payload: BackgroundToContent[K];
}
