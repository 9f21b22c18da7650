// Turns knowledge-base entities into the surface forms the automaton is built from: names and
// aliases, person-name combinations, inflection variants. No text scanning here.
import type { Entity, EntityType, Lang, Subtype } from '../kb/types';
import { CAPITAL_KEYS } from './capitals';
import { KeyTable } from './key-table';
import { COMMA_KEY, Join, commaBefore, joinsName, normalizeWord, tokenize } from './tokenizer';
import { transliterations } from './translit';

export type FormKind =
  /** A name or alias: counts wherever it stands. */
  | 'name'
  /** A case-sensitive abbreviation (IRGC). */
  | 'acronym'
  /** A shared or common surname (Kim): counts only after a full name of the entity appeared. */
  | 'short'
  /** An ordinary word as well (Patriot, Wagner): counts only with a cue or a co-mention. */
  | 'guarded'
  /**
   * A state body's name without its state ("defence ministry" of "Russian Defence Ministry"):
   * counts only right after its state, "Russia's defence ministry", "Irans Außenministerium".
   */
  | 'possessed';

export interface Form {
  entity: Entity;
  kind: FormKind;
  /** Ids of the canonical token keys in the FormMaker's KeyTable, one per token of the form. */
  keys: number[];
  /** The form begins with an upper-case letter: the text must too ("Iran", not "iran"). */
  upperFirst: boolean;
  /**
   * The form begins with an adjective (an adjective slot) written with a capital: in German text its
   * case proves nothing ("der iranischen Revolutionsgarde"), in English it does ("the defense
   * department" is no "Defense Department").
   */
  germanLower?: boolean;
  /** The form ends in a dot ("U.S."): the mention takes the text's dot too. */
  dotEnd: boolean;
  /** Derived by a rule (a given name's other spelling), not listed: a listed name of another entity wins. */
  derived?: boolean;
  /** The last word takes no inflection ending either (a web address: "Lenta.ru"). */
  fixedEnd?: boolean;
  /**
   * Words glued by a dot and no space ("News.am", "Krym.Realii"): the text must not space them
   * either, or "Sky News am Dienstag" would name the Armenian site.
   */
  glued?: boolean;
}

/**
 * Suffixes a word may carry beyond its base form, by entity type: German genitive and plural
 * (Putins, Irans, Sicherheitsrates, Revolutionsgarden, Raketen) and English plurals (Su-35s is
 * handled as a split token). Person names take only the genitive -s: "Putine" is no word.
 */
export const SUFFIXES: Record<EntityType, readonly string[]> = {
  person: ['', 's'],
  state: ['', 's', 'es'],
  organization: ['', 's', 'es', 'n', 'en'],
  weapon: ['', 's', 'es', 'n', 'en', 'e'],
};

/** German adjective endings: "Oberster/Obersten Nationaler/Nationalen", "ballistische/ballistischer". */
export const ADJECTIVE_ENDINGS: readonly string[] = ['em', 'en', 'er', 'es', 'e'];
/** Marks an adjective slot's canonical key: the stem plus this character. */
export const ADJECTIVE_MARK = '~';
/** Marks an acronym's canonical key: the word as written after this character. */
export const ACRONYM_MARK = '=';
/**
 * Marks the key of a word a name writes in capitals after its first word ("Geheimdienst MIT",
 * "Mission der NATO"): the folded word after this character, which text may write "NATO" or
 * "Nato" but not all in lower case ("des Geheimdienstes mit Entführungen" is no MIT).
 */
export const CAPITALS_MARK = '^';

/** Cue words that make a guarded form count, by subtype: stems, German and English. */
const SUBTYPE_CUES: Partial<Record<Subtype, readonly string[]>> = {
  // Not a bare "defense": "the Patriots' defense" is a football team's.
  'air-defence': ['flugabwehr', 'luftabwehr', 'luftverteidigung', 'abwehrsystem', 'system', 'batterie', 'battery', 'abfang', 'intercept', 'air defen', 'missile defen', 'missile', 'rakete', 'flugkörper', 'launcher', 'radar'],
  'armed-group': ['söldner', 'miliz', 'gruppe', 'group', 'kämpfer', 'fighter', 'mercenar', 'truppe', 'einheit', 'terror', 'militant'],
  missile: ['rakete', 'flugkörper', 'missile', 'reichweite', 'range', 'abschuss', 'launch', 'marschflug', 'lieferung', 'deliver'],
  'ballistic-missile': ['rakete', 'flugkörper', 'missile', 'reichweite', 'range', 'abschuss', 'launch', 'ballist', 'lieferung', 'deliver'],
  'cruise-missile': ['rakete', 'flugkörper', 'missile', 'reichweite', 'range', 'marschflug', 'cruise', 'lieferung', 'deliver'],
  'hypersonic-missile': ['rakete', 'flugkörper', 'missile', 'hyperschall', 'hypersonic'],
  drone: ['drohne', 'drone', 'uav', 'unbemannt', 'unmanned', 'luftabwehr', 'luftverteidigung', 'air defen', 'abgeschossen', 'shot down', 'intercept', 'abfang'],
  // Drones are reported beside the missiles of the same attack and the air defence that met them.
  'loitering-munition': ['drohne', 'drone', 'munition', 'kamikaze', 'loitering', 'rakete', 'missile', 'launch', 'abgefeuert', 'luftabwehr', 'luftverteidigung', 'air defen', 'abgeschossen', 'shot down', 'intercept', 'abfang'],
  aircraft: ['jet', 'kampfjet', 'flugzeug', 'aircraft', 'fighter', 'bomber', 'pilot', 'luftwaffe', 'air force', 'geschwader', 'squadron'],
  helicopter: ['hubschrauber', 'helikopter', 'helicopter'],
  tank: ['panzer', 'tank', 'kampfpanzer', 'lieferung', 'brigade'],
  // Not a bare "Fahrzeug": a Boxer or a Marder in a car is a dog or a marten.
  'armoured-vehicle': ['panzer', 'schützenpanzer', 'radpanzer', 'transportpanzer', 'armoured', 'armored', 'infantry fighting', 'brigade'],
  'rocket-artillery': ['raketenwerfer', 'werfer', 'launcher', 'artillerie', 'artillery', 'rakete', 'rocket'],
  artillery: ['artillerie', 'artillery', 'haubitze', 'howitzer', 'geschütz'],
  // Reporting verbs are in every news text: they vouch for an outlet only right beside it ("Sana
  // reported", "laut Sana", "according to Sana"), not anywhere in the sentence. So does the word
  // "agency" itself: "laut der Nachrichtenagentur Tasnim mit Blick auf die USA" is no Blick.
  // An article may stand between: "nach Angaben des Spiegel", "berichtet die Bild", "told the Times".
  'news-agency': [
    ...['<agentur', '<nachrichtenagentur', '<news agency', '<agency', '<sender', '<fernsehsender', '<nachrichtensender', '>agency', '>news', '>agentur', '>meldet', '>meldete', '>berichtet', '>berichtete', '>reported', '>reports', '>said', '>zufolge'],
    ...['<laut', '<according to', '<told', '<quoted by', '<reported by', '<according to the', '<told the', '<quoted by the', '<reported by the'],
    ...['<angaben des', '<angaben der', '<berichtet die', '<berichtete die', '<berichtet der', '<berichtete der', '<berichtet das', '<berichtete das', '<schreibt die', '<schrieb die', '<schreibt der', '<schrieb der'],
  ],
};

/** The cue words of an entity's guarded forms, normalised like text words ("söldner" → "soldner"). */
export function cuesOf(entity: Entity): string[] {
  const cues = [...(entity.cues ?? []), ...(entity.subtype ? (SUBTYPE_CUES[entity.subtype] ?? []) : [])];
  // "Lancet-Drohne" beside a guarded "Lancet": the compound's tail vouches for the guarded word.
  for (const name of [...Object.values(entity.names), ...(entity.aliases ?? [])]) {
    const tail = name && guardedCompound(name, entity)?.tail;
    // A common noun vouches only right after the word ("Prymary unit"), not anywhere near it.
    if (tail) cues.push(GENERIC_TAILS.has(tail.toLowerCase()) ? NEXT_WORD_CUE + tail : tail);
  }
  const normalized = new Set<string>();
  for (const cue of cues) {
    const marked = cue.startsWith(NEXT_WORD_CUE) || cue.startsWith(PREVIOUS_WORDS_CUE);
    const words = normalizeCue(marked ? cue.slice(1) : cue);
    // A cue of no word ("«") would be found between any two characters, and looked for there forever.
    if (words !== '') normalized.add(marked ? cue.charAt(0) + words : words);
  }
  return [...normalized];
}

