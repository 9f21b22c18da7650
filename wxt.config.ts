// Build configuration for both browsers: Chrome MV3 and Firefox MV2 (README: "Why Firefox gets Manifest V2").
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { entities } from './lib/kb';
import { packShards } from './lib/kb/transport';
import { compile } from './lib/match/automaton';
import { automatonScripts } from './lib/match/prebuilt';
import { pack, tablesOf } from './lib/match/tables';

const GECKO_ID = 'lagebild@lagebild.example';
// The base as rows (lib/kb/transport.ts) in files of at most 4 MB: Firefox's add-on linter parses
// no file over 5 MB.
const KB_SHARDS = packShards(entities, 4_000_000);
const KB_FILES = KB_SHARDS.map((_, i) => `knowledge-base-${i + 1}.json`);
// The matcher's automaton, compiled and packed once here so that a page only decodes it
// (lib/match/prebuilt.ts): content scripts of their own, run before the main one. Inside content.js
// it had taken that script towards the linter's 5 MB.
const AUTOMATON_JSON = JSON.stringify(pack(tablesOf(compile(entities))));
const AUTOMATON_SCRIPTS = automatonScripts(AUTOMATON_JSON, 4_000_000);
const AUTOMATON_FILES = AUTOMATON_SCRIPTS.map((_, i) => `content-scripts/automaton-${i + 1}.js`);
const CONTENT_SCRIPT = 'content-scripts/content.js';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: ({ command }) => ({
    plugins: [preact()],
    define: {
      // How many of the automaton's scripts run before the content script (lib/match/prebuilt.ts);
      // in WXT's dev mode, which registers the content script alone, the packed automaton itself.
      __LAGEBILD_AUTOMATON__: JSON.stringify(command === 'serve' ? AUTOMATON_JSON : AUTOMATON_FILES.length),
      // Where the knowledge base is: files of its own, written below (lib/kb/index.ts, lib/kb/load.ts).
      __LAGEBILD_KB_FILES__: JSON.stringify(KB_FILES.join(',')),
    },
  }),
  hooks: {
    // The base as rows (lib/kb/transport.ts), beside the scripts rather than inside them: embedded,
    // it had taken the background and dashboard scripts towards the 5 MB that Firefox's add-on
    // linter parses.
    'build:publicAssets': (wxt, files) => {
      KB_SHARDS.forEach((contents, i) => files.push({ relativeDest: KB_FILES[i]!, contents }));
      if (wxt.config.command === 'serve') return;
      AUTOMATON_SCRIPTS.forEach((contents, i) => files.push({ relativeDest: AUTOMATON_FILES[i]!, contents }));
    },
    // The automaton's scripts go first in the content script's entry, so that they run before it,
    // in the same world, on the same pages.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.command === 'serve') return;
      const entry = manifest.content_scripts?.find((script) => script.js?.includes(CONTENT_SCRIPT));
      if (!entry) throw new Error(`wxt.config.ts: the manifest has no content script ${CONTENT_SCRIPT} to give the automaton to.`);
      entry.js = [...AUTOMATON_FILES, ...entry.js!];
    },
  },
  // The sources zip is for addons.mozilla.org's reviewers: no third-party saved pages, no test output.
  zip: { excludeSources: ['tests/**', 'test-results/**', 'playwright-report/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'downloads'],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_cmdToggleHighlights__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
