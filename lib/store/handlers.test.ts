import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { QUOTA_MESSAGE } from './errors';
import type { ArticleSeen, Sender } from '../messages';
import { defaultSettings, type Settings } from '../settings';
import { createStoreHandlers } from './handlers';
import { freshDb } from './test-db';

// The handlers never look names up; keep the curated base (edited by others) out of this test.
vi.mock('../kb', () => ({ entities: [], getEntity: () => undefined }));

const URL_A = 'https://morgenkurier.example/ausland/patruschew-teheran-raketen-100.html';
const seen: ArticleSeen = {
  meta: { url: URL_A, title: 'Patruschew in Teheran', site: 'Der Morgenkurier', lang: 'de', published: '2022-11-09T18:30:00+01:00' },
  mentions: [
    { entityId: 'nikolai-patrushev', count: 5, snippets: ['Patruschew ist in Teheran eingetroffen.'], firstOffset: 12 },
    { entityId: 'iran', count: 2, snippets: ['Iran liefert.'], firstOffset: 40 },
  ],
};
const normalTab: Sender = { tab: { incognito: false, url: 'http://127.0.0.1:4321/demo/patruschew-teheran.html' } as never };
const privateTab: Sender = { tab: { incognito: true, url: 'http://127.0.0.1:4321/demo/patruschew-teheran.html' } as never };

async function setup(settings: Partial<Settings> = {}) {
  const db = await freshDb();
  return { db, h: createStoreHandlers(db, async () => ({ ...defaultSettings, ...settings })) };
}

describe('article/seen', () => {
  it('records the article and its mentions', async () => {
    const { db, h } = await setup();
    expect(await h['article/seen'](seen, normalTab)).toEqual({ ok: true, value: { recorded: true, articleId: expect.any(Number), created: true } });
    expect(await db.articles.toArray()).toMatchObject([{ url: URL_A, title: 'Patruschew in Teheran', published: '2022-11-09T18:30:00+01:00' }]);
    expect(await db.mentions.count()).toBe(2);
  });

  it('records nothing from a private window by default', async () => {
    const { db, h } = await setup();
    expect(await h['article/seen'](seen, privateTab)).toEqual({ ok: true, value: { recorded: false, reason: 'private-window' } });
    expect(await db.articles.count()).toBe(0);
    expect(await db.mentions.count()).toBe(0);
  });

  it('records from a private window when the reader allows it', async () => {
    const { db, h } = await setup({ recordPrivate: true });
    expect(await h['article/seen'](seen, privateTab)).toMatchObject({ ok: true, value: { recorded: true } });
    expect(await db.articles.count()).toBe(1);
  });

  it.each([
    [{ paused: true }, 'paused'],
    [{ disabledSites: ['morgenkurier.example'] }, 'site-disabled'],
    [{ disabledSites: ['127.0.0.1'] }, 'site-disabled'],
  ] as const)('records nothing when %j', async (settings, reason) => {
    const { db, h } = await setup({ ...settings, disabledSites: [...(('disabledSites' in settings && settings.disabledSites) || [])] });
    expect(await h['article/seen'](seen, normalTab)).toEqual({ ok: true, value: { recorded: false, reason } });
    expect(await db.articles.count()).toBe(0);
  });

  it('says so when the article mentions nobody', async () => {
    const { h } = await setup();
    expect(await h['article/seen']({ ...seen, mentions: [] }, normalTab)).toEqual({ ok: true, value: { recorded: false, reason: 'no-mentions' } });
  });

  it.each([
    ['no meta', { mentions: [] }],
    ['a relative URL', { ...seen, meta: { ...seen.meta, url: '/ausland/a.html' } }],
    ['a non-web URL', { ...seen, meta: { ...seen.meta, url: 'file:///etc/passwd' } }],
    ['a mention without entity', { ...seen, mentions: [{ count: 1, snippets: [], firstOffset: 0 }] }],
    ['a zero count', { ...seen, mentions: [{ entityId: 'iran', count: 0, snippets: [], firstOffset: 0 }] }],
  ])('refuses a payload with %s', async (_, payload) => {
    const { db, h } = await setup();
    expect(await h['article/seen'](payload as never, normalTab)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await db.articles.count()).toBe(0);
  });

  it('trims what a page could make too long', async () => {
    const { db, h } = await setup();
    await h['article/seen']({ ...seen, meta: { ...seen.meta, title: 'T'.repeat(5000), author: '  Anna\n Brenner ' }, mentions: [{ entityId: 'iran', count: 1, snippets: ['a', 'b', 'c', 'd', 'x'.repeat(1000)], firstOffset: -3 }] }, normalTab);
    const [article] = await db.articles.toArray();
    expect(article?.title).toHaveLength(1000);
    expect(article?.author).toBe('Anna Brenner');
    expect(await db.mentions.toArray()).toMatchObject([{ snippets: ['a', 'b', 'c'], firstOffset: 0 }]);
  });
});

