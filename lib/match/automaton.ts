// Compiles entities into the automaton the matcher walks: plain JSON-able data, numbers wherever
// possible. The extension build compiles it once and packs the tables a page needs from it
// (lib/match/tables.ts). No text scanning.
import type { Entity, EntityType } from '../kb/types';
import { ACRONYM_MARK, ADJECTIVE_ENDINGS, ADJECTIVE_MARK, CAPITALS_MARK, FormMaker, SMALL_ON_PURPOSE, SUFFIXES, adjectiveSlot, cuesOf, firstNamesOf, givenNamesOf, namedInArabic, sameKeys, titlesOf, type Form, type FormKind } from './patterns';
import { COMMA_KEY, hashWord, normalizeWord } from './tokenizer';

export const KINDS: readonly FormKind[] = ['name', 'acronym', 'short', 'guarded', 'possessed'];
const SHORT = KINDS.indexOf('short');
const GUARDED = KINDS.indexOf('guarded');
export const UPPER_FIRST = 1;
export const DOT_END = 2;
/** The form's last word takes no ending (Form.fixedEnd). */
export const FIXED_END = 4;
/** The form's capital may be missing in German text (Form.germanLower). */
export const GERMAN_LOWER = 8;
/** The form's words are glued by a dot that the text must not space (Form.glued). */
export const GLUED = 16;
/** An accept's kind and flags in one number: kind × KIND_SHIFT + flags. */
export const KIND_SHIFT = 32;
export const START_UPPER = 1;
export const START_ANY = 2;
/** Added to a start: the word begins a person's name of several words (Matcher.goesOnPastInserted). */
export const START_PERSON = 4;
type Start = number;

/**
 * A word-level trie over canonical word keys. Node 0 is the root; every other node is the child of
 * exactly one edge, so there are edges + 1 nodes. Flat number arrays rather than objects: they are
 * a fraction of the size and turn into typed arrays in one pass (tablesOf).
 */
export interface Automaton {
  version: 3;
  entities: Array<[id: string, type: EntityType]>;
  /** Canonical word keys by key id: "putin", "ballistisch~" (an adjective slot), "=IRGC" (as written). */
  keys: string[];
  /**
   * hashWord() of each key's text without its mark ("ballistisch", "IRGC"), by key id: the word
   * table's hashes are derived from them (wordEntries) without hashing a key twice.
   */
  hashes: number[];
  /** The endings text may add to a key, and the suffixes they count as; tails[0] is "". */
  tails: string[];
  /**
   * Sets of [tail, suffix] pairs (indexes into tails): how text may write a key. "putin" → "", "s";
   * "rakete" → "", "n" (not "e"); an adjective slot → "e", "en", "er" … each counting as no suffix
   * (an adjective ending is no inflection of the name); "=IRGC" → "", "s" as written.
   */
  tailSets: number[][];
  /**
   * [key id, tail set, start] per distinct key and place: the tails a key may carry where it stands
   * in a form (only a form's last word inflects), and whether it begins a form: 0 never,
   * START_UPPER only in forms that want a capital ("Iran"), START_ANY also in lower case
   * ("ballistische Rakete", acronyms as written). The text words are derived from these (wordEntries).
   */
  words: number[];
  /**
   * Nodes are numbered breadth-first from the root (0), so a node's children are consecutive and
   * the child along edge e is node e + 1: fanout[node] is its number of children, edgeKeys[e] the
   * key id of edge e, in node order.
   */
  fanout: number[];
  edgeKeys: number[];
  /**
   * [node − previous accept's node, entity index, kind × 8 + flags] per accepting form, in node
   * order; kind indexes KINDS, flags are UPPER_FIRST | DOT_END | FIXED_END | GERMAN_LOWER | GLUED (kind × 32 + flags).
   */
  accepts: number[];
  /** Entity id → ids whose mention vouches for its guarded forms. */
  related: Record<string, string[]>;
  /** Entity id → cue words for its guarded forms. */
  cues: Record<string, string[]>;
  /** Ids whose cue words also count anywhere in the text (Entity.cueScope). */
  textCues: string[];
  /** Keys of given names: a surname right after one belongs to another person ("Roman Herzog"). */
  firstNames: string[];
  /**
   * "id key" for each person and each of its given names by givenNameKey():
   * the person's own given name in another spelling before the surname is the person's
   * ("Mychailo Podoljak" for Mychajlo Podoljak; Matcher.ownGivenNameBefore).
   */
  givenNames: string[];
  /** Entity id → title words of its roles, for entities with shared surnames ("Verteidigungsminister Katz"). */
  titles: Record<string, string[]>;
  /**
   * Entity id → the state whose possessive its 'possessed' forms follow ("Russia's defence
   * ministry"); for persons, their state, if it has such bodies.
   */
  owners: Record<string, string>;
  /**
   * The adjectives of the states that own bodies, as text writes them (German with every ending,
   * English of two words with a space) → state id: "sudkoreanischen", "syrian", "north korean".
   */
  adjectives: Record<string, string>;
  /**
   * Nodes a name goes on from after an inflected word, in node order: "des Präsidentenbüros der
   * Ukraine", "des Nachrichtendienstes MIT". Elsewhere an inflected word ends a name.
   */
  goesOnInflected: number[];
  formCount: number;
}

