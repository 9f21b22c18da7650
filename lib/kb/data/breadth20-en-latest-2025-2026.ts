// Twentieth breadth round: English reporting from September 2025 on, the newest names of all five conflicts.
import type { Entity } from '../types';

const YEMEN_REGION_CUES = [
  'yemen', 'jemen', 'houthi', 'huthi', 'ansar', 'sanaa', "sana'a", 'aden', 'hadramawt', 'hadramout', 'hadhramaut', 'hadramaut',
  'mahrah', 'mahra', 'seiyun', 'sayun', 'mukalla', 'marib', 'hodeidah', 'hudaydah', 'taiz', 'saada', 'jawf', 'amran', 'dhamar',
  'stc', 'transitional council', 'übergangsrat', 'coalition', 'koalition', 'saudi', 'madani', 'ghamari', 'zubaidi', 'alimi',
];

export const entities: Entity[] = [
  // Yemen's military regions: the 2013 army structure both the Houthis and the government still use; the
  // STC offensive of December 2025 and the government counter-offensive were fought over their bases.
  {
    id: 'yemen-first-military-region',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Erste Militärregion (Jemen)', en: 'First Military Region (Yemen)', ar: 'المنطقة العسكرية الأولى' },
    guarded: ['First Military Region', '1st Military Region', 'Erste Militärregion', '1. Militärregion'],
    cues: YEMEN_REGION_CUES,
    description: {
      de: 'Jemenitisches Armeekommando mit Sitz in Seiyun im Wadi Hadramaut; seine Lager wechselten bei der STC-Offensive im Dezember 2025 und der Gegenoffensive der Regierung den Besitzer.',
      en: 'Yemeni army command based in Seiyun in Wadi Hadramawt; its camps changed hands in the STC offensive of December 2025 and the government counter-offensive.',
    },
    links: [{ rel: 'part-of', to: 'yemen' }, { rel: 'related-to', to: 'southern-transitional-council' }],
  },
  {
    id: 'yemen-second-military-region',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Zweite Militärregion (Jemen)', en: 'Second Military Region (Yemen)', ar: 'المنطقة العسكرية الثانية' },
    guarded: ['Second Military Region', '2nd Military Region', 'Zweite Militärregion', '2. Militärregion'],
    cues: YEMEN_REGION_CUES,
    description: {
      de: 'Jemenitisches Armeekommando mit Sitz in Mukalla für die Küste Hadramauts.',
      en: 'Yemeni army command based in Mukalla for the coast of Hadramawt.',
    },
    links: [{ rel: 'part-of', to: 'yemen' }],
  },
  {
    id: 'yemen-third-military-region',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Dritte Militärregion (Jemen)', en: 'Third Military Region (Yemen)', ar: 'المنطقة العسكرية الثالثة' },
    guarded: ['Third Military Region', '3rd Military Region', 'Dritte Militärregion', '3. Militärregion'],
    cues: YEMEN_REGION_CUES,
    description: {
      de: 'Jemenitisches Armeekommando der Regierung mit Sitz in Marib, Hauptfront gegen die Huthi.',
      en: 'Yemeni government army command based in Marib, the main front against the Houthis.',
    },
    links: [{ rel: 'part-of', to: 'yemen' }, { rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'yemen-fourth-military-region',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Vierte Militärregion (Jemen)', en: 'Fourth Military Region (Yemen)', ar: 'المنطقة العسكرية الرابعة' },
    guarded: ['Fourth Military Region', '4th Military Region', 'Vierte Militärregion', '4. Militärregion'],
    cues: YEMEN_REGION_CUES,
    description: {
      de: 'Jemenitisches Armeekommando mit Sitz in Aden für den Süden und Südwesten des Landes.',
      en: 'Yemeni army command based in Aden for the south and south-west of the country.',
    },
    links: [{ rel: 'part-of', to: 'yemen' }],
  },
  {
    id: 'yemen-fifth-military-region',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Fünfte Militärregion (Jemen)', en: 'Fifth Military Region (Yemen)', ar: 'المنطقة العسكرية الخامسة' },
    guarded: ['Fifth Military Region', '5th Military Region', 'Fünfte Militärregion', '5. Militärregion'],
    cues: YEMEN_REGION_CUES.concat(['red sea', 'rotes meer', 'rotem meer']),
    description: {
      de: 'Von den Huthi gehaltenes Armeekommando mit Sitz in Hodeida an der Küste des Roten Meers; sein Kommandeur Jussuf al-Madani wurde im Oktober 2025 Generalstabschef der Huthi.',
      en: 'Houthi-held army command based in Hodeidah on the Red Sea coast; its commander Yusuf al-Madani became Houthi chief of staff in October 2025.',
    },
    links: [{ rel: 'part-of', to: 'yemen' }, { rel: 'related-to', to: 'houthis' }, { rel: 'related-to', to: 'yousef-al-madani' }],
  },
  {
    id: 'yemen-sixth-military-region',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Sechste Militärregion (Jemen)', en: 'Sixth Military Region (Yemen)', ar: 'المنطقة العسكرية السادسة' },
    guarded: ['Sixth Military Region', '6th Military Region', 'Sechste Militärregion', '6. Militärregion'],
    cues: YEMEN_REGION_CUES,
    description: {
      de: 'Jemenitisches Armeekommando für den Norden um Saada, Amran und al-Dschauf.',
      en: 'Yemeni army command for the north around Saada, Amran and al-Jawf.',
    },
    links: [{ rel: 'part-of', to: 'yemen' }],
  },
  {
    id: 'yemen-seventh-military-region',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Siebte Militärregion (Jemen)', en: 'Seventh Military Region (Yemen)', ar: 'المنطقة العسكرية السابعة' },
    guarded: ['Seventh Military Region', '7th Military Region', 'Siebte Militärregion', '7. Militärregion'],
    cues: YEMEN_REGION_CUES,
    description: {
      de: 'Jemenitisches Armeekommando für das Landesinnere um Dhamar und die Fronten östlich von Sanaa.',
      en: 'Yemeni army command for the interior around Dhamar and the fronts east of Sanaa.',
    },
    links: [{ rel: 'part-of', to: 'yemen' }],
  },
  // Southern Yemen's politicians in the crisis of December 2025 – January 2026.
  {
    id: 'amr-al-bidh',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Amr al-Bidh', en: 'Amr al-Bidh', ar: 'عمرو علي سالم البيض' },
    aliases: ['Amr Al Bidh', 'Amr al-Beidh', 'Amr Al-Beidh', 'Amr al-Baidh', 'Amr Ali al-Beidh', 'Amr Ali Al-Baidh', 'Amr Ali Salem al-Bidh', 'Amr Ali Salem al-Beidh', 'Amr al-Bid'],
    description: {
      de: 'Mitglied des Präsidiums des Südlichen Übergangsrats (STC) und Sonderbeauftragter al-Zubaidis für Außenbeziehungen; Sohn des letzten Präsidenten Südjemens.',
      en: 'Member of the Southern Transitional Council presidium and al-Zubaidi’s special representative for foreign affairs; son of South Yemen’s last president.',
    },
    links: [{ rel: 'citizen-of', to: 'yemen' }, { rel: 'member-of', to: 'southern-transitional-council' }],
  },
  {
    id: 'mustafa-noman',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Mustafa Noman', en: 'Mustafa Noman', ar: 'مصطفى أحمد نعمان' },
    aliases: ['Mustafa Ahmed Noman', 'Mustafa Ahmed Mohammed Noman', "Mustafa Nu'man", 'Mustafa Numan', 'Mustafa Nouman', 'Mustafa Ahmed Nouman', 'Mustafa Naaman', 'Mustafa Ahmed Naaman'],
    description: {
      de: 'Jemenitischer Diplomat, seit 2025 Vizeaußenminister der international anerkannten Regierung.',
      en: 'Yemeni diplomat, deputy foreign minister of the internationally recognised government since 2025.',
    },
    roles: [{ title: { de: 'Vizeaußenminister', en: 'Deputy Foreign Minister' }, of: 'yemeni-foreign-ministry', from: '2025' }],
    links: [{ rel: 'citizen-of', to: 'yemen' }, { rel: 'member-of', to: 'yemeni-government' }],
  },
  {
    id: 'ahmed-saeed-bin-breik',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Ahmed Saeed bin Breik', en: 'Ahmed Saeed bin Breik', ar: 'أحمد سعيد بن بريك' },
    aliases: ['Ahmed Saeed bin Brik', 'Ahmed Said bin Breik', 'Ahmed bin Breik', 'Ahmed bin Brik', 'Ahmed Ben Brik', 'Ahmed Saeed bin Buraik', 'Ahmed Saeed Ben Brik'],
    description: {
      de: 'Hadramitischer Politiker des Südlichen Übergangsrats, früherer Gouverneur von Hadramaut und Präsidiumsmitglied des Rats seit seiner Gründung.',
      en: 'Hadrami politician of the Southern Transitional Council, former governor of Hadramawt and a member of the council’s presidium since its founding.',
    },
    links: [{ rel: 'citizen-of', to: 'yemen' }, { rel: 'member-of', to: 'southern-transitional-council' }],
  },
  // North Korea: a party secretary seated on the podium before the Ninth Party Congress (2026).
  {
    id: 'ri-hi-yong',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Ri Hi Yong', en: 'Ri Hi Yong', ko: '리희용' },
    aliases: ['Ri Hi-yong', 'Ri Hui Yong', 'Ri Hui-yong', 'Ri Hee Yong', 'Ri Hee-yong', 'Lee Hee-yong'],
    description: {
      de: 'Sekretär des Zentralkomitees der nordkoreanischen Arbeiterpartei.',
      en: 'Secretary of the Central Committee of North Korea’s Workers’ Party.',
    },
    roles: [{ title: { de: 'Sekretär des ZK der Arbeiterpartei', en: 'Secretary of the WPK Central Committee' }, of: 'workers-party-of-korea' }],
    links: [{ rel: 'citizen-of', to: 'north-korea' }, { rel: 'member-of', to: 'workers-party-of-korea' }],
  },
  // Hostages of 7 October 2023 in the news of the October 2025 ceasefire.
  {
    id: 'meny-godard',
    type: 'person',
    names: { de: 'Meny Godard', en: 'Meny Godard', he: 'מני גודארד' },
    aliases: ['Menachem Godard', 'Meni Godard', 'Menny Godard', 'Menahem Godard'],
    description: {
      de: 'Einwohner des Kibbuz Be’eri, am 7. Oktober 2023 getötet; seine Leiche wurde nach Gaza verschleppt und im November 2025 übergeben.',
      en: 'Resident of Kibbutz Be’eri killed on 7 October 2023; his body was taken to Gaza and handed back in November 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'hamas' }],
  },
  {
    id: 'yosef-haim-ohana',
    type: 'person',
    names: { de: 'Yosef-Haim Ohana', en: 'Yosef-Haim Ohana', he: 'יוסף חיים אוחנה' },
    aliases: ['Yosef Haim Ohana', 'Josef Haim Ohana', 'Josef-Chaim Ohana', 'Yosef Chaim Ohana', 'Yosef-Chaim Ohana'],
    description: {
      de: 'Israeli, am 7. Oktober 2023 vom Nova-Festival entführt; am 13. Oktober 2025 mit den letzten lebenden Geiseln freigelassen.',
      en: 'Israeli abducted from the Nova festival on 7 October 2023; freed with the last living hostages on 13 October 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'hamas' }],
  },
  // The International Stabilization Force for Gaza: Indonesia, its largest contributor, and the first other pledges (2026).
  {
    id: 'indonesian-national-armed-forces',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Indonesische Nationale Streitkräfte', en: 'Indonesian National Armed Forces', fr: 'Forces armées nationales indonésiennes' },
    aliases: ['Tentara Nasional Indonesia', 'Indonesian Armed Forces', 'Streitkräfte Indonesiens', 'indonesische Streitkräfte'],
    acronyms: ['TNI'],
    description: {
      de: 'Streitkräfte Indonesiens; stellen das größte Kontingent und den stellvertretenden Kommandeur der Internationalen Stabilisierungstruppe für Gaza.',
      en: 'Indonesia’s armed forces; they provide the largest contingent and the deputy commander of the International Stabilization Force for Gaza.',
    },
    links: [{ rel: 'part-of', to: 'indonesia' }, { rel: 'related-to', to: 'international-stabilization-force-gaza' }],
  },
  {
    id: 'indonesian-army',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Indonesisches Heer', en: 'Indonesian Army' },
    aliases: ['Tentara Nasional Indonesia Angkatan Darat', 'TNI-AD', 'TNI AD', 'indonesische Armee', 'Heer Indonesiens'],
    description: {
      de: 'Landstreitkräfte Indonesiens, die ab 2026 Tausende Soldaten für die Stabilisierungstruppe in Gaza vorbereiten.',
      en: 'Indonesia’s land force, preparing thousands of troops for the Gaza stabilisation force from 2026.',
    },
    links: [{ rel: 'part-of', to: 'indonesian-national-armed-forces' }],
  },
  {
    id: 'sjafrie-sjamsoeddin',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Sjafrie Sjamsoeddin', en: 'Sjafrie Sjamsoeddin' },
    aliases: ['Syafrie Syamsuddin', 'Sjafrie Syamsuddin', 'Syafrie Sjamsoeddin'],
    description: {
      de: 'Indonesischer Verteidigungsminister seit Oktober 2024, Ex-General und Vertrauter Präsident Prabowos.',
      en: 'Indonesia’s defence minister since October 2024, a retired general close to President Prabowo.',
    },
    roles: [{ title: { de: 'Verteidigungsminister', en: 'Minister of Defence' }, of: 'indonesia', from: '2024-10' }],
    links: [{ rel: 'citizen-of', to: 'indonesia' }, { rel: 'related-to', to: 'prabowo-subianto' }],
  },
  {
    id: 'agus-subiyanto',
    type: 'person',
    subtype: 'military',
    names: { de: 'Agus Subiyanto', en: 'Agus Subiyanto' },
    description: {
      de: 'Indonesischer General, seit November 2023 Oberbefehlshaber der Nationalen Streitkräfte (TNI).',
      en: 'Indonesian general, commander of the National Armed Forces (TNI) since November 2023.',
    },
    roles: [{ title: { de: 'Oberbefehlshaber der Streitkräfte', en: 'Commander of the Armed Forces' }, of: 'indonesian-national-armed-forces', from: '2023-11' }],
    links: [{ rel: 'citizen-of', to: 'indonesia' }, { rel: 'leads', to: 'indonesian-national-armed-forces' }],
  },
  {
    id: 'maruli-simanjuntak',
    type: 'person',
    subtype: 'military',
    names: { de: 'Maruli Simanjuntak', en: 'Maruli Simanjuntak' },
    description: {
      de: 'Indonesischer General, seit November 2023 Stabschef des Heeres; nannte 2026 bis zu 8.000 Soldaten für Gaza.',
      en: 'Indonesian general, army chief of staff since November 2023; spoke of up to 8,000 troops for Gaza in 2026.',
    },
    roles: [{ title: { de: 'Stabschef des Heeres', en: 'Army Chief of Staff' }, of: 'indonesian-army', from: '2023-11' }],
    links: [{ rel: 'citizen-of', to: 'indonesia' }, { rel: 'leads', to: 'indonesian-army' }],
  },
  {
    id: 'nasser-bourita',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Nasser Bourita', en: 'Nasser Bourita', ar: 'ناصر بوريطة', fr: 'Nasser Bourita' },
    aliases: ['Nasser Burita', 'Naser Bourita', 'Bourita'],
    description: {
      de: 'Marokkanischer Außenminister seit 2017; sagte 2026 marokkanische Polizei und Soldaten für die Stabilisierungstruppe in Gaza zu.',
      en: 'Morocco’s foreign minister since 2017; pledged Moroccan police and troops to the Gaza stabilisation force in 2026.',
    },
    roles: [{ title: { de: 'Außenminister', en: 'Foreign Minister' }, of: 'morocco', from: '2017-04' }],
    links: [{ rel: 'citizen-of', to: 'morocco' }],
  },
  {
    id: 'royal-moroccan-armed-forces',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Königliche Streitkräfte Marokkos', en: 'Royal Moroccan Armed Forces', fr: 'Forces armées royales', ar: 'القوات المسلحة الملكية' },
    aliases: ['Royal Armed Forces of Morocco', 'Moroccan Royal Armed Forces', 'Forces armées royales marocaines', 'marokkanische Streitkräfte', 'Moroccan Armed Forces'],
    description: {
      de: 'Streitkräfte Marokkos; als erstes arabisches Land sagte Marokko 2026 Soldaten für die Stabilisierungstruppe in Gaza zu.',
      en: 'Morocco’s armed forces; Morocco was the first Arab country to pledge troops to the Gaza stabilisation force in 2026.',
    },
    links: [{ rel: 'part-of', to: 'morocco' }, { rel: 'related-to', to: 'international-stabilization-force-gaza' }],
  },
  {
    id: 'kosovo-security-force',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Kosovo-Sicherheitskräfte', en: 'Kosovo Security Force', fr: 'Force de sécurité du Kosovo' },
    aliases: ['Kosovo Security Forces', 'Sicherheitskräfte des Kosovo', 'Forca e Sigurisë së Kosovës', 'Kosovo-Sicherheitstruppe'],
    acronyms: ['KSF'],
    description: {
      de: 'Streitkräfte des Kosovo; Kosovo gehörte 2026 zu den ersten Ländern, die Soldaten für die Stabilisierungstruppe in Gaza zusagten.',
      en: 'Kosovo’s armed force; Kosovo was among the first countries to pledge troops to the Gaza stabilisation force in 2026.',
    },
    links: [{ rel: 'part-of', to: 'kosovo' }, { rel: 'related-to', to: 'international-stabilization-force-gaza' }],
  },
  {
    id: 'vjosa-osmani',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Vjosa Osmani', en: 'Vjosa Osmani' },
    aliases: ['Vjosa Osmani-Sadriu', 'Vjosë Osmani'],
    description: {
      de: 'Kosovarische Politikerin, ab April 2021 Präsidentin des Kosovo.',
      en: 'Kosovar politician, president of Kosovo from April 2021.',
    },
    links: [{ rel: 'citizen-of', to: 'kosovo' }],
  },
  {
    id: 'albin-kurti',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Albin Kurti', en: 'Albin Kurti' },
    description: {
      de: 'Kosovarischer Politiker, Chef der Partei Vetëvendosje und ab März 2021 Ministerpräsident des Kosovo.',
      en: 'Kosovar politician, leader of the Vetëvendosje party and prime minister of Kosovo from March 2021.',
    },
    links: [{ rel: 'citizen-of', to: 'kosovo' }],
  },
];
