// The popup's "This page": the entities on the current tab grouped by type with their counts;
// choosing one asks the page to scroll to it and open its card. Props only: no browser.*, no database.
import type { EntityType } from '../lib/kb';
import { groupByType } from '../lib/ui/entities';
import { plural, useI18n } from '../lib/ui/i18n';
import { EmptyState, ErrorMessage, Loading } from './EmptyState';

export interface PageEntityView {
  id: string;
  name: string;
  type: EntityType | string;
  count: number;
}

export type ThisPageState =
  | { state: 'loading' }
  /** No content script answered: a browser page, a PDF, a site before a reload. */
  | { state: 'unreachable' }
  | { state: 'error'; message: string }
  | { state: 'ready'; entities: PageEntityView[] };

export interface ThisPageProps {
  page: ThisPageState;
  onReveal: (entityId: string) => void;
  /** Set after a reveal failed, in words. */
  problem?: string;
}

export function ThisPage({ page, onReveal, problem }: ThisPageProps) {
  const { t } = useI18n();
  if (page.state === 'loading') return <Loading />;
  if (page.state === 'error') return <ErrorMessage message={page.message} />;
  if (page.state === 'unreachable') return <EmptyState title={t('page_unreachable_title')}>{t('page_unreachable_body')}</EmptyState>;
  if (page.entities.length === 0) return <EmptyState title={t('page_empty_title')}>{t('page_empty_body')}</EmptyState>;
  const mentions = page.entities.reduce((sum, e) => sum + e.count, 0);
  return (
    <div class="this-page">
      <p class="summary">{t('page_summary', plural(t, 'entities', page.entities.length), plural(t, 'mentions', mentions))}</p>
      {problem ? <ErrorMessage message={problem} /> : null}
      {groupByType(page.entities).map((group) => (
        <section key={group.type} class={`group type-${group.type}`} aria-labelledby={`group-${group.type}`}>
          <h2 id={`group-${group.type}`}>
            <span class="dot" aria-hidden="true" />
            {t(`group_${group.type}`)} <span class="count">{group.items.length}</span>
          </h2>
          <ul class="rows">
            {[...group.items]
              .sort((a, b) => b.count - a.count)
              .map((entity) => (
                <li key={entity.id}>
                  <button type="button" class="row" data-entity={entity.id} onClick={() => onReveal(entity.id)} aria-label={t('page_reveal', entity.name, plural(t, 'mentions', entity.count))}>
                    <span class="name">{entity.name}</span>
                    <span class="num">{entity.count}×</span>
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
