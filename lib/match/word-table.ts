// Finds the automaton's words by the hash the tokenizer computes: an open-addressing table in typed
// arrays, built on load from the canonical keys without making a string per derived word.
import { START_ANY, START_UPPER, keyText, type Automaton } from './automaton';
import { ACRONYM_MARK } from './patterns';
import { hashWord, normalizeWord } from './tokenizer';

/** Entry flags, ORed per hash slot so that most words are judged by one array read. */
export const W_START_ANY = 1;
export const W_START_UPPER = 2;
/** The word alone can be a whole form (its root child accepts). */
export const W_ALONE = 4;
/** The word alone can be a whole form in lower case too: not "military", whose form is "Ukraine's Military". */
export const W_ALONE_LOWER = 16;
/** A form goes on after the word (its root child has children, and the word is uninflected). */
export const W_GOES_ON = 8;

const FNV_PRIME = 0x01000193;

/**
 * Every text word the automaton's keys stand for: a key's base plus one of its tails ("putin" +
 * "s"), with the suffix to check when a match ends (Automaton.tailSets). All are found by the hash
 * of a token's key, acronyms too ("IRGC" under "irgc"), which are then compared as written.
 */
export class WordTable {
  /** Per key id: the text a word begins with, and whether it is compared as written. */
  readonly base: string[];
  readonly acronym: Uint8Array;
  /** Tails and suffixes, by index (the automaton's tails; 0 is ""). */
  readonly strings: readonly string[];
  /** Per entry: key id, tail and suffix (indexes into strings), next entry with the same hash or -1. */
  readonly key: Int32Array;
  readonly tail: Uint8Array;
  readonly suffix: Uint8Array;
  readonly next: Int32Array;
  /** Open addressing: [hash, entry + 1] per slot (0: empty), one cache line for both. */
  private readonly slotData: Int32Array;
  readonly slotFlags: Uint8Array;
  private readonly mask: number;

  /**
   * `rootChild[key]`: the node a form's first word leads to (-1 if none); `accepting` and `inner`
   * say whether a node ends a form (| 2: one written in lower case too) and whether forms go on from it, `goesOnInflected` whether they
   * go on from it after an inflected word too ("Sicherheitsrats der Ukraine").
   */
  constructor(
    automaton: Pick<Automaton, 'keys' | 'hashes' | 'words' | 'tails' | 'tailSets'>,
    rootChild: Int32Array,
    accepting: Uint8Array,
    inner: Uint8Array,
    goesOnInflected: Uint8Array,
  ) {
    const { keys, hashes, words, tails, tailSets } = automaton;
    this.strings = tails;
    this.acronym = new Uint8Array(keys.length);
    this.base = new Array<string>(keys.length);
    let total = 0;
    for (let w = 0; w < words.length; w += 3) total += tailSets[words[w + 1]!]!.length >> 1;
    this.key = new Int32Array(total);
    this.tail = new Uint8Array(total);
    this.suffix = new Uint8Array(total);
    this.next = new Int32Array(total);
    let size = 1024;
    while (size < total * 2) size *= 2;
    this.mask = size - 1;
    this.slotData = new Int32Array(size * 2);
    this.slotFlags = new Uint8Array(size);

    // Plain loops over numbers: this runs once per page, mostly before the JIT has warmed up. The
    // keys' hashes come with the automaton.
    let entry = 0;
    for (let w = 0; w < words.length; w += 3) {
      const id = words[w]!;
      const start = words[w + 2]!;
      let base = this.base[id];
      if (base === undefined) {
        const key = keys[id]!;
        base = keyText(key);
        if (key.startsWith(ACRONYM_MARK)) this.acronym[id] = 1;
        this.base[id] = base;
      }
      const acronym = this.acronym[id] === 1;
      const root = start ? rootChild[id]! : -1;
      let flags = start === START_ANY ? W_START_ANY : start === START_UPPER ? W_START_UPPER : 0;
      // An acronym begins as it is written: "IS" never begins with "is".
      if (acronym && start && isUpper(base.charAt(0))) flags = W_START_UPPER;
      if (root >= 0 && accepting[root]) flags |= W_ALONE;
      if (root >= 0 && accepting[root]! & 2 && flags & W_START_ANY) flags |= W_ALONE_LOWER;
      const goesOn = root >= 0 && inner[root] ? W_GOES_ON : 0;
      const inflectedGoesOn = root >= 0 && goesOnInflected[root] ? W_GOES_ON : 0;
      const pairs = tailSets[words[w + 1]!]!;
      for (let p = 0; p < pairs.length; p += 2) {
        const tail = pairs[p]!;
        const suffix = pairs[p + 1]!;
        let hash: number;
        // Acronyms are found under their folded key: "IRGC" under "irgc".
        if (acronym) hash = hashWord(normalizeWord(base + tails[tail]!));
        else {
          hash = hashes[id]!;
          const t = tails[tail]!;
          for (let i = 0; i < t.length; i++) hash = Math.imul(hash ^ t.charCodeAt(i), FNV_PRIME);
        }
        this.key[entry] = id;
        this.tail[entry] = tail;
        this.suffix[entry] = suffix;
        // Inflected words end a name; only an uninflected one goes on, or one before a genitive.
        this.add(hash, entry, suffix === 0 ? flags | goesOn : flags | inflectedGoesOn);
        entry++;
      }
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

  /** The first entry in slot s (then follow `next`). */
  first(s: number): number {
    return this.slotData[2 * s + 1]! - 1;
  }

  private add(hash: number, entry: number, flags: number): void {
    const { mask, slotData } = this;
    let s = (hash ^ (hash >>> 16)) & mask;
    while (slotData[2 * s + 1] !== 0 && slotData[2 * s] !== hash) s = (s + 1) & mask;
    this.next[entry] = slotData[2 * s + 1]! - 1;
    slotData[2 * s] = hash;
    slotData[2 * s + 1] = entry + 1;
    this.slotFlags[s]! |= flags;
  }
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}
