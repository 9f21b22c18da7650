// Finds the automaton's words by the hash the tokenizer computes: an open-addressing table in typed
// arrays. What each word is (wordEntries) is derived once where the automaton is compiled; a page
// only fills the table.
import { START_ANY, START_PERSON, START_UPPER, keyText, type Automaton } from './automaton';
import { ACRONYM_MARK, CAPITALS_MARK } from './patterns';
import { hashWord, normalizeWord, type StartFilter } from './tokenizer';

/** Entry flags, ORed per hash slot so that most words are judged by one array read. */
export const W_START_ANY = 1;
export const W_START_UPPER = 2;
/** The word alone can be a whole form (its root child accepts). */
export const W_ALONE = 4;
/** The word alone can be a whole form in lower case too: not "military", whose form is "Ukraine's Military". */
export const W_ALONE_LOWER = 16;
/** A form goes on after the word (its root child has children, and the word is uninflected). */
export const W_GOES_ON = 8;
/** The word begins a person's name of several words, which the press may write with a nickname or middle names inside. */
export const W_PERSON_FIRST = 32;
/**
 * Another word of the table has the same hash (a 32-bit collision among its ~100,000 texts): the
 * slot's entries are not all one text, so a token's comparison with one tells nothing of the others.
 */
export const W_SHARED_HASH = 64;
/** The word is a form's word after its first: a name can go on with it (WordTable.mayGoOnWith()). */
export const W_LATER = 128;
/** The bits the flags above take in a slot (WordTable.slotData). */
const FLAG_BITS = 8;
const FLAG_MASK = (1 << FLAG_BITS) - 1;

/** A word compared as written: an acronym ("IS" is not "is"). */
export const AS_WRITTEN = 1;
/** A word compared by its key but not written all in lower case: a name's word in capitals ("Geheimdienst MIT"). */
export const IN_CAPITALS = 2;

const FNV_PRIME = 0x01000193;
// 2^20 bits a set: at 2^19 the base of 18,000 entities let a third of a page's words through, at 2^20 under 30%.
const FILTER_BITS = 20;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/**
 * Every text word the automaton's keys stand for: a key's base plus one of its tails ("putin" +
 * "s"), with the suffix to check when a match ends (Automaton.tailSets), by entry. All are found by
 * the hash of a token's key, acronyms too ("IRGC" under "irgc"), which are then compared as written.
 */
export interface WordEntries {
  /** Per key id: the text a word begins with, and how its case is checked (AS_WRITTEN, IN_CAPITALS; 0: not at all). */
  base: string[];
  caseRule: Uint8Array;
  /** Per entry: key id, tail and suffix (indexes into the automaton's tails; 0 is ""), hash, flags (W_*). */
  key: Int32Array;
  tail: Uint8Array;
  suffix: Uint8Array;
  hash: Int32Array;
  flags: Uint8Array;
}

/**
 * The entries of the automaton's words. `rootChild[key]`: the node a form's first word leads to (-1
 * if none); `accepting` and `inner` say whether a node ends a form (| 2: one written in lower case
 * too) and whether forms go on from it, `goesOnInflected` whether they go on from it after an
 * inflected word too ("Sicherheitsrats der Ukraine").
 */
