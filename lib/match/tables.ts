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
  /** Children per node, nodes numbered breadth-first: the child along edge e is node e + 1 (Automaton.fanout). */
  fanout: Uint16Array;
  /** Key id of each edge, in node order. */
  edgeKey: Uint16Array;
  /** Per accepting form, in node order: node − the previous form's node, entity index, kind × 8 + flags (Automaton.accepts). */
  acceptStep: Uint16Array;
  acceptEntity: Uint16Array;
  acceptKind: Uint8Array;
  /** Nodes a name goes on from after an inflected word (Automaton.goesOnInflected). */
  goesOnInflected: Int32Array;
  /** hashWord() of the keys of given names (Automaton.firstNames). */
  firstNames: Int32Array;
  words: WordEntries;
  related: Automaton['related'];
  cues: Automaton['cues'];
  textCues: string[];
  titles: Automaton['titles'];
  owners: Automaton['owners'];
  formCount: number;
}

/** What the extension build ships for a page: MatcherTables with the typed arrays in `data`. */
export interface PackedAutomaton {
  version: 4;
  entities: Automaton['entities'];
  tails: string[];
  /** WordEntries.base: the text of each key. */
  bases: string[];
  related: Automaton['related'];
  cues: Automaton['cues'];
  textCues: string[];
  titles: Automaton['titles'];
  owners: Automaton['owners'];
  formCount: number;
  /** Lengths of the typed arrays in `data`, in the order of SECTIONS. */
  lengths: number[];
  /** The typed arrays, each starting at a multiple of 4 bytes, in the platform's (little-endian) byte order, as base64. */
  data: string;
}

/** The typed arrays of MatcherTables in `data`, in order. */
const SECTIONS = [
  ['fanout', Uint16Array],
  ['edgeKey', Uint16Array],
  ['acceptStep', Uint16Array],
  ['acceptEntity', Uint16Array],
  ['acceptKind', Uint8Array],
  ['goesOnInflected', Int32Array],
  ['firstNames', Int32Array],
  ['words.acronym', Uint8Array],
  ['words.key', Uint16Array],
  ['words.tail', Uint8Array],
  ['words.suffix', Uint8Array],
  ['words.hash', Int32Array],
  ['words.flags', Uint8Array],
] as const;

type Section = Uint8Array | Uint16Array | Int32Array;

/** The node arrays a matcher walks, from the edges and accepting forms. */
export interface NodeTables {
  /** By key id: the node a form's first word leads to, or -1. */
  rootChild: Int32Array;
  /** Edges of node n: firstEdge[n] … firstEdge[n + 1]. */
  firstEdge: Int32Array;
  /** 1 where forms go on from the node. */
  inner: Uint8Array;
  /** 1 where forms go on from the node after an inflected word. */
  goesOnInflected: Uint8Array;
  /** Accepting forms of node n: firstAccept[n] … firstAccept[n + 1] (indexes into the accept arrays). */
  firstAccept: Int32Array;
  /** 1 where a form ends at the node, | 2 where one of them may be written in lower case. */
  accepting: Uint8Array;
}

/** Node arrays from the tables: plain loops over numbers, which a page runs before its JIT has warmed up. */
export function nodeTables(tables: Pick<MatcherTables, 'fanout' | 'edgeKey' | 'acceptStep' | 'acceptKind' | 'goesOnInflected'>, keyCount: number): NodeTables {
  const { fanout, edgeKey, acceptStep, acceptKind } = tables;
  const nodeCount = fanout.length;
  const rootChild = new Int32Array(keyCount).fill(-1);
  const firstEdge = new Int32Array(nodeCount + 1);
  const inner = new Uint8Array(nodeCount);
  for (let n = 0; n < nodeCount; n++) {
    firstEdge[n + 1] = firstEdge[n]! + fanout[n]!;
    if (fanout[n]) inner[n] = 1;
  }
  for (let e = 0; e < (nodeCount ? fanout[0]! : 0); e++) rootChild[edgeKey[e]!] = e + 1;
  const goesOnInflected = new Uint8Array(nodeCount);
  for (let i = 0; i < tables.goesOnInflected.length; i++) goesOnInflected[tables.goesOnInflected[i]!] = 1;
  const firstAccept = new Int32Array(nodeCount + 1);
  const accepting = new Uint8Array(nodeCount);
  let node = 0;
  for (let a = 0; a < acceptStep.length; a++) {
    node += acceptStep[a]!;
    accepting[node]! |= acceptKind[a]! & UPPER_FIRST ? 1 : 3;
    firstAccept[node + 1] = a + 1;
  }
  for (let n = 1; n <= nodeCount; n++) if (firstAccept[n]! < firstAccept[n - 1]!) firstAccept[n] = firstAccept[n - 1]!;
  return { rootChild, firstEdge, inner, goesOnInflected, firstAccept, accepting };
}

