// Readable text of a saved HTML page for the command-line tools and tests: scripts, styles and
// comments dropped, blocks kept apart, entities decoded. Not the content script's walker (lib/page/).

const NAMED: Record<string, string> = {
  nbsp: '\u00a0', shy: '\u00ad', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", auml: 'ä', ouml: 'ö', uuml: 'ü',
  Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', ndash: '–', mdash: '—', bdquo: '„', ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', sbquo: '‚', hellip: '…', eacute: 'é', egrave: 'è', laquo: '«', raquo: '»', zwnj: '\u200c', zwj: '\u200d',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

const BLOCK = /^(p|div|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|nav|aside|blockquote|figure|figcaption|br|hr|main|form|dd|dt|dl)$/i;

export function htmlToText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_, tag: string) => (BLOCK.test(tag) ? '\n\n' : ''));
  return decodeEntities(stripped)
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/\s*\n\s*(\n\s*)+/g, '\n\n')
    .trim();
}
