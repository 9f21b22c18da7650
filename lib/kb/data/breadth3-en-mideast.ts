// Third breadth round: officials, commanders, units, analysts and outlets met in the English press on the Middle East and North Korea.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Lebanon: the US-led ceasefire mechanism and Lebanese officials
  {
    id: 'jasper-jeffers',
    type: 'person',
    subtype: 'military',
    names: { de: 'Jasper Jeffers', en: 'Jasper Jeffers' },
    description: {
      de: 'US-Generalmajor, Kommandeur der Spezialkräfte im Bereich des US-Zentralkommandos; leitete ab November 2024 den Überwachungsmechanismus der Waffenruhe zwischen Israel und dem Libanon.',
      en: 'US Army major general commanding special operations forces under Central Command; chaired the mechanism monitoring the Israel-Lebanon ceasefire from November 2024.',
    },
    roles: [{ title: { de: 'Kommandeur SOCCENT', en: 'Commander of SOCCENT' }, of: 'soccent' }],
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'leads', to: 'soccent' }],
  },
  {
    id: 'michael-leeney',
    type: 'person',
    subtype: 'military',
    names: { de: 'Michael Leeney', en: 'Michael Leeney' },
    description: {
      de: 'US-General, übernahm im April 2025 von Jasper Jeffers den Vorsitz des Mechanismus zur Überwachung der Waffenruhe im Libanon, mit Sitz in Beirut.',
      en: 'US general who took over the chair of the Lebanon ceasefire monitoring mechanism from Jasper Jeffers in April 2025, based in Beirut.',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'member-of', to: 'centcom' }],
  },
  {
    id: 'joseph-clearfield',
    type: 'person',
    subtype: 'military',
    names: { de: 'Joseph Clearfield', en: 'Joseph Clearfield' },
    description: {
      de: 'US-General, seit Oktober 2025 Vorsitzender des Mechanismus zur Überwachung der Waffenruhe zwischen Israel und dem Libanon, Nachfolger von Michael Leeney.',
      en: 'US general chairing the Israel-Lebanon ceasefire monitoring mechanism from October 2025, succeeding Michael Leeney.',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'soccent',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Spezialkräftekommando Zentral der USA', en: 'US Special Operations Command Central' },
    aliases: ['Special Operations Command Central', 'U.S. Special Operations Command Central', 'United States Special Operations Command Central', 'Special Operations Command-Central'],
    acronyms: ['SOCCENT'],
    description: {
      de: 'Kommando der US-Spezialkräfte im Nahen Osten und Zentralasien, Teil des US-Zentralkommandos.',
      en: 'Command of US special operations forces in the Middle East and Central Asia, part of US Central Command.',
    },
    links: [{ rel: 'part-of', to: 'centcom' }],
  },
  {
    id: 'simon-karam',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Simon Karam', en: 'Simon Karam', ar: 'سيمون كرم' },
    aliases: ['Simon Karame'],
    description: {
      de: 'Libanesischer Jurist und früherer Botschafter in Washington; leitet seit Dezember 2025 die libanesische Delegation im Waffenruhe-Mechanismus mit Israel.',
      en: 'Lebanese lawyer and former ambassador to Washington; heads Lebanon’s delegation in the ceasefire mechanism talks with Israel since December 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }],
  },
  {
    id: 'uri-resnick',
    type: 'person',
    subtype: 'official',
    names: { de: 'Uri Resnick', en: 'Uri Resnick', he: 'אורי רזניק' },
    aliases: ['Uri Reznik'],
    description: {
      de: 'Beamter des israelischen Nationalen Sicherheitsrats; vertrat Israel im Dezember 2025 im Waffenruhe-Mechanismus mit dem Libanon.',
      en: 'Official of Israel’s National Security Council who represented Israel in the ceasefire mechanism with Lebanon in December 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'israeli-national-security-council' }],
  },
  {
    id: 'najat-charafeddine',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Najat Charafeddine', en: 'Najat Charafeddine', ar: 'نجاة شرف الدين' },
    aliases: ['Najat Sharafeddine', 'Najat Sharaf al-Din', 'Najat Charafeddin'],
    description: {
      de: 'Sprecherin des libanesischen Präsidenten Joseph Aoun.',
      en: 'Spokeswoman of Lebanese President Joseph Aoun.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'related-to', to: 'joseph-aoun' }],
  },
  {
    id: 'mtv-lebanon',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'MTV Lebanon', en: 'MTV Lebanon' },
    guarded: ['MTV'],
    cues: ['liban', 'lebanes', 'lebanon', 'beirut', 'channel', 'station', 'broadcaster', 'sender', 'television', 'fernseh'],
    description: {
      de: 'Libanesischer Privatsender, oft Quelle für Berichte über Hisbollah, Armee und Regierung.',
      en: 'Private Lebanese television channel, often cited on Hezbollah, the army and the government.',
    },
    links: [{ rel: 'related-to', to: 'lebanon' }],
  },
  // Hezbollah commanders and units
  {
    id: 'habib-maatouk',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Habib Maatouk', en: 'Habib Maatouk', ar: 'حبيب معتوق' },
    aliases: ['Habib Matouk', 'Habib Maatuk', 'Ali Jaafar Maatouk', 'Ali Jaafar Maatuk', 'Ali Jaafar Matouk'],
    description: {
      de: 'Feldkommandeur der Radwan-Einheit der Hisbollah; im Juli 2024 bei einem israelischen Angriff im Südlibanon getötet.',
      en: 'Field commander in Hezbollah’s Radwan Force; killed in an Israeli strike in south Lebanon in July 2024.',
    },
    links: [{ rel: 'member-of', to: 'radwan-force' }, { rel: 'citizen-of', to: 'lebanon' }],
  },
  {
    id: 'ali-ahmad-hussein',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Ali Ahmad Hussein', en: 'Ali Ahmad Hussein', ar: 'علي أحمد حسين' },
    aliases: ['Ali Ahmed Hussein', 'Ali Ahmed Hassin', 'Ali Ahmad Hassin'],
    description: {
      de: 'Kommandeur der Radwan-Einheit der Hisbollah im Grenzsektor; im April 2024 bei einem israelischen Angriff getötet.',
      en: 'Hezbollah Radwan Force commander in a border sector; killed in an Israeli strike in April 2024.',
    },
    links: [{ rel: 'member-of', to: 'radwan-force' }, { rel: 'citizen-of', to: 'lebanon' }],
  },
  {
    id: 'zayn-al-abidin-fatouni',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Zayn al-Abidin Fatouni', en: 'Zayn al-Abidin Fatouni' },
    aliases: ['Zayn al-Abidin Hussein Fatouni', 'Zein al-Abidin Fatouni', 'Zein al-Abedin Fatouni'],
    description: {
      de: 'Kommandeur in der Panzerabwehreinheit der Radwan-Einheit der Hisbollah; nach der Waffenruhe von Israel im Südlibanon getötet.',
      en: 'Commander in the anti-tank unit of Hezbollah’s Radwan Force; killed by Israel in south Lebanon after the ceasefire.',
    },
    links: [{ rel: 'member-of', to: 'radwan-force' }],
  },
  {
    id: 'muhammad-akram-arabiya',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Muhammad Akram Arabiya', en: 'Muhammad Akram Arabiya' },
    description: {
      de: 'Kommandeur in der Spezialeinheit der Radwan-Einheit der Hisbollah; nach der Waffenruhe von Israel im Südlibanon getötet.',
      en: 'Commander in the special forces unit of Hezbollah’s Radwan Force; killed by Israel in south Lebanon after the ceasefire.',
    },
    links: [{ rel: 'member-of', to: 'radwan-force' }],
  },
  {
    id: 'hezbollah-badr-unit',
    type: 'organization',
    subtype: 'armed-group',
    names: { de: 'Badr-Einheit der Hisbollah', en: 'Hezbollah Badr Unit' },
    aliases: ['Badr Unit', 'Badr unit of Hezbollah'],
    description: {
      de: 'Regionale Einheit der Hisbollah für das Gebiet nördlich des Litani, neben den Einheiten Nasr und Aziz.',
      en: 'Hezbollah regional unit covering the area north of the Litani river, alongside the Nasr and Aziz units.',
    },
    links: [{ rel: 'part-of', to: 'hezbollah' }],
  },
  {
    id: 'hezbollah-unit-4400',
    type: 'organization',
    subtype: 'armed-group',
    names: { de: 'Einheit 4400 der Hisbollah', en: 'Hezbollah Unit 4400' },
    aliases: ['Unit 4400', 'Einheit 4400'],
    description: {
      de: 'Einheit der Hisbollah, die laut Israel Waffenlieferungen aus dem Iran über Syrien in den Libanon organisiert.',
      en: 'Hezbollah unit that, according to Israel, moves weapons from Iran through Syria into Lebanon.',
    },
    links: [{ rel: 'part-of', to: 'hezbollah' }],
  },
  {
    id: 'hezbollah-unit-127',
    type: 'organization',
    subtype: 'armed-group',
    names: { de: 'Einheit 127 der Hisbollah', en: 'Hezbollah Unit 127' },
    aliases: ['Unit 127', 'Einheit 127'],
    description: {
      de: 'Drohneneinheit der Hisbollah, die Angriffsdrohnen gegen Israel einsetzt.',
      en: 'Hezbollah’s drone unit, which flies attack drones against Israel.',
    },
    links: [{ rel: 'part-of', to: 'hezbollah' }],
  },
];
