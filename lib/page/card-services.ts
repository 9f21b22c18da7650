// The hover card's facts, cross-article data and actions, asked of the background through
// lib/messages.ts. Never throws: a missing or failed answer becomes the card's honest "not recorded
// yet" state, or no card at all when its facts are missing.
import type { ActionOutcome, CardHistory, CardNote, Loadable } from '../../components/HoverCard';
import { sendToBackground } from '../messages';
import type { CardServices } from './card-controller';
import type { CardEntity, UiLang } from './card-model';

export interface ArticleState {
  /** Canonical URL of the article the reader is on, once known. */
  url?: string;
  /** Entities recorded for this article: the background counts it among theirs. */
  recorded: Set<string>;
}

const SAY = {
  de: {
    saved: 'Notiz gespeichert.',
    passageSaved: 'Die Stelle ist als Notiz gespeichert.',
    opened: 'In einem neuen Tab geöffnet.',
  },
  en: {
    saved: 'Note saved.',
    passageSaved: 'The passage is saved as a note.',
    opened: 'Opened in a new tab.',
  },
} as const;

export function backgroundCardServices(lang: UiLang, article: () => ArticleState, articleUrl: () => string | undefined = () => article().url): CardServices {
  const say = SAY[lang];
  return {
    async facts(entityId): Promise<CardEntity | undefined> {
      const answer = await sendToBackground('entity/card', { entityId, lang });
      return answer.ok ? answer.value : undefined;
    },

    async history(entityId): Promise<Loadable<CardHistory>> {
      const answer = await sendToBackground('entity/stats', { entityId });
      if (!answer.ok) return { state: 'missing', reason: answer.error.message };
      const here = article().recorded.has(entityId) ? 1 : 0;
      const otherArticles = Math.max(0, answer.value.articles - here);
      if (answer.value.articles === 0) return { state: 'missing' };
      const current = articleUrl();
      const recent = answer.value.recent
        .filter((seen) => seen.url !== current)
        .slice(0, 3)
        .map((seen) => ({ title: seen.title, site: seen.site, url: seen.url, date: seen.published ?? seen.lastSeen }));
      return { state: 'ready', value: { otherArticles, recent } };
    },

    async note(entityId): Promise<Loadable<CardNote>> {
      // The newest note with words on this entity (entity/notes answers newest first); with none,
      // the card shows an empty note that saving creates.
      const answer = await sendToBackground('entity/notes', { entityId });
      if (!answer.ok) return { state: 'missing', reason: answer.error.message };
      const latest = answer.value.find((n) => n.text);
      return latest ? { state: 'ready', value: { id: latest.id, text: latest.text } } : { state: 'missing' };
    },

    async saveNote(entityId, previous, text): Promise<ActionOutcome & { note?: CardNote }> {
      const answer = previous?.id
        ? await sendToBackground('note/update', { id: previous.id, text })
        : await sendToBackground('note/create', { text, entityId, articleUrl: articleUrl() });
      if (!answer.ok) return { ok: false, message: answer.error.message };
      return { ok: true, message: say.saved, note: { id: answer.value.id, text: answer.value.text } };
    },

    async noteOnPassage(mention, quote): Promise<ActionOutcome> {
      const answer = await sendToBackground('note/create', {
        text: '',
        entityId: mention.id,
        articleUrl: articleUrl(),
        quote,
      });
      return answer.ok ? { ok: true, message: say.passageSaved } : { ok: false, message: answer.error.message };
    },

    async open(entityId: string): Promise<ActionOutcome> {
      const answer = await sendToBackground('entity/open', { entityId });
      return answer.ok ? { ok: true, message: say.opened } : { ok: false, message: answer.error.message };
    },
  };
}
