import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleSeen, MentionSummary } from '../messages';
import { articleDetail, getArticleByUrl, recordVisit } from './articles';
import { QUOTA_MESSAGE } from './errors';
import { createNote } from './notes';
import { freshDb } from './test-db';

// Name lookups are not under test here; keep the curated base (edited by others) out of it.
vi.mock('../kb', () => ({ entities: [], getEntity: () => undefined }));

const URL_A = 'https://morgenkurier.example/ausland/patruschew-teheran-raketen-100.html';
const URL_B = 'https://morgenkurier.example/ausland/schoigu-iran-nordkorea-100.html';

function seen(url: string, mentions: Record<string, number>, title = 'Titel'): ArticleSeen {
  return {
    meta: { url, title, site: 'Der Morgenkurier', lang: 'de', author: 'Anna Brenner', published: '2022-11-09T17:30:00.000Z' },
    mentions: Object.entries(mentions).map(
      ([entityId, count], i): MentionSummary => ({ entityId, count, snippets: [`${entityId} kommt ${count}-mal vor.`], firstOffset: i * 10 }),
    ),
  };
}

async function countsOf(db: Awaited<ReturnType<typeof freshDb>>, url: string) {
  const article = await getArticleByUrl(db, url);
  const rows = await db.mentions.where('articleId').equals(article!.id).toArray();
  return Object.fromEntries(rows.map((m) => [m.entityId, m.count]));
}