/**
 * A cue as the words the text's tokens give ("US-Marine" → "us marine", "MH17" → "mh 17"), since
 * it is looked for among those. Once per process: the subtype lists repeat for hundreds of entities.
 */
const normalizedCues = new Map<string, string>();
function normalizeCue(cue: string): string {
  let normalized = normalizedCues.get(cue);
  if (normalized === undefined) {
    const tokens = tokenize(cue, 'scratch');
    const words: string[] = [];
    for (let i = 0; i < tokens.count; i++) words.push(tokens.key(i));
    normalizedCues.set(cue, (normalized = words.join(' ')));
  }
  return normalized;
}

/** Marks a cue that vouches only as the word right after the guarded word: ">reported". */
export const NEXT_WORD_CUE = '>';
/** Marks a cue of one or more words that vouches only right before the guarded word: "<according to". */
export const PREVIOUS_WORDS_CUE = '<';
/**
 * Nouns too common to vouch for a guarded word anywhere in its sentence ("Prymary unit", "Reform
 * party", "Sudoplatov project"): they are cues for the next word only (NEXT_WORD_CUE).
 */
const GENERIC_TAILS = new Set(['unit', 'units', 'project', 'party', 'group', 'company', 'team', 'movement', 'programme', 'program', 'office', 'center', 'centre', 'force', 'forces', 'einheit', 'partei', 'gruppe', 'projekt', 'bewegung', 'firma']);
/** An English compound of a guarded word and a common noun: "Fattah missile", "Lancet drone". */
const SPACED_COMPOUND = /^(.+?) (\p{Ll}{3,})$/u;

/**
 * A name made of one of the entity's guarded words and a common noun ("Lancet-Drohne", "Fattah
 * missile"): the guarded word is the mention, and the noun a cue that vouches for it.
 */
function guardedCompound(name: string, entity: Entity): { head: string; tail: string } | undefined {
  if (!entity.guarded?.length) return undefined;
  const match = COMPOUND.exec(name) ?? SPACED_COMPOUND.exec(name);
  if (!match) return undefined;
  const head = match[1]!.toLowerCase();
  return entity.guarded.some((g) => g.toLowerCase() === head) ? { head, tail: match[2]! } : undefined;
}

/**
 * Tokenises a form the way text is tokenised, into key ids of `table`; undefined if it cannot be one
 * name (a comma in it). `add` false: only keys the table has (undefined if a word is new).
 */
function formKeys(form: string, kind: FormKind, table: KeyTable, possessors?: ReadonlySet<string>, add = true): number[] | undefined {
  const tokens = tokenize(form, 'scratch');
  const count = tokens.count;
  if (count === 0) return undefined;
  const acronym = kind === 'acronym';
  let commas = 0;
  for (let i = 1; i < count; i++) {
    // A comma inside a name is a key of its own (COMMA_KEY), which the matcher follows only across
    // a comma in the text (commaBefore()). Not in acronyms.
    if (!acronym && commaBefore(tokens, i)) {
      commas++;
      continue;
    }
    if (!joinsName(tokens.join[i]!)) return undefined;
    // "South Korea's National Intelligence Service" is two mentions, not one name; a possessive
    // of anything but a state is part of the name ("Korean People's Army", "David's Sling",
    // "Prosecutor General's Office").
    if (possessors && tokens.join[i] === Join.Apostrophe && tokens.keyIs(i, 's')) {
      let owner = '';
      for (let j = 0; j < i; j++) owner += (j ? ' ' : '') + (acronym ? ACRONYM_MARK + tokens.raw(j) : tokens.key(j));
      if (possessors.has(owner)) return undefined;
    }
  }
  const keys = new Array<number>(count + commas);
  for (let i = 0, k = 0; i < count; i++) {
    if (commas > 0 && i > 0 && commaBefore(tokens, i)) {
      const comma = table.idOf(COMMA_KEY, add);
      if (comma < 0) return undefined;
      keys[k++] = comma;
    }
    const id = acronym ? table.idOf(ACRONYM_MARK + tokens.raw(i), add) : i > 0 && tokens.allCaps(i) ? table.idOf(CAPITALS_MARK + tokens.key(i), add) : table.idOfToken(tokens, i, add);
    if (id < 0) return undefined;
    keys[k++] = id;
  }
  return keys;
}

function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The adjective slot of a non-final word of a body's name: "ballistische" → "ballistisch~". */
export function adjectiveSlot(key: string): string | undefined {
  if (key.length < 4 || /\d/.test(key)) return undefined;
  for (const ending of ADJECTIVE_ENDINGS) {
    if (key.endsWith(ending)) return key.slice(0, -ending.length) + ADJECTIVE_MARK;
  }
  return undefined;
}

/**
 * For persons with a one-word surname alias, every first-name spelling is combined with every
 * surname spelling: "Sergej Schoigu" and "Sergey Shoigu" give "Sergei Schoigu" too.
 */
function personCombinations(names: string[]): string[] {
  const surnames: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!/[\s\-‐]/.test(name) && !surnames.includes(name)) surnames.push(name);
  }
  if (surnames.length === 0) return [];
  const combined: string[] = [];
  // A Latin surname that names the person alone does so in Cyrillic too: "Schoigu" → "Шойгу".
  // (A one-word Korean or Arabic name is a full name, not a surname, and proves nothing.)
  if (surnames.some((s) => script(s) === 'latin')) {
    for (const raw of names) {
      const name = raw.trim();
      const space = name.lastIndexOf(' ');
      if (space < 0) continue;
      const last = name.slice(space + 1);
      if (script(last) === 'cyrillic' && !surnames.includes(last)) combined.push(last);
    }
  }
  const prefixes: string[] = [];
  for (const name of names) {
    for (const surname of surnames) {
      const cut = name.length - surname.length;
      if (cut > 0 && name.charCodeAt(cut - 1) === 0x20 && name.endsWith(surname)) {
        const prefix = name.slice(0, cut);
        if (!prefixes.includes(prefix)) prefixes.push(prefix);
      }
    }
  }
  for (const prefix of prefixes) {
    for (const surname of surnames) if (script(prefix) === script(surname)) combined.push(prefix + surname);
  }
  return combined;
}

/** States whose press writes the family name first: "Choe Son Hui" is Choe, "Wang Yi" Wang. */
const FAMILY_NAME_FIRST = new Set(['north-korea', 'south-korea', 'china', 'taiwan', 'vietnam']);
/** Words of Arabic names that make the last word no surname: "Mohammed bin Salman" is not "Salman". */
const NO_SURNAME_AFTER = /(?:^|\s)(?:bin|ibn|ben|bint|abu|umm)\s/i;

/**
 * The surnames of a person whom the base lists by full names only ("Timur Ivanov", "Choe Son
 * Hui"): as a reader does, the bare surname then names the person, once a full name was in the
 * text (a 'short' form, derived so that any entity listed under the word keeps it).
 */
function impliedSurnames(entity: Entity, names: readonly string[]): string[] {
  if (entity.acronyms?.length || entity.shortForms?.length || entity.guarded?.length) return [];
  // A surname listed on its own is a name already ("Synjehubow"); the one of another spelling of the
  // full name ("Oleh Synehubow") is implied all the same.
  const listed = names.filter((name) => !/\s/.test(name.trim())).map((name) => normalizeWord(name.trim()));
  const familyFirst = entity.links?.some((link) => link.rel === 'citizen-of' && FAMILY_NAME_FIRST.has(link.to)) ?? false;
  const surnames: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (NO_SURNAME_AFTER.test(name)) continue;
    const words = name.split(/\s+/);
    // "Pope Francis", "Prince Hamzah": a title and a given name.
    if (isTitleWord(normalizeWord(words[0]!))) continue;
    let surname = familyFirst ? words[0]! : words[words.length - 1]!;
    // "Jr.", "III" and initials are no surnames, nor is a given name ("Mohammad Mustafa"). A Korean
    // or Chinese family name is one, also where the West knows it as a given name ("Kim
    // Yong-hyun … Kim") or it has two letters ("Li Shangfu … gegen Li"), unless it is a word too
    // ("He Weidong": "He said").
    const key = normalizeWord(surname);
    const tooShort = surname.length < 3 && !(familyFirst && surname.length === 2 && !TWO_LETTER_WORDS.has(key));
    if (tooShort || surname.endsWith('.') || ROMAN_NUMERAL.test(surname) || (!familyFirst && isGivenName(key)) || NOT_SURNAMES.has(key) || CAPITAL_KEYS.has(key)) continue;
    // "Turki Al Faisal" is "Al Faisal", not "Faisal".
    if (!familyFirst && words.length > 2 && PARTICLES.has(normalizeWord(words[words.length - 2]!))) surname = words.slice(-2).join(' ');
    if (!surnames.includes(surname) && !listed.includes(normalizeWord(surname))) surnames.push(surname);
  }
  // "Turki Faisal" beside "Turki al-Faisal": the surname is "al-Faisal", a bare "Faisal" a given name.
  return surnames.filter((surname) => !surnames.some((other) => other !== surname && other.endsWith(surname) && /^(?:al|el|ad|as|ash|at|az)[-‐\s]/i.test(other)));
}