/** The suffix sets a word may carry: none (not the last word of its form), or its entity type's. */
const SUFFIX_SETS: ReadonlyArray<readonly string[]> = [[''], SUFFIXES.person, SUFFIXES.state, SUFFIXES.organization, SUFFIXES.weapon];
const NO_SUFFIX = 0;
const TYPE_SUFFIXES: Record<EntityType, number> = { person: 1, state: 2, organization: 3, weapon: 4 };
/** While compiling only: an accept that comes from a derived form (Form.derived). */
const DERIVED = 32;
/** Key ids and node ids stay below this, so that (id, set) and (node, key) pairs are small integers. */
const SETS = 8;

/**
 * The entities named in Arabic or Persian (namedInArabic()), and those linked to one of them:
 * Hamas's commanders, the IRGC's units and the Houthis' missiles need no state of their own.
 */
function arabicNamed(entities: readonly Entity[]): Set<string> {
  const named = new Set<string>();
  for (const entity of entities) if (entity.type !== 'state' && namedInArabic(entity)) named.add(entity.id);
  const linked: string[] = [];
  for (const entity of entities) {
    if (entity.type !== 'state' && !named.has(entity.id) && entity.links?.some((link) => link.rel !== 'related-to' && named.has(link.to))) linked.push(entity.id);
  }
  for (const id of linked) named.add(id);
  return named;
}

