// The cross-article memory in real browsers: what the content script reports lands in the
// background's IndexedDB, once per article, readable from an extension page, and survives a restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type ExtensionBrowser, type Tab } from './fixtures';
import { readStores } from './in-page';
import {
  CHROME_BUILD, CHROMIUM_PATH, FIREFOX_BUILD, FIREFOX_PATH, FIREFOX_UUID, GECKO_ID,
} from '../../scripts/browsers.mjs';

const URL_A = 'https://morgenkurier.example/ausland/patruschew-teheran-raketen-100.html';
const URL_B = 'https://morgenkurier.example/ausland/schoigu-iran-nordkorea-100.html';
const WAIT_MS = 20_000;

interface StoredArticle { id: number; url: string; title: string; site: string; lang: string; author?: string; published?: string; firstSeen: number; lastSeen: number }
interface StoredMention { articleId: number; entityId: string; count: number; snippets: string[]; firstOffset: number; lastSeen: number }
interface Memory { articles: StoredArticle[]; mentions: StoredMention[] }

/** The memory as the popup and dashboard see it (same origin as the background), read from an extension page. */
async function readMemory(page: Pick<Tab, 'evaluate'>): Promise<Memory | null> {
  const stores = await page.evaluate(readStores, ['articles', 'mentions']);
  return stores && { articles: stores.articles as StoredArticle[], mentions: stores.mentions as StoredMention[] };
}

