// Fifth breadth round: entities met in the German press on the Middle East, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── Syria ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'mohammed-abdul-rahman-turko',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Mohammed Abdul Rahman Turko', en: 'Mohammad Abdulrahman Turko' },
    aliases: [
      'Mohammed Abdulrahman Turko', 'Mohammad Abdul Rahman Turko', 'Muhammad Abdul Rahman Turko', 'Mohamed Abdulrahman Turko',
      'Mohammed Turko', 'Mohammad Turko', 'Mohammed Abdul-Rahman Turko',
    ],
    description: {
      de: 'Kurdischer Politiker, seit März 2025 Bildungsminister der syrischen Übergangsregierung unter al-Scharaa.',
      en: "Kurdish politician, education minister in al-Sharaa's Syrian transitional government since March 2025.",
    },
    roles: [{ title: { de: 'Bildungsminister', en: 'Minister of Education' }, of: 'syria', from: '2025-03' }],
    links: [{ rel: 'citizen-of', to: 'syria' }],
  },

  // ── Lebanon ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'lebanese-palestinian-dialogue-committee',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Libanesisch-Palästinensisches Dialogkomitee', en: 'Lebanese-Palestinian Dialogue Committee', ar: 'لجنة الحوار اللبناني الفلسطيني' },
    aliases: [
      'Lebanese Palestinian Dialogue Committee', 'Libanesisch-palästinensisches Dialogkomitee', 'libanesisch-palästinensisches Dialogkomitee', 'Libanesisch-Palästinensischer Dialogausschuss',
      'Libanesisch-palästinensischer Dialogausschuss',
    ],
    acronyms: ['LPDC'],
    description: {
      de: 'Libanesisches Regierungsgremium für die Beziehungen zu den palästinensischen Flüchtlingslagern; organisiert seit 2025 deren Entwaffnung.',
      en: 'Lebanese government body for relations with the Palestinian refugee camps; organises their disarmament since 2025.',
    },
    links: [{ rel: 'part-of', to: 'lebanon' }, { rel: 'related-to', to: 'ramez-dimashkieh' }],
  },

  // ── Germany ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'stephan-mayer',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Stephan Mayer', en: 'Stephan Mayer' },
    description: {
      de: 'CSU-Bundestagsabgeordneter aus Oberbayern, früher Parlamentarischer Staatssekretär im Bundesinnenministerium und 2022 kurz CSU-Generalsekretär.',
      en: 'CSU member of the Bundestag from Upper Bavaria, formerly parliamentary state secretary at the interior ministry and briefly CSU general secretary in 2022.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'csu' }],
  },
  {
    id: 'klaus-holetschek',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Klaus Holetschek', en: 'Klaus Holetschek' },
    aliases: ['Holetschek'],
    description: {
      de: 'CSU-Politiker, Vorsitzender der CSU-Fraktion im Bayerischen Landtag seit 2023, zuvor bayerischer Gesundheitsminister.',
      en: 'CSU politician, leader of the CSU group in the Bavarian state parliament since 2023, previously Bavarian health minister.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'csu' }],
  },
  {
    id: 'carmen-wegge',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Carmen Wegge', en: 'Carmen Wegge' },
    description: {
      de: 'SPD-Bundestagsabgeordnete aus Oberbayern, forderte 2025 einen Teilstopp deutscher Rüstungsexporte nach Israel.',
      en: 'SPD member of the Bundestag from Upper Bavaria who in 2025 called for a partial halt of German arms exports to Israel.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'spd' }],
  },
  {
    id: 'junge-union',
    type: 'organization',
    subtype: 'party',
    names: { de: 'Junge Union', en: 'Young Union' },
    aliases: ['Junge Union Deutschlands'],
    acronyms: ['JU'],
    description: {
      de: 'Gemeinsame Jugendorganisation von CDU und CSU; kritisierte 2025 den Teilstopp der Rüstungsexporte nach Israel.',
      en: 'Joint youth organisation of the CDU and CSU; criticised the 2025 partial halt of arms exports to Israel.',
    },
    links: [{ rel: 'part-of', to: 'cdu-csu' }],
  },
  {
    id: 'bayerischer-rundfunk',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Bayerischer Rundfunk', en: 'Bavarian Broadcasting' },
    aliases: ['BR24'],
    // BR is also Brazil's country code and, in company news, the Betriebsrat: a broadcaster's cue has to stand by.
    guarded: ['BR'],
    cues: ['rundfunk', 'bayerisch', 'ard', 'sender', 'reporter', 'recherche', '<sagte dem', '<sagte er dem', '<sagte sie dem', '<bestätigte dem', '<erklärte dem', '<berichtete der', '<berichtet der'],
    description: {
      de: 'Öffentlich-rechtliche Rundfunkanstalt Bayerns in der ARD; ihr Nachrichtenangebot heißt BR24.',
      en: "Bavaria's public broadcaster within ARD; its news service is called BR24.",
    },
    links: [{ rel: 'part-of', to: 'ard' }],
  },
  // ── Media and people in the news ────────────────────────────────────────────────────────────
  {
    id: 'al-watan-syria',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Al-Watan', en: 'Al-Watan', ar: 'الوطن' },
    aliases: ['Al Watan', 'al-Watan'],
    description: {
      de: 'Syrische Tageszeitung aus Damaskus, unter Assad regierungsnah.',
      en: 'Syrian daily newspaper from Damascus, close to the government under Assad.',
    },
    links: [{ rel: 'related-to', to: 'syria' }],
  },
  {
    id: 'rai-al-youm',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Rai al-Youm', en: 'Rai al-Youm', ar: 'رأي اليوم' },
    aliases: ["Ra'i al-Youm", 'Rai Al Youm', 'Raialyoum', 'Rai al-Yaum', 'Ray al-Youm'],
    description: {
      de: 'Panarabische Online-Zeitung mit Sitz in London, gegründet von Abdel Bari Atwan.',
      en: 'Pan-Arab online newspaper based in London, founded by Abdel Bari Atwan.',
    },
  },
  {
    id: 'abna-news-agency',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Ahlulbayt-Nachrichtenagentur', en: 'AhlulBayt News Agency', fa: 'خبرگزاری اهل‌بیت' },
    aliases: ['Ahlulbayt Nachrichtenagentur', 'Ahl al-Bayt News Agency', 'AhlulBayt News Agency'],
    acronyms: ['ABNA'],
    description: {
      de: 'Iranische schiitische Nachrichtenagentur der Ahl-al-Bayt-Weltversammlung, verbreitet Positionen der Achse des Widerstands, auch auf Deutsch.',
      en: "Iranian Shia news agency of the Ahl al-Bayt World Assembly, spreading the 'axis of resistance' line, also in German.",
    },
    links: [{ rel: 'related-to', to: 'iran' }],
  },
  {
    id: 'nina-amin',
    type: 'person',
    subtype: 'official',
    names: { de: 'Nina Amin', en: 'Nina Amin' },
    description: {
      de: 'Deutsche Journalistin, Nahost-Korrespondentin der ARD im Studio Kairo.',
      en: 'German journalist, Middle East correspondent for ARD at its Cairo bureau.',
    },
    links: [{ rel: 'member-of', to: 'ard' }],
  },
  {
    id: 'erfan-soltani',
    type: 'person',
    names: { de: 'Erfan Soltani', en: 'Erfan Soltani', fa: 'عرفان سلطانی' },
    description: {
      de: 'Junger iranischer Demonstrant, dessen im Januar 2026 angesetzte Hinrichtung internationale Proteste auslöste.',
      en: 'Young Iranian protester whose execution, scheduled for January 2026, drew international protest.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }],
  },
  {
    id: 'aghil-keshavarz',
    type: 'person',
    names: { de: 'Aghil Keshavarz', en: 'Aghil Keshavarz', fa: 'عقیل کشاورز' },
    aliases: ['Aghil Keschawars', 'Aqil Keshavarz', 'Aghil Keshavard'],
    description: {
      de: 'Iranischer Architekturstudent, im Dezember 2025 wegen angeblicher Spionage für Israel hingerichtet.',
      en: 'Iranian architecture student executed in December 2025 on charges of spying for Israel.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }],
  },

  // ── Gaza after the October 2025 ceasefire ───────────────────────────────────────────────────
  {
    id: 'gaza-executive-board',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Gaza-Exekutivrat', en: 'Gaza Executive Board' },
    aliases: ['Gaza-Exekutivausschuss', 'Exekutivrat für Gaza', 'Gaza Executive Council'],
    description: {
      de: 'Im Januar 2026 gebildetes Gremium unter dem Friedensrat, das die palästinensische Technokratenverwaltung im Gazastreifen unterstützt; Mitglieder u. a. Witkoff, Blair und Fidan.',
      en: 'Body formed in January 2026 under the Board of Peace to support the Palestinian technocratic administration in Gaza; members include Witkoff, Blair and Fidan.',
    },
    links: [{ rel: 'part-of', to: 'board-of-peace' }],
  },
  {
    id: 'apollo-global-management',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Apollo Global Management', en: 'Apollo Global Management' },
    description: {
      de: 'US-Finanzinvestor und Vermögensverwalter; sein Chef Marc Rowan sitzt im Gaza-Friedensrat.',
      en: 'US private-equity and asset manager; its CEO Marc Rowan sits on the Gaza Board of Peace.',
    },
    links: [{ rel: 'related-to', to: 'marc-rowan' }],
  },
  {
    id: 'jamal-khashoggi',
    type: 'person',
    names: { de: 'Jamal Khashoggi', en: 'Jamal Khashoggi', ar: 'جمال خاشقجي' },
    aliases: ['Dschamal Chaschukdschi', 'Jamal Khashuqji', 'Khashoggi'],
    description: {
      de: 'Saudischer Journalist und Regierungskritiker, Kolumnist der Washington Post; im Oktober 2018 im saudischen Konsulat in Istanbul getötet.',
      en: 'Saudi journalist and government critic, Washington Post columnist; killed in the Saudi consulate in Istanbul in October 2018.',
    },
    links: [{ rel: 'citizen-of', to: 'saudi-arabia' }, { rel: 'related-to', to: 'mohammed-bin-salman' }],
  },
];
