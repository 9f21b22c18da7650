// Page object for Lagebild's popup and dashboard: what a reader does there (switch tabs, search,
// filter, open an entity, write, edit and delete notes) and what they see, in either browser.
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ExtensionBrowser, Tab } from '../fixtures';

export type PopupTab = 'page' | 'entities' | 'notes';

/** What the reader sees of one entity row. */
export interface EntityRowView {
  id: string;
  name: string;
  type: string;
  meta: string;
}

export class ExtensionPageObject {
  constructor(readonly tab: Tab) {}

  /** The UI language the page chose from the browser ('de' or 'en'). */
  lang(): Promise<string> {
    return this.tab.waitFor(() => document.documentElement.lang || null) as Promise<string>;
  }

  /** Types into a field as a reader would, replacing what was there. */
  async fill(selector: string, text: string): Promise<void> {
    if (this.tab.browserName === 'chromium') {
      await (this.tab.raw as PlaywrightPage).fill(selector, text);
      return;
    }
    const page = this.tab.raw as PuppeteerPage;
    await page.waitForSelector(selector);
    await page.click(selector);
    await page.$eval(selector, (field) => (field as HTMLInputElement).select());
    await page.keyboard.press('Backspace');
    if (text) await page.type(selector, text);
  }

  async select(selector: string, value: string): Promise<void> {
    if (this.tab.browserName === 'chromium') await (this.tab.raw as PlaywrightPage).selectOption(selector, value);
    else await (this.tab.raw as PuppeteerPage).select(selector, value);
  }

  /** Waits until an element matching selector has text containing `text`, and returns its text. */
  waitForText(selector: string, text: string): Promise<string> {
    return this.tab.waitFor(
      ([s, t]) => [...document.querySelectorAll<HTMLElement>(s)].map((e) => e.innerText).find((x) => x.includes(t)) ?? null,
      [selector, text] as [string, string],
    ) as Promise<string>;
  }

  /** Waits until no element matching selector has text containing `text`. */
  async waitForNoText(selector: string, text: string): Promise<void> {
    await this.tab.waitFor(([s, t]) => ![...document.querySelectorAll<HTMLElement>(s)].some((e) => e.innerText.includes(t)), [selector, text] as [string, string]);
  }

  // --- notes (same in the popup's entity view, its notes tab and the dashboard) ---------------

  /** The note texts shown, top to bottom. */
  noteTexts(): Promise<string[]> {
    return this.tab.evaluate(() => [...document.querySelectorAll<HTMLElement>('.note .note-text')].map((e) => e.innerText));
  }

  async addNote(text: string): Promise<void> {
    await this.fill('.entity-notes .note-editor textarea', text);
    await this.tab.click('.entity-notes .note-editor button[type="submit"]');
    await this.waitForText('.note .note-text', text);
  }

  private async noteId(text: string): Promise<string> {
    return (await this.tab.waitFor(
      (t) => [...document.querySelectorAll<HTMLElement>('.note')].find((n) => n.querySelector<HTMLElement>('.note-text')?.innerText === t)?.dataset.note ?? null,
      text,
    ))!;
  }

  async editNote(from: string, to: string): Promise<void> {
    const id = await this.noteId(from);
    await this.tab.click(`.note[data-note="${id}"] .actions button:not(.danger)`);
    await this.fill(`.note[data-note="${id}"] textarea`, to);
    await this.tab.click(`.note[data-note="${id}"] button[type="submit"]`);
    await this.waitForText(`.note[data-note="${id}"] .note-text`, to);
  }

  async deleteNote(text: string): Promise<void> {
    const id = await this.noteId(text);
    await this.tab.click(`.note[data-note="${id}"] .actions button.danger`);
    await this.tab.waitFor((i) => !document.querySelector(`.note[data-note="${i}"]`), id);
  }

  /** The "Note deleted. Undo" bar's button. */
  async undo(): Promise<void> {
    await this.tab.click('.undo button');
  }
}

export class PopupPage extends ExtensionPageObject {
  static async open(ext: ExtensionBrowser): Promise<PopupPage> {
    const popup = new PopupPage(await ext.openPopup());
    await popup.tab.waitFor(() => document.querySelector('[role="tablist"]') !== null);
    return popup;
  }

  async show(tab: PopupTab): Promise<void> {
    await this.tab.click(`#tab-${tab}`);
    await this.tab.waitFor((id) => document.querySelector(`#tab-${id}`)?.getAttribute('aria-selected') === 'true', tab);
  }

  // --- This page ---------------------------------------------------------------------------------

