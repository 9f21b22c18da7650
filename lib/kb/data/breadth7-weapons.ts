// Seventh breadth round: weapons systems and their makers met in German and English reports, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── Ukraine: naval and underwater drones, electronic warfare, units ───────────
  {
    id: 'sub-sea-baby', type: 'weapon', subtype: 'drone',
    names: { de: 'Sub Sea Baby', en: 'Sub Sea Baby' },
    aliases: ['Sub-Sea-Baby', 'Sub Sea Baby drone'],
    description: {
      de: 'Ukrainische Unterwasserdrohne des Geheimdienstes SBU; traf im Dezember 2025 ein russisches U-Boot der Kilo-Klasse im Hafen von Noworossijsk.',
      en: 'Ukrainian underwater drone of the SBU security service; struck a Russian Kilo-class submarine in the port of Novorossiysk in December 2025.',
    },
    links: [{ rel: 'made-by', to: 'sbu' }, { rel: 'used-by', to: 'sbu' }, { rel: 'related-to', to: 'sea-baby' }],
  },
  {
    id: 'marichka', type: 'weapon', subtype: 'drone',
    names: { de: 'Marichka', en: 'Marichka', uk: 'Марічка' },
    aliases: ['Marytschka', 'Maritschka', 'Marichka underwater drone', 'Marichka-Unterwasserdrohne'],
    description: {
      de: 'Ukrainische Unterwasser-Angriffsdrohne, 2023 von der Ingenieursgruppe AMMO Ukraine vorgestellt, für Schläge gegen Schiffe und Brückenpfeiler gedacht.',
      en: 'Ukrainian underwater attack drone unveiled in 2023 by the engineering group AMMO Ukraine, meant for strikes on ships and bridge piers.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }],
  },
  {
    id: 'bukovel-ad', type: 'weapon',
    names: { de: 'Bukowel-AD', en: 'Bukovel-AD', uk: 'Буковель-АД' },
    aliases: ['Bukovel AD', 'Bukowel AD'],
    guarded: ['Bukovel', 'Bukowel'],
    cues: ['störsystem', 'jammer', 'jamming', 'elektronisch', 'electronic warfare', 'drohnenabwehr', 'anti-drone', 'eloka', 'ew'],
    description: {
      de: 'Ukrainisches System der elektronischen Kampfführung zur Abwehr von Drohnen, das deren Steuer- und Navigationssignale stört.',
      en: 'Ukrainian electronic warfare system against drones that jams their control and navigation signals.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'hur-prymary-unit', type: 'organization', subtype: 'armed-forces',
    names: { de: 'HUR-Einheit Prymary', en: 'HUR Prymary unit', uk: 'Примари' },
    aliases: ['Prymary unit', 'Ghosts unit of HUR', 'HUR Ghosts unit', 'Spezialeinheit Prymary'],
    guarded: ['Prymary', 'Ghosts', 'Ghost'],
    cues: ['hur', 'gur', 'militärgeheimdienst', 'military intelligence', 'krim', 'crimea'],
    description: {
      de: 'Spezialeinheit („Geister“) des ukrainischen Militärgeheimdienstes HUR, die mit Drohnen russische Luftabwehr und Radare auf der Krim angreift.',
      en: 'Special unit ("Ghosts") of Ukraine’s HUR military intelligence that strikes Russian air defences and radars in Crimea with drones.',
    },
    links: [{ rel: 'part-of', to: 'hur' }],
  },
  {
    id: 'hur-group-13', type: 'organization', subtype: 'armed-forces',
    names: { de: 'HUR-Gruppe 13', en: 'HUR Group 13' },
    aliases: ['Gruppe 13 des HUR', 'Group 13 of HUR', 'HUR unit Group 13'],
    guarded: ['Group 13', 'Gruppe 13'],
    cues: ['hur', 'gur', 'militärgeheimdienst', 'military intelligence', 'magura', 'seedrohne', 'sea drone', 'naval drone', 'schwarzmeer', 'black sea'],
    description: {
      de: 'Spezialeinheit des ukrainischen Militärgeheimdienstes HUR, die mit Magura-Seedrohnen russische Schiffe, Hubschrauber und Kampfjets über dem Schwarzen Meer angriff.',
      en: 'Special unit of Ukraine’s HUR military intelligence that used Magura naval drones against Russian ships, helicopters and jets over the Black Sea.',
    },
    links: [{ rel: 'part-of', to: 'hur' }, { rel: 'related-to', to: 'magura-v5' }],
  },
  // ── Kharkiv under glide bombs: local outlets and officials ───────────────────
  {
    id: 'umpb-5', type: 'weapon', subtype: 'missile',
    names: { de: 'UMPB-5', en: 'UMPB-5', ru: 'УМПБ-5' },
    aliases: ['UMPB 5', 'UMPB-5R', 'UMPB-5 glide bomb', 'UMPB-5-Gleitbombe'],
    description: {
      de: 'Russische Gleitbombe mit größerer Reichweite (bis etwa 100 km), seit Juli 2024 gegen Charkiw eingesetzt.',
      en: 'Russian longer-range glide bomb (up to about 100 km), used against Kharkiv since July 2024.',
    },
    links: [{ rel: 'used-by', to: 'russian-aerospace-forces' }, { rel: 'instance-of', to: 'glide-bomb' }, { rel: 'related-to', to: 'umpb-d-30sn' }],
  },
  {
    id: 'gwara-media', type: 'organization', subtype: 'news-agency',
    names: { de: 'Gwara Media', en: 'Gwara Media' },
    aliases: ['Gwara'],
    description: {
      de: 'Unabhängige Redaktion aus Charkiw, die über russische Angriffe auf die Stadt und das Leben im Krieg berichtet.',
      en: 'Independent Kharkiv newsroom reporting on Russian strikes on the city and life in the war.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'dumka-media', type: 'organization', subtype: 'news-agency',
    names: { de: 'Dumka.media', en: 'Dumka.media' },
    aliases: ['Dumka Media'],
    description: {
      de: 'Nachrichtenportal aus Charkiw mit Berichten über die Stadt und die Region.',
      en: 'Kharkiv news site covering the city and the region.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'kharkiv-regional-prosecutors-office', type: 'organization', subtype: 'government-body',
    names: { de: 'Staatsanwaltschaft des Gebiets Charkiw', en: 'Kharkiv Regional Prosecutor’s Office', uk: 'Харківська обласна прокуратура' },
    aliases: [
      "Kharkiv Regional Prosecutor's Office", "Kharkiv Prosecutor's Office", 'Kharkiv Prosecutor’s Office', "Kharkiv regional prosecutor's office",
      'Staatsanwaltschaft der Region Charkiw', 'Staatsanwaltschaft Charkiw', 'Charkiwer Staatsanwaltschaft', 'Gebietsstaatsanwaltschaft Charkiw',
    ],
    description: {
      de: 'Regionale Staatsanwaltschaft in Charkiw, die russische Angriffe auf die Region als Kriegsverbrechen dokumentiert.',
      en: 'Regional prosecutor’s office in Kharkiv that documents Russian strikes on the region as war crimes.',
    },
    links: [{ rel: 'part-of', to: 'prosecutor-generals-office-of-ukraine' }],
  },
  {
    id: 'spartak-borysenko', type: 'person', subtype: 'official',
    names: { de: 'Spartak Borysenko', en: 'Spartak Borysenko', uk: 'Спартак Борисенко' },
    aliases: ['Spartak Borisenko'],
    description: {
      de: 'Abteilungsleiter der Staatsanwaltschaft des Gebiets Charkiw, der sich zu russischen Gleitbomben-Angriffen auf Charkiw äußert.',
      en: 'Department head at the Kharkiv regional prosecutor’s office who speaks on Russian glide-bomb strikes on Kharkiv.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'kharkiv-regional-prosecutors-office' }],
  },
  {
    id: 'petro-tokar', type: 'person', subtype: 'official',
    names: { de: 'Petro Tokar', en: 'Petro Tokar', uk: 'Петро Токар' },
    description: {
      de: 'Ukrainischer Polizeibeamter, Chef der Polizei im Gebiet Charkiw; berichtet über Opfer russischer Angriffe.',
      en: 'Ukrainian police officer, head of the police in the Kharkiv region; reports on the victims of Russian strikes.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'national-police-of-ukraine' }],
  },
  {
    id: 'nikolaevsky-vanyok', type: 'organization', subtype: 'news-agency',
    names: { de: 'Nikolaevsky Vanyok', en: 'Nikolaevsky Vanyok', ru: 'Николаевский Ванёк' },
    aliases: ['Mykolaivskyi Vanyok', 'Nikolajewski Wanjok', 'Nikolaevskiy Vanyok'],
    description: {
      de: 'Ukrainischer Telegram-Kanal aus Mykolajiw, der häufig als Erster über Drohnen- und Raketenstarts und -angriffe berichtet.',
      en: 'Ukrainian Telegram channel from Mykolaiv that is often first to report drone and missile launches and strikes.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  // ── Russia: drones, glide munitions, the Shahed's insides ─────────────────────
  {
    id: 'albatros-m5', type: 'weapon', subtype: 'drone',
    names: { de: 'Albatros M5', en: 'Albatros M5', ru: 'Альбатрос М5' },
    aliases: ['Albatros-M5', 'Albatros drone', 'Albatros-Drohne'],
    guarded: ['Albatros'],
    cues: ['drohn', 'drone', 'aufklärung', 'reconnaissance', 'alabuga', 'uav', 'bpla'],
    description: {
      de: 'Russische Aufklärungs- und Angriffsdrohne, die in der Sonderwirtschaftszone Alabuga gebaut und an der Front in der Ukraine eingesetzt wird.',
      en: 'Russian reconnaissance and strike drone built in the Alabuga special economic zone and used at the front in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'alabuga' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'kometa-antenna', type: 'weapon',
    names: { de: 'Kometa-Antenne', en: 'Kometa antenna', ru: 'Комета' },
    aliases: ['Kometa-M', 'Kometa M', 'Kometa module', 'Kometa-Modul', 'Kometa CRPA'],
    guarded: ['Kometa'],
    cues: ['antenne', 'antenna', 'störfest', 'anti-jam', 'jamming', 'navigation', 'shahed', 'geran', 'gleitbomb', 'glide bomb', 'satellit'],
    description: {
      de: 'Russisches störfestes Satellitennavigationsmodul (Gruppenantenne), das Shahed-/Geran-Drohnen, Gleitbomben und Raketen gegen GPS-Störungen schützt.',
      en: 'Russian jam-resistant satellite navigation module (antenna array) that shields Shahed/Geran drones, glide bombs and missiles from GPS jamming.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'related-to', to: 'shahed-136' }],
  },
  {
    id: 'banderol', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Banderol', en: 'Banderol', ru: 'Бандероль' },
    aliases: ['Banderol missile', 'Banderol-Rakete', 'Banderol-Marschflugkörper'],
    description: {
      de: 'Kleiner russischer Marschflugkörper mit Strahltriebwerk, 2025 erstmals gegen Ziele im Gebiet Odessa gemeldet; auch als Bewaffnung der Orion-Drohne genannt.',
      en: 'Small Russian jet-powered cruise missile, first reported against targets in the Odesa region in 2025; also named as armament for the Orion drone.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'sergei-lagodyuk', type: 'person', subtype: 'military',
    names: { de: 'Sergej Lagodjuk', en: 'Sergei Lagodyuk', ru: 'Сергей Лагодюк', be: 'Сяргей Лагадзюк' },
    aliases: ['Sergey Lagodyuk', 'Siarhei Lahadziuk', 'Sergej Lagodyuk', 'Sergei Lagodjuk'],
    description: {
      de: 'Belarussischer Generalmajor, stellvertretender Generalstabschef der Streitkräfte von Belarus; äußert sich zur Stationierung der Oreschnik.',
      en: 'Belarusian major general, deputy chief of the General Staff of Belarus’s armed forces; speaks on the Oreshnik deployment.',
    },
    links: [{ rel: 'citizen-of', to: 'belarus' }, { rel: 'member-of', to: 'belarusian-armed-forces' }],
  },
  // ── Iran and the Houthis ──────────────────────────────────────────────────────
  {
    id: 'iran-aviation-industries-organization', type: 'organization', subtype: 'company',
    names: { de: 'Iranische Luftfahrtindustrie-Organisation', en: 'Iran Aviation Industries Organization', fa: 'سازمان صنایع هوایی' },
    aliases: ['Iranian Aviation Industries Organization', 'Iran Aviation Industries Organisation', 'Iranische Luftfahrtindustrie-Organisation', 'Luftfahrtindustrie-Organisation'],
    acronyms: ['IAIO'],
    description: {
      de: 'Staatlicher iranischer Luftfahrtkonzern unter dem Verteidigungsministerium, zu dem Drohnen- und Flugzeughersteller wie HESA gehören.',
      en: 'Iranian state aviation group under the defence ministry that includes drone and aircraft makers such as HESA.',
    },
    links: [{ rel: 'part-of', to: 'modafl' }, { rel: 'related-to', to: 'hesa' }],
  },
  {
    id: 'toufan-1-drone-boat', type: 'weapon', subtype: 'ship',
    names: { de: 'Toufan-1', en: 'Toufan-1' },
    aliases: ['Tufan-1', 'Toofan-1', 'Toofan1', 'Toufan 1', 'Tufan 1', 'Toofan the Destroyer', 'Toufan-1 drone boat', 'Tufan-1-Drohnenboot'],
    description: {
      de: 'Unbemanntes Sprengboot der Huthi, 2024 vorgestellt und gegen Handelsschiffe im Roten Meer eingesetzt.',
      en: 'Houthi explosive uncrewed surface vessel, unveiled in 2024 and used against merchant ships in the Red Sea.',
    },
    links: [{ rel: 'made-by', to: 'houthis' }, { rel: 'used-by', to: 'houthis' }],
  },
  {
    id: 'hatem-2', type: 'weapon', subtype: 'hypersonic-missile',
    names: { de: 'Hatem-2', en: 'Hatem-2' },
    aliases: ['Hatem 2', 'Hatim-2', 'Hatim 2'],
    description: {
      de: 'Rakete, die die Huthi 2024 als im Jemen gebaute Hyperschallrakete vorstellten und gegen Schiffe einzusetzen behaupteten.',
      en: 'Missile the Houthis presented in 2024 as a Yemeni-built hypersonic missile and claimed to have fired at ships.',
    },
    links: [{ rel: 'made-by', to: 'houthis' }, { rel: 'used-by', to: 'houthis' }, { rel: 'instance-of', to: 'hypersonic-missile' }],
  },
];
