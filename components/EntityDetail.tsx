// One entity opened: its card facts, the articles where the reader met it (date, site, title,
// snippet, link), their notes on it, and the entities most often met with it.
// Props only: no browser.* and no database.
import type { CardEntity } from '../lib/page/card-model';
import { formatDate, safeHref } from '../lib/ui/format';
import { plural, useI18n } from '../lib/ui/i18n';
import type { Live } from '../lib/ui/live';
import { EmptyState, Loaded } from './EmptyState';
import { NoteEditor, type SaveOutcome } from './NoteEditor';
import { NoteList, type NoteActions, type NoteView } from './NoteList';
import { TypeBadge } from './TypeBadge';

export interface TimelineItem {
  articleId: number;
  title: string;
  url: string;
  site: string;
  /** The article's publication date, else when it was first seen (ISO or epoch ms). */
  date: string | number;
  count: number;
  snippet?: string;
}

export interface TogetherItem {
  id: string;
  name: string;
  type?: string;
  articles: number;
}

export interface EntityDetailProps extends NoteActions {
  id: string;
  /** Curated facts; absent for an own entity or an id the base no longer has. */
  facts?: CardEntity;
  name: string;
  type?: string;
  timeline: Live<TimelineItem[]>;
  notes: Live<NoteView[]>;
  together: Live<TogetherItem[]>;
  onCreateNote: (text: string) => Promise<SaveOutcome>;
  onBack?: () => void;
  onOpenEntity: (entityId: string) => void;
  /** The popup offers the same entity in the dashboard, with room. */
  onOpenInDashboard?: () => void;
}

export function EntityDetail(props: EntityDetailProps) {
  const { t, lang } = useI18n();
  const { facts, name } = props;
  return (
    <article class="entity-detail" data-entity={props.id} aria-labelledby="entity-name">
      {(props.onBack || props.onOpenInDashboard) && (
        <div class="detail-nav">
          {props.onBack && (
            <button type="button" class="back link" onClick={props.onBack}>
              ← {t('detail_back')}
            </button>
          )}
          {props.onOpenInDashboard && (
            <button type="button" class="link" onClick={props.onOpenInDashboard}>
              {t('detail_in_dashboard')} →
            </button>
          )}
        </div>
      )}
      <header class={`detail-head type-${props.type ?? 'other'}`}>
        <h2 id="entity-name" tabIndex={-1}>
          {name}
        </h2>
        <p class="kind">
          <TypeBadge type={props.type} />
          {facts?.subtypeLabel ? <span class="subtype">· {facts.subtypeLabel}</span> : null}
        </p>
      </header>
      {facts && <p class="description">{facts.description}</p>}
      {facts && facts.roles.length > 0 && (
        <section class="roles">
          <h3>{t('detail_roles')}</h3>
          <ul>
            {facts.roles.map((role, index) => (
              <li key={index}>
                {role.title}
                {role.of ? `, ${role.of}` : ''}
                {role.period ? <span class="muted"> · {role.period}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      )}
      {facts && facts.otherNames.length > 0 && (
        <p class="names">
          <span class="muted">{t('detail_other_names')}: </span>
          {facts.otherNames.map((other, index) => (
            <span key={other.lang} lang={other.lang}>
              {index > 0 ? ' · ' : ''}
              {other.name}
            </span>
          ))}
        </p>
      )}

      <section class="timeline" aria-labelledby="timeline-heading">
        <h3 id="timeline-heading">{t('detail_timeline')}</h3>
        <Loaded live={props.timeline}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState title={t('detail_timeline_empty')} />
            ) : (
              <ol class="timeline-list">
                {items.map((item) => {
                  const href = safeHref(item.url);
                  return (
                    <li key={item.articleId}>
                      <p class="meta">
                        <time dateTime={new Date(item.date).toISOString()}>{formatDate(item.date, lang)}</time> · {item.site} · {plural(t, 'mentions', item.count)}
                      </p>
                      <p class="title">
                        {href ? (
                          <a href={href} target="_blank" rel="noopener noreferrer">
                            {item.title}
                          </a>
                        ) : (
                          item.title
                        )}
                      </p>
                      {item.snippet ? <p class="snippet">{item.snippet}</p> : null}
                    </li>
                  );
                })}
              </ol>
            )
          }
        </Loaded>
      </section>

      <section class="entity-notes" aria-labelledby="notes-heading">
        <h3 id="notes-heading">{t('detail_notes')}</h3>
        <NoteEditor label={t('note_new_label', name)} submitLabel={t('note_add')} clearOnSave onSave={props.onCreateNote} />
        <Loaded live={props.notes}>
          {(notes) => (
            <NoteList
              notes={notes}
              hideEntity
              empty={<p class="muted">{t('detail_notes_empty')}</p>}
              onUpdate={props.onUpdate}
              onDelete={props.onDelete}
              onRestore={props.onRestore}
            />
          )}
        </Loaded>
      </section>

      <section class="together" aria-labelledby="together-heading">
        <h3 id="together-heading">{t('detail_together')}</h3>
        <Loaded live={props.together}>
          {(items) =>
            items.length === 0 ? (
              <p class="muted">{t('detail_together_empty')}</p>
            ) : (
              <ul class="chips">
                {items.map((item) => (
                  <li key={item.id}>
                    <button type="button" class={`chip type-${item.type ?? 'other'}`} onClick={() => props.onOpenEntity(item.id)} aria-label={`${item.name}, ${plural(t, 'shared', item.articles)}`}>
                      <span class="dot" aria-hidden="true" />
                      {item.name} <span class="num" aria-hidden="true">{item.articles}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
    </article>
  );
}
