// Knowledge base: audit-de. Data only, see lib/kb/CURATING.md.
// Actors found missing in a blind audit of German-language news passages that fit no regional file: German deputies of the Russia debate, Iranian officials.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── German deputies in the debate over ties with Russia ─────────────────────────────────────
  {
    id: 'steffen-kotre',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Steffen Kotré', en: 'Steffen Kotré' },
    aliases: ['Steffen Kotre', 'Kotré', 'Kotre'],
    description: {
      de: 'AfD-Bundestagsabgeordneter aus Brandenburg und Energiepolitiker, der für Reisen nach Russland und Auftritte im russischen Staatsfernsehen kritisiert wird.',
      en: 'AfD member of the Bundestag from Brandenburg and energy spokesman, criticised for trips to Russia and appearances on Russian state television.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'afd' }, { rel: 'member-of', to: 'bundestag' }],
  },
  {
    id: 'petr-bystron',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Petr Bystron', en: 'Petr Bystron' },
    aliases: ['Bystron'],
    description: {
      de: 'AfD-Politiker, bis 2024 Bundestagsabgeordneter und Obmann im Auswärtigen Ausschuss, seit 2024 Europaabgeordneter; gegen ihn wird wegen mutmaßlicher Zahlungen aus dem prorussischen Netzwerk „Voice of Europe“ ermittelt.',
      en: 'AfD politician, a Bundestag member and foreign-affairs whip until 2024 and an MEP since; investigated over alleged payments from the pro-Russian "Voice of Europe" network.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'afd' }, { rel: 'member-of', to: 'european-parliament' }],
  },
  {
    id: 'eugen-schmidt',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Eugen Schmidt', en: 'Eugen Schmidt' },
    // Schmidt is one of the commonest German surnames.
    shortForms: ['Schmidt'],
    description: {
      de: 'Russlanddeutscher AfD-Bundestagsabgeordneter aus Nordrhein-Westfalen, der Russland bereist und im russischen Fernsehen auftritt.',
      en: 'Russian-German AfD member of the Bundestag from North Rhine-Westphalia who travels to Russia and appears on Russian television.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'afd' }, { rel: 'member-of', to: 'bundestag' }],
  },
  {
    id: 'robin-wagener',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Robin Wagener', en: 'Robin Wagener' },
    // Wagener is also an ordinary surname; it counts after the full name.
    shortForms: ['Wagener'],
    description: {
      de: 'Grünen-Bundestagsabgeordneter aus Lippe, Osteuropa- und Ukraine-Experte seiner Fraktion.',
      en: 'Green member of the Bundestag from Lippe, his group\'s expert on Eastern Europe and Ukraine.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'german-greens' }, { rel: 'member-of', to: 'bundestag' }],
  },
  // ── Iran ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ahmad-haghtalab',
    type: 'person',
    subtype: 'military',
    names: { de: 'Ahmad Haghtalab', en: 'Ahmad Haghtalab', fa: 'احمد حق‌طلب' },
    aliases: ['Ahmad Haqtalab', 'Haghtalab', 'Haqtalab'],
    description: {
      de: 'Kommandeur der Revolutionsgarden, zuständig für den Schutz der iranischen Atomanlagen; drohte 2024 mit einer Änderung der Nukleardoktrin.',
      en: 'Revolutionary Guards commander in charge of protecting Iran\'s nuclear sites; in 2024 he threatened a change of nuclear doctrine.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'irgc' }],
  },
  {
    id: 'masoud-setayeshi',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Masoud Setayeshi', en: 'Masoud Setayeshi', fa: 'مسعود ستایشی' },
    aliases: ['Massud Setajeschi', 'Masud Setayeshi', 'Setayeshi', 'Setajeschi'],
    description: {
      de: 'Sprecher der iranischen Justiz, der während der Proteste 2022 Todesurteile gegen Demonstranten verkündete.',
      en: 'Spokesman of Iran\'s judiciary who announced death sentences against protesters during the 2022 unrest.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'iranian-judiciary' }],
  },
];