describe('notes and stats from the content script', () => {
  it('a note on a passage of a recorded article, then stats count it; delete and restore', async () => {
    const { h } = await setup();
    await h['article/seen'](seen, normalTab);
    const created = await h['note/create'](
      { text: 'Wer genau?', entityId: 'nikolai-patrushev', articleUrl: URL_A, quote: { exact: 'Patruschew', prefix: 'Nikolai ', suffix: ' ist' }, position: { start: 12, end: 22 } },
      normalTab,
    );
    expect(created).toMatchObject({ ok: true, value: { text: 'Wer genau?', articleId: expect.any(Number), quote: { exact: 'Patruschew' } } });
    expect(await h['entity/stats']({ entityId: 'nikolai-patrushev' }, normalTab)).toEqual({
      ok: true,
      value: { articles: 1, lastSeen: expect.any(Number), notes: 1, recent: [expect.objectContaining({ url: URL_A, count: 5, snippet: 'Patruschew ist in Teheran eingetroffen.' })] },
    });
    expect(await h['entity/notes']({ entityId: 'nikolai-patrushev' }, normalTab)).toMatchObject({ ok: true, value: [{ text: 'Wer genau?' }] });

    const id = created.ok ? created.value.id : '';
    expect(await h['note/update']({ id, text: 'Nikolai Patruschew, Sekretär' }, normalTab)).toMatchObject({ ok: true, value: { text: 'Nikolai Patruschew, Sekretär' } });
    expect(await h['note/delete']({ id }, normalTab)).toMatchObject({ ok: true, value: { deletedAt: expect.any(Number) } });
    expect(await h['entity/stats']({ entityId: 'nikolai-patrushev' }, normalTab)).toMatchObject({ value: { notes: 0 } });
    expect(await h['note/restore']({ id }, normalTab)).toMatchObject({ ok: true, value: { text: 'Nikolai Patruschew, Sekretär' } });
  });

  it('a note on an article that was not recorded is refused with a reason', async () => {
    const { h } = await setup();
    expect(await h['note/create']({ text: 'x', articleUrl: URL_A }, normalTab)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('no notes are saved from a private window by default', async () => {
    const { db, h } = await setup();
    expect(await h['note/create']({ text: 'x', entityId: 'iran' }, privateTab)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await db.notes.count()).toBe(0);
  });
});

describe('a full disk', () => {
  it('answers the quota error and tells the background once, then once more when writing works again', async () => {
    const db = await freshDb();
    const problems: (string | null)[] = [];
    const h = createStoreHandlers(db, async () => defaultSettings, { onStorageProblem: (p) => problems.push(p && p.message) });
    const full = vi.spyOn(db.mentions, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));

    expect(await h['article/seen'](seen, normalTab)).toEqual({ ok: false, error: { code: 'quota', message: QUOTA_MESSAGE } });
    expect(await h['article/seen'](seen, normalTab)).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await db.articles.count()).toBe(0);
    full.mockRestore();
    expect(await h['article/seen'](seen, normalTab)).toMatchObject({ ok: true, value: { recorded: true } });
    expect(await h['article/seen'](seen, normalTab)).toMatchObject({ ok: true });
    expect(problems).toEqual([QUOTA_MESSAGE, QUOTA_MESSAGE, null]);
  });
});
