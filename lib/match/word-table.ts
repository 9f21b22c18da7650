// Finds the automaton's words by the hash the tokenizer computes: open-addressing tables in typed
// arrays, built on load from the canonical keys without making a string per derived word.
import { START_ANY, START_UPPER, type Automaton } from './automaton';
import { tailsOf } from './patterns';
import { hashWord, normalizeWord } from './tokenizer';

/** Entry flags, ORed per hash slot so that most words are judged by one array read. */
export const W_START_ANY = 1;
export const W_START_UPPER = 2;
/** The word alone can be a whole form (its root child accepts). */
export const W_ALONE = 4;
/** A form goes on after the word (its root child has children, and the word is uninflected). */
export const W_GOES_ON = 8;

const FNV_PRIME = 0x01000193;

/** One open-addressing table: word hash → the first entry with that hash. */
class HashSlots {
  readonly mask: number;
  readonly hashes: Int32Array;
  /** Entry index + 1 per slot; 0 marks an empty slot. */
  readonly firsts: Int32Array;
  readonly flags: Uint8Array;

  constructor(entries: number) {
    let size = 1024;
    while (size < entries * 2) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.firsts = new Int32Array(size);
    this.flags = new Uint8Array(size);
  }

  /** The slot of `hash`, or -1 if no word has it. */
  slot(hash: number): number {
    const { mask, hashes, firsts } = this;
    for (let s = (hash ^ (hash >>> 16)) & mask; ; s = (s + 1) & mask) {
      if (firsts[s] === 0) return -1;
      if (hashes[s] === hash) return s;
    }
  }

  add(hash: number, entry: number, flags: number, next: Int32Array): void {
    const { mask, hashes, firsts } = this;
    let s = (hash ^ (hash >>> 16)) & mask;
    while (firsts[s] !== 0 && hashes[s] !== hash) s = (s + 1) & mask;
    next[entry] = firsts[s]! - 1;
    hashes[s] = hash;
    firsts[s] = entry + 1;
    this.flags[s]! |= flags;
  }
}

/**
 * Every text word the automaton's keys stand for: a key's base plus one of its tails ("putin" +
 * "s"), with the suffix to check when a match ends. All are found by the hash of a token's key,
 * acronyms too ("IRGC" under "irgc"), which are then compared as written.
 */
export class WordTable {
  /** Per entry. */
  readonly key: Int32Array;
  readonly base: string[] = [];
  readonly tail: string[] = [];
  readonly suffix: string[] = [];
  /** 1: an acronym, compared case-sensitively as written. */
  readonly acronym: Uint8Array;
  /** The next entry with the same hash, or -1. */
  readonly next: Int32Array;
  readonly slots: HashSlots;

  /**
   * `rootChild[key]`: the node a form's first word leads to (-1 if none); `accepting` and `inner`
   * say whether a node ends a form and whether forms go on from it.
   */
  constructor(automaton: Pick<Automaton, 'keys' | 'words' | 'suffixSets'>, rootChild: Int32Array, accepting: Uint8Array, inner: Uint8Array) {
    const { keys, words, suffixSets } = automaton;
    const shapes: Array<ReturnType<typeof tailsOf>> = [];
    let total = 0;
    for (let w = 0; w < words.length; w += 3) {
      const shape = tailsOf(keys[words[w]!]!, suffixSets[words[w + 1]!]!);
      shapes.push(shape);
      total += shape.tails.length;
    }
    this.key = new Int32Array(total);
    this.acronym = new Uint8Array(total);
    this.next = new Int32Array(total);
    this.slots = new HashSlots(total);
    const baseHashes = new Map<string, number>();
    let entry = 0;
    for (let w = 0; w < words.length; w += 3) {
      const key = words[w]!;
      const start = words[w + 2]!;
      const { base, acronym, tails } = shapes[w / 3]!;
      let baseHash = acronym ? 0 : baseHashes.get(base);
      if (baseHash === undefined) baseHashes.set(base, (baseHash = hashWord(base)));
      const root = start ? rootChild[key]! : -1;
      let flags = start === START_ANY ? W_START_ANY : start === START_UPPER ? W_START_UPPER : 0;
      // An acronym begins as it is written: "IS" never begins with "is".
      if (acronym && start && isUpper(base.charAt(0))) flags = W_START_UPPER;
      if (root >= 0 && accepting[root]) flags |= W_ALONE;
      for (const [tail, suffix] of tails) {
        let hash = baseHash;
        if (acronym) hash = hashWord(normalizeWord(base + tail));
        else for (let i = 0; i < tail.length; i++) hash = Math.imul(hash ^ tail.charCodeAt(i), FNV_PRIME);
        this.key[entry] = key;
        this.acronym[entry] = acronym ? 1 : 0;
        this.base.push(base);
        this.tail.push(tail);
        this.suffix.push(suffix);
        const goesOn = root >= 0 && inner[root] && suffix === '' ? W_GOES_ON : 0;
        this.slots.add(hash, entry, flags | goesOn, this.next);
        entry++;
      }
    }
  }
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}
