// The matcher's tables as a page loads them: typed arrays derived from the compiled automaton, packed
// at extension build time into one base64 string, so that a page decodes numbers rather than
// deriving them. Pure data work: no knowledge base, no DOM.
import { UPPER_FIRST, type Automaton } from './automaton';
import { hashWord } from './tokenizer';
import { wordEntries, type WordEntries } from './word-table';

/** Everything a Matcher is made of, in the form a page keeps it. */
export interface MatcherTables {
  entities: Automaton['entities'];
  tails: string[];
  /**
   * Nodes are numbered breadth-first, so that the child along edge e is node e + 1 (Automaton.fanout):
   * the edges of node n are firstEdge[n] … firstEdge[n + 1], with the key id of each in edgeKey.
   */
  firstEdge: Int32Array;
  edgeKey: Int32Array;
  /** The forms that end at node n are firstAccept[n] … firstAccept[n + 1]: entity index, kind × KIND_SHIFT + flags (Automaton.accepts). */
  firstAccept: Int32Array;
  acceptEntity: Int32Array;
  acceptKind: Uint8Array;
  /** Nodes a name goes on from after an inflected word (Automaton.goesOnInflected). */
  goesOnInflected: Int32Array;
  /** hashWord() of the keys of given names (Automaton.firstNames). */
  firstNames: Int32Array;
  /** hashWord() of Automaton.givenNames. */
  givenNames: Int32Array;
  /** hashWord() of each given name's key alone, once: whether a word is anyone's given name at all. */
  givenKeys: Int32Array;
  words: WordEntries;
  /**
   * Automaton.related and Automaton.owners by entity index: [entity, related …] per entity, and
   * entity, owner, entity, owner … A page reads them by index (Matcher): an object keyed by
   * 10,000 ids costs a page 15 ms to build, a tenth of that as arrays.
   */
  related: number[][];
  owners: number[];
  cues: Automaton['cues'];
  textCues: string[];
  titles: Automaton['titles'];
  adjectives: Automaton['adjectives'];
  formCount: number;
}

/** What the extension build ships for a page: MatcherTables with the typed arrays in `data`. */
export interface PackedAutomaton {
  version: 11;
  entities: Automaton['entities'];
  tails: string[];
  /** WordEntries.base: the text of each key. */
  bases: string[];
  /** Automaton.related by entity index, a fifth of the size of ids: [entity, related …] per entity. */
  related: number[][];
  cues: Automaton['cues'];
  textCues: string[];
  titles: Automaton['titles'];
  /** Automaton.owners by entity index: entity, owner, entity, owner … */
  owners: number[];
  /** Automaton.adjectives with the state by entity index. */
  adjectives: Record<string, number>;
  formCount: number;
  /** Lengths of the typed arrays in `data`, in the order of SECTIONS. */
  lengths: number[];
  /** Bytes per value as stored: each array is stored in the narrowest of 1, 2 or 4 bytes its values fit. */
  widths: number[];
  /**
   * The arrays, each starting at a multiple of 4 bytes, in the platform's (little-endian) byte order,
   * as base64. A page widens each to its working type with one native copy.
   */
  data: string;
}

/**
 * The typed arrays of MatcherTables in `data`, in order, with the type a page works with; `true`:
 * stored as the differences of neighbours (a node's number of edges or accepts), which fit fewer
 * bytes than the running offsets: 2 bytes rather than 4 for firstEdge, 1 rather than 2 for firstAccept.
 */
const SECTIONS = [
  ['firstEdge', Int32Array, true],
  ['edgeKey', Int32Array],
  ['firstAccept', Int32Array, true],
  ['acceptEntity', Int32Array],
  ['acceptKind', Uint8Array],
  ['goesOnInflected', Int32Array],
  ['firstNames', Int32Array],
  ['givenNames', Int32Array],
  ['givenKeys', Int32Array],
  ['words.caseRule', Uint8Array],
  ['words.key', Int32Array],
  ['words.tail', Uint8Array],
  ['words.suffix', Uint8Array],
  ['words.hash', Int32Array],
  ['words.flags', Uint8Array],
] as const;

