// The matcher: a word-level automaton built once from the entities, and one pass over the text's
// tokens that finds every mention, leftmost-longest and non-overlapping. Pure: text in, mentions out.
import type { Entity, EntityType } from '../kb/types';
import { DOT_END, KINDS, UPPER_FIRST, compile, indexWords, type Automaton } from './automaton';
import { SUFFIXES, type FormKind } from './patterns';
import { Join, hashWord, joinsName, normalizeWord, tokenize, type Tokens } from './tokenizer';

export interface Mention {
  /** UTF-16 offsets into the text given to annotate(). */
  start: number;
  end: number;
  text: string;
  id: string;
  type: EntityType;
}

interface Accept {
  id: string;
  type: EntityType;
  kind: FormKind;
  upperFirst: boolean;
  dotEnd: boolean;
}

interface Node {
  n?: Record<string, number>;
  accepts?: Accept[];
}

/** A possible match starting at one token: where it ends and what it names. */
interface Option {
  endToken: number;
  suffix: string;
  accepts: Accept[];
}

interface Pick {
  option: Option;
  accept: Accept;
}

/** What annotate() takes at one position. */
interface Choice {
  winner: Pick;
  /** The winner is a guarded form, to be confirmed once the whole text is known. */
  guarded: boolean;
  /** What to take instead if the guard fails. */
  fallback?: Pick;
}

const FILTER_SIZE = 1 << 20;
const FILTER_MASK = FILTER_SIZE - 1;

/** How far around a guarded form a cue word may stand, in words, within the sentence. */
const CUE_WINDOW = 8;
/** Upper-case English/German plural or genitive after a digit: "Su-35s", "F-16s". */
const DIGIT_PLURALS = new Set(['s', 'er', 'ern']);

export class Matcher {
  private readonly nodes: Node[];
  /** Word hash → [word, canonical key, suffix]: a word is found by its number, then compared in place. */
  private readonly variantsByHash = new Map<number, Array<[string, string, string]>>();
  private readonly acronymsByHash = new Map<number, Array<[string, string, string]>>();
  /** hashWord() of the words (as key or as written) that can begin a form: the per-word filter. */
  private readonly startAnyHashes: Set<number>;
  private readonly startUpperHashes: Set<number>;
  /** One bit per (hash & FILTER_MASK) of every start word: one array read turns most words away. */
  private readonly startFilter = new Uint8Array(FILTER_SIZE);
  private readonly related: Record<string, string[]>;
  private readonly cues: Record<string, string[]>;
  private readonly textCues: Set<string>;
  readonly entityCount: number;
  readonly formCount: number;

  /** From entities (compiled here) or from an automaton compiled before (the extension build). */
  constructor(source: readonly Entity[] | Automaton) {
    const automaton = isAutomaton(source) ? source : compile(source);
    const entities = automaton.entities;
    this.nodes = automaton.nodes.map(({ n, a }) => ({
      n,
      accepts: a?.map(([entity, kind, flags]) => ({
        id: entities[entity]![0],
        type: entities[entity]![1],
        kind: KINDS[kind]!,
        upperFirst: (flags & UPPER_FIRST) !== 0,
        dotEnd: (flags & DOT_END) !== 0,
      })),
    }));
    const words = indexWords(automaton);
    byHash(words.variants, this.variantsByHash);
    byHash(words.acronymVariants, this.acronymsByHash);
    this.startAnyHashes = words.startAnyHashes;
    this.startUpperHashes = words.startUpperHashes;
    for (const hash of [...this.startAnyHashes, ...this.startUpperHashes]) this.startFilter[hash & FILTER_MASK] = 1;
    this.related = automaton.related;
    this.cues = automaton.cues;
    this.textCues = new Set(automaton.textCues);
    this.entityCount = entities.length;
    this.formCount = automaton.formCount;
  }

