// Thirty-second breadth round: a twenty-second random sample of the German-language press on all five conflicts, 2022–2026.
import type { Entity } from '../types';

const PRESS_CUES = ['zeitung', 'newspaper', 'blatt', 'interview', 'sagte', 'said', 'told', 'schreibt', 'schrieb', 'berichtet', 'berichtete', 'reported', 'zitiert', 'quoted'];

export const entities: Entity[] = [
  // Missed in the blind sample: oil and shipping data, a trade newsletter, a Berlin press office, diplomats and attachés.
  {
    id: 'vesselsvalue',
    type: 'organization',
    subtype: 'company',
    names: { de: 'VesselsValue', en: 'VesselsValue' },
    aliases: ['Vessels Value'],
    description: {
      de: 'Londoner Datendienst für Schiffsbewertungen und Tankerbewegungen, oft Quelle zu Russlands Ölexporten per Schiff; seit 2023 Teil von Veson Nautical.',
      en: 'London data service for ship valuations and tanker movements, often cited on Russia’s seaborne oil exports; part of Veson Nautical since 2023.',
    },
    links: [{ rel: 'related-to', to: 'united-kingdom' }],
  },
  {
    id: 'rebecca-galanopoulos-jones',
    type: 'person',
    subtype: 'official',
    names: { de: 'Rebecca Galanopoulos Jones', en: 'Rebecca Galanopoulos Jones' },
    description: {
      de: 'Analystin des Schiffsdatendienstes VesselsValue, zitiert zu Tankerflotten und russischen Ölausfuhren.',
      en: 'Analyst at the ship-data service VesselsValue, quoted on tanker fleets and Russian oil exports.',
    },
    links: [{ rel: 'member-of', to: 'vesselsvalue' }],
  },
  {
    id: 'europe-oil-telegram',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Europe Oil Telegram', en: 'Europe Oil Telegram' },
    description: {
      de: 'Deutschsprachiger Branchendienst zu den europäischen Mineralöl- und Kraftstoffmärkten.',
      en: 'German-language trade service on the European oil and fuel markets.',
    },
    links: [{ rel: 'related-to', to: 'germany' }],
  },
  {
    id: 'daniel-gruebner',
    type: 'person',
    subtype: 'businessman',
    names: { de: 'Daniel Grübner', en: 'Daniel Grübner' },
    aliases: ['Daniel Gruebner'],
    description: {
      de: 'Geschäftsführender Gesellschafter des Branchendienstes Europe Oil Telegram, äußert sich zu russischen Ölströmen.',
      en: 'Managing partner of the trade service Europe Oil Telegram, comments on Russian oil flows.',
    },
    links: [{ rel: 'leads', to: 'europe-oil-telegram' }, { rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'neue-berliner-redaktionsgesellschaft',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Neue Berliner Redaktionsgesellschaft', en: 'Neue Berliner Redaktionsgesellschaft' },
    description: {
      de: 'Berliner Hauptstadtredaktion, die mehrere Regionalzeitungen mit Politikbeiträgen und Interviews beliefert.',
      en: 'Berlin newsroom supplying several German regional newspapers with political reporting and interviews.',
    },
    links: [{ rel: 'related-to', to: 'germany' }],
  },
  {
    id: 'stephanie-holmes',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Stephanie Holmes', en: 'Stephanie Holmes' },
    description: {
      de: 'US-Diplomatin an der Botschaft in Moskau; im August 2024 wegen US-Reportern im Gebiet Kursk ins russische Außenministerium einbestellt.',
      en: 'US diplomat at the embassy in Moscow; summoned by the Russian foreign ministry in August 2024 over US reporters in the Kursk region.',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'member-of', to: 'us-embassy-moscow' }],
  },
  {
    id: 'john-foreman',
    type: 'person',
    subtype: 'military',
    names: { de: 'John Foreman', en: 'John Foreman' },
    description: {
      de: 'Kapitän zur See a. D. der Royal Navy, britischer Verteidigungsattaché in Moskau 2019–2022 und zuvor in Kiew; heute Kommentator zu Russlands Militär.',
      en: 'Retired Royal Navy captain, British defence attaché in Moscow 2019–2022 and earlier in Kyiv; now a commentator on Russia’s military.',
    },
    roles: [{ title: { de: 'Britischer Verteidigungsattaché in Moskau', en: 'British defence attaché in Moscow' }, from: '2019', to: '2022' }],
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }, { rel: 'member-of', to: 'royal-navy' }],
  },
  {
    id: 'adrian-coghill',
    type: 'person',
    subtype: 'military',
    names: { de: 'Adrian Coghill', en: 'Adrian Coghill' },
    description: {
      de: 'Britischer Marineoffizier, Verteidigungsattaché in Moskau, im Mai 2024 als Vergeltung für die Ausweisung seines russischen Kollegen aus London ausgewiesen.',
      en: 'British naval officer, defence attaché in Moscow, expelled in May 2024 in retaliation for the expulsion of his Russian counterpart from London.',
    },
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }, { rel: 'member-of', to: 'royal-navy' }],
  },
  {
    id: 'maxim-yelovik',
    type: 'person',
    subtype: 'military',
    names: { de: 'Maxim Jelowik', en: 'Maxim Yelovik', ru: 'Максим Еловик' },
    aliases: ['Maxim Elovik', 'Maksim Yelovik'],
    description: {
      de: 'Russischer Oberst und Verteidigungsattaché in London, im Mai 2024 als nicht deklarierter Geheimdienstoffizier ausgewiesen.',
      en: 'Russian colonel and defence attaché in London, expelled in May 2024 as an undeclared intelligence officer.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-armed-forces' }],
  },
  {
    id: 'isab-refinery',
    type: 'organization',
    subtype: 'company',
    names: { de: 'ISAB-Raffinerie', en: 'ISAB refinery' },
    aliases: ['ISAB-Raffinerie Priolo', 'ISAB Priolo', 'Raffinerie von Priolo', 'Priolo refinery', 'ISAB-Raffinerien'],
    acronyms: ['ISAB'],
    description: {
      de: 'Größter Raffineriekomplex Italiens bei Priolo auf Sizilien; gehörte dem russischen Konzern Lukoil und wurde 2023 an G.O.I. Energy verkauft.',
      en: 'Italy’s largest refining complex at Priolo in Sicily; owned by Russia’s Lukoil until its 2023 sale to G.O.I. Energy.',
    },
    links: [{ rel: 'related-to', to: 'lukoil' }, { rel: 'related-to', to: 'italy' }],
  },
];
