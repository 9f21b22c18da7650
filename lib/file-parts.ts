// Build time only: splitting what the extension ships into files small enough for Firefox's add-on
// linter, which parses no file over 5 MB (the base and the automaton have both grown past it).

const encoder = new TextEncoder();

/** The UTF-8 size of a text, as a file holds it. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/**
 * The files of `split(count)` for the smallest count, from `total / maxBytes` up, at which each file
 * holds at most `maxBytes` bytes of UTF-8.
 */
export function fewestFiles(totalBytes: number, maxBytes: number, split: (count: number) => string[]): string[] {
  for (let count = Math.max(1, Math.ceil(totalBytes / maxBytes)); ; count++) {
    const files = split(count);
    if (files.every((file) => utf8Bytes(file) <= maxBytes)) return files;
  }
}
