// The matcher over the curated knowledge base, built on first use; annotate() is what callers need.
import { entities } from '../kb';
import type { Entity } from '../kb/types';
import { Matcher, type Mention } from './matcher';

let shared: Matcher | undefined;

/**
 * The matcher for the curated base, compiled from it once per context (tests, the command line; a
 * page uses the automaton the extension build compiled, lib/page/page-matcher.ts).
 */
export function getMatcher(): Matcher {
  shared ??= new Matcher(entities);
  return shared;
}

/** A matcher for the curated base plus the reader's own entities (their watchlist). */
export function buildMatcher(extra: readonly Entity[] = []): Matcher {
  return new Matcher(extra.length ? [...entities, ...extra] : entities);
}

/** Every mention of a known entity in the text: UTF-16 offsets, sorted, non-overlapping. */
export function annotate(text: string): Mention[] {
  return getMatcher().annotate(text);
}

export { Matcher, type Mention };
export { compile, type Automaton } from './automaton';
export { tokenize, normalizeWord } from './tokenizer';
