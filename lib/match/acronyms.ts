// Acronyms a text defines for itself: "the Social Design Agency (SDA)", "Bundesamt für
// Verfassungsschutz (BfV)". From there on the acronym names that entity in this text, whatever
// else the base knows by the same letters (a Swiss news agency's "SDA") and whether the base knows
// it at all ("the Foreign Affairs and Unification Committee (FAUC)").
import type { EntityType } from '../kb/types';
import type { Mention } from './matcher';

interface Definition {
  acronym: string;
  id: string;
  type: EntityType;
  /** Where the definition ends: only what follows is read by it. */
  from: number;
}

/** "(SDA)", "('SDA')", "(BfV)" right after a mention: the acronym, 2 to 8 letters, the first a capital. */
const DEFINED = /[ \u00a0]?\([ \u00a0]?["'‘’“”«»]?(\p{Lu}[\p{L}\d]{1,7})["'‘’“”«»]?[ \u00a0]?\)/uy;
/** Words left out of an acronym's initials: "Confederation of British Industry" is CBI. */
const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'für', 'der', 'des', 'und', 'die', 'zur', 'zum', 'von', 'de', 'du', 'la', 'et']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The mentions with every acronym the text defines after a mention read as that mention's entity:
 * other readings of the same letters are replaced and occurrences the base does not know are
 * added. `mentions`: sorted by start, non-overlapping; so is the result.
 */
export function withDefinedAcronyms(text: string, mentions: Mention[]): Mention[] {
  const definitions = defined(text, mentions);
  if (!definitions.length) return mentions;
  const result = mentions.slice();
  // Occurrences the base does not know, merged in at the end: spliced in one by one, each would
  // move all the mentions after it (a long page defines an acronym once and uses it hundreds of
  // times). Each is a word of its own, so no two overlap.
  const added: Mention[] = [];
  for (const acronym of new Set(definitions.map((d) => d.acronym))) {
    const of = definitions.filter((d) => d.acronym === acronym);
    for (let at = text.indexOf(acronym, of[0]!.from); at >= 0; at = text.indexOf(acronym, at + acronym.length)) {
      const end = at + acronym.length;
      if (!standsAlone(text, at, end)) continue;
      // The latest definition before this place counts.
      let definition = of[0]!;
      for (const d of of) if (d.from <= at) definition = d;
      const i = firstEndingAfter(result, at);
      const there = result[i];
      if (there && there.start < end) {
        if (there.start === at && there.end === end && there.id !== definition.id) result[i] = { ...there, id: definition.id, type: definition.type };
        continue;
      }
      added.push({ start: at, end, text: acronym, id: definition.id, type: definition.type });
    }
  }
  if (!added.length) return result;
  added.sort((a, b) => a.start - b.start);
  const merged: Mention[] = [];
  let i = 0;
  for (const m of added) {
    while (i < result.length && result[i]!.start < m.start) merged.push(result[i++]!);
    merged.push(m);
  }
  while (i < result.length) merged.push(result[i++]!);
  return merged;
}

function defined(text: string, mentions: Mention[]): Definition[] {
  const definitions: Definition[] = [];
  for (const m of mentions) {
    // A bracket right after the name or one space on: most mentions fail here, on one character.
    const next = text.charCodeAt(m.end);
    if (next !== 0x28 && !((next === 0x20 || next === 0xa0) && text.charCodeAt(m.end + 1) === 0x28)) continue;
    if (m.type === 'state') continue;
    DEFINED.lastIndex = m.end;
    const found = DEFINED.exec(text);
    if (!found || !(initialsSpell(m.text, found[1]!) || beginningsSpell(nameWords(m.text), found[1]!.toLowerCase()))) continue;
    definitions.push({ acronym: found[1]!, id: m.id, type: m.type, from: m.end });
  }
  return definitions;
}

/** The words of a name, as its initials are read. */
function nameWords(name: string): string[] {
  return name.split(/[\s\u00a0\-‐‑–]+/u).filter((w) => w !== '');
}

/**
 * Whether the acronym is made of the beginnings of the name's words in order, each word but the
 * small ones giving at least one letter: "Informationsstelle Militarisierung (IMI)".
 */
function beginningsSpell(words: readonly string[], letters: string, w = 0, at = 0): boolean {
  if (at === letters.length) return w > 1 && words.slice(w).every((word) => SMALL_WORDS.has(word.toLowerCase()));
  if (w === words.length) return false;
  const word = words[w]!.replace(/^["'‘’“”«»(]+/u, '').toLowerCase();
  if (SMALL_WORDS.has(word) && beginningsSpell(words, letters, w + 1, at)) return true;
  for (let n = 1; n <= word.length && at + n <= letters.length && word.charAt(n - 1) === letters.charAt(at + n - 1); n++) {
    if (beginningsSpell(words, letters, w + 1, at + n)) return true;
  }
  return false;
}

/** Whether the acronym is the initials of the name's words, all of them or without the small ones. */
function initialsSpell(name: string, acronym: string): boolean {
  const letters = acronym.toLowerCase();
  const words = nameWords(name);
  if (words.length < 2) return false;
  const initial = (w: string) => w.replace(/^["'‘’“”«»(]+/u, '').charAt(0).toLowerCase();
  const all = words.map(initial).join('');
  const large = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase())).map(initial).join('');
  return letters === all || letters === large;
}

/**
 * Whether the letters at start … end are a word of their own (a possessive may follow: "SDA's"),
 * not inside another word or a headline in capitals ("THIS IS WAR" defines no "IS").
 */
function standsAlone(text: string, start: number, end: number): boolean {
  if (start > 0 && LETTER_OR_DIGIT.test(text.charAt(start - 1))) return false;
  if (end < text.length && LETTER_OR_DIGIT.test(text.charAt(end))) return false;
  return !capitalsAround(text, start, end);
}

function capitalsAround(text: string, start: number, end: number): boolean {
  const before = /(\p{L}{2,})[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^[ \u00a0]+(\p{L}{2,})/u.exec(text.slice(end, end + 30))?.[1];
  const caps = (w: string | undefined) => w !== undefined && w === w.toUpperCase() && w !== w.toLowerCase();
  return caps(before) || caps(after);
}

/** The index of the first mention that ends after `at` (binary search; mentions sorted, disjoint). */
export function firstEndingAfter(mentions: Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
