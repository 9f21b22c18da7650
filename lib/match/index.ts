// The matcher over the curated knowledge base, built on first use; annotate() is what callers need.
import { entities } from '../kb';
import type { Entity } from '../kb/types';
import type { Automaton } from './automaton';
import { Matcher, type Mention } from './matcher';

let shared: Matcher | undefined;

/**
 * The extension build replaces this with the automaton compiled from the base (wxt.config.ts), so
 * that a page parses it instead of compiling ~1,000 entities; tests and the CLI compile at start.
 */
declare const __LAGEBILD_AUTOMATON__: string | undefined;

/** The matcher for the curated base, built once per context. */
export function getMatcher(): Matcher {
  if (!shared) {
    const prebuilt = typeof __LAGEBILD_AUTOMATON__ === 'string' ? (JSON.parse(__LAGEBILD_AUTOMATON__) as Automaton) : undefined;
    shared = new Matcher(prebuilt ?? entities);
  }
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
