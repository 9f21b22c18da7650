// Splits text into word tokens with UTF-16 offsets, the normalised key of each and how it joins the
// previous one. Pure string work, no DOM, no knowledge base.

// Plain numeric constants rather than enums: an enum object with reverse mappings is slow to read
// in the per-character loop when modules are compiled one by one (tsx, vitest).
/** Character classes, one per UTF-16 code unit. */
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
/** Soft hyphen, zero-width and bidi marks: invisible, skipped inside a word. */
const IGNORABLE = 3;
const HYPHEN = 4;
const APOSTROPHE = 5;
const SPACE = 6;
const DOT = 7;
const NEWLINE = 8;

const J_TIGHT = 0, J_SPACE = 1, J_HYPHEN = 2, J_APOSTROPHE = 3, J_DOT = 4, J_BREAK = 5, J_SENTENCE = 6;

/** Every apostrophe the press types: "Putin's", "Putin’s", "Putin`s". */
const APOSTROPHE_CODES = [0x27, 0x2019, 0x2018, 0x2bc, 0xb4, 0x60, 0x2032];

/** Whether a UTF-16 code unit is an apostrophe, as the tokenizer reads one. */
export function isApostrophe(code: number): boolean {
  return code < 0x80 ? code === 0x27 || code === 0x60 : APOSTROPHE_CODES.includes(code);
}

/**
 * Whether the apostrophe at `i` opens a single quote: after whitespace, a bracket or the start,
 * before a letter or digit ("die Gruppe 'Ost'"). The German low single quote always opens one.
 */
function opensSingleQuote(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x201a) return true;
  if (!isApostrophe(code) || !isWordChar(text.charCodeAt(i + 1))) return false;
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  const c = classOf(classTable(), before);
  return c === SPACE || c === NEWLINE || before === 0x28 || before === 0x5b;
}

/**
 * Whether the apostrophe at `i` is a single quote rather than an apostrophe: one that opens, or
 * one after a word that closes a quote opened earlier on the same line ("the 'Birds of Madyar'
 * unit"). "Putin's", "Qa'ida" and "the Houthis' attacks" keep their apostrophes.
 */
export function isSingleQuote(text: string, i: number): boolean {
  if (opensSingleQuote(text, i)) return true;
  if (!isApostrophe(text.charCodeAt(i)) || !isWordChar(text.charCodeAt(i - 1)) || isWordChar(text.charCodeAt(i + 1))) return false;
  for (let j = i - 1; j >= 0 && j > i - 100; j--) {
    const code = text.charCodeAt(j);
    if (code === 0x0a || code === 0x0d) return false;
    if (code !== 0x201a && !isApostrophe(code)) continue;
    // An apostrophe inside a word ("Qa'ida") is no quote.
    if (isWordChar(text.charCodeAt(j - 1)) && isWordChar(text.charCodeAt(j + 1))) continue;
    return opensSingleQuote(text, j);
  }
  return false;
}

function isWordChar(code: number): boolean {
  if (Number.isNaN(code)) return false;
  const c = classOf(classTable(), code);
  return c === LETTER || c === DIGIT;
}

/**
 * Double quotes, guillemets and the German low single quote: they part words like a space, so that
 * a quoted name holds together (Бригада «Азов», Legion „Freiheit Russlands“). The other single
 * quotes are apostrophes unless isSingleQuote() says otherwise.
 */
const QUOTE_CODES = [0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f, 0x201a];

/** Whether a UTF-16 code unit is a double quote, a guillemet or ‚, which the tokenizer reads as a space. */
export function isQuote(code: number): boolean {
  // Asked of every character of every mention: most are plain letters.
  return code < 0x80 ? code === 0x22 : QUOTE_CODES.includes(code);
}

