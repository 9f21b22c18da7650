// Saves export files through the browser's downloads, from an extension page (popup, dashboard).
// A Chrome MV3 service worker cannot create object URLs, so the page that built the file starts the
// download. In Firefox MV2 the object URL is made in the persistent background page, because a
// popup that closes (the downloads panel or a save dialog opening) takes its object URLs with it
// and the download fails (Rob--W/crxviewer#141).
import { browser } from 'wxt/browser';
import { err, ok, type Result } from '../messages';
import type { ExportFile } from './index';

type Downloads = Pick<typeof browser.downloads, 'download' | 'onChanged'>;

/** A window that can make object URLs: the background page where there is one, else this page. */
export interface UrlOwner {
  URL: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  Blob: typeof Blob;
}

/** Firefox MV2: the background page (same process, outlives the popup). Chrome MV3: this page. */
export async function urlOwner(): Promise<UrlOwner> {
  try {
    const background = (await browser.runtime.getBackgroundPage?.()) as unknown as UrlOwner | null | undefined;
    if (background && (background as unknown) !== globalThis && typeof background.URL?.createObjectURL === 'function') return background;
  } catch {
    // Chrome MV3 has no background page, only a service worker.
  }
  return globalThis;
}

/**
 * Download each file under its name in the downloads folder, without a dialog, a second one with
 * the same name numbered by the browser. Answers the download ids, or a message for the reader.
 */
export async function downloadFiles(
  files: readonly ExportFile[],
  downloads: Downloads = browser.downloads,
  owner: UrlOwner | Promise<UrlOwner> = urlOwner(),
): Promise<Result<number[]>> {
  const { URL: urls, Blob: BlobOf } = await owner;
  const ids: number[] = [];
  for (const file of files) {
    // A Blob is not limited in size as a data: URL is; the UTF-8 charset keeps umlauts and Arabic intact.
    const url = urls.createObjectURL(new BlobOf([file.text], { type: `${file.mime};charset=utf-8` }));
    try {
      const id = await downloads.download({ url, filename: file.filename, saveAs: false, conflictAction: 'uniquify' });
      ids.push(id);
      revokeWhenDone(downloads, id, () => urls.revokeObjectURL(url));
    } catch (error) {
      urls.revokeObjectURL(url);
      return err('internal', `Lagebild could not save ${file.filename}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return ok(ids);
}

/**
 * The object URL must live until the browser has read it: free it when the download ends. (If the
 * popup has closed by then, a URL made in Firefox's background page stays until the browser quits.)
 */
function revokeWhenDone(downloads: Downloads, id: number, revoke: () => void): void {
  const listener = (delta: { id: number; state?: { current?: string } }) => {
    if (delta.id !== id || (delta.state?.current !== 'complete' && delta.state?.current !== 'interrupted')) return;
    downloads.onChanged.removeListener(listener);
    revoke();
  };
  downloads.onChanged.addListener(listener);
}
