// Mentions over the articles' dates for the dashboard's timeline: one series per chosen entity,
// summed per day, in the aligned arrays uPlot draws. Pure.

const DAY = 24 * 60 * 60 * 1000;

export interface MentionPoint {
  entityId: string;
  /** Publication date (else first visit) of the article, epoch ms. */
  time: number;
  count: number;
}

export interface Series {
  /** Days as epoch seconds (UTC midnight), ascending. */
  days: number[];
  /** Per entity, in the order asked for: mentions on each of `days`. */
  values: number[][];
}

export function mentionSeries(points: readonly MentionPoint[], entityIds: readonly string[]): Series {
  const wanted = new Map(entityIds.map((id, i) => [id, i]));
  const perDay = new Map<number, number[]>();
  for (const p of points) {
    const index = wanted.get(p.entityId);
    if (index === undefined || !Number.isFinite(p.time)) continue;
    const day = Math.floor(p.time / DAY) * DAY;
    let row = perDay.get(day);
    if (!row) perDay.set(day, (row = entityIds.map(() => 0)));
    row[index]! += p.count;
  }
  const days = [...perDay.keys()].sort((a, b) => a - b);
  return { days: days.map((d) => d / 1000), values: entityIds.map((_, i) => days.map((d) => perDay.get(d)![i]!)) };
}