/** How token i joins token i-1. */
export const Join = {
  /** Nothing between: a letter/digit change inside one word ("Su35", "35s"). */
  Tight: J_TIGHT,
  /** Whitespace (incl. no-break spaces and a single line break). */
  Space: J_SPACE,
  /** One hyphen or dash, no whitespace: "Su-35", "Kim Jong-un", "Putin-Regime". */
  Hyphen: J_HYPHEN,
  /** One apostrophe: "Putin's", "Qa'ida". */
  Apostrophe: J_APOSTROPHE,
  /** One dot inside an abbreviation: "U.S". */
  Dot: J_DOT,
  /** Anything else: punctuation, a paragraph break, a spaced dash. Names never span it. */
  Break: J_BREAK,
  /** A sentence end before the token (. ! ? or a paragraph break): context windows stop here. */
  Sentence: J_SENTENCE,
} as const;
export type Join = (typeof Join)[keyof typeof Join];

let table: Uint8Array | undefined;

/** Marks a table entry not yet classified: most pages use a few hundred distinct characters. */
const UNKNOWN = 255;
const LETTER_RE = /[\p{L}\p{M}]/u;
const DIGIT_RE = /\p{Nd}/u;

function classTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000).fill(UNKNOWN);
  for (let c = 0; c < 0x80; c++) table[c] = OTHER;
  for (let c = 0x30; c <= 0x39; c++) table[c] = DIGIT;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = LETTER;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = LETTER;
  // Astral letters (rare here) stay inside their word.
  for (let c = 0xd800; c <= 0xdfff; c++) table[c] = LETTER;
  for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x200e, 0x200f, 0x034f]) table[c] = IGNORABLE;
  // A slash joins like a hyphen: "SAMP/T", "F/A-18".
  for (const c of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63, 0xff0d, 0x2f]) table[c] = HYPHEN;
  for (const c of APOSTROPHE_CODES) table[c] = APOSTROPHE;
  for (const c of [0x20, 0x09, 0xa0, 0x2007, 0x202f, 0x2009, 0x200a, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x205f, 0x3000, 0x1680, 0x0b, 0x0c]) {
    table[c] = SPACE;
  }
  for (const c of QUOTE_CODES) table[c] = SPACE;
  // So does an ampersand: "Heckler & Koch", "H&K".
  table[0x26] = SPACE;
  table[0x0a] = NEWLINE;
  table[0x0d] = NEWLINE;
  table[0x2028] = NEWLINE;
  table[0x2029] = NEWLINE;
  table[0x2e] = DOT;
  return table;
}

function classOf(table: Uint8Array, code: number): number {
  const c = table[code]!;
  return c === UNKNOWN ? classify(table, code) : c;
}

/** The class of a character met for the first time. */
function classify(table: Uint8Array, code: number): number {
  const ch = String.fromCharCode(code);
  const c = LETTER_RE.test(ch) ? LETTER : DIGIT_RE.test(ch) ? DIGIT : OTHER;
  table[code] = c;
  return c;
}

export interface Tokens {
  /** The text the tokens are of. */
  readonly text: string;
  readonly count: number;
  /** Offsets of each token; the arrays may be longer than count. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** How each token joins the one before it (Join). */
  readonly join: Uint8Array;
  /** hashWord() of each token's key, computed while scanning so that most words never become strings. */
  readonly keyHash: Int32Array;
  /**
   * With a StartFilter: the tokens it lets through, in order, candidates[0 … candidateCount), each as
   * token × 2 + 1 if the token begins with a lower-case ASCII letter (the filter's question), + 0 if not.
   */
  readonly candidates: Int32Array | undefined;
  readonly candidateCount: number;
  /** Lower-case, diacritic-free key: "schoigu", "35", "pezeskiyan". */
  key(i: number): string;
  /** The token as written, invisible characters removed: "IRGC", "Su". */
  raw(i: number): string;
  /** Whether token i's key is `word` + `tail`, compared in place without making a string. */
  keyIs(i: number, word: string, tail?: string): boolean;
  /** Whether token i as written is `word` + `tail`, compared in place. */
  rawIs(i: number, word: string, tail?: string): boolean;
  /** Whether token i begins with a capital (undefined: a digit or a script without case). */
  firstUpper(i: number): boolean | undefined;
  /** Whether a quote mark stands between token i − 1 and token i (the tokenizer reads it as a space). */
  quoteBefore(i: number): boolean;
  /** Whether token i is a word of two or more letters, all capitals ("WHO", "SAYS"). */
  allCaps(i: number): boolean;
}

