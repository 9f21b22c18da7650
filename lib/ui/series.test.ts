import { describe, expect, it } from 'vitest';
import { mentionSeries } from './series';

const day = (iso: string) => Date.parse(iso);

describe('mentionSeries', () => {
  it('sums mentions per day for the chosen entities, in the order asked for', () => {
    const series = mentionSeries(
      [
        { entityId: 'iran', time: day('2024-09-18T07:15:00Z'), count: 3 },
        { entityId: 'iran', time: day('2024-09-18T19:00:00Z'), count: 2 },
        { entityId: 'sergei-shoigu', time: day('2024-09-18T07:15:00Z'), count: 4 },
        { entityId: 'iran', time: day('2024-09-20T10:00:00Z'), count: 1 },
        { entityId: 'not-chosen', time: day('2024-09-21T10:00:00Z'), count: 9 },
        { entityId: 'iran', time: NaN, count: 9 },
      ],
      ['sergei-shoigu', 'iran'],
    );
    expect(series.days).toEqual([day('2024-09-18T00:00:00Z') / 1000, day('2024-09-20T00:00:00Z') / 1000]);
    expect(series.values).toEqual([
      [4, 0],
      [5, 1],
    ]);
  });
});
