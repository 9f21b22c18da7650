// The shape of the curated knowledge base: what an entity is, how it is named and how it relates.
// Data only; the matcher derives its patterns from these fields and nothing else.

export type EntityType = 'person' | 'organization' | 'state' | 'weapon';

export type Subtype =
  // persons
  | 'politician' | 'head-of-state' | 'military' | 'official' | 'diplomat' | 'spy-chief' | 'militia-leader' | 'spokesperson' | 'businessman' | 'cleric'
  // organizations
  | 'government-body' | 'security-body' | 'intelligence-service' | 'armed-forces' | 'armed-group' | 'party'
  | 'international-organization' | 'news-agency' | 'company' | 'think-tank'
  // states
  | 'state'
  // weapons
  | 'missile' | 'ballistic-missile' | 'cruise-missile' | 'hypersonic-missile' | 'drone' | 'loitering-munition'
  | 'aircraft' | 'helicopter' | 'air-defence' | 'rocket-artillery' | 'artillery' | 'tank' | 'armoured-vehicle' | 'ship' | 'weapon-class';

/** Language codes for names: ISO 639-1. de and en are required for every entity. */
export type Lang = 'de' | 'en' | 'ru' | 'uk' | 'be' | 'fa' | 'ar' | 'he' | 'ko' | 'fr' | 'tr';

/** A partial date as a reader would state it: "2024", "2024-05" or "2024-05-12". */
export type PartialDate = string;

export interface Role {
  title: { de: string; en: string };
  /** Entity id of the body or state the role belongs to, where it is in the base. */
  of?: string;
  from?: PartialDate;
  /** Absent while the role is held. */
  to?: PartialDate;
}

export type LinkRel =
  | 'citizen-of'    // person → state
  | 'member-of'     // person → organization
  | 'leads'         // person → organization or state
  | 'part-of'       // organization → organization or state (Quds Force → IRGC, FSB → Russia)
  | 'allied-with'   // organization → organization
  | 'made-by'       // weapon → state or company
  | 'used-by'       // weapon → state or organization
  | 'variant-of'    // weapon → weapon (Geran-2 ≈ Shahed-136 is an alias, not a variant)
  | 'instance-of'   // weapon → weapon class (Iskander → ballistic-missile)
  | 'related-to';   // anything else a reader would want to follow

export interface Link {
  rel: LinkRel;
  to: string;
}

export interface Entity {
  /** Stable, readable slug: "sergei-shoigu", "irgc", "shahed-136", "iran". Never reused or renamed. */
  id: string;
  type: EntityType;
  subtype?: Subtype;
  /** Display names; every one is also matched. de and en required. */
  names: Partial<Record<Lang, string>> & { de: string; en: string };
  /**
   * Further surface forms matched like names, case- and diacritic-insensitively: transliterations
   * (Schoigu, Shoigu, Shoygu, Choïgou), unambiguous surnames (Putin), short forms (Quds-Truppe).
   */
  aliases?: string[];
  /** Abbreviations matched case-sensitively only: IRGC, SNSC, KSIR, FSB, IS. */
  acronyms?: string[];
  /**
   * Forms that count only after one of the entity's full names or aliases appeared earlier in the
   * same text: common or shared surnames (Kim, Ali, Assad for a relative).
   */
  shortForms?: string[];
  /**
   * Forms that are also ordinary words or other things (Patriot, Wagner, Hamas in other senses, IS):
   * matched only with a cue nearby (one of `cues` or of the subtype's default cue words within a few
   * words), as part of a compound (Patriot-System), or after an unguarded name of the entity.
   */
  guarded?: string[];
  /** Extra cue words for the guarded forms, lower-case, any language. */
  cues?: string[];
  /**
   * 'text': the guarded forms also count when two different cue words stand anywhere in the text,
   * for names that are rarely anything else in a text about the field (Hamas, not Hama's). Never
   * for ordinary words (Bild, Patriot): any newspaper page has two of their cue words somewhere.
   */
  cueScope?: 'text';
  /** Adjective stems a reader takes as naming the entity (iranisch → Iran). German endings are added. */
  adjectives?: { de?: string[]; en?: string[] };
  description: { de: string; en: string };
  /**
   * false for generic classes kept for links and the card but not highlighted in text (fighter
   * aircraft, nuclear weapon): a reader does not want every "Drohne" marked.
   */
  highlight?: false;
  roles?: Role[];
  links?: Link[];
}
