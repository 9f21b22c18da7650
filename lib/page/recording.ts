// Sends each annotated article to the background (article/seen) and remembers what was recorded,
// so the card can count "other" articles. Never throws; reads the document, never changes it.
import { sendToBackground } from '../messages';
import { articleSeen, canonicalUrl } from './article-meta';
import type { ArticleState } from './card-services';
import { reportError, type AnnotatedArticle } from './pipeline';

export function recordArticle(doc: Document, annotated: AnnotatedArticle, state: ArticleState): Promise<void> {
  return (async () => {
    const request = articleSeen(doc, annotated);
    state.url = request.meta.url;
    if (request.mentions.length === 0) return;
    const answer = await sendToBackground('article/seen', request);
    // Paused, a disabled site or a private window: the background declines, and the card's
    // counts then include no visit of this page.
    if (answer.ok && answer.value.recorded) state.recorded = new Set(request.mentions.map((mention) => mention.entityId));
  })().catch(reportError);
}

/** The article's canonical URL, for notes taken before the first record was sent. */
export function articleUrl(doc: Document, state: ArticleState): string {
  return (state.url ??= canonicalUrl(doc));
}
