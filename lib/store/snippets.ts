// Context snippets for the memory: the sentence around a mention, and one summary per entity of an
// article's mentions. Pure functions of text and offsets, safe to call from the content script.
import type { MentionSummary } from '../messages';

export const MAX_SNIPPETS = 3;
export const SNIPPET_MAX_LEN = 240;

/** The part of a matcher mention that the summary needs (lib/match `Mention` fits). */
export interface MentionSpan {
  start: number;
  end: number;
  id: string;
}

// A full stop after these is not a sentence end (German and English news usage), compared lower-case.
const ABBREVIATIONS = new Set(
  (
    'dr prof nr st bzw ca vgl usw etc inkl exkl abs bd ggf evtl mio mrd hr fr hrsg sog z.b u.a d.h ' +
    'mr mrs ms gen lt col maj capt cpl sgt adm gov sen rep pres jr sr no vs ' +
    'jan feb mar apr jun jul aug sep sept oct okt nov dec dez'
  ).split(' '),
);

const CLOSERS = '"\'”“»«’)]';

/**
 * The sentence of `text` that contains [start, end), whitespace collapsed, at most `maxLen`
 * characters: a longer sentence is cut at word boundaries around the mention and marked with "…".
 * Offsets are UTF-16 code units, as the matcher reports them.
 */
export function sentenceAround(text: string, start: number, end: number, maxLen: number = SNIPPET_MAX_LEN): string {
  start = clamp(start, 0, text.length);
  end = clamp(end, start, text.length);
  const reach = Math.max(maxLen * 4, 200); // no need to find a boundary we would cut away anyway

  let from = start;
  while (from > 0 && start - from < reach && !endsSentenceBefore(text, from)) from--;
  let to = end;
  while (to < text.length && to - end < reach && !endsSentenceBefore(text, to)) to++;

  // Squashing the prefix separately is exact: the mention starts with a non-space character.
  const sentence = squash(text.slice(from, to)).trim();
  const at = squash(text.slice(from, start)).trimStart().length;
  return fit(sentence, at, squash(text.slice(start, end)).length, maxLen);
}

/**
 * Group an article's mentions by entity: count, first offset and up to `MAX_SNIPPETS` distinct
 * sentences in document order. Entities come out in order of first appearance.
 */
export function summarizeMentions(text: string, mentions: readonly MentionSpan[], maxLen: number = SNIPPET_MAX_LEN): MentionSummary[] {
  const byEntity = new Map<string, MentionSummary>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const mention of sorted) {
    let summary = byEntity.get(mention.id);
    if (!summary) {
      summary = { entityId: mention.id, count: 0, snippets: [], firstOffset: mention.start };
      byEntity.set(mention.id, summary);
    }
    summary.count++;
    if (summary.snippets.length < MAX_SNIPPETS) {
      const snippet = sentenceAround(text, mention.start, mention.end, maxLen);
      if (snippet && !summary.snippets.includes(snippet)) summary.snippets.push(snippet);
    }
  }
  return [...byEntity.values()];
}

/**
 * Whether a sentence ends just before index `i` (so a new one may start at `i`): after sentence
 * punctuation and whitespace, or at a block boundary (a blank line, as the text walker separates
 * blocks). A single line break is a <br> inside a block and does not end a sentence.
 */
function endsSentenceBefore(text: string, i: number): boolean {
  if (i <= 0 || !/\s/.test(text[i - 1]!)) return false;
  let j = i - 1;
  let newlines = 0;
  for (; j > 0 && /\s/.test(text[j]!); j--) {
    if (text[j] === '\n' || text[j] === '\u2029') newlines += text[j] === '\n' ? 1 : 2;
  }
  if (newlines >= 2) return true;
  while (j > 0 && CLOSERS.includes(text[j]!)) j--;
  const mark = text[j];
  if (mark === '!' || mark === '?' || mark === '…') return true;
  if (mark !== '.') return false;
  return !isAbbreviationBefore(text, j);
}

/** "Dr.", "z. B.", "J. D. Vance", "am 3. Oktober": a full stop that does not end a sentence. */
function isAbbreviationBefore(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[\p{L}\p{N}.]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, dot).toLowerCase();
  if (word.length === 0) return false;
  if (word.length === 1 && /\p{L}/u.test(word)) return true; // initials, "z. B."
  if (/^\d{1,2}$/.test(word)) return true; // German ordinals and dates: "3. Oktober", "24.2."
  return ABBREVIATIONS.has(word);
}

/** Collapse whitespace and drop what a reader does not see: soft hyphens, zero-width characters. */
function squash(s: string): string {
  return s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ');
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Number.isFinite(n) ? n : lo));
}

/** Cut `sentence` to `maxLen` around [at, at+len), at word boundaries, marking cuts with "…". */
function fit(sentence: string, at: number, len: number, maxLen: number): string {
  if (sentence.length <= maxLen) return sentence;
  if (len >= maxLen - 2) return sentence.slice(at, at + len);
  const room = maxLen - len - 2; // two ellipses at most
  let from = Math.max(0, at - Math.floor(room / 2));
  let to = Math.min(sentence.length, from + len + room);
  from = Math.max(0, to - len - room);
  if (from > 0) {
    const space = sentence.indexOf(' ', from);
    if (space !== -1 && space < at) from = space + 1;
  }
  if (to < sentence.length) {
    const space = sentence.lastIndexOf(' ', to);
    if (space >= at + len) to = space;
  }
  return `${from > 0 ? '…' : ''}${sentence.slice(from, to).trim()}${to < sentence.length ? '…' : ''}`;
}
