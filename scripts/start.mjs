// `npm start`: builds Lagebild, serves the demo articles and opens a real browser with the
// extension loaded and the articles in tabs. Runs until the browser is closed or Ctrl-C.
//
//   npm start                      Chromium (default)
//   npm start -- --firefox         Firefox ESR
//   npm start -- --no-build        use the existing .output build
//   npm start -- --port 8080       serve on another port (default 4321, or PORT)
//   npm start -- --screenshot a.png  take a picture of the first article, then close
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { ROOT, launchChromium, launchFirefox } from './browsers.mjs';
import { DEFAULT_PORT, startServer } from './serve.mjs';

const { values: options } = parseArgs({
  options: {
    firefox: { type: 'boolean', default: false },
    chromium: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string' },
    screenshot: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (options.help) {
  console.log('Usage: npm start [-- --firefox] [--no-build] [--port N] [--screenshot FILE]');
  process.exit(0);
}

const target = options.firefox ? 'firefox' : 'chromium';
const ARTICLES = ['patruschew-teheran.html', 'schoigu-iran.html', 'live-ticker.html'];

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display to open a browser window on. Without a desktop, run it under a virtual one:\n' +
      '  xvfb-run -s "-screen 0 1280x960x24" npm start',
  );
  process.exit(1);
}

if (!options['no-build']) {
  console.log(`Building Lagebild for ${target}…`);
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('The build failed; nothing to open.');
    process.exit(build.status ?? 1);
  }
}

const port = Number(options.port ?? process.env.LAGEBILD_PORT ?? process.env.PORT ?? DEFAULT_PORT);
let server;
try {
  server = await startServer({ port });
} catch (error) {
  if (error?.code !== 'EADDRINUSE') throw error;
  // A server from an earlier `npm start` (or anything else) holds the port: take a free one.
  server = await startServer({ port: 0 });
  console.log(`Port ${port} is taken; serving on ${server.port} instead.`);
}
const demo = (file) => `${server.url}/demo/${file}`;
console.log(`Demo articles: ${server.url}/demo/`);

/** Waits until the content script has visibly run, so a screenshot shows its work. */
/* global document, CSS -- lagebildActive runs in the page, not in Node */
const lagebildActive = () =>
  document.documentElement.dataset.lagebild !== undefined ||
  ('highlights' in CSS && [...CSS.highlights.keys()].some((name) => name.startsWith('lagebild')));

let closeBrowser = async () => {};
let shuttingDown = false;
async function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  await closeBrowser().catch(() => {});
  await server.close();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  if (target === 'chromium') {
    const chromium = await launchChromium({ headless: false, viewport: null, args: ['--window-size=1280,960'] });
    closeBrowser = () => chromium.close();
    const [first = await chromium.context.newPage()] = chromium.context.pages();
    await first.goto(`${server.url}/demo/`);
    const tabs = [];
    for (const file of ARTICLES) {
      const page = await chromium.context.newPage();
      await page.goto(demo(file));
      tabs.push(page);
    }
    await tabs[0].bringToFront();
    console.log(`Chromium is open with Lagebild (${chromium.extensionUrl}popup.html).`);
    if (options.screenshot) {
      await tabs[0].waitForFunction(lagebildActive, undefined, { timeout: 15_000 });
      await tabs[0].screenshot({ path: options.screenshot });
      console.log(`Screenshot: ${options.screenshot}`);
      await shutdown(0);
    }
    chromium.context.on('close', () => void shutdown(0));
  } else {
    const firefox = await launchFirefox({ headless: false });
    closeBrowser = () => firefox.close();
    const [first = await firefox.browser.newPage()] = await firefox.browser.pages();
    await first.goto(`${server.url}/demo/`);
    const tabs = [];
    for (const file of ARTICLES) {
      const page = await firefox.browser.newPage();
      await page.goto(demo(file));
      tabs.push(page);
    }
    await tabs[0].bringToFront();
    console.log(`Firefox is open with Lagebild (${firefox.extensionUrl}popup.html).`);
    if (options.screenshot) {
      await tabs[0].waitForFunction(lagebildActive, { timeout: 15_000 });
      await tabs[0].screenshot({ path: options.screenshot });
      console.log(`Screenshot: ${options.screenshot}`);
      await shutdown(0);
    }
    firefox.browser.on('disconnected', () => void shutdown(0));
  }
  console.log('Close the browser or press Ctrl-C to stop.');
} catch (error) {
  console.error(error);
  await shutdown(1);
}
