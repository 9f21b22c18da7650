// Every entity met across articles: name, type, number of articles, last seen; filtered by any of
// its names and by type, sorted as chosen. Props only: no browser.* and no database.
import { useMemo, useState } from 'preact/hooks';
import type { OwnEntity } from '../lib/store/schema';
import { queryEntities, type EntityQuery, type EntityView } from '../lib/ui/entities';
import { formatDate } from '../lib/ui/format';
import { plural, useI18n } from '../lib/ui/i18n';
import { EmptyState } from './EmptyState';
import { EntityFilters } from './EntityFilters';
import { TypeBadge } from './TypeBadge';

export interface EntityListProps {
  entities: readonly EntityView[];
  own?: readonly OwnEntity[];
  query: EntityQuery;
  onQueryChange: (query: EntityQuery) => void;
  onOpen: (entityId: string) => void;
  /** Rows drawn at first; a long history shows the rest on request, so the popup opens quickly. */
  pageSize?: number;
}

export function EntityList({ entities, own = [], query, onQueryChange, onOpen, pageSize = 100 }: EntityListProps) {
  const { t, lang } = useI18n();
  const shown = useMemo(() => queryEntities(entities, query, lang, own), [entities, query, lang, own]);
  const [limit, setLimit] = useState(pageSize);
  if (entities.length === 0) return <EmptyState title={t('entities_empty_title')}>{t('entities_empty_body')}</EmptyState>;
  return (
    <div class="entity-list">
      <EntityFilters query={query} onChange={onQueryChange} />
      <p class="summary" role="status" aria-live="polite">
        {shown.length === entities.length ? plural(t, 'entities', entities.length) : t('shown_of', shown.length, entities.length)}
      </p>
      {shown.length === 0 ? (
        <EmptyState title={query.search?.trim() ? t('entities_none_match', query.search.trim()) : t('entities_none_type')} />
      ) : (
        <ul class="rows">
          {shown.slice(0, limit).map((entity) => (
            <li key={entity.id}>
              <button type="button" class="row entity-row" data-entity={entity.id} onClick={() => onOpen(entity.id)}>
                <span class="name">{entity.name}</span>
                <TypeBadge type={entity.type} />
                <span class="meta">
                  {plural(t, 'articles', entity.articles)} · {t('last_seen', formatDate(entity.lastSeen, lang) ?? '–')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown.length > limit && (
        <button type="button" class="more" onClick={() => setLimit(shown.length)}>
          {t('show_more', shown.length - limit)}
        </button>
      )}
    </div>
  );
}
