// The foundation, proven in each real browser: the built extension loads, its content script
// runs on a demo article without breaking the page, and its popup opens and renders.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, launchExtensionBrowser } from './fixtures';
import pkg from '../../package.json' with { type: 'json' };

type StorageArea = { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> };
type ChromeApi = { runtime: { getManifest(): { version: string; manifest_version: number } }; storage: { local: StorageArea } };
/** Inlined into page functions, which are serialised and cannot call helpers from this file. */
type ExtensionGlobals = { browser?: ChromeApi; chrome: ChromeApi };

/** True once the content script has visibly done its work on the page. */
function lagebildActive(): boolean {
  // Loose on purpose: the skeleton marks <html data-lagebild>, the page pipeline paints
  // CSS highlights named lagebild-*; either one proves our content script ran in this page.
  const marked = document.documentElement.dataset.lagebild !== undefined;
  const painted =
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    [...CSS.highlights.keys()].some((name) => name.startsWith('lagebild'));
  return marked || painted;
}

test('the installed extension is this build', async ({ ext }) => {
  const popup = await ext.openPopup();
  const manifest = await popup.evaluate(() => {
    const g = globalThis as unknown as ExtensionGlobals;
    const m = (g.browser ?? g.chrome).runtime.getManifest();
    return { version: m.version, manifest_version: m.manifest_version };
  });
  expect(manifest.version).toBe(pkg.version);
  expect(manifest.manifest_version).toBe(ext.name === 'chromium' ? 3 : 2);
});

test('its content script runs on a demo article and leaves the article readable', async ({ ext, demo }) => {
  const tab = await ext.openPage(demo('patruschew-teheran.html'));
  expect(await tab.waitFor(lagebildActive)).toBe(true);

  expect(await tab.text('h1')).toBe('Patruschew in Teheran: Russland sucht iranische Raketen');
  // The name split by a link reads as one name to the reader.
  expect(await tab.text('article .lead')).toContain('Nikolai Patruschew, am 8. November in Teheran');

  // The page's own script still works: the cookie banner closes.
  await tab.click('#cookie-ok');
  expect(await tab.evaluate(() => document.querySelector('.cookie-banner') === null)).toBe(true);
});

test("a page's own widgets keep working with the extension loaded", async ({ ext, demo }) => {
  const tab = await ext.openPage(demo('live-ticker.html'));
  await tab.waitFor(lagebildActive);

  await tab.click('#like-button');
  await tab.click('#like-button');
  expect(await tab.text('#like-count')).toBe('2 Leser fanden das hilfreich');
  // The keyboard reaches the page too: the clicked button has focus, Enter presses it again.
  await tab.press('Enter');
  expect(await tab.text('#like-count')).toBe('3 Leser fanden das hilfreich');

  await tab.click('#load-more');
  expect(await tab.text('#ticker li:first-child')).toContain('Kim Jong Un');
  expect(await tab.text('#ticker li:first-child')).toContain('Shahed-136');
});

test('its popup opens and renders', async ({ ext }) => {
  const popup = await ext.openPopup();
  const heading = await popup.waitFor(() =>
    [...document.querySelectorAll('h1, h2, [role="heading"]')]
      .map((h) => h.textContent?.trim() ?? '')
      .find((text) => text.includes('Lagebild')),
  );
  expect(heading).toContain('Lagebild');
});

test('a restarted browser finds the extension at the same address with its data', async ({ target }) => {
  // What a reader relies on between sessions, and what later store tests build on.
  const profileDir = await mkdtemp(join(tmpdir(), 'lagebild-profile-'));
  try {
    let browser = await launchExtensionBrowser(target, { profileDir });
    const address = browser.extensionUrl;
    let popup = await browser.openPopup();
    await popup.evaluate(() => {
      // `browser` in Firefox (promises), `chrome` in Chromium MV3 (promises too).
      const g = globalThis as unknown as ExtensionGlobals;
      return (g.browser ?? g.chrome).storage.local.set({ e2eMarker: 'kept' });
    });
    await browser.close();

    browser = await launchExtensionBrowser(target, { profileDir });
    expect(browser.extensionUrl).toBe(address);
    popup = await browser.openPopup();
    const stored = await popup.evaluate(() => {
      const g = globalThis as unknown as ExtensionGlobals;
      return (g.browser ?? g.chrome).storage.local.get('e2eMarker');
    });
    expect(stored).toEqual({ e2eMarker: 'kept' });
    await browser.close();
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
});
