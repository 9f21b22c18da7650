// A table sorted by its column headers (buttons with aria-sort on the header), for the dashboard's
// entities and articles. Props only: no browser.* and no database.
import type { ComponentChildren } from 'preact';
import { useI18n } from '../lib/ui/i18n';

export interface Column<Row, Key extends string> {
  key: Key;
  label: string;
  cell: (row: Row) => ComponentChildren;
  /** Numbers right-aligned. */
  numeric?: boolean;
  sortable?: boolean;
}

export interface SortableTableProps<Row, Key extends string> {
  caption: string;
  columns: readonly Column<Row, Key>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  sort: Key;
  direction: 'asc' | 'desc';
  onSort: (key: Key) => void;
}

export function SortableTable<Row, Key extends string>({ caption, columns, rows, rowKey, sort, direction, onSort }: SortableTableProps<Row, Key>) {
  const { t } = useI18n();
  return (
    <table class="data">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              class={column.numeric ? 'num' : undefined}
              aria-sort={column.key === sort ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {column.sortable === false ? (
                column.label
              ) : (
                <button type="button" class="sort" onClick={() => onSort(column.key)} aria-label={t('sort_by', column.label)}>
                  {column.label}
                  <span aria-hidden="true" class="arrow">
                    {column.key === sort ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.key} class={column.numeric ? 'num' : undefined}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Sort rows by a key; text by the language's collation, everything else as numbers. */
export function sortRows<Row>(rows: readonly Row[], value: (row: Row) => string | number, direction: 'asc' | 'desc', lang: string): Row[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return sign * (typeof x === 'string' || typeof y === 'string' ? collator.compare(String(x), String(y)) : x - y);
  });
}
