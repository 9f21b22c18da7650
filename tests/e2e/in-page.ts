// Functions that run inside a page or an extension page: tests pass them to `tab.evaluate`, which
// serialises them, so each is self-contained (no imports, nothing from this module's scope).
import type { PaintedReport } from '../../lib/page/test-hook';

/** What Lagebild reports through its local test hook (lib/page/test-hook.ts), or null until it has read the page. */
export function askLagebild(): PaintedReport | null {
  let answer: string | null = null;
  const listener = (event: Event) => {
    answer = (event as CustomEvent<string>).detail;
  };
  document.addEventListener('lagebild:answer', listener);
  document.dispatchEvent(new CustomEvent('lagebild:query'));
  document.removeEventListener('lagebild:answer', listener);
  if (answer === null) return null;
  const report = JSON.parse(answer) as PaintedReport;
  return report.ready ? report : null;
}

/**
 * In an extension page (the background's origin): every record of the named stores of Lagebild's
 * database, read with raw IndexedDB, or null until the background has created them. Reads only once
 * the database exists, so that reading never creates an empty one under the background's feet.
 */
export async function readStores(stores: string[]): Promise<Record<string, unknown[]> | null> {
  if (!(await indexedDB.databases()).some((d) => d.name === 'lagebild')) return null;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('lagebild');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    if (!stores.every((store) => db.objectStoreNames.contains(store))) return null;
    const records: Record<string, unknown[]> = {};
    for (const store of stores) {
      records[store] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    }
    return records;
  } finally {
    db.close();
  }
}
