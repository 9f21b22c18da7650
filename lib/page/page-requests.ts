// Answers the popup's questions about this tab: which entities the page shows, and "take me to
// this one" (scroll to its first mention, open its card). Listens on the runtime; changes no DOM.
import { browser } from 'wxt/browser';
import { err, ok, type PageEntity, type PopupToContent, type PopupToContentType, type Result } from '../messages';
import type { CardController } from './card-controller';
import { reportError, type PageMention, type PagePipeline } from './pipeline';

/** The page's entities with their counts, in order of first mention. */
export function pageEntities(mentions: readonly Pick<PageMention, 'id' | 'type'>[]): PageEntity[] {
  const byId = new Map<string, PageEntity>();
  for (const m of mentions) {
    const seen = byId.get(m.id);
    if (seen) seen.count++;
    else byId.set(m.id, { entityId: m.id, type: m.type, count: 1 });
  }
  return [...byId.values()];
}

type PageHandlers = { [K in PopupToContentType]: (payload: PopupToContent[K]['request']) => Promise<Result<PopupToContent[K]['response']>> };

export function pageRequestHandlers(pipeline: PagePipeline, card: Pick<CardController, 'reveal'>): PageHandlers {
  return {
    'page/entities': async () => ok({ url: location.href, entities: pageEntities(pipeline.mentions()) }),
    'page/reveal': async ({ entityId }) => {
      if (!pipeline.painter.isVisible) pipeline.setVisible(true);
      const first = pipeline.mentions().find((m) => m.id === entityId);
      if (!first || !card.reveal(first)) return err('not-found', 'This entity is no longer on the page.');
      return ok(true);
    },
  };
}

/** Listen for the popup's requests until the signal aborts. */
export function answerPopupRequests(pipeline: PagePipeline, card: Pick<CardController, 'reveal'>, signal: AbortSignal): void {
  const handlers = pageRequestHandlers(pipeline, card);
  const listener = (message: unknown, _sender: unknown, sendResponse: (answer: Result<unknown>) => void): boolean => {
    const { lagebild, type, payload } = (message ?? {}) as { lagebild?: unknown; type?: unknown; payload?: unknown };
    if (lagebild !== 1 || typeof type !== 'string' || !Object.hasOwn(handlers, type)) return false;
    const handler = handlers[type as PopupToContentType] as (p: unknown) => Promise<Result<unknown>>;
    handler(payload ?? {})
      .catch((error: unknown) => {
        reportError(error);
        return err('internal', String(error));
      })
      .then(sendResponse);
    // Answered through sendResponse: Chrome ignores a returned promise.
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}
