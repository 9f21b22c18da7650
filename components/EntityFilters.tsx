// Search box (any name, any language), type filter and sort order for the entity list and table.
// Props only: no browser.* and no database.
import type { EntityType } from '../lib/kb';
import { ENTITY_TYPES, type EntityQuery, type EntitySort } from '../lib/ui/entities';
import { useI18n } from '../lib/ui/i18n';

export interface EntityFiltersProps {
  query: EntityQuery;
  onChange: (query: EntityQuery) => void;
  /** The sort menu; the dashboard's table sorts by its column headers instead. */
  showSort?: boolean;
}

const SORTS: readonly EntitySort[] = ['lastSeen', 'articles', 'mentions', 'name'];

export function EntityFilters({ query, onChange, showSort = true }: EntityFiltersProps) {
  const { t } = useI18n();
  return (
    <div class="filters" role="search">
      <label class="field grow">
        <span class="label">{t('search_label')}</span>
        <input
          type="search"
          name="entity-search"
          value={query.search ?? ''}
          placeholder={t('search_placeholder')}
          autoComplete="off"
          onInput={(event) => onChange({ ...query, search: (event.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <label class="field">
        <span class="label">{t('filter_type')}</span>
        <select name="entity-type" value={query.type ?? ''} onChange={(event) => onChange({ ...query, type: (event.currentTarget as HTMLSelectElement).value as EntityType | '' })}>
          <option value="">{t('filter_all')}</option>
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`group_${type}`)}
            </option>
          ))}
        </select>
      </label>
      {showSort && (
        <label class="field">
          <span class="label">{t('sort_label')}</span>
          <select name="entity-sort" value={query.sort ?? 'lastSeen'} onChange={(event) => onChange({ ...query, sort: (event.currentTarget as HTMLSelectElement).value as EntitySort, direction: undefined })}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort_${sort}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
