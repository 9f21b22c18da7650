// Wiring only: on every http(s) page, highlight known entities and open their cards (lib/page/).
import './highlights.css';
import { annotate } from '@/lib/page/page-matcher';
import { CardController } from '@/lib/page/card-controller';
import { uiLanguage } from '@/lib/page/card-model';
import { backgroundCardServices, type ArticleState } from '@/lib/page/card-services';
import { highlightApiAvailable } from '@/lib/page/highlight-painter';
import { PagePipeline, reportError } from '@/lib/page/pipeline';
import { articleUrl, recordArticle } from '@/lib/page/recording';
import { answerTestQueries } from '@/lib/page/test-hook';
import { answerPopupRequests } from '@/lib/page/page-requests';
import { defaultSettings, getSettings, isSiteDisabled, watchSettings, type Settings } from '@/lib/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // The highlight colours go in through the manifest: the browser adds them without a <style> node.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    if (!highlightApiAvailable()) return;
    const lang = uiLanguage(navigator.language);
    const article: ArticleState = { recorded: new Set() };
    const signal = ctx.signal;
    let ready = false;

    const pipeline = new PagePipeline({
      annotate,
      onAnnotated: (annotated) => void recordArticle(document, annotated, article),
      onNavigated: () => {
        article.recorded = new Set();
        article.url = undefined;
      },
    });
    const services = backgroundCardServices(lang, () => article, () => articleUrl(document, article));
    const card = new CardController({ ctx, pipeline, lang, services });

    answerTestQueries(pipeline, () => ready, signal, () => card.describeCard());
    card.start(signal);
    answerPopupRequests(pipeline, card, signal);
    ctx.addEventListener(window, 'wxt:locationchange', () => pipeline.checkLocation());
    // The 'toggle-highlights' command: the background forwards it to the tab as this message.
    const onMessage = (message: unknown) => {
      if ((message as { type?: string } | null)?.type === 'page/toggle-highlights') card.toggleHighlights();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // The global pause and the per-site switch: nothing is read or painted while either is on.
    const allowed = (settings: Settings) => !settings.paused && !isSiteDisabled(settings, location.href);
    let started: Promise<void> | undefined;
    const run = () =>
      (started ??= pipeline.start(signal).then(
        () => void (ready = true),
        (error: unknown) => reportError(error),
      ));
    ctx.onInvalidated(
      watchSettings((settings) => {
        if (!allowed(settings)) {
          card.hide();
          pipeline.setVisible(false);
        } else {
          pipeline.setVisible(true);
          void run();
        }
      }),
    );
    const settings = await getSettings().catch(() => defaultSettings);
    if (allowed(settings)) await run();
  },
});
