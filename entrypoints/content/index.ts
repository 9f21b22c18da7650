// Wiring only: on every http(s) page, highlight known entities and open their cards (lib/page/).
import './highlights.css';
import { annotate } from '@/lib/match';
import { CardController } from '@/lib/page/card-controller';
import { uiLanguage } from '@/lib/page/card-model';
import { backgroundCardServices, type ArticleState } from '@/lib/page/card-services';
import { highlightApiAvailable } from '@/lib/page/highlight-painter';
import { PagePipeline, reportError } from '@/lib/page/pipeline';
import { answerTestQueries } from '@/lib/page/test-hook';
import { answerPopupRequests } from '@/lib/page/page-requests';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // The highlight colours go in through the manifest: the browser adds them without a <style> node.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // Seam for lib/settings.ts: the global pause and the per-site switch decide here whether to start.
    if (!highlightApiAvailable()) return;
    const lang = uiLanguage(navigator.language);
    const article: ArticleState = { recorded: new Set() };
    let ready = false;

    const pipeline = new PagePipeline({
      annotate,
      // Seam for recording: article/seen with lib/page/article-meta.ts once it lands.
      onAnnotated: () => {},
      onNavigated: () => {
        article.recorded = new Set();
        article.url = undefined;
      },
    });
    const card = new CardController({ ctx, pipeline, lang, services: backgroundCardServices(lang, () => article) });
    const signal = ctx.signal;

    answerTestQueries(pipeline, () => ready, signal, () => card.describeCard());
    card.start(signal);
    answerPopupRequests(pipeline, card, signal);
    ctx.addEventListener(window, 'wxt:locationchange', () => pipeline.checkLocation());
    // The 'toggle-highlights' command: the background forwards it to the tab as this message.
    const onMessage = (message: unknown) => {
      if ((message as { lagebild?: number; type?: string })?.type === 'page/toggle-highlights') card.toggleHighlights();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    try {
      await pipeline.start(signal);
      ready = true;
    } catch (error) {
      reportError(error);
    }
  },
});
