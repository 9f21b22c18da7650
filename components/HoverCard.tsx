// The card shown over a highlighted mention: who or what it is, where the reader met it, their note.
// Props only: no browser.* and no database. Every string is rendered as text, never as HTML.
import { useEffect, useState } from 'preact/hooks';
import type { CardEntity, UiLang } from '../lib/page/card-model';

export interface SeenArticle {
  title: string;
  site: string;
  /** Epoch ms or an ISO date. */
  date?: number | string;
  url: string;
}

export type Loadable<T> = { state: 'loading' } | { state: 'missing'; reason?: string } | { state: 'ready'; value: T };

export interface CardHistory {
  /** Other articles (not this one) in which the reader met the entity. */
  otherArticles: number;
  /** The most recent of them, newest first; at most three are shown. */
  recent: SeenArticle[];
}

export interface CardNote {
  id?: string;
  text: string;
}

export interface ActionOutcome {
  ok: boolean;
  /** A sentence for the reader. */
  message: string;
}

export interface HoverCardProps {
  entity: CardEntity;
  lang: UiLang;
  history: Loadable<CardHistory>;
  note: Loadable<CardNote>;
  /** Absent while notes cannot be stored; the note is then shown read-only. */
  onSaveNote?: (text: string) => Promise<ActionOutcome>;
  onNoteOnPassage?: () => Promise<ActionOutcome>;
  onOpen?: () => Promise<ActionOutcome>;
  onClose: () => void;
}

const TEXT = {
  de: {
    close: 'Schließen',
    roles: 'Funktionen',
    otherNames: 'Andere Namen',
    seen: 'In deinen Artikeln',
    seenCount: (n: number) => (n === 0 ? 'In keinem anderen Artikel gesehen' : n === 1 ? 'In einem anderen Artikel gesehen' : `In ${n} anderen Artikeln gesehen`),
    notRecorded: 'Noch nicht erfasst.',
    loading: 'Wird geladen …',
    note: 'Deine Notiz',
    notePlaceholder: 'Notiz zu diesem Eintrag …',
    save: 'Notiz speichern',
    noteUnavailable: 'Notizen lassen sich hier noch nicht speichern.',
    passage: 'Notiz zu dieser Stelle',
    open: 'In Lagebild öffnen',
  },
  en: {
    close: 'Close',
    roles: 'Roles',
    otherNames: 'Other names',
    seen: 'In your articles',
    seenCount: (n: number) => (n === 0 ? 'Not seen in any other article' : n === 1 ? 'Seen in one other article' : `Seen in ${n} other articles`),
    notRecorded: 'Not recorded yet.',
    loading: 'Loading …',
    note: 'Your note',
    notePlaceholder: 'A note on this entry …',
    save: 'Save note',
    noteUnavailable: 'Notes cannot be saved here yet.',
    passage: 'Note on this passage',
    open: 'Open in Lagebild',
  },
} as const;

const LANG_NAMES: Record<string, string> = { de: 'DE', en: 'EN', ru: 'RU' };

