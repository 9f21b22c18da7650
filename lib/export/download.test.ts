import { describe, expect, it, vi } from 'vitest';
import { downloadFiles } from './download';

type Delta = { id: number; state?: { current?: string } };

function fakeDownloads(fail?: string) {
  const listeners: ((delta: Delta) => void)[] = [];
  let next = 1;
  return {
    download: vi.fn(async (options: { url: string; filename?: string; saveAs?: boolean }) => {
      if (fail && options.filename === fail) throw new Error('Invalid filename');
      return next++;
    }),
    onChanged: {
      addListener: (l: (delta: Delta) => void) => void listeners.push(l),
      removeListener: (l: (delta: Delta) => void) => void listeners.splice(listeners.indexOf(l), 1),
    },
    finish: (id: number) => [...listeners].forEach((l) => l({ id, state: { current: 'complete' } })),
    listeners,
  };
}

describe('downloadFiles', () => {
  it('downloads each file from an object URL under its name, and frees the URL when done', async () => {
    const downloads = fakeDownloads();
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const result = await downloadFiles(
      [{ filename: 'lagebild-mentions-2026-01-05.csv', mime: 'text/csv', text: 'a' }, { filename: 'lagebild-notes-2026-01-05.csv', mime: 'text/csv', text: 'ü' }],
      downloads as never,
      globalThis,
    );
    expect(result).toEqual({ ok: true, value: [1, 2] });
    expect(downloads.download.mock.calls.map(([o]) => [o.filename, o.saveAs, o.url.startsWith('blob:')])).toEqual([
      ['lagebild-mentions-2026-01-05.csv', false, true],
      ['lagebild-notes-2026-01-05.csv', false, true],
    ]);
    expect(revoke).not.toHaveBeenCalled();
    downloads.finish(1);
    expect(revoke).toHaveBeenCalledTimes(1);
    expect(downloads.listeners).toHaveLength(1);
  });

  it('makes the object URL where it outlives the page when there is such a place (Firefox\'s background page)', async () => {
    const downloads = fakeDownloads();
    const background = { Blob, URL: { createObjectURL: vi.fn(() => 'blob:moz-extension://uuid/1'), revokeObjectURL: vi.fn() } };
    await downloadFiles([{ filename: 'lagebild-stix-2026-01-05.json', mime: 'application/json', text: '{}' }], downloads as never, background);
    expect(downloads.download).toHaveBeenCalledWith(expect.objectContaining({ url: 'blob:moz-extension://uuid/1' }));
    downloads.finish(1);
    expect(background.URL.revokeObjectURL).toHaveBeenCalledWith('blob:moz-extension://uuid/1');
  });

  it('says which file could not be saved', async () => {
    const result = await downloadFiles([{ filename: 'x.md', mime: 'text/markdown', text: '' }], fakeDownloads('x.md') as never, globalThis);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Lagebild could not save x.md: Invalid filename' } });
  });
});
