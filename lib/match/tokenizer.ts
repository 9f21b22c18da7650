// Splits text into word tokens with UTF-16 offsets, the normalised key of each and how it joins the
// previous one. Pure string work, no DOM, no knowledge base.

/** Character classes, one per UTF-16 code unit. */
const enum C {
  Other = 0,
  Letter = 1,
  Digit = 2,
  /** Soft hyphen, zero-width and bidi marks: invisible, skipped inside a word. */
  Ignorable = 3,
  Hyphen = 4,
  Apostrophe = 5,
  Space = 6,
  Dot = 7,
  Newline = 8,
}

/** How token i joins token i-1. */
export const enum Join {
  /** Nothing between: a letter/digit change inside one word ("Su35", "35s"). */
  Tight = 0,
  /** Whitespace (incl. no-break spaces and a single line break). */
  Space = 1,
  /** One hyphen or dash, no whitespace: "Su-35", "Kim Jong-un", "Putin-Regime". */
  Hyphen = 2,
  /** One apostrophe: "Putin's", "Qa'ida". */
  Apostrophe = 3,
  /** One dot inside an abbreviation: "U.S". */
  Dot = 4,
  /** Anything else: punctuation, a paragraph break, a spaced dash. Names never span it. */
  Break = 5,
  /** A sentence end before the token (. ! ? or a paragraph break): context windows stop here. */
  Sentence = 6,
}

let table: Uint8Array | undefined;

function classTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{Nd}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = C.Letter; // astral letters (rare here) stay inside their word
      continue;
    }
    const ch = String.fromCharCode(c);
    if (letter.test(ch)) table[c] = C.Letter;
    else if (digit.test(ch)) table[c] = C.Digit;
  }
  for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x200e, 0x200f, 0x034f]) table[c] = C.Ignorable;
  for (const c of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63, 0xff0d]) table[c] = C.Hyphen;
  for (const c of [0x27, 0x2019, 0x2018, 0x2bc, 0xb4, 0x60, 0x2032]) table[c] = C.Apostrophe;
  for (const c of [0x20, 0x09, 0xa0, 0x2007, 0x202f, 0x2009, 0x200a, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x205f, 0x3000, 0x1680, 0x0b, 0x0c]) {
    table[c] = C.Space;
  }
  table[0x0a] = C.Newline;
  table[0x0d] = C.Newline;
  table[0x2028] = C.Newline;
  table[0x2029] = C.Newline;
  table[0x2e] = C.Dot;
  return table;
}

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Lower-case, diacritic-free key: "schoigu", "35", "pezeskiyan". */
  key: string[];
  /** The token as written, invisible characters removed: "IRGC", "Su". */
  raw: string[];
  /** How each token joins the one before it (Join). */
  join: Uint8Array;
}

const MARKS = /\p{M}/gu;

/** The matching key of a word: lower case, no diacritics, ß → ss. */
export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 0x7f) return lower.normalize('NFKD').replace(MARKS, '').replace(/ß/g, 'ss');
  }
  return lower;
}

export function tokenize(text: string): Tokens {
  const cls = classTable();
  const n = text.length;
  // A generous upper bound that is grown if ever exceeded.
  let cap = Math.max(16, (n >> 2) + 16);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let join = new Uint8Array(cap);
  const key: string[] = [];
  const raw: string[] = [];
  let count = 0;

  let i = 0;
  let pendingJoin: Join = Join.Sentence;
  // What stood between the previous token and the next one.
  let gapChars = 0;
  let gapKind: C = C.Other;
  let gapBreak = false;
  let gapSentence = true;
  let gapNewlines = 0;

  while (i < n) {
    const c = cls[text.charCodeAt(i)]!;
    if (c === C.Letter || c === C.Digit) {
      // Read one word: letters and digits, skipping invisible characters; split where letters
      // meet digits so that "Su35" and "Su-35" give the same tokens.
      const wordStart = i;
      let kind = c;
      let hasIgnorable = false;
      let j = i + 1;
      while (j < n) {
        const d = cls[text.charCodeAt(j)]!;
        if (d === kind) j++;
        else if (d === C.Ignorable && j + 1 < n && cls[text.charCodeAt(j + 1)] === kind) {
          hasIgnorable = true;
          j++;
        } else break;
      }
      let rawWord = text.slice(wordStart, j);
      if (hasIgnorable) rawWord = rawWord.replace(/[\u00ad\u200b-\u200f\u2060\ufeff\u034f]/g, '');

      if (count === cap) {
        cap *= 2;
        start = grow(start, cap);
        end = grow(end, cap);
        join = grow(join, cap);
      }
      if (count === 0) pendingJoin = Join.Sentence;
      else if (gapChars === 0) pendingJoin = Join.Tight;
      else if (gapSentence) pendingJoin = Join.Sentence;
      else if (gapBreak || gapNewlines > 1) pendingJoin = Join.Break;
      else if (gapChars === 1 && gapKind === C.Hyphen) pendingJoin = Join.Hyphen;
      else if (gapChars === 1 && gapKind === C.Apostrophe) pendingJoin = Join.Apostrophe;
      else if (gapChars === 1 && gapKind === C.Dot) pendingJoin = Join.Dot;
      else if (gapKind === C.Space || gapKind === C.Newline) pendingJoin = Join.Space;
      else pendingJoin = Join.Break;

      start[count] = wordStart;
      end[count] = j;
      join[count] = pendingJoin;
      raw.push(rawWord);
      key.push(normalizeWord(rawWord));
      count++;

      gapChars = 0;
      gapKind = C.Other;
      gapBreak = false;
      gapSentence = false;
      gapNewlines = 0;
      i = j;
      continue;
    }
    // Between words: remember what kind of gap this is.
    if (c === C.Ignorable) {
      i++;
      continue;
    }
    if (gapChars === 0) gapKind = c;
    else if (c !== gapKind) {
      // Mixed gap: spaces around a dash, a comma and a space, …
      if (!((c === C.Space || c === C.Newline) && (gapKind === C.Space || gapKind === C.Newline))) gapBreak = true;
    }
    if (c === C.Newline) {
      gapNewlines++;
      if (gapNewlines > 1) gapSentence = true;
    }
    if (c === C.Other) {
      const ch = text.charCodeAt(i);
      // ! ? ; : … and closing quotes/brackets after a sentence end
      if (ch === 0x21 || ch === 0x3f || ch === 0x2026) gapSentence = true;
      gapBreak = true;
    }
    if (c === C.Dot) {
      // A dot followed by whitespace (or the end) ends a sentence; "U.S" keeps it inside.
      const next = i + 1 < n ? cls[text.charCodeAt(i + 1)]! : C.Space;
      if (next === C.Space || next === C.Newline || next === C.Other) gapSentence = true;
    }
    gapChars++;
    i++;
  }
  return {
    count,
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    key,
    raw,
    join: join.subarray(0, count),
  };
}

function grow<T extends Int32Array | Uint8Array>(arr: T, cap: number): T {
  const next = new (arr.constructor as new (n: number) => T)(cap);
  next.set(arr);
  return next;
}

/** Whether a name may continue from token i-1 into token i. */
export function joinsName(join: number): boolean {
  return join <= Join.Dot;
}