/**
 * The states whose citizens' names the press transliterates, by the language it transliterates
 * from: a Ukrainian's Russian name too ("Gontscharenko" in Russian-sourced German), a Russian's
 * Ukrainian name never.
 */
const CYRILLIC_NAMED = { ru: new Set(['russia', 'ukraine', 'belarus', 'kazakhstan', 'kyrgyzstan']), uk: new Set(['ukraine']), be: new Set(['belarus']) } as const;

/** The press spellings of a person's Russian, Ukrainian and Belarusian names (translit.ts), not of a guarded one. */
function cyrillicSpellings(entity: Entity, guardedNames?: ReadonlySet<string>): string[] {
  const spellings: string[] = [];
  for (const lang of ['ru', 'uk', 'be'] as const) {
    const name = entity.names[lang];
    if (!name || guardedNames?.has(name.toLowerCase()) || !entity.links?.some((link) => link.rel === 'citizen-of' && CYRILLIC_NAMED[lang].has(link.to))) continue;
    for (const spelling of transliterations(name, lang)) if (!spellings.includes(spelling)) spellings.push(spelling);
  }
  return spellings;
}

/** An Arabic surname with its article: "al-Hayya", "el-Sisi", "ash-Sharaa". */
/** Word beginnings of the sun letters, longest first, and the article assimilated before them. */
const SUN_LETTERS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['sch', ['asch', 'as']],
  ['sh', ['ash', 'as']],
  ['s', ['as']],
  ['th', ['ath', 'at']],
  ['t', ['at']],
  ['dh', ['adh', 'ad']],
  ['d', ['ad']],
  ['r', ['ar']],
  ['z', ['az']],
  ['n', ['an']],
];
const ARTICLE_SURNAME = /^(?:al|el|as|ad|ash|at|az|an|ar)[-‐‑](\p{Lu}\p{L}{2,})$/u;

/**
 * "Khalil al-Hayya … Hayya said": the press drops the article of an Arabic surname once the full
 * name was given. A short form of the word after the article (not a given name: "Turki
 * al-Faisal" is not "Faisal"); the mention takes the article if the text has it (Matcher).
 */
function surnamesWithoutArticle(names: readonly string[]): string[] {
  const surnames: string[] = [];
  for (const name of names) {
    const space = name.trimEnd().lastIndexOf(' ');
    if (space < 0) continue;
    const match = ARTICLE_SURNAME.exec(name.trimEnd().slice(space + 1));
    const surname = match?.[1];
    // Not a title ("Hussein al-Scheich" is no "Scheich Kassem") nor a short word ("Izz ad-Din").
    if (!surname || surname.length < 4 || isGivenName(normalizeWord(surname)) || isTitleWord(normalizeWord(surname)) || surnames.includes(surname)) continue;
    surnames.push(surname);
  }
  return surnames;
}

const ROMAN_NUMERAL = /^[IVX]+$/;
/** Slavic surnames and their transliterated endings: Selenskyj, Zelenskyy, Selenski; Saluschnyj, Zaluzhnyi. */
const SKY_SURNAME = /^([a-z]{3,}[szc]k)(yj|yi|yy|iy|ij|ii|i|y)$/;
const SKY_ENDINGS = ['yj', 'yi', 'yy', 'iy', 'ij', 'ii', 'i', 'y'];
const NYJ_SURNAME = /^([a-z]{3,}n)(yj|yi|yy|iy|ij)$/;
const NYJ_ENDINGS = ['yj', 'yi', 'yy', 'iy', 'ij'];
/** Surnames that are also months, capitalised in any sentence ("Theresa May … in May"). */
const NOT_SURNAMES = new Set(['may', 'june', 'april', 'august', 'march', 'mai', 'juni', 'juli', 'marz']);

/** Two-letter Korean and Chinese family names that are also English or German words: no short forms. */
const TWO_LETTER_WORDS = new Set(['he', 'do', 'an', 'oh', 'go', 'no', 'so', 'ha', 'ko', 'bo', 'mo', 'yo', 'ye', 'ah', 'ho', 'um', 'im', 'in', 'on', 'ob', 'wo', 'du', 'er', 'es', 'zu', 'am', 'be', 'by', 'is', 'it', 'me', 'my', 'of', 'or', 'to', 'up', 'us', 'we', 'ja', 'la', 'le', 'de', 'da', 'di', 'el', 'al', 'as', 'at']);

/** A common given name of the field's languages (COMMON_FIRST_NAMES, GIVEN_NAME_CLASSES), as a key. */
function isGivenName(key: string): boolean {
  commonFirstNameSet ??= new Set([...commonFirstNameKeys(), ...GIVEN_NAME_VARIANTS.keys()]);
  return commonFirstNameSet.has(key);
}
let commonFirstNameSet: Set<string> | undefined;

/** Latin, Cyrillic or other: combinations never mix scripts. */
function script(word: string): 'latin' | 'cyrillic' | 'other' {
  let latin = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x400 && code <= 0x4ff) return 'cyrillic';
    if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin = true;
  }
  return latin ? 'latin' : 'other';
}

/**
 * Given names that the press transliterates several ways, as keys: a person listed under one is
 * found under all ("Mohammed bin Salman" → "Muhammad bin Salman").
 */