export function compile(entities: readonly Entity[]): Automaton {
  const index = new Map<string, number>();
  entities.forEach((e, i) => index.set(e.id, i));
  // Words are numbered as the forms are made: a key id is an index into `keys`.
  const maker = new FormMaker();
  maker.arabicNamed = arabicNamed(entities);
  const keys = maker.table.keys;
  const tails: string[] = [''];
  const tailSets: number[][] = [];
  const tailSetIds = new Map<number, number>();
  const words: number[] = [];
  /** (key id × SETS + suffix set) → position + 1 of its start value in `words`. */
  let wordAt = new Int32Array(4096 * SETS);
  // The trie in typed arrays, children and accepts as linked lists: ~20,000 small arrays, one per
  // node, were what the garbage collector spent a fifth of the compile on.
  // About ten nodes per entity: sized once rather than grown through every power of two.
  let capacity = 1024;
  while (capacity < entities.length * 10) capacity *= 2;
  const nodes = new NodeTable(capacity);
  // Two persons who are not kin: the surname implied for one stays beside the name listed for the
  // other. Kin are persons joined by related-to links, through others too (Rifaat → Hafez → Bashar).
  const family = new Map<string, string>();
  const familyOf = (id: string): string => {
    let root = id;
    while (family.has(root) && family.get(root) !== root) root = family.get(root)!;
    return root;
  };
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const link of entity.links ?? []) if (link.rel === 'related-to') family.set(familyOf(entity.id), familyOf(link.to));
  }
  nodes.shortBeside = (e, other) => entities[e]!.type === 'person' && entities[other]!.type === 'person' && familyOf(entities[e]!.id) !== familyOf(entities[other]!.id);
  const related = new Map<string, Set<string>>();
  const cues: Record<string, string[]> = {};
  const titles: Record<string, string[]> = {};
  const owners: Record<string, string> = {};
  const textCues: string[] = [];
  let formCount = 0;

  /** Records that key `id` may carry suffix set `set` (SUFFIX_SETS) and whether it can begin a form. */
  const indexWord = (id: number, set: number, start: Start) => {
    const pair = id * SETS + set;
    if (pair >= wordAt.length) {
      const grown = new Int32Array(wordAt.length * 2);
      grown.set(wordAt);
      wordAt = grown;
    }
    const at = wordAt[pair]! - 1;
    if (at < 0) {
      wordAt[pair] = words.length + 3;
      words.push(id, tailSetOf(keys[id]!, set), start);
    } else {
      const was = words[at]!;
      words[at] = Math.max(was & 3, start & 3) | ((was | start) & START_PERSON);
    }
  };

  const tailIndex = (tail: string) => {
    const i = tails.indexOf(tail);
    return i >= 0 ? i : tails.push(tail) - 1;
  };

  /** The tail set of a key carrying suffix set `set`, by what it depends on: the key's shape and ending. */
  const tailSetOf = (key: string, set: number): number => {
    const suffixes = SUFFIX_SETS[set]!;
    const last = key.charCodeAt(key.length - 1);
    let shape: number;
    let mask = 0;
    if (key.endsWith(ADJECTIVE_MARK)) shape = 1;
    else if (last >= 48 && last <= 57) shape = 2;
    else if (key.startsWith(ACRONYM_MARK)) shape = key.length > ACRONYM_MARK.length + 1 && suffixes.includes('s') ? 3 : 2;
    else {
      shape = 0;
      // "Hamas" + "s" or "Rakete" + "e" would only add noise.
      for (let i = 0; i < suffixes.length; i++) if (suffixes[i] !== '' && key.endsWith(suffixes[i]!)) mask |= 1 << i;
    }
    const signature = (set * 4 + shape) * 256 + mask;
    let id = tailSetIds.get(signature);
    if (id !== undefined) return id;
    const pairs: number[] = [];
    if (shape === 1) for (const ending of SLOT_TAILS) pairs.push(tailIndex(ending), 0);
    else {
      pairs.push(0, 0);
      if (shape === 3) pairs.push(tailIndex('s'), tailIndex('s'));
      if (shape === 0) suffixes.forEach((suffix, i) => {
        if (suffix !== '' && !(mask & (1 << i))) pairs.push(tailIndex(suffix), tailIndex(suffix));
      });
    }
    id = tailSets.push(pairs) - 1;
    tailSetIds.set(signature, id);
    return id;
  };

  /** The state a body belongs to, through its part-of links (HUR → defence ministry → Ukraine). */
  const ownerOf = (entity: Entity, depth = 0): Entity | undefined => {
    for (const link of entity.links ?? []) {
      if (link.rel !== 'part-of') continue;
      const other = index.has(link.to) ? entities[index.get(link.to)!]! : undefined;
      if (other?.type === 'state') return other;
      const state = other?.type === 'organization' && depth < 3 ? ownerOf(other, depth + 1) : undefined;
      if (state) return state;
    }
    return undefined;
  };
  /** A state's adjectives as key-id sequences: ["russisch~"] (German, any ending), ["north", "korean"]. */
  const adjectiveCache = new Map<Entity, number[][]>();
  const adjectiveKeys = (state: Entity): number[][] => {
    let found = adjectiveCache.get(state);
    if (!found) {
      found = [];
      for (const stem of state.adjectives?.de ?? []) found.push([maker.table.idOf(normalizeWord(stem) + ADJECTIVE_MARK)]);
      // As words before the end of a name, English adjectives take slots too: "chinese" → "chines~".
      for (const adjective of state.adjectives?.en ?? []) {
        found.push(adjective.split(' ').map((word) => {
          const key = normalizeWord(word);
          return maker.table.idOf(adjectiveSlot(key) ?? key);
        }));
      }
      adjectiveCache.set(state, found);
    }
    return found;
  };

  // "Russia's Interior Ministry" is Russia and a ministry, "David's Sling" one name.
  const possessors = new Set<string>();
  const stateForms = new Map<Entity, Form[]>();
  for (const entity of entities) {
    if (entity.type !== 'state') continue;
    const forms = maker.of(entity);
    stateForms.set(entity, forms);
    for (const form of forms) possessors.add(form.keys.map((id) => keys[id]).join(' '));
  }
  maker.possessors = possessors;
  const ofWords = OF_WORDS.map((word) => maker.table.idOf(word));
  const institutions = new Set(INSTITUTION_NOUNS.map((word) => maker.table.idOf(word)));
  const genitiveArticles = GENITIVE_ARTICLES.map((word) => maker.table.idOf(word));
  const headPrepositions = HEAD_PREPOSITIONS.map((word) => maker.table.idOf(word));
  /** Nodes (while compiling) after an inflectable word inside a name: the name goes on from them. */
  const inflectedInner = new Set<number>();
  /**
   * Per key id, as marks: 1 the first word of a person's full name (a candidate for a given name),
   * 2 a one-word name of a state, body or system ("Israel" begins "Israel Katz" but is no first name).
   */
  let nameMarks: Uint8Array = new Uint8Array(1 << 15);
  /**
   * Adds entity e's forms to the trie, and its cues, titles and co-mention links. A function of its
   * own, so that the engine optimises it as such rather than one long loop of compile() on the fly.
   */
  const addEntity = (entity: Entity, e: number): void => {
    const suffixSet = TYPE_SUFFIXES[entity.type];
    let forms = entity.type === 'state' ? stateForms.get(entity)! : maker.of(entity);
    const owner = entity.type === 'organization' ? ownerOf(entity) : undefined;
    if (owner) {
      const possessed = possessedForms(forms, stateForms.get(owner)!, adjectiveKeys(owner), ofWords, institutions);
      if (possessed.length) {
        forms = [...forms, ...possessed];
        owners[entity.id] = owner.id;
      }
    }
    for (const form of forms) {
      const firstId = form.keys[0]!;
      if (firstId >= nameMarks.length) nameMarks = grownBytes(nameMarks, Math.max(firstId + 1, nameMarks.length * 2));
      if (entity.type === 'person' && form.kind === 'name' && form.keys.length > 1) nameMarks[firstId]! |= 1;
      else if (entity.type !== 'person' && form.keys.length === 1) nameMarks[firstId]! |= 2;
      formCount++;
      let node = 0;
      const last = form.keys.length - 1;
      // A body's or system's name that begins with a noun, not an adjective ("Nachrichtendienst
      // MIT", "Flugzeugträger Fujian"; not "Oberster Nationaler Sicherheitsrat", whose last word inflects).
      // German nouns are capitalised and longer than "I" or "F": "Is" is no genitive of "I Corps";
      // "Amt" is a noun ("des Amts für Heeresentwicklung").
      const first = keys[form.keys[0]!]!;
      const bodyName = (entity.type === 'organization' || entity.type === 'weapon') && last > 0 && form.kind !== 'acronym' && form.upperFirst;
      const headNounFirst = bodyName && first.length > 2 && !first.endsWith(ADJECTIVE_MARK) && !/\d/.test(first);
      // "the russian army", "russia launched": Ukrainian outlets write these small on purpose.
      const upperFirst = form.upperFirst && !SMALL_ON_PURPOSE.has(first);
      for (let position = 0; position <= last; position++) {
        const id = form.keys[position]!;
        node = nodes.child(node, id);
        // A comma inside the name (patterns.ts formKeys()): indexed only to keep its key.
        if (keys[id] === COMMA_KEY) {
          indexWord(id, NO_SUFFIX, 0);
          continue;
        }
        // The last word of a name carries an inflection ending: "Putins", "Sicherheitsrates". A
        // one- or two-letter name alone takes none ("Un" + "s" is "uns"); at the end of a longer
        // name it does ("Kim Jong Uns").
        let inflects = position === last && !form.fixedEnd && (last > 0 || keys[id]!.length > 2);
        // So does a German body's head noun inside its name, and the name goes on: "des
        // Präsidentenbüros der Ukraine", "des Nachrichtendienstes MIT", "des Zentrums für …".
        // Also the head noun before "für" or "im" further in: "des Duma-Ausschusses für Sicherheit",
        // "des Islamischen Widerstands im Irak".
        const headBeforePreposition =
          bodyName && position > 0 && headPrepositions.includes(form.keys[position + 1] ?? -1) && keys[id]!.length > 2 && !keys[id]!.endsWith(ADJECTIVE_MARK);
        if (position < last && (genitiveArticles.includes(form.keys[position + 1]!) || (position === 0 && headNounFirst) || headBeforePreposition)) {
          inflects = true;
          inflectedInner.add(node);
        }
        // The Arabic article of a capitalised name is also written in lower case ("al-Hadath"; Matcher.choose).
        let start: Start = position > 0 ? 0 : upperFirst && !form.germanLower && !(last > 0 && (first === 'al' || first === 'el')) ? START_UPPER : START_ANY;
        if (position === 0 && last > 0 && entity.type === 'person') start |= START_PERSON;
        indexWord(id, inflects ? suffixSet : NO_SUFFIX, start);
      }
      const kind = KINDS.indexOf(form.kind);
      const flags = (upperFirst ? UPPER_FIRST : 0) | (form.dotEnd ? DOT_END : 0) | (form.fixedEnd ? FIXED_END : 0) | (form.germanLower ? GERMAN_LOWER : 0) | (form.glued ? GLUED : 0);
      nodes.accept(node, e, kind, flags, form.derived === true);
    }
    // An office of the person's roles, or for a soldier any rank, before a listed surname names the
    // person ("General Rashid"). Not an implied one: "President Lee" is today's, not Lee Myung-bak.
    if (entity.shortForms?.length && (entity.roles?.length || entity.subtype === 'head-of-state' || entity.subtype === 'military')) {
      const words = titlesOf(entity);
      if (words.length) titles[entity.id] = words;
    }
    if (entity.guarded?.length) {
      cues[entity.id] = cuesOf(entity);
      if (entity.cueScope === 'text') textCues.push(entity.id);
    }
    // Co-mentions that vouch for a guarded form: the entity's own links, both ways, except states
    // (every Russian actor links to Russia; Russia in a text says nothing about "Wagner") and the
    // forces that use a weapon (the Bundeswehr in a text says nothing about "ein Tiger im Zoo").
    if (entity.type === 'state') return;
    for (const link of entity.links ?? []) {
      const other = index.has(link.to) ? entities[index.get(link.to)!]! : undefined;
      if (!other || other.type === 'state' || link.rel === 'used-by') continue;
      relate(related, entity.id, other.id);
      relate(related, other.id, entity.id);
    }
  };
  for (let e = 0; e < entities.length; e++) addEntity(entities[e]!, e);
  // A person stands for their state as its bodies do, for a body named bare after them ("Zelenskyy
  // instructed the Cabinet of Ministers"; Matcher.ownerInContext): only states with such bodies.
  const owningStates = new Set(Object.values(owners));
  for (const entity of entities) {
    const state = entity.type === 'person' ? entity.links?.find((link) => link.rel === 'citizen-of')?.to : undefined;
    if (state !== undefined && owningStates.has(state)) owners[entity.id] = state;
  }

  const { fanout, edgeKeys, flatAccepts, goesOnInflected } = numberNodes(nodes, keys.length, inflectedInner);
  const relatedIds: Record<string, string[]> = {};
  for (const [id, set] of related) relatedIds[id] = [...set];

  const usedKeys = dropUnusedKeys(keys, words, edgeKeys);
  return {
    version: 3,
    entities: entities.map((e) => [e.id, e.type]),
    keys: usedKeys,
    hashes: usedKeys.map((key) => hashWord(keyText(key))),
    tails,
    tailSets,
    words,
    fanout,
    edgeKeys,
    accepts: flatAccepts,
    related: relatedIds,
    cues,
    textCues,
    firstNames: [...firstNamesOf(markedKeys(keys, nameMarks, 1), markedKeys(keys, nameMarks, 2))],
    givenNames: entities.flatMap((e) => (e.type === 'person' ? givenNamesOf(e).map((key) => `${e.id} ${key}`) : [])),
    titles,
    owners,
    adjectives: stateAdjectives(entities, new Set(Object.values(owners))),
    goesOnInflected,
    formCount,
  };
}

