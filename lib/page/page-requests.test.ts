import { describe, expect, it } from 'vitest';
import { pageEntities } from './page-requests';

describe('pageEntities', () => {
  it('counts each entity once per mention, in order of first mention', () => {
    const mentions = [
      { id: 'sergei-shoigu', type: 'person' as const },
      { id: 'iran', type: 'state' as const },
      { id: 'sergei-shoigu', type: 'person' as const },
      { id: 'shahed-136', type: 'weapon' as const },
      { id: 'iran', type: 'state' as const },
      { id: 'iran', type: 'state' as const },
    ];
    expect(pageEntities(mentions)).toEqual([
      { entityId: 'sergei-shoigu', type: 'person', count: 2 },
      { entityId: 'iran', type: 'state', count: 3 },
      { entityId: 'shahed-136', type: 'weapon', count: 1 },
    ]);
  });

  it('answers nothing for a page without mentions', () => {
    expect(pageEntities([])).toEqual([]);
  });
});
