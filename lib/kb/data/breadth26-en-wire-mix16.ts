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
  // Ukraine's defence procurement after the 2025 graft scandals.
  {
    id: 'unified-acquisition-agency-ukraine',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Unified Acquisition Agency', en: 'Unified Acquisition Agency' },
    description: {
      de: 'Beschaffungsbehörde des ukrainischen Verteidigungsministeriums, zu der Verteidigungsminister Schmyhal im Dezember 2025 die Defence Procurement Agency und den staatlichen Logistikbetreiber zum 1. Januar 2026 zusammenlegen ließ.',
      en: 'Procurement body of Ukraine’s defence ministry into which Defence Minister Shmyhal had the Defence Procurement Agency and the State Logistics Operator merged as of 1 January 2026, announced in December 2025.',
    },
    links: [
      { rel: 'part-of', to: 'ukrainian-defence-ministry' },
      { rel: 'related-to', to: 'defence-procurement-agency-ukraine' },
      { rel: 'related-to', to: 'state-rear-operator' },
    ],
  },
  // Syrian rebel commanders.
  {
    id: 'issam-al-buwaydani',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Issam al-Buwaidani', en: 'Issam al-Buwaydani', ar: 'عصام بويضاني' },
    aliases: ['Issam Buwaydani', 'Essam al-Buwaydani', 'Issam al-Buwaidani', 'Essam Buwaydani', 'Abu Hammam al-Buwaydani'],
    description: {
      de: 'Syrischer Rebellenkommandeur aus Duma, seit dem Tod Zahran Allouschs 2015 Anführer der Miliz Dschaisch al-Islam.',
      en: 'Syrian rebel commander from Douma who has led the Jaish al-Islam militia since Zahran Alloush was killed in 2015.',
    },
    links: [{ rel: 'citizen-of', to: 'syria' }, { rel: 'leads', to: 'jaish-al-islam' }],
  },
  // Soviet-era towed artillery still in daily use on both sides of the Ukrainian front.
  {
    id: 'd-30-howitzer',
    type: 'weapon',
    subtype: 'artillery',
    names: { de: 'D-30-Haubitze', en: 'D-30 howitzer', ru: 'Д-30' },
    aliases: ['2A18', '2A18M', 'D-30 122mm howitzer', 'D-30 122-mm howitzer', 'D-30-Haubitzen'],
    // Bare 'D-30' is also the Soloviev turbofan of the Il-76 and MiG-31.
    guarded: ['D-30', 'D-30A'],
    cues: ['howitzer', 'haubitze', 'artiller', 'gun', 'geschütz', 'kanone', '122', 'shell', 'granate', 'brigade', 'towed', 'gezogen', 'fired', 'feuerte'],
    description: {
      de: 'Sowjetische gezogene 122-mm-Haubitze aus den 1960er-Jahren, eines der häufigsten Artilleriegeschütze der ukrainischen und der russischen Armee.',
      en: 'Soviet 122 mm towed howitzer from the 1960s, one of the most common artillery pieces of both the Ukrainian and the Russian army.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'm-46-field-gun',
    type: 'weapon',
    subtype: 'artillery',
    names: { de: 'M-46-Feldkanone', en: 'M-46 field gun', ru: 'М-46' },
    aliases: ['130mm M-46', '130-mm M-46', 'M-46 gun', 'M-46 cannon', 'M-46-Kanone'],
    guarded: ['M-46', 'M1954'],
    cues: ['gun', 'kanone', 'geschütz', 'artiller', 'howitzer', 'haubitze', '130', 'shell', 'granate', 'brigade', 'towed', 'gezogen', 'fired', 'feuerte'],
    description: {
      de: 'Sowjetische gezogene 130-mm-Feldkanone aus den 1950er-Jahren mit großer Reichweite; in der Ukraine, in Nordkorea und im Nahen Osten verbreitet.',
      en: 'Soviet long-range 130 mm towed field gun from the 1950s; widespread in Ukraine, North Korea and the Middle East.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'used-by', to: 'korean-peoples-army' }],
  },
  {
    id: 'd-20-gun-howitzer',
    type: 'weapon',
    subtype: 'artillery',
    names: { de: 'D-20-Kanonenhaubitze', en: 'D-20 gun-howitzer', ru: 'Д-20' },
    aliases: ['D-20 howitzer', '2A33 D-20', 'D-20 152mm howitzer', 'D-20-Haubitze'],
    guarded: ['D-20'],
    cues: ['howitzer', 'haubitze', 'artiller', 'gun', 'geschütz', 'kanone', '152', 'shell', 'granate', 'brigade', 'towed', 'gezogen', 'fired', 'feuerte'],
    description: {
      de: 'Sowjetische gezogene 152-mm-Kanonenhaubitze aus den 1950er-Jahren, von der ukrainischen Armee weiter eingesetzt.',
      en: 'Soviet 152 mm towed gun-howitzer from the 1950s, still fielded by the Ukrainian army.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  // Ukrainian-built armoured vehicles.
  {
    id: 'varta-armoured-vehicle',
    type: 'weapon',
    subtype: 'armoured-vehicle',
    names: { de: 'Varta-Radpanzer', en: 'Varta armoured vehicle' },
    aliases: ['Varta APC', 'Varta MRAP', 'Varta armored vehicle'],
    guarded: ['Varta'],
    cues: ['armoured', 'armored', 'vehicle', 'fahrzeug', 'panzer', 'apc', 'mrap', 'ukrainian armor', 'brigade', 'national guard', 'nationalgarde', 'novator'],
    description: {
      de: 'Geschützter Radtransporter der ukrainischen Firma Ukrainian Armor, von Armee und Nationalgarde eingesetzt.',
      en: 'Protected wheeled troop carrier built by the Ukrainian firm Ukrainian Armor, used by the army and the National Guard.',
    },
    links: [{ rel: 'made-by', to: 'ukrainian-armor' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  // Israeli spokespeople on Gaza aid.
  {
    id: 'shani-sasson',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Shani Sasson', en: 'Shani Sasson' },
    aliases: ['Shani Sason'],
    description: {
      de: 'Sprecherin von COGAT, der israelischen Behörde für zivile Angelegenheiten in den Palästinensergebieten; äußert sich zu Hilfslieferungen nach Gaza.',
      en: 'Spokeswoman for COGAT, Israel’s body for civilian affairs in the Palestinian territories; speaks on aid deliveries into Gaza.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'cogat' }],
  },
];