/**
 * Numbers the trie's nodes breadth-first, so that each node's children are consecutive and the child
 * of edge e is node e + 1: the edges ship as their keys alone, with a fan-out per node.
 */
function numberNodes(nodes: NodeTable, keyCount: number, inflectedInner: ReadonlySet<number>): { fanout: number[]; edgeKeys: number[]; flatAccepts: number[]; goesOnInflected: number[] } {
  const fanout: number[] = [];
  const edgeKeys: number[] = [];
  const flatAccepts: number[] = [];
  const goesOnInflected: number[] = [];
  const queue = [0];
  let previous = 0;
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    let count = 0;
    if (node === 0) {
      // The root's children by key id.
      for (let id = 0; id < keyCount; id++) {
        const child = nodes.rootChild(id);
        if (child === 0) continue;
        edgeKeys.push(id);
        queue.push(child);
        count++;
      }
    } else {
      // By key id, so that a matcher finds a child by binary search: "al" and the commonest given
      // names lead on to a thousand surnames each.
      const children: number[] = [];
      for (let child = nodes.firstChild[node]!; child !== 0; child = nodes.nextSibling[child]!) children.push(child);
      if (children.length > 1) children.sort((a, b) => nodes.key[a]! - nodes.key[b]!);
      for (const child of children) {
        edgeKeys.push(nodes.key[child]!);
        queue.push(child);
      }
      count = children.length;
    }
    fanout.push(count);
    if (inflectedInner.has(node)) goesOnInflected.push(head);
    for (let a = nodes.firstAccept[node]!; a !== 0; a = nodes.acceptNext[a]!) {
      if (nodes.acceptKind[a]! < 0) continue;
      flatAccepts.push(head - previous, nodes.acceptEntity[a]!, nodes.acceptKind[a]! * KIND_SHIFT + (nodes.acceptFlags[a]! & (UPPER_FIRST | DOT_END | FIXED_END | GERMAN_LOWER | GLUED)));
      previous = head;
    }
  }
  return { fanout, edgeKeys, flatAccepts, goesOnInflected };
}

