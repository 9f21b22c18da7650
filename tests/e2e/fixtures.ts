// End-to-end fixtures: the built extension in real Chromium (Playwright) and real Firefox
// (puppeteer-core over WebDriver BiDi) behind one small interface, so each spec runs in both.
// Every spec runs once per project in playwright.config.ts; `ext.name` says which browser it is.
import { test as base, expect } from '@playwright/test';
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium, launchFirefox } from '../../scripts/browsers.mjs';
import { startServer } from '../../scripts/serve.mjs';

export const browsers = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof browsers)[number];

/** Waits are bounded so a failure names what never appeared; they assert nothing about speed. */
const WAIT_MS = 30_000;

/** A tab in either browser: the few things a user-level test needs, same shape in both. */
export interface Tab {
  readonly browserName: BrowserName;
  /** Runs fn in the page's main world and returns its (serializable) result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls fn in the page until it returns a truthy value, and returns that value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Clicks the first element matching selector, as a user would (real pointer events). */
  click(selector: string): Promise<void>;
  /** The element's rendered text (innerText), trimmed. */
  text(selector: string): Promise<string>;
  /** Moves the real pointer to viewport coordinates (in steps, so hover handlers see it move). */
  moveMouse(x: number, y: number): Promise<void>;
  /** Presses a key on the focused element, e.g. 'Tab', 'Enter', 'Escape' (driver key names). */
  press(key: string): Promise<void>;
  /** Reloads the page and waits for it to load. */
  reload(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
  /** The driver's own page, for what the interface does not cover. */
  readonly raw: PlaywrightPage | PuppeteerPage;
}

/** A real browser with the built Lagebild loaded. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** chrome-extension://ID/ or moz-extension://UUID/ */
  readonly extensionUrl: string;
  openPage(url: string): Promise<Tab>;
  /** The popup, opened as a tab (automation cannot click the toolbar button). */
  openPopup(): Promise<Tab>;
  /** Any page of the extension by path, e.g. 'dashboard.html'. */
  openExtensionPage(path: string): Promise<Tab>;
  close(): Promise<void>;
}

