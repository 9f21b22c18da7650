// Thirty-third breadth round: a twenty-third random sample of English wire and newspaper reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Hezbollah and the Houthis: the names the sample still missed.
  {
    id: 'fadel-ibrahim',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Fadel Ibrahim', en: 'Fadel Ibrahim', ar: 'فاضل إبراهيم' },
    shortForms: ['Ibrahim'],
    description: {
      de: 'Hisbollah-Feldkommandeur für das Gebiet um Jouaiyya im Südlibanon; im Juni 2024 bei einem israelischen Luftangriff getötet.',
      en: 'Hezbollah field commander for the Jouaiyya area of south Lebanon; killed in an Israeli air strike in June 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'member-of', to: 'hezbollah' }],
  },
  {
    id: 'houthi-armed-forces',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Streitkräfte der Huthis', en: 'Houthi armed forces' },
    aliases: ['Huthi-Streitkräfte', 'Houthi-controlled armed forces'],
    // The Houthis call their army the "Yemeni Armed Forces"; the same words can mean the government's troops.
    guarded: ['Yemeni Armed Forces', 'jemenitische Streitkräfte', 'jemenitischen Streitkräfte'],
    cues: ['saree', 'sarea', 'saria', 'ansar allah', 'ansarallah', 'houthi', 'huthi', 'sanaa', 'sanaʽa', 'red sea', 'roten meer', 'rote meer', 'gulf of aden', 'golf von aden', 'vessel', 'ship', 'schiff'],
    description: {
      de: 'Die von den Huthis in Sanaa kontrollierte Armee, die sich selbst „Jemenitische Streitkräfte“ nennt; ihr Sprecher Yahya Saree verkündet die Angriffe auf Israel und die Schifffahrt.',
      en: 'The army controlled by the Houthis in Sanaa, which styles itself the "Yemeni Armed Forces"; its spokesman Yahya Saree announces the attacks on Israel and on shipping.',
    },
    links: [{ rel: 'part-of', to: 'houthis' }, { rel: 'related-to', to: 'yahya-saree' }, { rel: 'related-to', to: 'houthi-naval-forces' }],
  },
  // Shipping companies named in Red Sea attack and diversion reporting.
  {
    id: 'bernhard-schulte-shipmanagement',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Bernhard Schulte Shipmanagement', en: 'Bernhard Schulte Shipmanagement' },
    aliases: ['Bernhard Schulte Ship Management', 'Schulte Group', 'Schulte-Gruppe'],
    description: {
      de: 'Schiffsmanager der Hamburger Schulte-Gruppe; einer der von ihm betreuten Frachter wurde im Dezember 2023 im Roten Meer von den Huthis angegriffen.',
      en: 'Ship management arm of the Hamburg-based Schulte Group; a container ship it managed was attacked by the Houthis in the Red Sea in December 2023.',
    },
    links: [{ rel: 'related-to', to: 'germany' }, { rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'genco-shipping-and-trading',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Genco Shipping & Trading', en: 'Genco Shipping & Trading' },
    aliases: ['Genco Shipping and Trading', 'Genco Shipping'],
    description: {
      de: 'New Yorker Trockenmassengut-Reederei; ihr Frachter Genco Picardy wurde im Januar 2024 im Golf von Aden von einer Huthi-Drohne getroffen.',
      en: 'New York dry-bulk shipowner; its carrier Genco Picardy was hit by a Houthi drone in the Gulf of Aden in January 2024.',
    },
    links: [{ rel: 'related-to', to: 'united-states' }, { rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'synergy-marine-group',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Synergy Marine Group', en: 'Synergy Marine Group' },
    aliases: ['Synergy Marine', 'Synergy Group shipmanagement'],
    description: {
      de: 'Schiffsmanagement-Konzern mit Sitz in Singapur, der für fremde Eigner Tanker, Container- und Massengutschiffe betreibt.',
      en: 'Singapore-based third-party ship manager running tankers, container ships and bulk carriers for other owners.',
    },
  },
  {
    id: 'anglo-eastern',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Anglo-Eastern', en: 'Anglo-Eastern' },
    aliases: ['Anglo-Eastern Univan Group', 'Anglo-Eastern Ship Management', 'Anglo Eastern Ship Management'],
    description: {
      de: 'Schiffsmanagement-Gruppe aus Hongkong, einer der größten Drittmanager der Handelsflotte.',
      en: 'Hong Kong-based ship management group, one of the largest third-party managers of merchant ships.',
    },
  },
  {
    id: 'wallem-group',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Wallem Group', en: 'Wallem Group' },
    aliases: ['Wallem Shipmanagement', 'Wallem-Gruppe'],
    description: {
      de: 'Schiffsmanagement- und Agenturunternehmen mit Sitz in Hongkong.',
      en: 'Ship management and shipping agency company based in Hong Kong.',
    },
  },
  {
    id: 'columbia-shipmanagement',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Columbia Shipmanagement', en: 'Columbia Shipmanagement' },
    aliases: ['Columbia Ship Management', 'Columbia Group'],
    guarded: ['Columbia Group'],
    cues: ['ship', 'schiff', 'vessel', 'tanker', 'limassol', 'cyprus', 'zypern', 'manag'],
    description: {
      de: 'Schiffsmanager mit Sitz im zyprischen Limassol, Teil der Columbia Group.',
      en: 'Ship manager headquartered in Limassol, Cyprus, part of the Columbia Group.',
    },
  },
  {
    id: 'fleet-management-limited',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Fleet Management Limited', en: 'Fleet Management Limited' },
    aliases: ['Fleet Management Ltd', 'Fleet Management Ltd.'],
    description: {
      de: 'Schiffsmanagement-Unternehmen aus Hongkong, das Tanker, Massengut- und Containerschiffe für Eigner betreut.',
      en: 'Hong Kong ship management company looking after tankers, bulk carriers and container ships for their owners.',
    },
  },
  {
    id: 'oldendorff-carriers',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Oldendorff Carriers', en: 'Oldendorff Carriers' },
    aliases: ['Oldendorff', 'Reederei Oldendorff', 'Egon Oldendorff'],
    description: {
      de: 'Lübecker Trockenmassengut-Reederei, einer der größten Betreiber von Massengutfrachtern weltweit.',
      en: 'Lübeck-based dry-bulk shipping company, one of the largest operators of bulk carriers worldwide.',
    },
    links: [{ rel: 'related-to', to: 'germany' }],
  },
];
