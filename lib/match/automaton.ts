// Compiles entities into the automaton the matcher walks: plain JSON-able data, so that the
// extension build can compile it once and a page only loads it. No text scanning here.
import type { Entity, EntityType } from '../kb/types';
import { ACRONYM_PREFIX, SUFFIXES, cuesOf, formsOf, variantsOf, type Form, type FormKind } from './patterns';
import { hashWord } from './tokenizer';

export const KINDS: readonly FormKind[] = ['name', 'acronym', 'short', 'guarded'];
export const UPPER_FIRST = 1;
export const DOT_END = 2;
export const START_UPPER = 1;
export const START_ANY = 2;
type Start = 0 | typeof START_UPPER | typeof START_ANY;

/** One accepting form: entity index, index into KINDS, flags (UPPER_FIRST | DOT_END). */
export type AcceptTuple = [entity: number, kind: number, flags: number];

export interface AutomatonNode {
  /** Canonical word key → index of the child node. */
  n?: Record<string, number>;
  a?: AcceptTuple[];
}

export interface Automaton {
  version: 2;
  entities: Array<[id: string, type: EntityType]>;
  /** nodes[0] is the root. */
  nodes: AutomatonNode[];
  /**
   * Every canonical word key with the suffixes it may carry: [key, index into suffixSets, start].
   * start: 0 the key never begins a form, START_UPPER only forms that want a capital ("Iran"),
   * START_ANY also forms that may begin in lower case ("ballistische Rakete", acronyms as written).
   * The text words each key stands for are derived from these on load, which keeps the shipped
   * automaton small (lib/match/matcher.ts).
   */
  keys: Array<[key: string, suffixSet: number, start: Start]>;
  suffixSets: string[][];
  /** Entity id → ids whose mention vouches for its guarded forms. */
  related: Record<string, string[]>;
  /** Entity id → cue words for its guarded forms. */
  cues: Record<string, string[]>;
  /** Ids whose cue words also count anywhere in the text (Entity.cueScope). */
  textCues: string[];
  formCount: number;
}

/** The lookup tables derived from an automaton's keys: what the matcher consults per word. */
export interface WordIndex {
  /** Text word → the canonical keys it can stand for, with the suffix it carries. */
  variants: Map<string, Array<[string, string]>>;
  /** The same for acronyms, by the word as written (case-sensitive). */
  acronymVariants: Map<string, Array<[string, string]>>;
  /** hashWord() of the words that can begin a form written in lower case, and in upper case only. */
  startAnyHashes: Set<number>;
  startUpperHashes: Set<number>;
}

/** Derives the per-word lookup tables from the canonical keys. */
export function indexWords(automaton: Pick<Automaton, 'keys' | 'suffixSets'>): WordIndex {
  const index: WordIndex = {
    variants: new Map(),
    acronymVariants: new Map(),
    startAnyHashes: new Set(),
    startUpperHashes: new Set(),
  };
  for (const [key, suffixSet, start] of automaton.keys) {
    const isAcronym = key.startsWith(ACRONYM_PREFIX);
    const map = isAcronym ? index.acronymVariants : index.variants;
    for (const [variant, suffix] of variantsOf(key, automaton.suffixSets[suffixSet]!)) {
      const word = isAcronym ? variant.slice(ACRONYM_PREFIX.length) : variant;
      const hash = hashWord(word);
      if (start === START_ANY) index.startAnyHashes.add(hash);
      else if (start === START_UPPER) index.startUpperHashes.add(hash);
      const list = map.get(word);
      if (!list) map.set(word, [[key, suffix]]);
      else if (!list.some(([k, s]) => k === key && s === suffix)) list.push([key, suffix]);
    }
  }
  return index;
}

const NO_SUFFIX: readonly string[] = [''];

export function compile(entities: readonly Entity[]): Automaton {
  const index = new Map(entities.map((e, i) => [e.id, i]));
  const nodes: Array<{ next?: Map<string, number>; accepts?: AcceptTuple[] }> = [{}];
  const keys = new Map<string, [key: string, suffixSet: number, start: Start]>();
  const suffixSets: string[][] = [];
  const suffixSetIndex = new Map<string, number>();
  const related = new Map<string, Set<string>>();
  const cues: Record<string, string[]> = {};
  const textCues: string[] = [];
  let formCount = 0;

  /** Records a canonical key with the suffixes it may carry and whether it can begin a form. */
  const indexKey = (key: string, suffixes: readonly string[], start: Start) => {
    const setName = suffixes.join(',');
    let set = suffixSetIndex.get(setName);
    if (set === undefined) {
      set = suffixSets.length;
      suffixSets.push([...suffixes]);
      suffixSetIndex.set(setName, set);
    }
    const id = key + '\u0000' + set;
    const known = keys.get(id);
    if (known) known[2] = Math.max(known[2], start) as Start;
    else keys.set(id, [key, set, start]);
  };

  const insert = (form: Form) => {
    let node = 0;
    const last = form.keys.length - 1;
    form.keys.forEach((key, position) => {
      const current = nodes[node]!;
      current.next ??= new Map();
      let child = current.next.get(key);
      if (child === undefined) {
        child = nodes.length;
        nodes.push({});
        current.next.set(key, child);
      }
      node = child;
      // Only the last word of a name carries an inflection ending: "Putins", "Sicherheitsrates".
      const start: Start = position > 0 ? 0 : form.upperFirst ? START_UPPER : START_ANY;
      // A one- or two-letter name alone takes no ending ("Un" + "s" is "uns"); at the end of a longer
      // name it does ("Kim Jong Uns").
      const inflects = position === last && (last > 0 || key.length > 2);
      indexKey(key, inflects ? SUFFIXES[form.entity.type] : NO_SUFFIX, start);
    });
    const target = nodes[node]!;
    const entity = index.get(form.entity.id)!;
    const kind = KINDS.indexOf(form.kind);
    const flags = (form.upperFirst ? UPPER_FIRST : 0) | (form.dotEnd ? DOT_END : 0);
    target.accepts ??= [];
    const twin = target.accepts.find(([e, k]) => e === entity && k === kind);
    // The same words as two forms of one entity: the looser case rule wins.
    if (twin) twin[2] &= flags | ~UPPER_FIRST;
    else target.accepts.push([entity, kind, flags]);
  };

  const relate = (a: string, b: string) => {
    let set = related.get(a);
    if (!set) related.set(a, (set = new Set()));
    set.add(b);
  };

  for (const entity of entities) {
    for (const form of formsOf(entity)) {
      insert(form);
      formCount++;
    }
    if (entity.guarded?.length) cues[entity.id] = cuesOf(entity);
    if (entity.guarded?.length && entity.cueScope === 'text') textCues.push(entity.id);
    // Co-mentions that vouch for a guarded form: the entity's own links, both ways, except states
    // (every Russian actor links to Russia; Russia in a text says nothing about "Wagner").
    for (const link of entity.links ?? []) {
      const other = index.has(link.to) ? entities[index.get(link.to)!]! : undefined;
      if (!other || other.type === 'state' || entity.type === 'state') continue;
      relate(entity.id, other.id);
      relate(other.id, entity.id);
    }
  }

  return {
    version: 2,
    entities: entities.map((e) => [e.id, e.type]),
    nodes: nodes.map(({ next, accepts }) => ({
      ...(next ? { n: Object.fromEntries(next) } : {}),
      ...(accepts ? { a: accepts } : {}),
    })),
    keys: [...keys.values()],
    suffixSets,
    related: Object.fromEntries([...related].map(([id, set]) => [id, [...set]])),
    cues,
    textCues,
    formCount,
  };
}
