import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleSeen } from '../messages';
import { recordVisit } from './articles';
import { coOccurring, entityOverview, entityStats, entityTimeline } from './entities';
import { createNote, deleteNote } from './notes';
import { freshDb } from './test-db';

// A fixed slice of the knowledge base, so these tests do not move when curators add entities.
vi.mock('../kb', () => {
  const e = (id: string, type: string, de: string, en: string, more: object = {}) => ({ id, type, names: { de, en }, description: { de: '', en: '' }, ...more });
  const entities = [
    e('iran', 'state', 'Iran', 'Iran', { names: { de: 'Iran', en: 'Iran', fa: 'ایران' } }),
    e('nikolai-patrushev', 'person', 'Nikolai Patruschew', 'Nikolai Patrushev', { aliases: ['Patruschew', 'Patrushev'] }),
    e('sergei-shoigu', 'person', 'Sergej Schoigu', 'Sergei Shoigu', { aliases: ['Schoigu', 'Shoigu', 'Choïgou'] }),
    e('irgc', 'organization', 'Iranische Revolutionsgarde', 'Islamic Revolutionary Guard Corps', { acronyms: ['IRGC'] }),
    e('shahed-136', 'weapon', 'Shahed-136', 'Shahed-136', { aliases: ['Geran-2'] }),
  ];
  return { entities, getEntity: (id: string) => entities.find((x) => x.id === id) };
});

const A = 'https://morgenkurier.example/ausland/patruschew-teheran-raketen-100.html';
const B = 'https://morgenkurier.example/ausland/schoigu-iran-nordkorea-100.html';
const C = 'https://other.example/drohnen';

function visit(url: string, published: string | undefined, mentions: [string, number, string[]][]): ArticleSeen {
  return {
    meta: { url, title: url.split('/').pop()!, site: 'x', lang: 'de', ...(published && { published }) },
    mentions: mentions.map(([entityId, count, snippets], i) => ({ entityId, count, snippets, firstOffset: i })),
  };
}

async function memory() {
  const db = await freshDb();
  await recordVisit(db, visit(A, '2022-11-09T17:30:00.000Z', [['nikolai-patrushev', 5, ['Patruschew ist in Teheran eingetroffen.']], ['iran', 4, ['Iran liefert Raketen.']], ['irgc', 1, ['Die IRGC bildet aus.']]]), 1000);
  await recordVisit(db, visit(B, '2024-09-18T07:15:00.000Z', [['sergei-shoigu', 3, ['Schoigu traf Laridschani.']], ['iran', 2, ['Schoigu im Iran.']]]), 2000);
  await recordVisit(db, visit(C, undefined, [['shahed-136', 2, ['Geran-2 über Kiew.']], ['iran', 1, ['Aus dem Iran.']]]), 3000);
  return db;
}

describe('entityOverview', () => {
  it('lists every entity with its number of articles and when it was last seen, latest first', async () => {
    const db = await memory();
    const rows = await entityOverview(db);
    expect(rows.map((r) => [r.entityId, r.articles, r.mentions, r.lastSeen, r.type])).toEqual([
      ['iran', 3, 7, 3000, 'state'],
      ['shahed-136', 1, 2, 3000, 'weapon'],
      ['sergei-shoigu', 1, 3, 2000, 'person'],
      ['nikolai-patrushev', 1, 5, 1000, 'person'],
      ['irgc', 1, 1, 1000, 'organization'],
    ]);
    expect(rows[0]?.entity?.names.de).toBe('Iran');
  });

  it('does not count a reloaded article twice', async () => {
    const db = await memory();
    await recordVisit(db, visit(B, '2024-09-18T07:15:00.000Z', [['sergei-shoigu', 3, ['Schoigu traf Laridschani.']], ['iran', 2, ['Schoigu im Iran.']]]), 4000);
    const iran = (await entityOverview(db)).find((r) => r.entityId === 'iran');
    expect(iran).toMatchObject({ articles: 3, mentions: 7, lastSeen: 4000 });
  });

  it('filters by type and sorts by number of articles', async () => {
    const db = await memory();
    expect((await entityOverview(db, { type: 'person' })).map((r) => r.entityId)).toEqual(['sergei-shoigu', 'nikolai-patrushev']);
    expect((await entityOverview(db, { sort: 'articles' })).map((r) => r.entityId)[0]).toBe('iran');
  });

  it.each([
    ['Schoigu', ['sergei-shoigu']],
    ['shoigu', ['sergei-shoigu']],
    ['choigou', ['sergei-shoigu']],
    ['Patrushev', ['nikolai-patrushev']],
    ['Revolutionary Guard', ['irgc']],
    ['IRGC', ['irgc']],
    ['geran', ['shahed-136']],
    ['ایران', ['iran']],
    ['Kim Jong Un', []],
  ])('search "%s" finds it by any name, alias or acronym', async (query, ids) => {
    const db = await memory();
    expect((await entityOverview(db, { search: query })).map((r) => r.entityId)).toEqual(ids);
  });

  it('finds the reader’s own entities by their names', async () => {
    const db = await memory();
    await db.ownEntities.add({ id: 'own:ali-larijani', type: 'person', names: ['Ali Laridschani', 'Larijani'], created: 1, updated: 1 });
    await recordVisit(db, visit(B, undefined, [['own:ali-larijani', 2, ['Schoigu traf Laridschani.']]]), 5000);
    expect(await entityOverview(db, { search: 'larijani' })).toMatchObject([{ entityId: 'own:ali-larijani', type: 'person', articles: 1 }]);
  });
});