const GIVEN_NAME_CLASSES = [
  ['mohammed', 'mohammad', 'muhammad', 'mohamed', 'mohamad', 'muhammed', 'mohammet'],
  ['ahmed', 'ahmad', 'achmed', 'achmad'],
  ['hussein', 'hussain', 'husain'],
  ['hassan', 'hasan'],
  ['abdullah', 'abdallah'],
  ['omar', 'umar'],
  ['yusuf', 'youssef', 'yousef', 'yussef'],
  ['khaled', 'khalid', 'chaled', 'chalid'],
  ['mahmoud', 'mahmud', 'machmud'],
  ['mustafa', 'mostafa', 'moustafa'],
  ['sergei', 'sergej', 'sergey', 'serhij', 'serhiy', 'serhii', 'sergii', 'sergiy', 'siarhei', 'sjarhej'],
  ['dmitri', 'dmitry', 'dmitrij', 'dmitriy', 'dmytro', 'dimitri', 'dimitrij', 'dimitry'],
  // Belarusian too: "Aljaksandr Lukaschenka", "Aliaksandr".
  ['alexander', 'aleksandr', 'alexandr', 'oleksandr', 'olexandr', 'olexander', 'oleksander', 'aljaksandr', 'aliaksandr', 'alaksandr'],
  ['alexei', 'alexej', 'alexey', 'aleksei', 'aleksey', 'oleksii', 'oleksij', 'oleksiy', 'olexij', 'olexiy', 'olexii'],
  ['nikolai', 'nikolaj', 'nikolay', 'mykola'],
  ['yevgeny', 'jewgeni', 'jewgenij', 'evgeny', 'yevgeniy', 'yevhen', 'jewhen'],
  ['yuri', 'juri', 'jurij', 'yury', 'yurii', 'yuriy'],
  ['vladimir', 'wladimir', 'volodymyr', 'wolodymyr'],
  ['andrei', 'andrej', 'andrey', 'andrii', 'andrij', 'andriy'],
  ['mikhail', 'michail', 'mychajlo', 'mykhailo', 'michael'],
  ['valery', 'valeri', 'valerij', 'valeriy', 'valerii', 'walerij', 'waleri'],
  ['viktor', 'wiktor', 'victor'],
  ['vitaly', 'vitali', 'vitalij', 'vitaliy', 'vitalii', 'witali', 'witalij'],
  ['vasily', 'vasili', 'vassili', 'wassili', 'wassilij', 'vasyl', 'wasyl'],
  ['vyacheslav', 'viacheslav', 'wjatscheslaw', 'vjačeslav'],
  ['kirill', 'kyrylo', 'kyrill'],
  ['oleg', 'oleh'],
  ['igor', 'ihor'],
  ['pavel', 'pawel', 'pavlo', 'pawlo'],
  ['pyotr', 'pjotr', 'petr', 'petro'],
  ['ivan', 'iwan'],
  ['konstantin', 'kostiantyn', 'kostyantyn', 'kostjantyn', 'konstantyn'],
  ['anatoly', 'anatoli', 'anatolij', 'anatoliy', 'anatolii'],
  ['gennady', 'gennadi', 'gennadij', 'gennadiy', 'hennadiy', 'hennadij', 'hennadii'],
  ['grigory', 'grigori', 'grigorij', 'hryhoriy', 'hryhorij'],
  ['vadim', 'wadim', 'vadym', 'wadym'],
  ['denis', 'denys'],
  ['maxim', 'maksim', 'maksym'],
  ['leonid', 'leonyd'],
  ['yulia', 'julia', 'yuliya', 'julija', 'yuliia'],
  ['natalia', 'natalja', 'nataliya', 'natalya', 'natalija', 'nataliia'],
  ['maria', 'marija', 'mariya', 'mariia'],
  ['svetlana', 'swetlana', 'svitlana', 'switlana'],
  ['tatiana', 'tatjana', 'tatyana', 'tetiana', 'tetjana', 'tetyana'],
  ['yaroslav', 'jaroslaw', 'jaroslav', 'iaroslav'],
  ['nazar', 'nasar'],
  ['elena', 'jelena', 'yelena'],
  ['irina', 'iryna'],
  ['olga', 'olha'],
  ['galina', 'halyna'],
  ['lyudmila', 'ljudmila', 'ludmila', 'liudmyla', 'lyudmyla'],
  ['anastasia', 'anastasija', 'anastasiya', 'anastasiia'],
  ['yekaterina', 'jekaterina', 'ekaterina', 'kateryna'],
  ['georgi', 'georgy', 'georgij', 'georgiy', 'heorhiy', 'heorhii'],
  ['bogdan', 'bohdan'],
  ['fyodor', 'fjodor', 'fedor', 'fedir'],
  ['ilya', 'ilja', 'illia', 'illya'],
  ['nikita', 'mykyta'],
  ['arseni', 'arseniy', 'arsenij', 'arsenii'],
  ['vladislav', 'wladislaw', 'vladyslav', 'wladyslaw'],
  ['arkady', 'arkadi', 'arkadij', 'arkadiy', 'arkadii'],
  ['stanislav', 'stanislaw'],
  ['semyon', 'semjon', 'semen'],
  ['artyom', 'artem', 'artjom'],
  ['yegor', 'jegor', 'egor'],
  ['yakov', 'jakow', 'jakov', 'yakiv'],
  ['vsevolod', 'wsewolod'],
  ['matvei', 'matwei', 'matvey', 'matviy', 'matvii'],
  ['hossein', 'hosein', 'husein'],
  ['jamal', 'gamal', 'dschamal'],
  ['faisal', 'feisal', 'faysal'],
  ['majid', 'majed', 'madschid'],
  ['ismail', 'esmail', 'esmaeil', 'ismael'],
  ['qassem', 'qasem', 'kassem', 'ghasem', 'qasim', 'kasim'],
  ['abbas', 'abas'],
  ['ibrahim', 'ebrahim', 'brahim'],
];
const GIVEN_NAME_VARIANTS = new Map<string, string[]>();
for (const names of GIVEN_NAME_CLASSES) for (const name of names) GIVEN_NAME_VARIANTS.set(name, names.filter((n) => n !== name));

/** A hyphenated name whose last part is a capitalised word: a compound candidate ("Huthi-Miliz"). */
const COMPOUND = /^(.+?)[-‐‑](\p{Lu}\p{Ll}{3,})$/u;
const ACRONYM_LIKE = /^[\p{Lu}\d.-]+$/u;
const HYPHEN = /[-‐‑]/;
const WEB_ADDRESS = /^\S+\.[a-z]{2,6}$/;
/** A dot between a word and a word of two letters or more, as in a web address or a brand ("Sibir.Realii"); not "U.S". */
const GLUED_DOT = /[\p{L}\d]\.[\p{L}\d]{2}/u;

/** Whether a name's words are glued by a dot and nowhere spaced (Form.glued). */
function glued(name: string): boolean {
  return GLUED_DOT.test(name) && !/\s/.test(name);
}

/**
 * Makes the surface forms of entities, numbering their words in one KeyTable as it goes (the
 * automaton's keys). `possessors`: the names of states, as their keys joined by spaces ("south
 * korea"), whose possessive begins another name rather than belonging to it.
 */
export class FormMaker {
  possessors: ReadonlySet<string> | undefined;
  /** Per key id: the id of its adjective slot + 1, -1 if it has none, 0 not yet asked. */
  private slots = new Int32Array(1024);
  /** First-name key id → the ids of its other spellings (GIVEN_NAME_CLASSES), null if none. */
  private variants = new Map<number, number[] | null>();
  /** Surname key id → the ids of its other endings, null if none. */
  private endings = new Map<number, number[] | null>();
  /** Key id → the ids of its German spellings (germanSpellings()), null if none. */
  private germanKeys = new Map<number, number[] | null>();
  /**
   * The ids of the entities whose names come from Arabic or Persian (compile() sets it, one link
   * further than namedInArabic() sees: a Hamas commander without a citizenship). Unset, an entity's
   * own names and links decide.
   */
  arabicNamed: ReadonlySet<string> | undefined;

  constructor(readonly table = new KeyTable()) {}

