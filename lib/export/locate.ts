// Where in a snippet an entity is named: the quote, with a little context, that W3C selectors
// and STIX notes can point at. The store keeps only the first mention's offset and the sentences
// around mentions, so this finds the entity's earliest name in the first snippet.
import type { EntityFacts } from './snapshot';

export interface Located {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Context either side, in UTF-16 code units, never splitting an emoji's surrogate pair. */
const CONTEXT = 32;

export function locateName(snippet: string, facts: EntityFacts): Located | undefined {
  const e = facts.entity;
  const loose = [facts.name, ...facts.aliases.filter((n) => !e?.acronyms?.includes(n)), ...(e?.shortForms ?? [])];
  const exactCase = e?.acronyms ?? [];
  const lower = snippet.toLowerCase();
  let best: { at: number; length: number } | undefined;
  const consider = (at: number, length: number) => {
    if (at >= 0 && (!best || at < best.at || (at === best.at && length > best.length))) best = { at, length };
  };
  for (const name of loose) if (name) consider(lower.indexOf(name.toLowerCase()), name.length);
  for (const acronym of exactCase) consider(snippet.indexOf(acronym), acronym.length);
  if (!best) return undefined;
  const before = snippet.slice(0, best.at);
  const after = snippet.slice(best.at + best.length);
  // A snippet cut with "…" is not the page's text past the cut.
  const prefix = before.slice(before.lastIndexOf('…') + 1).slice(-CONTEXT).replace(/^[\uDC00-\uDFFF]/, '');
  const cut = after.indexOf('…');
  const suffix = (cut === -1 ? after : after.slice(0, cut)).slice(0, CONTEXT).replace(/[\uD800-\uDBFF]$/, '');
  return { exact: snippet.slice(best.at, best.at + best.length), prefix, suffix };
}
