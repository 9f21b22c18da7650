// Numbers the canonical word keys while the automaton is compiled: a token's key is looked up by the
// hash the tokenizer already computed and compared in place, so a key becomes a string only once.
import { hashWord, type Tokens } from './tokenizer';

/**
 * Key strings by id, found by their FNV hash (hashWord): open addressing over [hash, id + 1] pairs.
 * ~50,000 name words share ~15,000 keys; a Map keyed by fresh strings hashed and kept them all.
 */
export class KeyTable {
  readonly keys: string[] = [];
  private hashes = new Int32Array(1024);
  private slots = new Int32Array(1 << 16);
  private mask = (1 << 15) - 1;

  /** The id of token i's key, numbered if new (`add` false: -1 if it has none). */
  idOfToken(tokens: Tokens, i: number, add = true): number {
    const hash = tokens.keyHash[i]!;
    const { slots, mask, keys } = this;
    let s = (hash ^ (hash >>> 16)) & mask;
    for (; slots[2 * s + 1] !== 0; s = (s + 1) & mask) {
      const id = slots[2 * s + 1]! - 1;
      if (slots[2 * s] === hash && tokens.keyIs(i, keys[id]!)) return id;
    }
    return add ? this.add(tokens.key(i), hash, s) : -1;
  }

  /** The id of `key`, numbered if new (`add` false: -1 if it has none). */
  idOf(key: string, add = true): number {
    const hash = hashWord(key);
    const { slots, mask, keys } = this;
    let s = (hash ^ (hash >>> 16)) & mask;
    for (; slots[2 * s + 1] !== 0; s = (s + 1) & mask) {
      const id = slots[2 * s + 1]! - 1;
      if (slots[2 * s] === hash && keys[id] === key) return id;
    }
    return add ? this.add(key, hash, s) : -1;
  }

  private add(key: string, hash: number, slot: number): number {
    const id = this.keys.push(key) - 1;
    if (id === this.hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
    // At most half full, so that probes stay short.
    if (this.keys.length * 2 > this.mask) this.rehash();
    return id;
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (let id = 0; id < this.keys.length; id++) {
      const hash = this.hashes[id]!;
      let s = (hash ^ (hash >>> 16)) & this.mask;
      while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = hash;
      this.slots[2 * s + 1] = id + 1;
    }
  }
}