  /** The surface forms of an entity. */
  of(entity: Entity): Form[] {
    if (entity.highlight === false) return [];
    const table = this.table;
    const forms: Form[] = [];
    const isPerson = entity.type === 'person';
    // The forms made so far by kind and keys: persons have dozens of spellings to compare.
    const made = new Map<number, Form[]>();
    const find = (kind: FormKind, keys: readonly number[]) => made.get(formHash(kind, keys))?.find((form) => form.kind === kind && sameKeys(form.keys, keys));
    const push = (form: Form) => {
      forms.push(form);
      const hash = formHash(form.kind, form.keys);
      const bucket = made.get(hash);
      if (bucket) bucket.push(form);
      else made.set(hash, [form]);
    };
    const add = (text: string, kind: FormKind, derived = false) => {
      const keys = formKeys(text, kind, table, this.possessors);
      if (!keys) return;
      // Adjective slots for the non-final words of multi-word names of bodies and classes.
      let slotFirst = false;
      if (kind !== 'acronym' && !isPerson && keys.length > 1) {
        for (let i = 0; i < keys.length - 1; i++) {
          const slot = this.adjectiveSlot(keys[i]!);
          if (slot >= 0) {
            keys[i] = slot;
            if (i === 0) slotFirst = true;
          }
        }
      }
      const trimmed = text.trim();
      // A name with a number of four digits or more is that unit in any case: "military unit 26165".
      const upperFirst = kind !== 'acronym' && isUpper(trimmed.charAt(0)) && !/\d{4}/.test(trimmed);
      const twin = find(kind, keys);
      if (twin) {
        // The same words written once capitalised and once not: accept either case; once glued by
        // a dot and once spaced ("Hawar.help", "Hawar Help"): either way.
        if (!upperFirst) twin.upperFirst = false;
        if (twin.glued && !glued(trimmed)) delete twin.glued;
        return;
      }
      const form: Form = { entity, kind, keys, upperFirst, dotEnd: trimmed.endsWith('.') };
      // A leading German adjective is capitalised only inside a proper name ("des Obersten
      // Nationalen …", but "der iranischen Revolutionsgarde"): in German text its case proves nothing.
      if (upperFirst && slotFirst) form.germanLower = true;
      if (derived) form.derived = true;
      // A web address ("Lenta.ru", "n-tv.de") ends in no word that inflects: "n-tv den" is no "n-tv.de".
      if (trimmed.lastIndexOf('.') > trimmed.length - 8 && WEB_ADDRESS.test(trimmed)) form.fixedEnd = true;
      if (glued(trimmed)) form.glued = true;
      push(form);
    };
    // A name that is also listed as guarded ("Jordan") is only ever matched as guarded.
    const guarded = entity.guarded ?? [];
    const guardedNames = guarded.length ? new Set(guarded.map((g) => g.toLowerCase())) : undefined;
    // Each distinct name once: the German and English names are often the same string.
    const names: string[] = [];
    for (const lang in entity.names) {
      const name = entity.names[lang as Lang];
      if (name && !names.includes(name) && !guardedNames?.has(name.toLowerCase())) names.push(name);
    }
    for (const name of entity.aliases ?? []) if (name && !names.includes(name) && !guardedNames?.has(name.toLowerCase())) names.push(name);
    // "Huthi-Miliz" next to "Huthi" is a compound, not a name: the entity part alone is the mention,
    // as with every other compound ("Hisbollah-Miliz", "Putin-Regime"). "Iskander-M" stays a name.
    let plain: Set<string> | undefined;
    const isCompound = (name: string) => {
      // A person's double-barrelled surname is no compound: "Jeanine Hennis-Plasschaert" beside "Jeanine Hennis".
      const match = HYPHEN.test(name) && !isPerson ? COMPOUND.exec(name) : null;
      if (match && (plain ??= new Set(names.map((n) => n.toLowerCase()))).has(match[1]!.toLowerCase())) return true;
      return guardedCompound(name, entity) !== undefined;
    };
    for (const name of names) if (!isCompound(name)) add(name, 'name');
    // "155th Mechanised Brigade" for "155th Mechanized Brigade", "Ministry of Defense" for "… Defence".
    if (!isPerson) {
      for (const name of names) {
        const other = otherSpelling(name);
        if (other && !names.includes(other) && !isCompound(name)) add(other, 'name', true);
      }
      for (const name of germanUnitNames(entity)) if (!names.includes(name)) add(name, 'name', true);
      for (const name of names) for (const sited of sitedNames(name)) if (!names.includes(sited)) add(sited, 'name', true);
      for (const name of names) {
        const other = otherGenitive(name);
        if (other && !names.includes(other)) add(other, 'name', true);
      }
    }
    if (isPerson) {
      for (const name of personCombinations(names)) if (!names.includes(name)) add(name, 'name');
      // Every common transliteration of the given name: "Muhammad bin Salman", "Sergey Shoigu".
      const count = forms.length;
      for (let f = 0; f < count; f++) {
        const form = forms[f]!;
        if (form.kind !== 'name' || form.keys.length < 2) continue;
        const variants = this.givenNameVariants(form.keys[0]!);
        if (!variants) continue;
        for (const variant of variants) {
          const keys = form.keys.slice();
          keys[0] = variant;
          if (find('name', keys)) continue;
          push({ entity, kind: 'name', keys, upperFirst: form.upperFirst, dotEnd: form.dotEnd, glued: form.glued, derived: true });
        }
      }
    }
    // "Umjerow", "Umierov", "Umyerov": the spellings the press makes of a Russian or Ukrainian name
    // from its Cyrillic, derived so that another entity's name of the same words keeps it.
    // A guarded Cyrillic name gives none, nor a surname: its guarded list says which spellings count
    // ("Sergei Korolev designed the R-7" is no FSB general).
    const spelled = isPerson ? cyrillicSpellings(entity, guardedNames).filter((name) => !names.includes(name)) : [];
    for (const name of spelled) add(name, 'name', true);
    for (const acronym of entity.acronyms ?? []) add(acronym, 'acronym');
    // "the F.S.B.", "the C.I.A.", "the I.A.E.A.": the New York Times dots an acronym's letters. Not
    // one of two letters, which could be a person's initials ("J.D. Vance").
    for (const acronym of entity.acronyms ?? []) if (DOTTED_ACRONYM.test(acronym)) add(acronym.split('').join('.') + '.', 'acronym', true);
    for (const short of entity.shortForms ?? []) add(short, 'short');
    // Every ending the press gives a Slavic surname: "Selenskyj", "Selenskyi", "Zelenskyy", "Selenski".
    if (isPerson) {
      const count = forms.length;
      for (let f = 0; f < count; f++) {
        const form = forms[f]!;
        if ((form.kind !== 'name' && form.kind !== 'short') || form.derived) continue;
        const at = form.keys.length - 1;
        for (const variant of this.surnameEndings(form.keys[at]!) ?? []) {
          const keys = form.keys.slice();
          keys[at] = variant;
          if (find(form.kind, keys)) continue;
          push({ entity, kind: form.kind, keys, upperFirst: form.upperFirst, dotEnd: form.dotEnd, glued: form.glued, derived: true });
        }
      }
    }
    if (isPerson) {
      for (const surname of impliedSurnames(entity, [...names, ...spelled])) add(surname, 'short', true);
      for (const surname of surnamesWithoutArticle(names)) add(surname, 'short', true);
    }
    // "Laridschani", "Araghtschi", "Chatib", "Musawi", "Chorramschahr": the German press writes an
    // Arabic or Persian name by German sounds where the base lists the English spelling.
    if (this.arabicNamed ? this.arabicNamed.has(entity.id) : namedInArabic(entity)) {
      const count = forms.length;
      for (let f = 0; f < count; f++) {
        const form = forms[f]!;
        if (form.kind !== 'name' && !(form.kind === 'short' && isPerson)) continue;
        for (const keys of this.germanForms(form.keys)) {
          // One short word made German may be a German word: "Zein" would be "sein".
          if (keys.length === 1 && table.keys[keys[0]!]!.length < (form.kind === 'short' ? 6 : 5)) continue;
          if (find(form.kind, keys)) continue;
          push({ entity, kind: form.kind, keys, upperFirst: form.upperFirst, dotEnd: form.dotEnd, glued: form.glued, derived: true });
        }
      }
    }
    // "asch-Scharaa", "ash-Sharaa", "as-Sharaa", "el-Sharaa" for "al-Sharaa": the Arabic article as
    // each press writes it, assimilated or not.
    const count = forms.length;
    for (let f = 0; f < count; f++) {
      const form = forms[f]!;
      if (form.kind !== 'name' && form.kind !== 'short') continue;
      for (let at = 0; at < form.keys.length - 1; at++) {
        for (const variant of this.articleVariants(form.keys[at]!, form.keys[at + 1]!)) {
          const keys = form.keys.slice();
          keys[at] = variant;
          if (find(form.kind, keys)) continue;
          push({ entity, kind: form.kind, keys, upperFirst: form.upperFirst, dotEnd: form.dotEnd, glued: form.glued, derived: true });
        }
      }
    }
    for (const g of guarded) add(g, ACRONYM_LIKE.test(g) && g.length <= 6 ? 'acronym' : 'guarded');
    // Guarded acronyms (IS) keep their guard.
    if (guarded.length) {
      const guardedKeys = guarded.map((g) => formKeys(g, 'acronym', table, undefined, false)).filter((keys) => keys !== undefined);
      for (const form of forms) {
        if (form.kind === 'acronym' && guardedKeys.some((keys) => sameKeys(keys, form.keys))) form.kind = 'guarded';
      }
    }
    return forms;
  }

  /** The key id of a word's adjective slot ("ballistisch~" for "ballistische"), -1 if none. */
  private adjectiveSlot(id: number): number {
    if (id >= this.slots.length) {
      const grown = new Int32Array(Math.max(id + 1, this.slots.length * 2));
      grown.set(this.slots);
      this.slots = grown;
    }
    let slot = this.slots[id]!;
    if (slot === 0) {
      const word = this.table.keys[id]!;
      const key = word.startsWith(CAPITALS_MARK) ? undefined : adjectiveSlot(word);
      slot = key === undefined ? -1 : this.table.idOf(key) + 1;
      this.slots[id] = slot;
    }
    return slot < 0 ? -1 : slot - 1;
  }

  /** The other endings of a Slavic surname in -skyj/-skyi/-sky/-ski …, -nyj/-nyi, as key ids; null if it has none. */
  private surnameEndings(id: number): number[] | null {
    let variants = this.endings.get(id);
    if (variants === undefined) {
      const key = this.table.keys[id]!;
      const sky = SKY_SURNAME.exec(key);
      const match = sky ?? NYJ_SURNAME.exec(key);
      variants = match ? (sky ? SKY_ENDINGS : NYJ_ENDINGS).filter((ending) => ending !== match[2]).map((ending) => this.table.idOf(match[1] + ending)) : null;
      this.endings.set(id, variants);
    }
    return variants;
  }

