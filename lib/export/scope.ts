// Which part of the memory an export covers: everything, one entity, or the articles of a date range.
// Pure: a snapshot in, the narrower snapshot out. The JSON backup always takes everything.
import { articleTime } from '../store/entities';
import type { Snapshot } from './snapshot';

export type Scope =
  | { kind: 'all' }
  | { kind: 'entity'; entityId: string }
  /** Inclusive calendar days "YYYY-MM-DD" in UTC; either end may be open. */
  | { kind: 'range'; from?: string; to?: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Narrow a snapshot to a scope.
 * - entity: the articles mentioning it, its mentions there, and the notes on it or on a passage of
 *   one of those articles that is not about another entity.
 * - range: articles whose date (publication, else first visit) falls on those days, all their
 *   mentions and notes, and the notes on entities alone written in that range.
 */
export function applyScope(s: Snapshot, scope: Scope): Snapshot {
  if (scope.kind === 'all') return s;
  if (scope.kind === 'entity') {
    const mentions = s.mentions.filter((m) => m.entityId === scope.entityId);
    const articleIds = new Set(mentions.map((m) => m.articleId));
    return {
      articles: s.articles.filter((a) => articleIds.has(a.id)),
      mentions,
      notes: s.notes.filter(
        (n) => n.entityId === scope.entityId || (n.entityId === undefined && n.articleId !== undefined && articleIds.has(n.articleId)),
      ),
      ownEntities: s.ownEntities.filter((o) => o.id === scope.entityId),
    };
  }
  const inRange = rangeTest(scope.from, scope.to);
  const articles = s.articles.filter((a) => inRange(articleTime(a)));
  const articleIds = new Set(articles.map((a) => a.id));
  return {
    articles,
    mentions: s.mentions.filter((m) => articleIds.has(m.articleId)),
    notes: s.notes.filter((n) => (n.articleId !== undefined ? articleIds.has(n.articleId) : inRange(n.created))),
    ownEntities: s.ownEntities,
  };
}

function rangeTest(from: string | undefined, to: string | undefined): (ms: number) => boolean {
  const start = from ? Date.parse(`${from}T00:00:00Z`) : -Infinity;
  const end = to ? Date.parse(`${to}T00:00:00Z`) + DAY_MS : Infinity;
  if (Number.isNaN(start) || Number.isNaN(end)) throw new RangeError(`Not a date range: ${from ?? ''} – ${to ?? ''}`);
  return (ms) => ms >= start && ms < end;
}

/** A few words for the scope, for file headers: "all", "entity sergei-shoigu", "2024-09-01 – 2024-09-30". */
export function describeScope(scope: Scope): string {
  if (scope.kind === 'all') return 'all';
  if (scope.kind === 'entity') return `entity ${scope.entityId}`;
  return `${scope.from ?? '…'} – ${scope.to ?? '…'}`;
}
