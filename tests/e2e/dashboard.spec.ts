// The dashboard in real Chromium and Firefox, after reading the demo articles: sortable tables,
// the timeline and the actor network, an entity opened from the network with a note added there,
// and updates while the reader goes on reading in another tab. Chromium also takes the screenshots
// of popup and dashboard in German and English.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from '@playwright/test';
import { launchChromium } from '../../scripts/browsers.mjs';
import { test, expect, type Tab } from './fixtures';
import { DashboardPage, PopupPage } from './pages/popup-page';

const SHOTS = process.env.LAGEBILD_SHOTS ?? join('test-results', 'screenshots');

/** In the article (serialised, self-contained): true once Lagebild has read the page. */
function lagebildReady(): boolean {
  let answer: string | null = null;
  const listener = (event: Event) => {
    answer = (event as CustomEvent<string>).detail;
  };
  document.addEventListener('lagebild:answer', listener);
  document.dispatchEvent(new CustomEvent('lagebild:query'));
  document.removeEventListener('lagebild:answer', listener);
  return answer !== null && JSON.parse(answer).ready === true;
}

async function read(tab: Tab): Promise<Tab> {
  await tab.waitFor(lagebildReady);
  return tab;
}

test('tables, timeline and network of what was read; an entity opened from the network takes a note; reading on updates it live', async ({ ext, demo }) => {
  await read(await ext.openPage(demo('patruschew-teheran.html')));
  await read(await ext.openPage(demo('schoigu-iran.html')));
  const dashboard = await DashboardPage.open(ext);
  const lang = await dashboard.lang();
  await dashboard.waitForEntity('sergei-shoigu');
  await dashboard.waitForEntity('nikolai-patrushev');

  // Entities: most articles first, Iran (in both) among the first; a header click sorts by name.
  const rows = await dashboard.entityTable();
  const articles = rows.map((r) => Number(r.cells[2]));
  expect(articles).toEqual([...articles].sort((a, b) => b - a));
  expect(rows.find((r) => r.id === 'iran')!.cells[2]).toBe('2');
  expect(await dashboard.sortTable('entities', 1)).toBe('ascending');
  const names = (await dashboard.entityTable()).map((r) => r.cells[0]!);
  expect(names).toEqual([...names].sort(new Intl.Collator(lang, { sensitivity: 'base', numeric: true }).compare));
  expect(await dashboard.sortTable('entities', 1)).toBe('descending');

  // Export and import are at hand on the dashboard too (issue #7): every format, and the backup file.
  const formats = await dashboard.tab.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.export-panel [data-format]')].map((b) => b.dataset.format));
  expect(formats).toEqual(expect.arrayContaining(['markdown', 'csv', 'json-backup', 'web-annotation', 'stix']));
  expect(await dashboard.tab.evaluate(() => document.querySelectorAll('.export-import input[type="file"]').length)).toBe(1);

  // Articles, newest publication first.
  expect(await dashboard.articleTitles()).toEqual([
    'Shoigu traf wenige Tage nach seinem Besuch in Nordkorea im Iran ein',
    'Patruschew in Teheran: Russland sucht iranische Raketen',
  ]);

  // The timeline starts with the entities met in most articles, and says its numbers as a table.
  const chart = await dashboard.chart();
  expect(chart.canvas).toBe(true);
  expect(chart.legend).toHaveLength(3);
  expect(chart.rows).toBe(2); // two publication days

  // The network joins actors of the same article; Iran is with both Shoigu and Patrushev.
  const nodes = await dashboard.networkNodes();
  expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['iran', 'sergei-shoigu', 'nikolai-patrushev']));
  expect(nodes.find((n) => n.id === 'iran')!.label).toContain(lang === 'de' ? '2 Artikel' : '2 articles');
  expect(nodes.map((n) => n.id)).not.toContain('shahed-136');

  await dashboard.openFromNetwork('nikolai-patrushev');
  await dashboard.waitForText('#entity-pane #entity-name', lang === 'de' ? 'Nikolai Patruschew' : 'Nikolai Patrushev');
  await dashboard.addNote('Sucht ballistische Raketen in Teheran');
  await dashboard.waitForText('#notes .note .note-text', 'Sucht ballistische Raketen in Teheran');

  // Reading on in another tab: the dashboard follows without a reload.
  await read(await ext.openPage(demo('live-ticker.html')));
  await dashboard.tab.waitFor(() => document.querySelectorAll('#articles tbody tr').length === 3);
  expect((await dashboard.articleTitles()).join('\n')).toContain('Live-Ticker');
});

