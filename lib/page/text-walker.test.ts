// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, isInReadableContext, nodesOf, readText, spanFor, walkText } from './text-walker';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** The text a span covers, read back from the DOM through a Range. */
function spanText(start: number, end: number, root = document.body): string {
  const pageText = readText(root);
  const span = spanFor(pageText, start, end);
  if (!span) return '<none>';
  const range = document.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range.toString();
}

describe('readText', () => {
  it.each([
    ['link splitting a name', '<p><a href="#">Sergej</a> Schoigu traf</p>', 'Sergej Schoigu traf'],
    ['bold prefix of a weapon', '<p>Eine <b>Su</b>-35 flog</p>', 'Eine Su-35 flog'],
    ['soft hyphen kept raw', '<p>Schoi\u00ADgu</p>', 'Schoi\u00ADgu'],
    ['line break inside a paragraph', '<p>Sergej<br>Schoigu</p>', 'Sergej\nSchoigu'],
    ['script and style', '<p>Putin<script>var x="Schoigu"</script><style>p{}</style></p>', 'Putin'],
    ['noscript and template', '<p>A</p><noscript>Putin</noscript><template><p>Putin</p></template>', 'A'],
    ['hidden attribute', '<p>A<span hidden>Putin</span>B</p>', 'AB'],
    ['display none', '<p>A<span style="display:none">Putin</span>B</p>', 'AB'],
    ['visibility hidden with a visible child', '<div style="visibility:hidden">Putin<span style="visibility:visible">Lawrow</span></div>', 'Lawrow'],
    ['aria-hidden', '<p>A</p><div aria-hidden="true">Putin</div>', 'A'],
    ['form fields', '<p>A</p><textarea>Putin</textarea><select><option>Putin</option></select>', 'A'],
    ['contenteditable', '<p>A</p><div contenteditable="true"><p>Putin</p></div><div contenteditable="false">B</div>', `A${BLOCK_SEPARATOR}B`],
    ['code and pre', '<p>A <code>Putin</code></p><pre>Putin</pre><p>B</p>', `A ${BLOCK_SEPARATOR}B`],
    ['our own UI', '<p>A</p><lagebild-card>Putin</lagebild-card>', 'A'],
    ['paragraphs never join', '<p>Sergej</p><p>Schoigu</p>', `Sergej${BLOCK_SEPARATOR}Schoigu`],
    ['list items and cells', '<ul><li>A</li><li>B</li></ul><table><tr><td>C</td><td>D</td></tr></table>',
      `A${BLOCK_SEPARATOR}B${BLOCK_SEPARATOR}C${BLOCK_SEPARATOR}D`],
    ['empty blocks leave no trace', '<div><p></p><p>A</p><div></div></div>', 'A'],
  ])('%s', (_name, html, expected) => {
    expect(readText(page(html)).text).toBe(expected);
  });

  it('keeps whitespace nodes between inline elements', () => {
    expect(readText(page('<p><b>Kim</b> <i>Jong</i> Un</p>')).text).toBe('Kim Jong Un');
  });

  it('gives the same result in steps as in one go', () => {
    const root = page('<p>A <b>B</b></p>'.repeat(50));
    const steps = walkText(root, 3);
    let step = steps.next();
    let pauses = 0;
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan(5);
    expect(step.value.text).toBe(readText(root).text);
  });
});

describe('spanFor', () => {
  it('maps a mention across a link back to both text nodes', () => {
    page('<p>Gestern traf <a href="#">Sergej</a> Schoigu in Teheran ein.</p>');
    const { text } = readText(document.body);
    const start = text.indexOf('Sergej');
    const end = start + 'Sergej Schoigu'.length;
    expect(spanText(start, end)).toBe('Sergej Schoigu');
    expect(nodesOf(readText(document.body), start, end).map((node) => node.data)).toEqual(['Sergej', ' Schoigu in Teheran ein.']);
  });

  it('maps a mention ending exactly at a node boundary', () => {
    page('<p>Eine <b>Su</b>-35 und ein <i>Shahed</i></p>');
    const { text } = readText(document.body);
    expect(spanText(text.indexOf('Su'), text.indexOf('Su') + 5)).toBe('Su-35');
    expect(spanText(text.indexOf('Shahed'), text.length)).toBe('Shahed');
  });

  it('maps offsets after a separator', () => {
    page('<p>A</p><p>Putin spricht</p>');
    const { text } = readText(document.body);
    expect(spanText(text.indexOf('Putin'), text.indexOf('Putin') + 5)).toBe('Putin');
  });

  it('returns nothing for an empty page', () => {
    expect(spanFor(readText(page('')), 0, 3)).toBeUndefined();
  });
});

describe('isInReadableContext', () => {
  it('rejects text under a hidden or skipped ancestor', () => {
    page('<div hidden><p id="a">x</p></div><div style="display:none"><p id="b">x</p></div><pre><span id="c">x</span></pre><p id="d">x</p>');
    expect(['a', 'b', 'c', 'd'].map((id) => isInReadableContext(document.getElementById(id)!))).toEqual([false, false, false, true]);
  });
});
