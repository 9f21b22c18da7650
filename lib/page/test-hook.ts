// Lets end-to-end tests ask what the pipeline found (ids, positions, readiness); the painted ranges
// themselves they read from CSS.highlights, which pages see in both browsers. Local pages only; no DOM.
import type { PagePipeline } from './pipeline';

export const QUERY_EVENT = 'lagebild:query';
export const ANSWER_EVENT = 'lagebild:answer';

export interface PaintedReport {
  ready: boolean;
  url: string;
  visible: boolean;
  /** Mentions in document order with the viewport centre of their first box (for hovering). */
  mentions: Array<{ id: string; type: string; text: string; x: number; y: number }>;
  /** The open hover card, if any. */
  card?: CardDescription;
}

export interface CardDescription {
  entityId: string;
  text: string;
  box: { left: number; top: number; width: number; height: number };
}

/** Only pages served from this machine may ask: a news site must not learn what Lagebild found. */
export function isLocalTestPage(location: Location): boolean {
  return (location.protocol === 'http:' || location.protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(location.hostname);
}

export function report(pipeline: PagePipeline, ready: boolean, card?: CardDescription): PaintedReport {
  const mentions = pipeline.mentions().map((mention) => {
    const rect = pipeline.liveRange(mention)?.getClientRects()[0];
    return {
      id: mention.id,
      type: mention.type,
      text: mention.text,
      x: rect ? rect.left + rect.width / 2 : -1,
      y: rect ? rect.top + rect.height / 2 : -1,
    };
  });
  return { ready, url: location.href, visible: pipeline.painter.isVisible, mentions, card };
}

/** Answer `lagebild:query` events with a `lagebild:answer` event carrying the report as JSON text. */
export function answerTestQueries(
  pipeline: PagePipeline,
  isReady: () => boolean,
  signal: AbortSignal,
  card: () => CardDescription | undefined = () => undefined,
): void {
  if (!isLocalTestPage(location)) return;
  document.addEventListener(
    QUERY_EVENT,
    () => {
      let detail: string;
      try {
        detail = JSON.stringify(report(pipeline, isReady(), card()));
      } catch (error) {
        detail = JSON.stringify({ error: String(error) });
      }
      // A string crosses from the content script's world to the page's unchanged in both browsers.
      document.dispatchEvent(new CustomEvent(ANSWER_EVENT, { detail }));
    },
    { signal },
  );
}