describe('recordVisit', () => {
  it('records the article with its meta and one row per entity', async () => {
    const db = await freshDb();
    const result = await recordVisit(db, seen(URL_A, { 'nikolai-patrushev': 5, iran: 2 }, 'Patruschew in Teheran'), 1000);
    expect(result).toEqual({ ok: true, value: { articleId: expect.any(Number), created: true } });
    expect(await db.articles.toArray()).toEqual([
      {
        id: expect.any(Number), url: URL_A, title: 'Patruschew in Teheran', site: 'Der Morgenkurier', lang: 'de',
        author: 'Anna Brenner', published: '2022-11-09T17:30:00.000Z', firstSeen: 1000, lastSeen: 1000,
      },
    ]);
    expect(await countsOf(db, URL_A)).toEqual({ 'nikolai-patrushev': 5, iran: 2 });
    const detail = await articleDetail(db, (await getArticleByUrl(db, URL_A))!.id);
    expect(detail?.mentions.map((m) => [m.entityId, m.count, m.snippets])).toEqual([
      ['nikolai-patrushev', 5, ['nikolai-patrushev kommt 5-mal vor.']],
      ['iran', 2, ['iran kommt 2-mal vor.']],
    ]);
  });

  it('records nothing for an article that mentions no entity', async () => {
    const db = await freshDb();
    expect(await recordVisit(db, seen(URL_A, {}))).toEqual({ ok: true, value: null });
    expect(await db.articles.count()).toBe(0);
  });

  it('a reload or revisit replaces the counts instead of adding them, and keeps the first visit', async () => {
    const db = await freshDb();
    await recordVisit(db, seen(URL_A, { 'nikolai-patrushev': 5, iran: 2 }), 1000);
    const again = await recordVisit(db, seen(URL_A, { 'nikolai-patrushev': 5, iran: 2 }), 2000);
    expect(again).toMatchObject({ ok: true, value: { created: false } });
    expect(await db.articles.count()).toBe(1);
    expect(await countsOf(db, URL_A)).toEqual({ 'nikolai-patrushev': 5, iran: 2 });

    // The article changed (a live update): the latest visit's counts win, a vanished entity goes.
    await recordVisit(db, seen(URL_A, { 'nikolai-patrushev': 6, 'ali-shamkhani': 1 }, 'Neuer Titel'), 3000);
    expect(await countsOf(db, URL_A)).toEqual({ 'nikolai-patrushev': 6, 'ali-shamkhani': 1 });
    expect(await db.articles.toArray()).toMatchObject([{ title: 'Neuer Titel', firstSeen: 1000, lastSeen: 3000 }]);
  });

  it('a later visit that finds no entity (page failed to render) forgets nothing', async () => {
    const db = await freshDb();
    await recordVisit(db, seen(URL_A, { iran: 2 }), 1000);
    await recordVisit(db, seen(URL_A, {}), 2000);
    expect(await countsOf(db, URL_A)).toEqual({ iran: 2 });
    expect(await db.articles.toArray()).toMatchObject([{ lastSeen: 1000 }]);
  });

  it('a revisit without author or date keeps the ones recorded before', async () => {
    const db = await freshDb();
    await recordVisit(db, seen(URL_A, { iran: 1 }), 1000);
    await recordVisit(db, { meta: { url: URL_A, title: 'T', site: '', lang: '' }, mentions: [{ entityId: 'iran', count: 1, snippets: [], firstOffset: 0 }] }, 2000);
    expect(await db.articles.toArray()).toMatchObject([{ author: 'Anna Brenner', published: '2022-11-09T17:30:00.000Z', site: 'Der Morgenkurier', lang: 'de' }]);
  });

  it('two tabs writing at once lose nothing and double nothing', async () => {
    const db = await freshDb();
    // Two different articles and the same article twice, all in flight together.
    const results = await Promise.all([
      recordVisit(db, seen(URL_A, { 'nikolai-patrushev': 5, iran: 2 }), 1000),
      recordVisit(db, seen(URL_B, { 'sergei-shoigu': 4, iran: 3 }), 1000),
      recordVisit(db, seen(URL_A, { 'nikolai-patrushev': 5, iran: 2 }), 1001),
      recordVisit(db, seen(URL_B, { 'sergei-shoigu': 4, iran: 3 }), 1001),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await db.articles.toArray()).map((a) => a.url).sort()).toEqual([URL_A, URL_B]);
    expect(await countsOf(db, URL_A)).toEqual({ 'nikolai-patrushev': 5, iran: 2 });
    expect(await countsOf(db, URL_B)).toEqual({ 'sergei-shoigu': 4, iran: 3 });
    expect(results.filter((r) => r.ok && r.value?.created)).toHaveLength(2);
  });

  it('merges repeated summaries of one entity instead of keeping only one of them', async () => {
    const db = await freshDb();
    await recordVisit(db, {
      meta: seen(URL_A, {}).meta,
      mentions: [
        { entityId: 'iran', count: 2, snippets: ['Eins.', 'Zwei.'], firstOffset: 50 },
        { entityId: 'iran', count: 1, snippets: ['Zwei.', 'Drei.', 'Vier.'], firstOffset: 5 },
      ],
    });
    expect(await db.mentions.toArray()).toMatchObject([{ entityId: 'iran', count: 3, firstOffset: 5, snippets: ['Eins.', 'Zwei.', 'Drei.'] }]);
  });

  describe('when the disk is full', () => {
    const quotaErrors = [
      ['a DOMException QuotaExceededError', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
      ['Dexie.QuotaExceededError', () => new Dexie.QuotaExceededError('Quota exceeded')],
      ['an AbortError caused by one', () => new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError'))],
    ] as const;

    it.each(quotaErrors)('answers a clear quota error for %s and keeps what was stored', async (_, makeError) => {
      const db = await freshDb();
      await recordVisit(db, seen(URL_A, { iran: 2 }), 1000);
      const note = await createNote(db, { text: 'Raketen beobachten', entityId: 'iran' });
      vi.spyOn(db.mentions, 'bulkPut').mockRejectedValue(makeError());

      const revisit = await recordVisit(db, seen(URL_A, { iran: 7 }), 2000);
      const newArticle = await recordVisit(db, seen(URL_B, { 'sergei-shoigu': 4 }), 2000);
      expect(revisit).toEqual({ ok: false, error: { code: 'quota', message: QUOTA_MESSAGE } });
      expect(newArticle).toEqual({ ok: false, error: { code: 'quota', message: QUOTA_MESSAGE } });
      expect(QUOTA_MESSAGE).toMatch(/disk is full|quota/);

      // The failed transactions were rolled back as a whole: the old counts and meta, no half article.
      expect(await db.articles.toArray()).toMatchObject([{ url: URL_A, lastSeen: 1000 }]);
      expect(await countsOf(db, URL_A)).toEqual({ iran: 2 });
      expect(await db.notes.get(note.ok ? note.value.id : '')).toMatchObject({ text: 'Raketen beobachten' });

      vi.restoreAllMocks();
      expect(await recordVisit(db, seen(URL_B, { 'sergei-shoigu': 4 }), 3000)).toMatchObject({ ok: true });
      expect(await countsOf(db, URL_B)).toEqual({ 'sergei-shoigu': 4 });
    });
  });
});