const MARKS = /\p{M}/gu;
const IGNORABLES = /[\u00ad\u200b-\u200f\u2060\ufeff\u034f]/g;

/** By UTF-16 code unit, once first asked: whether a letter is a capital (TokenList.firstUpper()), 0 not yet known. */
const CASE_OF = new Uint8Array(0x10000);
const UPPER_CASE = 1;
const LOWER_CASE = 2;
const CASELESS = 3;

/**
 * A stretch of text folded as each of its words' keys is (normalizeWord(), invisible characters
 * gone), the characters between them kept: every word's key is a part of it.
 */
export function foldText(raw: string): string {
  return fold(raw, true);
}

/** Whether `text` is `word` + `tail`, without making that string. */
function isJoined(text: string, word: string, tail: string): boolean {
  return text.length === word.length + tail.length && text.startsWith(word) && text.endsWith(tail);
}

/**
 * The matching key of a word: lower case, no diacritics, ß → ss. Folded character by character,
 * as tokenize() hashes it, through the fold table: Unicode normalisation runs once per character
 * met, not once per word.
 */
export function normalizeWord(raw: string): string {
  return fold(raw, false);
}

/** normalizeWord(), or with `dropInvisible` foldText(): the characters IGNORABLES finds left out as well. */
function fold(raw: string, dropInvisible: boolean): string {
  let i = 0;
  while (i < raw.length && raw.charCodeAt(i) < 0x80) i++;
  if (i === raw.length) return raw.toLowerCase();
  // The ASCII runs between other characters in lower case a run at a time, the others folded one by one.
  let key = '';
  let run = 0;
  for (; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 0x80) continue;
    if (i > run) key += raw.slice(run, i).toLowerCase();
    run = i + 1;
    if (dropInvisible && isInvisible(code)) continue;
    const f = foldOf(code);
    if (f === FOLD_COMPLEX) key += foldSlowly(raw.charAt(i));
    else if (f !== FOLD_DROP) key += String.fromCharCode(f);
  }
  return run < raw.length ? key + raw.slice(run).toLowerCase() : key;
}

/** Whether IGNORABLES finds the character: the tokenizer's class for it says so. */
function isInvisible(code: number): boolean {
  return classTable()[code] === IGNORABLE;
}

