// All states of ISO 3166-1 as entities: names in de, en, ru and uk from i18n-iso-countries, with
// hand-kept ids, aliases, adjectives and descriptions for the states of these conflicts. Data only.
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import uk from 'i18n-iso-countries/langs/uk.json';
import type { Entity } from './types';


interface StateFacts {
  id: string;
  de: string;
  en: string;
  aliases?: string[];
  /** Abbreviations the press uses beside the ISO names' own (DPRK, ROK, KSA). */
  acronyms?: string[];
  guarded?: string[];
  cues?: string[];
  adjectives?: { de?: string[]; en?: string[] };
  description?: { de: string; en: string };
}

/** The states a reader of this field meets daily, by ISO 3166-1 alpha-2 code. */
const CONFLICT_STATES: Record<string, StateFacts> = {
  RU: {
    id: 'russia', de: 'Russland', en: 'Russia', aliases: ['Russische Föderation', 'Russian Federation'],
    adjectives: { de: ['russisch'], en: ['Russian'] },
    description: { de: 'Föderation in Osteuropa und Nordasien; führt seit Februar 2022 einen Angriffskrieg gegen die Ukraine.', en: 'Federation spanning Eastern Europe and northern Asia; at war with Ukraine since its full-scale invasion in February 2022.' },
  },
  IR: {
    id: 'iran', de: 'Iran', en: 'Iran', aliases: ['Islamische Republik Iran', 'Islamic Republic of Iran', 'Islamische Republik', 'Islamic Republic', 'Persien'],
    adjectives: { de: ['iranisch'], en: ['Iranian'] },
    description: { de: 'Islamische Republik in Westasien; liefert Russland Drohnen und stützt Milizen in der Region.', en: 'Islamic Republic in Western Asia; supplies drones to Russia and backs armed groups across the region.' },
  },
  UA: {
    id: 'ukraine', de: 'Ukraine', en: 'Ukraine',
    adjectives: { de: ['ukrainisch'], en: ['Ukrainian'] },
    description: { de: 'Staat in Osteuropa; verteidigt sich seit 2014 und in vollem Umfang seit 2022 gegen Russland.', en: 'State in Eastern Europe; defending itself against Russia since 2014, and against a full-scale invasion since 2022.' },
  },
  BY: {
    id: 'belarus', de: 'Belarus', en: 'Belarus', aliases: ['Weißrussland', 'Weissrussland', 'Byelorussia'],
    adjectives: { de: ['belarussisch', 'weißrussisch'], en: ['Belarusian'] },
    description: { de: 'Staat in Osteuropa, eng mit Russland verbündet; diente 2022 als Aufmarschgebiet gegen die Ukraine.', en: 'Eastern European state closely allied with Russia; a staging ground for the 2022 invasion of Ukraine.' },
  },
  KP: {
    id: 'north-korea', de: 'Nordkorea', en: 'North Korea', aliases: ['Demokratische Volksrepublik Korea', "Democratic People's Republic of Korea"],
    acronyms: ['DPRK', 'DVRK'],
    adjectives: { de: ['nordkoreanisch'], en: ['North Korean'] },
    description: { de: 'Kommunistische Diktatur auf der koreanischen Halbinsel mit Atomwaffen; liefert Russland Munition und Raketen.', en: 'Nuclear-armed communist dictatorship on the Korean peninsula; supplies Russia with munitions and missiles.' },
  },
  KR: {
    id: 'south-korea', de: 'Südkorea', en: 'South Korea', aliases: ['Republik Korea', 'Republic of Korea'],
    acronyms: ['ROK'],
    adjectives: { de: ['südkoreanisch'], en: ['South Korean'] },
    description: { de: 'Demokratie im Süden der koreanischen Halbinsel, Verbündeter der USA.', en: 'Democracy in the south of the Korean peninsula, allied with the United States.' },
  },
  SY: {
    id: 'syria', de: 'Syrien', en: 'Syria', aliases: ['Arabische Republik Syrien', 'Syrian Arab Republic'],
    adjectives: { de: ['syrisch'], en: ['Syrian'] },
    description: { de: 'Staat in der Levante; nach Bürgerkrieg seit 2011 und Sturz Assads im Dezember 2024 im Umbruch.', en: 'Levantine state; in transition after the civil war from 2011 and the fall of Assad in December 2024.' },
  },
  IL: {
    id: 'israel', de: 'Israel', en: 'Israel', aliases: ['Staat Israel', 'State of Israel'],
    adjectives: { de: ['israelisch'], en: ['Israeli'] },
    description: { de: 'Staat im Nahen Osten; im Krieg mit der Hamas seit Oktober 2023 und im Konflikt mit Iran und der Hisbollah.', en: 'Middle Eastern state; at war with Hamas since October 2023 and in conflict with Iran and Hezbollah.' },
  },
  LB: {
    id: 'lebanon', de: 'Libanon', en: 'Lebanon',
    adjectives: { de: ['libanesisch'], en: ['Lebanese'] },
    description: { de: 'Staat am östlichen Mittelmeer; Basis der Hisbollah.', en: 'State on the eastern Mediterranean; home base of Hezbollah.' },
  },
  YE: {
    id: 'yemen', de: 'Jemen', en: 'Yemen',
    adjectives: { de: ['jemenitisch'], en: ['Yemeni'] },
    description: { de: 'Staat im Süden der Arabischen Halbinsel; der Norden samt Hauptstadt wird von den Huthi kontrolliert.', en: 'State in the south of the Arabian Peninsula; the north and the capital are held by the Houthis.' },
  },
  IQ: {
    id: 'iraq', de: 'Irak', en: 'Iraq',
    adjectives: { de: ['irakisch'], en: ['Iraqi'] },
    description: { de: 'Staat in Westasien; Heimat mehrerer vom Iran unterstützter Milizen.', en: 'Western Asian state; home to several Iran-backed militias.' },
  },
  SA: {
    id: 'saudi-arabia', de: 'Saudi-Arabien', en: 'Saudi Arabia', aliases: ['Königreich Saudi-Arabien', 'Kingdom of Saudi Arabia'],
    acronyms: ['KSA'],
    adjectives: { de: ['saudisch', 'saudi-arabisch'], en: ['Saudi'] },
    description: { de: 'Königreich auf der Arabischen Halbinsel, regionaler Rivale Irans.', en: 'Kingdom on the Arabian Peninsula and Iran’s regional rival.' },
  },
  AE: {
    id: 'united-arab-emirates', de: 'Vereinigte Arabische Emirate', en: 'United Arab Emirates', aliases: ['Vereinigten Arabischen Emirate', 'Vereinigten Arabischen Emiraten'],
    adjectives: { de: ['emiratisch'], en: ['Emirati'] },
    description: { de: 'Föderation von sieben Emiraten am Persischen Golf.', en: 'Federation of seven emirates on the Persian Gulf.' },
  },
  QA: {
    id: 'qatar', de: 'Katar', en: 'Qatar',
    adjectives: { de: ['katarisch'], en: ['Qatari'] },
    description: { de: 'Emirat am Persischen Golf; Vermittler zwischen Israel und der Hamas.', en: 'Gulf emirate; a mediator between Israel and Hamas.' },
  },
  TR: {
    id: 'turkey', de: 'Türkei', en: 'Turkey', aliases: ['Türkiye', 'Turkiye'],
    adjectives: { de: ['türkisch'], en: ['Turkish'] },
    description: { de: 'NATO-Staat zwischen Europa und Asien; Hersteller der Bayraktar-Drohnen.', en: 'NATO member between Europe and Asia; maker of the Bayraktar drones.' },
  },
  EG: {
    id: 'egypt', de: 'Ägypten', en: 'Egypt',
    adjectives: { de: ['ägyptisch'], en: ['Egyptian'] },
    description: { de: 'Staat in Nordafrika mit Grenze zum Gazastreifen; Vermittler im Gaza-Krieg.', en: 'North African state bordering the Gaza Strip; a mediator in the Gaza war.' },
  },
  JO: {
    id: 'jordan', de: 'Jordanien', en: 'Jordan', guarded: ['Jordan'], cues: ['amman', 'jordanian', 'abdullah', 'king', 'könig', 'middle east', 'nahost', 'israel', 'syria', 'iraq', 'border', 'west bank', 'kingdom'],
    adjectives: { de: ['jordanisch'], en: ['Jordanian'] },
    description: { de: 'Königreich im Nahen Osten mit Grenzen zu Israel, Syrien und dem Irak.', en: 'Middle Eastern kingdom bordering Israel, Syria and Iraq.' },
  },
  PS: {
    id: 'palestine', de: 'Palästina', en: 'Palestine', aliases: ['Palästinensische Gebiete', 'Palestinian territories'],
    adjectives: { de: ['palästinensisch'], en: ['Palestinian'] },
    description: { de: 'Staat Palästina: Westjordanland, Ost-Jerusalem und Gazastreifen, von vielen Staaten anerkannt.', en: 'State of Palestine: the West Bank, East Jerusalem and the Gaza Strip, recognised by many states.' },
  },
  CN: {
    id: 'china', de: 'China', en: 'China', aliases: ['Volksrepublik China', "People's Republic of China"],
    // Also the Popular Resistance Committees in Gaza: each needs its context.
    guarded: ['PRC'], cues: ['china', 'chinese', 'beijing', 'peking', 'xi', 'taiwan', 'communist', 'kommunist', 'pla', 'ccp', 'hong kong'],
    adjectives: { de: ['chinesisch'], en: ['Chinese'] },
    description: { de: 'Volksrepublik in Ostasien; wichtigster wirtschaftlicher Partner Russlands.', en: 'People’s Republic in East Asia; Russia’s most important economic partner.' },
  },
  US: {
    id: 'united-states', de: 'Vereinigte Staaten', en: 'United States', aliases: ['Vereinigte Staaten von Amerika', 'United States of America'],
    adjectives: { de: ['amerikanisch', 'us-amerikanisch'], en: ['American'] },
    description: { de: 'Bundesstaat in Nordamerika; führende Macht der NATO und wichtigster Unterstützer der Ukraine bis 2025.', en: 'Federal republic in North America; NATO’s leading power and Ukraine’s main backer until 2025.' },
  },
  GB: {
    id: 'united-kingdom', de: 'Vereinigtes Königreich', en: 'United Kingdom', aliases: ['Großbritannien', 'Great Britain', 'Britain', 'Britannien'],
    acronyms: ['U.K.'],
    adjectives: { de: ['britisch'], en: ['British'] },
    description: { de: 'Inselstaat in Nordwesteuropa; Atommacht und NATO-Mitglied, liefert Storm-Shadow-Marschflugkörper an die Ukraine.', en: 'Island state in north-western Europe; nuclear power and NATO member that supplies Storm Shadow missiles to Ukraine.' },
  },
  DE: {
    id: 'germany', de: 'Deutschland', en: 'Germany', aliases: ['Bundesrepublik Deutschland', 'Bundesrepublik', 'Federal Republic of Germany'],
    adjectives: { de: ['deutsch'], en: ['German'] },
    description: { de: 'Bundesrepublik in Mitteleuropa; zweitgrößter Unterstützer der Ukraine.', en: 'Federal republic in Central Europe; among Ukraine’s largest supporters.' },
  },
  FR: {
    id: 'france', de: 'Frankreich', en: 'France',
    adjectives: { de: ['französisch'], en: ['French'] },
    description: { de: 'Republik in Westeuropa; Atommacht und ständiges Mitglied des UN-Sicherheitsrats.', en: 'Republic in Western Europe; nuclear power and permanent member of the UN Security Council.' },
  },
  PL: {
    id: 'poland', de: 'Polen', en: 'Poland',
    adjectives: { de: ['polnisch'], en: ['Polish'] },
    description: { de: 'NATO-Staat in Mitteleuropa an der Grenze zu Ukraine, Belarus und Russland (Kaliningrad).', en: 'NATO state in Central Europe bordering Ukraine, Belarus and Russia (Kaliningrad).' },
  },
  AF: {
    id: 'afghanistan', de: 'Afghanistan', en: 'Afghanistan',
    adjectives: { de: ['afghanisch'], en: ['Afghan'] },
    description: { de: 'Staat in Zentral- und Südasien; seit August 2021 von den Taliban regiert.', en: 'State in Central and South Asia; ruled by the Taliban since August 2021.' },
  },
  PK: { id: 'pakistan', de: 'Pakistan', en: 'Pakistan', adjectives: { de: ['pakistanisch'], en: ['Pakistani'] } },
  IN: { id: 'india', de: 'Indien', en: 'India', adjectives: { de: ['indisch'], en: ['Indian'] } },
  JP: { id: 'japan', de: 'Japan', en: 'Japan', adjectives: { de: ['japanisch'], en: ['Japanese'] } },
  // "Republic of China (ROC) Armed Forces" was China's; "People's Republic of China" stays China's, the longer name.
  TW: {
    id: 'taiwan', de: 'Taiwan', en: 'Taiwan', aliases: ['Republic of China', 'Republik China'],
    description: { de: 'Selbstregierter Inselstaat (Republik China) vor der chinesischen Küste; von Peking als Teil Chinas beansprucht.', en: 'Self-governing island state (Republic of China) off the Chinese coast; claimed by Beijing as part of China.' },
  },
  GE: {
    id: 'georgia', de: 'Georgien', en: 'Georgia', guarded: ['Georgia'], cues: ['tbilisi', 'tiflis', 'georgian', 'caucasus', 'kaukasus', 'russia', 'abkhaz', 'ossetia'],
    adjectives: { de: ['georgisch'], en: ['Georgian'] },
  },
  TD: { id: 'chad', de: 'Tschad', en: 'Chad', guarded: ['Chad'], cues: ['ndjamena', 'djamena', 'sahel', 'sudan', 'africa', 'chadian'] },
  JE: { id: 'jersey', de: 'Jersey', en: 'Jersey', guarded: ['Jersey'], cues: ['channel island', 'kanalinsel', 'crown dependency'] },
  GG: { id: 'guernsey', de: 'Guernsey', en: 'Guernsey', guarded: ['Guernsey'], cues: ['channel island', 'kanalinsel', 'crown dependency'] },
  MD: { id: 'moldova', de: 'Moldau', en: 'Moldova', aliases: ['Moldawien', 'Republik Moldau'], adjectives: { de: ['moldauisch'], en: ['Moldovan'] } },
  AZ: { id: 'azerbaijan', de: 'Aserbaidschan', en: 'Azerbaijan', adjectives: { de: ['aserbaidschanisch'], en: ['Azerbaijani'] } },
  AM: { id: 'armenia', de: 'Armenien', en: 'Armenia', adjectives: { de: ['armenisch'], en: ['Armenian'] } },
  KZ: { id: 'kazakhstan', de: 'Kasachstan', en: 'Kazakhstan', adjectives: { de: ['kasachisch'], en: ['Kazakh'] } },
  UZ: { id: 'uzbekistan', de: 'Usbekistan', en: 'Uzbekistan', adjectives: { de: ['usbekisch'], en: ['Uzbek'] } },
  TJ: { id: 'tajikistan', de: 'Tadschikistan', en: 'Tajikistan', adjectives: { de: ['tadschikisch'], en: ['Tajik'] } },
  TM: { id: 'turkmenistan', de: 'Turkmenistan', en: 'Turkmenistan', adjectives: { de: ['turkmenisch'], en: ['Turkmen'] } },
  KG: { id: 'kyrgyzstan', de: 'Kirgisistan', en: 'Kyrgyzstan', aliases: ['Kirgistan', 'Kirgisien', 'Kirgisische Republik', 'Kyrgyz Republic'], adjectives: { de: ['kirgisisch'], en: ['Kyrgyz'] } },
  CZ: { id: 'czechia', de: 'Tschechien', en: 'Czechia', aliases: ['Czech Republic', 'Tschechische Republik'] },
  VA: { id: 'vatican-city', de: 'Vatikanstadt', en: 'Vatican City', aliases: ['Vatikan', 'Vatican', 'Heiliger Stuhl', 'Holy See'] },
  CD: { id: 'dr-congo', de: 'Demokratische Republik Kongo', en: 'Democratic Republic of the Congo', aliases: ['DR Kongo', 'DR Congo'] },
  CG: { id: 'republic-of-the-congo', de: 'Republik Kongo', en: 'Republic of the Congo' },
  // German "Island" is Iceland, English "Island(s)" a word: "Solomon Islands", "Rhode Island".
  IS: { id: 'iceland', de: 'Island', en: 'Iceland', guarded: ['Island'], cues: ['reykjavik', 'isländisch', 'icelandic', 'nordatlantik', 'north atlantic', 'nato', 'vulkan', 'volcano'] },
};