  /**
   * The other spellings of an Arabic article (key id `article`) before the word `next`, as key ids:
   * al, el and, before a sun letter, the assimilated article ("asch-Scharaa", "ash-Sharaa",
   * "as-Sharaa", "at-Tanf", "an-Nusra"). None if `article` is no article before that word ("as"
   * before "Sharaa" is one, before "Iran" not).
   */
  private articleVariants(article: number, next: number): number[] {
    const key = this.table.keys[article]!;
    const word = this.table.keys[next]!;
    const sun = SUN_LETTERS.find(([start]) => word.startsWith(start));
    const spellings = ['al', 'el', ...(sun?.[1] ?? [])];
    if (!spellings.includes(key) || word.length < 3) return [];
    return spellings.filter((spelling) => spelling !== key).map((spelling) => this.table.idOf(spelling));
  }

  /**
   * A name's German spellings as key ids: every word as the German press writes it, once with an
   * s between vowels kept single and once doubled ("Musawi", "Mussawi"). None if no word changes.
   */
  private germanForms(keys: readonly number[]): number[][] {
    let changed = false;
    const first = keys.slice();
    const second = keys.slice();
    for (let i = 0; i < keys.length; i++) {
      let spellings = this.germanKeys.get(keys[i]!);
      if (spellings === undefined) {
        const german = germanSpellings(this.table.keys[keys[i]!]!);
        spellings = german.length ? german.map((word) => this.table.idOf(word)) : null;
        this.germanKeys.set(keys[i]!, spellings);
      }
      if (!spellings) continue;
      changed = true;
      first[i] = spellings[0]!;
      second[i] = spellings[spellings.length - 1]!;
    }
    if (!changed) return [];
    return sameKeys(first, second) ? [first] : [first, second];
  }

  private givenNameVariants(id: number): number[] | null {
    let variants = this.variants.get(id);
    if (variants === undefined) {
      const names = GIVEN_NAME_VARIANTS.get(this.table.keys[id]!);
      variants = names ? names.map((name) => this.table.idOf(name)) : null;
      this.variants.set(id, variants);
    }
    return variants;
  }
}

/** The states whose people's and bodies' names the press transliterates from Arabic or Persian. */
export const ARABIC_NAMED_STATES: ReadonlySet<string> = new Set([
  'iran', 'iraq', 'syria', 'lebanon', 'yemen', 'palestine', 'saudi-arabia', 'united-arab-emirates', 'qatar',
  'bahrain', 'kuwait', 'oman', 'jordan', 'egypt', 'libya', 'sudan', 'afghanistan',
]);

/** Whether an entity's names come from Arabic or Persian: it has a name in either, or belongs to such a state. */
export function namedInArabic(entity: Entity): boolean {
  return entity.names.ar !== undefined || entity.names.fa !== undefined || (entity.links ?? []).some((link) => link.rel !== 'related-to' && ARABIC_NAMED_STATES.has(link.to));
}

/**
 * The German press spellings of one word (a key) of an Arabic or Persian name in English
 * transliteration: ch → tsch (Araghchi), kh → ch (Khatib), sh → sch, j → dsch (Larijani), z → s
 * (Zarif), v → w (Vahidi), ou → u (Mousavi), q → k (Qassem), y before a vowel → j (Yahya), ey →
 * ei (Heydari), aei → ai (Baghaei). The last one also with a single s between vowels doubled, as
 * German writes it to keep it voiceless (Massud, Mussawi, Kassem); an s made from z stays single
 * (Kasemi). None for a word already German (Schamchani) or one that stays the same.
 */
export function germanSpellings(word: string): string[] {
  if (word.includes('sch') || word.endsWith(ADJECTIVE_MARK) || word.startsWith(ACRONYM_MARK) || !/^[a-z]+$/.test(word)) return [];
  const german = word
    .replace(/ch/g, 'tsch').replace(/kh/g, 'ch').replace(/sh/g, 'sch').replace(/dj|j/g, 'dsch')
    // S: an s made from z, which is never doubled.
    .replace(/zz/g, 'SS').replace(/z/g, 'S').replace(/v/g, 'w').replace(/ou/g, 'u').replace(/q/g, 'k')
    .replace(/aei/g, 'ai').replace(/yy/g, 'jj').replace(/y(?=[aeiou])/g, 'j').replace(/ey(?![aeiou])/g, 'ei');
  const single = german.toLowerCase();
  const doubled = german.replace(/([aeiou])s(?=[aeiou])/g, '$1ss').toLowerCase();
  const spellings: string[] = [];
  if (single !== word) spellings.push(single);
  if (doubled !== single && doubled !== word) spellings.push(doubled);
  return spellings;
}

/** The surface forms of one entity, with a KeyTable of its own (tests and tools; compile shares one). */
export function formsOf(entity: Entity): Form[] {
  return new FormMaker().of(entity);
}

/**
 * British and American spellings of the words of unit and body names: the press of either side
 * writes the other's name its own way. Not "Labour"/"Labor": Britain's party is not Israel's.
 */
const SPELLINGS: ReadonlyArray<readonly [RegExp, (match: string, ...groups: string[]) => string]> = [
  [/\b([Mm]echani|[Mm]otori|[Oo]rgani|[Mm]oderni|[Ss]peciali)([sz])(ed|ation|ations)\b/g, (_, stem, s, tail) => stem + (s === 's' ? 'z' : 's') + tail],
  [/\b([Dd]efen)([cs])e\b/g, (_, stem, c) => stem + (c === 'c' ? 's' : 'c') + 'e'],
  [/\b([Aa]rmo)(u?)r(ed|s)?\b/g, (_, stem, u, tail) => stem + (u ? '' : 'u') + 'r' + (tail ?? '')],
  [/\b([Cc]ent)(re|er)\b/g, (_, stem, tail) => stem + (tail === 're' ? 'er' : 're')],
];

/** Whether a name has any of the words SPELLINGS swaps: one test instead of four replacements. */
const SPELLING_HINT = new RegExp(SPELLINGS.map(([pattern]) => pattern.source).join('|'));

/** A unit's English name: "20th Guards Motor Rifle Division" → number, Guards, arm, unit. */
const UNIT_NAME = /^(\d+)(?:st|nd|rd|th) (Guards )?(Motor Rifle|Air Assault|Airborne|Spetsnaz|Naval Infantry|Tank) (Division|Brigade|Regiment)$/;

/** German press words for an arm of service, before the unit's word ("Motorschützendivision", "Speznas-Brigade"). */
const GERMAN_ARMS: Record<string, string[]> = {
  'Motor Rifle': ['Motorschützen', 'Motorisierte Schützen'],
  'Air Assault': ['Luftsturm'],
  Airborne: ['Luftlande', 'Fallschirmjäger'],
  Spetsnaz: ['Speznas-', 'Spezialkräfte'],
  'Naval Infantry': ['Marineinfanterie'],
  Tank: ['Panzer'],
};

/**
 * The German press's names of a unit the base names in English only: "20. Motorschützendivision"
 * and "20. Garde-Motorschützendivision" for the 20th Guards Motor Rifle Division, "45.
 * Speznas-Brigade". A tank unit only as Guards: "10. Panzerdivision" is the Bundeswehr's.
 */
/** A German plant's or base's name of the shape "<Anlage> <Ort>": the press writes them with "von" too. */
const SITED = /^((?:Öl|Erdöl)?[Rr]affinerie|(?:Wärme|Atom|Wasser|Heiz)?[Kk]raftwerk|Luftwaffenstützpunkt|Militärflugplatz|Flugplatz) (\p{Lu}[\p{L}-]+)$/u;

/** "Raffinerie von Rjasan" and "Ölraffinerie von Rjasan" for "Raffinerie Rjasan", "Kraftwerk von Burschtyn" for "Kraftwerk Burschtyn". */
function sitedNames(name: string): string[] {
  const match = SITED.exec(name.trim());
  if (!match) return [];
  const [, plant, place] = match;
  return plant === 'Raffinerie' ? [`Raffinerie von ${place}`, `Ölraffinerie von ${place}`, `Ölraffinerie ${place}`] : [`${plant} von ${place}`];
}

function germanUnitNames(entity: Entity): string[] {
  if (entity.type !== 'organization' || !entity.names.en) return [];
  const match = UNIT_NAME.exec(entity.names.en);
  if (!match) return [];
  const [, number, guards, arm, unit] = match;
  const names: string[] = [];
  for (const word of GERMAN_ARMS[arm!]!) {
    const german = word.endsWith('-') ? word + unit : word + unit!.toLowerCase();
    if (arm !== 'Tank') names.push(`${number}. ${german}`);
    if (guards) names.push(`${number}. Garde-${german}`);
  }
  return names;
}