function foldSlowly(raw: string): string {
  return raw.toLowerCase().normalize('NFKD').replace(MARKS, '').replace(/ß/g, 'ss');
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units; the same value tokenize() computes on the fly. */
export function hashWord(word: string): number {
  return hashOn(FNV_OFFSET, word);
}

/** hashWord() of a text that begins with one whose hash is `h` and goes on with `more`: no string joined. */
export function hashOn(h: number, more: string): number {
  for (let i = 0; i < more.length; i++) h = Math.imul(h ^ more.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Per code unit: its folded (lower-case, unaccented) code unit, or one of these markers. */
const FOLD_UNKNOWN = 0;
const FOLD_DROP = 0xfffe; // a combining mark: contributes nothing to the key
const FOLD_COMPLEX = 0xffff; // folds to several characters (ß → ss): the word takes the slow path
let foldTable: Uint16Array | undefined;

function foldOf(code: number): number {
  const table = (foldTable ??= initialFold());
  let f = table[code]!;
  if (f === FOLD_UNKNOWN) {
    const folded = foldSlowly(String.fromCharCode(code));
    f = folded.length === 0 ? FOLD_DROP : folded.length === 1 ? folded.charCodeAt(0) : FOLD_COMPLEX;
    if (f === FOLD_UNKNOWN) f = FOLD_COMPLEX;
    table[code] = f;
  }
  return f;
}

function initialFold(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) table[c] = c;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 0x20;
  return table;
}

const SCRATCH_CHARS = 256;
const scratchStart = new Int32Array(SCRATCH_CHARS);
const scratchEnd = new Int32Array(SCRATCH_CHARS);
const scratchJoin = new Uint8Array(SCRATCH_CHARS);
const scratchKeyHash = new Int32Array(SCRATCH_CHARS);
const scratchSlow = new Uint8Array(SCRATCH_CHARS);

/** Growing buffers reused by every pooled call (annotate() is synchronous and keeps no tokens). */
let pool: { start: Int32Array; end: Int32Array; join: Uint8Array; keyHash: Int32Array; slow: Uint8Array; candidates: Int32Array } | undefined;

/**
 * Bit sets by the low bits (`mask`) of hashWord(key) ^ its upper half: whether a word may begin a
 * name in any case (`any`) and with a capital (`upper`). Asked of each word as it is read, so that
 * the matcher visits only the words that pass.
 */
export interface StartFilter {
  any: Int32Array;
  upper: Int32Array;
  mask: number;
}

/** Whether a word with this key hash may begin a name (`lower`: it begins with a lower-case ASCII letter); false is sure. */
export function mayStart(filter: StartFilter, hash: number, lower: boolean): boolean {
  return startBit(filter, hash, lower ? 1 : 0) === 1;
}

/** mayStart() as a number, 1 or 0 (`lower`: 1 or 0). */
function startBit(filter: StartFilter, hash: number, lower: number): number {
  const bit = (hash ^ (hash >>> 16)) & filter.mask;
  return ((lower ? filter.any : filter.upper)[bit >>> 5]! >>> (bit & 31)) & 1;
}

/**
 * The words of a text. `reuse`: 'none' allocates; 'scratch' (short texts read once and dropped,
 * such as the names of the base while the automaton is built) and 'pool' (a page scanned and
 * dropped within one synchronous call) reuse buffers, valid until the next call of the same kind.
 * Allocating and collecting four typed arrays per call costs more than scanning a name, and a page's
 * arrays are megabytes.
 */
export function tokenize(text: string, reuse: 'none' | 'scratch' | 'pool' = 'none', starts?: StartFilter): Tokens {
  const cls = classTable();
  const n = text.length;
  // Always typed arrays, so that the per-word stores stay monomorphic.
  const scratch = reuse === 'scratch' && n < SCRATCH_CHARS;
  let cap = scratch ? SCRATCH_CHARS : (n >> 2) + 16;
  if (reuse === 'pool' && (!pool || pool.start.length < cap)) {
    pool = { start: new Int32Array(cap), end: new Int32Array(cap), join: new Uint8Array(cap), keyHash: new Int32Array(cap), slow: new Uint8Array(cap), candidates: new Int32Array(cap) };
  }
  if (reuse === 'pool') cap = pool!.start.length;
  let start = scratch ? scratchStart : reuse === 'pool' ? pool!.start : new Int32Array(cap);
  let end = scratch ? scratchEnd : reuse === 'pool' ? pool!.end : new Int32Array(cap);
  let join = scratch ? scratchJoin : reuse === 'pool' ? pool!.join : new Uint8Array(cap);
  let keyHash = scratch ? scratchKeyHash : reuse === 'pool' ? pool!.keyHash : new Int32Array(cap);
  // 1 for the rare words whose strings are kept in slowKeys and slowRaws: one byte read, not a Map lookup.
  let slowMark = scratch ? scratchSlow : reuse === 'pool' ? pool!.slow : new Uint8Array(cap);
  let slowKeys: Map<number, string> | undefined;
  let slowRaws: Map<number, string> | undefined;
  let count = 0;
  let candidates = starts ? (reuse === 'pool' ? pool!.candidates : new Int32Array(cap)) : undefined;
  let candidateCount = 0;

  // How the next word joins the one before: the gap before it, read by readGap() unless it is the
  // commonest gap of all, one space.
  let gap = readGap(text, cls, 0, n, 0, -1);
  let i = gap >>> 3;
  while (i < n) {
    let code = text.charCodeAt(i);
    // Read one word: letters and digits, skipping invisible characters; split where letters meet
    // digits so that "Su35" and "Su-35" give the same tokens. The key's hash is computed on the way,
    // so that most words never become strings. (readGap() stopped at a letter or digit.)
    const wordStart = i;
    let slow = false;
    let complex = false;
    let h = FNV_OFFSET;
    let j = i;
    const kind = cls[code]!;
    // Most characters of most words are ASCII letters, their own key in lower case: a loop of their own.
    if (kind === LETTER) {
      for (let lower = code | 0x20; lower - 0x61 >>> 0 < 26; lower = code | 0x20) {
        h = Math.imul(h ^ lower, FNV_PRIME);
        if (++j === n) break;
        code = text.charCodeAt(j);
      }
    }
    // The rest, from the first other character: accents, ß, digits, soft hyphens, the word's end.
    while (j < n) {
      const lower = code | 0x20;
      if (kind === LETTER && lower - 0x61 >>> 0 < 26) h = Math.imul(h ^ lower, FNV_PRIME);
      else {
        let d = cls[code]!;
        if (d === UNKNOWN) d = classify(cls, code);
        if (d === kind) {
          const f = foldOf(code);
          // ß is "ss" in the key ("Außenminister"): hashed here, so that German text keeps its fast path.
          if (code === 0xdf) h = Math.imul(Math.imul(h ^ 0x73, FNV_PRIME) ^ 0x73, FNV_PRIME);
          else if (f === FOLD_COMPLEX) complex = slow = true;
          else if (f !== FOLD_DROP) h = Math.imul(h ^ f, FNV_PRIME);
        } else if (d === IGNORABLE && j + 1 < n && classOf(cls, text.charCodeAt(j + 1)) === kind) slow = true;
        else break;
      }
      if (++j === n) break;
      code = text.charCodeAt(j);
    }

    if (count === cap) {
      cap *= 2;
      start = grow(start, cap);
      end = grow(end, cap);
      join = grow(join, cap);
      keyHash = grow(keyHash, cap);
      slowMark = grow(slowMark, cap);
      if (candidates) candidates = grow(candidates, cap);
    }
    start[count] = wordStart;
    end[count] = j;
    join[count] = gap & 7;
    keyHash[count] = h;
    slowMark[count] = slow ? 1 : 0;
    if (slow) {
      // Rare: a word with a ligature or a capital ẞ, or with a soft hyphen inside. Keep its strings now.
      const raw = text.slice(wordStart, j).replace(IGNORABLES, '');
      const key = normalizeWord(raw);
      (slowKeys ??= new Map()).set(count, key);
      (slowRaws ??= new Map()).set(count, raw);
      if (complex) h = keyHash[count] = hashWord(key);
    }
    if (candidates) {
      const lower = text.charCodeAt(wordStart) - 0x61 >>> 0 < 26 ? 1 : 0;
      // Written whether the word passes or not, and counted if it does: no branch to mispredict on
      // the third of a page's words that pass (about 2 ms less per 5 MB).
      candidates[candidateCount] = (count << 1) | lower;
      candidateCount += startBit(starts!, h, lower);
    }
    count++;

    if (j + 1 < n && code === 0x20) {
      const next = cls[text.charCodeAt(j + 1)]!;
      if (next === LETTER || next === DIGIT) {
        gap = J_SPACE;
        i = j + 1;
        continue;
      }
    } else if (code === 0x2c && j + 2 < n && text.charCodeAt(j + 1) === 0x20) {
      // The next commonest gap, a comma and one space, breaks a name as readGap() would say.
      const next = cls[text.charCodeAt(j + 2)]!;
      if (next === LETTER || next === DIGIT) {
        gap = J_BREAK;
        i = j + 2;
        continue;
      }
    }
    gap = readGap(text, cls, j, n, wordStart, j);
    i = gap >>> 3;
  }

  return new TokenList(text, count, start, end, join, keyHash, slowMark, slowKeys, slowRaws, !scratch, candidates, candidateCount);
}

/**
 * Reads the characters between two words, from `i` to the next letter or digit (or the end), and
 * returns where the next word starts × 8 + how it joins the word before (Join). `prevStart` and
 * `prevEnd` are the word before's offsets; prevEnd < 0 if there is none.
 */
function readGap(text: string, cls: Uint8Array, i: number, n: number, prevStart: number, prevEnd: number): number {
  let gapChars = 0;
  let gapKind: number = OTHER;
  let gapBreak = false;
  let gapSentence = prevEnd < 0;
  let gapNewlines = 0;
  // The gap so far is the dot after an initial ("Gerald R. Ford") or an ordinal ("3. Sturmbrigade").
  let gapInitial = false;
  // The gap began with a hyphen or apostrophe attached to the word before: "Luft- und
  // Weltraumkräfte", "Workers' Party". One space after it keeps the name together.
  let gapAttached = false;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    let c = cls[code]!;
    if (c === UNKNOWN) c = classify(cls, code);
    if (c === LETTER || c === DIGIT) break;
    if (c === IGNORABLE) continue;
    // A single quote parts words like a double one: "the 'Azov' brigade", "Kommandos 'Ost'". Not
    // asked of the apostrophe of "Putin's", between two letters, the commonest by far.
    if (c === APOSTROPHE && (gapChars > 0 || cls[text.charCodeAt(i + 1)] !== LETTER) && isSingleQuote(text, i)) c = SPACE;
    if (gapChars === 0) {
      gapKind = c;
      gapAttached = prevEnd >= 0 && (c === HYPHEN || c === APOSTROPHE);
    } else if ((gapInitial || gapAttached) && gapChars === 1 && c === SPACE) {
      // One space after an initial's dot or an attached hyphen or apostrophe keeps the name together.
    } else if (c !== gapKind) {
      // Mixed gap: spaces around a dash, a comma and a space, …
      if (!((c === SPACE || c === NEWLINE) && (gapKind === SPACE || gapKind === NEWLINE))) gapBreak = true;
    }
    if (c === NEWLINE) {
      gapNewlines++;
      if (gapNewlines > 1) gapSentence = true;
    }
    if (c === OTHER) {
      // ! ? and … end a sentence; other punctuation only breaks names.
      if (code === 0x21 || code === 0x3f || code === 0x2026) gapSentence = true;
      gapBreak = true;
    }
    if (c === DOT) {
      // A dot followed by whitespace (or the end) ends a sentence; "U.S" keeps it inside, and so
      // does one space after an initial ("Charles Q. Brown") or a German ordinal ("3. Sturmbrigade").
      const next = i + 1 < n ? classOf(cls, text.charCodeAt(i + 1)) : SPACE;
      const initial = gapChars === 0 && next === SPACE && prevEnd === i && isInitialOrOrdinal(text, prevStart, i);
      if (initial) gapInitial = true;
      else if (next === SPACE || next === NEWLINE || next === OTHER) gapSentence = true;
    } else if (gapInitial && !(c === SPACE && gapChars === 1)) gapInitial = false;
    gapChars++;
  }
  let joinKind: number;
  if (prevEnd < 0) joinKind = J_SENTENCE;
  else if (gapChars === 0) joinKind = J_TIGHT;
  else if (gapSentence) joinKind = J_SENTENCE;
  else if (gapInitial && gapChars === 2) joinKind = J_DOT;
  else if (gapAttached && gapChars === 2 && !gapBreak) joinKind = J_SPACE;
  // "Bashar al -Assad", "Muhammad Al -Shaar": machine translation detaches the article's hyphen.
  else if (gapChars === 2 && gapKind === SPACE && cls[text.charCodeAt(i - 1)] === HYPHEN && detachedArticle(text, prevStart, prevEnd)) joinKind = J_HYPHEN;
  else if (gapBreak || gapNewlines > 1) joinKind = J_BREAK;
  else if (gapChars === 1 && gapKind === HYPHEN) joinKind = J_HYPHEN;
  else if (gapChars === 1 && gapKind === APOSTROPHE) joinKind = J_APOSTROPHE;
  else if (gapChars === 1 && gapKind === DOT) joinKind = J_DOT;
  else if (gapKind === SPACE || gapKind === NEWLINE) joinKind = J_SPACE;
  else joinKind = J_BREAK;
  return i * 8 + joinKind;
}

/** How many words' strings a token list keeps (a power of two). */
const STRING_CACHE = 1024;

class TokenList implements Tokens {
  // The strings made of the words last asked for, by token number modulo STRING_CACHE (tagged with
  // token + 1): the rules ask again and again of the words around the one they judge, seldom of
  // words far apart. Made on first use: most token lists of a name are read once.
  private rawTags: Int32Array | undefined;
  private raws: string[] | undefined;
  private keyTags: Int32Array | undefined;
  private keys: string[] | undefined;

  constructor(
    readonly text: string,
    readonly count: number,
    readonly start: Int32Array,
    readonly end: Int32Array,
    readonly join: Uint8Array,
    readonly keyHash: Int32Array,
    private readonly slowMark: Uint8Array,
    private readonly slowKeys: Map<number, string> | undefined,
    private readonly slowRaws: Map<number, string> | undefined,
    /** Remember the strings made: a page's words are asked for again and again; a name's once. */
    private readonly cache: boolean,
    readonly candidates: Int32Array | undefined,
    readonly candidateCount: number,
  ) {}

  raw(t: number): string {
    const slot = t & (STRING_CACHE - 1);
    if (this.rawTags?.[slot] === t + 1) return this.raws![slot]!;
    const word = (this.slowMark[t] === 1 ? this.slowRaws!.get(t) : undefined) ?? this.text.slice(this.start[t]!, this.end[t]!);
    if (this.cache) {
      (this.rawTags ??= new Int32Array(STRING_CACHE))[slot] = t + 1;
      (this.raws ??= new Array<string>(STRING_CACHE).fill(''))[slot] = word;
    }
    return word;
  }

  key(t: number): string {
    const slot = t & (STRING_CACHE - 1);
    if (this.keyTags?.[slot] === t + 1) return this.keys![slot]!;
    const key = (this.slowMark[t] === 1 ? this.slowKeys!.get(t) : undefined) ?? normalizeWord(this.raw(t));
    if (this.cache) {
      (this.keyTags ??= new Int32Array(STRING_CACHE))[slot] = t + 1;
      (this.keys ??= new Array<string>(STRING_CACHE).fill(''))[slot] = key;
    }
    return key;
  }

  keyIs(t: number, word: string, tail = ''): boolean {
    if (this.slowMark[t] === 1) return isJoined(this.slowKeys!.get(t)!, word, tail);
    const text = this.text;
    const end = this.end[t]!;
    const length = word.length + tail.length;
    let k = 0;
    for (let j = this.start[t]!; j < end; j++) {
      const code = text.charCodeAt(j);
      const f = code < 0x80 ? (code >= 0x41 && code <= 0x5a ? code + 0x20 : code) : foldOf(code);
      if (f === FOLD_DROP) continue;
      // A word with ß folds to more characters than it has: compare its whole key.
      if (f === FOLD_COMPLEX) return isJoined(this.key(t), word, tail);
      if (k >= length || (k < word.length ? word.charCodeAt(k) : tail.charCodeAt(k - word.length)) !== f) return false;
      k++;
    }
    return k === length;
  }

  rawIs(t: number, word: string, tail = ''): boolean {
    if (this.slowMark[t] === 1) return isJoined(this.slowRaws!.get(t)!, word, tail);
    const start = this.start[t]!;
    if (this.end[t]! - start !== word.length + tail.length) return false;
    return this.text.startsWith(word, start) && (tail === '' || this.text.startsWith(tail, start + word.length));
  }

  firstUpper(t: number): boolean | undefined {
    const code = this.text.charCodeAt(this.start[t]!);
    if (code >= 0x41 && code <= 0x5a) return true;
    if (code >= 0x61 && code <= 0x7a) return false;
    if (code < 0x80) return undefined;
    let known = CASE_OF[code]!;
    if (known === 0) {
      const ch = String.fromCharCode(code);
      const upper = ch.toUpperCase();
      known = CASE_OF[code] = ch.toLowerCase() === upper ? CASELESS : ch === upper ? UPPER_CASE : LOWER_CASE;
    }
    return known === CASELESS ? undefined : known === UPPER_CASE;
  }

  allCaps(t: number): boolean {
    const word = this.text.slice(this.start[t]!, this.end[t]!);
    return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
  }

  quoteBefore(t: number): boolean {
    if (t < 1) return false;
    const { text } = this;
    for (let i = this.end[t - 1]!, to = this.start[t]!; i < to; i++) if (isQuote(text.charCodeAt(i)) || isSingleQuote(text, i)) return true;
    return false;
  }
}

function grow<T extends Int32Array | Uint8Array>(arr: T, cap: number): T {
  // Only page-sized texts grow; scratch arrays are never passed here (a name is < 256 chars).
  const next = new (arr.constructor as new (n: number) => T)(cap);
  next.set(arr);
  return next;
}

/** A single capital letter ("Q") or a number of one to three digits ("47"), ending at `end`. */
function isInitialOrOrdinal(text: string, start: number, end: number): boolean {
  if (end - start === 1 && isCapital(text.charCodeAt(start))) return true;
  // "St. Petersburg", "St. Andrew's": Saint, abbreviated, begins a name. So do a rank, a title and
  // a number abbreviated: "Gen. Mark Milley", "Dr. Oetker", "Satellite No. 1" end no sentence.
  if (end - start <= 4 && isCapital(text.charCodeAt(start)) && ABBREVIATIONS.has(text.slice(start, end))) return true;
  if (end - start > 3) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Whether the word prevStart … prevEnd is the Arabic article, "al" or "el" in any case. */
function detachedArticle(text: string, start: number, end: number): boolean {
  if (end - start !== 2) return false;
  const first = text.charCodeAt(start) | 0x20;
  return (first === 0x61 || first === 0x65) && (text.charCodeAt(start + 1) | 0x20) === 0x6c;
}

/** Abbreviations, capitalised, whose dot ends no sentence: ranks, titles and "number". */
const ABBREVIATIONS = new Set(['St', 'Gen', 'Lt', 'Col', 'Maj', 'Brig', 'Adm', 'Sgt', 'Capt', 'Cpl', 'Cmdr', 'Cdr', 'Gov', 'Sen', 'Rep', 'Amb', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'No', 'Nr']);

function isCapital(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0x80) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}

/** Whether a name may continue from token i-1 into token i. */
export function joinsName(join: number): boolean {
  return join <= J_DOT;
}

/** The key that stands for a comma inside a name: no word has it. */
export const COMMA_KEY = ',';

/**
 * Whether token i follows token i-1 after a comma and at most one space: a name that holds commas
 * ("Federal Service for Environmental, Technological and Nuclear Supervision") goes on past it.
 * Not a comma with a line break or a dash after it.
 */
export function commaBefore(tokens: Tokens, i: number): boolean {
  if (tokens.join[i] !== J_BREAK) return false;
  const { text } = tokens;
  const from = tokens.end[i - 1]!;
  const gap = tokens.start[i]! - from;
  if (text.charCodeAt(from) !== 0x2c || gap > 2) return false;
  return gap === 1 || text.charCodeAt(from + 1) === 0x20 || text.charCodeAt(from + 1) === 0xa0;
}
