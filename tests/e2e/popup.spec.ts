// The popup in real Chromium and Firefox, after reading the demo articles: what this page shows,
// the entities met across articles (search by any name, filter, open one), and notes written,
// edited, deleted and restored there, which the hover card on the article then shows.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Tab } from './fixtures';
import { askLagebild } from './in-page';
import { PopupPage } from './pages/popup-page';

const SHOTS = process.env.LAGEBILD_SHOTS ?? join('test-results', 'screenshots');

/** A picture for the reader's eye (README, review); puppeteer does not create the folder. */
async function shot(tab: Tab, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await tab.screenshot(join(SHOTS, `${tab.browserName}-${name}.png`));
}
const SCHOIGU_TITLE = 'Shoigu traf wenige Tage nach seinem Besuch in Nordkorea im Iran ein';

async function readArticle(tab: Tab): Promise<void> {
  await tab.waitFor(askLagebild);
}

/** The open card on the article once its data has arrived (and says `says`, if given), or null. */
function openCard([entityId, says]: [string, string?]): { entityId: string; text: string } | null {
  let answer: string | null = null;
  const listener = (event: Event) => {
    answer = (event as CustomEvent<string>).detail;
  };
  document.addEventListener('lagebild:answer', listener);
  document.dispatchEvent(new CustomEvent('lagebild:query'));
  document.removeEventListener('lagebild:answer', listener);
  const card = answer ? JSON.parse(answer).card : undefined;
  return card && card.entityId === entityId && !/Loading|Wird geladen/.test(card.text) && (!says || card.text.includes(says)) ? card : null;
}

test('This page lists the article’s entities by type; choosing one scrolls to it and opens its card', async ({ ext, demo }) => {
  const article = await ext.openPage(demo('schoigu-iran.html'));
  await readArticle(article);
  const popup = await PopupPage.open(ext);
  const lang = await popup.lang();

  const groups = await popup.pageGroups();
  const people = groups.find((g) => g.entities.some((e) => e.id === 'sergei-shoigu'));
  expect(people?.heading).toContain(lang === 'de' ? 'Personen' : 'People');
  expect(people!.entities.find((e) => e.id === 'sergei-shoigu')!.text).toMatch(lang === 'de' ? /Sergej Schoigu\s+\d+×/ : /Sergei Shoigu\s+\d+×/);
  expect(groups.flatMap((g) => g.entities.map((e) => e.id))).toContain('iran');
  await shot(popup.tab, 'popup-page');

  await popup.revealOnPage('sergei-shoigu');
  const card = await article.waitFor(openCard, ['sergei-shoigu'] as [string, string?]);
  expect(card!.text).toContain('Shoigu');
});

test('Entities: every entity met, found by any of its names, filtered by type; one opened with its articles, neighbours and notes', async ({ ext, demo }) => {
  await readArticle(await ext.openPage(demo('patruschew-teheran.html')));
  const schoigu = await ext.openPage(demo('schoigu-iran.html'));
  await readArticle(schoigu);
  const popup = await PopupPage.open(ext);
  const lang = await popup.lang();
  await popup.show('entities');
  await popup.waitForEntity('nikolai-patrushev');
  await popup.waitForEntity('sergei-shoigu');

  // Iran is in both articles.
  const iran = (await popup.entityRows()).find((r) => r.id === 'iran')!;
  expect(iran.meta).toContain(lang === 'de' ? '2 Artikel' : '2 articles');
  await shot(popup.tab, 'popup-entities');

  // The German spelling finds the entity whatever language the list is in.
  await popup.search('Schoigu');
  await popup.tab.waitFor(() => document.querySelectorAll('.entity-row').length === 1);
  expect((await popup.entityRows()).map((r) => r.name)).toEqual([lang === 'de' ? 'Sergej Schoigu' : 'Sergei Shoigu']);
  await popup.search('');

  await popup.filterType('weapon');
  await popup.tab.waitFor(() => [...document.querySelectorAll('.entity-row .type')].every((t) => t.classList.contains('type-weapon')));
  const weapons = await popup.entityRows();
  expect(weapons.length).toBeGreaterThan(0);
  expect(new Set(weapons.map((r) => r.type))).toEqual(new Set([lang === 'de' ? 'Waffensystem' : 'Weapons system']));
  await popup.filterType('');

  await popup.sortBy('name');
  const names = (await popup.entityRows()).map((r) => r.name);
  expect(names).toEqual([...names].sort(new Intl.Collator(lang, { sensitivity: 'base' }).compare));

  await popup.openEntity('sergei-shoigu');
  // Both articles name Iran: the list of entities met together fills in once its query has run.
  await popup.tab.waitFor(() => document.querySelector('.entity-detail .together .chip') !== null);
  const detail = await popup.entityDetail();
  expect(detail.name).toBe(lang === 'de' ? 'Sergej Schoigu' : 'Sergei Shoigu');
  expect(detail.description).toMatch(/Sicherheitsrat|Security Council/);
  // Newest first: the report on his visit (2024), then the older one that mentions him in passing.
  expect(detail.timeline).toHaveLength(2);
  expect(detail.timeline[0]).toContain(SCHOIGU_TITLE);
  expect(detail.timeline[0]).toContain('Der Morgenkurier');
  expect(detail.timeline[1]).toContain('Patruschew in Teheran');
  expect(detail.together.join(' ')).toContain('Iran');
  await shot(popup.tab, 'popup-entity');
});