  /** The groups under "This page": heading text and the entity buttons' texts. */
  async pageGroups(): Promise<Array<{ heading: string; entities: Array<{ id: string; text: string }> }>> {
    await this.tab.waitFor(() => document.querySelector('.this-page .group, .panel .empty') !== null);
    return this.tab.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.this-page .group')].map((group) => ({
        heading: group.querySelector('h2')!.innerText,
        entities: [...group.querySelectorAll<HTMLElement>('button.row')].map((b) => ({ id: b.dataset.entity!, text: b.innerText })),
      })),
    );
  }

  async revealOnPage(entityId: string): Promise<void> {
    await this.tab.click(`.this-page button.row[data-entity="${entityId}"]`);
  }

  // --- Entities ----------------------------------------------------------------------------------

  async entityRows(): Promise<EntityRowView[]> {
    return this.tab.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.entity-row')].map((row) => ({
        id: row.dataset.entity!,
        name: row.querySelector<HTMLElement>('.name')!.innerText,
        type: row.querySelector<HTMLElement>('.type')!.innerText,
        meta: row.querySelector<HTMLElement>('.meta')!.innerText,
      })),
    );
  }

  /** Waits until the list shows the entity (the memory fills while the reader reads). */
  async waitForEntity(entityId: string): Promise<void> {
    await this.tab.waitFor((id) => document.querySelector(`.entity-row[data-entity="${id}"]`) !== null, entityId);
  }

  async search(text: string): Promise<void> {
    await this.fill('input[name="entity-search"]', text);
  }

  async filterType(type: '' | 'person' | 'organization' | 'state' | 'weapon'): Promise<void> {
    await this.select('select[name="entity-type"]', type);
  }

  async sortBy(sort: 'lastSeen' | 'articles' | 'mentions' | 'name'): Promise<void> {
    await this.select('select[name="entity-sort"]', sort);
  }

  async openEntity(entityId: string): Promise<void> {
    await this.tab.click(`.entity-row[data-entity="${entityId}"]`);
    await this.tab.waitFor((id) => document.querySelector(`.entity-detail[data-entity="${id}"]`) !== null, entityId);
  }

  /** The open entity as the reader sees it. */
  async entityDetail(): Promise<{ name: string; description: string; timeline: string[]; together: string[] }> {
    await this.tab.waitFor(() => document.querySelector('.entity-detail .timeline-list, .entity-detail .timeline .empty') !== null);
    // The entities met together arrive by their own live query, sometimes after the timeline.
    await this.tab.waitFor(() => document.querySelector('.entity-detail .together .chips, .entity-detail .together p.muted') !== null);
    return this.tab.evaluate(() => ({
      name: document.querySelector<HTMLElement>('#entity-name')!.innerText,
      description: document.querySelector<HTMLElement>('.entity-detail .description')?.innerText ?? '',
      timeline: [...document.querySelectorAll<HTMLElement>('.timeline-list li')].map((li) => li.innerText),
      together: [...document.querySelectorAll<HTMLElement>('.together .chip')].map((c) => c.innerText),
    }));
  }

  // --- Notes tab ---------------------------------------------------------------------------------

  async searchNotes(text: string): Promise<void> {
    await this.fill('input[name="note-search"]', text);
  }
}

/** The dashboard (dashboard.html): tables, chart, network, the open entity and the notes. */
export class DashboardPage extends ExtensionPageObject {
  static async open(ext: ExtensionBrowser, hash = ''): Promise<DashboardPage> {
    const page = new DashboardPage(await ext.openExtensionPage(`dashboard.html${hash}`));
    await page.tab.waitFor(() => document.querySelector('main.dash') !== null);
    return page;
  }

  /** Waits until the entity table lists the entity. */
  async waitForEntity(entityId: string): Promise<void> {
    await this.tab.waitFor((id) => document.querySelector(`#entities .entity-link[data-entity="${id}"]`) !== null, entityId);
  }

  /** The entity table as the reader sees it: one array of cell texts per row. */
  entityTable(): Promise<Array<{ id: string; cells: string[] }>> {
    return this.tab.evaluate(() =>
      [...document.querySelectorAll<HTMLTableRowElement>('#entities tbody tr')].map((tr) => ({
        id: tr.querySelector<HTMLElement>('.entity-link')!.dataset.entity!,
        cells: [...tr.cells].map((c) => c.innerText.trim()),
      })),
    );
  }

  articleTitles(): Promise<string[]> {
    return this.tab.evaluate(() => [...document.querySelectorAll<HTMLTableRowElement>('#articles tbody tr')].map((tr) => tr.cells[0]!.innerText.trim()));
  }

  /** Clicks a column header of a table; answers the header's aria-sort afterwards. */
  async sortTable(section: 'entities' | 'articles', column: number): Promise<string | null> {
    await this.tab.click(`#${section} thead th:nth-child(${column}) button.sort`);
    return this.tab.evaluate(([s, c]) => document.querySelector(`#${s} thead th:nth-child(${c})`)!.getAttribute('aria-sort'), [section, column] as [string, number]);
  }

  /** The actors in the network: their accessible labels. */
  networkNodes(): Promise<Array<{ id: string; label: string }>> {
    return this.tab.evaluate(() => [...document.querySelectorAll<SVGGElement>('.network .node')].map((g) => ({ id: g.dataset.entity!, label: g.getAttribute('aria-label')! })));
  }

  async openFromNetwork(entityId: string): Promise<void> {
    await this.tab.click(`.network .node[data-entity="${entityId}"]`);
    await this.tab.waitFor((id) => document.querySelector(`#entity-pane .entity-detail[data-entity="${id}"]`) !== null, entityId);
  }

  /** The names in the chart's legend and the rows of its table. */
  chart(): Promise<{ legend: string[]; rows: number; canvas: boolean }> {
    return this.tab.evaluate(() => ({
      legend: [...document.querySelectorAll<HTMLElement>('.legend li')].map((li) => li.innerText.replace('×', '').trim()),
      rows: document.querySelectorAll('.chart-table tbody tr').length,
      canvas: document.querySelector('.chart-canvas canvas') !== null,
    }));
  }
}
