import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyScope, describeScope } from './scope';
import { readSnapshot } from './snapshot';
import { ARTICLE_A, ARTICLE_B, hostileDb } from './test-data';

describe('applyScope', () => {
  it('all is everything', async () => {
    const s = await readSnapshot(await hostileDb());
    expect(applyScope(s, { kind: 'all' })).toBe(s);
  });

  it('one entity: its articles, its mentions, its notes and the passage notes on those articles', async () => {
    const s = applyScope(await readSnapshot(await hostileDb()), { kind: 'entity', entityId: 'irgc' });
    expect(s.articles.map((a) => a.url)).toEqual([ARTICLE_B.url]);
    expect(s.mentions.map((m) => m.entityId)).toEqual(['irgc']);
    expect(s.notes.map((n) => n.entityId ?? `passage ${n.articleId}`)).toEqual([`passage ${s.articles[0]!.id}`, 'irgc']);
  });

  it('a date range: articles by publication date, else first visit; whole days in UTC; open ends', async () => {
    const all = await readSnapshot(await hostileDb());
    const day = (from?: string, to?: string) => applyScope(all, { kind: 'range', from, to }).articles.map((a) => a.url);
    expect(day('2024-09-18', '2024-09-18')).toEqual([ARTICLE_A.url]);
    expect(day('2024-09-19')).toEqual([ARTICLE_B.url]);
    expect(day(undefined, '2024-09-19')).toEqual([ARTICLE_A.url, ARTICLE_B.url]);
    expect(day('2025-01-01')).toEqual([]);
    const s = applyScope(all, { kind: 'range', from: '2024-09-19', to: '2024-09-19' });
    expect(s.mentions.every((m) => m.articleId === s.articles[0]!.id)).toBe(true);
    expect(() => applyScope(all, { kind: 'range', from: 'gestern' })).toThrow(RangeError);
  });

  it('describes itself for file headers', () => {
    expect(describeScope({ kind: 'entity', entityId: 'iran' })).toBe('entity iran');
    expect(describeScope({ kind: 'range', from: '2024-09-01' })).toBe('2024-09-01 – …');
  });
});