/** Only web links are followed: a stored URL could hold `javascript:`. */
function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function formatDate(date: number | string | undefined, lang: UiLang): string | undefined {
  if (date === undefined) return undefined;
  const value = new Date(date);
  if (Number.isNaN(value.getTime())) return undefined;
  return value.toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function HoverCard(props: HoverCardProps) {
  const { entity, lang, history, note } = props;
  const t = TEXT[lang];
  const [draft, setDraft] = useState(note.state === 'ready' ? note.value.text : '');
  const [status, setStatus] = useState<ActionOutcome | undefined>();
  const [busy, setBusy] = useState(false);
  const savedText = note.state === 'ready' ? note.value.text : '';

  // A new entity or a freshly loaded note replaces the draft.
  useEffect(() => {
    setDraft(savedText);
    setStatus(undefined);
  }, [entity.id, savedText]);

  const run = async (action: (() => Promise<ActionOutcome>) | undefined) => {
    if (!action || busy) return;
    setBusy(true);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ ok: false, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    }
  };

  const canEdit = Boolean(props.onSaveNote) && note.state !== 'loading';
  const dirty = draft.trim() !== savedText.trim();

  return (
    <section class={`card type-${entity.type}`} role="dialog" aria-label={entity.name} tabIndex={-1} onKeyDown={onKeyDown} data-entity={entity.id}>
      <header>
        <div class="title">
          <h2 class="name">{entity.name}</h2>
          <p class="kind">
            <span class="dot" aria-hidden="true" />
            {entity.typeLabel}
            {entity.subtypeLabel ? ` · ${entity.subtypeLabel}` : ''}
          </p>
        </div>
        <button type="button" class="close" aria-label={t.close} title={t.close} onClick={props.onClose}>
          ×
        </button>
      </header>

      <p class="description">{entity.description}</p>

      {entity.roles.length > 0 && (
        <section class="roles">
          <h3>{t.roles}</h3>
          <ul>
            {entity.roles.slice(0, 4).map((role, index) => (
              <li key={index}>
                <span class="role-title">{role.title}</span>
                {role.of ? <span class="role-of">, {role.of}</span> : null}
                {role.period ? <span class="period"> · {role.period}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      )}

      {entity.otherNames.length > 0 && (
        <p class="names">
          <span class="label">{t.otherNames}: </span>
          {entity.otherNames.map((other, index) => (
            <span key={other.lang} class="other-name" lang={other.lang}>
              {index > 0 ? ' · ' : ''}
              <abbr>{LANG_NAMES[other.lang] ?? other.lang.toUpperCase()}</abbr> {other.name}
            </span>
          ))}
        </p>
      )}

      <section class="history" data-state={history.state}>
        <h3>{t.seen}</h3>
        {history.state === 'loading' && <p class="muted">{t.loading}</p>}
        {history.state === 'missing' && <p class="muted">{t.notRecorded}</p>}
        {history.state === 'ready' && (
          <>
            <p class="count">
              {t.seenCount(history.value.otherArticles)}
              {history.value.recent.length > 0 ? ':' : '.'}
            </p>
            {history.value.recent.length > 0 && (
              <ul class="recent">
                {history.value.recent.slice(0, 3).map((article, index) => {
                  const href = safeHref(article.url);
                  const date = formatDate(article.date, lang);
                  return (
                    <li key={index}>
                      {href ? (
                        <a href={href} target="_blank" rel="noopener noreferrer">
                          {article.title}
                        </a>
                      ) : (
                        <span>{article.title}</span>
                      )}
                      <span class="meta">
                        {article.site}
                        {date ? ` · ${date}` : ''}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
      </section>

      <section class="note" data-state={note.state}>
        <h3>
          <label for="lagebild-note">{t.note}</label>
        </h3>
        {note.state === 'loading' ? (
          <p class="muted">{t.loading}</p>
        ) : (
          <textarea
            id="lagebild-note"
            rows={2}
            value={draft}
            placeholder={canEdit ? t.notePlaceholder : t.noteUnavailable}
            readOnly={!canEdit}
            onInput={(event) => setDraft((event.currentTarget as HTMLTextAreaElement).value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                if (dirty) void run(() => props.onSaveNote!(draft));
              }
            }}
          />
        )}
        {canEdit && dirty && (
          <button type="button" class="save" disabled={busy} onClick={() => void run(() => props.onSaveNote!(draft))}>
            {t.save}
          </button>
        )}
      </section>

      {status && (
        <p class={status.ok ? 'status ok' : 'status error'} role="status">
          {status.message}
        </p>
      )}
      <footer>
        <button type="button" class="action passage" disabled={busy || !props.onNoteOnPassage} onClick={() => void run(props.onNoteOnPassage)}>
          {t.passage}
        </button>
        <button type="button" class="action open" disabled={busy || !props.onOpen} onClick={() => void run(props.onOpen)}>
          {t.open}
        </button>
      </footer>
    </section>
  );
}