/** Polls the memory from an extension page until `ready` holds for it. */
async function memoryWhen(page: Pick<Tab, 'evaluate'>, ready: (m: Memory) => boolean, what: string): Promise<Memory> {
  const deadline = Date.now() + WAIT_MS;
  let last: Memory | null = null;
  while (Date.now() < deadline) {
    last = await readMemory(page);
    if (last && ready(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The memory never showed ${what}; last seen: ${JSON.stringify(last)?.slice(0, 2000)}`);
}

/** One article's entities as {entityId: {count, snippets}}. */
function entitiesOf(memory: Memory, url: string): Record<string, { count: number; snippets: string[] }> {
  const article = memory.articles.find((a) => a.url === url);
  if (!article) return {};
  return Object.fromEntries(
    memory.mentions.filter((m) => m.articleId === article.id).map((m) => [m.entityId, { count: m.count, snippets: m.snippets }]),
  );
}

// Both run in an extension page. Firefox's promise-returning API is `browser` (its MV2 `chrome`
// takes callbacks and returns undefined); Chrome has only `chrome`.
type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };

/** Sent from an extension page, as a content script would send it after annotating. */
function reportArticle(payload: unknown): Promise<unknown> {
  const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
  return (g.browser ?? g.chrome).runtime.sendMessage({ lagebild: 1, type: 'article/seen', payload });
}

/** The same report from three places at once (a reload, two tabs). */
function reportArticleThrice(payload: unknown): Promise<unknown[]> {
  const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
  const runtime = (g.browser ?? g.chrome).runtime;
  return Promise.all([1, 2, 3].map(() => runtime.sendMessage({ lagebild: 1, type: 'article/seen', payload })));
}

const REPORT = {
  meta: { url: 'https://news.example/iran-drohnen', title: 'Drohnen aus dem Iran', site: 'News', lang: 'de', published: '2024-01-02T03:04:05.000Z' },
  mentions: [
    { entityId: 'iran', count: 3, snippets: ['Der Iran liefert Drohnen.'], firstOffset: 4 },
    { entityId: 'shahed-136', count: 2, snippets: ['Shahed-136 über Kiew.'], firstOffset: 30 },
  ],
};

test('the background records a reported article once, however often it is reported', async ({ ext }) => {
  const popup = await ext.openPopup();
  const first = (await popup.evaluate(reportArticle, REPORT)) as { value: { articleId: number } };
  expect(first).toEqual({ ok: true, value: { recorded: true, articleId: expect.any(Number), created: true } });
  // A reload reports the same counts again; two tabs report at once.
  const again = await popup.evaluate(reportArticleThrice, REPORT);
  const sameArticle = { ok: true, value: { recorded: true, articleId: first.value.articleId, created: false } };
  expect(again).toEqual([sameArticle, sameArticle, sameArticle]);

  const memory = await memoryWhen(popup, (m) => m.articles.length > 0, 'the reported article');
  expect(memory.articles).toMatchObject([{ url: REPORT.meta.url, title: 'Drohnen aus dem Iran', published: '2024-01-02T03:04:05.000Z' }]);
  expect(entitiesOf(memory, REPORT.meta.url)).toEqual({
    iran: { count: 3, snippets: ['Der Iran liefert Drohnen.'] },
    'shahed-136': { count: 2, snippets: ['Shahed-136 über Kiew.'] },
  });
});

// The content script sends article/seen after reading each article (lib/page/recording.ts).
test('reading both demo articles: Iran-related actors from both, with counts and snippets; a reload doubles nothing', async ({ ext, demo }) => {
  await ext.openPage(demo('patruschew-teheran.html'));
  const schoigu = await ext.openPage(demo('schoigu-iran.html'));
  const popup = await ext.openPopup();

  const memory = await memoryWhen(popup, (m) => [URL_A, URL_B].every((u) => m.articles.some((a) => a.url === u)), 'both demo articles');
  expect(memory.articles.map((a) => a.url).sort()).toEqual([URL_A, URL_B]);
  expect(memory.articles.find((a) => a.url === URL_B)).toMatchObject({
    title: 'Shoigu traf wenige Tage nach seinem Besuch in Nordkorea im Iran ein',
    site: 'Der Morgenkurier', lang: 'de', author: 'Jana Wolff', published: '2024-09-18T07:15:00.000Z',
  });

  const a = entitiesOf(memory, URL_A);
  const b = entitiesOf(memory, URL_B);
  // Iran in both, and the actors each report is about, each with a count and the sentence around it.
  for (const [entities, ids] of [[a, ['iran', 'nikolai-patrushev', 'ali-shamkhani']], [b, ['iran', 'sergei-shoigu', 'masoud-pezeshkian']]] as const) {
    for (const id of ids) {
      expect(entities[id]?.count, id).toBeGreaterThanOrEqual(1);
      expect(entities[id]?.snippets.length, id).toBeGreaterThanOrEqual(1);
    }
  }
  expect(a['nikolai-patrushev']!.count).toBeGreaterThanOrEqual(3);
  expect(a['nikolai-patrushev']!.snippets.join(' ')).toMatch(/Patruschew/);
  expect(b['sergei-shoigu']!.snippets.join(' ')).toMatch(/Schoigu|Shoigu/);
  for (const snippet of [...a.iran!.snippets, ...b.iran!.snippets]) expect(snippet).toMatch(/iran/i);
  for (const snippet of Object.values({ ...a, ...b }).flatMap((e) => e.snippets)) {
    expect(snippet.length).toBeLessThanOrEqual(242);
    expect(snippet).not.toMatch(/\u00ad|\s{2}/);
  }

  // Reload one article: its record is updated (last seen moves), nothing is counted twice.
  const before = memory.articles.find((x) => x.url === URL_B)!.lastSeen;
  await (schoigu.raw as { reload(): Promise<unknown> }).reload();
  const after = await memoryWhen(popup, (m) => (m.articles.find((x) => x.url === URL_B)?.lastSeen ?? 0) > before, 'the reload of the second article');
  expect(after.articles).toHaveLength(2);
  expect(after.mentions).toHaveLength(memory.mentions.length);
  expect(entitiesOf(after, URL_B)).toEqual(b);
  expect(entitiesOf(after, URL_A)).toEqual(a);
});

test('close the browser and reopen it on the same profile: the memory is still there', async ({ target, demo }) => {
  const profile = await mkdtemp(join(tmpdir(), `lagebild-${target}-profile-`));
  try {
    let browser = await launchOnProfile(target, profile);
    let popup = await browser.openPopup();
    const recorded = await popup.evaluate(reportArticle, REPORT);
    expect(recorded).toMatchObject({ ok: true, value: { recorded: true } });
    const article = await browser.openPage(demo('patruschew-teheran.html'));
    await memoryWhen(popup, (m) => m.articles.some((a) => a.url === URL_A), 'the demo article');
    await article.close();
    const before = await readMemory(popup);
    await browser.close();

    browser = await launchOnProfile(target, profile);
    popup = await browser.openPopup();
    const after = await memoryWhen(popup, (m) => m.articles.length > 0, 'the memory after a restart');
    // What the reader kept: the same articles, first seen at the same time, with the same entities,
    // counts and snippets.
    const kept = (m: Memory) =>
      m.articles.map((a) => ({ url: a.url, title: a.title, firstSeen: a.firstSeen, entities: entitiesOf(m, a.url) })).sort((x, y) => x.url.localeCompare(y.url));
    expect(kept(after)).toEqual(kept(before!));
    expect(kept(after).map((a) => a.url)).toEqual([REPORT.meta.url, URL_A].sort());
    expect(entitiesOf(after, REPORT.meta.url)).toMatchObject({ iran: { count: 3 } });
    expect(entitiesOf(after, URL_A)['nikolai-patrushev']?.count).toBeGreaterThanOrEqual(3);
    await browser.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

/**
 * The built extension in a browser whose profile outlives it. The shared fixtures give every test
 * a throwaway profile, so this restart test launches its own. Firefox removes a temporary add-on
 * when it quits: it is installed again on the next start, and the two prefs below keep its
 * storage and address across that, as they would be kept for an add-on installed for good.
 */
const chromiumIds = new Map<string, string>();

async function launchOnProfile(target: 'chromium' | 'firefox', profile: string): Promise<Pick<ExtensionBrowser, 'openPage' | 'openPopup' | 'close'>> {
  if (target === 'chromium') {
    const { chromium } = await import('@playwright/test');
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--no-first-run', '--disable-sync', `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
    });
    // On a second start the service worker may stay asleep until something needs it, so its
    // 'serviceworker' event never comes: the id of an unpacked extension depends only on its
    // path, so the one learnt at the first start is used again.
    const [running] = context.serviceWorkers();
    let id = running ? new URL(running.url()).host : chromiumIds.get(profile);
    if (!id) id = new URL((await context.waitForEvent('serviceworker', { timeout: WAIT_MS })).url()).host;
    chromiumIds.set(profile, id);
    const base = `chrome-extension://${id}/`;
    const open = async (url: string) => {
      const page = await context.newPage();
      await page.goto(url);
      return { evaluate: ((fn, arg) => page.evaluate(fn as never, arg as never)) as Tab['evaluate'], close: () => page.close(), raw: page } as Tab;
    };
    return { openPage: open, openPopup: () => open(`${base}popup.html`), close: () => context.close() };
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const wrap = (page: Awaited<ReturnType<typeof browser.newPage>>) =>
    ({ evaluate: ((fn, arg) => page.evaluate(fn as never, arg as never)) as Tab['evaluate'], close: () => page.close(), raw: page }) as Tab;
  return {
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return wrap(page);
    },
    async openPopup() {
      const page = await browser.newPage();
      const url = `moz-extension://${FIREFOX_UUID}/popup.html`;
      // Over BiDi, goto() to a moz-extension:// page never settles although the page loads.
      page.goto(url).catch(() => {});
      // Evaluating while the navigation swaps documents can fail with a protocol error: poll.
      const deadline = Date.now() + WAIT_MS;
      for (;;) {
        const loaded = await page
          .evaluate((u: string) => location.href === u && document.readyState === 'complete', url)
          .catch(() => false);
        if (loaded) return wrap(page);
        if (Date.now() > deadline) throw new Error(`${url} did not load`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    close: () => browser.close(),
  };
}