type Section = Uint8Array | Uint16Array | Int32Array;

/** Stored types by bytes per value. */
const STORED = { 1: Uint8Array, 2: Uint16Array, 4: Int32Array } as const;

/** The arrays a matcher looks a form's first word up in and walks by, as a page needs them. */
export interface NodeTables {
  /** By key id: the node a form's first word leads to, or -1. */
  rootChild: Int32Array;
  /** 1 where forms go on from the node after an inflected word. */
  goesOnInflected: Uint8Array;
}

/** Plain loops over a few thousand numbers: a page runs them before its JIT has warmed up. */
export function nodeTables(tables: Pick<MatcherTables, 'firstEdge' | 'edgeKey' | 'goesOnInflected'>, keyCount: number): NodeTables {
  const { firstEdge, edgeKey } = tables;
  const rootChild = new Int32Array(keyCount).fill(-1);
  for (let e = firstEdge[0]!, end = firstEdge.length > 1 ? firstEdge[1]! : 0; e < end; e++) rootChild[edgeKey[e]!] = e + 1;
  const goesOnInflected = new Uint8Array(Math.max(firstEdge.length - 1, 0));
  for (let i = 0; i < tables.goesOnInflected.length; i++) goesOnInflected[tables.goesOnInflected[i]!] = 1;
  return { rootChild, goesOnInflected };
}

/** Per key: 1 if a form has it as a word after its first (the key of an edge from any node but the root). */
function laterKeys({ firstEdge, edgeKey }: Pick<MatcherTables, 'firstEdge' | 'edgeKey'>, keyCount: number): Uint8Array {
  const later = new Uint8Array(keyCount);
  for (let e = firstEdge.length > 1 ? firstEdge[1]! : 0; e < edgeKey.length; e++) later[edgeKey[e]!] = 1;
  return later;
}

/** The tables of a compiled automaton (where it is compiled: the extension build, tests, the command line). */
export function tablesOf(automaton: Automaton): MatcherTables {
  const { fanout, accepts } = automaton;
  const nodeCount = fanout.length;
  const firstEdge = new Int32Array(nodeCount + 1);
  const inner = new Uint8Array(nodeCount);
  for (let n = 0; n < nodeCount; n++) {
    firstEdge[n + 1] = firstEdge[n]! + fanout[n]!;
    if (fanout[n]) inner[n] = 1;
  }
  const count = accepts.length / 3;
  const firstAccept = new Int32Array(nodeCount + 1);
  const acceptEntity = new Int32Array(count);
  const acceptKind = new Uint8Array(count);
  // Per node: 1 if a form ends there, | 2 if one of them may be written in lower case.
  const accepting = new Uint8Array(nodeCount);
  let node = 0;
  for (let a = 0; a < count; a++) {
    node += accepts[3 * a]!;
    acceptEntity[a] = accepts[3 * a + 1]!;
    acceptKind[a] = accepts[3 * a + 2]!;
    accepting[node]! |= acceptKind[a]! & UPPER_FIRST ? 1 : 3;
    firstAccept[node + 1] = a + 1;
  }
  for (let n = 1; n <= nodeCount; n++) if (firstAccept[n]! < firstAccept[n - 1]!) firstAccept[n] = firstAccept[n - 1]!;
  const edges = {
    firstEdge,
    edgeKey: Int32Array.from(automaton.edgeKeys),
    goesOnInflected: Int32Array.from(automaton.goesOnInflected),
  };
  const nodes = nodeTables(edges, automaton.keys.length);
  return {
    ...edges,
    entities: automaton.entities,
    tails: automaton.tails,
    firstAccept,
    acceptEntity,
    acceptKind,
    firstNames: Int32Array.from(automaton.firstNames, hashWord),
    givenNames: Int32Array.from(automaton.givenNames, hashWord),
    givenKeys: Int32Array.from(new Set(automaton.givenNames.map((idKey) => hashWord(idKey.slice(idKey.indexOf(' ') + 1))))),
    words: wordEntries(automaton, nodes.rootChild, accepting, inner, nodes.goesOnInflected, laterKeys(edges, automaton.keys.length)),
    ...linksByIndex(automaton),
    cues: automaton.cues,
    textCues: automaton.textCues,
    titles: automaton.titles,
    adjectives: automaton.adjectives,
    formCount: automaton.formCount,
  };
}