/**
 * What an adjective slot's word may end in: the adjective endings, and the genitive and dative of
 * a noun that only looks like an adjective ("des Flugzeugträgers Fujian", "den Flugzeugträgern").
 */
const SLOT_TAILS = [...ADJECTIVE_ENDINGS, 'ers', 'ern'];

/** German articles of a genitive inside a name: the word before them inflects ("Sicherheitsrats der Ukraine"). */
const GENITIVE_ARTICLES = ['der', 'des'];
/**
 * German prepositions after a body's head noun inside its name: "Ausschuss für Sicherheit", "des
 * Islamischen Widerstands im Irak" (keys).
 */
const HEAD_PREPOSITIONS = ['fur', 'zur', 'zum', 'im', 'in'];

/**
 * English nouns that name a state's institution and nothing else: after the state's possessive they
 * may be written small ("Iraq's parliament", "Russia's navy"; a bare one still needs its capital).
 * German nouns are capitalised anyway, and a small "marine" is English ("Ukraine's marine forces").
 */
const INSTITUTION_NOUNS = ['parliament', 'government', 'army', 'navy', 'cabinet', 'police', 'judiciary', 'presidency', 'military'];

/** Words that join a body's name to its state's: "Ministry of Defence of Ukraine", "Nationalgarde der Ukraine". */
const OF_WORDS = ['of', 'der', 'des'];

