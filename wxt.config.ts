// Build configuration for both browsers: Chrome MV3 and Firefox MV2 (README: "Why Firefox gets Manifest V2").
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { entities } from './lib/kb';
import { packShards } from './lib/kb/transport';
import { compile } from './lib/match/automaton';
import { pack, tablesOf } from './lib/match/tables';

const GECKO_ID = 'lagebild@lagebild.example';
// The base as rows (lib/kb/transport.ts) in files of at most 4 MB: Firefox's add-on linter parses
// no file over 5 MB.
const KB_SHARDS = packShards(entities, 4_000_000);
const KB_FILES = KB_SHARDS.map((_, i) => `knowledge-base-${i + 1}.json`);

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
    // The matcher's automaton, compiled and packed once here so that a page only decodes it
    // (lib/match/prebuilt.ts).
    define: {
      __LAGEBILD_AUTOMATON__: JSON.stringify(JSON.stringify(pack(tablesOf(compile(entities))))),
      // Where the knowledge base is: files of its own, written below (lib/kb/index.ts, lib/kb/load.ts).
      __LAGEBILD_KB_FILES__: JSON.stringify(KB_FILES.join(',')),
    },
  }),
  hooks: {
    // The base as rows (lib/kb/transport.ts), beside the scripts rather than inside them: embedded,
    // it had taken the background and dashboard scripts towards the 5 MB that Firefox's add-on
    // linter parses.
    'build:publicAssets': (_wxt, files) => {
      KB_SHARDS.forEach((contents, i) => files.push({ relativeDest: KB_FILES[i]!, contents }));
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