/** Automaton.related and .owners by entity index (MatcherTables). */
function linksByIndex(automaton: Pick<Automaton, 'entities' | 'related' | 'owners'>): Pick<MatcherTables, 'related' | 'owners'> {
  const indexOf = entityIndexOf(automaton.entities);
  return {
    related: Object.entries(automaton.related).map(([id, others]) => [indexOf(id), ...others.map(indexOf)]),
    owners: Object.entries(automaton.owners).flatMap(([id, owner]) => [indexOf(id), indexOf(owner)]),
  };
}

/** The index of an entity by its id, for links stored by index; an id the automaton does not hold is an error. */
function entityIndexOf(entities: Automaton['entities']): (id: string) => number {
  const index = new Map(entities.map(([id], i) => [id, i]));
  return (id) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`the automaton links to ${id}, which it does not hold`);
    return i;
  };
}

function sectionOf(tables: MatcherTables, name: (typeof SECTIONS)[number][0]): Section {
  return name.startsWith('words.') ? (tables.words[name.slice(6) as keyof WordEntries] as Section) : (tables[name as keyof MatcherTables] as Section);
}

/** The tables as the extension build ships them. */
export function pack(tables: MatcherTables): PackedAutomaton {
  const arrays = SECTIONS.map(([name, , delta]) => narrowest(delta ? differences(sectionOf(tables, name)) : sectionOf(tables, name)));
  const bytes = new Uint8Array(arrays.reduce((size, a) => size + align(a.byteLength), 0));
  let offset = 0;
  for (const a of arrays) {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offset);
    offset += align(a.byteLength);
  }
  const { entities, tails, cues, textCues, titles, formCount } = tables;
  const indexOf = entityIndexOf(entities);
  const { related, owners } = tables;
  const bases = Array.from(tables.words.base, (b) => b ?? '');
  const lengths = arrays.map((a) => a.length);
  const widths = arrays.map((a) => a.BYTES_PER_ELEMENT);
  const adjectives = Object.fromEntries(Object.entries(tables.adjectives).map(([word, state]) => [word, indexOf(state)]));
  return { version: 11, entities, tails, bases, related, cues, textCues, titles, owners, adjectives, formCount, lengths, widths, data: toBase64(bytes) };
}

function differences(array: Section): Int32Array {
  const out = new Int32Array(array.length);
  for (let i = 0; i < array.length; i++) out[i] = array[i]! - (i ? array[i - 1]! : 0);
  return out;
}

/** The array in the narrowest type its values fit: most indexes of today's base fit two bytes. */
function narrowest(array: Section): Section {
  let min = 0;
  let max = 0;
  for (let i = 0; i < array.length; i++) {
    if (array[i]! < min) min = array[i]!;
    if (array[i]! > max) max = array[i]!;
  }
  if (min < 0 || max > 0xffff) return array instanceof Int32Array ? array : Int32Array.from(array);
  return max > 0xff ? Uint16Array.from(array) : Uint8Array.from(array);
}

