// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeHighlightApi, type FakeHighlight } from './fake-highlight-api';
import { CURRENT_HIGHLIGHT_NAME, HIGHLIGHT_NAMES, HighlightPainter } from './highlight-painter';

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = installFakeHighlightApi();
  document.body.innerHTML = '<p>Putin und Schoigu</p>';
});

function rangeOf(start: number, end: number): Range {
  const range = document.createRange();
  const text = document.querySelector('p')!.firstChild!;
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
}

describe('HighlightPainter', () => {
  it('registers one prefixed highlight per type and paints each range into its type', () => {
    const painter = new HighlightPainter();
    expect([...registry.keys()].sort()).toEqual([...Object.values(HIGHLIGHT_NAMES), CURRENT_HIGHLIGHT_NAME].sort());
    const putin = rangeOf(0, 5);
    painter.paint('person', putin);
    painter.paint('person', rangeOf(10, 17));
    expect(registry.get('lagebild-person')!.size).toBe(2);
    expect(registry.get('lagebild-weapon')!.size).toBe(0);
    painter.erase('person', putin);
    expect(registry.get('lagebild-person')!.size).toBe(1);
  });

  it('hides and shows without forgetting ranges, and leaves the page’s own highlights alone', () => {
    const painter = new HighlightPainter();
    registry.set('page-search', new (globalThis as unknown as { Highlight: new () => FakeHighlight }).Highlight());
    painter.paint('state', rangeOf(0, 5));
    painter.setVisible(false);
    expect([...registry.keys()]).toEqual(['page-search']);
    painter.setVisible(true);
    expect(registry.get('lagebild-state')!.size).toBe(1);
    painter.destroy();
    expect([...registry.keys()]).toEqual(['page-search']);
  });

  it('keeps one current range above the others', () => {
    const painter = new HighlightPainter();
    const range = rangeOf(0, 5);
    painter.paint('person', range);
    painter.setCurrent(range);
    expect(registry.get(CURRENT_HIGHLIGHT_NAME)!.size).toBe(1);
    expect(registry.get(CURRENT_HIGHLIGHT_NAME)!.priority).toBeGreaterThan(registry.get('lagebild-person')!.priority);
    painter.erase('person', range);
    expect(registry.get(CURRENT_HIGHLIGHT_NAME)!.size).toBe(0);
  });
});
