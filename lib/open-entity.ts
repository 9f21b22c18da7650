// Opens Lagebild's dashboard on one entity in a new tab, for the hover card's "Open in Lagebild".
// Runs in the background; touches no data.
import { browser } from 'wxt/browser';
import { err, ok, type RequestOf, type Result, type Sender } from './messages';

/** The dashboard's address for an entity (entrypoints/dashboard reads `#entity=`). */
export function dashboardUrl(entityId: string): string {
  return browser.runtime.getURL('/dashboard.html') + '#entity=' + encodeURIComponent(entityId);
}

export async function openEntity({ entityId }: RequestOf<'entity/open'>, sender: Sender): Promise<Result<null>> {
  if (typeof entityId !== 'string' || !/^[\w:.-]{1,200}$/.test(entityId)) return err('invalid', 'That is not an entity Lagebild knows.');
  // Beside the article the reader came from, so that closing it leads back there.
  const index = sender.tab?.index === undefined ? undefined : sender.tab.index + 1;
  await browser.tabs.create({ url: dashboardUrl(entityId), ...(index === undefined ? {} : { index }) });
  return ok(null);
}
