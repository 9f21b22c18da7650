// Nineteenth breadth round: a ninth random sample of German newspaper and broadcaster reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Ukrainian television: the channels of the national news telethon and their owners.
  {
    id: 'stb-tv',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'STB (Fernsehsender)', en: 'STB (TV channel)', uk: 'СТБ' },
    aliases: ['Sender STB', 'Fernsehsender STB', 'Kanal STB', 'STB channel', 'STB TV', 'TV channel STB'],
    guarded: ['STB'],
    cues: ['sender', 'fernseh', 'kanal', 'tv', 'channel', 'television', 'telemarathon', 'telethon', 'starlight', 'pintschuk', 'pinchuk', 'ictv', 'ukrain'],
    description: {
      de: 'Ukrainischer Privatsender aus der StarLightMedia-Gruppe von Wiktor Pintschuk, Teil des nationalen Nachrichten-Telemarathons.',
      en: "Ukrainian private TV channel of Viktor Pinchuk's StarLightMedia group, part of the national news telethon.",
    },
    links: [{ rel: 'part-of', to: 'ukraine' }, { rel: 'related-to', to: 'viktor-pinchuk' }, { rel: 'related-to', to: 'united-news-telethon' }],
  },
  {
    id: 'novyi-kanal',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Nowyj Kanal', en: 'Novyi Kanal', uk: 'Новий канал' },
    aliases: ['Novy Kanal', 'Novyy Kanal', 'Noviy Kanal', 'Nowij Kanal', 'Nowy Kanal'],
    description: {
      de: 'Ukrainischer Privatsender der StarLightMedia-Gruppe von Wiktor Pintschuk.',
      en: "Ukrainian private TV channel of Viktor Pinchuk's StarLightMedia group.",
    },
    links: [{ rel: 'part-of', to: 'ukraine' }, { rel: 'related-to', to: 'viktor-pinchuk' }],
  },
  {
    id: 'trk-ukraina',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'TRK Ukrajina', en: 'TRK Ukraina', uk: 'ТРК «Україна»' },
    aliases: ['TRK Ukraine', 'TRK Ukrayina', 'Kanal Ukrajina', 'Sender Ukrajina', 'Ukraina TV channel', 'TV channel Ukraina'],
    description: {
      de: 'Ukrainischer Fernsehsender der Media Group Ukraine von Rinat Achmetow; Achmetow gab die Sendelizenzen im Juli 2022 an den Staat ab.',
      en: "Ukrainian TV channel of Rinat Akhmetov's Media Group Ukraine; Akhmetov handed its broadcasting licences to the state in July 2022.",
    },
    links: [{ rel: 'part-of', to: 'ukraine' }, { rel: 'related-to', to: 'rinat-akhmetov' }],
  },
  {
    id: 'serhiy-lyovochkin',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Serhij Ljowotschkin', en: 'Serhiy Lyovochkin', uk: 'Сергій Льовочкін', ru: 'Сергей Лёвочкин' },
    aliases: ['Sergei Lyovochkin', 'Sergej Ljowotschkin', 'Serhiy Liovochkin', 'Sergiy Lyovochkin', 'Serhij Ljowotschkin'],
    description: {
      de: 'Ukrainischer Politiker, 2010 bis 2014 Leiter der Präsidialverwaltung unter Wiktor Janukowytsch; Miteigentümer des Senders Inter.',
      en: 'Ukrainian politician, head of the presidential administration under Viktor Yanukovych from 2010 to 2014; co-owner of the Inter channel.',
    },
    roles: [{ title: { de: 'Leiter der Präsidialverwaltung', en: 'Head of the Presidential Administration' }, of: 'ukraine', from: '2010', to: '2014-01' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'related-to', to: 'inter-tv' }, { rel: 'related-to', to: 'dmytro-firtash' }],
  },
  {
    id: 'valeriy-khoroshkovsky',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Walerij Choroschkowskyj', en: 'Valeriy Khoroshkovsky', uk: 'Валерій Хорошковський', ru: 'Валерий Хорошковский' },
    aliases: ['Valery Khoroshkovsky', 'Valeriy Khoroshkovskyi', 'Walerij Choroschkowski', 'Valeriy Horoshkovskyi'],
    description: {
      de: 'Ukrainischer Unternehmer und Politiker, 2010 bis 2012 Chef des Geheimdienstes SBU, danach kurz Finanzminister und Erster Vizepremier; früherer Eigentümer des Senders Inter.',
      en: 'Ukrainian businessman and politician, head of the SBU security service from 2010 to 2012, then briefly finance minister and first deputy prime minister; former owner of the Inter channel.',
    },
    roles: [{ title: { de: 'Chef des SBU', en: 'Head of the SBU' }, of: 'sbu', from: '2010', to: '2012' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'related-to', to: 'inter-tv' }],
  },

  // Anonymous Telegram channels that the SBU tied to Russian military intelligence in 2021.
  {
    id: 'legitimny-telegram',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Legitimnyj (Telegram-Kanal)', en: 'Legitimny (Telegram channel)', ru: 'Легитимный' },
    aliases: ['Legitimny', 'Legitimnyj', 'Legitimnyi', 'Legitimnij', 'Legitymnyi', 'Legitymnyj'],
    description: {
      de: 'Anonymer ukrainischsprachiger Telegram-Kanal mit angeblichen Insider-Nachrichten; laut SBU seit 2021 Teil eines vom russischen Militärgeheimdienst GRU gesteuerten Netzes.',
      en: 'Anonymous Telegram channel on Ukrainian politics posting supposed insider news; according to the SBU in 2021 part of a network run by Russian military intelligence (GRU).',
    },
    links: [{ rel: 'related-to', to: 'gru' }, { rel: 'related-to', to: 'sbu' }],
  },
  {
    id: 'rezident-telegram',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Rezident (Telegram-Kanal)', en: 'Rezident (Telegram channel)', ru: 'Резидент' },
    aliases: ['Rezident-Kanal', 'Telegram-Kanal Rezident', 'Rezident channel'],
    guarded: ['Rezident'],
    cues: ['telegram', 'kanal', 'channel', 'anonym', 'sbu', 'gru', 'legitim', 'kartel', 'splet'],
    description: {
      de: 'Anonymer Telegram-Kanal zur ukrainischen Politik; vom SBU 2021 einem Netz des russischen Militärgeheimdienstes GRU zugerechnet.',
      en: 'Anonymous Telegram channel on Ukrainian politics; attributed by the SBU in 2021 to a network run by Russian military intelligence (GRU).',
    },
    links: [{ rel: 'related-to', to: 'gru' }, { rel: 'related-to', to: 'legitimny-telegram' }],
  },
  {
    id: 'kartel-telegram',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Kartel (Telegram-Kanal)', en: 'Kartel (Telegram channel)', ru: 'Картель' },
    aliases: ['Telegram-Kanal Kartel', 'Kartel channel', 'Cartel Telegram channel'],
    guarded: ['Kartel'],
    cues: ['telegram', 'kanal', 'channel', 'anonym', 'sbu', 'gru', 'legitim', 'rezident', 'splet'],
    description: {
      de: 'Anonymer Telegram-Kanal zur ukrainischen Politik; vom SBU 2021 einem Netz des russischen Militärgeheimdienstes GRU zugerechnet.',
      en: 'Anonymous Telegram channel on Ukrainian politics; attributed by the SBU in 2021 to a network run by Russian military intelligence (GRU).',
    },
    links: [{ rel: 'related-to', to: 'gru' }, { rel: 'related-to', to: 'legitimny-telegram' }],
  },
  {
    id: 'spletnitsa-telegram',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Spletniza (Telegram-Kanal)', en: 'Spletnitsa (Telegram channel)', ru: 'Сплетница' },
    aliases: ['Spletnitsa', 'Spletniza', 'Spletnica', 'Splietnitsa'],
    description: {
      de: 'Anonymer Klatsch- und Politik-Kanal auf Telegram; vom SBU 2021 einem Netz des russischen Militärgeheimdienstes GRU zugerechnet.',
      en: 'Anonymous gossip and politics channel on Telegram; attributed by the SBU in 2021 to a network run by Russian military intelligence (GRU).',
    },
    links: [{ rel: 'related-to', to: 'gru' }, { rel: 'related-to', to: 'legitimny-telegram' }],
  },

  // German and Western voices quoted in the sample.
  {
    id: 'norbert-lammert',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Norbert Lammert', en: 'Norbert Lammert' },
    description: {
      de: 'CDU-Politiker, 2005 bis 2017 Präsident des Bundestages, seit 2018 Vorsitzender der Konrad-Adenauer-Stiftung; 2022 auf Irans Gegensanktionsliste.',
      en: 'CDU politician, President of the Bundestag from 2005 to 2017 and chairman of the Konrad Adenauer Foundation since 2018; put on Iran\'s counter-sanctions list in 2022.',
    },
    roles: [
      { title: { de: 'Bundestagspräsident', en: 'President of the Bundestag' }, of: 'bundestag', from: '2005', to: '2017' },
      { title: { de: 'Vorsitzender der Konrad-Adenauer-Stiftung', en: 'Chairman of the Konrad Adenauer Foundation' }, of: 'konrad-adenauer-stiftung', from: '2018' },
    ],
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'cdu' }, { rel: 'leads', to: 'konrad-adenauer-stiftung' }],
  },
  {
    id: 'eric-gujer',
    type: 'person',
    subtype: 'official',
    names: { de: 'Eric Gujer', en: 'Eric Gujer' },
    description: {
      de: 'Chefredakteur der Neuen Zürcher Zeitung seit 2015, schreibt oft über Sicherheitspolitik und den Ukraine-Krieg.',
      en: 'Editor-in-chief of the Neue Zürcher Zeitung since 2015, often writing on security policy and the war in Ukraine.',
    },
    roles: [{ title: { de: 'Chefredakteur', en: 'Editor-in-chief' }, of: 'nzz', from: '2015' }],
    links: [{ rel: 'leads', to: 'nzz' }],
  },

  // Israel: the ultra-Orthodox brigade.
  {
    id: 'hashmonaim-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Hashmonaim-Brigade', en: 'Hashmonaim Brigade', he: 'חטיבת החשמונאים' },
    aliases: ['Hasmonean Brigade', 'Hasmonäer-Brigade', 'Hasmonäerbrigade', 'Chashmonai Brigade', 'Chashmonaim Brigade', 'Haschmonaim-Brigade', 'Hashmonaim-Brigade'],
    description: {
      de: 'Ultraorthodoxe Infanteriebrigade der israelischen Armee, Ende 2024 gegründet, in der Haredim nach religiösen Regeln Kampfdienst leisten.',
      en: 'Ultra-Orthodox infantry brigade of the Israel Defense Forces, set up in late 2024, in which Haredi men serve in combat under religious rules.',
    },
    links: [{ rel: 'part-of', to: 'idf' }],
  },
  {
    id: 'avinoam-emunah',
    type: 'person',
    subtype: 'military',
    names: { de: 'Avinoam Emunah', en: 'Avinoam Emunah' },
    aliases: ['Avinoam Emuna'],
    description: {
      de: 'Israelischer Oberst, erster Kommandeur der ultraorthodoxen Hashmonaim-Brigade.',
      en: 'Israeli colonel, first commander of the ultra-Orthodox Hashmonaim Brigade.',
    },
    roles: [{ title: { de: 'Kommandeur der Hashmonaim-Brigade', en: 'Commander of the Hashmonaim Brigade' }, of: 'hashmonaim-brigade', from: '2024' }],
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'leads', to: 'hashmonaim-brigade' }],
  },

  // Russian and Belarusian arms-industry suppliers on the sanctions lists.
  {
    id: 'kurganpribor',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Kurganpribor', en: 'Kurganpribor', ru: 'Курганприбор' },
    aliases: ['NPO Kurganpribor', 'SPA Kurganpribor', 'Kurganpribor JSC', 'AO Kurganpribor'],
    description: {
      de: 'Russischer Rüstungsbetrieb in Kurgan, der Munition und Munitionsteile herstellt; von EU und USA (2024) sanktioniert.',
      en: 'Russian defence plant in Kurgan making ammunition and ammunition components; sanctioned by the EU and the US (2024).',
    },
    links: [{ rel: 'part-of', to: 'russia' }, { rel: 'related-to', to: 'kurganmashzavod' }],
  },
  {
    id: 'mytishchi-machine-building-plant',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Mytischtschinski Maschinenbauwerk', en: 'Mytishchi Machine-Building Plant', ru: 'Мытищинский машиностроительный завод' },
    aliases: ['Mytishchi Machine Building Plant', 'Maschinenbauwerk Mytischtschi', 'Mytischtschi-Maschinenbauwerk', 'MMZ Mytishchi'],
    description: {
      de: 'Russisches Werk bei Moskau, Teil der Kalaschnikow-Gruppe, das die Kettenfahrgestelle der Flugabwehrsysteme Buk-M3 und Tor-M2 baut.',
      en: 'Russian plant near Moscow, part of the Kalashnikov group, building the tracked chassis of the Buk-M3 and Tor-M2 air-defence systems.',
    },
    links: [{ rel: 'part-of', to: 'kalashnikov-concern' }, { rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'elecond',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Elekond', en: 'Elecond', ru: 'Элеконд' },
    aliases: ['Elekond', 'Elecond JSC', 'AO Elecond'],
    description: {
      de: 'Kondensatorenhersteller in Sarapul (Udmurtien), Zulieferer der russischen Rüstungselektronik; 2025 von Großbritannien sanktioniert.',
      en: 'Capacitor maker in Sarapul (Udmurtia) supplying Russian defence electronics; sanctioned by the UK in 2025.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'sarapul-radio-plant',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Sarapuler Radiowerk', en: 'Sarapul Radio Plant', ru: 'Сарапульский радиозавод' },
    aliases: ['Sarapul Radio Factory', 'Radiowerk Sarapul', 'Sarapulski Radiosawod'],
    description: {
      de: 'Russischer Hersteller militärischer Funk- und Kommunikationstechnik in Sarapul (Udmurtien); 2025 von Großbritannien sanktioniert.',
      en: 'Russian maker of military radio and communications equipment in Sarapul (Udmurtia); sanctioned by the UK in 2025.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'kumertau-aviation-plant',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Luftfahrtwerk Kumertau', en: 'Kumertau Aviation Production Enterprise', ru: 'Кумертауское авиационное производственное предприятие' },
    aliases: ['Kumertau Aviation Plant', 'Kumertau aircraft plant', 'KumAPP', 'Kumertauer Luftfahrtwerk', 'Flugzeugwerk Kumertau'],
    description: {
      de: 'Hubschrauberwerk in Kumertau (Baschkortostan), das Kamow-Hubschrauber baut; Teil von Russian Helicopters, von den USA 2020 sanktioniert.',
      en: 'Helicopter plant in Kumertau (Bashkortostan) building Kamov helicopters; part of Russian Helicopters, sanctioned by the US in 2020.',
    },
    links: [{ rel: 'part-of', to: 'russian-helicopters' }, { rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'elektrovypryamitel',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Elektrowyprjamitel', en: 'Elektrovypryamitel', ru: 'Электровыпрямитель' },
    aliases: ['Electrovypryamitel', 'Elektrovypryamitel-ZSP', 'Elektrowyprjamitel'],
    description: {
      de: 'Russischer Hersteller von Leistungshalbleitern und Stromrichtern in Saransk, der auch die Rüstungsindustrie beliefert; von den USA und Australien sanktioniert.',
      en: 'Russian maker of power semiconductors and converters in Saransk that also supplies the arms industry; sanctioned by the US and Australia.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'monolit-vitebsk',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Monolit (Witebsk)', en: 'Monolit (Vitebsk)', ru: 'Монолит', be: 'Маналіт' },
    aliases: ['Monolit plant', 'Werk Monolit', 'Vitebsk Radio Components Plant Monolit', 'Witebsker Werk Monolit'],
    guarded: ['Monolit'],
    cues: ['witebsk', 'vitebsk', 'kondensator', 'capacitor', 'belarus', 'weißrussland', 'werk', 'plant', 'sanktion', 'sanction', 'rüstung', 'defence', 'defense'],
    description: {
      de: 'Belarussisches Bauteilewerk in Witebsk, das Keramikkondensatoren an die russische Rüstungsindustrie liefert; 2023 von der Ukraine sanktioniert.',
      en: 'Belarusian components plant in Vitebsk supplying ceramic capacitors to the Russian arms industry; sanctioned by Ukraine in 2023.',
    },
    links: [{ rel: 'part-of', to: 'belarus' }, { rel: 'related-to', to: 'spets-elektronkomplekt' }],
  },
  {
    id: 'spets-elektronkomplekt',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Spez-Elektronkomplekt', en: 'Spets-Elektronkomplekt', ru: 'Спец-Электронкомплект' },
    aliases: ['Spetselektronkomplekt', 'Spets-Electronkomplekt', 'Spets Elektronkomplekt'],
    description: {
      de: 'Russischer Großhändler elektronischer Bauteile, einer der größten Zulieferer der russischen Rüstungsindustrie.',
      en: 'Russian wholesaler of electronic components, one of the largest suppliers of the Russian arms industry.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'uec-star',
    type: 'organization',
    subtype: 'company',
    names: { de: 'UEC-Star', en: 'UEC-Star', ru: 'ОДК-Стар' },
    aliases: ['ODK-Star', 'UEC Star', 'ODK Star'],
    description: {
      de: 'Triebwerks-Tochter der United Engine Corporation in Perm, an russischen Flugzeugtriebwerken beteiligt; 2025 von der EU sanktioniert.',
      en: 'Perm-based subsidiary of the United Engine Corporation working on Russian aircraft engines; sanctioned by the EU in 2025.',
    },
    links: [{ rel: 'part-of', to: 'united-engine-corporation' }, { rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'utair',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Utair', en: 'Utair', ru: 'ЮТэйр' },
    aliases: ['UTair', 'Utair Aviation', 'UTair Aviation'],
    description: {
      de: 'Russische Fluggesellschaft aus Chanty-Mansijsk mit großer Hubschrauberflotte; 2025 von der EU sanktioniert, weil sie Soldaten für das Verteidigungsministerium transportiert.',
      en: 'Russian airline from Khanty-Mansiysk with a large helicopter fleet; sanctioned by the EU in 2025 for flying troops for the defence ministry.',
    },
    links: [{ rel: 'part-of', to: 'russia' }, { rel: 'related-to', to: 'russian-defence-ministry' }],
  },
  {
    id: 'kizlyar-electromechanical-plant',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Elektromechanisches Werk Kisljar', en: 'Kizlyar Electromechanical Plant', ru: 'Кизлярский электромеханический завод' },
    aliases: ['Kizlyar Electro-Mechanical Plant', 'Kisljarer Elektromechanisches Werk', 'Kisljar-Werk', 'KEMZ'],
    description: {
      de: 'Rüstungsbetrieb in Kisljar (Dagestan), der Avionik und Bordgeräte für Militärflugzeuge und Hubschrauber baut; von der EU sanktioniert.',
      en: 'Defence plant in Kizlyar (Dagestan) making avionics and on-board equipment for military aircraft and helicopters; sanctioned by the EU.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },

  // Iran: missile and defence-industry bodies on the UN, EU and US lists.
  {
    id: 'irgc-research-self-sufficiency-jihad-organization',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Forschungs- und Selbstversorgungs-Dschihad-Organisation der Revolutionsgarden', en: 'IRGC Research and Self-Sufficiency Jihad Organization' },
    aliases: ['Research and Self-Sufficiency Jihad Organization', 'Research and Self Sufficiency Jihad Organization', 'Research and Self-Sufficiency Jehad Organization', 'IRGC-RSSJO'],
    acronyms: ['RSSJO'],
    description: {
      de: 'Forschungsstelle der iranischen Revolutionsgarden, die ballistische Raketen entwickelt; seit 2017 von den USA sanktioniert.',
      en: 'Research arm of the Islamic Revolutionary Guard Corps developing ballistic missiles; sanctioned by the US since 2017.',
    },
    links: [{ rel: 'part-of', to: 'irgc' }, { rel: 'related-to', to: 'self-sufficiency-jihad-organization' }],
  },
  {
    id: 'special-industries-group',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Special Industries Group', en: 'Special Industries Group' },
    aliases: ['Special Industries Organization', 'Ministry of Defense Special Industries Group', 'Organisation für Spezialindustrien'],
    description: {
      de: 'Tochter der iranischen Defense Industries Organization, die Schutzausrüstung gegen atomare, biologische und chemische Waffen herstellt; auf UN- und westlichen Sanktionslisten.',
      en: "Subsidiary of Iran's Defense Industries Organization making nuclear, biological and chemical protection gear; on UN and Western sanctions lists.",
    },
    links: [{ rel: 'part-of', to: 'defense-industries-organization' }, { rel: 'part-of', to: 'iran' }],
  },
];
