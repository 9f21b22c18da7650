// Saves export files through the browser's downloads, from an extension page (popup, dashboard).
// Not from the background: a Chrome MV3 service worker cannot create object URLs, so the page that
// built the file downloads it itself; Firefox MV2 pages and Chrome pages both can.
import { browser } from 'wxt/browser';
import { err, ok, type Result } from '../messages';
import type { ExportFile } from './index';

type Downloads = Pick<typeof browser.downloads, 'download' | 'onChanged'>;

/**
 * Download each file under its name in the downloads folder, without a dialog, a second one with
 * the same name numbered by the browser. Answers the download ids, or a message for the reader.
 */
export async function downloadFiles(files: readonly ExportFile[], downloads: Downloads = browser.downloads): Promise<Result<number[]>> {
  const ids: number[] = [];
  for (const file of files) {
    // A Blob is not limited in size as a data: URL is; the UTF-8 charset keeps umlauts and Arabic intact.
    const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mime};charset=utf-8` }));
    try {
      const id = await downloads.download({ url, filename: file.filename, saveAs: false, conflictAction: 'uniquify' });
      ids.push(id);
      revokeWhenDone(downloads, id, url);
    } catch (error) {
      URL.revokeObjectURL(url);
      return err('internal', `Lagebild could not save ${file.filename}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return ok(ids);
}

/** The object URL must live until the browser has read it: free it when the download ends. */
function revokeWhenDone(downloads: Downloads, id: number, url: string): void {
  const listener = (delta: { id: number; state?: { current?: string } }) => {
    if (delta.id !== id || (delta.state?.current !== 'complete' && delta.state?.current !== 'interrupted')) return;
    downloads.onChanged.removeListener(listener);
    URL.revokeObjectURL(url);
  };
  downloads.onChanged.addListener(listener);
}
