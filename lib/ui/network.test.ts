import { describe, expect, it } from 'vitest';
import { actorNetwork, layoutNetwork } from './network';

const TYPES: Record<string, string> = { a: 'person', b: 'state', c: 'organization', d: 'person', w: 'weapon' };

describe('actorNetwork', () => {
  const mentions = [
    { articleId: 1, entityId: 'a' },
    { articleId: 1, entityId: 'b' },
    { articleId: 1, entityId: 'w' },
    { articleId: 2, entityId: 'a' },
    { articleId: 2, entityId: 'b' },
    { articleId: 2, entityId: 'c' },
    { articleId: 3, entityId: 'd' },
  ];

  it('links actors by the number of articles they share; weapons and loners stay out', () => {
    const network = actorNetwork(mentions, (id) => TYPES[id]);
    expect(network.nodes.map((n) => [n.id, n.articles])).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 1],
    ]);
    expect(network.links).toEqual([
      { source: 'a', target: 'b', shared: 2 },
      { source: 'a', target: 'c', shared: 1 },
      { source: 'b', target: 'c', shared: 1 },
    ]);
  });

  it('keeps each actor’s strongest ties only', () => {
    expect(actorNetwork(mentions, (id) => TYPES[id], 24, 1).links).toEqual([
      { source: 'a', target: 'b', shared: 2 },
      { source: 'a', target: 'c', shared: 1 },
    ]);
  });

  it('keeps only the actors met most often', () => {
    expect(actorNetwork(mentions, (id) => TYPES[id], 2).nodes.map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('places every node inside the picture, the same way every time', () => {
    const network = actorNetwork(mentions, (id) => TYPES[id]);
    const first = layoutNetwork(network, 600, 400);
    for (const n of first.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(600);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(400);
    }
    expect(layoutNetwork(network, 600, 400)).toEqual(first);
    expect(first.links[0]).toMatchObject({ source: 'a', target: 'b', x1: first.nodes[0]!.x, y2: first.nodes[1]!.y });
  });
});