/** The tables of a compiled automaton (where it is compiled: the extension build, tests, the command line). */
export function tablesOf(automaton: Automaton): MatcherTables {
  const accepts = automaton.accepts;
  const count = accepts.length / 3;
  const acceptStep = new Uint16Array(count);
  const acceptEntity = new Uint16Array(count);
  const acceptKind = new Uint8Array(count);
  for (let a = 0; a < count; a++) {
    acceptStep[a] = fits(accepts[3 * a]!, 0xffff, 'node step');
    acceptEntity[a] = fits(accepts[3 * a + 1]!, 0xffff, 'entity index');
    acceptKind[a] = accepts[3 * a + 2]!;
  }
  const edges = {
    fanout: Uint16Array.from(automaton.fanout, (n) => fits(n, 0xffff, 'fanout')),
    edgeKey: Uint16Array.from(automaton.edgeKeys, (k) => fits(k, 0xffff, 'key id')),
    acceptStep,
    acceptKind,
    goesOnInflected: Int32Array.from(automaton.goesOnInflected),
  };
  const nodes = nodeTables(edges, automaton.keys.length);
  return {
    ...edges,
    entities: automaton.entities,
    tails: automaton.tails,
    acceptEntity,
    firstNames: Int32Array.from(automaton.firstNames, hashWord),
    words: wordEntries(automaton, nodes.rootChild, nodes.accepting, nodes.inner, nodes.goesOnInflected),
    related: automaton.related,
    cues: automaton.cues,
    textCues: automaton.textCues,
    titles: automaton.titles,
    owners: automaton.owners,
    formCount: automaton.formCount,
  };
}

function fits(value: number, max: number, what: string): number {
  if (value < 0 || value > max) throw new Error(`the automaton's ${what} ${value} does not fit a page's table (at most ${max})`);
  return value;
}

function sectionOf(tables: MatcherTables, name: (typeof SECTIONS)[number][0]): Section {
  return name.startsWith('words.') ? (tables.words[name.slice(6) as keyof WordEntries] as Section) : (tables[name as keyof MatcherTables] as Section);
}

/** The tables as the extension build ships them. */
export function pack(tables: MatcherTables): PackedAutomaton {
  const arrays = SECTIONS.map(([name]) => sectionOf(tables, name));
  const bytes = new Uint8Array(arrays.reduce((size, a) => size + align(a.byteLength), 0));
  let offset = 0;
  for (const a of arrays) {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offset);
    offset += align(a.byteLength);
  }
  const { entities, tails, related, cues, textCues, titles, owners, formCount } = tables;
  const bases = Array.from(tables.words.base, (b) => b ?? '');
  return { version: 4, entities, tails, bases, related, cues, textCues, titles, owners, formCount, lengths: arrays.map((a) => a.length), data: toBase64(bytes) };
}

/** The tables a page works with, from what the extension build shipped. */
export function unpack(packed: PackedAutomaton): MatcherTables {
  if (packed.version !== 4 || packed.lengths?.length !== SECTIONS.length || typeof packed.data !== 'string') {
    throw new Error(`the packed automaton is not in the format this matcher reads (version 4 with ${SECTIONS.length} tables): rebuild the extension`);
  }
  const bytes = fromBase64(packed.data);
  // A fresh array: offset 0, so that every section starts aligned.
  const buffer = bytes.buffer as ArrayBuffer;
  const arrays: Record<string, Section> = {};
  let offset = 0;
  SECTIONS.forEach(([name, Type], i) => {
    const length = packed.lengths[i]!;
    arrays[name] = new Type(buffer, bytes.byteOffset + offset, length);
    offset += align(length * Type.BYTES_PER_ELEMENT);
  });
  const { entities, tails, related, cues, textCues, titles, owners, formCount } = packed;
  return {
    entities,
    tails,
    related,
    cues,
    textCues,
    titles,
    owners,
    formCount,
    fanout: arrays.fanout as Uint16Array,
    edgeKey: arrays.edgeKey as Uint16Array,
    acceptStep: arrays.acceptStep as Uint16Array,
    acceptEntity: arrays.acceptEntity as Uint16Array,
    acceptKind: arrays.acceptKind as Uint8Array,
    goesOnInflected: arrays.goesOnInflected as Int32Array,
    firstNames: arrays.firstNames as Int32Array,
    words: {
      base: packed.bases,
      acronym: arrays['words.acronym'] as Uint8Array,
      key: arrays['words.key'] as Uint16Array,
      tail: arrays['words.tail'] as Uint8Array,
      suffix: arrays['words.suffix'] as Uint8Array,
      hash: arrays['words.hash'] as Int32Array,
      flags: arrays['words.flags'] as Uint8Array,
    },
  };
}

export function isPacked(source: object): source is PackedAutomaton {
  return (source as { version?: unknown }).version === 4;
}

function align(bytes: number): number {
  return (bytes + 3) & ~3;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Native where the browser has it (Uint8Array.fromBase64: Firefox 133, Chrome 140), else atob and one loop. */
function fromBase64(data: string): Uint8Array {
  const typed = Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array };
  if (typed.fromBase64) return typed.fromBase64(data);
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