/** Automaton.adjectives: the adjectives of the given states. */
function stateAdjectives(entities: readonly Entity[], states: ReadonlySet<string>): Record<string, string> {
  const adjectives: Record<string, string> = {};
  for (const state of entities) {
    if (state.type !== 'state' || !states.has(state.id)) continue;
    for (const stem of state.adjectives?.de ?? []) for (const ending of ['', ...ADJECTIVE_ENDINGS]) adjectives[normalizeWord(stem) + ending] = state.id;
    for (const adjective of state.adjectives?.en ?? []) adjectives[adjective.split(' ').map(normalizeWord).join(' ')] = state.id;
  }
  return adjectives;
}

/**
 * A state body's names without the state: "Russian Defence Ministry" → "defence ministry",
 * "Ministry of Defence of Ukraine" → "ministry of defence", "russisches Außenministerium" →
 * "außenministerium". They count only right after the state's possessive (Matcher), in any case:
 * "Russia's defence ministry", "Irans Außenministerium", "Ukraine's Ministry of Defence".
 */
/** Subtypes whose names the press writes as names only, never in lower case as a state's body. */
const PROPER_NAMED: ReadonlySet<string> = new Set(['company', 'party', 'think-tank']);

function possessedForms(forms: readonly Form[], stateForms: readonly Form[], adjectives: readonly number[][], ofWords: readonly number[], institutions: ReadonlySet<number>): Form[] {
  const possessed: Form[] = [];
  const add = (form: Form, keys: number[]) => {
    if (!keys.length || possessed.some((other) => sameKeys(other.keys, keys))) return;
    // Not `derived`: another entity's name of the same words does not displace it, the possessive
    // decides. Several words may be written in lower case ("Russia's defence ministry"); one word
    // must be a name ("Ukraine's Armed Forces" yes, "Ukraine's military ships" no), unless it is a
    // noun that names an institution and nothing else ("Iraq's parliament", "Israel's army"). A
    // firm's, a party's or a think tank's name is a name: "Ukraine's defense industry" is no
    // Ukrainian Defense Industry.
    const upperFirst = PROPER_NAMED.has(form.entity.subtype!) || (keys.length === 1 && !institutions.has(keys[0]!));
    possessed.push({ entity: form.entity, kind: 'possessed', keys, upperFirst, dotEnd: form.dotEnd });
  };
  for (const form of forms) {
    if (form.kind !== 'name' || form.derived) continue;
    const { keys } = form;
    for (const adjective of adjectives) {
      if (adjective.length < keys.length && adjective.every((id, i) => keys[i] === id)) add(form, keys.slice(adjective.length));
    }
    for (const state of stateForms) {
      if (state.kind !== 'name') continue;
      const cut = keys.length - state.keys.length - 1;
      if (cut < 1 || !ofWords.includes(keys[cut]!)) continue;
      if (state.keys.every((id, i) => keys[cut + 1 + i] === id)) add(form, keys.slice(0, cut));
    }
  }
  return possessed;
}

