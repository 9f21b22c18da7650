// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mention } from '../match';
import { installFakeHighlightApi, type FakeHighlight } from './fake-highlight-api';
import { PagePipeline, type AnnotatedArticle } from './pipeline';

const NAMES: Array<[RegExp, string, Mention['type']]> = [
  [/Sergej\s+Schoigu/g, 'sergei-shoigu', 'person'],
  [/Putin/g, 'vladimir-putin', 'person'],
  [/Su-35/g, 'su-35', 'weapon'],
  [/Kim Jong Un/g, 'kim-jong-un', 'person'],
  [/Iran/g, 'iran', 'state'],
];

/** A stand-in matcher with the real one's contract; "Kim" counts only after "Kim Jong Un". */
function fakeAnnotate(text: string): Mention[] {
  const found: Mention[] = [];
  for (const [pattern, id, type] of NAMES) {
    for (const match of text.matchAll(pattern)) found.push({ start: match.index, end: match.index + match[0].length, text: match[0], id, type });
  }
  const full = text.indexOf('Kim Jong Un');
  if (full !== -1) {
    for (const match of text.matchAll(/\bKim\b(?! Jong)/g)) {
      if (match.index > full) found.push({ start: match.index, end: match.index + 3, text: 'Kim', id: 'kim-jong-un', type: 'person' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

let registry: Map<string, FakeHighlight>;
let pipeline: PagePipeline;
let reports: AnnotatedArticle[];

/** What is painted, as texts per highlight name, read back from the ranges. */
function painted(name: string): string[] {
  return [...(registry.get(name) ?? [])].map((range) => {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  });
}

async function startOn(html: string): Promise<void> {
  document.body.innerHTML = html;
  pipeline = new PagePipeline({ annotate: fakeAnnotate, onAnnotated: (article) => reports.push(article), reportDelayMs: 0 });
  await pipeline.start();
}

beforeEach(() => {
  registry = installFakeHighlightApi();
  reports = [];
});

afterEach(() => pipeline?.destroy());

describe('PagePipeline', () => {
  it('paints names split by markup as one mention, in the highlight of its type', async () => {
    const html = '<p>Gestern traf <a href="#">Sergej</a> Schoigu in Teheran ein.</p><p>Eine <b>Su</b>-35 für den Iran.</p>';
    await startOn(html);
    expect(painted('lagebild-person')).toEqual(['Sergej Schoigu']);
    expect(painted('lagebild-weapon')).toEqual(['Su-35']);
    expect(painted('lagebild-state')).toEqual(['Iran']);
    expect(document.body.innerHTML).toBe(html);
  });

  it('reports the article once read, with offsets into its text', async () => {
    await startOn('<p>Putin und <i>Sergej</i> Schoigu</p><p>Putin</p>');
    expect(reports).toHaveLength(1);
    const article = reports[0]!;
    expect(article.mentions.map((m) => article.text.slice(m.start, m.end))).toEqual(['Putin', 'Sergej Schoigu', 'Putin']);
  });

  it('paints text a script appends, and only reads the new part', async () => {
    await startOn('<ul id="ticker"><li>Putin</li></ul>');
    const item = document.createElement('li');
    item.textContent = 'Kim Jong Un trifft Putin';
    document.getElementById('ticker')!.append(item);
    await pipeline.idle();
    expect(painted('lagebild-person').sort()).toEqual(['Kim Jong Un', 'Putin', 'Putin']);
  });

  it('drops the ranges of removed text', async () => {
    await startOn('<p id="a">Putin</p><p id="b">Iran</p>');
    document.getElementById('a')!.remove();
    await pipeline.idle();
    expect(painted('lagebild-person')).toEqual([]);
    expect(painted('lagebild-state')).toEqual(['Iran']);
  });

  it('reads a paragraph again when its text changes', async () => {
    await startOn('<p id="a">Putin spricht</p>');
    (document.getElementById('a')!.firstChild as Text).data = 'Der Iran spricht';
    await pipeline.idle();
    expect(painted('lagebild-person')).toEqual([]);
    expect(painted('lagebild-state')).toEqual(['Iran']);
  });

  it('joins a word added inside a paragraph with its neighbours', async () => {
    await startOn('<p id="a"><span>Sergej</span></p>');
    document.getElementById('a')!.append(document.createTextNode(' Schoigu'));
    await pipeline.idle();
    expect(painted('lagebild-person')).toEqual(['Sergej Schoigu']);
  });

  it('lets a short form in new text count after the full name appeared earlier on the page', async () => {
    await startOn('<p>Kim Jong Un reiste ab.</p><div id="more"></div>');
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Kim sagte nichts.';
    document.getElementById('more')!.append(paragraph);
    await pipeline.idle();
    expect(painted('lagebild-person').sort()).toEqual(['Kim', 'Kim Jong Un']);
  });

  it('matches a long page in parts, keeping offsets and the context for short forms', async () => {
    const filler = '<p>' + 'Ein Satz ohne Namen. '.repeat(40) + '</p>';
    await startOn(`<p>Kim Jong Un reiste ab.</p>${filler.repeat(30)}<p>Kim sagte, <b>Sergej</b> Schoigu und Putin</p>`);
    expect(painted('lagebild-person').sort()).toEqual(['Kim', 'Kim Jong Un', 'Putin', 'Sergej Schoigu']);
    const article = reports.at(-1)!;
    expect(article.mentions.map((m) => article.text.slice(m.start, m.end))).toEqual(['Kim Jong Un', 'Kim', 'Sergej Schoigu', 'Putin']);
  });

  it('ignores text added where a reader cannot see it', async () => {
    await startOn('<p>Iran</p><div id="hidden" hidden></div><pre id="code"></pre>');
    document.getElementById('hidden')!.append(Object.assign(document.createElement('p'), { textContent: 'Putin' }));
    document.getElementById('code')!.append('Putin');
    await pipeline.idle();
    expect(painted('lagebild-person')).toEqual([]);
  });

  it('steps through mentions in document order, wrapping around', async () => {
    await startOn('<p>Iran</p><p>Putin</p><p>Su-35</p>');
    const first = pipeline.step(undefined, 1)!;
    const second = pipeline.step(first, 1)!;
    expect([first.text, second.text, pipeline.step(second, 1)!.text]).toEqual(['Iran', 'Putin', 'Su-35']);
    expect(pipeline.step(first, -1)!.text).toBe('Su-35');
  });

  it('treats a single-page navigation to another URL as a new article', async () => {
    await startOn('<p>Putin</p>');
    const navigated: string[] = [];
    (pipeline as unknown as { options: { onNavigated: (url: string) => void } }).options.onNavigated = (url) => navigated.push(url);
    history.pushState({}, '', '/next-article');
    document.body.innerHTML = '<p>Iran</p>';
    await pipeline.idle();
    expect(navigated).toHaveLength(1);
    expect(navigated[0]).toMatch(/\/next-article$/);
    expect(painted('lagebild-state')).toEqual(['Iran']);
    expect(reports.at(-1)!.mentions.map((m) => m.id)).toEqual(['iran']);
  });

  it('hides and shows highlights, and leaves nothing behind when destroyed', async () => {
    await startOn('<p>Putin</p>');
    expect(pipeline.toggleVisible()).toBe(false);
    expect(registry.has('lagebild-person')).toBe(false);
    expect(pipeline.toggleVisible()).toBe(true);
    pipeline.destroy();
    expect([...registry.keys()]).toEqual([]);
    document.body.append('Iran');
    await pipeline.idle();
    expect(registry.size).toBe(0);
  });

  it('stops when its signal aborts', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const controller = new AbortController();
    pipeline = new PagePipeline({ annotate: fakeAnnotate });
    await pipeline.start(controller.signal);
    controller.abort();
    expect(registry.size).toBe(0);
  });

  it('survives a matcher that throws', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    pipeline = new PagePipeline({
      annotate: () => {
        throw new Error('boom');
      },
    });
    await expect(pipeline.start()).resolves.toBeUndefined();
  });
});
