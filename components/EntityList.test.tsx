// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import de from '../public/_locales/de/messages.json';
import type { EntityQuery, EntityView } from '../lib/ui/entities';
import { I18nContext, translator } from '../lib/ui/i18n';
import { EntityList } from './EntityList';

const VIEWS: EntityView[] = [
  { id: 'sergei-shoigu', name: 'Sergej Schoigu', type: 'person', articles: 2, mentions: 6, lastSeen: Date.UTC(2024, 8, 18) },
  { id: 'iran', name: 'Iran', type: 'state', articles: 3, mentions: 12, lastSeen: Date.UTC(2024, 8, 19) },
  { id: 'shahed-136', name: 'Shahed-136', type: 'weapon', articles: 1, mentions: 2, lastSeen: Date.UTC(2024, 8, 1) },
];

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(query: EntityQuery, onOpen = vi.fn(), onQueryChange = vi.fn()) {
  act(() => {
    render(
      <I18nContext.Provider value={{ t: translator(de), lang: 'de' }}>
        <EntityList entities={VIEWS} query={query} onQueryChange={onQueryChange} onOpen={onOpen} />
      </I18nContext.Provider>,
      root,
    );
  });
  const rows = [...root.querySelectorAll<HTMLElement>('.entity-row')];
  return { rows, names: rows.map((r) => r.querySelector('.name')!.textContent), onOpen, onQueryChange };
}

describe('EntityList', () => {
  it('lists name, type, articles and last seen, most recent first', () => {
    const { rows, names } = show({});
    expect(names).toEqual(['Iran', 'Sergej Schoigu', 'Shahed-136']);
    expect(rows[1]!.textContent).toContain('Person');
    expect(rows[1]!.textContent).toContain('2 Artikel');
    expect(rows[1]!.textContent).toContain('zuletzt 18. Sept. 2024');
    expect(root.querySelector('.summary')!.textContent).toBe('3 Einträge');
  });

  it('finds an entity by another spelling of its name: Shoigu finds Schoigu', () => {
    const { names } = show({ search: 'Shoigu' });
    expect(names).toEqual(['Sergej Schoigu']);
    expect(root.querySelector('.summary')!.textContent).toBe('1 von 3 angezeigt');
  });

  it('says so when nothing matches', () => {
    show({ search: 'Xyzzy' });
    expect(root.querySelector('.empty')!.textContent).toContain('Kein Eintrag passt zu „Xyzzy“.');
  });

  it('filters by type and sorts as chosen', () => {
    expect(show({ type: 'weapon' }).names).toEqual(['Shahed-136']);
    expect(show({ sort: 'name' }).names).toEqual(['Iran', 'Sergej Schoigu', 'Shahed-136']);
    expect(show({ sort: 'articles', direction: 'asc' }).names).toEqual(['Shahed-136', 'Sergej Schoigu', 'Iran']);
  });

  it('reports the reader’s choices and opens an entity on click', () => {
    const { rows, onOpen, onQueryChange } = show({});
    act(() => rows[0]!.click());
    expect(onOpen).toHaveBeenCalledWith('iran');
    const select = root.querySelector<HTMLSelectElement>('select[name="entity-type"]')!;
    act(() => {
      select.value = 'person';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onQueryChange).toHaveBeenCalledWith({ type: 'person' });
  });

  it('teaches the first step when nothing was collected', () => {
    act(() => {
      render(
        <I18nContext.Provider value={{ t: translator(de), lang: 'de' }}>
          <EntityList entities={[]} query={{}} onQueryChange={() => {}} onOpen={() => {}} />
        </I18nContext.Provider>,
        root,
      );
    });
    expect(root.textContent).toContain('Öffne einen Nachrichtenartikel');
  });
});

describe('EntityList with a long history', () => {
  it('draws the first rows and the rest on request', () => {
    const many: EntityView[] = Array.from({ length: 250 }, (_, i) => ({ id: `own:${i}`, name: `E${i}`, type: 'person', articles: 1, mentions: 1, lastSeen: i }));
    act(() => {
      render(
        <I18nContext.Provider value={{ t: translator(de), lang: 'de' }}>
          <EntityList entities={many} query={{}} onQueryChange={() => {}} onOpen={() => {}} />
        </I18nContext.Provider>,
        root,
      );
    });
    expect(root.querySelectorAll('.entity-row')).toHaveLength(100);
    const more = root.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent).toBe('150 weitere zeigen');
    act(() => more.click());
    expect(root.querySelectorAll('.entity-row')).toHaveLength(250);
  });
});