/**
 * The trie while it is built: nodes and accepting forms as records in growing typed arrays, children
 * and accepts as linked lists in insertion order. Index 0 means "none" (node 0, the root, is nobody's
 * child; accept record 0 is unused).
 */
class NodeTable {
  count = 1;
  key: Int32Array;
  firstChild: Int32Array;
  lastChild: Int32Array;
  nextSibling: Int32Array;
  firstAccept: Int32Array;
  lastAccept: Int32Array;
  private root: Int32Array;
  acceptCount = 1;
  acceptEntity: Int32Array;
  acceptKind: Int32Array;
  acceptFlags: Int32Array;
  acceptNext: Int32Array;
  /** Whether a short form of entity e and another reading of entity `other` of the same words stay side by side (accept()). */
  shortBeside: (e: number, other: number) => boolean = () => false;
  /** Open addressing over [parent, key, child] for the nodes below the root: some have hundreds of children ("al …"). */
  private edges: Int32Array;
  private edgeMask: number;

  /** `capacity`: the expected number of nodes, a power of two (the arrays grow past it). */
  constructor(capacity: number) {
    this.key = new Int32Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.lastChild = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
    this.firstAccept = new Int32Array(capacity);
    this.lastAccept = new Int32Array(capacity);
    this.root = new Int32Array(capacity);
    this.acceptEntity = new Int32Array(capacity);
    this.acceptKind = new Int32Array(capacity);
    this.acceptFlags = new Int32Array(capacity);
    this.acceptNext = new Int32Array(capacity);
    this.edgeMask = 2 * capacity - 1;
    this.edges = new Int32Array(3 * (this.edgeMask + 1));
  }

  rootChild(id: number): number {
    return id < this.root.length ? this.root[id]! : 0;
  }

  private edgeSlot(node: number, id: number): number {
    const { edges, edgeMask } = this;
    let s = (Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca77)) >>> 0;
    s = (s ^ (s >>> 15)) & edgeMask;
    while (edges[3 * s + 2] !== 0 && (edges[3 * s] !== node || edges[3 * s + 1] !== id)) s = (s + 1) & edgeMask;
    return s;
  }

  /** The child of `node` along key `id`, made if missing. */
  child(node: number, id: number): number {
    let slot = -1;
    if (node === 0) {
      const found = this.rootChild(id);
      if (found !== 0) return found;
    } else {
      slot = this.edgeSlot(node, id);
      const found = this.edges[3 * slot + 2]!;
      if (found !== 0) return found;
    }
    if (this.count === this.key.length) {
      const size = this.count * 2;
      this.key = grown(this.key, size);
      this.firstChild = grown(this.firstChild, size);
      this.lastChild = grown(this.lastChild, size);
      this.nextSibling = grown(this.nextSibling, size);
      this.firstAccept = grown(this.firstAccept, size);
      this.lastAccept = grown(this.lastAccept, size);
    }
    const made = this.count++;
    this.key[made] = id;
    if (node === 0) {
      if (id >= this.root.length) this.root = grown(this.root, Math.max(id + 1, this.root.length * 2));
      this.root[id] = made;
    } else {
      if (this.lastChild[node]) this.nextSibling[this.lastChild[node]!] = made;
      else this.firstChild[node] = made;
      this.lastChild[node] = made;
      this.edges[3 * slot] = node;
      this.edges[3 * slot + 1] = id;
      this.edges[3 * slot + 2] = made;
      // At most half full.
      if (made * 2 > this.edgeMask) this.rehashEdges();
    }
    return made;
  }

  private rehashEdges(): void {
    const old = this.edges;
    this.edgeMask = this.edgeMask * 2 + 1;
    this.edges = new Int32Array(3 * (this.edgeMask + 1));
    for (let s = 0; s < old.length; s += 3) {
      if (old[s + 2] === 0) continue;
      const slot = this.edgeSlot(old[s]!, old[s + 1]!);
      this.edges[3 * slot] = old[s]!;
      this.edges[3 * slot + 1] = old[s + 1]!;
      this.edges[3 * slot + 2] = old[s + 2]!;
    }
  }

  /** Records that `node` ends a form of entity `e`; the same form twice keeps the looser case rule. */
  accept(node: number, e: number, kind: number, flags: number, derived: boolean): void {
    for (let a = this.firstAccept[node]!; a !== 0; a = this.acceptNext[a]!) {
      if (this.acceptEntity[a] === e && this.acceptKind[a] === kind) {
        this.acceptFlags[a] = (this.acceptFlags[a]! & (flags | ~(UPPER_FIRST | FIXED_END | GLUED)) & (derived ? ~0 : ~DERIVED)) | (flags & GERMAN_LOWER);
        return;
      }
    }
    // "Andrei Kostin" is listed for the banker and derived for the prosecutor Andriy Kostin: the
    // listed name wins, whichever entity comes first. Two short forms stay side by side ("Lee" listed
    // for one Lee, implied for another): each counts only after its person's full name, and then
    // the person named last has it. Nor does a guarded word drop a person's implied surname: each
    // needs its own proof ("Haluk Bayraktar … Bayraktar told Anadolu" beside the guarded drone).
    // Nor does a surname listed for one person drop the one implied for another, unless the two
    // are kin ("Maksym Horbatiuk … the HACC arrested Horbatiuk", where "Horbatiuk" is listed for
    // Volodymyr Horbatiuk; but a son named once leaves "Kadyrov" to Ramzan: shortBeside).
    for (let a = this.firstAccept[node]!; a !== 0; a = this.acceptNext[a]!) {
      if (this.acceptKind[a]! < 0 || this.acceptEntity[a] === e) continue;
      const other = this.acceptKind[a]!;
      if ((kind === SHORT && (other === SHORT || other === GUARDED)) || (kind === GUARDED && other === SHORT)) continue;
      if ((kind === SHORT || other === SHORT) && this.shortBeside(e, this.acceptEntity[a]!)) continue;
      const otherDerived = (this.acceptFlags[a]! & DERIVED) !== 0;
      if (derived && !otherDerived) return;
      if (!derived && otherDerived) this.acceptKind[a] = -1;
    }
    if (derived) flags |= DERIVED;
    if (this.acceptCount === this.acceptEntity.length) {
      const size = this.acceptCount * 2;
      this.acceptEntity = grown(this.acceptEntity, size);
      this.acceptKind = grown(this.acceptKind, size);
      this.acceptFlags = grown(this.acceptFlags, size);
      this.acceptNext = grown(this.acceptNext, size);
    }
    const made = this.acceptCount++;
    this.acceptEntity[made] = e;
    this.acceptKind[made] = kind;
    this.acceptFlags[made] = flags;
    if (this.lastAccept[node]) this.acceptNext[this.lastAccept[node]!] = made;
    else this.firstAccept[node] = made;
    this.lastAccept[node] = made;
  }
}