  /** The canonical keys token i can stand for: by its lower-case key, and as written for acronyms. */
  private lookup(tokens: Tokens, i: number): Array<[string, string]> | undefined {
    let found: Array<[string, string]> | undefined;
    const byKey = this.variantsByHash.get(tokens.keyHash[i]!);
    if (byKey) for (const [word, key, suffix] of byKey) if (tokens.keyIs(i, word)) (found ??= []).push([key, suffix]);
    const byRaw = this.acronymsByHash.get(tokens.rawHash[i]!);
    if (byRaw) for (const [word, key, suffix] of byRaw) if (tokens.rawIs(i, word)) (found ??= []).push([key, suffix]);
    return found;
  }

  /** Whether token i is a word of any form at all: a number lookup before any string is made. */
  private mayContinue(tokens: Tokens, i: number): boolean {
    return this.variantsByHash.has(tokens.keyHash[i]!) || this.acronymsByHash.has(tokens.rawHash[i]!);
  }

  /**
   * Whether a match can start here at all: a one-word form ends at this word, or a longer one
   * goes on with the next. Most false starts ("Der", "The", "von") end here, before any array is made.
   */
  private mayMatch(tokens: Tokens, t: number, candidates: Array<[string, string]>): boolean {
    const edges = this.nodes[0]!.n!;
    const next = t + 1;
    const goesOn = next < tokens.count && joinsName(tokens.join[next]!) && this.mayContinue(tokens, next);
    for (const [key, suffix] of candidates) {
      const index = edges[key];
      if (typeof index !== 'number') continue;
      const child = this.nodes[index]!;
      if (child.accepts || (goesOn && suffix === '' && child.n)) return true;
    }
    return false;
  }

  /** All matches that start at token `first`, longest first. */
  private optionsAt(tokens: Tokens, first: number, firstCandidates: Array<[string, string]>): Option[] {
    const options: Option[] = [];
    let frontier: Array<[Node, number]> = [[this.nodes[0]!, first]];
    while (frontier.length) {
      const nextFrontier: Array<[Node, number]> = [];
      for (const [node, i] of frontier) {
        const candidates = i === first ? firstCandidates : this.lookup(tokens, i);
        if (!candidates || !node.n) continue;
        for (const [key, suffix] of candidates) {
          const index = node.n[key];
          // The edges are a plain object: "constructor" and friends are not numbers.
          if (typeof index !== 'number') continue;
          const child = this.nodes[index]!;
          if (child.accepts) options.push({ endToken: i, suffix, accepts: child.accepts });
          // Inflected words end a name: "Putins Berater" is not "Putin" + "s Berater".
          if (child.n && suffix === '' && i + 1 < tokens.count && joinsName(tokens.join[i + 1]!) && this.mayContinue(tokens, i + 1)) {
            nextFrontier.push([child, i + 1]);
          }
        }
      }
      frontier = nextFrontier;
    }
    // Longest first; at equal length the uninflected reading first.
    return options.sort((a, b) => b.endToken - a.endToken || a.suffix.length - b.suffix.length);
  }

