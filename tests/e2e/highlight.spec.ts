// Highlighting and the hover card in real Chromium and Firefox: every mention painted (read back
// from CSS.highlights), the page's markup untouched, cards on hover and keyboard, live text followed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { Mention } from '../../lib/match';
import type { PaintedReport } from '../../lib/page/test-hook';
import { test, expect, type Tab } from './fixtures';
import { askLagebild } from './in-page';

const SHOTS = join('test-results', 'screenshots');

// --- in the page (these functions are serialised: self-contained, no imports) -------------------

interface PaintedRange {
  text: string;
  /** The range lies in something a reader cannot see or that is not article text. */
  hidden: boolean;
}

/** Every range of every lagebild-* highlight, read from the page's highlight registry. */
function readHighlights(): Record<string, PaintedRange[]> {
  const result: Record<string, PaintedRange[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('lagebild-')) continue;
    result[name] = [...highlight].map((range) => {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const parent = range.startContainer.parentElement;
      const hidden =
        !parent ||
        parent.closest('[hidden], [aria-hidden="true"], script, style, noscript, textarea, pre, code, [contenteditable="true"]') !== null ||
        getComputedStyle(parent).visibility !== 'visible';
      return { text: live.toString(), hidden };
    });
  }
  return result;
}

/** Remember the markup as the site sent it, before any content script runs (an init script). */
function rememberMarkup(): void {
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      (window as unknown as { __markupBefore: string }).__markupBefore = document.documentElement.outerHTML;
    },
    { once: true },
  );
}

/** The markup now and as first seen, with our card's shadow host taken out. */
function compareMarkup(): { before: string; after: string } {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  for (const host of clone.querySelectorAll('lagebild-card')) host.remove();
  return { before: (window as unknown as { __markupBefore: string }).__markupBefore, after: clone.outerHTML };
}

// --- driving either browser ---------------------------------------------------------------------

async function ready(tab: Tab): Promise<PaintedReport> {
  // waitFor returns only a truthy value.
  return (await tab.waitFor(askLagebild))!;
}

async function ask(tab: Tab): Promise<PaintedReport> {
  const report = await tab.evaluate(askLagebild);
  if (!report) throw new Error('Lagebild did not answer');
  return report;
}

async function pointAt(tab: Tab, x: number, y: number): Promise<void> {
  if (tab.browserName === 'chromium') await (tab.raw as PlaywrightPage).mouse.move(x, y, { steps: 3 });
  else await (tab.raw as PuppeteerPage).mouse.move(x, y, { steps: 3 });
}

async function press(tab: Tab, key: 'Escape' | 'KeyN' | 'KeyP' | 'KeyL', withAltShift = false): Promise<void> {
  if (tab.browserName === 'chromium') {
    await (tab.raw as PlaywrightPage).keyboard.press(withAltShift ? `Alt+Shift+${key}` : key);
    return;
  }
  const keyboard = (tab.raw as PuppeteerPage).keyboard;
  if (withAltShift) {
    await keyboard.down('Alt');
    await keyboard.down('Shift');
  }
  await keyboard.press(key);
  if (withAltShift) {
    await keyboard.up('Shift');
    await keyboard.up('Alt');
  }
}

/** Open a page with an init script that records its markup before Lagebild runs. */
async function openRemembering(tab: Tab, url: string): Promise<void> {
  if (tab.browserName === 'chromium') {
    const page = tab.raw as PlaywrightPage;
    await page.addInitScript(rememberMarkup);
    await page.goto(url);
  } else {
    const page = tab.raw as PuppeteerPage;
    await page.evaluateOnNewDocument(rememberMarkup);
    await page.goto(url);
  }
}

async function waitForCard(tab: Tab, entityId?: string): Promise<NonNullable<PaintedReport['card']>> {
  const report = await tab.waitFor(
    (id: string | null) => {
      let answer: string | null = null;
      const listener = (event: Event) => {
        answer = (event as CustomEvent<string>).detail;
      };
      document.addEventListener('lagebild:answer', listener);
      document.dispatchEvent(new CustomEvent('lagebild:query'));
      document.removeEventListener('lagebild:answer', listener);
      if (answer === null) return null;
      const parsed = JSON.parse(answer) as PaintedReport;
      // Wait for the background's answer too: the card says "Loading …" until then.
      return parsed.card && (id === null || parsed.card.entityId === id) && !parsed.card.text.includes('Loading') ? parsed : null;
    },
    entityId ?? null,
  );
  return report!.card!;
}