export function wordEntries(
  automaton: Pick<Automaton, 'keys' | 'hashes' | 'words' | 'tails' | 'tailSets'>,
  rootChild: Int32Array,
  accepting: Uint8Array,
  inner: Uint8Array,
  goesOnInflected: Uint8Array,
  later: Uint8Array,
): WordEntries {
  const { keys, hashes, words, tails, tailSets } = automaton;
  let total = 0;
  for (let w = 0; w < words.length; w += 3) total += tailSets[words[w + 1]!]!.length >> 1;
  const entries: WordEntries = {
    base: new Array<string>(keys.length),
    caseRule: new Uint8Array(keys.length),
    key: new Int32Array(total),
    tail: new Uint8Array(total),
    suffix: new Uint8Array(total),
    hash: new Int32Array(total),
    flags: new Uint8Array(total),
  };
  let entry = 0;
  // A key may be listed as several words (one that begins a form, one that goes on in another) whose
  // tails overlap: their entries read alike but for the start flags, which are kept ORed together.
  // Doubled entries would walk the same path twice: "Kim Jong Un" was 18 identical matches.
  const made = new Map<number, number>();
  for (let w = 0; w < words.length; w += 3) {
    const id = words[w]!;
    const person = (words[w + 2]! & START_PERSON) !== 0;
    const start = words[w + 2]! & ~START_PERSON;
    let base = entries.base[id];
    if (base === undefined) {
      const key = keys[id]!;
      base = keyText(key);
      if (key.startsWith(ACRONYM_MARK)) entries.caseRule[id] = AS_WRITTEN;
      else if (key.startsWith(CAPITALS_MARK)) entries.caseRule[id] = IN_CAPITALS;
      entries.base[id] = base;
    }
    const acronym = entries.caseRule[id] === AS_WRITTEN;
    const root = start ? rootChild[id]! : -1;
    let flags = start === START_ANY ? W_START_ANY : start === START_UPPER ? W_START_UPPER : 0;
    // An acronym begins as it is written: "IS" never begins with "is".
    if (acronym && start && isUpper(base.charAt(0))) flags = W_START_UPPER;
    if (later[id]) flags |= W_LATER;
    if (root >= 0 && accepting[root]) flags |= W_ALONE;
    if (root >= 0 && accepting[root]! & 2 && flags & W_START_ANY) flags |= W_ALONE_LOWER;
    const goesOn = root >= 0 && inner[root] ? W_GOES_ON | (person ? W_PERSON_FIRST : 0) : 0;
    const inflectedGoesOn = root >= 0 && goesOnInflected[root] ? W_GOES_ON : 0;
    const pairs = tailSets[words[w + 1]!]!;
    for (let p = 0; p < pairs.length; p += 2) {
      const tail = pairs[p]!;
      const suffix = pairs[p + 1]!;
      // Inflected words end a name; only an uninflected one goes on, or one before a genitive.
      const entryFlags = suffix === 0 ? flags | goesOn : flags | inflectedGoesOn;
      const reading = (id * 256 + tail) * 256 + suffix;
      const same = made.get(reading);
      if (same !== undefined) {
        entries.flags[same]! |= entryFlags;
        continue;
      }
      made.set(reading, entry);
      let hash: number;
      // Acronyms are found under their folded key: "IRGC" under "irgc".
      if (acronym) hash = hashWord(normalizeWord(base + tails[tail]!));
      else {
        hash = hashes[id]!;
        const t = tails[tail]!;
        for (let i = 0; i < t.length; i++) hash = Math.imul(hash ^ t.charCodeAt(i), FNV_PRIME);
      }
      entries.key[entry] = id;
      entries.tail[entry] = tail;
      entries.suffix[entry] = suffix;
      entries.hash[entry] = hash;
      entries.flags[entry] = entryFlags;
      entry++;
    }
  }
  const trimmed: WordEntries = {
    ...entries,
    key: entries.key.slice(0, entry),
    tail: entries.tail.slice(0, entry),
    suffix: entries.suffix.slice(0, entry),
    hash: entries.hash.slice(0, entry),
    flags: entries.flags.slice(0, entry),
  };
  markSharedHashes(trimmed, tails);
  return trimmed;
}

/** Flags W_SHARED_HASH on the entries whose hash another text has too (acronyms, compared as written, aside). */
function markSharedHashes(entries: WordEntries, tails: readonly string[]): void {
  const textOf = new Map<number, string>();
  const shared = new Set<number>();
  for (let e = 0; e < entries.hash.length; e++) {
    if (entries.caseRule[entries.key[e]!] === AS_WRITTEN) continue;
    const text = entries.base[entries.key[e]!]! + tails[entries.tail[e]!]!;
    const other = textOf.get(entries.hash[e]!);
    if (other === undefined) textOf.set(entries.hash[e]!, text);
    else if (other !== text) shared.add(entries.hash[e]!);
  }
  for (let e = 0; e < entries.hash.length; e++) if (shared.has(entries.hash[e]!)) entries.flags[e]! |= W_SHARED_HASH;
}

