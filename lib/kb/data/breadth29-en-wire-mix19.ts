// Twenty-ninth breadth round: a nineteenth random sample of English wire and newspaper reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Kyiv in wartime: the first head of the city's military administration.
  {
    id: 'mykola-zhyrnov',
    type: 'person',
    subtype: 'military',
    names: { de: 'Mykola Schyrnow', en: 'Mykola Zhyrnov', uk: 'Микола Жирнов', ru: 'Николай Жирнов' },
    aliases: ['Mykola Zhyrnov', 'Nikolai Zhirnov', 'Mykola Mykolayovych Zhyrnov'],
    description: {
      de: 'Ukrainischer General; leitete von März bis Oktober 2022 die Militärverwaltung der Stadt Kiew, dann von Serhij Popko abgelöst; zuvor Kommandeur der Unterstützungskräfte.',
      en: 'Ukrainian general; headed the Kyiv City Military Administration from March to October 2022, when Serhii Popko replaced him; earlier commander of the Support Forces.',
    },
    roles: [{ title: { de: 'Leiter der Militärverwaltung der Stadt Kiew', en: 'Head of the Kyiv City Military Administration' }, of: 'kyiv-city-military-administration', from: '2022-03-01', to: '2022-10-24' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'leads', to: 'kyiv-city-military-administration' }],
  },
  // Japan's government as it reports North Korean launches.
  {
    id: 'japanese-prime-ministers-office',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Amt des japanischen Ministerpräsidenten', en: "Japanese Prime Minister's Office" },
    aliases: ["Prime Minister's Office of Japan", 'Prime Minister’s Office of Japan', 'Japanese Prime Minister’s Office', 'Kantei', 'Büro des japanischen Ministerpräsidenten', 'Amtssitz des japanischen Regierungschefs'],
    description: {
      de: 'Regierungszentrale des japanischen Ministerpräsidenten in Tokio (Kantei); gibt bei nordkoreanischen Raketenstarts Warnungen an die Bevölkerung heraus.',
      en: 'Office of the Japanese prime minister in Tokyo (the Kantei); issues public alerts when North Korea fires missiles towards Japan.',
    },
    links: [{ rel: 'part-of', to: 'japan' }],
  },
  {
    id: 'toshiro-ino',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Toshiro Ino', en: 'Toshiro Ino' },
    aliases: ['Toshirō Ino'],
    description: {
      de: 'Japanischer LDP-Abgeordneter; 2022–2023 Staatsminister im Verteidigungsministerium, als solcher oft Sprecher zu nordkoreanischen Raketenstarts.',
      en: 'Japanese LDP lawmaker; state minister of defence in 2022–2023, often the voice on North Korean missile launches.',
    },
    roles: [{ title: { de: 'Staatsminister für Verteidigung', en: 'State Minister of Defense' }, of: 'japanese-defence-ministry', from: '2022-08', to: '2023-09' }],
    links: [{ rel: 'citizen-of', to: 'japan' }, { rel: 'member-of', to: 'japanese-defence-ministry' }],
  },
  // Israeli military intelligence: its analysis branch.
  {
    id: 'aman-research-division',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Forschungsabteilung des Militärgeheimdienstes Aman', en: 'Aman Research Division', he: 'חטיבת המחקר' },
    aliases: ['Military Intelligence Research Division', 'IDF Research Division', 'Research Division of Military Intelligence', 'Aman-Forschungsabteilung'],
    guarded: ['Research Division', 'Forschungsabteilung'],
    cues: ['aman', 'idf', 'intelligence', 'geheimdienst', 'militärgeheimdienst', 'directorate', 'israel', 'head of', 'leiter', 'chef', 'brig', 'col.'],
    description: {
      de: 'Analyseabteilung des israelischen Militärgeheimdienstes Aman; erstellt die nationale Lageeinschätzung für Regierung und Armee.',
      en: 'The analysis branch of Israeli military intelligence (Aman), which writes the national intelligence assessment for the government and the army.',
    },
    links: [{ rel: 'part-of', to: 'aman' }],
  },
  // Correspondents of The Times and The Sunday Times.
  {
    id: 'richard-lloyd-parry',
    type: 'person',
    names: { de: 'Richard Lloyd Parry', en: 'Richard Lloyd Parry' },
    description: {
      de: 'Britischer Journalist in Tokio, Asien-Redakteur der Londoner Times; schreibt über Japan und die beiden Koreas.',
      en: 'British journalist based in Tokyo, Asia editor of The Times of London; covers Japan and the two Koreas.',
    },
    links: [{ rel: 'member-of', to: 'the-times' }],
  },
  {
    id: 'anthony-loyd',
    type: 'person',
    names: { de: 'Anthony Loyd', en: 'Anthony Loyd' },
    description: {
      de: 'Britischer Kriegsreporter der Londoner Times; berichtet seit Jahrzehnten aus Bosnien, Syrien, dem Irak und der Ukraine.',
      en: 'British war correspondent of The Times of London; has reported from Bosnia, Syria, Iraq and Ukraine over decades.',
    },
    links: [{ rel: 'member-of', to: 'the-times' }],
  },
  {
    id: 'catherine-philp',
    type: 'person',
    names: { de: 'Catherine Philp', en: 'Catherine Philp' },
    description: {
      de: 'Britische Journalistin, Korrespondentin für Weltpolitik und Diplomatie der Londoner Times.',
      en: 'British journalist, world affairs and diplomatic correspondent of The Times of London.',
    },
    links: [{ rel: 'member-of', to: 'the-times' }],
  },
  {
    id: 'maxim-tucker',
    type: 'person',
    names: { de: 'Maxim Tucker', en: 'Maxim Tucker' },
    description: {
      de: 'Britischer Journalist, berichtet für die Londoner Times aus der Ukraine und Osteuropa.',
      en: 'British journalist who reports from Ukraine and eastern Europe for The Times of London.',
    },
    links: [{ rel: 'member-of', to: 'the-times' }],
  },
  {
    id: 'marc-bennetts',
    type: 'person',
    names: { de: 'Marc Bennetts', en: 'Marc Bennetts' },
    description: {
      de: 'Britischer Journalist, langjähriger Russland-Korrespondent der Londoner Times.',
      en: 'British journalist, long-time Russia correspondent of The Times of London.',
    },
    links: [{ rel: 'member-of', to: 'the-times' }],
  },
  {
    id: 'larisa-brown',
    type: 'person',
    names: { de: 'Larisa Brown', en: 'Larisa Brown' },
    description: {
      de: 'Britische Journalistin, Verteidigungsredakteurin der Londoner Times.',
      en: 'British journalist, defence editor of The Times of London.',
    },
    links: [{ rel: 'member-of', to: 'the-times' }],
  },
  {
    id: 'roger-boyes',
    type: 'person',
    names: { de: 'Roger Boyes', en: 'Roger Boyes' },
    description: {
      de: 'Britischer Journalist, diplomatischer Redakteur und Kolumnist der Londoner Times, früher ihr Korrespondent in Deutschland und Osteuropa.',
      en: 'British journalist, diplomatic editor and columnist of The Times of London, formerly its correspondent in Germany and eastern Europe.',
    },
    links: [{ rel: 'member-of', to: 'the-times' }],
  },
  {
    id: 'christina-lamb',
    type: 'person',
    names: { de: 'Christina Lamb', en: 'Christina Lamb' },
    description: {
      de: 'Britische Journalistin und Buchautorin, Chefauslandskorrespondentin der Sunday Times.',
      en: 'British journalist and author, chief foreign correspondent of The Sunday Times.',
    },
    links: [{ rel: 'member-of', to: 'the-sunday-times' }],
  },
  {
    id: 'louise-callaghan',
    type: 'person',
    names: { de: 'Louise Callaghan', en: 'Louise Callaghan' },
    description: {
      de: 'Britische Journalistin, Nahost-Korrespondentin der Sunday Times.',
      en: 'British journalist, Middle East correspondent of The Sunday Times.',
    },
    links: [{ rel: 'member-of', to: 'the-sunday-times' }],
  },
  // Correspondents of US networks and papers.
  {
    id: 'junko-ogura',
    type: 'person',
    names: { de: 'Junko Ogura', en: 'Junko Ogura' },
    description: {
      de: 'Journalistin im Tokioter Büro des US-Senders CNN.',
      en: 'Journalist in the Tokyo bureau of the US network CNN.',
    },
    links: [{ rel: 'member-of', to: 'cnn' }],
  },
  {
    id: 'matt-bradley',
    type: 'person',
    names: { de: 'Matt Bradley', en: 'Matt Bradley' },
    description: {
      de: 'US-Journalist, Auslandskorrespondent von NBC News, berichtet aus dem Nahen Osten und der Ukraine.',
      en: 'American journalist, foreign correspondent of NBC News who reports from the Middle East and Ukraine.',
    },
    links: [{ rel: 'member-of', to: 'nbc-news' }],
  },
  {
    id: 'james-longman',
    type: 'person',
    names: { de: 'James Longman', en: 'James Longman' },
    description: {
      de: 'Britischer Journalist, Auslandskorrespondent von ABC News.',
      en: 'British journalist, foreign correspondent of ABC News.',
    },
    links: [{ rel: 'member-of', to: 'abc-news' }],
  },
  {
    id: 'elizabeth-palmer',
    type: 'person',
    names: { de: 'Elizabeth Palmer', en: 'Elizabeth Palmer' },
    description: {
      de: 'Kanadische Journalistin, leitende Auslandskorrespondentin von CBS News.',
      en: 'Canadian journalist, senior foreign correspondent of CBS News.',
    },
    links: [{ rel: 'member-of', to: 'cbs-news' }],
  },
  {
    id: 'dion-nissenbaum',
    type: 'person',
    names: { de: 'Dion Nissenbaum', en: 'Dion Nissenbaum' },
    description: {
      de: 'US-Journalist des Wall Street Journal, berichtet über Nahost und nationale Sicherheit.',
      en: 'American journalist at The Wall Street Journal covering the Middle East and national security.',
    },
    links: [{ rel: 'member-of', to: 'wall-street-journal' }],
  },
  // Reuters and AP in Tokyo, who report North Korean launches as Japan sees them.
  {
    id: 'tim-kelly-reuters',
    type: 'person',
    names: { de: 'Tim Kelly', en: 'Tim Kelly' },
    description: {
      de: 'Journalist der Nachrichtenagentur Reuters in Tokio, schreibt über Japans Verteidigung und Sicherheit.',
      en: 'Reuters journalist in Tokyo covering Japanese defence and security.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'sakura-murakami',
    type: 'person',
    names: { de: 'Sakura Murakami', en: 'Sakura Murakami' },
    description: {
      de: 'Journalistin der Nachrichtenagentur Reuters in Tokio.',
      en: 'Reuters journalist in Tokyo.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'kiyoshi-takenaka',
    type: 'person',
    names: { de: 'Kiyoshi Takenaka', en: 'Kiyoshi Takenaka' },
    description: {
      de: 'Journalist der Nachrichtenagentur Reuters in Tokio.',
      en: 'Reuters journalist in Tokyo.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'elaine-lies',
    type: 'person',
    names: { de: 'Elaine Lies', en: 'Elaine Lies' },
    description: {
      de: 'Journalistin der Nachrichtenagentur Reuters in Tokio.',
      en: 'Reuters journalist in Tokyo.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'yukiko-toyoda',
    type: 'person',
    names: { de: 'Yukiko Toyoda', en: 'Yukiko Toyoda' },
    description: {
      de: 'Journalistin der Nachrichtenagentur Reuters in Tokio.',
      en: 'Reuters journalist in Tokyo.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'foster-klug',
    type: 'person',
    names: { de: 'Foster Klug', en: 'Foster Klug' },
    description: {
      de: 'US-Journalist der Associated Press in Tokio, langjähriger Korea-Berichterstatter.',
      en: 'Associated Press journalist in Tokyo, long a reporter on the Koreas.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  // More correspondents of The Times and The Sunday Times.
  {
    id: 'gabrielle-weiniger',
    type: 'person',
    names: { de: 'Gabrielle Weiniger', en: 'Gabrielle Weiniger' },
    description: {
      de: 'Britische Journalistin, Nahost-Korrespondentin der Londoner Times.',
      en: 'British journalist, Middle East correspondent of The Times of London.',
    },
    links: [{ rel: 'member-of', to: 'the-times' }],
  },
  {
    id: 'hala-jaber',
    type: 'person',
    names: { de: 'Hala Jaber', en: 'Hala Jaber' },
    description: {
      de: 'Libanesisch-britische Journalistin, lange Nahost-Korrespondentin der Sunday Times.',
      en: 'Lebanese-British journalist, long the Middle East correspondent of The Sunday Times.',
    },
    links: [{ rel: 'member-of', to: 'the-sunday-times' }],
  },
  {
    id: 'masahisa-miyazawa',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Masahisa Miyazawa', en: 'Masahisa Miyazawa' },
    description: {
      de: 'Japanischer LDP-Abgeordneter; ab September 2023 Staatsminister für Verteidigung, im Dezember 2023 im Zuge der Parteispendenaffäre zurückgetreten.',
      en: 'Japanese LDP lawmaker; state minister of defence from September 2023 until he resigned in December 2023 amid the party funds scandal.',
    },
    roles: [{ title: { de: 'Staatsminister für Verteidigung', en: 'State Minister of Defense' }, of: 'japanese-defence-ministry', from: '2023-09', to: '2023-12' }],
    links: [{ rel: 'citizen-of', to: 'japan' }, { rel: 'member-of', to: 'japanese-defence-ministry' }],
  },
];