/** The matcher as the CLI runs it (the knowledge base needs tsx's JSON handling, not Playwright's). */
function annotate(text: string): Mention[] {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-annotate-'));
  try {
    const file = join(dir, 'text.txt');
    writeFileSync(file, text);
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', file], { encoding: 'utf8' });
    return JSON.parse(output) as Mention[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Compare as a reader reads: soft hyphens, spacing and case ignored. */
const squash = (text: string) => text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Painted texts per highlight name must be exactly the pipeline's mentions, type by type. */
function expectPaintedMatchesReport(painted: Record<string, PaintedRange[]>, report: PaintedReport): void {
  for (const type of ['person', 'organization', 'state', 'weapon']) {
    const texts = (painted[`lagebild-${type}`] ?? []).map((range) => range.text).sort();
    const reported = report.mentions.filter((mention) => mention.type === type).map((mention) => mention.text).sort();
    expect(texts, `lagebild-${type}`).toEqual(reported);
  }
  const hidden = Object.values(painted).flat().filter((range) => range.hidden);
  expect(hidden, 'highlights in hidden or skipped text').toEqual([]);
}

/**
 * The reader's text read by other means than our walker: every text node the browser itself calls
 * visible (checkVisibility), outside the parts Lagebild leaves out by design (selector list), with a
 * break wherever the enclosing block changes. Runs in the page.
 */
function renderedText(selector: string): string {
  const skipped =
    'script, style, noscript, template, textarea, select, option, button, input, code, pre, kbd, samp, svg, math, iframe, ' +
    '[hidden], [aria-hidden="true"], [contenteditable]:not([contenteditable="false"]), lagebild-card';
  const root = document.querySelector(selector);
  if (!root) return '';
  const blockOf = (node: Node): Element => {
    for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
      const display = getComputedStyle(element).display;
      if (!display.startsWith('inline') && display !== 'contents') return element;
    }
    return root;
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  let lastBlock: Element | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(skipped) || !parent.checkVisibility({ visibilityProperty: true })) continue;
    const block = blockOf(node);
    if (lastBlock && block !== lastBlock) text += '\n\n';
    lastBlock = block;
    text += (node as Text).data;
  }
  return text;
}

/**
 * An expectation independent of our walker: the matcher run on the text as `renderedText` reads it —
 * every mention it finds there must be painted.
 */
async function expectRenderedMentionsPainted(tab: Tab, selector: string): Promise<number> {
  const rendered = await tab.evaluate(renderedText, selector);
  const expected = annotate(rendered);
  const painted = await tab.evaluate(readHighlights);
  const paintedTexts = new Map<string, number>();
  for (const [name, ranges] of Object.entries(painted)) {
    for (const range of ranges) {
      const key = `${name}|${squash(range.text)}`;
      paintedTexts.set(key, (paintedTexts.get(key) ?? 0) + 1);
    }
  }
  const missing = expected
    .map((mention) => `lagebild-${mention.type}|${squash(mention.text)}`)
    .filter((key) => {
      const left = paintedTexts.get(key) ?? 0;
      if (left > 0) paintedTexts.set(key, left - 1);
      return left === 0;
    });
  const extra = [...paintedTexts].flatMap(([key, left]) => Array<string>(left).fill(key));
  if (missing.length) test.info().annotations.push({ type: 'not painted', description: missing.join(', ') });
  if (extra.length) test.info().annotations.push({ type: 'painted, not expected', description: extra.join(', ') });
  // Extras are reported, not failed: the oracle is simpler than the walker (no <br>, visibility by
  // checkVisibility), and a few painted mentions on real pages have no twin in its text.
  expect(missing, `mentions in the rendered text of ${selector} that are not painted`).toEqual([]);
  return expected.length;
}

// --- the specs ----------------------------------------------------------------------------------

test.describe('highlighting', () => {
  test('every mention in a demo article is painted, names split by markup as one, none in hidden text', async ({ ext, demo }) => {
    const tab = await ext.openPage(demo('schoigu-iran.html'));
    const report = await ready(tab);
    const painted = await tab.evaluate(readHighlights);
    expectPaintedMatchesReport(painted, report);

    const persons = painted['lagebild-person']!.map((range) => range.text);
    // <a>Sergej</a> Schoigu is one mention.
    expect(persons).toContain('Sergej Schoigu');
    expect(report.mentions.find((mention) => mention.text === 'Sergej Schoigu')?.id).toBe('sergei-shoigu');
    // The hidden share dialog names Schoigu too: it must not count.
    const inDialog = await tab.evaluate(() => document.querySelector('.share-dialog')!.textContent!.includes('Schoigu'));
    expect(inDialog).toBe(true);
    expect(await expectRenderedMentionsPainted(tab, 'body')).toBeGreaterThan(10);

    mkdirSync(SHOTS, { recursive: true });
    await tab.screenshot(join(SHOTS, `${ext.name}-article.png`));
  });

  test('soft hyphens and links inside names: the second demo article', async ({ ext, demo }) => {
    const tab = await ext.openPage(demo('patruschew-teheran.html'));
    const report = await ready(tab);
    const painted = await tab.evaluate(readHighlights);
    expectPaintedMatchesReport(painted, report);
    const patrushev = report.mentions.filter((mention) => mention.id === 'nikolai-patrushev').map((mention) => squash(mention.text));
    expect(patrushev).toContain('nikolai patruschew');
    // Pat&shy;ruschews: a soft hyphen inside the name.
    expect(report.mentions.some((mention) => mention.text === 'Pat\u00adruschews')).toBe(true);
    await expectRenderedMentionsPainted(tab, 'body');
  });

  test("the page's markup is identical before and after annotation", async ({ ext, demo }) => {
    const tab = await ext.openPage('about:blank');
    await openRemembering(tab, demo('schoigu-iran.html'));
    const report = await ready(tab);
    expect(report.mentions.length).toBeGreaterThan(10);
    // Open a card too: its shadow host is the only node we may add.
    const shoigu = report.mentions.find((mention) => mention.id === 'sergei-shoigu')!;
    await pointAt(tab, shoigu.x, shoigu.y);
    await waitForCard(tab, 'sergei-shoigu');
    const { before, after } = await tab.evaluate(compareMarkup);
    expect(before.length).toBeGreaterThan(1000);
    expect(after).toBe(before);
  });

  test('text a script appends is painted, and the page’s own widgets keep working', async ({ ext, demo }) => {
    const tab = await ext.openPage(demo('live-ticker.html'));
    await ready(tab);
    await tab.click('#like-button');
    await tab.click('#load-more');
    await tab.click('#load-more');
    expect(await tab.text('#like-count')).toBe('1 Leser fand das hilfreich');
    const painted = await tab.waitFor(() => {
      const texts: string[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('lagebild-')) continue;
        for (const range of highlight) {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          texts.push(live.toString());
        }
      }
      return ['Kim Jong Un', 'Shahed-136', 'Wladimir Putin'].every((name) => texts.includes(name)) ? texts : null;
    });
    expect(painted).toEqual(expect.arrayContaining(['Kim Jong Un', 'Shahed-136', 'Wladimir Putin']));
    const report = await ask(tab);
    expectPaintedMatchesReport(await tab.evaluate(readHighlights), report);
    // The page's script rewrote its own nodes freely and still counts.
    await tab.click('#like-button');
    expect(await tab.text('#like-count')).toBe('2 Leser fanden das hilfreich');
  });
  test('a single-page navigation to another article is read afresh', async ({ ext, demo }) => {
    const tab = await ext.openPage(demo('schoigu-iran.html'));
    await ready(tab);
    // What a single-page app does: push a new URL and swap the article in place.
    await tab.evaluate(() => {
      history.pushState({}, '', 'next-article.html');
      const article = document.querySelector('article')!;
      article.textContent = '';
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Wladimir Putin empfing Kim Jong Un in Moskau.';
      article.append(paragraph);
    });
    const report = await tab.waitFor(() => {
      let answer: string | null = null;
      const listener = (event: Event) => {
        answer = (event as CustomEvent<string>).detail;
      };
      document.addEventListener('lagebild:answer', listener);
      document.dispatchEvent(new CustomEvent('lagebild:query'));
      document.removeEventListener('lagebild:answer', listener);
      if (answer === null) return null;
      const parsed = JSON.parse(answer) as PaintedReport;
      const texts = parsed.mentions.map((mention) => mention.text);
      return parsed.url.endsWith('next-article.html') && texts.includes('Kim Jong Un') && !texts.includes('Sergej Schoigu') ? parsed : null;
    });
    expect(report!.mentions.map((mention) => mention.text)).toEqual(expect.arrayContaining(['Wladimir Putin', 'Kim Jong Un']));
    expectPaintedMatchesReport(await tab.evaluate(readHighlights), report!);
  });
});

