// Thirtieth breadth round: German reporting on Russia from the inside — Kremlin, Duma, governors, the defence ministry's purge, courts, exiles, war economy, 2024–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // The defence ministry's purge: officers and firms in the trials of 2024–2025.
  {
    id: 'olga-yarilova',
    type: 'person',
    subtype: 'official',
    names: { de: 'Olga Jarilowa', en: 'Olga Yarilova', ru: 'Ольга Ярилова' },
    description: {
      de: 'Ehemalige stellvertretende Kulturministerin Russlands; im April 2024 wegen Unterschlagung staatlicher Gelder zu sieben Jahren Haft verurteilt.',
      en: 'Former Russian deputy culture minister; given seven years in prison in April 2024 for embezzling state funds.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'alexander-ogloblin',
    type: 'person',
    subtype: 'military',
    names: { de: 'Alexander Ogloblin', en: 'Alexander Ogloblin', ru: 'Александр Оглоблин' },
    description: {
      de: 'Russischer Generalmajor, früher Chef der Planungsabteilung in der Hauptverwaltung Fernmeldewesen der Streitkräfte; 2022 wegen Betrugs verurteilt, 2025 wegen Bestechung durch das Permer Werk Telta zu neun Jahren Lagerhaft.',
      en: 'Russian major general, formerly head of communications planning in the armed forces’ Main Communications Directorate; convicted of fraud in 2022 and in 2025 sentenced to nine years for bribes from the Perm plant Telta.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-armed-forces' }, { rel: 'related-to', to: 'telta' }],
  },
  {
    id: 'telta',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Telta', en: 'Telta', ru: 'Телта' },
    aliases: ['Perm Telephone Plant Telta', 'Permer Telefonwerk Telta', 'Permski telefonny sawod Telta', 'Telta-Werk', 'Telta plant'],
    description: {
      de: 'Fernmeldetechnik-Hersteller in Perm, der das russische Verteidigungsministerium mit Funk- und Telefongerät beliefert; Schmiergelder des Werks stehen im Zentrum der Verfahren gegen Generäle des Fernmeldewesens.',
      en: 'Communications equipment maker in Perm supplying the Russian defence ministry; bribes paid by the plant are at the centre of the cases against signals generals.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'denis-putilov',
    type: 'person',
    subtype: 'military',
    names: { de: 'Denis Putilow', en: 'Denis Putilov', ru: 'Денис Путилов' },
    description: {
      de: 'Russischer Generalmajor, Chef des Panzerdienstes des Zentralen Militärbezirks; im September 2024 wegen Bestechlichkeit festgenommen und im August 2025 zu achteinhalb Jahren Lagerhaft verurteilt.',
      en: 'Russian major general, head of the armoured vehicle service of the Central Military District; arrested for bribe-taking in September 2024 and sentenced to eight and a half years in August 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'central-military-district' }],
  },
  {
    id: 'interkommerz-bank',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Interkommerz', en: 'Intercommerz Bank', ru: 'Интеркоммерц' },
    aliases: ['Bank Interkommerz', 'Interkommerz-Bank', 'Intercommerz', 'Interkommerts', 'Interkommerts Bank', 'Interkommerc'],
    description: {
      de: 'Moskauer Geschäftsbank; wegen der Veruntreuung von Geldern dieser Bank wurde Ex-Vizeverteidigungsminister Timur Iwanow 2025 verurteilt.',
      en: 'Moscow commercial bank; former deputy defence minister Timur Ivanov was convicted in 2025 of embezzling money from it.',
    },
    links: [{ rel: 'part-of', to: 'russia' }, { rel: 'related-to', to: 'timur-ivanov' }],
  },
  // The Russian Orthodox Church and its dissenters.
  {
    id: 'metropolitan-hilarion-alfeyev',
    type: 'person',
    subtype: 'cleric',
    names: { de: 'Metropolit Hilarion', en: 'Metropolitan Hilarion', ru: 'Митрополит Иларион (Алфеев)' },
    aliases: ['Hilarion Alfejew', 'Hilarion Alfeyev', 'Ilarion Alfeyev', 'Metropolitan Hilarion Alfeyev', 'Metropolit Hilarion Alfejew', 'Metropolit Ilarion', 'Metropolitan Ilarion', 'Grigori Alfejew', 'Grigory Alfeyev'],
    shortForms: ['Hilarion'],
    description: {
      de: 'Russisch-orthodoxer Metropolit, 2009–2022 Leiter des kirchlichen Außenamts; 2022 nach Budapest versetzt und Ende 2024 nach Vorwürfen zu seinem Lebenswandel in den Ruhestand geschickt.',
      en: 'Russian Orthodox metropolitan, head of the Department for External Church Relations 2009–2022; moved to Budapest in 2022 and retired at the end of 2024 after allegations about his conduct.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-orthodox-church' }],
  },
  {
    id: 'metropolitan-anthony-sevryuk',
    type: 'person',
    subtype: 'cleric',
    names: { de: 'Metropolit Antonij', en: 'Metropolitan Anthony of Volokolamsk', ru: 'Митрополит Антоний (Севрюк)' },
    aliases: ['Metropolitan Anthony', 'Metropolit Antonij von Wolokolamsk', 'Metropolit Antoni', 'Antonij Sewrjuk', 'Anthony Sevryuk', 'Antony Sevryuk', 'Metropolitan Antony of Volokolamsk'],
    description: {
      de: 'Russisch-orthodoxer Metropolit von Wolokolamsk, seit Juni 2022 Leiter des kirchlichen Außenamts des Moskauer Patriarchats und ständiges Mitglied des Heiligen Synods.',
      en: 'Russian Orthodox Metropolitan of Volokolamsk, head of the Moscow Patriarchate’s Department for External Church Relations and permanent member of the Holy Synod since June 2022.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-orthodox-church' }, { rel: 'leads', to: 'department-for-external-church-relations' }],
  },
  {
    id: 'department-for-external-church-relations',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Kirchliches Außenamt des Moskauer Patriarchats', en: 'Department for External Church Relations', ru: 'Отдел внешних церковных связей' },
    aliases: ['Abteilung für kirchliche Außenbeziehungen', 'Außenamt des Moskauer Patriarchats', 'kirchliches Außenamt', 'Department of External Church Relations', 'Moscow Patriarchate’s Department for External Church Relations'],
    acronyms: ['DECR', 'OWZS'],
    description: {
      de: 'Die Auslandsabteilung der Russisch-Orthodoxen Kirche, gleichsam ihr Außenministerium; geleitet 2009–2022 von Hilarion, seither von Antonij.',
      en: 'The foreign department of the Russian Orthodox Church, in effect its foreign ministry; led by Hilarion 2009–2022 and by Anthony since.',
    },
    links: [{ rel: 'part-of', to: 'russian-orthodox-church' }],
  },
  {
    id: 'metropolitan-leonid-gorbachev',
    type: 'person',
    subtype: 'cleric',
    names: { de: 'Metropolit Leonid', en: 'Metropolitan Leonid of Klin', ru: 'Митрополит Леонид (Горбачёв)' },
    aliases: ['Metropolit Leonid von Klin', 'Metropolitan Leonid', 'Leonid Gorbatschow', 'Leonid Gorbachev', 'Metropolitan Leonid Gorbachev'],
    description: {
      de: 'Russisch-orthodoxer Metropolit von Klin, kriegsbefürwortender Hardliner; leitete ab Dezember 2021 das neu geschaffene Patriarchalexarchat Afrika.',
      en: 'Russian Orthodox Metropolitan of Klin, a pro-war hardliner; headed the Patriarchal Exarchate of Africa created in December 2021.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-orthodox-church' }],
  },
  {
    id: 'alexei-uminsky',
    type: 'person',
    subtype: 'cleric',
    names: { de: 'Alexej Uminski', en: 'Alexei Uminsky', ru: 'Алексей Уминский' },
    aliases: ['Alexei Uminski', 'Alexej Uminskij', 'Alexey Uminsky', 'Aleksei Uminsky'],
    description: {
      de: 'Bekannter Moskauer Priester, im Januar 2024 von einem Kirchengericht des Amtes enthoben, weil er das verordnete Gebet für den Sieg im Krieg verweigerte.',
      en: 'Prominent Moscow priest defrocked by a church court in January 2024 for refusing to read the prescribed prayer for victory in the war.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-orthodox-church' }],
  },
  {
    id: 'ioann-kurmoyarov',
    type: 'person',
    subtype: 'cleric',
    names: { de: 'Ioann Kurmojarow', en: 'Ioann Kurmoyarov', ru: 'Иоанн Курмояров' },
    aliases: ['Ioann Kurmoyarov', 'Ioann Kurmojarow', 'Ioann Kurmojarov', 'Ivan Kurmoyarov'],
    description: {
      de: 'Orthodoxer Priester aus Sankt Petersburg; 2023 wegen angeblicher Falschinformationen über die Armee zu drei Jahren Haft verurteilt, nachdem er den Krieg in Videos verurteilt hatte.',
      en: 'Orthodox priest from St Petersburg given three years in prison in 2023 for alleged false information about the army after condemning the war in videos.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'world-council-of-churches',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Ökumenischer Rat der Kirchen', en: 'World Council of Churches' },
    aliases: ['Weltkirchenrat', 'Ökumenischer Weltkirchenrat', 'Conseil œcuménique des Églises'],
    acronyms: ['ÖRK', 'WCC'],
    description: {
      de: 'Weltweiter Zusammenschluss von über 350 christlichen Kirchen mit Sitz in Genf; die Russisch-Orthodoxe Kirche ist trotz Forderungen nach ihrem Ausschluss weiter Mitglied.',
      en: 'Geneva-based global fellowship of more than 350 Christian churches; the Russian Orthodox Church remains a member despite calls for its expulsion.',
    },
  },
  {
    id: 'world-russian-peoples-council',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Weltkonzil des russischen Volkes', en: 'World Russian People’s Council', ru: 'Всемирный русский народный собор' },
    aliases: ['World Russian People\'s Council', 'Welt-Volkskonzil des russischen Volkes', 'Weltvolkskonzil', 'Allrussisches Volkskonzil', 'World Russian People’s Assembly', 'World Russian People\'s Assembly', 'Weltkonzil der Russen'],
    acronyms: ['WRNS', 'VRNS'],
    description: {
      de: 'Von Patriarch Kyrill geleitetes Forum der Kirche und nationalistischer Kreise; erklärte den Krieg gegen die Ukraine im März 2024 zum „Heiligen Krieg“.',
      en: 'Forum of the church and nationalist circles chaired by Patriarch Kirill; declared the war against Ukraine a “holy war” in March 2024.',
    },
    links: [{ rel: 'related-to', to: 'russian-orthodox-church' }, { rel: 'related-to', to: 'patriarch-kirill' }, { rel: 'part-of', to: 'russia' }],
  },
];
