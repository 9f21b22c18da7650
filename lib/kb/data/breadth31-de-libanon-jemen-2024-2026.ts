// Thirty-first breadth round: German reporting on Lebanon and Yemen — Hezbollah after Nasrallah, Lebanon's state, UNIFIL, the Houthis and their targets, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // The pager and walkie-talkie operation of September 2024: the firms and people of the supply chain.
  {
    id: 'bac-consulting',
    type: 'organization',
    subtype: 'company',
    names: { de: 'BAC Consulting', en: 'BAC Consulting' },
    aliases: ['BAC Consulting Kft', 'BAC Consulting KFT', 'BAC Consulting Kft.', 'BAC Consulting Ltd'],
    shortForms: ['BAC'],
    description: {
      de: 'Budapester Briefkastenfirma, die laut Gold Apollo die im September 2024 im Libanon explodierten Hisbollah-Pager unter Lizenz herstellte und vertrieb; gilt als israelische Tarnfirma.',
      en: 'Budapest shell company that, according to Gold Apollo, made and sold under licence the Hezbollah pagers that exploded in Lebanon in September 2024; widely seen as an Israeli front.',
    },
    links: [{ rel: 'part-of', to: 'hungary' }, { rel: 'related-to', to: 'gold-apollo' }, { rel: 'related-to', to: 'hezbollah' }],
  },
  {
    id: 'cristiana-barsony-arcidiacono',
    type: 'person',
    subtype: 'businessman',
    names: { de: 'Cristiana Bársony-Arcidiacono', en: 'Cristiana Bársony-Arcidiacono' },
    aliases: ['Cristiana Barsony-Arcidiacono', 'Cristiana Rosaria Bársony-Arcidiacono', 'Cristiana Rosaria Barsony-Arcidiacono', 'Barsony-Arcidiacono', 'Bársony-Arcidiacono'],
    description: {
      de: 'Geschäftsführerin der ungarischen Firma BAC Consulting, über die die im Libanon explodierten Pager liefen; nannte sich selbst nur Vermittlerin.',
      en: 'Chief executive of the Hungarian firm BAC Consulting through which the pagers that exploded in Lebanon passed; called herself only an intermediary.',
    },
    links: [{ rel: 'leads', to: 'bac-consulting' }],
  },
  {
    id: 'norta-global',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Norta Global', en: 'Norta Global' },
    aliases: ['Norta Global Ltd', 'Norta Global Ltd.'],
    description: {
      de: '2022 in Sofia gegründete Firma des Norwegers Rinson Jose, die Medien mit dem Verkauf der Sprengstoff-Pager an die Hisbollah in Verbindung brachten; Bulgariens Sicherheitsbehörde fand keine Beteiligung.',
      en: 'Firm founded in Sofia in 2022 by the Norwegian Rinson Jose that media linked to the sale of the booby-trapped pagers to Hezbollah; Bulgaria’s security agency found no involvement.',
    },
    links: [{ rel: 'part-of', to: 'bulgaria' }, { rel: 'related-to', to: 'bac-consulting' }, { rel: 'related-to', to: 'rinson-jose' }],
  },
  {
    id: 'rinson-jose',
    type: 'person',
    subtype: 'businessman',
    names: { de: 'Rinson Jose', en: 'Rinson Jose' },
    description: {
      de: 'Norweger indischer Herkunft, Gründer von Norta Global in Sofia; nach den Pager-Explosionen 2024 verschwunden und von der Osloer Polizei international gesucht.',
      en: 'Norwegian of Indian origin, founder of Norta Global in Sofia; disappeared after the 2024 pager explosions and was sought internationally by Oslo police.',
    },
    links: [{ rel: 'citizen-of', to: 'norway' }, { rel: 'leads', to: 'norta-global' }],
  },
  {
    id: 'ar-924-pager',
    type: 'weapon',
    names: { de: 'Pager AR-924', en: 'AR-924 pager' },
    aliases: ['AR-924', 'AR924', 'Gold Apollo AR-924', 'Rugged Pager AR924'],
    description: {
      de: 'Pager-Modell mit dem Markennamen Gold Apollo, das Hisbollah-Mitglieder trugen; Tausende davon waren mit Sprengstoff präpariert und explodierten am 17. September 2024 im Libanon.',
      en: 'Pager model bearing the Gold Apollo brand carried by Hezbollah members; thousands had been fitted with explosives and blew up across Lebanon on 17 September 2024.',
    },
    links: [{ rel: 'related-to', to: 'gold-apollo' }, { rel: 'related-to', to: 'bac-consulting' }, { rel: 'used-by', to: 'hezbollah' }],
  },
  {
    id: 'hvg-hungary',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'HVG', en: 'HVG' },
    aliases: ['HVG.hu', 'Heti Világgazdaság'],
    description: {
      de: 'Ungarisches Wochenmagazin und Nachrichtenportal mit Sitz in Budapest, regierungskritisch.',
      en: 'Hungarian weekly magazine and news portal based in Budapest, critical of the government.',
    },
    links: [{ rel: 'part-of', to: 'hungary' }],
  },
  // Yemen: banks sanctioned for serving the Houthis, the coast guard.
  {
    id: 'yemen-kuwait-bank',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Yemen Kuwait Bank', en: 'Yemen Kuwait Bank' },
    aliases: ['Yemen Kuwait Bank for Trade and Investment', 'Jemenitisch-Kuwaitische Bank'],
    description: {
      de: 'Bank in Sanaa, die das US-Finanzministerium im Januar 2025 sanktionierte, weil sie den Huthi Geldwäsche, Überweisungen an die Hisbollah und Ölgeschäfte ermöglicht habe.',
      en: 'Sanaa bank sanctioned by the US Treasury in January 2025 for helping the Houthis launder money, move funds to Hezbollah and sell oil.',
    },
    links: [{ rel: 'part-of', to: 'yemen' }, { rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'international-bank-of-yemen',
    type: 'organization',
    subtype: 'company',
    names: { de: 'International Bank of Yemen', en: 'International Bank of Yemen' },
    aliases: ['Internationale Bank des Jemen', 'International Bank of Yemen Y.S.C.'],
    description: {
      de: 'Bank in Sanaa, im April 2025 von der US-Sanktionsbehörde OFAC wegen finanzieller Unterstützung der Huthi gelistet, samt drei Führungskräften.',
      en: 'Sanaa bank listed by the US sanctions office OFAC in April 2025 for financial support to the Houthis, together with three of its executives.',
    },
    links: [{ rel: 'part-of', to: 'yemen' }, { rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'yemen-coast-guard',
    type: 'organization',
    subtype: 'security-body',
    names: { de: 'Jemenitische Küstenwache', en: 'Yemen Coast Guard' },
    aliases: ['Yemeni Coast Guard', 'Küstenwache des Jemen', 'Yemen’s Coast Guard'],
    description: {
      de: 'Küstenwache der international anerkannten Regierung des Jemen, die im Roten Meer und im Golf von Aden Waffenlieferungen an die Huthi abfängt.',
      en: 'Coast guard of Yemen’s internationally recognised government, which intercepts arms shipments to the Houthis in the Red Sea and the Gulf of Aden.',
    },
    links: [{ rel: 'part-of', to: 'yemeni-government' }],
  },
  // Lebanon: people killed or named in the war and its aftermath.
  {
    id: 'hassan-farhat',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Hassan Farhat', en: 'Hassan Farhat', ar: 'حسن فرحات' },
    aliases: ['Hassan Ahmad Farhat', 'Abu Yasser Farhat'],
    description: {
      de: 'Kommandeur der Hamas im Westen des Libanon; im April 2025 mit Sohn und Tochter bei einem israelischen Drohnenangriff in Sidon getötet.',
      en: 'Hamas commander for western Lebanon; killed with his son and daughter in an Israeli drone strike in Sidon in April 2025.',
    },
    links: [{ rel: 'member-of', to: 'qassam-brigades' }, { rel: 'member-of', to: 'hamas' }],
  },
  {
    id: 'jihad-mughniyeh',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Dschihad Mughnija', en: 'Jihad Mughniyeh', ar: 'جهاد مغنية' },
    aliases: ['Jihad Mughniyah', 'Dschihad Mughnieh', 'Jihad Moughnieh', 'Jihad Mughnija'],
    description: {
      de: 'Hisbollah-Kämpfer und Sohn von Imad Mughnija; im Januar 2015 bei einem israelischen Angriff auf den Golanhöhen getötet, eine Hisbollah-Rakete trägt seinen Namen.',
      en: 'Hezbollah fighter and son of Imad Mughniyeh; killed in an Israeli strike on the Golan Heights in January 2015; a Hezbollah missile bears his name.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'member-of', to: 'hezbollah' }, { rel: 'related-to', to: 'imad-mughniyeh' }],
  },
  {
    id: 'ghassan-oueidat',
    type: 'person',
    subtype: 'official',
    names: { de: 'Ghassan Oueidat', en: 'Ghassan Oueidat', ar: 'غسان عويدات' },
    aliases: ['Ghassan Ouiedat', 'Ghassan Aweidat', 'Ghassan Uwaidat'],
    description: {
      de: 'Früherer Generalstaatsanwalt des Libanon, der 2023 den Ermittlungsrichter zur Hafenexplosion Tarek Bitar anklagte und Verdächtige freiließ.',
      en: 'Lebanon’s former public prosecutor who in 2023 charged Tarek Bitar, the judge investigating the port explosion, and released suspects.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'related-to', to: 'tarek-bitar' }],
  },
  {
    id: 'mourched-hajj-sleiman',
    type: 'person',
    subtype: 'military',
    names: { de: 'Mourched Hajj Sleiman', en: 'Mourched Hajj Sleiman' },
    aliases: ['Morshed Hajj Suleiman', 'Murshed al-Hajj Sleiman'],
    description: {
      de: 'Libanesischer Generalmajor, seit März 2025 stellvertretender Generaldirektor der Staatssicherheit.',
      en: 'Lebanese major general, deputy director general of State Security since March 2025.',
    },
    roles: [{ title: { de: 'Stellvertretender Generaldirektor der Staatssicherheit', en: 'Deputy Director General of State Security' }, of: 'lebanese-state-security', from: '2025-03' }],
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'member-of', to: 'lebanese-state-security' }],
  },
];
