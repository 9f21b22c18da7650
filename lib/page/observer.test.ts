// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { BatchedObserver, type DomChanges } from './observer';

let observer: BatchedObserver | undefined;
afterEach(() => observer?.destroy());

/** An observer on <body> whose batches are delivered only on flush(). */
function watch(threshold?: number): DomChanges[] {
  const batches: DomChanges[] = [];
  observer = new BatchedObserver(document.body, (changes) => batches.push(changes), { threshold, schedule: () => () => {} });
  observer.start();
  return batches;
}

describe('BatchedObserver', () => {
  it('hands over added nodes and their parent in one batch', () => {
    document.body.innerHTML = '<ul id="list"></ul>';
    const batches = watch();
    const list = document.getElementById('list')!;
    const first = list.appendChild(document.createElement('li'));
    const second = list.appendChild(document.createElement('li'));
    observer!.flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.changed).toEqual(new Set([first, list, second]));
    expect(batches[0]!.removed).toBe(false);
  });

  it('notices changed text and removed nodes', () => {
    document.body.innerHTML = '<p id="a">Putin</p><p id="b">Iran</p>';
    const batches = watch();
    const text = document.getElementById('a')!.firstChild as Text;
    text.data = 'Lawrow';
    document.getElementById('b')!.remove();
    observer!.flush();
    expect(batches[0]!.changed.has(text)).toBe(true);
    expect(batches[0]!.removed).toBe(true);
  });

  it('ignores our own card host coming and going', () => {
    document.body.innerHTML = '<p>Putin</p>';
    const batches = watch();
    const host = document.body.appendChild(document.createElement('lagebild-card'));
    host.remove();
    observer!.flush();
    expect(batches).toEqual([]);
  });

  it('asks for one rescan instead of following too many changes', () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const batches = watch(10);
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 30; i++) feed.appendChild(document.createElement('p'));
    observer!.flush();
    expect(batches[0]!.overflow).toBe(true);
  });

  it('follows attributes that show or hide text', () => {
    document.body.innerHTML = '<div id="more" hidden><p>Putin</p></div>';
    const batches = watch();
    const more = document.getElementById('more')!;
    more.removeAttribute('hidden');
    more.setAttribute('class', 'open');
    observer!.flush();
    expect(batches[0]!.changed).toEqual(new Set([more]));
  });
});