/** The words of WordEntries, found by hash. */
export class WordTable {
  readonly base: readonly string[];
  readonly caseRule: Uint8Array;
  /** Tails and suffixes, by index (the automaton's tails; 0 is ""). */
  readonly strings: readonly string[];
  /** Per entry: key id, tail and suffix (indexes into strings), next entry with the same hash or -1. */
  readonly key: Int32Array;
  readonly tail: Uint8Array;
  readonly suffix: Uint8Array;
  readonly next: Int32Array;
  /**
   * Open addressing: per slot the hash, then the first entry + 1 shifted past the slot's flags (0:
   * empty): the lookup and the flags it is asked for next read one cache line.
   */
  private readonly slotData: Int32Array;
  /**
   * Bit sets by the low FILTER_BITS bits of a word's mixed hash: whether a word with them can begin
   * a form in any case, and with a capital. 256 KB that stay in the cache, asked (mayStart) by the
   * tokenizer as it reads a page, before the megabyte of slots: most of a page's words begin no form.
   */
  readonly starts: StartFilter = { any: new Int32Array(1 << (FILTER_BITS - 5)), upper: new Int32Array(1 << (FILTER_BITS - 5)), mask: FILTER_MASK };
  /**
   * The same for the words a form has after its first: "der" begins names ("der Spiegel"), but the
   * word after it on a page mostly is none of theirs, which this tells without a look at the slots.
   */
  private readonly later = new Int32Array(1 << (FILTER_BITS - 5));
  private readonly mask: number;

  constructor(entries: WordEntries, tails: readonly string[]) {
    const { hash, flags } = entries;
    const total = hash.length;
    this.base = entries.base;
    this.caseRule = entries.caseRule;
    this.strings = tails;
    this.key = entries.key;
    this.tail = entries.tail;
    this.suffix = entries.suffix;
    this.next = new Int32Array(total);
    if (total >= 1 << (31 - FLAG_BITS)) throw new Error(`${total} word entries: more than a slot can number`);
    // At least as many slots as entries (a power of two): 2 MB of slots for the base's 150,000
    // entries, as much as a core's cache holds — a page builds the table about 7 ms faster than in
    // twice that, and most words are still found at the first probe.
    let size = 1024;
    while (size < total) size *= 2;
    this.mask = size - 1;
    this.slotData = new Int32Array(size * 2);
    // One plain loop over numbers, no call inside: a page runs it once, before the JIT has warmed up.
    const { mask, slotData, next } = this;
    const { any: startAny, upper: startUpper } = this.starts;
    const { later } = this;
    for (let e = 0; e < total; e++) {
      const h = hash[e]!;
      const f = flags[e]!;
      const mixed = h ^ (h >>> 16);
      let s = mixed & mask;
      while (slotData[2 * s + 1] !== 0 && slotData[2 * s] !== h) s = (s + 1) & mask;
      const held = slotData[2 * s + 1]!;
      next[e] = (held >>> FLAG_BITS) - 1;
      slotData[2 * s] = h;
      slotData[2 * s + 1] = ((e + 1) << FLAG_BITS) | (held & FLAG_MASK) | f;
      const bit = mixed & FILTER_MASK;
      if (f & W_START_ANY) startAny[bit >>> 5]! |= 1 << (bit & 31);
      if (f & (W_START_ANY | W_START_UPPER)) startUpper[bit >>> 5]! |= 1 << (bit & 31);
      if (f & W_LATER) later[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /** The slot of `hash`, or -1 if no word has it. */
  slot(hash: number): number {
    const { mask, slotData } = this;
    for (let s = (hash ^ (hash >>> 16)) & mask; ; s = (s + 1) & mask) {
      if (slotData[2 * s + 1] === 0) return -1;
      if (slotData[2 * s] === hash) return s;
    }
  }

  /** Whether a word with this hash may be a form's word after its first (false: surely not). */
  mayGoOnWith(hash: number): boolean {
    const bit = (hash ^ (hash >>> 16)) & FILTER_MASK;
    return ((this.later[bit >>> 5]! >>> (bit & 31)) & 1) === 1;
  }

  /** The first entry in slot s (then follow `next`). */
  first(s: number): number {
    return (this.slotData[2 * s + 1]! >>> FLAG_BITS) - 1;
  }

  /** The flags (W_*) of all entries in slot s, ORed. */
  flags(s: number): number {
    return this.slotData[2 * s + 1]! & FLAG_MASK;
  }
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}