test('Notes: add, edit, delete and undo on an entity; the Notes tab finds them; the card on the article shows the note', async ({ ext, demo }) => {
  const article = await ext.openPage(demo('schoigu-iran.html'));
  await readArticle(article);
  const popup = await PopupPage.open(ext);
  await popup.show('entities');
  await popup.waitForEntity('sergei-shoigu');
  await popup.openEntity('sergei-shoigu');

  await popup.addNote('Traf Laridschani in Teheran');
  await popup.editNote('Traf Laridschani in Teheran', 'Traf Laridschani und Peseschkian in Teheran');
  expect(await popup.noteTexts()).toEqual(['Traf Laridschani und Peseschkian in Teheran']);
  await popup.deleteNote('Traf Laridschani und Peseschkian in Teheran');
  expect(await popup.noteTexts()).toEqual([]);
  await popup.undo();
  await popup.waitForText('.note .note-text', 'Traf Laridschani und Peseschkian in Teheran');

  await popup.show('notes');
  await popup.waitForText('.note .note-text', 'Peseschkian');
  await popup.searchNotes('laridsch');
  await popup.waitForText('.note .note-text', 'Peseschkian');
  await popup.searchNotes('Nordkorea');
  await popup.waitForNoText('.note .note-text', 'Peseschkian');
  await popup.searchNotes('');
  await shot(popup.tab, 'popup-notes');

  // Back on the article, the card of the same entity shows the note.
  await popup.show('page');
  await popup.revealOnPage('sergei-shoigu');
  // The note field fills in just after the card's data arrives: wait for the words themselves.
  const card = await article.waitFor(openCard, ['sergei-shoigu', 'Traf Laridschani und Peseschkian in Teheran'] as [string, string?]);
  expect(card!.text).toContain('Traf Laridschani und Peseschkian in Teheran');
});

test('the popup works from the keyboard: arrow keys between tabs, Enter opens an entity, its name takes focus', async ({ ext, demo }) => {
  await readArticle(await ext.openPage(demo('schoigu-iran.html')));
  const popup = await PopupPage.open(ext);
  await popup.tab.evaluate(() => document.querySelector<HTMLElement>('#tab-page')!.focus());
  await popup.tab.press('ArrowRight');
  await popup.tab.waitFor(() => document.activeElement?.id === 'tab-entities' && document.querySelector('#tab-entities')!.getAttribute('aria-selected') === 'true');
  await popup.waitForEntity('sergei-shoigu');
  // Tab from the tab list through the filters to the first entity, then Enter.
  const first = await popup.tab.evaluate(() => document.querySelector<HTMLElement>('.entity-row')!.dataset.entity!);
  for (let i = 0; i < 10; i++) {
    await popup.tab.press('Tab');
    if (await popup.tab.evaluate(() => document.activeElement?.classList.contains('entity-row') ?? false)) break;
  }
  expect(await popup.tab.evaluate(() => (document.activeElement as HTMLElement).dataset.entity)).toBe(first);
  await popup.tab.press('Enter');
  await popup.tab.waitFor((id) => document.querySelector(`.entity-detail[data-entity="${id}"]`) !== null && document.activeElement?.id === 'entity-name', first);
  // The focus ring is drawn.
  expect(await popup.tab.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
});

test('settings: pausing and switching a site off are kept', async ({ ext }) => {
  const settings = await ext.openExtensionPage('options.html');
  const page = new PopupPage(settings);
  await settings.click('input[name="paused"]');
  await page.fill('input[name="site"]', 'https://www.morgenkurier.example/ausland/');
  await settings.click('.add-site button');
  await page.waitForText('.sites li', 'morgenkurier.example');
  // Opened again (a reload of a moz-extension:// page never settles over BiDi), it shows them kept.
  const again = new PopupPage(await ext.openExtensionPage('options.html'));
  await again.waitForText('.sites li', 'morgenkurier.example');
  expect(await again.tab.evaluate(() => document.querySelector<HTMLInputElement>('input[name="paused"]')!.checked)).toBe(true);
});
