// Launches Debian's Chromium and Firefox ESR with the built extension loaded, for `npm start` and
// the end-to-end tests alike. Never downloads a browser: both drivers use the system binaries.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');

export const CHROMIUM_PATH = process.env.LAGEBILD_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.LAGEBILD_FIREFOX ?? '/usr/bin/firefox-esr';

/** The Firefox add-on id, as wxt.config.ts writes it into browser_specific_settings.gecko.id. */
export const GECKO_ID = 'lagebild@lagebild.example';
/** Pinned through `extensions.webextensions.uuids`, so the popup is always at this address. */
export const FIREFOX_UUID = '4a9b7e52-1c0d-4f36-9d2e-6b1f0c3a7e11';

// Quiet, root-safe Chromium: no sandbox (CI runs as root), no calls home, no first-run UI.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-sync',
];

function assertBuilt(dir, command) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build in ${dir}: run \`${command}\` first.`);
  }
}

/**
 * Chromium with the MV3 build, through Playwright's persistent context (extensions need one).
 * A given userDataDir is kept (a profile that outlives the browser); otherwise a temporary one is
 * made and removed on close.
 * @param {{ headless?: boolean, extensionPath?: string, viewport?: { width: number, height: number } | null, args?: string[], userDataDir?: string }} [options]
 */
export async function launchChromium({ headless = true, extensionPath = CHROME_BUILD, viewport, args = [], userDataDir: kept } = {}) {
  assertBuilt(extensionPath, 'npm run build:chrome');
  const { chromium } = await import('@playwright/test');
  const userDataDir = kept ?? (await mkdtemp(join(tmpdir(), 'lagebild-chromium-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: viewport === undefined ? { width: 1280, height: 900 } : viewport,
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...args,
    ],
    // Drops the "controlled by automated test software" bar; extensions load without it.
    ignoreDefaultArgs: ['--enable-automation'],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    extensionUrl: `chrome-extension://${extensionId}/`,
    async close() {
      await context.close().catch(() => {});
      if (!kept) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox ESR with the MV2 build installed as a temporary add-on, through puppeteer-core over
 * WebDriver BiDi (Playwright's Firefox needs its own patched build, which cannot be had here).
 * A given userDataDir is kept; Firefox drops a temporary add-on when it quits, so it is installed
 * again on every launch, and the prefs below keep its address and storage across that.
 * `prefs` are further Firefox preferences (e.g. a download folder for tests).
 * @param {{ headless?: boolean, extensionPath?: string, userDataDir?: string, prefs?: Record<string, unknown> }} [options]
 */
export async function launchFirefox({ headless = true, extensionPath = FIREFOX_BUILD, userDataDir, prefs = {} } = {}) {
  assertBuilt(extensionPath, 'npm run build:firefox');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    defaultViewport: headless ? { width: 1280, height: 900 } : null,
    ...(userDataDir ? { userDataDir } : {}),
    // Without it, moz-extension:// pages (the popup) cannot be opened over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      ...prefs,
    },
  });
  try {
    await browser.installExtension(extensionPath);
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
  return {
    browser,
    extensionUrl: `moz-extension://${FIREFOX_UUID}/`,
    async close() {
      await browser.close().catch(() => {});
    },
  };
}