  annotate(text: string): Mention[] {
    const tokens = tokenize(text, 'pool');
    const mentions: Mention[] = [];
    // For each mention the guard still to be checked once the whole text is known.
    const pending: Array<{ index: number; entityId: string; firstToken: number; lastToken: number; fallback: Mention | undefined }> = [];
    /** Entity id → index of the token where it last appeared by a full name or alias. */
    const lastSeen = new Map<string, number>();
    const seenUnguarded = new Set<string>();

    const { startAnyHashes, startUpperHashes, startFilter } = this;
    const { keyHash, rawHash } = tokens;
    // Most words are turned away here by a number lookup; a word in lower case ("der", "the", "us")
    // only by the forms that may begin in lower case.
    const canStart = (t: number) => {
      if (startFilter[keyHash[t]! & FILTER_MASK] === 0 && startFilter[rawHash[t]! & FILTER_MASK] === 0) return false;
      if (startAnyHashes.has(keyHash[t]!) || startAnyHashes.has(rawHash[t]!)) return true;
      const first = text.charCodeAt(tokens.start[t]!);
      if (first >= 0x61 && first <= 0x7a) return false;
      return startUpperHashes.has(keyHash[t]!);
    };
    const emit = (t: number, choice: Choice): number => {
      const { winner, guarded, fallback } = choice;
      const mention = this.toMention(text, tokens, t, winner.option, winner.accept);
      if (guarded) {
        const alternative = fallback ? this.toMention(text, tokens, t, fallback.option, fallback.accept) : undefined;
        pending.push({ index: mentions.length, entityId: winner.accept.id, firstToken: t, lastToken: winner.option.endToken, fallback: alternative });
      } else {
        lastSeen.set(winner.accept.id, t);
        if (winner.accept.kind !== 'short') seenUnguarded.add(winner.accept.id);
      }
      mentions.push(mention);
      let last = winner.option.endToken;
      while (last + 1 < tokens.count && tokens.start[last + 1]! < mention.end) last++;
      return last;
    };

    for (let t = 0; t < tokens.count; t++) {
      if (!canStart(t)) continue;
      let choice = this.choose(tokens, t, lastSeen);
      if (!choice) continue;
      // A name at least as long that begins inside this one and reaches further wins it:
      // "Nachrichtenagentur [Nour News Agency]".
      // What stands before it is kept if a shorter name fits there.
      for (let s = t + 1; s <= choice.winner.option.endToken; s++) {
        if (!canStart(s)) continue;
        const later = this.choose(tokens, s, lastSeen);
        const end = choice.winner.option.endToken;
        if (!later || later.winner.option.endToken <= end || later.winner.option.endToken - s < end - t) continue;
        const before = this.choose(tokens, t, lastSeen, s - 1);
        if (before) emit(t, before);
        t = s;
        choice = later;
      }
      t = emit(t, choice);
    }

    if (!pending.length) return mentions;
    // Guarded forms: kept with a cue nearby, a co-mention of the entity or a linked one, or, for
    // entities whose cues count text-wide, two different cue words anywhere (a report on Gaza).
    const drop = new Set<number>();
    let words: Set<string> | undefined;
    const textWords = () => (words ??= allKeys(tokens));
    for (const p of pending) {
      if (this.guardHolds(tokens, p.entityId, p.firstToken, p.lastToken, seenUnguarded)) continue;
      if (this.textCues.has(p.entityId) && this.cuesInText(p.entityId, textWords) >= 2) continue;
      if (p.fallback) mentions[p.index] = p.fallback;
      else drop.add(p.index);
    }
    return drop.size ? mentions.filter((_, i) => !drop.has(i)) : mentions;
  }

  /**
   * The best match starting at token t (ending by maxEnd): the longest usable option, or, if that
   * is a guarded form, it with the best unguarded option as fallback should the guard fail.
   */
  private choose(tokens: Tokens, t: number, lastSeen: Map<string, number>, maxEnd = Infinity): Choice | undefined {
    const candidates = this.lookup(tokens, t);
    if (!candidates || !this.mayMatch(tokens, t, candidates)) return undefined;
    const options = this.optionsAt(tokens, t, candidates);
    const firstUpper = tokens.firstUpper(t);
    let guarded: Pick | undefined;
    for (const option of options) {
      if (option.endToken > maxEnd) continue;
      const usable = option.accepts.filter(
        (a) =>
          SUFFIXES[a.type].includes(option.suffix) &&
          (!a.upperFirst || firstUpper !== false) &&
          !(a.type === 'person' && option.endToken === t && this.afterOtherFirstName(tokens, t)),
      );
      if (!usable.length) continue;
      const accept = this.resolve(usable, lastSeen);
      if (!accept) continue;
      if (accept.kind === 'guarded') {
        guarded ??= { option, accept };
        continue;
      }
      return guarded ? { winner: guarded, guarded: true, fallback: { option, accept } } : { winner: { option, accept }, guarded: false };
    }
    return guarded ? { winner: guarded, guarded: true } : undefined;
  }