/**
 * The adjectives of the other states whose people and bodies the press of these conflicts names
 * daily (Austrian and Swiss outlets their own): "vom Außenministerium … österreichischer
 * Staatsbürgerschaft" says the ministry is not the one of the state named before.
 */
const OTHER_ADJECTIVES: Record<string, { de: string[]; en: string[] }> = {
  AT: { de: ['österreichisch'], en: ['Austrian'] },
  CH: { de: ['schweizerisch'], en: ['Swiss'] },
  IT: { de: ['italienisch'], en: ['Italian'] },
  NL: { de: ['niederländisch'], en: ['Dutch'] },
  BE: { de: ['belgisch'], en: ['Belgian'] },
  ES: { de: ['spanisch'], en: ['Spanish'] },
  PT: { de: ['portugiesisch'], en: ['Portuguese'] },
  IE: { de: ['irisch'], en: ['Irish'] },
  SE: { de: ['schwedisch'], en: ['Swedish'] },
  FI: { de: ['finnisch'], en: ['Finnish'] },
  NO: { de: ['norwegisch'], en: ['Norwegian'] },
  DK: { de: ['dänisch'], en: ['Danish'] },
  EE: { de: ['estnisch'], en: ['Estonian'] },
  LV: { de: ['lettisch'], en: ['Latvian'] },
  LT: { de: ['litauisch'], en: ['Lithuanian'] },
  CZ: { de: ['tschechisch'], en: ['Czech'] },
  SK: { de: ['slowakisch'], en: ['Slovak'] },
  HU: { de: ['ungarisch'], en: ['Hungarian'] },
  RO: { de: ['rumänisch'], en: ['Romanian'] },
  BG: { de: ['bulgarisch'], en: ['Bulgarian'] },
  GR: { de: ['griechisch'], en: ['Greek'] },
  HR: { de: ['kroatisch'], en: ['Croatian'] },
  RS: { de: ['serbisch'], en: ['Serbian'] },
  SI: { de: ['slowenisch'], en: ['Slovenian'] },
  CA: { de: ['kanadisch'], en: ['Canadian'] },
  AU: { de: ['australisch'], en: ['Australian'] },
};