/**
 * A German genitive after "des" with its other ending: "Militärverwaltung des Gebiets Kiew" ↔ "des
 * Gebietes", "des Generalstabes" ↔ "des Generalstabs". Only stems that end in a plosive or an f:
 * "des Ministeriums", "des Wagens" and "des Hauses" have one ending only.
 */
function otherGenitive(name: string): string | undefined {
  const other = name.replace(GENITIVE_AFTER_DES, (_, stem: string, e: string) => `des ${stem}${e ? '' : 'e'}s`);
  return other === name ? undefined : other;
}

const GENITIVE_AFTER_DES = /(?<![\p{L}\p{N}])des (\p{Lu}\p{L}*[tdkgfbp])(e?)s(?![\p{L}\p{N}])/u;

/** The name in the other side's spelling ("Mechanised" ↔ "Mechanized"), undefined if it has none. */
function otherSpelling(name: string): string | undefined {
  // "Danish Defence" (the armed forces) would make "Danish Defense Minister" theirs.
  if (!SPELLING_HINT.test(name) || /^\S+ [Dd]efen[cs]e$/.test(name)) return undefined;
  let other = name;
  for (const [pattern, swap] of SPELLINGS) other = other.replace(pattern, swap);
  return other === name ? undefined : other;
}

/** A number for a form's kind and keys, to find its twins by. */
function formHash(kind: FormKind, keys: readonly number[]): number {
  let hash = kind.length * 0x9e3779b1;
  for (let i = 0; i < keys.length; i++) hash = Math.imul(hash ^ keys[i]!, 0x01000193);
  return hash;
}

export function sameKeys(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
  'stellvertreter', 'stellvertreterin', 'kommissar', 'kommissarin', 'inspekteur', 'leutnant', 'sohn', 'tochter', 'bruder', 'schwester', 'witwe', 'vater', 'mutter', 'ehefrau',
  // English titles, capitalised before a name
  'leader', 'president', 'secretary', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'commander',
  'chief', 'colonel', 'king', 'prince', 'sheikh', 'ayatollah', 'pope', 'rabbi', 'speaker', 'mayor', 'governor', 'judge',
  'justice', 'director', 'envoy', 'lawmaker', 'senator', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gen', 'adm', 'lt', 'col',
  'maj', 'capt', 'sgt', 'gov', 'son', 'daughter', 'brother', 'sister', 'widow', 'father', 'mother', 'wife', 'husband',
  'captain', 'crown', 'grand', 'lord', 'sir', 'queen', 'princess', 'metropolitan', 'metropolit', 'königin', 'papa',
  'chairman', 'chairwoman', 'chairperson', 'marshal', 'commissioner', 'deputy', 'representative', 'congressman', 'congresswoman',
  'prosecutor', 'attorney', 'officer', 'comrade', 'professor', 'prof', 'major', 'lieutenant', 'sergeant', 'sayyed', 'sayyid', 'hojatoleslam', 'rev', 'brig', 'cmdr',
  'митрополит', 'патриарх',
].map(normalizeWord);


/**
 * Whether a word is a title or office before a name rather than a first name: "Verteidigungsminister",
 * "des Präsidenten", "Gesandten", "Mr". Short endings count only as the whole word.
 */
export function isTitleWord(key: string): boolean {
  if (SHORT_TITLES.has(key)) return true;
  // Candidates by their last three letters: one Map lookup instead of a pass over every title.
  for (const ending of TITLES_BY_TAIL.get(key.slice(-3)) ?? []) if (key.endsWith(ending)) return true;
  return false;
}

/**
 * A given name's key with the letters that transliterations disagree on made one: "Mychajlo",
 * "Mychailo" and "Mykhailo"; "Jahya" and "Yahya"; "Achmad" and "Ahmed"; "Wladimir" and
 * "Vladimir". Vowels keep their class (o and u, a and e, i, y and j), so that "Hassan" stays
 * apart from "Hussein" and "Hamid" from "Hamad".
 */
export function givenNameKey(key: string): string {
  const folded = key
    .replace(/dsch|dzh/g, 'j')
    .replace(/tsch|tch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/kh|ch/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck|[qc]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/o/g, 'u')
    .replace(/e/g, 'a')
    .replace(/[jy]/g, 'i')
    .replace(/(.)\1+/g, '$1');
  // "Abdullah", "Abdulla".
  return folded.length > 3 && folded.endsWith('h') ? folded.slice(0, -1) : folded;
}

/**
 * Words some outlets write small on purpose: Ukrainian media in English write "russia", "the
 * russian army". Names that begin with them count in lower case too.
 */
export const SMALL_ON_PURPOSE: ReadonlySet<string> = new Set(['russia', 'russian', 'russians']);

/** Acronyms the press may write with dots: three to six capital letters. */
const DOTTED_ACRONYM = /^[A-Z]{3,6}$/;

/**
 * Words that open a name without being a given name: "Abu Ghraib" is no Abu Azzam Gharib; "Abdul"
 * and "Abdel" open one ("Abdul Salam", "Abdel Fattah"): "Mustafa Abdul Jaber" is no Abdul Salam Jaber.
 */
const NAME_PARTICLES = new Set(['abu', 'umm', 'um', 'bin', 'ibn', 'bint', 'ben', 'al', 'el', 'de', 'da', 'di', 'van', 'von', 'mac', 'mc', 'le', 'la', 'abdul', 'abdel', 'abd', 'abdol', 'abdur']);

/**
 * The given names of a person, by givenNameKey(): the first word of each name of two words or more
 * in Latin letters, not a title ("General", "Sheikh"), a particle ("Abu") or an initial.
 */
export function givenNamesOf(entity: Entity): string[] {
  const keys = new Set<string>();
  for (const name of [...Object.values(entity.names), ...(entity.aliases ?? [])]) {
    const space = name?.indexOf(' ') ?? -1;
    if (space < 2) continue;
    const word = name!.slice(0, space);
    let key = GIVEN_KEYS.get(word);
    if (key === undefined) GIVEN_KEYS.set(word, (key = givenKeyOfWord(word)));
    if (key !== '') keys.add(key);
  }
  return [...keys];
}

/** givenNameKey() of a name's first word as written, '' if it is no given name: thousands of persons share a few hundred. */
const GIVEN_KEYS = new Map<string, string>();

function givenKeyOfWord(word: string): string {
  if (!/^\p{Script=Latin}+$/u.test(word)) return '';
  const key = normalizeWord(word);
  return isTitleWord(key) || NAME_PARTICLES.has(key) ? '' : givenNameKey(key);
}

/** The title words of an entity's roles: "Verteidigungsminister Israels" → verteidigungsminister. */
export function titlesOf(entity: Entity): string[] {
  // "Machthaber Kim" is the ruler now, not his father or grandfather: ruler's titles go to a head of
  // state whose roles are not all over.
  const ruling = entity.subtype === 'head-of-state' && (!entity.roles?.length || entity.roles.some((role) => !role.to));
  const words = new Set<string>(ruling ? RULER_TITLES : []);
  // "General Salami" when another Salami is a politician: a rank before the surname names the soldier.
  if (entity.subtype === 'military') words.add(RANK_TITLE);
  for (const role of entity.roles ?? []) {
    for (const title of [role.title.de, role.title.en]) {
      for (const word of title.split(/[\s\-‐]+/)) {
        const key = normalizeWord(word);
        if (key.length > 3 && isTitleWord(key)) words.add(key);
      }
      // A head of government is "Regierungschef" and "Premier" too: "bei Regierungschef al-Thani".
      if (HEAD_OF_GOVERNMENT.test(title)) for (const synonym of HEAD_OF_GOVERNMENT_TITLES) words.add(synonym);
    }
  }
  return [...words];
}

/** A head of government's role title, and the words the press uses for it besides. */
const HEAD_OF_GOVERNMENT = /ministerpräsident|premierminister|prime minister|regierungschef/i;
const HEAD_OF_GOVERNMENT_TITLES = ['ministerprasident', 'premierminister', 'regierungschef', 'premier'];

/**
 * Whether `key` is the title `title` or an inflection of it, or of a compound if the title is one
 * ("Bundesverteidigungsministers" for "verteidigungsminister"). A bare generic title stands for
 * itself only: a Deputy Prime "Minister" is no "Außenminister".
 */
