// Thirty-second breadth round: German-language reporting on Iran and Israel, the June 2025 war and after.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Cyber actors and targets of the June 2025 war.
  {
    id: 'predatory-sparrow',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Predatory Sparrow', en: 'Predatory Sparrow', fa: 'گنجشک درنده' },
    aliases: ['Gonjeshke Darande', 'Gonjeshk-e Darande', 'Gonjeshk Darande'],
    description: {
      de: 'Hackergruppe, die Israel zugerechnet wird; legte iranische Tankstellen und Stahlwerke lahm und griff im Juni 2025 die Bank Sepah und die Kryptobörse Nobitex an.',
      en: 'Hacking group attributed to Israel; it has crippled Iranian fuel stations and steelworks and in June 2025 hit Bank Sepah and the Nobitex crypto exchange.',
    },
    links: [{ rel: 'related-to', to: 'israel' }, { rel: 'related-to', to: 'bank-sepah' }, { rel: 'related-to', to: 'nobitex' }],
  },
  {
    id: 'nobitex',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Nobitex', en: 'Nobitex', fa: 'نوبیتکس' },
    description: {
      de: 'Größte Kryptowährungsbörse Irans; im Juni 2025 von Predatory Sparrow gehackt, wobei Kryptowerte im Wert von rund 90 Millionen Dollar vernichtet wurden.',
      en: 'Iran’s largest cryptocurrency exchange; hacked by Predatory Sparrow in June 2025, which destroyed crypto assets worth about 90 million dollars.',
    },
    links: [{ rel: 'part-of', to: 'iran' }],
  },
  // Operations of the June 2025 war.
  {
    id: 'operation-red-wedding',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Operation Red Wedding', en: 'Operation Red Wedding' },
    aliases: ['Operation Rote Hochzeit'],
    description: {
      de: 'Israelische Teiloperation zu Beginn von „Rising Lion“ im Juni 2025, mit der die Spitze der iranischen Militärführung in einem Schlag getötet werden sollte.',
      en: 'Israeli sub-operation at the start of Rising Lion in June 2025 that aimed to kill Iran’s top military commanders in a single blow.',
    },
    links: [{ rel: 'part-of', to: 'operation-rising-lion' }, { rel: 'related-to', to: 'idf' }],
  },
  // Iranian hardliners and veterans quoted in the war coverage.
  {
    id: 'hossein-allahkaram',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Hossein Allahkaram', en: 'Hossein Allahkaram', fa: 'حسین الله‌کرم' },
    aliases: ['Hussein Allahkaram', 'Hossein Allah-Karam', 'Hossein Allah Karam'],
    description: {
      de: 'Ehemaliger Offizier der Revolutionsgarden und führender Kopf der Schlägertruppe Ansar-e Hisbollah.',
      en: 'Former Revolutionary Guards officer and leading figure of the Ansar-e Hezbollah vigilante group.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'ansar-e-hezbollah' }],
  },
  {
    id: 'hassan-abbasi-irgc',
    type: 'person',
    subtype: 'military',
    names: { de: 'Hassan Abbasi', en: 'Hassan Abbasi', fa: 'حسن عباسی' },
    description: {
      de: 'Iranischer Stratege aus dem Umfeld der Revolutionsgarden, bekannt für Drohreden gegen die USA und Israel; wird als „Kissinger des Islam“ bezeichnet.',
      en: 'Iranian strategist from the Revolutionary Guards’ milieu known for threatening speeches against the US and Israel; dubbed the “Kissinger of Islam”.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'irgc' }],
  },
  {
    id: 'mohammad-hossein-saffar-harandi',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Mohammad Hossein Saffar-Harandi', en: 'Mohammad Hossein Saffar Harandi', fa: 'محمدحسین صفار هرندی' },
    aliases: ['Mohammad-Hossein Saffar-Harandi', 'Hossein Saffar-Harandi', 'Hossein Saffar Harandi', 'Saffar-Harandi', 'Saffar Harandi'],
    description: {
      de: 'Iranischer Hardliner und früherer Offizier der Revolutionsgarden; Kulturminister unter Ahmadinedschad, danach Mitglied des Schlichtungsrats.',
      en: 'Iranian hardliner and former Revolutionary Guards officer; culture minister under Ahmadinejad, later a member of the Expediency Council.',
    },
    roles: [{ title: { de: 'Minister für Kultur und islamische Führung', en: 'Minister of Culture and Islamic Guidance' }, of: 'iran', from: '2005', to: '2009' }],
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'expediency-council' }],
  },
  {
    id: 'hossein-kanani-moghaddam',
    type: 'person',
    subtype: 'military',
    names: { de: 'Hossein Kanani Moghaddam', en: 'Hossein Kanani Moghaddam', fa: 'حسین کنعانی مقدم' },
    aliases: ['Hossein Kanani-Moghaddam', 'Hussein Kanani Moghaddam', 'Hossein Kanaani Moghaddam', 'Kanani Moghaddam'],
    description: {
      de: 'Früherer Kommandeur der Revolutionsgarden und Kommentator in iranischen und arabischen Medien; Generalsekretär der iranischen Grünen Partei.',
      en: 'Former Revolutionary Guards commander and commentator in Iranian and Arab media; secretary-general of Iran’s Green Party.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'irgc' }],
  },
  // Units, bodies and firms named in the war coverage.
  {
    id: 'unit-190-quds-force',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Einheit 190 der Quds-Truppe', en: 'Quds Force Unit 190' },
    aliases: ['Einheit 190', 'Unit 190', 'Quds-Truppen-Einheit 190', 'Quds Force’s Unit 190', 'IRGC Unit 190'],
    description: {
      de: 'Einheit der Quds-Truppe, die Waffen an Irans Verbündete wie die Hisbollah schmuggelt; ihr Kommandeur Behnam Schahriari wurde im Juni 2025 getötet.',
      en: 'Quds Force unit that smuggles weapons to Iran’s allies such as Hezbollah; its commander Behnam Shahriyari was killed in June 2025.',
    },
    links: [{ rel: 'part-of', to: 'quds-force' }, { rel: 'related-to', to: 'behnam-shahriyari' }],
  },
  {
    id: '131st-bomb-wing',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '131st Bomb Wing', en: '131st Bomb Wing' },
    aliases: ['131. Bombergeschwader', '131st Bomb Wing der Nationalgarde von Missouri', 'Missouri Air National Guard 131st Bomb Wing'],
    description: {
      de: 'Geschwader der Luftnationalgarde von Missouri, das auf dem Stützpunkt Whiteman gemeinsam mit dem 509th Bomb Wing die B-2-Tarnkappenbomber fliegt.',
      en: 'Missouri Air National Guard wing that flies the B-2 stealth bombers at Whiteman together with the 509th Bomb Wing.',
    },
    links: [{ rel: 'part-of', to: 'us-air-force' }, { rel: 'related-to', to: '509th-bomb-wing' }, { rel: 'related-to', to: 'b-2-spirit' }],
  },
  {
    id: 'shimon-peres-negev-nuclear-research-center',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Shimon-Peres-Kernforschungszentrum Negev', en: 'Shimon Peres Negev Nuclear Research Center' },
    aliases: ['Negev Nuclear Research Center', 'Kernforschungszentrum Negev', 'Atomforschungszentrum Negev', 'Kernforschungszentrum Dimona', 'Atomforschungszentrum Dimona', 'Dimona Nuclear Research Center', 'Negev Nuclear Research Centre', 'Shimon Peres Negev Nuclear Research Centre'],
    description: {
      de: 'Israelisches Atomforschungszentrum mit Reaktor bei Dimona in der Negev-Wüste; gilt als Herz des nie offiziell bestätigten israelischen Atomwaffenprogramms.',
      en: 'Israeli nuclear research centre with a reactor near Dimona in the Negev desert; regarded as the heart of Israel’s never officially confirmed nuclear weapons programme.',
    },
    links: [{ rel: 'part-of', to: 'israel-atomic-energy-commission' }, { rel: 'part-of', to: 'israel' }],
  },
  {
    id: 'soreq-nuclear-research-center',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Kernforschungszentrum Soreq', en: 'Soreq Nuclear Research Center' },
    aliases: ['Soreq Nuclear Research Centre', 'Atomforschungszentrum Soreq', 'Forschungszentrum Soreq', 'Nahal Soreq Nuclear Research Center'],
    description: {
      de: 'Israelisches Kernforschungszentrum südlich von Tel Aviv mit einem kleinen Forschungsreaktor, unter der Aufsicht der Atomenergiekommission.',
      en: 'Israeli nuclear research centre south of Tel Aviv with a small research reactor, run under the Atomic Energy Commission.',
    },
    links: [{ rel: 'part-of', to: 'israel-atomic-energy-commission' }, { rel: 'part-of', to: 'israel' }],
  },
  {
    id: 'fajr-aviation-composite-industries',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Fajr Aviation Composite Industries', en: 'Fajr Aviation Composite Industries' },
    aliases: ['Fajr Aviation and Composites Industry', 'Fajr Aviation Composites Industries'],
    description: {
      de: 'Iranischer Hersteller von Verbundwerkstoffen für Flugzeuge und Raketen im Umfeld der Revolutionsgarden; steht seit 2007 auf UN-Sanktionslisten.',
      en: 'Iranian maker of composite materials for aircraft and missiles linked to the Revolutionary Guards; on UN sanctions lists since 2007.',
    },
    links: [{ rel: 'part-of', to: 'iran' }, { rel: 'related-to', to: 'irgc' }],
  },
  {
    id: 'controp',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Controp', en: 'Controp Precision Technologies' },
    aliases: ['Controp Precision Technologies Ltd', 'Controp Precision Technologies Ltd.'],
    description: {
      de: 'Israelischer Hersteller elektrooptischer Kameras und Aufklärungssensoren für Drohnen, Flugzeuge und Grenzüberwachung; gehört zu Rafael.',
      en: 'Israeli maker of electro-optical cameras and reconnaissance sensors for drones, aircraft and border surveillance; owned by Rafael.',
    },
    links: [{ rel: 'part-of', to: 'israel' }, { rel: 'related-to', to: 'rafael' }],
  },
  // Weapons named in the coverage.
  {
    id: 'scud-b',
    type: 'weapon',
    subtype: 'ballistic-missile',
    names: { de: 'Scud-B', en: 'Scud-B' },
    aliases: ['Scud B', 'R-17 Elbrus', 'R-17-Rakete', 'SS-1c Scud-B', 'SS-1C Scud B'],
    description: {
      de: 'Sowjetische Kurzstreckenrakete mit Flüssigtreibstoff aus den 1960er-Jahren; Iran erhielt sie im Krieg gegen den Irak aus Libyen und baute sie als Shahab-1 nach.',
      en: 'Soviet liquid-fuelled short-range missile from the 1960s; Iran obtained it from Libya during the war with Iraq and copied it as the Shahab-1.',
    },
    links: [{ rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'iran' }],
  },
  // Israeli officials.
  {
    id: 'dror-shalom',
    type: 'person',
    subtype: 'military',
    names: { de: 'Dror Shalom', en: 'Dror Shalom', he: 'דרור שלום' },
    aliases: ['Dror Schalom'],
    description: {
      de: 'Israelischer Brigadegeneral; leitete die Forschungsabteilung des Militärgeheimdienstes Aman und danach das politisch-militärische Büro des Verteidigungsministeriums.',
      en: 'Israeli brigadier general; headed the research division of Aman military intelligence and then the defence ministry’s political-military bureau.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'aman' }, { rel: 'related-to', to: 'israeli-defence-ministry' }],
  },
  // Mossad branches and IDF directorates named in reports on the Iran operations.
  {
    id: 'kidon',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Kidon', en: 'Kidon', he: 'כידון' },
    aliases: ['Kidon-Einheit', 'Kidon unit', 'Mossad-Einheit Kidon'],
    description: {
      de: 'Nach ausländischen Berichten die Einheit des Mossad für gezielte Tötungen im Ausland, Teil der Abteilung Caesarea.',
      en: 'According to foreign reports the Mossad unit for targeted killings abroad, part of the Caesarea branch.',
    },
    links: [{ rel: 'part-of', to: 'mossad' }, { rel: 'part-of', to: 'caesarea-mossad' }],
  },
  {
    id: 'caesarea-mossad',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Mossad-Abteilung Caesarea', en: 'Mossad Caesarea branch' },
    // Bare "Caesarea" is the town where Netanyahu has his private home: never matched alone.
    aliases: ['Caesarea-Abteilung', 'Caesarea branch', 'Caesarea division', 'Abteilung Caesarea'],
    description: {
      de: 'Operative Abteilung des Mossad, die Agenten mit Tarnidentität im Ausland führt, vor allem in arabischen Staaten und Iran.',
      en: 'Mossad’s operations branch that runs agents under cover abroad, above all in Arab states and Iran.',
    },
    links: [{ rel: 'part-of', to: 'mossad' }],
  },
  {
    id: 'tzomet-mossad',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Mossad-Abteilung Tzomet', en: 'Mossad Tzomet branch' },
    aliases: ['Tzomet-Abteilung', 'Tzomet branch', 'Abteilung Tzomet', 'Tzomet division'],
    guarded: ['Tzomet'],
    cues: ['mossad', 'geheimdienst', 'intelligence', 'abteilung', 'branch', 'division', 'agenten', 'agents', 'quellen', 'sources', 'rekrut', 'recruit'],
    description: {
      de: 'Abteilung des Mossad, die menschliche Quellen im Ausland anwirbt und führt.',
      en: 'Mossad branch that recruits and runs human sources abroad.',
    },
    links: [{ rel: 'part-of', to: 'mossad' }],
  },
  {
    id: 'tevel-mossad',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Mossad-Abteilung Tevel', en: 'Mossad Tevel branch' },
    aliases: ['Tevel-Abteilung', 'Tevel branch', 'Abteilung Tevel', 'Tevel division'],
    guarded: ['Tevel'],
    cues: ['mossad', 'geheimdienst', 'intelligence', 'abteilung', 'branch', 'division', 'verbindung', 'liaison', 'ausland', 'foreign'],
    description: {
      de: 'Abteilung des Mossad für die Beziehungen zu ausländischen Geheimdiensten und Staaten ohne offizielle Beziehungen zu Israel.',
      en: 'Mossad branch for ties with foreign intelligence services and with states that have no official relations with Israel.',
    },
    links: [{ rel: 'part-of', to: 'mossad' }],
  },
  {
    id: 'idf-planning-directorate',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Planungsdirektorat der israelischen Armee', en: 'IDF Planning Directorate', he: 'אגף התכנון' },
    aliases: ['Planungsdirektorat der IDF', 'Planungsabteilung der israelischen Armee', 'IDF Planning Division', 'Israeli Planning Directorate'],
    guarded: ['Planungsdirektorat', 'Planning Directorate'],
    cues: ['idf', 'zahal', 'israel', 'armee', 'army', 'generalstab', 'general staff', 'militär', 'military'],
    description: {
      de: 'Direktorat im israelischen Generalstab für Streitkräfteplanung und Strategie, auch für die Vorbereitung von Angriffen auf Iran zuständig.',
      en: 'Directorate of the Israeli General Staff for force planning and strategy, also in charge of preparing strikes on Iran.',
    },
    links: [{ rel: 'part-of', to: 'idf' }],
  },
  // US bomber units.
  {
    id: 'eighth-air-force',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Eighth Air Force', en: 'Eighth Air Force' },
    aliases: ['8th Air Force', '8. US-Luftflotte', '8. Luftflotte der US-Luftwaffe', 'Mighty Eighth', 'US Eighth Air Force'],
    description: {
      de: 'Luftflotte der US-Luftwaffe in Barksdale, die die Bomberverbände mit B-2, B-52 und B-1 führt; Teil des Global Strike Command.',
      en: 'US Air Force numbered air force at Barksdale commanding the B-2, B-52 and B-1 bomber wings; part of Global Strike Command.',
    },
    links: [{ rel: 'part-of', to: 'air-force-global-strike-command' }, { rel: 'part-of', to: 'us-air-force' }],
  },
  {
    id: '2nd-bomb-wing',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '2nd Bomb Wing', en: '2nd Bomb Wing' },
    aliases: ['2. Bombergeschwader', 'Second Bomb Wing'],
    description: {
      de: 'Bombergeschwader der US-Luftwaffe mit B-52-Bombern auf dem Stützpunkt Barksdale in Louisiana.',
      en: 'US Air Force bomb wing flying B-52 bombers from Barksdale Air Force Base in Louisiana.',
    },
    links: [{ rel: 'part-of', to: 'eighth-air-force' }, { rel: 'part-of', to: 'us-air-force' }],
  },
  // Israeli defence firms.
  {
    id: 'orbit-communication-systems',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Orbit Communication Systems', en: 'Orbit Communication Systems' },
    aliases: ['Orbit Technologies', 'Orbit Communication Systems Ltd'],
    description: {
      de: 'Israelischer Hersteller von Satelliten- und Funkkommunikationstechnik für Flugzeuge, Schiffe und Streitkräfte.',
      en: 'Israeli maker of satellite and radio communications equipment for aircraft, ships and armed forces.',
    },
    links: [{ rel: 'part-of', to: 'israel' }],
  },
  {
    id: 'rada-electronic-industries',
    type: 'organization',
    subtype: 'company',
    names: { de: 'RADA Electronic Industries', en: 'RADA Electronic Industries' },
    aliases: ['RADA Technologies', 'Rada Electronic Industries Ltd'],
    description: {
      de: 'Israelischer Hersteller taktischer Radare gegen Drohnen, Raketen und Mörsergranaten; 2022 mit Leonardo DRS fusioniert.',
      en: 'Israeli maker of tactical radars against drones, rockets and mortar rounds; merged into Leonardo DRS in 2022.',
    },
    links: [{ rel: 'part-of', to: 'israel' }],
  },
  {
    id: 'tomer-rocket-maker',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Tomer Ltd', en: 'Tomer Ltd' },
    aliases: ['Tomer Ltd.'],
    guarded: ['Tomer'],
    cues: ['raketenmotor', 'rocket motor', 'rocket motors', 'rocket-motor', 'propulsion', 'antriebe', 'triebwerk', 'rüstungsfirma', 'staatseigene', 'state-owned'],
    description: {
      de: 'Staatseigener israelischer Hersteller von Raketenmotoren, unter anderem für die Abfangraketen von Arrow und Iron Dome; 2018 aus Rafael ausgegliedert.',
      en: 'State-owned Israeli maker of rocket motors, among them for Arrow and Iron Dome interceptors; spun off from Rafael in 2018.',
    },
    links: [{ rel: 'part-of', to: 'israel' }, { rel: 'related-to', to: 'rafael' }],
  },
];