function playwrightTab(page: PlaywrightPage): Tab {
  return {
    browserName: 'chromium',
    raw: page,
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    async waitFor(fn, arg) {
      const handle = await page.waitForFunction(fn, arg as never, { timeout: WAIT_MS });
      return (await handle.jsonValue()) as Awaited<ReturnType<typeof fn>>;
    },
    click: (selector) => page.click(selector),
    text: async (selector) => (await page.innerText(selector)).trim(),
    moveMouse: (x, y) => page.mouse.move(x, y, { steps: 3 }),
    press: (key) => page.keyboard.press(key),
    reload: async () => void (await page.reload()),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

function puppeteerTab(page: PuppeteerPage): Tab {
  return {
    browserName: 'firefox',
    raw: page,
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    waitFor: (fn, arg) => pollPage(page, fn as (a: unknown) => unknown, arg, Date.now() + WAIT_MS) as Promise<Awaited<ReturnType<typeof fn>>>,
    async click(selector) {
      await page.waitForSelector(selector, { timeout: WAIT_MS });
      await page.click(selector);
    },
    async text(selector) {
      const element = await page.waitForSelector(selector, { timeout: WAIT_MS });
      return ((await element!.evaluate((e) => (e as HTMLElement).innerText)) ?? '').trim();
    },
    moveMouse: (x, y) => page.mouse.move(x, y, { steps: 3 }),
    press: (key) => page.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
    reload: async () => void (await page.reload()),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => page.close(),
  };
}

/**
 * Asks `fn(arg)` in the page every 50 ms until it returns a truthy value, which it returns, or
 * throws at `deadline`. Puppeteer's own waitForFunction() polls with a Function() made in the
 * page, which the content security policy of a moz-extension:// page or of a news site forbids;
 * each ask from here is one script call, which no policy stops. A script call that meets a page
 * being replaced ("Protocol error", a lost context) is asked again of the new one.
 */
async function pollPage<A>(page: PuppeteerPage, fn: (arg: A) => unknown, arg: A, deadline: number): Promise<unknown> {
  let lastError: unknown;
  for (;;) {
    try {
      const value = await page.evaluate(fn as (a: unknown) => unknown, arg);
      if (value) return value;
      lastError = undefined;
    } catch (error) {
      if (!/Protocol error|context|navigat/i.test(String(error))) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      throw new Error(`Timed out waiting for ${String(fn).slice(0, 160)}${lastError ? ` (last: ${String(lastError)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface LaunchOptions {
  /**
   * A profile folder that outlives the browser: launch again on the same folder to see what a
   * reader sees after a restart (same extension address, same stored data). Default: a fresh,
   * temporary profile.
   */
  profileDir?: string;
  /**
   * Firefox only: save downloads into this folder under their own names, without asking. (In
   * Chromium, Playwright takes every download; catch it with the page's 'download' event.)
   */
  downloadDir?: string;
}

export async function launchExtensionBrowser(name: BrowserName, { profileDir, downloadDir }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (name === 'chromium') {
    const chromium = await launchChromium({ headless: true, userDataDir: profileDir });
    const open = async (url: string) => {
      const page = await chromium.context.newPage();
      await page.goto(url);
      return playwrightTab(page);
    };
    return {
      name,
      extensionUrl: chromium.extensionUrl,
      openPage: open,
      openPopup: () => open(chromium.extensionUrl + 'popup.html'),
      openExtensionPage: (path) => open(chromium.extensionUrl + path),
      close: () => chromium.close(),
    };
  }
  const firefox = await launchFirefox({
    headless: true,
    userDataDir: profileDir,
    ...(downloadDir && {
      prefs: { 'browser.download.dir': downloadDir, 'browser.download.folderList': 2, 'browser.download.useDownloadDir': true },
    }),
  });
  const openExtensionPage = async (path: string) => {
    const page = await firefox.browser.newPage();
    const url = firefox.extensionUrl + path;
    // Over BiDi, goto() to a moz-extension:// page never settles although the page loads:
    // start the navigation, then wait for the document itself.
    page.goto(url).catch(() => {});
    // Once in a few hundred openings the navigation itself is lost and every ask finds the blank
    // page until the deadline (seen in CI): start it again rather than wait for nothing.
    const deadline = Date.now() + WAIT_MS;
    for (let attempt = 1; ; attempt++) {
      const retry = Math.min(deadline, Date.now() + WAIT_MS / 3);
      const opened = await pollPage(page, (expected: string) => location.href === expected && document.readyState === 'complete', url, retry).catch((error: unknown) => {
        if (Date.now() >= deadline) throw error;
        return false;
      });
      if (opened) break;
      page.goto(url).catch(() => {});
    }
    return puppeteerTab(page);
  };
  return {
    name,
    extensionUrl: firefox.extensionUrl,
    async openPage(url) {
      const page = await firefox.browser.newPage();
      await page.goto(url);
      return puppeteerTab(page);
    },
    openPopup: () => openExtensionPage('popup.html'),
    openExtensionPage,
    close: () => firefox.close(),
  };
}

/** The option each project in playwright.config.ts sets. */
export type LagebildWorkerOptions = {
  /** Which browser this project runs in. */
  target: BrowserName;
};

type WorkerFixtures = LagebildWorkerOptions & {
  /** The fixtures server (tests/fixtures) on a free 127.0.0.1 port, e.g. server.url + '/demo/'. */
  server: { url: string };
};

type TestFixtures = {
  /** A fresh browser with a fresh profile per test, so no test sees another's stored data. */
  ext: ExtensionBrowser;
  /** URL of a demo article by file name, e.g. demo('schoigu-iran.html'). */
  demo: (file: string) => string;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  target: ['chromium', { option: true, scope: 'worker' }],
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer({ port: 0 });
      await use({ url: server.url });
      await server.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({ target }, use) => {
    const browser = await launchExtensionBrowser(target);
    await use(browser);
    await browser.close();
  },
  demo: async ({ server }, use) => {
    await use((file) => `${server.url}/demo/${file}`);
  },
});

export { expect };
