// Loads the knowledge base from the extension's own package into lib/kb, once per page or worker.
// A file of the extension, read from inside it: no request leaves the browser.
import { browser, type PublicPath } from 'wxt/browser';
import { KB_FILES, useEntities } from './index';
import { unpackEntities } from './transport';

let loading: Promise<void> | undefined;

/**
 * Resolves once getEntity() and `entities` hold the whole base. Where the base is built from
 * sources (tests, the command line) it already does. A failed read is not remembered: the next call
 * tries again.
 */
export function loadKnowledgeBase(): Promise<void> {
  if (!KB_FILES) return Promise.resolve();
  loading ??= readBase(KB_FILES).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Runs `then` once the base is read, or once reading it failed (logged): an extension page renders
 * then, and without the base it still shows the reader's notes, with entity ids for names.
 */
export function afterKnowledgeBase(then: () => void): void {
  void loadKnowledgeBase()
    .catch((error: unknown) => console.error(error))
    .finally(then);
}

// The build writes the files (wxt.config.ts), so the generated list of public paths does not name them.
async function readBase(files: readonly string[]): Promise<void> {
  const shards = await Promise.all(
    files.map(async (file) => {
      const response = await fetch(browser.runtime.getURL(`/${file}` as PublicPath));
      if (!response.ok) throw new Error(`Lagebild could not read its knowledge base (${file}: ${response.status}). Reinstalling the extension restores it.`);
      return unpackEntities(await response.text());
    }),
  );
  useEntities(shards.flat());
}