describe('entityTimeline', () => {
  it('gives one entity’s articles newest first, by publication date, else first visit, with snippets', async () => {
    const db = await memory();
    const timeline = await entityTimeline(db, 'iran');
    expect(timeline.map((t) => [t.article.url, t.count, t.snippets])).toEqual([
      [B, 2, ['Schoigu im Iran.']],
      [A, 4, ['Iran liefert Raketen.']],
      // No publication date: placed by its first visit (3000 ms after the epoch, so last here).
      [C, 1, ['Aus dem Iran.']],
    ]);
    expect(await entityTimeline(db, 'nobody')).toEqual([]);
  });
});

describe('coOccurring', () => {
  it('counts the articles each other entity shares with it', async () => {
    const db = await memory();
    await recordVisit(db, visit('https://x.example/4', undefined, [['sergei-shoigu', 1, []], ['nikolai-patrushev', 1, []]]), 4000);
    expect((await coOccurring(db, 'sergei-shoigu')).map((c) => [c.entityId, c.articles])).toEqual([
      ['iran', 1],
      ['nikolai-patrushev', 1],
    ]);
    expect((await coOccurring(db, 'iran')).map((c) => [c.entityId, c.articles])).toEqual([
      ['irgc', 1],
      ['nikolai-patrushev', 1],
      ['sergei-shoigu', 1],
      ['shahed-136', 1],
    ]);
    expect((await coOccurring(db, 'nikolai-patrushev')).map((c) => [c.entityId, c.articles])).toEqual([
      ['iran', 1],
      ['irgc', 1],
      ['sergei-shoigu', 1],
    ]);
  });
});

describe('entityStats', () => {
  it('says in how many articles the reader met it, when last, where lately, and how many live notes there are', async () => {
    const db = await memory();
    await createNote(db, { text: 'a', entityId: 'iran' });
    const gone = await createNote(db, { text: 'b', entityId: 'iran' });
    if (gone.ok) await deleteNote(db, gone.value.id);
    const stats = await entityStats(db, 'iran');
    expect(stats).toMatchObject({ articles: 3, lastSeen: 3000, notes: 1 });
    // Where the reader met it lately, latest first, with the first snippet there.
    expect(stats.recent).toEqual([
      { url: C, title: 'drohnen', site: 'x', lastSeen: 3000, count: 1, snippet: 'Aus dem Iran.' },
      { url: B, title: 'schoigu-iran-nordkorea-100.html', site: 'x', lastSeen: 2000, count: 2, snippet: 'Schoigu im Iran.', published: '2024-09-18T07:15:00.000Z' },
      { url: A, title: 'patruschew-teheran-raketen-100.html', site: 'x', lastSeen: 1000, count: 4, snippet: 'Iran liefert Raketen.', published: '2022-11-09T17:30:00.000Z' },
    ]);
    expect(await entityStats(db, 'nobody')).toEqual({ articles: 0, notes: 0, recent: [] });
  });
});

describe('live pages', () => {
  it('a page watching the overview through liveQuery sees a new visit without asking again', async () => {
    const db = await memory();
    const emitted: string[][] = [];
    let resolveNext: (() => void) | undefined;
    const subscription = liveQuery(() => entityOverview(db, { type: 'person' })).subscribe({
      next: (rows) => {
        emitted.push(rows.map((r) => `${r.entityId}:${r.articles}`));
        resolveNext?.();
      },
      error: (e) => { throw e; },
    });
    const nextEmission = () => new Promise<void>((r) => (resolveNext = r));
    await nextEmission();
    expect(emitted.at(-1)).toEqual(['sergei-shoigu:1', 'nikolai-patrushev:1']);

    const updated = nextEmission();
    await recordVisit(db, visit('https://x.example/5', undefined, [['nikolai-patrushev', 2, ['Patruschew wieder.']]]), 9000);
    await updated;
    subscription.unsubscribe();
    expect(emitted.at(-1)).toEqual(['nikolai-patrushev:2', 'sergei-shoigu:1']);
  });
});
