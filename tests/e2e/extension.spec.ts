// The foundation, proven in each real browser: the built extension loads, its content script
// runs on a demo article without breaking the page, and its popup opens and renders.
import { test, expect } from './fixtures';
import pkg from '../../package.json' with { type: 'json' };

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
    // `chrome.runtime` exists in extension pages of both browsers.
    type Runtime = { runtime: { getManifest(): { version: string; manifest_version: number } } };
    const m = (globalThis as unknown as { chrome: Runtime }).chrome.runtime.getManifest();
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
