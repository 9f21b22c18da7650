// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SortableTable, sortRows } from './SortableTable';

describe('sortRows', () => {
  it.each([
    ['asc', ['Ägypten', 'Iran', 'Zypern']],
    ['desc', ['Zypern', 'Iran', 'Ägypten']],
  ] as const)('sorts text by the language’s collation (%s)', (direction, expected) => {
    expect(sortRows([{ n: 'Iran' }, { n: 'Zypern' }, { n: 'Ägypten' }], (r) => r.n, direction, 'de').map((r) => r.n)).toEqual(expected);
  });

  it('sorts numbers as numbers', () => {
    expect(sortRows([{ n: 10 }, { n: 9 }, { n: 100 }], (r) => r.n, 'desc', 'en').map((r) => r.n)).toEqual([100, 10, 9]);
  });
});

describe('SortableTable', () => {
  it('marks the sorted column for screen readers and reports header clicks', () => {
    const root = document.createElement('div');
    const onSort = vi.fn();
    act(() =>
      render(
        <SortableTable
          caption="Entities"
          rows={[{ id: 'a', n: 1 }]}
          rowKey={(r) => r.id}
          sort="n"
          direction="desc"
          onSort={onSort}
          columns={[
            { key: 'id', label: 'Name', cell: (r) => r.id },
            { key: 'n', label: 'Articles', numeric: true, cell: (r) => r.n },
          ]}
        />,
        root,
      ),
    );
    const headers = [...root.querySelectorAll('th')];
    expect(headers.map((h) => h.getAttribute('aria-sort'))).toEqual([null, 'descending']);
    act(() => headers[0]!.querySelector('button')!.click());
    expect(onSort).toHaveBeenCalledWith('id');
  });
});