  /**
   * A surname right after a capitalised word that is no title, no sentence start and no known name
   * is another person's: "Roman Herzog" is not Isaac Herzog, "Rifaat Assad" not Bashar al-Assad,
   * "Kim Kardashian" not Kim Jong Un. "Russlands Putin" stays Putin.
   */
  private afterOtherFirstName(tokens: Tokens, t: number): boolean {
    if (t < 2 || tokens.join[t] !== Join.Space || tokens.join[t - 1] === Join.Sentence) return false;
    if (tokens.firstUpper(t - 1) !== true) return false;
    const previous = tokens.raw(t - 1);
    if (/\d/.test(previous)) return false;
    if (this.startUpperHashes.has(tokens.keyHash[t - 1]!) || this.startAnyHashes.has(tokens.keyHash[t - 1]!)) return false;
    const key = tokens.key(t - 1);
    if (TITLE_ENDINGS.some((ending) => key.endsWith(ending))) return false;
    // In an English title-case headline ("Trump Meets Putin In Alaska") the capital proves nothing;
    // a capitalised function word nearby gives the headline away.
    for (let i = Math.max(1, t - 3); i <= Math.min(tokens.count - 1, t + 3); i++) {
      if (i !== t && tokens.join[i] !== Join.Sentence && HEADLINE_WORDS.has(tokens.raw(i))) return false;
    }
    return true;
  }

  /**
   * Which entity an accepted form names. A name or acronym wins outright; a shared short form
   * (Kim, Assad for a relative) goes to the entity among its owners seen most recently by a full
   * name, and to nobody if none was; a guarded form is returned for the caller to check later.
   */
  private resolve(accepts: Accept[], lastSeen: Map<string, number>): Accept | undefined {
    let best: Accept | undefined;
    let bestSeen = -1;
    let name: Accept | undefined;
    let guarded: Accept | undefined;
    for (const a of accepts) {
      if (a.kind === 'name' || a.kind === 'acronym') {
        const seen = lastSeen.get(a.id) ?? -1;
        if (!name || seen > (lastSeen.get(name.id) ?? -1)) name = a;
      } else if (a.kind === 'short') {
        const seen = lastSeen.get(a.id);
        if (seen !== undefined && seen > bestSeen) {
          best = a;
          bestSeen = seen;
        }
      } else guarded ??= a;
    }
    if (name) {
      // "Assad" is Bashar's alias, but after "Maher al-Assad" it is Maher.
      if (best && bestSeen > (lastSeen.get(name.id) ?? -1)) return best;
      return name;
    }
    if (best) return best;
    if (guarded) {
      // A guarded form after the entity was named outright needs no further proof.
      return guarded;
    }
    return undefined;
  }

  private guardHolds(tokens: Tokens, entityId: string, first: number, last: number, seen: Set<string>): boolean {
    if (seen.has(entityId)) return true;
    for (const other of own(this.related, entityId) ?? []) if (seen.has(other)) return true;
    const cues = own(this.cues, entityId) ?? [];
    if (!cues.length) return false;
    // The words around the form within its sentence, as one string so that cues of two words work.
    let from = first;
    for (let n = 0; from > 0 && n < CUE_WINDOW && tokens.join[from] !== Join.Sentence; n++) from--;
    let to = last;
    for (let n = 0; to + 1 < tokens.count && n < CUE_WINDOW && tokens.join[to + 1] !== Join.Sentence; n++) to++;
    let around = ' ';
    for (let i = from; i <= to; i++) if (i < first || i > last) around += tokens.key(i) + ' ';
    return cues.some((cue) => (cue.length >= 4 ? around.includes(cue) : around.includes(' ' + cue + ' ')));
  }

  /** How many different cue words of the entity occur anywhere in the text (stopping at two). */
  private cuesInText(entityId: string, textWords: () => Set<string>): number {
    const cues = own(this.cues, entityId) ?? [];
    if (!cues.length) return 0;
    let found = 0;
    for (const cue of cues) {
      if (cue.includes(' ')) continue; // two-word cues count only near the form
      let hit = false;
      if (cue.length >= 4) {
        for (const word of textWords()) if (word.includes(cue)) { hit = true; break; }
      } else hit = textWords().has(cue);
      if (hit && ++found >= 2) break;
    }
    return found;
  }