/** The tables a page works with, from what the extension build shipped. */
export function unpack(packed: PackedAutomaton): MatcherTables {
  const { lengths, widths } = packed;
  if (packed.version !== 11 || lengths?.length !== SECTIONS.length || widths?.length !== SECTIONS.length || typeof packed.data !== 'string') {
    throw new Error(`the packed automaton is not in the format this matcher reads (version 11 with ${SECTIONS.length} tables): rebuild the extension`);
  }
  const bytes = fromBase64(packed.data);
  // A fresh array: offset 0, so that every section starts aligned.
  const buffer = bytes.buffer as ArrayBuffer;
  const arrays: Record<string, Section> = {};
  let offset = 0;
  SECTIONS.forEach(([name, Type, delta], i) => {
    const width = widths[i] as keyof typeof STORED;
    const Stored = STORED[width];
    if (!Stored) throw new Error(`the packed automaton stores ${String(width)} bytes per value: rebuild the extension`);
    const stored = new Stored(buffer, bytes.byteOffset + offset, lengths[i]!);
    // Widening is one native copy; an array already in its working type is used in place.
    const array = stored instanceof Type ? stored : new Type(stored);
    if (delta) for (let v = 1; v < array.length; v++) array[v]! += array[v - 1]!;
    arrays[name] = array;
    offset += align(lengths[i]! * width);
  });
  const { entities, tails, cues, textCues, titles, formCount } = packed;
  const { related, owners } = packed;
  const adjectives = Object.fromEntries(Object.entries(packed.adjectives).map(([word, state]) => [word, entities[state]![0]]));
  return {
    entities,
    tails,
    related,
    cues,
    textCues,
    titles,
    owners,
    adjectives,
    formCount,
    firstEdge: arrays.firstEdge as Int32Array,
    edgeKey: arrays.edgeKey as Int32Array,
    firstAccept: arrays.firstAccept as Int32Array,
    acceptEntity: arrays.acceptEntity as Int32Array,
    acceptKind: arrays.acceptKind as Uint8Array,
    goesOnInflected: arrays.goesOnInflected as Int32Array,
    firstNames: arrays.firstNames as Int32Array,
    givenNames: arrays.givenNames as Int32Array,
    givenKeys: arrays.givenKeys as Int32Array,
    words: {
      base: packed.bases,
      caseRule: arrays['words.caseRule'] as Uint8Array,
      key: arrays['words.key'] as Int32Array,
      tail: arrays['words.tail'] as Uint8Array,
      suffix: arrays['words.suffix'] as Uint8Array,
      hash: arrays['words.hash'] as Int32Array,
      flags: arrays['words.flags'] as Uint8Array,
    },
  };
}

export function isPacked(source: object): source is PackedAutomaton {
  return (source as { version?: unknown }).version === 11;
}

function align(bytes: number): number {
  return (bytes + 3) & ~3;
}

/** Native where there is a native encoder, as fromBase64() (Node's btoa, like its atob, is slow JavaScript). */
function toBase64(bytes: Uint8Array): string {
  const native = bytes as Uint8Array & { toBase64?: () => string };
  if (native.toBase64) return native.toBase64();
  const nodeBuffer = (globalThis as { Buffer?: { from(data: Uint8Array): { toString(encoding: 'base64'): string } } }).Buffer;
  if (nodeBuffer) return nodeBuffer.from(bytes).toString('base64');
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Native wherever there is a native decoder: Uint8Array.fromBase64 in the browsers we support
 * (Chrome 140, Firefox 133), Buffer in Node (the command line, tests and benchmarks: Node's atob is
 * written in JavaScript and ten times slower). Else atob and one loop.
 */
function fromBase64(data: string): Uint8Array {
  const typed = Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array };
  if (typed.fromBase64) return typed.fromBase64(data);
  const nodeBuffer = (globalThis as { Buffer?: { from(data: string, encoding: 'base64'): Uint8Array } }).Buffer;
  // A copy: a Buffer may be a slice of a shared pool, at an offset no section could start at.
  if (nodeBuffer) return new Uint8Array(nodeBuffer.from(data, 'base64'));
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
