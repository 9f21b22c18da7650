import { describe, expect, it } from 'vitest';
import { entityName, groupByType, queryEntities, type EntityView } from './entities';

const view = (id: string, name: string, type: EntityView['type'], articles: number, lastSeen: number, mentions = articles): EntityView => ({ id, name, type, articles, lastSeen, mentions });

const VIEWS: EntityView[] = [
  view('sergei-shoigu', 'Sergei Shoigu', 'person', 2, 300, 9),
  view('iran', 'Iran', 'state', 5, 200, 20),
  view('irgc', 'Islamic Revolutionary Guard Corps', 'organization', 3, 500, 4),
  view('shahed-136', 'Shahed-136', 'weapon', 1, 100, 2),
  view('nikolai-patrushev', 'Nikolai Patrushev', 'person', 1, 400, 5),
];

describe('queryEntities', () => {
  it.each([
    ['Schoigu', ['sergei-shoigu']],
    ['shoigu', ['sergei-shoigu']],
    ['Шойгу', ['sergei-shoigu']],
    ['Patruschew', ['nikolai-patrushev']],
    ['IRGC', ['irgc']],
    ['Revolutionsgarden', ['irgc']],
  ])('finds an entity by any of its names: %s', (search, ids) => {
    expect(queryEntities(VIEWS, { search }, 'en').map((v) => v.id)).toEqual(ids);
  });

  it('keeps one type', () => {
    expect(queryEntities(VIEWS, { type: 'person' }, 'en').map((v) => v.id)).toEqual(['nikolai-patrushev', 'sergei-shoigu']);
  });

  it.each([
    ['lastSeen', undefined, ['irgc', 'nikolai-patrushev', 'sergei-shoigu', 'iran', 'shahed-136']],
    ['articles', undefined, ['iran', 'irgc', 'sergei-shoigu', 'nikolai-patrushev', 'shahed-136']],
    ['mentions', undefined, ['iran', 'sergei-shoigu', 'nikolai-patrushev', 'irgc', 'shahed-136']],
    ['name', undefined, ['iran', 'irgc', 'nikolai-patrushev', 'sergei-shoigu', 'shahed-136']],
    ['name', 'desc', ['shahed-136', 'sergei-shoigu', 'nikolai-patrushev', 'irgc', 'iran']],
    ['articles', 'asc', ['nikolai-patrushev', 'shahed-136', 'sergei-shoigu', 'irgc', 'iran']],
  ] as const)('sorts by %s %s', (sort, direction, ids) => {
    expect(queryEntities(VIEWS, { sort, direction }, 'en').map((v) => v.id)).toEqual(ids);
  });

  it('combines search and type: nothing when they disagree', () => {
    expect(queryEntities(VIEWS, { search: 'Schoigu', type: 'weapon' }, 'en')).toEqual([]);
  });
});

describe('groupByType', () => {
  it('groups in the fixed order and leaves out empty groups', () => {
    const groups = groupByType([
      { id: 'a', type: 'weapon' },
      { id: 'b', type: 'person' },
      { id: 'c', type: 'weapon' },
      { id: 'd', type: 'something-new' },
    ]);
    expect(groups.map((g) => [g.type, g.items.map((i) => i.id)])).toEqual([
      ['person', ['b']],
      ['weapon', ['a', 'c']],
      ['other', ['d']],
    ]);
  });
});

describe('entityName', () => {
  it('names an entity in the UI language, an own entity by its first name, else by id', () => {
    expect(entityName('sergei-shoigu', 'de')).toBe('Sergej Schoigu');
    expect(entityName('sergei-shoigu', 'en')).toBe('Sergei Shoigu');
    expect(entityName('own:x', 'de', { names: ['Mein Akteur'] })).toBe('Mein Akteur');
    expect(entityName('gone', 'en')).toBe('gone');
  });
});