  private toMention(text: string, tokens: Tokens, first: number, option: Option, accept: Accept): Mention {
    const start = tokens.start[first]!;
    let end = tokens.end[option.endToken]!;
    const next = option.endToken + 1;
    // "Su-35s", "F-16er": a plural glued to the model number belongs to the mention.
    if (next < tokens.count && tokens.join[next] === Join.Tight && DIGIT_PLURALS.has(tokens.key(next))) {
      end = tokens.end[next]!;
    } else if (accept.dotEnd && text.charCodeAt(end) === 0x2e) {
      end += 1;
    }
    return { start, end, text: text.slice(start, end), id: accept.id, type: accept.type };
  }
}

/**
 * Words that stand before a surname without being a first name: titles and offices, German
 * compounds by their ending ("Verteidigungsminister", "Staatschef").
 */
const TITLE_ENDINGS = [
  // German offices, roles and descriptions, by their ending ("Verteidigungsminister", "Kremlkritiker")
  'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'minister', 'ministerin', 'sekretär', 'sekretärin', 'chef', 'chefin',
  'general', 'admiral', 'sprecher', 'sprecherin', 'kommandeur', 'kommandant', 'führer', 'führerin', 'botschafter',
  'botschafterin', 'senator', 'senatorin', 'premier', 'machthaber', 'diktator', 'herrscher', 'oberst', 'könig', 'prinz',
  'scheich', 'ajatollah', 'imam', 'mullah', 'patriarch', 'emir', 'sultan', 'papst', 'herr', 'frau', 'abgeordnete',
  'abgeordneter', 'vorsitzende', 'vorsitzender', 'gesandte', 'gesandter', 'beauftragte', 'beauftragter', 'kritiker',
  'kritikerin', 'politiker', 'politikerin', 'milliardär', 'oligarch', 'journalist', 'journalistin', 'aktivist',
  'aktivistin', 'blogger', 'bloggerin', 'propagandist', 'moderator', 'moderatorin', 'gründer', 'gründerin', 'berater',
  'beraterin', 'vertraute', 'vertrauter', 'unterhändler', 'diplomat', 'diplomatin', 'meister', 'meisterin', 'gouverneur',
  'richter', 'richterin', 'anwalt', 'anwältin', 'leiter', 'leiterin', 'direktor', 'direktorin', 'experte', 'expertin',
  'analyst', 'analystin', 'kolumnist', 'publizist', 'philosoph', 'ideologe', 'kandidat', 'kandidatin', 'rivale', 'gegner',
  'gegnerin', 'hardliner', 'nachfolger', 'nachfolgerin', 'vorgänger', 'vorgängerin', 'kollege', 'kollegin', 'vize',
  'stellvertreter', 'stellvertreterin', 'sohn', 'tochter', 'bruder', 'schwester', 'witwe', 'vater', 'mutter', 'ehefrau',
  // English titles, capitalised before a name
  'leader', 'president', 'secretary', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'commander',
  'chief', 'colonel', 'king', 'prince', 'sheikh', 'ayatollah', 'pope', 'rabbi', 'speaker', 'mayor', 'governor', 'judge',
  'justice', 'director', 'envoy', 'lawmaker', 'senator', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gen', 'adm', 'lt', 'col',
  'maj', 'capt', 'sgt', 'gov', 'son', 'daughter', 'brother', 'sister', 'widow', 'father', 'mother', 'wife', 'husband',
].map(normalizeWord);

const HEADLINE_WORDS = new Set(['In', 'To', 'Of', 'And', 'For', 'With', 'On', 'At', 'The', 'As', 'After', 'Amid', 'Over', 'From', 'By', 'Says', 'Is', 'Are']);

function byHash(words: Map<string, Array<[string, string]>>, into: Map<number, Array<[string, string, string]>>): void {
  for (const [word, list] of words) {
    const hash = hashWord(word);
    let bucket = into.get(hash);
    if (!bucket) into.set(hash, (bucket = []));
    for (const [key, suffix] of list) bucket.push([word, key, suffix]);
  }
}

function allKeys(tokens: Tokens): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < tokens.count; i++) keys.add(tokens.key(i));
  return keys;
}

function isAutomaton(source: readonly Entity[] | Automaton): source is Automaton {
  return !Array.isArray(source);
}

/** An own property of a plain lookup object ("constructor" is not a word we know). */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}


