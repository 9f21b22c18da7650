// Twenty-sixth breadth round: a sixteenth random sample of English wire and newspaper reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // The Houthi government in Sanaa: officials killed in the Israeli strike of 28 August 2025.
  {
    id: 'mohammed-al-madani-yemen',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Mohammed al-Madani', en: 'Mohammed al-Madani' },
    aliases: ['Mohammed al-Medani', 'Mohamed al-Madani', 'Mohammed Al-Medani'],
    description: {
      de: 'Stellvertretender Regierungschef der Huthi-Regierung in Sanaa; laut Huthi-Vertretern beim israelischen Angriff auf das Kabinett im August 2025 getötet.',
      en: 'Deputy prime minister of the Houthi government in Sanaa; reported killed in the Israeli strike on its cabinet in August 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'yemen' }, { rel: 'member-of', to: 'houthis' }],
  },
  {
    id: 'abdulmajid-al-murtada',
    type: 'person',
    subtype: 'official',
    names: { de: 'Abdulmadschid al-Murtada', en: 'Abdulmajid al-Murtada' },
    aliases: ['Abdel-Majed al-Murtada', 'Abdel-Majid al-Murtada', 'Abdulmajeed al-Murtada', 'Abdul Majid al-Murtada'],
    description: {
      de: 'Stellvertretender Innenminister der Huthi-Regierung; kam beim israelischen Angriff auf Sanaa im August 2025 ums Leben.',
      en: 'Deputy interior minister of the Houthi government; killed in the Israeli strike on Sanaa in August 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'yemen' }, { rel: 'member-of', to: 'houthis' }],
  },
  // Russia's defence-ministry bribery cases after Shoigu's removal (2024).
  {
    id: 'ivan-populovsky',
    type: 'person',
    subtype: 'military',
    names: { de: 'Iwan Populowski', en: 'Ivan Populovsky', ru: 'Иван Популовский' },
    description: {
      de: 'Leiter einer Militärvertretung des russischen Verteidigungsministeriums; im September 2024 wegen Bestechlichkeit angeklagt, zusammen mit seinem Untergebenen Grigori Sorin.',
      en: 'Head of a Russian defence-ministry military representative office; charged with bribe-taking in September 2024 together with his subordinate Grigory Zorin.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-defence-ministry' }, { rel: 'related-to', to: 'grigory-zorin' }],
  },
  {
    id: 'grigory-zorin',
    type: 'person',
    subtype: 'military',
    names: { de: 'Grigori Sorin', en: 'Grigory Zorin', ru: 'Григорий Зорин' },
    description: {
      de: 'Offizier einer Militärvertretung des russischen Verteidigungsministeriums; im September 2024 mit seinem Vorgesetzten Iwan Populowski wegen Bestechlichkeit angeklagt.',
      en: 'Officer of a Russian defence-ministry military representative office; charged with bribe-taking in September 2024 with his superior Ivan Populovsky.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-defence-ministry' }, { rel: 'related-to', to: 'ivan-populovsky' }],
  },
];