export function isTitleOf(key: string, title: string): boolean {
  if (title === RANK_TITLE) return RANKS.has(key);
  if (GENERIC_TITLES.has(title)) return TITLE_INFLECTIONS.some((tail) => key === title + tail);
  return TITLE_INFLECTIONS.some((tail) => key.endsWith(title + tail));
}

/** The title of every soldier: any military rank (RANKS). */
const RANK_TITLE = '@rank';
/** Military ranks before a surname, as the German and English press write them, inflected. */
const RANKS = new Set(
  ['general', 'generals', 'generalmajor', 'generalmajors', 'generalleutnant', 'generalleutnants', 'generaloberst', 'generalobersts', 'brigadegeneral',
    'brigadegenerals', 'admiral', 'admirals', 'konteradmiral', 'vizeadmiral', 'oberst', 'obersts', 'oberstleutnant', 'colonel', 'brigadier', 'gen', 'adm',
    'col', 'brig', 'major', 'maj', 'lieutenant', 'lt', 'commander', 'kommandeur', 'kommandeurs', 'marshal', 'marschall', 'marschalls'],
);

/** What the press calls a head of state before the bare surname: "Machthaber Kim", "Staatschef Xi". */
const RULER_TITLES = ['machthaber', 'diktator', 'herrscher', 'staatschef', 'staatsoberhaupt', 'alleinherrscher', 'leader', 'dictator', 'ruler'];

/** German endings a title takes in a sentence: "des Präsidenten", "des Ministers", "dem Gesandten". */
const TITLE_INFLECTIONS = ['', 's', 'n', 'en', 'es'];
const GENERIC_TITLES = new Set(TITLE_ENDINGS);
/** Titles of up to three letters ("mr", "gen") count only as the whole word. */
const SHORT_TITLES = new Set(TITLE_ENDINGS.filter((ending) => ending.length <= 3));
const TITLES_BY_TAIL = new Map<string, string[]>();
for (const ending of TITLE_ENDINGS) {
  if (ending.length <= 3) continue;
  for (const inflection of TITLE_INFLECTIONS) {
    const form = ending + inflection;
    const tail = form.slice(-3);
    TITLES_BY_TAIL.set(tail, [...(TITLES_BY_TAIL.get(tail) ?? []), form]);
  }
}

/** Particles inside names that are no first names: "al-Assad", "bin Salman", "von der Leyen". */
const PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'bin', 'ibn', 'abu', 'abd', 'von', 'van', 'der', 'den', 'de', 'di', 'da', 'du', 'le', 'la', 'mc', 'ben', 'bar']);

/**
 * Common given names of the languages this field's news is about, beside the first names of the
 * base's own persons: a surname after one of them belongs to someone else ("Jelena Putin").
 */
const COMMON_FIRST_NAMES = [
  // German and English
  'anna', 'andreas', 'alexander', 'barbara', 'christian', 'christina', 'daniel', 'david', 'elisabeth', 'emma', 'eva', 'frank',
  'georg', 'hans', 'heinz', 'helmut', 'jan', 'jens', 'johann', 'johannes', 'jonas', 'julia', 'jürgen', 'karl', 'katharina',
  'klaus', 'lena', 'lukas', 'maria', 'markus', 'martin', 'matthias', 'michael', 'monika', 'paul', 'peter', 'petra', 'ralf',
  'sabine', 'sebastian', 'stefan', 'stephan', 'susanne', 'thomas', 'tobias', 'ursula', 'uwe', 'werner', 'wolfgang',
  'james', 'john', 'robert', 'william', 'richard', 'joseph', 'charles', 'mary', 'patricia', 'jennifer', 'linda', 'elizabeth',
  'susan', 'jessica', 'sarah', 'karen', 'nancy', 'lisa', 'george', 'kevin', 'brian', 'edward', 'ronald', 'anthony', 'mark',
  'steven', 'andrew', 'joshua', 'kenneth', 'emily', 'melania', 'ivanka', 'eric', 'lara', 'hunter', 'jill', 'kim',
  'oscar', 'max', 'leon', 'felix', 'tim', 'tom', 'ben', 'sam', 'jack', 'harry', 'charlie', 'oliver', 'noah', 'liam',
  'lucas', 'elias', 'finn', 'emil', 'jakob', 'moritz', 'niklas', 'simon', 'florian', 'fabian', 'dominik', 'sven', 'lars',
  'kai', 'nina', 'laura', 'katrin', 'sandra', 'claudia', 'nicole', 'stefanie', 'andrea', 'birgit', 'heike', 'anja',
  'tanja', 'serena', 'novak', 'rafael', 'roger', 'andy', 'lionel', 'cristiano', 'diego', 'pablo', 'carlos', 'luis',
  'jose', 'juan', 'miguel', 'marco', 'luca', 'matteo', 'giovanni', 'pierre', 'jean', 'louis', 'marie', 'sophie',
  'camille', 'nicolas', 'antoine', 'hugo', 'daniil', 'steve', 'mike', 'chris', 'matt', 'dan', 'joe', 'bob', 'bill',
  // Russian, Ukrainian, Belarusian
  'jelena', 'yelena', 'elena', 'olga', 'natalja', 'natalia', 'tatjana', 'tatiana', 'irina', 'swetlana', 'svetlana',
  'ljudmila', 'lyudmila', 'marina', 'anastasia', 'jekaterina', 'yekaterina', 'ekaterina', 'iwan', 'ivan', 'igor', 'oleg',
  'boris', 'pjotr', 'pyotr', 'nikita', 'roman', 'denis', 'maxim', 'maksim', 'artjom', 'artyom', 'wiktor', 'viktor', 'anton',
  'ilja', 'ilya', 'oksana', 'olena', 'taras', 'bohdan', 'mykola', 'petro', 'andrij', 'andriy', 'daniil', 'danila', 'arkadi',
  'arkady', 'jaroslaw', 'yaroslav', 'stanislaw', 'stanislav', 'wladislaw', 'vladislav', 'alina', 'darja', 'daria', 'polina',
  // Arabic, Persian, Hebrew
  'mohammed', 'muhammad', 'mohammad', 'ahmed', 'ahmad', 'mahmoud', 'mustafa', 'omar', 'umar', 'khaled', 'khalid', 'hassan',
  'hussein', 'ali', 'ibrahim', 'yusuf', 'youssef', 'fatima', 'aisha', 'rifaat', 'maher', 'asma', 'hafez', 'bashar', 'faisal',
  'saud', 'salman', 'abdulaziz', 'abdelaziz', 'nasser', 'hamad', 'tamim', 'zayed', 'khalifa', 'sultan', 'mansour', 'hamza',
  'kamal', 'kamel', 'faraj', 'jamal', 'walid', 'tariq', 'samir', 'karim', 'nabil', 'adel', 'saeed', 'rami', 'fadi',
  'reza', 'hamid', 'mehdi', 'mahdi', 'hossein', 'hosein', 'zahra', 'maryam', 'narges',
  'moshe', 'yosef', 'yossi', 'avi', 'avraham', 'yitzhak', 'shimon', 'yaakov', 'noa', 'tamar', 'shira', 'yael', 'ariel',
];

/** COMMON_FIRST_NAMES as keys, made on first use. */
let commonFirstNames: string[] | undefined;
function commonFirstNameKeys(): string[] {
  return (commonFirstNames ??= COMMON_FIRST_NAMES.map(normalizeWord));
}

/**
 * Capitalised words that are no given names even where a name in the base begins with them: months,
 * and German nouns before a genitive ("der Tod Nasrallahs" is no "Tod" Nasrallah).
 */
const NOT_FIRST_NAMES = new Set(['may', 'june', 'april', 'august', 'march', 'tod', 'art']);

/**
 * The first names that mark a following surname as someone else's: the first words of the base's
 * person names (`firstWords`, as keys; not particles, titles, months, or names of states and bodies
 * such as "Israel" in "Israel Katz") and the common given names above.
 */
export function firstNamesOf(firstWords: ReadonlySet<string>, otherNames: ReadonlySet<string>): Set<string> {
  const names = new Set(commonFirstNameKeys());
  for (const first of firstWords) {
    if (first.length < 3 || PARTICLES.has(first) || NOT_FIRST_NAMES.has(first) || otherNames.has(first)) continue;
    if (/\d/.test(first) || isTitleWord(first)) continue;
    names.add(first);
  }
  return names;
}