/** A key's text without its mark: "ballistisch~" → "ballistisch", "=IRGC" → "IRGC". */
export function keyText(key: string): string {
  if (key.endsWith(ADJECTIVE_MARK)) return key.slice(0, -ADJECTIVE_MARK.length);
  if (key.startsWith(ACRONYM_MARK)) return key.slice(ACRONYM_MARK.length);
  return key.startsWith(CAPITALS_MARK) ? key.slice(CAPITALS_MARK.length) : key;
}

/**
 * The keys that words use, renumbered in order, `words` and `edgeKeys` rewritten to match: a word
 * numbered on its way to an adjective slot ("ballistische" → "ballistisch~") need not ship.
 */
function dropUnusedKeys(keys: readonly string[], words: number[], edgeKeys: number[]): string[] {
  const renumbered = new Int32Array(keys.length);
  for (let w = 0; w < words.length; w += 3) renumbered[words[w]!] = 1;
  const used: string[] = [];
  for (let id = 0; id < keys.length; id++) if (renumbered[id]) renumbered[id] = used.push(keys[id]!) - 1;
  for (let w = 0; w < words.length; w += 3) words[w] = renumbered[words[w]!]!;
  for (let e = 0; e < edgeKeys.length; e++) edgeKeys[e] = renumbered[edgeKeys[e]!]!;
  return used;
}

/** The keys whose mark has `bit`. */
function markedKeys(keys: readonly string[], marks: Uint8Array, bit: number): Set<string> {
  const found = new Set<string>();
  for (let id = 0; id < marks.length && id < keys.length; id++) if (marks[id]! & bit) found.add(keys[id]!);
  return found;
}

function grownBytes(array: Uint8Array, size: number): Uint8Array {
  const next = new Uint8Array(size);
  next.set(array);
  return next;
}

function grown(array: Int32Array, size: number): Int32Array {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}

function relate(related: Map<string, Set<string>>, a: string, b: string): void {
  let set = related.get(a);
  if (!set) related.set(a, (set = new Set()));
  set.add(b);
}