test.describe('hover card', () => {
  test('hovering a mention shows its card, which stays while the pointer moves into it; Escape closes it', async ({ ext, demo }) => {
    const tab = await ext.openPage(demo('schoigu-iran.html'));
    const report = await ready(tab);
    const shoigu = report.mentions.find((mention) => mention.text === 'Sergej Schoigu')!;
    await pointAt(tab, shoigu.x, shoigu.y);
    const card = await waitForCard(tab, 'sergei-shoigu');
    // The browsers here run with an English UI: English name, the other names beside it.
    expect(card.text).toContain('Sergei Shoigu');
    expect(card.text).toContain('Sergej Schoigu');
    expect(card.text).toContain('Сергей Шойгу');
    expect(card.text).toMatch(/Secretary of the Security Council/);
    expect(card.text).toMatch(/Not recorded yet|other article/);
    expect(card.text).toContain('Note on this passage');
    expect(card.text).toContain('Open in Lagebild');

    mkdirSync(SHOTS, { recursive: true });
    await tab.screenshot(join(SHOTS, `${ext.name}-card.png`));

    // Into the card: it stays.
    await pointAt(tab, card.box.left + card.box.width / 2, card.box.top + 20);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect((await ask(tab)).card?.entityId).toBe('sergei-shoigu');

    await press(tab, 'Escape');
    await tab.waitFor(() => {
      let answer: string | null = null;
      const listener = (event: Event) => {
        answer = (event as CustomEvent<string>).detail;
      };
      document.addEventListener('lagebild:answer', listener);
      document.dispatchEvent(new CustomEvent('lagebild:query'));
      document.removeEventListener('lagebild:answer', listener);
      return answer !== null && !(JSON.parse(answer) as PaintedReport).card;
    });
  });

  test('the keyboard steps to the next mention and opens its card; a shortcut hides the highlights', async ({ ext, demo }) => {
    const tab = await ext.openPage(demo('schoigu-iran.html'));
    const report = await ready(tab);
    await press(tab, 'KeyN', true);
    const first = await waitForCard(tab, report.mentions[0]!.id);
    expect(first.entityId).toBe(report.mentions[0]!.id);
    await press(tab, 'KeyN', true);
    await waitForCard(tab, report.mentions[1]!.id);
    await press(tab, 'Escape');

    await press(tab, 'KeyL', true);
    await tab.waitFor(() => ![...CSS.highlights.keys()].some((name) => name.startsWith('lagebild-')));
    // Two presses at once count as one (see toggleHighlights); a reader's second press comes later.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await press(tab, 'KeyL', true);
    await tab.waitFor(() => CSS.highlights.has('lagebild-person'));
  });
});