test('an empty memory says how to begin', async ({ ext }) => {
  const dashboard = await DashboardPage.open(ext);
  const text = await dashboard.waitForText('.empty', '');
  expect(text).toMatch(/Open a news article|Öffne einen Nachrichtenartikel/);
  const popup = await PopupPage.open(ext);
  await popup.show('entities');
  expect(await popup.waitForText('.empty', '')).toMatch(/Open a news article|Öffne einen Nachrichtenartikel/);
  await popup.show('notes');
  expect(await popup.waitForText('.empty', '')).toMatch(/No notes yet|Noch keine Notizen/);
});

// Screenshots for the README and for review, in both languages; once, in Chromium. On Linux,
// Chromium takes its UI language from LANGUAGE (and Playwright's `locale`), and speaks German only
// with Debian's chromium-l10n installed; elsewhere --lang does it.
for (const lang of ['de', 'en'] as const) {
  test.describe(`screenshots (${lang})`, () => {
    test.use({ locale: lang === 'de' ? 'de-DE' : 'en-GB' });
    test(`popup and dashboard in ${lang === 'de' ? 'German' : 'English'}`, async ({ target, server }) => {
      test.skip(target !== 'chromium', 'taken once, in Chromium');
      test.skip(process.platform === 'linux' && !existsSync('/usr/lib/chromium/locales/de.pak'), 'German Chromium needs `apt-get install chromium-l10n`');
      test.setTimeout(120_000);
      await takeScreenshots(lang, server.url);
    });
  });
}

async function takeScreenshots(lang: 'de' | 'en', serverUrl: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const before = process.env.LANGUAGE;
  process.env.LANGUAGE = lang;
  const browser = await launchChromium({ args: [`--lang=${lang}`], viewport: { width: 1280, height: 900 } });
  if (before === undefined) delete process.env.LANGUAGE;
  else process.env.LANGUAGE = before;
  try {
    const open = async (url: string) => {
      const page = await browser.context.newPage();
      await page.goto(url);
      return page;
    };
    for (const file of ['patruschew-teheran.html', 'schoigu-iran.html']) {
      const page = await open(`${serverUrl}/demo/${file}`);
      await page.waitForFunction(lagebildReady);
    }
    const popup: PlaywrightPage = await open(`${browser.extensionUrl}popup.html`);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.waitForFunction((l) => document.documentElement.lang === l, lang);
    await popup.waitForSelector('.this-page .group');
    await popup.screenshot({ path: join(SHOTS, `popup-page-${lang}.png`) });
    await popup.click('#tab-entities');
    await popup.waitForSelector('.entity-row[data-entity="sergei-shoigu"]');
    await popup.screenshot({ path: join(SHOTS, `popup-entities-${lang}.png`) });
    await popup.click('.entity-row[data-entity="sergei-shoigu"]');
    await popup.fill('.entity-notes textarea', lang === 'de' ? 'Traf Laridschani in Teheran; zuvor in Pjöngjang.' : 'Met Larijani in Tehran; Pyongyang just before.');
    await popup.click('.entity-notes button[type="submit"]');
    await popup.waitForSelector('.entity-notes .note');
    await popup.screenshot({ path: join(SHOTS, `popup-entity-notes-${lang}.png`) });
    await popup.evaluate(() => scrollTo(0, 0));
    await popup.screenshot({ path: join(SHOTS, `popup-entity-${lang}.png`) });

    const dashboard = await open(`${browser.extensionUrl}dashboard.html#entity=sergei-shoigu`);
    await dashboard.waitForSelector('.network .node');
    await dashboard.waitForSelector('.chart-canvas canvas');
    await dashboard.screenshot({ path: join(SHOTS, `dashboard-${lang}.png`) });
    await dashboard.screenshot({ path: join(SHOTS, `dashboard-full-${lang}.png`), fullPage: true });
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    await dashboard.screenshot({ path: join(SHOTS, `dashboard-dark-${lang}.png`) });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(SHOTS, `popup-entity-dark-${lang}.png`) });
  } finally {
    await browser.close();
  }
}