/** Names that are ordinary words too or belong to two states: not matched as names on their own. */
const UNMATCHED_NAMES = new Set(['congo', 'kongo', 'korea', 'guinea']);

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** English names from the package that are abbreviations: matched case-sensitively. */
const ABBREVIATION = /^[A-Z.]{2,6}$/;

/** Every state as an entity; called once, by lib/kb/index.ts when the base is built from sources. */
export function buildStates(): Entity[] {
  for (const locale of [de, en, ru, uk]) countries.registerLocale(locale);
  const all = { en: countries.getNames('en', { select: 'all' }), de: countries.getNames('de', { select: 'all' }), ru: countries.getNames('ru', { select: 'all' }), uk: countries.getNames('uk', { select: 'all' }) };
  const states: Entity[] = [];
  for (const code of Object.keys(all.en).sort()) {
    const facts = CONFLICT_STATES[code];
    const enNames = all.en[code] ?? [];
    const deNames = all.de[code] ?? [];
    const plain = (names: string[]) => names.filter((n) => !n.includes(',') && !n.includes('(') && !ABBREVIATION.test(n));
    const enPlain = plain(enNames);
    const dePlain = plain(deNames);
    const enName = facts?.en ?? enPlain.sort((a, b) => a.length - b.length)[0] ?? enNames[0]!;
    const deName = facts?.de ?? dePlain.sort((a, b) => a.length - b.length)[0] ?? deNames[0]!;
    const ruName = plain(all.ru[code] ?? []).sort((a, b) => a.length - b.length)[0];
    const ukName = plain(all.uk[code] ?? []).sort((a, b) => a.length - b.length)[0];
    const guarded = new Set((facts?.guarded ?? []).map((g) => g.toLowerCase()));
    const aliases = [...new Set([...enPlain, ...dePlain, ...plain(all.ru[code] ?? []), ...plain(all.uk[code] ?? []), ...(facts?.aliases ?? [])])].filter(
      (n) => !UNMATCHED_NAMES.has(n.toLowerCase()) && !guarded.has(n.toLowerCase()) && n !== enName && n !== deName,
    );
    const entity: Entity = {
      id: facts?.id ?? slug(enName),
      type: 'state',
      subtype: 'state',
      names: { de: deName, en: enName, ...(ruName ? { ru: ruName } : {}), ...(ukName ? { uk: ukName } : {}) },
      aliases: aliases.filter((n) => !guarded.has(n.toLowerCase())),
      acronyms: [...new Set([...enNames.filter((n) => ABBREVIATION.test(n)), ...(code === 'AE' ? ['VAE'] : []), ...(facts?.acronyms ?? [])])],
      description: facts?.description ?? {
        de: `Staat oder Gebiet (ISO 3166-1: ${code}).`,
        en: `Country or territory (ISO 3166-1: ${code}).`,
      },
    };
    if (facts?.guarded) {
      entity.guarded = facts.guarded;
      entity.cues = facts.cues;
    }
    const adjectives = facts?.adjectives ?? OTHER_ADJECTIVES[code];
    if (adjectives) entity.adjectives = adjectives;
    states.push(entity);
  }
  return states;
}