/**
 * Serves the saved real pages with their scripts blocked by a CSP header (the files stay as saved):
 * their trackers rewrite the DOM on their own, which would hide whether we changed it. Content
 * scripts are exempt from a page's CSP, so Lagebild runs as on any page.
 */
function startScriptlessServer(): Promise<{ url: string; server: Server }> {
  const root = join(process.cwd(), 'tests', 'fixtures', 'pages');
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    if (!/^[\w.-]+\.html$/.test(name)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(join(root, name));
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server });
    });
  });
}

test.describe('real pages', () => {
  let pagesUrl = '';
  let pagesServer: Server | undefined;
  test.beforeAll(async () => {
    const started = await startScriptlessServer();
    pagesUrl = started.url;
    pagesServer = started.server;
  });
  test.afterAll(async () => {
    await new Promise((resolve) => pagesServer?.close(resolve));
  });

  const pages: Array<{ file: string; mustPaint: string[] }> = [
    { file: 'fr.de.nordkorea.html', mustPaint: ['kim-jong-un'] },
    { file: 'jungle.world-Imperialismus-Phantom.html', mustPaint: ['vladimir-putin'] },
    { file: 'amnesty.de-waffensysteme.html', mustPaint: [] },
    { file: 'spiegel.de.albtraum.html', mustPaint: [] },
    { file: 'faz.net.streaming.html', mustPaint: [] },
    { file: 'timesofisrael.com.washington.html', mustPaint: [] },
  ];
  for (const { file, mustPaint } of pages) {
    test(`${file}: every mention painted, nothing in hidden text, markup untouched`, async ({ ext }) => {
      const tab = await ext.openPage('about:blank');
      await openRemembering(tab, `${pagesUrl}/${file}`);
      const report = await ready(tab);
      const painted = await tab.evaluate(readHighlights);
      expectPaintedMatchesReport(painted, report);
      const ids = new Set(report.mentions.map((mention) => mention.id));
      for (const id of mustPaint) expect([...ids]).toContain(id);
      await expectRenderedMentionsPainted(tab, 'body');
      const { before, after } = await tab.evaluate(compareMarkup);
      expect(after).toBe(before);
    });
  }
});
