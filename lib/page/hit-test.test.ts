// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hitTest, rangeContainsPoint, textNodesAt } from './hit-test';

function rectsRange(rects: Array<{ left: number; top: number; right: number; bottom: number }>): Range {
  return { getClientRects: () => rects } as unknown as Range;
}

describe('hit test', () => {
  it('takes the text node itself, or the text children around an element offset', () => {
    document.body.innerHTML = '<p>Sergej<b>x</b> Schoigu</p>';
    const paragraph = document.querySelector('p')!;
    const [sergej, , schoigu] = [...paragraph.childNodes];
    expect(textNodesAt({ node: sergej!, offset: 2 })).toEqual([sergej]);
    expect(textNodesAt({ node: paragraph, offset: 1 })).toEqual([sergej]);
    expect(textNodesAt({ node: paragraph, offset: 2 })).toEqual([schoigu]);
  });

  it('counts a point inside any line box of a range, with a pixel of slop', () => {
    const range = rectsRange([
      { left: 100, top: 10, right: 200, bottom: 30 },
      { left: 0, top: 30, right: 50, bottom: 50 },
    ]);
    expect(rangeContainsPoint(range, 150, 20)).toBe(true);
    expect(rangeContainsPoint(range, 25, 40)).toBe(true);
    expect(rangeContainsPoint(range, 201, 20)).toBe(true);
    expect(rangeContainsPoint(range, 75, 40)).toBe(false);
  });

  it('finds the candidate under the caret whose boxes hold the point', () => {
    document.body.innerHTML = '<p>Putin und Iran</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const doc = Object.assign(Object.create(document) as Document, {
      caretPositionFromPoint: () => ({ offsetNode: text, offset: 11 }),
    });
    const putin = { name: 'putin', range: rectsRange([{ left: 0, top: 0, right: 40, bottom: 20 }]) };
    const iran = { name: 'iran', range: rectsRange([{ left: 80, top: 0, right: 110, bottom: 20 }]) };
    const candidates = (node: Text) => (node === text ? [putin, iran] : undefined);
    expect(hitTest(doc, 90, 10, candidates, (candidate) => candidate.range)?.name).toBe('iran');
    // Beside the text the caret still lands somewhere; no box holds the point, so no hit.
    expect(hitTest(doc, 300, 10, candidates, (candidate) => candidate.range)).toBeUndefined();
  });
});
