// What the hover card shows about an entity, in the reader's language: plain strings, no markup.
// Pure: entity facts in, display strings out; cross-article data is added by the card's host.
import type { Entity, EntityType, Lang, Subtype } from '../kb/types';

export type UiLang = 'de' | 'en';

export interface CardRole {
  title: string;
  /** Name of the body or state the role belongs to, when the base knows it. */
  of?: string;
  /** "seit Mai 2024", "2012–2024": the dates as a reader says them. */
  period?: string;
}

export interface CardEntity {
  id: string;
  type: EntityType;
  name: string;
  typeLabel: string;
  subtypeLabel?: string;
  description: string;
  roles: CardRole[];
  /** Names in German, English and Russian other than the one shown as `name`. */
  otherNames: Array<{ lang: Lang; name: string }>;
}

export function uiLanguage(language: string | undefined): UiLang {
  return language?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

const TYPE_LABELS: Record<EntityType, Record<UiLang, string>> = {
  person: { de: 'Person', en: 'Person' },
  organization: { de: 'Organisation', en: 'Organisation' },
  state: { de: 'Staat', en: 'State' },
  weapon: { de: 'Waffensystem', en: 'Weapons system' },
};

const SUBTYPE_LABELS: Record<Subtype, [de: string, en: string]> = {
  politician: ['Politiker/in', 'Politician'],
  'head-of-state': ['Staatsoberhaupt', 'Head of state'],
  military: ['Militär', 'Military officer'],
  official: ['Funktionär/in', 'Official'],
  diplomat: ['Diplomat/in', 'Diplomat'],
  'spy-chief': ['Geheimdienstchef/in', 'Spy chief'],
  'militia-leader': ['Milizführer', 'Militia leader'],
  spokesperson: ['Sprecher/in', 'Spokesperson'],
  businessman: ['Unternehmer/in', 'Businessperson'],
  cleric: ['Geistlicher', 'Cleric'],
  'government-body': ['Regierungsorgan', 'Government body'],
  'security-body': ['Sicherheitsorgan', 'Security body'],
  'intelligence-service': ['Nachrichtendienst', 'Intelligence service'],
  'armed-forces': ['Streitkräfte', 'Armed forces'],
  'armed-group': ['Bewaffnete Gruppe', 'Armed group'],
  party: ['Partei', 'Party'],
  'international-organization': ['Internationale Organisation', 'International organisation'],
  'news-agency': ['Nachrichtenagentur', 'News agency'],
  company: ['Unternehmen', 'Company'],
  'think-tank': ['Denkfabrik', 'Think tank'],
  state: ['Staat', 'State'],
  missile: ['Rakete', 'Missile'],
  'ballistic-missile': ['Ballistische Rakete', 'Ballistic missile'],
  'cruise-missile': ['Marschflugkörper', 'Cruise missile'],
  'hypersonic-missile': ['Hyperschallrakete', 'Hypersonic missile'],
  drone: ['Drohne', 'Drone'],
  'loitering-munition': ['Kamikazedrohne', 'Loitering munition'],
  aircraft: ['Flugzeug', 'Aircraft'],
  helicopter: ['Hubschrauber', 'Helicopter'],
  'air-defence': ['Luftabwehr', 'Air defence'],
  'rocket-artillery': ['Raketenartillerie', 'Rocket artillery'],
  artillery: ['Artillerie', 'Artillery'],
  tank: ['Kampfpanzer', 'Tank'],
  'armoured-vehicle': ['Panzerfahrzeug', 'Armoured vehicle'],
  ship: ['Schiff', 'Ship'],
  'weapon-class': ['Waffengattung', 'Weapon class'],
};

const MONTHS: Record<UiLang, string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2024" → "2024", "2024-05" → "Mai 2024", "2024-05-12" → "12. Mai 2024" / "12 May 2024". */
export function formatPartialDate(date: string, lang: UiLang): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[lang][Number(month) - 1] : undefined;
  if (!year || !monthName) return date;
  if (!day) return `${monthName} ${year}`;
  return lang === 'de' ? `${Number(day)}. ${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

export function formatPeriod(from: string | undefined, to: string | undefined, lang: UiLang): string | undefined {
  if (from && to) return `${formatPartialDate(from, lang)} – ${formatPartialDate(to, lang)}`;
  if (from) return `${lang === 'de' ? 'seit' : 'since'} ${formatPartialDate(from, lang)}`;
  if (to) return `${lang === 'de' ? 'bis' : 'until'} ${formatPartialDate(to, lang)}`;
  return undefined;
}

/** The card's facts about an entity; `nameOf` resolves ids of related entities (roles' bodies). */
export function cardEntity(entity: Entity, lang: UiLang, nameOf: (id: string) => string | undefined = () => undefined): CardEntity {
  const name = entity.names[lang];
  const otherNames: CardEntity['otherNames'] = [];
  for (const other of ['de', 'en', 'ru'] as const) {
    const value = entity.names[other];
    if (value && value !== name && !otherNames.some((known) => known.name === value)) otherNames.push({ lang: other, name: value });
  }
  return {
    id: entity.id,
    type: entity.type,
    name,
    typeLabel: TYPE_LABELS[entity.type][lang],
    subtypeLabel: entity.subtype && entity.subtype !== 'state' ? SUBTYPE_LABELS[entity.subtype]?.[lang === 'de' ? 0 : 1] : undefined,
    description: entity.description[lang],
    roles: (entity.roles ?? []).map((role) => ({
      title: role.title[lang],
      of: role.of ? nameOf(role.of) : undefined,
      period: formatPeriod(role.from, role.to, lang),
    })),
    otherNames,
  };
}
