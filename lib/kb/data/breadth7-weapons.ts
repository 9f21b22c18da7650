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
    aliases: ['Prymary-Einheit', 'Ghosts unit of HUR', 'HUR Ghosts unit', 'Spezialeinheit Prymary'],
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
      "Kharkiv Oblast Prosecutor's Office", 'Kharkiv Oblast Prosecutor’s Office',
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
    // Not the bare "Albatros": Ukraine's L-39 Albatros jets are reported hunting drones too.
    aliases: ['Albatros-M5', 'Albatros M5 drone'],
    guarded: ['Albatross'],
    cues: ['reconnaissance', 'aufklärung', 'alabuga', 'yelabuga', 'jelabuga', 'elabuga'],
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
    cues: ['antenne', 'antenna', 'störfest', 'anti-jam', 'shahed', 'geran', 'gleitbombe', 'glide bomb', 'crpa'],
    description: {
      de: 'Russisches störfestes Satellitennavigationsmodul (Gruppenantenne), das Shahed-/Geran-Drohnen, Gleitbomben und Raketen gegen GPS-Störungen schützt.',
      en: 'Russian jam-resistant satellite navigation module (antenna array) that shields Shahed/Geran drones, glide bombs and missiles from GPS jamming.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'related-to', to: 'shahed-136' }],
  },
  {
    id: 'banderol', type: 'weapon', subtype: 'cruise-missile',
    // Not bare: with the German adjective endings "Banderole" (a tax band) would count.
    names: { de: 'Banderol-Marschflugkörper', en: 'Banderol cruise missile', ru: 'Бандероль' },
    aliases: ['Banderol missile', 'Banderol-Rakete'],
    guarded: ['Banderol'],
    cues: ['marschflugkörper', 'cruise', 'orion', 'kronstadt', 'strahltriebwerk', 'jet-powered'],
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
  // ── Russia: radars that Ukrainian drones hunt ─────────────────────────────────
  {
    id: 'kasta-2e2', type: 'weapon',
    names: { de: 'Kasta-2E2', en: 'Kasta-2E2', ru: 'Каста-2Е2' },
    aliases: ['Kasta 2E2', '39N6E', '39N6E Kasta-2E2', 'Kasta-2'],
    description: {
      de: 'Russisches mobiles Rundsuchradar für tief fliegende Ziele, das der Luftabwehr Drohnen und Marschflugkörper meldet; häufiges Ziel ukrainischer Drohnen.',
      en: 'Russian mobile surveillance radar for low-flying targets that cues air defence against drones and cruise missiles; a frequent target of Ukrainian drones.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-aerospace-forces' }],
  },
  {
    id: 'nebo-u', type: 'weapon',
    names: { de: 'Nebo-U', en: 'Nebo-U', ru: 'Небо-У' },
    aliases: ['Nebo U', '55Zh6U', '55Zh6U Nebo-U', 'Nebo-U-Radar', 'Nebo-U radar'],
    description: {
      de: 'Russisches Langstrecken-Überwachungsradar im Meterwellenbereich für die Luftabwehr; mehrere Stationen in Russland und auf der Krim wurden von ukrainischen Drohnen getroffen.',
      en: 'Russian long-range VHF surveillance radar for air defence; several stations in Russia and Crimea have been hit by Ukrainian drones.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-aerospace-forces' }],
  },
  {
    id: 'nebo-m', type: 'weapon',
    names: { de: 'Nebo-M', en: 'Nebo-M', ru: 'Небо-М' },
    aliases: ['Nebo M', '55Zh6M', '55Zh6M Nebo-M', 'Nebo-M-Radar', 'Nebo-M radar'],
    description: {
      de: 'Russischer mobiler Mehrband-Radarkomplex für die strategische Luftabwehr, der auch Tarnkappenflugzeuge erfassen soll.',
      en: 'Russian mobile multi-band radar complex for strategic air defence, meant to detect stealth aircraft as well.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-aerospace-forces' }],
  },
  {
    id: 'podlet-k1', type: 'weapon',
    names: { de: 'Podljot-K1', en: 'Podlet-K1', ru: 'Подлёт-К1' },
    aliases: ['Podlet K1', 'Podlyot-K1', 'Podljot K1', '48Ya6-K1', '48Ya6-K1 Podlet', 'Podlet-Radar', 'Podlet radar'],
    guarded: ['Podlet', 'Podlyot', 'Podljot'],
    cues: ['radar', 'luftabwehr', 'air defence', 'air defense', 's-400', 's-300'],
    description: {
      de: 'Russisches Tiefflieger-Erfassungsradar, das S-300- und S-400-Batterien zuarbeitet.',
      en: 'Russian low-altitude acquisition radar that feeds S-300 and S-400 batteries.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-aerospace-forces' }, { rel: 'related-to', to: 's-400' }],
  },
  {
    id: '91n6e-radar', type: 'weapon',
    names: { de: '91N6E', en: '91N6E', ru: '91Н6Е' },
    aliases: ['91N6', '91N6E radar', '91N6E-Radar', 'Big Bird radar'],
    description: {
      de: 'Weitreichendes Zielsuchradar („Big Bird“) des russischen Luftabwehrsystems S-400; Ziel ukrainischer Drohnenangriffe auf der Krim.',
      en: 'Long-range acquisition radar ("Big Bird") of Russia’s S-400 air defence system; a target of Ukrainian drone strikes in Crimea.',
    },
    links: [{ rel: 'made-by', to: 'almaz-antey' }, { rel: 'related-to', to: 's-400' }],
  },
  {
    id: '92n6e-radar', type: 'weapon',
    names: { de: '92N6E', en: '92N6E', ru: '92Н6Е' },
    aliases: ['92N6', '92N2E', '92N6E radar', '92N6E-Radar', 'Grave Stone radar'],
    description: {
      de: 'Multifunktions-Feuerleitradar („Grave Stone“) der russischen S-400-Batterien, das die Abfangraketen ins Ziel lenkt.',
      en: 'Multifunction fire-control radar ("Grave Stone") of Russian S-400 batteries that guides the interceptors.',
    },
    links: [{ rel: 'made-by', to: 'almaz-antey' }, { rel: 'related-to', to: 's-400' }],
  },
  {
    id: 'zoopark-1m', type: 'weapon',
    names: { de: 'Zoopark-1M', en: 'Zoopark-1M', ru: 'Зоопарк-1М' },
    aliases: ['Zoopark 1M', 'Zoopark-1', '1L219M', '1L219M Zoopark'],
    description: {
      de: 'Russisches Artillerieaufklärungsradar, das Abschussorte von Granaten und Raketen ortet und das Gegenfeuer lenkt.',
      en: 'Russian counter-battery radar that locates where shells and rockets are fired from and directs return fire.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-ground-forces' }],
  },
  {
    id: 'aistyonok', type: 'weapon',
    names: { de: 'Aistjonok', en: 'Aistyonok', ru: 'Аистёнок' },
    aliases: ['Aistenok', '1L271', '1L271 Aistyonok', 'Aistyonok radar', 'Aistjonok-Radar'],
    description: {
      de: 'Tragbares russisches Radar zur Ortung von Mörsern und Artillerie und zur Feuerleitung.',
      en: 'Portable Russian radar that locates mortars and artillery and adjusts fire.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-ground-forces' }],
  },
  {
    id: 'yastreb-av', type: 'weapon',
    names: { de: 'Jastreb-AW', en: 'Yastreb-AV', ru: 'Ястреб-АВ' },
    aliases: ['Yastreb AV', '1L277', '1L277 Yastreb-AV', 'Jastreb-AV'],
    description: {
      de: 'Russisches Artillerieaufklärungsradar neuerer Bauart, das Abschussstellungen gegnerischer Artillerie und Raketenwerfer ortet.',
      en: 'Newer Russian counter-battery radar that locates enemy artillery and rocket launcher positions.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-ground-forces' }],
  },
  {
    id: 'penicillin-1b75', type: 'weapon',
    names: { de: 'Penizillin (1B75)', en: 'Penicillin (1B75)', ru: 'Пенициллин' },
    aliases: ['1B75', '1B75 Penicillin', '1B75 Penizillin'],
    guarded: ['Penicillin', 'Penizillin'],
    cues: ['artillerie', 'artillery', 'artillerieaufklärung', 'akustisch', 'acoustic', 'counter-battery'],
    description: {
      de: 'Russisches akustisch-thermisches Artillerieaufklärungssystem, das Abschüsse über Schall und Wärme ortet, ohne selbst zu strahlen.',
      en: 'Russian acoustic and thermal artillery reconnaissance system that locates firing positions by sound and heat without emitting.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-ground-forces' }],
  },
  {
    id: 'voronezh-radar', type: 'weapon',
    names: { de: 'Woronesch-Radar', en: 'Voronezh radar', ru: 'РЛС «Воронеж»' },
    aliases: ['Voronezh-DM', 'Voronezh-M', 'Voronezh-VP', 'Woronesch-DM', 'Voronezh early-warning radar', 'Frühwarnradar Woronesch', 'Radarstation Woronesch', 'Voronezh radar station'],
    description: {
      de: 'Russische Frühwarnradare für Raketenangriffe; 2024 griffen ukrainische Drohnen eine Station bei Armawir an.',
      en: 'Russian early-warning radars for missile attack; in 2024 Ukrainian drones struck a station near Armavir.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-aerospace-forces' }],
  },
  {
    id: 'container-radar', type: 'weapon',
    names: { de: 'Kontejner-Radar', en: 'Container radar', ru: 'РЛС «Контейнер»' },
    aliases: ['29B6', '29B6 Container', 'Kontayner radar', 'Konteyner radar', 'Container over-the-horizon radar', 'Überhorizontradar Kontejner'],
    guarded: ['Kontejner', 'Konteyner', 'Kontayner'],
    cues: ['radar', 'überhorizont', 'over-the-horizon', 'mordowien', 'mordovia'],
    description: {
      de: 'Russisches Überhorizontradar 29B6, das Flugzeuge und Raketen über Tausende Kilometer verfolgt; Standort in Mordwinien.',
      en: 'Russian 29B6 over-the-horizon radar that tracks aircraft and missiles over thousands of kilometres; sited in Mordovia.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-aerospace-forces' }],
  },
  // ── Russia: electronic warfare ────────────────────────────────────────────────
  {
    id: 'tobol-ew', type: 'weapon',
    names: { de: 'Tobol-Störsystem', en: 'Tobol jamming system', ru: '«Тобол»' },
    aliases: ['Tobol EW system', 'Tobol electronic warfare system', 'Tobol-System'],
    guarded: ['Tobol'],
    cues: ['störsystem', 'stör', 'jamm', 'elektronisch', 'electronic warfare', 'satellit', 'starlink', 'gps'],
    description: {
      de: 'Russisches Störsystem gegen Satellitensignale, das laut Berichten auch die Verbindungen von Starlink-Terminals stört.',
      en: 'Russian system for jamming satellite signals, reported to be used against Starlink terminal links too.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'related-to', to: 'starlink' }],
  },
  {
    id: 'kalinka-system', type: 'weapon',
    names: { de: 'Kalinka-System', en: 'Kalinka system', ru: '«Калинка»' },
    aliases: ['Kalinka EW system', 'Kalinka-Ortungssystem', 'Kalinka detection system'],
    guarded: ['Kalinka'],
    cues: ['starlink', 'satellitenterminal', 'satellite terminal', 'elektronisch', 'electronic warfare'],
    description: {
      de: 'Russisches System zur Ortung von Starlink- und anderen Satellitenterminals, damit ukrainische Stellungen angegriffen werden können.',
      en: 'Russian system for locating Starlink and other satellite terminals so that Ukrainian positions can be struck.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'related-to', to: 'starlink' }],
  },
  {
    id: 'palantin', type: 'weapon',
    names: { de: 'Palantin', en: 'Palantin', ru: 'Палантин' },
    aliases: ['Palantin-K', 'Palantin EW', 'Palantin-System'],
    description: {
      de: 'Russischer Komplex der elektronischen Kampfführung auf Brigadeebene, der Funk, Navigation und Drohnensteuerung stört.',
      en: 'Russian brigade-level electronic warfare complex that jams radio, navigation and drone control links.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-ground-forces' }],
  },
  {
    id: 'repellent-1', type: 'weapon',
    names: { de: 'Repellent-1', en: 'Repellent-1', ru: 'Репеллент-1' },
    aliases: ['Repellent 1', 'Repellent-1 EW'],
    description: {
      de: 'Russisches Drohnenabwehr-System der elektronischen Kampfführung, das Steuer- und Navigationssignale kleiner Drohnen stört.',
      en: 'Russian counter-drone electronic warfare system that jams the control and navigation signals of small drones.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'silok', type: 'weapon',
    names: { de: 'Silok', en: 'Silok', ru: 'Силок' },
    aliases: ['Silok-01', 'Silok EW', 'Silok-System'],
    description: {
      de: 'Russisches mobiles Drohnenabwehr-System, das Drohnen automatisch erkennt und ihre Funkverbindungen stört.',
      en: 'Russian mobile counter-drone system that automatically detects drones and jams their radio links.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'shipovnik-aero', type: 'weapon',
    names: { de: 'Schipownik-Aero', en: 'Shipovnik-Aero', ru: 'Шиповник-Аэро' },
    aliases: ['Shipovnik Aero', 'Schipownik Aero'],
    description: {
      de: 'Russisches Drohnenabwehr-System der elektronischen Kampfführung, das Drohnen ortet und die Kontrolle über sie übernehmen oder sie stören soll.',
      en: 'Russian counter-drone electronic warfare system that locates drones and is meant to jam or take over their control.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'lesochek', type: 'weapon',
    names: { de: 'Lesotschek', en: 'Lesochek', ru: 'Лесочек' },
    aliases: ['Lesochek jammer', 'Lesotschek-Störsender'],
    description: {
      de: 'Russischer tragbarer Störsender, der Funkzünder und Drohnensignale um Fahrzeuge und Stellungen stört.',
      en: 'Russian portable jammer that blocks radio detonators and drone signals around vehicles and positions.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'bylina-ew', type: 'weapon',
    names: { de: 'Bylina-Führungssystem', en: 'Bylina EW system', ru: 'Былина' },
    aliases: ['RB-109A', 'RB-109A Bylina', 'Bylina electronic warfare system'],
    guarded: ['Bylina'],
    cues: ['elektronisch', 'electronic warfare', 'störsystem', 'jammer', 'eloka'],
    description: {
      de: 'Russisches automatisiertes Führungssystem der elektronischen Kampfführung, das Störsender und Aufklärung mit Rechnerhilfe steuert.',
      en: 'Russian automated command system for electronic warfare that directs jammers and signals reconnaissance with computer support.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'sozvezdie', type: 'organization', subtype: 'company',
    names: { de: 'Konzern Sozwesdije', en: 'Sozvezdie Concern', ru: 'Концерн «Созвездие»' },
    aliases: ['Sozvezdie', 'Sozwesdije', 'Sozvezdiye', 'Sozvezdie concern'],
    description: {
      de: 'Russischer Rüstungskonzern aus Woronesch für Militärfunk und Systeme der elektronischen Kampfführung, Teil von Rostec.',
      en: 'Russian defence group from Voronezh making military radios and electronic warfare systems, part of Rostec.',
    },
    links: [{ rel: 'part-of', to: 'rostec' }],
  },
  // ── Russia: makers of missiles and radars ─────────────────────────────────────
  {
    id: 'mkb-raduga', type: 'organization', subtype: 'company',
    names: { de: 'MKB Raduga', en: 'MKB Raduga', ru: 'МКБ «Радуга»' },
    aliases: ['Raduga Design Bureau', 'Konstruktionsbüro Raduga', 'Raduga-Konstruktionsbüro', 'GosMKB Raduga'],
    guarded: ['Raduga'],
    cues: ['marschflugkörper', 'cruise missile', 'ch-101', 'kh-101', 'ch-555', 'kh-555', 'dubna', 'konstruktionsbüro', 'design bureau'],
    description: {
      de: 'Russisches Konstruktionsbüro in Dubna für luftgestützte Marschflugkörper wie Ch-101, Ch-555 und Ch-22, Teil der Corporation Taktische Raketenwaffen.',
      en: 'Russian design bureau in Dubna for air-launched cruise missiles such as the Kh-101, Kh-555 and Kh-22, part of Tactical Missiles Corporation.',
    },
    links: [{ rel: 'part-of', to: 'tactical-missiles-corporation' }, { rel: 'related-to', to: 'kh-101' }],
  },
  {
    id: 'kbm-kolomna', type: 'organization', subtype: 'company',
    names: { de: 'Maschinenbau-Konstruktionsbüro Kolomna', en: 'Machine-Building Design Bureau (Kolomna)', ru: 'КБ машиностроения' },
    aliases: ['KB Mashinostroyeniya', 'KBM Kolomna', 'Kolomna Design Bureau', 'Konstruktionsbüro Kolomna', 'Kolomna Machine-Building Design Bureau'],
    description: {
      de: 'Russisches Konstruktionsbüro in Kolomna, Entwickler des Iskander-Systems und der Schultergestützten Flugabwehrraketen Igla und Werba; Teil von Rostec.',
      en: 'Russian design bureau in Kolomna that developed the Iskander system and the Igla and Verba shoulder-fired missiles; part of Rostec.',
    },
    links: [{ rel: 'part-of', to: 'rostec' }, { rel: 'related-to', to: 'iskander' }],
  },
  {
    id: 'vympel-design-bureau', type: 'organization', subtype: 'company',
    names: { de: 'Konstruktionsbüro Wympel', en: 'Vympel Design Bureau', ru: 'ГосМКБ «Вымпел»' },
    aliases: ['GosMKB Vympel', 'Vympel NPO', 'Wympel-Konstruktionsbüro', 'Vympel State Machine Building Design Bureau'],
    description: {
      de: 'Russischer Hersteller von Luft-Luft-Raketen wie R-73 und R-77, Teil der Corporation Taktische Raketenwaffen.',
      en: 'Russian maker of air-to-air missiles such as the R-73 and R-77, part of Tactical Missiles Corporation.',
    },
    links: [{ rel: 'part-of', to: 'tactical-missiles-corporation' }],
  },
  {
    id: 'niip-tikhomirov', type: 'organization', subtype: 'company',
    names: { de: 'Tichomirow-Institut (NIIP)', en: 'Tikhomirov Scientific Research Institute of Instrument Design', ru: 'НИИП имени В. В. Тихомирова' },
    aliases: ['Tikhomirov NIIP', 'NIIP Tikhomirov', 'Tichomirow-Institut', 'Tikhomirov Institute'],
    description: {
      de: 'Russisches Forschungsinstitut für Radare von Kampfjets und Flugabwehrsystemen, etwa für Buk und die Su-35.',
      en: 'Russian research institute for fighter and air defence radars, such as those of the Buk system and the Su-35.',
    },
    links: [{ rel: 'part-of', to: 'almaz-antey' }, { rel: 'related-to', to: 'buk' }],
  },
  // ── Russia: drones and front-line systems ─────────────────────────────────────
  {
    id: 'skalpel-drone', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Skalpel-Drohne', en: 'Skalpel loitering munition', ru: '«Скальпель»' },
    aliases: ['Skalpel drone', 'Scalpel loitering munition', 'Skalpel-Kamikazedrohne'],
    guarded: ['Skalpel'],
    cues: ['kamikaze', 'loitering', 'lancet'],
    description: {
      de: 'Russische Lenkflugmunition (Kamikazedrohne) mit Kreuzflügeln, als günstigere Ergänzung zur Lancet gegen Fahrzeuge und Artillerie eingesetzt.',
      en: 'Russian loitering munition with cruciform wings, used as a cheaper complement to the Lancet against vehicles and artillery.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'privet-82', type: 'weapon', subtype: 'drone',
    names: { de: 'Priwet-82', en: 'Privet-82', ru: 'Привет-82' },
    aliases: ['Privet 82', 'Priwet 82'],
    description: {
      de: 'Russische raketengetriebene Angriffsdrohne für Ziele nahe der Front, als billige Alternative zu Artillerie und Lenkflugkörpern gebaut.',
      en: 'Russian rocket-powered strike drone for targets near the front, built as a cheap alternative to artillery and guided missiles.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'sudoplatov-drones', type: 'organization', subtype: 'company',
    names: { de: 'Drohnenprojekt Sudoplatow', en: 'Sudoplatov drone project', ru: 'Судоплатов' },
    aliases: ['Projekt Sudoplatow', 'Sudoplatov drone workshop'],
    guarded: ['Sudoplatov', 'Sudoplatow'],
    cues: ['fpv', 'upyr', 'vt-40', 'drohnenprojekt', 'drone project', 'drohnen', 'drones'],
    description: {
      de: 'Russisches Freiwilligenprojekt mit Staatsnähe, das FPV-Drohnen wie Upyr und VT-40 für die Armee baut.',
      en: 'Russian volunteer project close to the state that builds FPV drones such as the Upyr and VT-40 for the army.',
    },
    links: [{ rel: 'related-to', to: 'russian-armed-forces' }],
  },
  {
    id: 'vt-40', type: 'weapon', subtype: 'drone',
    names: { de: 'VT-40', en: 'VT-40', ru: 'ВТ-40' },
    aliases: ['VT 40', 'VT-40 FPV'],
    description: {
      de: 'Russische FPV-Kamikazedrohne des Projekts Sudoplatow, in großer Zahl an die Front geliefert.',
      en: 'Russian FPV kamikaze drone of the Sudoplatov project, delivered to the front in large numbers.',
    },
    links: [{ rel: 'made-by', to: 'sudoplatov-drones' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'derivatsiya-pvo', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Deriwazija-PWO', en: 'Derivatsiya-PVO', ru: 'Деривация-ПВО' },
    aliases: ['Derivatsiya PVO', 'Derivatsiya', 'Deriwazija', '2S38', '2S38 Derivatsiya'],
    description: {
      de: 'Russischer Flugabwehrkanonenpanzer mit 57-mm-Kanone auf BMP-3-Fahrgestell, auch gegen Drohnen eingesetzt.',
      en: 'Russian self-propelled anti-aircraft gun with a 57 mm cannon on a BMP-3 chassis, also used against drones.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-ground-forces' }, { rel: 'related-to', to: 'bmp-3' }],
  },
  // ── The West: radars, interceptors, drones and their makers ───────────────────
  {
    id: 'giraffe-radar', type: 'weapon',
    names: { de: 'Giraffe-Radar', en: 'Giraffe radar' },
    aliases: ['Giraffe AMB', 'Giraffe 1X', 'Giraffe 4A', 'Giraffe 8A', 'Saab Giraffe', 'Giraffe-Radare'],
    description: {
      de: 'Radarfamilie des schwedischen Konzerns Saab zur Luftraumüberwachung und Feuerleitung von Flugabwehr, auch an die Ukraine geliefert.',
      en: 'Family of surveillance and air defence fire-control radars by Sweden’s Saab, also supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'saab' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'ground-master-200', type: 'weapon',
    names: { de: 'Ground Master 200', en: 'Ground Master 200' },
    aliases: ['GM200', 'GM 200', 'Ground Master 200 radar', 'Thales GM200', 'Ground-Master-200-Radar'],
    description: {
      de: 'Mobiles Luftraumüberwachungsradar des französischen Konzerns Thales, von Frankreich an die Ukraine geliefert.',
      en: 'Mobile air surveillance radar by France’s Thales, supplied to Ukraine by France.',
    },
    links: [{ rel: 'made-by', to: 'thales' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'an-tpq-36', type: 'weapon',
    names: { de: 'AN/TPQ-36', en: 'AN/TPQ-36' },
    aliases: ['TPQ-36', 'AN/TPQ-36 Firefinder', 'Firefinder radar', 'Firefinder-Radar'],
    description: {
      de: 'US-Artillerieortungsradar (Firefinder), das Abschussstellungen von Mörsern und Artillerie ortet; an die Ukraine geliefert.',
      en: 'US counter-battery radar (Firefinder) that locates mortar and artillery firing positions; supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'an-tpq-37', type: 'weapon',
    names: { de: 'AN/TPQ-37', en: 'AN/TPQ-37' },
    aliases: ['TPQ-37', 'AN/TPQ-37 Firefinder'],
    description: {
      de: 'Weitreichendes US-Artillerieortungsradar der Firefinder-Familie, das auch Raketenwerfer ortet; an die Ukraine geliefert.',
      en: 'Long-range US counter-battery radar of the Firefinder family that also locates rocket launchers; supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'an-tpq-50', type: 'weapon',
    names: { de: 'AN/TPQ-50', en: 'AN/TPQ-50' },
    aliases: ['TPQ-50', 'AN/TPQ-50 LCMR', 'LCMR'],
    description: {
      de: 'Leichtes US-Radar zur Ortung von Mörsern (Lightweight Counter-Mortar Radar), an die Ukraine geliefert.',
      en: 'Light US counter-mortar radar (Lightweight Counter-Mortar Radar), supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'python-5', type: 'weapon', subtype: 'missile',
    names: { de: 'Python-5', en: 'Python-5' },
    aliases: ['Python 5', 'Rafael Python-5'],
    description: {
      de: 'Israelische Kurzstrecken-Luft-Luft-Rakete von Rafael, auch als Abfangrakete bodengestützter Flugabwehr eingesetzt.',
      en: 'Israeli short-range air-to-air missile by Rafael, also used as the interceptor of ground-based air defence.',
    },
    links: [{ rel: 'made-by', to: 'rafael' }, { rel: 'used-by', to: 'israeli-air-force' }, { rel: 'related-to', to: 'spyder-air-defence' }],
  },
  {
    id: 'vl-mica', type: 'weapon', subtype: 'air-defence',
    names: { de: 'VL MICA', en: 'VL MICA' },
    aliases: ['VL-MICA', 'MICA VL'],
    description: {
      de: 'Bodengestütztes Kurzstrecken-Flugabwehrsystem des europäischen Raketenherstellers MBDA mit senkrecht startenden MICA-Raketen.',
      en: 'Ground-based short-range air defence system by the European missile maker MBDA, firing vertically launched MICA missiles.',
    },
    links: [{ rel: 'made-by', to: 'mbda' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'roadrunner-interceptor', type: 'weapon', subtype: 'drone',
    names: { de: 'Roadrunner-Abfangdrohne', en: 'Roadrunner interceptor' },
    aliases: ['Roadrunner-M', 'Anduril Roadrunner', 'Roadrunner drone'],
    guarded: ['Roadrunner'],
    cues: ['anduril', 'abfangdrohne', 'interceptor'],
    description: {
      de: 'Wiederverwendbare strahlgetriebene Abfangdrohne des US-Herstellers Anduril gegen Drohnen und Marschflugkörper.',
      en: 'Reusable jet-powered interceptor drone by the US maker Anduril against drones and cruise missiles.',
    },
    links: [{ rel: 'made-by', to: 'anduril' }, { rel: 'used-by', to: 'united-states' }],
  },
  {
    id: 'aerovironment', type: 'organization', subtype: 'company',
    names: { de: 'AeroVironment', en: 'AeroVironment' },
    aliases: ['AeroVironment Inc.', 'AV Inc.'],
    description: {
      de: 'US-Hersteller von Militärdrohnen und der Kamikazedrohne Switchblade, die auch an die Ukraine geliefert wurde.',
      en: 'US maker of military drones and the Switchblade loitering munition, which was also supplied to Ukraine.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'shield-ai', type: 'organization', subtype: 'company',
    names: { de: 'Shield AI', en: 'Shield AI' },
    description: {
      de: 'US-Rüstungsunternehmen für KI-Flugsteuerung (Hivemind) und die senkrecht startende Aufklärungsdrohne V-BAT, die auch in der Ukraine eingesetzt wird.',
      en: 'US defence company making AI flight software (Hivemind) and the V-BAT vertical take-off reconnaissance drone, also used in Ukraine.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'v-bat', type: 'weapon', subtype: 'drone',
    names: { de: 'V-BAT', en: 'V-BAT' },
    aliases: ['V-BAT drone', 'Shield AI V-BAT', 'V-BAT-Drohne'],
    description: {
      de: 'Senkrecht startende US-Aufklärungsdrohne von Shield AI, die auch ohne GPS navigieren kann; in der Ukraine eingesetzt.',
      en: 'US vertical take-off reconnaissance drone by Shield AI that can navigate without GPS; used in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'shield-ai' }],
  },
  {
    id: 'kratos-defense', type: 'organization', subtype: 'company',
    names: { de: 'Kratos Defense', en: 'Kratos Defense' },
    aliases: ['Kratos Defense & Security Solutions', 'Kratos Defense and Security Solutions'],
    guarded: ['Kratos'],
    cues: ['valkyrie', 'xq-58', 'kampfdrohne', 'combat drone', 'rüstungskonzern', 'defense contractor'],
    description: {
      de: 'US-Rüstungsunternehmen, Hersteller der Kampfdrohne XQ-58 Valkyrie und von Zieldrohnen.',
      en: 'US defence company making the XQ-58 Valkyrie combat drone and target drones.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'xq-58-valkyrie', type: 'weapon', subtype: 'drone',
    names: { de: 'XQ-58 Valkyrie', en: 'XQ-58 Valkyrie' },
    aliases: ['XQ-58', 'XQ-58A', 'XQ-58A Valkyrie'],
    description: {
      de: 'Strahlgetriebene US-Kampfdrohne von Kratos, als unbemannter Begleiter bemannter Kampfjets erprobt.',
      en: 'US jet-powered combat drone by Kratos, tested as an uncrewed wingman for crewed fighter jets.',
    },
    links: [{ rel: 'made-by', to: 'kratos-defense' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'skydio', type: 'organization', subtype: 'company',
    names: { de: 'Skydio', en: 'Skydio' },
    description: {
      de: 'Größter US-Hersteller kleiner Drohnen, liefert Aufklärungsdrohnen an US-Armee und Ukraine; von China 2024 mit Sanktionen belegt.',
      en: 'Largest US maker of small drones, supplying reconnaissance drones to the US Army and Ukraine; sanctioned by China in 2024.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'red-cat-holdings', type: 'organization', subtype: 'company',
    names: { de: 'Red Cat Holdings', en: 'Red Cat Holdings' },
    aliases: ['Red Cat', 'Teal Drones'],
    description: {
      de: 'US-Drohnenhersteller (Teal Drones), der 2024 den Zuschlag für die Kurzstrecken-Aufklärungsdrohne der US-Armee erhielt.',
      en: 'US drone maker (Teal Drones) that won the US Army’s short-range reconnaissance drone contract in 2024.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'alpine-eagle', type: 'organization', subtype: 'company',
    names: { de: 'Alpine Eagle', en: 'Alpine Eagle' },
    description: {
      de: 'Deutsches Rüstungs-Start-up aus München, das Drohnenabwehr mit luftgestützten Abfangdrohnen (Sentinel) entwickelt.',
      en: 'German defence start-up from Munich developing counter-drone defence with airborne interceptor drones (Sentinel).',
    },
    links: [{ rel: 'part-of', to: 'germany' }],
  },
  {
    id: 'donaustahl', type: 'organization', subtype: 'company',
    names: { de: 'Donaustahl', en: 'Donaustahl' },
    description: {
      de: 'Niederbayerischer Hersteller von Drohnen und Munition, der Kamikaze- und Aufklärungsdrohnen auch an die Ukraine liefert.',
      en: 'Lower Bavarian maker of drones and munitions that also supplies kamikaze and reconnaissance drones to Ukraine.',
    },
    links: [{ rel: 'part-of', to: 'germany' }],
  },
  {
    id: 'ca-1-europa', type: 'weapon', subtype: 'drone',
    names: { de: 'CA-1 Europa', en: 'CA-1 Europa' },
    aliases: ['Helsing CA-1 Europa', 'CA-1-Europa'],
    description: {
      de: 'Autonome Kampfdrohne (unbemanntes Kampfflugzeug), die der Münchner Hersteller Helsing 2025 vorstellte.',
      en: 'Autonomous combat drone (uncrewed combat aircraft) unveiled by the Munich maker Helsing in 2025.',
    },
    links: [{ rel: 'made-by', to: 'helsing' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'v-1-flying-bomb', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'V1-Flugbombe', en: 'V-1 flying bomb' },
    aliases: ['Fieseler Fi 103', 'V-1 buzz bomb', 'V1 flying bomb'],
    guarded: ['V-1'],
    cues: ['flugbombe', 'flying bomb', 'weltkrieg', 'world war', 'nazi', 'wehrmacht', 'vergeltungswaffe', 'hitler'],
    description: {
      de: 'Deutsche Flugbombe des Zweiten Weltkriegs, erster eingesetzter Marschflugkörper; heute oft Vergleich für Shahed-Drohnen und ukrainische Flugkörper.',
      en: 'German Second World War flying bomb, the first cruise missile used in war; today often the comparison for Shahed drones and Ukrainian missiles.',
    },
    links: [{ rel: 'made-by', to: 'germany' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'time-magazine', type: 'organization', subtype: 'news-agency',
    names: { de: 'Time-Magazin', en: 'Time magazine' },
    // Not the bare word: "Time" opens too many sentences that also mention some magazine.
    aliases: ['TIME magazine', 'Magazin Time', 'magazine Time', 'Nachrichtenmagazin Time', 'US-Magazin Time', 'TIME-Magazin'],
    description: {
      de: 'US-Nachrichtenmagazin mit Reportagen und Interviews zum Krieg in der Ukraine und im Nahen Osten.',
      en: 'US news magazine with reporting and interviews on the wars in Ukraine and the Middle East.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  // ── People of the arms trade and of the drone war ─────────────────────────────
  {
    id: 'bezhalel-machlis', type: 'person', subtype: 'businessman',
    names: { de: 'Bezhalel Machlis', en: 'Bezhalel Machlis', he: 'בצלאל מכליס' },
    aliases: ['Bezalel Machlis', 'Butzi Machlis'],
    description: {
      de: 'Chef des israelischen Rüstungskonzerns Elbit Systems seit 2013.',
      en: 'Chief executive of the Israeli arms maker Elbit Systems since 2013.',
    },
    roles: [{ title: { de: 'Vorstandschef', en: 'Chief executive' }, of: 'elbit-systems', from: '2013' }],
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'leads', to: 'elbit-systems' }],
  },
  {
    id: 'yoav-turgeman', type: 'person', subtype: 'businessman',
    names: { de: 'Yoav Turgeman', en: 'Yoav Turgeman', he: 'יואב תורגמן' },
    aliases: ['Yoav Tourgeman', 'Joav Turgeman'],
    description: {
      de: 'Chef des staatlichen israelischen Rüstungskonzerns Rafael (Iron Dome, David’s Sling, Iron Beam).',
      en: 'Chief executive of Israel’s state-owned arms maker Rafael (Iron Dome, David’s Sling, Iron Beam).',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'leads', to: 'rafael' }],
  },
  {
    id: 'kathy-warden', type: 'person', subtype: 'businessman',
    names: { de: 'Kathy Warden', en: 'Kathy Warden' },
    aliases: ['Kathy J. Warden', 'Kathleen Warden'],
    description: {
      de: 'Chefin des US-Rüstungskonzerns Northrop Grumman seit 2019.',
      en: 'Chief executive of the US arms maker Northrop Grumman since 2019.',
    },
    roles: [{ title: { de: 'Vorstandschefin', en: 'Chief executive' }, of: 'northrop-grumman', from: '2019' }],
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'leads', to: 'northrop-grumman' }],
  },
  {
    id: 'chris-calio', type: 'person', subtype: 'businessman',
    names: { de: 'Chris Calio', en: 'Chris Calio' },
    aliases: ['Christopher Calio', 'Christopher T. Calio'],
    description: {
      de: 'Chef des US-Rüstungskonzerns RTX (Raytheon, Patriot) seit 2024.',
      en: 'Chief executive of the US arms maker RTX (Raytheon, Patriot) since 2024.',
    },
    roles: [{ title: { de: 'Vorstandschef', en: 'Chief executive' }, of: 'rtx', from: '2024' }],
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'leads', to: 'rtx' }],
  },
  {
    id: 'brian-schimpf', type: 'person', subtype: 'businessman',
    names: { de: 'Brian Schimpf', en: 'Brian Schimpf' },
    description: {
      de: 'Mitgründer und Chef des US-Rüstungsunternehmens Anduril.',
      en: 'Co-founder and chief executive of the US defence company Anduril.',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'leads', to: 'anduril' }],
  },
  {
    id: 'charles-woodburn', type: 'person', subtype: 'businessman',
    names: { de: 'Charles Woodburn', en: 'Charles Woodburn' },
    description: {
      de: 'Chef des britischen Rüstungskonzerns BAE Systems seit 2017.',
      en: 'Chief executive of the British arms maker BAE Systems since 2017.',
    },
    roles: [{ title: { de: 'Vorstandschef', en: 'Chief executive' }, of: 'bae-systems', from: '2017' }],
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }, { rel: 'leads', to: 'bae-systems' }],
  },
  {
    id: 'daniel-ek', type: 'person', subtype: 'businessman',
    names: { de: 'Daniel Ek', en: 'Daniel Ek' },
    description: {
      de: 'Schwedischer Unternehmer, Gründer von Spotify; Großinvestor und Aufsichtsratschef des Münchner Rüstungsunternehmens Helsing.',
      en: 'Swedish entrepreneur, founder of Spotify; major investor in and chairman of the Munich defence company Helsing.',
    },
    links: [{ rel: 'related-to', to: 'helsing' }],
  },
  {
    id: 'saeed-aghajani', type: 'person', subtype: 'military',
    names: { de: 'Saeed Aghadschani', en: 'Saeed Aghajani', fa: 'سعید آقاجانی' },
    aliases: ['Saeed Aghajani', 'Said Aghadschani', 'Saeid Aghajani'],
    description: {
      de: 'Brigadegeneral der iranischen Revolutionsgarden, Leiter des Drohnenkommandos ihrer Luft- und Raumfahrtstreitkräfte.',
      en: 'Brigadier general of Iran’s Revolutionary Guards, head of the drone command of their Aerospace Force.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'irgc-aerospace-force' }],
  },
  {
    id: 'brett-velicovich', type: 'person', subtype: 'official',
    names: { de: 'Brett Velicovich', en: 'Brett Velicovich' },
    description: {
      de: 'US-Drohnenexperte und Armee-Veteran, Kommentator bei Fox News zu Drohnenkrieg und Ukraine.',
      en: 'US drone expert and Army veteran, Fox News commentator on drone warfare and Ukraine.',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'related-to', to: 'fox-news' }],
  },
  {
    id: 'simon-shuster', type: 'person', subtype: 'official',
    names: { de: 'Simon Shuster', en: 'Simon Shuster' },
    description: {
      de: 'Korrespondent des US-Magazins Time, berichtet aus der Ukraine und über Selenskyj.',
      en: 'Correspondent for the US magazine Time, reporting from Ukraine and on Zelensky.',
    },
    links: [{ rel: 'member-of', to: 'time-magazine' }],
  },
  // ── Ukraine: sensors and software behind the air defence ──────────────────────
  {
    id: 'sky-fortress', type: 'weapon',
    names: { de: 'Sky Fortress', en: 'Sky Fortress', uk: 'Небесна фортеця' },
    aliases: ['Nebesna Fortetsia', 'Himmelsfestung', 'Sky Fortress acoustic network', 'Sky-Fortress-System'],
    description: {
      de: 'Ukrainisches Netz Tausender billiger akustischer Sensoren, das Shahed-Drohnen und Marschflugkörper am Geräusch erkennt und mobile Abwehrtrupps einweist.',
      en: 'Ukrainian network of thousands of cheap acoustic sensors that detects Shahed drones and cruise missiles by sound and cues mobile fire teams.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'zvook', type: 'weapon',
    names: { de: 'Zvook', en: 'Zvook', uk: 'Звук' },
    aliases: ['Zvook acoustic system', 'Zvook-System'],
    description: {
      de: 'Ukrainisches akustisches Erkennungssystem, das anfliegende Raketen und Drohnen mit Mikrofonen und Software zur Geräuscherkennung ortet.',
      en: 'Ukrainian acoustic detection system that locates incoming missiles and drones with microphones and sound-recognition software.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'related-to', to: 'sky-fortress' }],
  },
  {
    id: 'delta-system', type: 'weapon',
    names: { de: 'Delta-System', en: 'Delta system', uk: 'Дельта' },
    aliases: ['Delta situational awareness system', 'Lagebildsystem Delta', 'Gefechtsführungssystem Delta', 'Delta battlefield system'],
    acronyms: ['DELTA'],
    description: {
      de: 'Ukrainisches digitales Lagebild- und Gefechtsführungssystem, das Aufklärungsdaten von Drohnen, Sensoren und Truppen auf einer Karte zusammenführt.',
      en: 'Ukrainian digital situational awareness and battle management system that merges reconnaissance from drones, sensors and troops on one map.',
    },
    links: [{ rel: 'made-by', to: 'ukrainian-defence-ministry' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'kropyva', type: 'weapon',
    names: { de: 'Kropywa', en: 'Kropyva', uk: 'Кропива' },
    aliases: ['Kropyva app', 'Kropyva-Software', 'Kropywa-Software'],
    description: {
      de: 'Ukrainische Software zur Feuerleitung der Artillerie auf Tablets, die Zielkoordinaten in Sekunden an die Geschütze gibt.',
      en: 'Ukrainian tablet software for artillery fire control that passes target coordinates to the guns in seconds.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'toloka-drone', type: 'weapon', subtype: 'drone',
    names: { de: 'Toloka-Unterwasserdrohne', en: 'Toloka underwater drone', uk: 'Толока' },
    aliases: ['TLK-150', 'TLK-150 Toloka', 'Toloka TLK-150'],
    guarded: ['Toloka'],
    cues: ['unterwasser', 'underwater', 'drohn', 'drone', 'seedrohne', 'naval'],
    description: {
      de: 'Ukrainische Unterwasserdrohne, 2024 auf Messen gezeigt, für Angriffe auf Schiffe und Hafenanlagen entwickelt.',
      en: 'Ukrainian underwater drone shown at fairs in 2024, developed to strike ships and port installations.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }],
  },
  {
    id: 'barracuda-missile', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Barracuda-Marschflugkörper', en: 'Barracuda cruise missile' },
    aliases: ['Barracuda-100', 'Barracuda-250', 'Barracuda-500', 'Anduril Barracuda', 'Barracuda-500M'],
    guarded: ['Barracuda'],
    cues: ['anduril', 'marschflugkörper', 'cruise missile'],
    description: {
      de: 'Günstiger, in Serie gebauter Marschflugkörper des US-Herstellers Anduril in mehreren Reichweitenklassen.',
      en: 'Low-cost, mass-produced cruise missile by the US maker Anduril in several range classes.',
    },
    links: [{ rel: 'made-by', to: 'anduril' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  // ── Commentators on the weapons war ───────────────────────────────────────────
  {
    id: 'anatolii-khrapchynskyi', type: 'person', subtype: 'official',
    names: { de: 'Anatolij Chraptschynskyj', en: 'Anatolii Khrapchynskyi', uk: 'Анатолій Храпчинський' },
    aliases: ['Anatoliy Khrapchynskyi', 'Anatolii Khrapchynskyy', 'Anatolij Khrapchynskyi'],
    description: {
      de: 'Ukrainischer Experte für elektronische Kampfführung und Drohnenabwehr aus der Rüstungsindustrie, oft in Medien zu russischen Drohnen und Raketen zitiert.',
      en: 'Ukrainian defence-industry expert on electronic warfare and counter-drone defence, often quoted on Russian drones and missiles.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'mikhail-khodaryonok', type: 'person', subtype: 'military',
    names: { de: 'Michail Chodarjonok', en: 'Mikhail Khodaryonok', ru: 'Михаил Ходарёнок' },
    aliases: ['Mikhail Khodarenok', 'Michail Chodarenok', 'Mikhail Khodaryonok'],
    description: {
      de: 'Russischer Oberst a. D. und Militärkommentator, schreibt für Gaseta.ru; warnte 2022 im Staatsfernsehen vor einer Unterschätzung der Ukraine.',
      en: 'Retired Russian colonel and military commentator writing for Gazeta.ru; warned on state TV in 2022 against underestimating Ukraine.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'vasily-kashin', type: 'person', subtype: 'official',
    names: { de: 'Wassili Kaschin', en: 'Vasily Kashin', ru: 'Василий Кашин' },
    aliases: ['Vassily Kashin', 'Vasiliy Kashin', 'Wassili Kashin'],
    description: {
      de: 'Russischer Militär- und Chinaexperte an der Moskauer Higher School of Economics.',
      en: 'Russian military and China expert at Moscow’s Higher School of Economics.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'viktor-murakhovsky', type: 'person', subtype: 'official',
    names: { de: 'Viktor Murachowski', en: 'Viktor Murakhovsky', ru: 'Виктор Мураховский' },
    aliases: ['Viktor Murakhovskiy', 'Wiktor Murachowski'],
    description: {
      de: 'Russischer Militärexperte, Chefredakteur der Zeitschrift „Arsenal Otetschestwa“, kommentiert Waffen im Krieg gegen die Ukraine.',
      en: 'Russian military expert, editor-in-chief of the magazine Arsenal Otechestva, commenting on weapons in the war against Ukraine.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'military-informant', type: 'organization', subtype: 'news-agency',
    names: { de: 'Military Informant', en: 'Military Informant', ru: 'Военный осведомитель' },
    aliases: ['Voenny Osvedomitel', 'Wojenny Oswedomitel', 'Militärinformant', 'Wojennyj Oswedomitel', 'Voyennyy Osvedomitel', 'Voyenny Osvedomitel'],
    description: {
      de: 'Russischer Militär-Telegram-Kanal, der über Waffen und Kampfhandlungen im Krieg gegen die Ukraine berichtet.',
      en: 'Russian military Telegram channel reporting on weapons and fighting in the war against Ukraine.',
    },
    links: [{ rel: 'related-to', to: 'russia' }],
  },
  {
    id: 'nicholas-drummond', type: 'person', subtype: 'official',
    names: { de: 'Nicholas Drummond', en: 'Nicholas Drummond' },
    description: {
      de: 'Britischer Verteidigungsanalyst und früherer Offizier der British Army, kommentiert Landkriegsführung und Drohnen.',
      en: 'British defence analyst and former British Army officer, commenting on land warfare and drones.',
    },
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'sean-gainey', type: 'person', subtype: 'military',
    names: { de: 'Sean Gainey', en: 'Sean Gainey' },
    aliases: ['Sean A. Gainey'],
    description: {
      de: 'Generalleutnant der US Army, Kommandeur des Space and Missile Defense Command; lobte das ukrainische akustische Drohnenwarnnetz.',
      en: 'US Army lieutenant general, commander of Space and Missile Defense Command; praised Ukraine’s acoustic drone-warning network.',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'member-of', to: 'us-army' }],
  },
  // ── More systems from the 2025-2026 reports ───────────────────────────────────
  {
    id: 'iskander-1000', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Iskander-1000', en: 'Iskander-1000', ru: 'Искандер-1000' },
    aliases: ['Iskander 1000'],
    description: {
      de: 'Angebliche russische Iskander-Variante mit rund 1000 km Reichweite, 2025 in Medien beschrieben; die Ukraine nannte Berichte darüber Desinformation.',
      en: 'Alleged Russian Iskander variant with a range of about 1,000 km, described in media in 2025; Ukraine called the reports disinformation.',
    },
    links: [{ rel: 'variant-of', to: 'iskander' }, { rel: 'instance-of', to: 'ballistic-missile' }],
  },
  {
    id: 'hwasong-11d', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hwasong-11D', en: 'Hwasong-11D', ko: '화성포-11라' },
    aliases: ['Hwasong-11Da', 'Hwasong-11Da-4.5', 'Hwasongpho-11Da-4.5', 'Hwasong-11Ra'],
    description: {
      de: 'Nordkoreanische taktische ballistische Rakete mit einem 4,5 Tonnen schweren Sprengkopf, 2024 erstmals getestet.',
      en: 'North Korean tactical ballistic missile with a 4.5-tonne warhead, first tested in 2024.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'variant-of', to: 'hwasong-11' }, { rel: 'instance-of', to: 'ballistic-missile' }],
  },
  {
    id: 'iron-sting', type: 'weapon',
    names: { de: 'Iron Sting', en: 'Iron Sting' },
    aliases: ['Iron-Sting-Mörsergranate', 'Iron Sting mortar bomb'],
    description: {
      de: 'Lasergelenkte 120-mm-Mörsermunition des israelischen Herstellers Elbit, im Gaza-Krieg eingesetzt.',
      en: 'Laser-guided 120 mm mortar bomb by the Israeli maker Elbit, used in the Gaza war.',
    },
    links: [{ rel: 'made-by', to: 'elbit-systems' }, { rel: 'used-by', to: 'idf' }],
  },
  {
    id: 'infozahyst', type: 'organization', subtype: 'company',
    names: { de: 'Infozahyst', en: 'Infozahyst', uk: 'Інфозахист' },
    aliases: ['Infozakhyst', 'Infosachyst'],
    description: {
      de: 'Ukrainischer Hersteller von Systemen der Funkaufklärung und elektronischen Kampfführung.',
      en: 'Ukrainian maker of signals intelligence and electronic warfare systems.',
    },
    links: [{ rel: 'part-of', to: 'ukraine' }],
  },
  {
    id: 'himera', type: 'organization', subtype: 'company',
    names: { de: 'Himera', en: 'Himera' },
    aliases: ['Himera radios', 'Himera G1'],
    description: {
      de: 'Ukrainischer Hersteller abhör- und störfester taktischer Funkgeräte für die Front.',
      en: 'Ukrainian maker of secure, jam-resistant tactical radios for the front.',
    },
    links: [{ rel: 'part-of', to: 'ukraine' }],
  },
  {
    id: 'brolis', type: 'organization', subtype: 'company',
    names: { de: 'Brolis', en: 'Brolis' },
    aliases: ['Brolis Semiconductors', 'Brolis Sensor Technology', 'Brolis Defence'],
    description: {
      de: 'Litauischer Hersteller von Lasern, Wärmebild- und Sensortechnik, der mit der ukrainischen Rüstungsindustrie zusammenarbeitet.',
      en: 'Lithuanian maker of lasers, thermal sights and sensor technology that works with Ukraine’s arms industry.',
    },
    links: [{ rel: 'part-of', to: 'lithuania' }],
  },
  {
    id: 'army-recognition', type: 'organization', subtype: 'news-agency',
    names: { de: 'Army Recognition', en: 'Army Recognition' },
    aliases: ['Army Recognition Group', 'armyrecognition.com'],
    description: {
      de: 'Belgisches Online-Fachportal über Waffensysteme und Rüstungsmessen.',
      en: 'Belgian online trade site on weapons systems and defence fairs.',
    },
  },
  {
    id: 'babel-ua', type: 'organization', subtype: 'news-agency',
    names: { de: 'Babel.ua', en: 'Babel.ua' },
    aliases: ['Babel Ukraine', 'babel.ua'],
    guarded: ['Babel'],
    cues: ['ukrain', 'kyiv', 'kiew', 'nachrichten', 'news', 'portal', 'medium', 'outlet', 'reported', 'berichtet', 'korrespondent', 'correspondent', 'analy', 'map', 'karte'],
    description: {
      de: 'Ukrainisches Online-Nachrichtenmedium aus Kiew mit Ausgaben auf Ukrainisch, Russisch und Englisch.',
      en: 'Ukrainian online news outlet from Kyiv with Ukrainian, Russian and English editions.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  // ── Counter-drone makers and naval close-in defence ───────────────────────────
  {
    id: 'taurus-systems', type: 'organization', subtype: 'company',
    names: { de: 'Taurus Systems', en: 'Taurus Systems' },
    aliases: ['Taurus Systems GmbH'],
    description: {
      de: 'Gemeinschaftsunternehmen von MBDA Deutschland und Saab in Schrobenhausen, Hersteller des Marschflugkörpers Taurus.',
      en: 'Joint venture of MBDA Deutschland and Saab in Schrobenhausen that makes the Taurus cruise missile.',
    },
    links: [{ rel: 'related-to', to: 'taurus' }, { rel: 'related-to', to: 'mbda' }, { rel: 'related-to', to: 'saab' }],
  },
  {
    id: 'l3harris-vampire', type: 'weapon', subtype: 'air-defence',
    names: { de: 'VAMPIRE-Drohnenabwehrsystem', en: 'VAMPIRE counter-drone system' },
    aliases: ['L3Harris VAMPIRE', 'VAMPIRE system', 'VAMPIRE-System', 'Vehicle-Agnostic Modular Palletized ISR Rocket Equipment'],
    description: {
      de: 'Drohnenabwehr-Bausatz des US-Herstellers L3Harris, der lasergelenkte Raketen von Pick-ups aus verschießt; an die Ukraine geliefert.',
      en: 'Counter-drone kit by the US maker L3Harris that fires laser-guided rockets from pick-up trucks; supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'l3harris' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'origin-robotics', type: 'organization', subtype: 'company',
    names: { de: 'Origin Robotics', en: 'Origin Robotics' },
    description: {
      de: 'Lettisches Rüstungs-Start-up, das die Abfangdrohne BLAZE und die Lenkflugmunition BEAK baut.',
      en: 'Latvian defence start-up building the BLAZE interceptor drone and the BEAK loitering munition.',
    },
    links: [{ rel: 'part-of', to: 'latvia' }],
  },
  {
    id: 'nordic-air-defence', type: 'organization', subtype: 'company',
    names: { de: 'Nordic Air Defence', en: 'Nordic Air Defence' },
    description: {
      de: 'Schwedisches Start-up, das die raketengetriebene Abfangdrohne Kreuger 100 gegen Drohnen entwickelt.',
      en: 'Swedish start-up developing the rocket-powered Kreuger 100 interceptor against drones.',
    },
    links: [{ rel: 'part-of', to: 'sweden' }],
  },
  {
    id: 'cambridge-aerospace', type: 'organization', subtype: 'company',
    names: { de: 'Cambridge Aerospace', en: 'Cambridge Aerospace' },
    description: {
      de: 'Britisches Rüstungs-Start-up, das die strahlgetriebene Abfangdrohne Skyhammer gegen Drohnen und Marschflugkörper baut.',
      en: 'British defence start-up building the jet-powered Skyhammer interceptor against drones and cruise missiles.',
    },
    links: [{ rel: 'part-of', to: 'united-kingdom' }],
  },
  {
    id: 'phalanx-ciws', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Phalanx-Nahbereichsabwehr', en: 'Phalanx CIWS' },
    aliases: ['Phalanx close-in weapon system', 'Phalanx-Nahbereichsverteidigungssystem', 'Mk 15 Phalanx', 'Phalanx-Kanone'],
    guarded: ['Phalanx'],
    cues: ['kanone', 'cannon', 'gun', 'gatling', 'zerstörer', 'destroyer', 'warship', 'kriegsschiff', 'nahbereich', 'close-in', 'ciws'],
    description: {
      de: 'US-Nahbereichsabwehrsystem mit Gatling-Kanone auf Kriegsschiffen, letzte Abwehrschicht gegen anfliegende Raketen und Drohnen.',
      en: 'US close-in weapon system with a Gatling gun on warships, the last layer of defence against incoming missiles and drones.',
    },
    links: [{ rel: 'made-by', to: 'rtx' }, { rel: 'used-by', to: 'us-navy' }],
  },
  {
    id: 'uss-stockdale', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Stockdale', en: 'USS Stockdale' },
    aliases: ['USS Stockdale (DDG-106)'],
    description: {
      de: 'US-Zerstörer der Arleigh-Burke-Klasse, der im Roten Meer Drohnen und Raketen der Huthi abwehrte.',
      en: 'US Arleigh Burke-class destroyer that fended off Houthi drones and missiles in the Red Sea.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'arleigh-burke-class' }],
  },
  // ── Arms export and procurement bodies and their heads ────────────────────────
  {
    id: 'mafat', type: 'organization', subtype: 'government-body',
    names: { de: 'MAFAT', en: 'MAFAT', he: 'מפא"ת' },
    aliases: ['Directorate of Defense Research and Development', 'Directorate of Defence Research and Development', 'Direktion für Verteidigungsforschung und Entwicklung',
      'Directorate of Defense Research & Development', 'Directorate of Defence Research & Development'],
    acronyms: ['DDR&D'],
    description: {
      de: 'Forschungs- und Entwicklungsdirektion des israelischen Verteidigungsministeriums, die Iron Dome, Arrow und Iron Beam mitentwickelte.',
      en: 'Research and development directorate of Israel’s defence ministry that co-developed Iron Dome, Arrow and Iron Beam.',
    },
    links: [{ rel: 'part-of', to: 'israeli-defence-ministry' }],
  },
  {
    id: 'danny-gold', type: 'person', subtype: 'official',
    names: { de: 'Danny Gold', en: 'Danny Gold', he: 'דני גולד' },
    aliases: ['Daniel Gold'],
    description: {
      de: 'Israelischer Brigadegeneral der Reserve, Leiter der Forschungsdirektion MAFAT; gilt als Vater des Iron Dome.',
      en: 'Israeli reserve brigadier general, head of the MAFAT research directorate; regarded as the father of Iron Dome.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'leads', to: 'mafat' }],
  },
  {
    id: 'sibat', type: 'organization', subtype: 'government-body',
    names: { de: 'SIBAT', en: 'SIBAT', he: 'סיב"ט' },
    aliases: ['International Defense Cooperation Directorate', 'Israeli Defense Export Directorate', 'Israel’s defense export agency'],
    description: {
      de: 'Direktion für internationale Rüstungskooperation und Waffenexporte des israelischen Verteidigungsministeriums.',
      en: 'Directorate for international defence cooperation and arms exports in Israel’s defence ministry.',
    },
    links: [{ rel: 'part-of', to: 'israeli-defence-ministry' }],
  },
  {
    id: 'yair-kulas', type: 'person', subtype: 'official',
    names: { de: 'Yair Kulas', en: 'Yair Kulas', he: 'יאיר קולס' },
    description: {
      de: 'Israelischer Brigadegeneral der Reserve, Leiter der Exportdirektion SIBAT im Verteidigungsministerium.',
      en: 'Israeli reserve brigadier general, head of the SIBAT export directorate in the defence ministry.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'leads', to: 'sibat' }],
  },
  {
    id: 'fsvts', type: 'organization', subtype: 'government-body',
    names: { de: 'Föderaler Dienst für militärtechnische Zusammenarbeit', en: 'Federal Service for Military-Technical Cooperation', ru: 'Федеральная служба по военно-техническому сотрудничеству' },
    aliases: ['Russian Federal Service for Military-Technical Cooperation', 'Dienst für militärtechnische Zusammenarbeit', 'Föderaler Dienst für militärisch-technische Kooperation', 'Dienst für militärisch-technische Zusammenarbeit'],
    acronyms: ['FSVTS', 'FSMTC'],
    description: {
      de: 'Russische Bundesbehörde, die Rüstungsexporte und militärtechnische Zusammenarbeit mit dem Ausland steuert.',
      en: 'Russian federal agency that oversees arms exports and military-technical cooperation with foreign states.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'dmitry-shugaev', type: 'person', subtype: 'official',
    names: { de: 'Dmitri Schugajew', en: 'Dmitry Shugaev', ru: 'Дмитрий Шугаев' },
    aliases: ['Dmitry Shugayev', 'Dmitri Shugaev', 'Dmitrij Schugajew'],
    description: {
      de: 'Direktor des russischen Föderalen Dienstes für militärtechnische Zusammenarbeit (Rüstungsexporte) seit 2017.',
      en: 'Director of Russia’s Federal Service for Military-Technical Cooperation (arms exports) since 2017.',
    },
    roles: [{ title: { de: 'Direktor', en: 'Director' }, of: 'fsvts', from: '2017' }],
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'leads', to: 'fsvts' }],
  },
  {
    id: 'oleksandr-bornyakov', type: 'person', subtype: 'politician',
    names: { de: 'Oleksandr Bornjakow', en: 'Oleksandr Bornyakov', uk: 'Олександр Борняков' },
    aliases: ['Alexander Bornyakov', 'Oleksandr Borniakov', 'Olexandr Bornyakov'],
    description: {
      de: 'Ukrainischer Vizeminister für digitale Transformation, zuständig für IT und Rüstungstechnologie.',
      en: 'Ukrainian deputy minister of digital transformation, responsible for IT and defence technology.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'ukrainian-digital-transformation-ministry' }],
  },
  {
    id: 'dot-chain-defence', type: 'organization', subtype: 'government-body',
    names: { de: 'DOT-Chain Defence', en: 'DOT-Chain Defence' },
    aliases: ['DOT-Chain Defense', 'DOT Chain Defence', 'DOT-Chain'],
    description: {
      de: 'Online-Marktplatz des ukrainischen Verteidigungsministeriums, über den Einheiten Drohnen und Ausrüstung direkt bestellen.',
      en: 'Online marketplace of Ukraine’s defence ministry through which units order drones and equipment directly.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-defence-ministry' }],
  },
  {
    id: 'dynamit-nobel-defence', type: 'organization', subtype: 'company',
    names: { de: 'Dynamit Nobel Defence', en: 'Dynamit Nobel Defence' },
    aliases: ['Dynamit Nobel Defence GmbH', 'Dynamit Nobel Defense'],
    description: {
      de: 'Deutscher Hersteller von Panzerabwehrwaffen (Panzerfaust 3, RGW 90) in Burbach, Tochter des israelischen Konzerns Rafael; liefert an die Ukraine.',
      en: 'German maker of anti-tank weapons (Panzerfaust 3, RGW 90) in Burbach, a subsidiary of Israel’s Rafael; supplies Ukraine.',
    },
    links: [{ rel: 'part-of', to: 'rafael' }, { rel: 'related-to', to: 'germany' }],
  },
  {
    id: 'us-army-smdc', type: 'organization', subtype: 'armed-forces',
    names: { de: 'Space and Missile Defense Command', en: 'Space and Missile Defense Command' },
    aliases: ['US Army Space and Missile Defense Command', 'U.S. Army Space and Missile Defense Command', 'Army Space and Missile Defense Command', 'Weltraum- und Raketenabwehrkommando der US Army'],
    acronyms: ['SMDC', 'USASMDC'],
    description: {
      de: 'Kommando der US Army für Raketenabwehr und Weltraumfähigkeiten in Huntsville, Alabama.',
      en: 'US Army command for missile defence and space capabilities in Huntsville, Alabama.',
    },
    links: [{ rel: 'part-of', to: 'us-army' }],
  },
  {
    id: 'yuri-solomonov', type: 'person', subtype: 'official',
    names: { de: 'Juri Solomonow', en: 'Yuri Solomonov', ru: 'Юрий Соломонов' },
    aliases: ['Yury Solomonov', 'Yuriy Solomonov', 'Jurij Solomonow'],
    description: {
      de: 'Russischer Raketenkonstrukteur, Generalkonstrukteur des Moskauer Instituts für Wärmetechnik (Topol, Jars, Bulawa).',
      en: 'Russian missile designer, general designer of the Moscow Institute of Thermal Technology (Topol, Yars, Bulava).',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'serhii-holubtsov', type: 'person', subtype: 'military',
    names: { de: 'Serhij Holubzow', en: 'Serhii Holubtsov', uk: 'Сергій Голубцов' },
    aliases: ['Serhiy Holubtsov', 'Sergii Golubtsov', 'Serhij Holubtsov'],
    description: {
      de: 'Oberst der ukrainischen Luftwaffe, Chef der Fliegerkräfte im Luftwaffenkommando; äußert sich zu F-16 und Drohnenabwehr.',
      en: 'Colonel in the Ukrainian Air Force, chief of aviation at Air Force command; speaks on F-16s and counter-drone defence.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'ukrainian-air-force' }],
  },
  // ── Russian air-defence missiles, EW vehicles and bombs by designation ────────
  {
    id: '48n6', type: 'weapon', subtype: 'missile',
    names: { de: '48N6', en: '48N6', ru: '48Н6' },
    aliases: ['48N6E', '48N6E2', '48N6E3', '48N6DM', '48N6 missile', '48N6-Rakete'],
    description: {
      de: 'Abfangrakete der russischen Luftabwehrsysteme S-300 und S-400; von Russland auch gegen Bodenziele in der Ukraine verschossen.',
      en: 'Interceptor missile of Russia’s S-300 and S-400 air defence systems; also fired by Russia at ground targets in Ukraine.',
    },
    links: [{ rel: 'related-to', to: 's-400' }, { rel: 'related-to', to: 's-300' }, { rel: 'made-by', to: 'almaz-antey' }],
  },
  {
    id: '40n6', type: 'weapon', subtype: 'missile',
    names: { de: '40N6', en: '40N6', ru: '40Н6' },
    aliases: ['40N6E', '40N6M', '40N6 missile', '40N6-Rakete'],
    description: {
      de: 'Langstrecken-Abfangrakete des russischen Systems S-400 mit rund 400 km Reichweite.',
      en: 'Long-range interceptor missile of Russia’s S-400 system with a range of about 400 km.',
    },
    links: [{ rel: 'related-to', to: 's-400' }, { rel: 'made-by', to: 'almaz-antey' }],
  },
  {
    id: '9m96', type: 'weapon', subtype: 'missile',
    names: { de: '9M96', en: '9M96', ru: '9М96' },
    aliases: ['9M96E', '9M96E2', '9M96M', '9M96 missile'],
    description: {
      de: 'Russische Mittelstrecken-Abfangrakete mit aktivem Radarsuchkopf für die Systeme S-350 Witjas und S-400.',
      en: 'Russian medium-range interceptor missile with an active radar seeker for the S-350 Vityaz and S-400 systems.',
    },
    links: [{ rel: 'related-to', to: 's-400' }, { rel: 'made-by', to: 'almaz-antey' }],
  },
  {
    id: 's-300v4', type: 'weapon', subtype: 'air-defence',
    names: { de: 'S-300W4', en: 'S-300V4', ru: 'С-300В4' },
    aliases: ['S-300V4 Antey', 'S-300W4', 'S-300V', 'S-300W', 'Antey-2500'],
    description: {
      de: 'Russisches Kettenfahrzeug-Flugabwehrsystem des Heeres gegen ballistische Raketen und Flugzeuge, unabhängig vom S-300 der Luftstreitkräfte entwickelt.',
      en: 'Russian tracked army air defence system against ballistic missiles and aircraft, developed separately from the air force’s S-300.',
    },
    links: [{ rel: 'made-by', to: 'almaz-antey' }, { rel: 'used-by', to: 'russian-ground-forces' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'svet-ku', type: 'weapon',
    names: { de: 'Swet-KU', en: 'Svet-KU', ru: 'Свет-КУ' },
    aliases: ['Svet KU', 'Swet KU'],
    description: {
      de: 'Russisches mobiles System der Funkaufklärung und elektronischen Kampfführung, das Drohnen und Funkquellen ortet und stört.',
      en: 'Russian mobile signals intelligence and electronic warfare system that locates and jams drones and radio emitters.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'infauna', type: 'weapon',
    names: { de: 'Infauna', en: 'Infauna', ru: 'Инфауна' },
    aliases: ['RB-531B', 'RB-531B Infauna'],
    description: {
      de: 'Russisches gepanzertes Störfahrzeug, das Funkzünder und Funkverkehr stört und Truppenkolonnen schützt.',
      en: 'Russian armoured jamming vehicle that blocks radio-fused bombs and radio traffic to protect troop columns.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-ground-forces' }],
  },
  {
    id: 'kab-250', type: 'weapon',
    names: { de: 'KAB-250', en: 'KAB-250', ru: 'КАБ-250' },
    aliases: ['KAB-250LG', 'KAB-250LG-E', 'KAB-250S'],
    description: {
      de: 'Russische gelenkte 250-kg-Fliegerbombe, von Kampfjets gegen Ziele an der Front abgeworfen.',
      en: 'Russian 250 kg guided aerial bomb, dropped by fighter jets on targets at the front.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-aerospace-forces' }, { rel: 'instance-of', to: 'glide-bomb' }],
  },
  {
    id: 'nir-dvori', type: 'person', subtype: 'official',
    names: { de: 'Nir Dvori', en: 'Nir Dvori', he: 'ניר דבורי' },
    aliases: ['Nir Dworie', 'Nir Dwori'],
    description: {
      de: 'Militärkorrespondent des israelischen Nachrichtensenders N12.',
      en: 'Military correspondent of Israel’s N12 news channel.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },
  {
    id: 'supernova-plus', type: 'organization', subtype: 'news-agency',
    names: { de: 'Supernova Plus', en: 'Supernova Plus' },
    // The '+' does not survive tokenising: "Supernova+" reads as the word Supernova (the Nova festival's).
    guarded: ['Supernova+'],
    cues: ['telegram', 'kanal', 'channel', 'video', 'ukrain'],
    description: {
      de: 'Ukrainischer Telegram-Kanal, der Videos von russischen Waffentransporten und Angriffen verbreitet.',
      en: 'Ukrainian Telegram channel spreading videos of Russian weapons shipments and strikes.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  // ── More hardware from the front and the Black Sea ────────────────────────────
  {
    id: 'p1-sun', type: 'weapon', subtype: 'drone',
    names: { de: 'P1-SUN', en: 'P1-SUN' },
    aliases: ['P1 SUN', 'P1-SUN interceptor', 'P1-SUN-Abfangdrohne'],
    description: {
      de: 'Ukrainische Abfangdrohne des Herstellers SkyFall, die russische Shahed-Drohnen im Flug rammt oder sprengt.',
      en: 'Ukrainian interceptor drone by the maker SkyFall that rams or blasts Russian Shahed drones in flight.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'malva-2s43', type: 'weapon', subtype: 'artillery',
    names: { de: 'Malwa (2S43)', en: 'Malva (2S43)', ru: 'Мальва' },
    aliases: ['2S43', '2S43 Malva', '2S43 Malwa', 'Malva howitzer', 'Malwa-Haubitze'],
    guarded: ['Malva', 'Malwa'],
    cues: ['haubitze', 'howitzer', 'artillerie', 'artillery', 'selbstfahr', 'self-propelled', '152'],
    description: {
      de: 'Russische 152-mm-Radhaubitze auf Lkw-Fahrgestell, seit 2023 im Krieg gegen die Ukraine eingesetzt.',
      en: 'Russian 152 mm wheeled howitzer on a truck chassis, used in the war against Ukraine since 2023.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-ground-forces' }],
  },
  {
    id: 'kurganets-25', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Kurganez-25', en: 'Kurganets-25', ru: 'Курганец-25' },
    aliases: ['Kurganets 25', 'Kurganez 25', 'Kurganets'],
    description: {
      de: 'Russische Kettenplattform für Schützen- und Transportpanzer aus Kurgan, als Nachfolger von BMP und MT-LB gedacht.',
      en: 'Russian tracked platform for infantry fighting vehicles and armoured carriers from Kurgan, meant to replace the BMP and MT-LB.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-ground-forces' }],
  },
  {
    id: 'typhoon-k', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Taifun-K', en: 'Typhoon-K', ru: 'Тайфун-К' },
    aliases: ['Typhoon K', 'Taifun K', 'KamAZ-63968', 'KamAZ-63968 Typhoon'],
    description: {
      de: 'Russisches minengeschütztes Radfahrzeug von KamAZ zum Truppentransport.',
      en: 'Russian mine-resistant wheeled troop carrier by KamAZ.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'ivan-khurs', type: 'weapon', subtype: 'ship',
    names: { de: 'Iwan Churs', en: 'Ivan Khurs', ru: '«Иван Хурс»' },
    aliases: ['Ivan Khurs ship', 'Aufklärungsschiff Iwan Churs', 'Ivan Khurs reconnaissance ship', 'Iwan Khurs'],
    description: {
      de: 'Russisches Aufklärungsschiff der Schwarzmeerflotte, mehrfach Ziel ukrainischer Seedrohnen.',
      en: 'Russian Black Sea Fleet intelligence ship, repeatedly targeted by Ukrainian naval drones.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }],
  },
  {
    id: 'vasily-bykov', type: 'weapon', subtype: 'ship',
    names: { de: 'Wassili Bykow', en: 'Vasily Bykov', ru: '«Василий Быков»' },
    aliases: ['Vasiliy Bykov', 'Patrol ship Vasily Bykov', 'Patrouillenschiff Wassili Bykow'],
    description: {
      de: 'Russisches Patrouillenschiff (Projekt 22160) der Schwarzmeerflotte, Ziel ukrainischer Angriffe.',
      en: 'Russian Black Sea Fleet patrol ship (Project 22160), a target of Ukrainian strikes.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }],
  },
  // ── Western aid items met in package lists ────────────────────────────────────
  {
    id: 'roshel', type: 'organization', subtype: 'company',
    names: { de: 'Roshel', en: 'Roshel' },
    aliases: ['Roshel Defence Solutions', 'Roshel Defense Solutions'],
    description: {
      de: 'Kanadischer Hersteller gepanzerter Fahrzeuge, dessen Transportpanzer Senator in großer Zahl an die Ukraine ging.',
      en: 'Canadian armoured vehicle maker whose Senator carrier went to Ukraine in large numbers.',
    },
    links: [{ rel: 'part-of', to: 'canada' }],
  },
  {
    id: 'roshel-senator', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Roshel Senator', en: 'Roshel Senator' },
    aliases: ['Senator APC', 'Senator armoured vehicle', 'Senator-Radpanzer', 'Senator MRAP'],
    description: {
      de: 'Geschütztes Radfahrzeug des kanadischen Herstellers Roshel, von Kanada an die Ukraine geliefert.',
      en: 'Protected wheeled vehicle by the Canadian maker Roshel, supplied to Ukraine by Canada.',
    },
    links: [{ rel: 'made-by', to: 'roshel' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'black-hornet', type: 'weapon', subtype: 'drone',
    names: { de: 'Black Hornet', en: 'Black Hornet' },
    aliases: ['Black Hornet 3', 'Black Hornet 4', 'Black Hornet nano drone', 'Black-Hornet-Nanodrohne'],
    description: {
      de: 'Winzige Aufklärungsdrohne (Nanodrohne) von Teledyne FLIR, von Norwegen und Großbritannien an die Ukraine geliefert.',
      en: 'Tiny reconnaissance nano drone by Teledyne FLIR, supplied to Ukraine by Norway and Britain.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'paveway', type: 'weapon',
    names: { de: 'Paveway', en: 'Paveway' },
    aliases: ['Paveway II', 'Paveway III', 'Paveway IV', 'GBU-12 Paveway', 'Paveway-Bombe', 'Paveway bomb'],
    description: {
      de: 'Familie lasergelenkter US-Fliegerbomben, auch von Israel und europäischen Luftwaffen eingesetzt.',
      en: 'Family of US laser-guided aerial bombs, also used by Israel and European air forces.',
    },
    links: [{ rel: 'made-by', to: 'rtx' }],
  },
  {
    id: 'scaneagle', type: 'weapon', subtype: 'drone',
    names: { de: 'ScanEagle', en: 'ScanEagle' },
    aliases: ['Scan Eagle', 'ScanEagle drone', 'ScanEagle-Drohne'],
    description: {
      de: 'Per Katapult startende US-Aufklärungsdrohne von Insitu (Boeing), an die Ukraine geliefert.',
      en: 'Catapult-launched US reconnaissance drone by Insitu (Boeing), supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'ghost-x', type: 'weapon', subtype: 'drone',
    names: { de: 'Ghost-X', en: 'Ghost-X' },
    aliases: ['Anduril Ghost-X', 'Ghost X drone'],
    description: {
      de: 'Kleiner Aufklärungshubschrauber (Drohne) des US-Herstellers Anduril; frühere Versionen wurden in der Ukraine erprobt.',
      en: 'Small reconnaissance helicopter drone by the US maker Anduril; earlier versions were tried in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'anduril' }],
  },
  {
    id: 'bolt-m', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Bolt-M', en: 'Bolt-M' },
    aliases: ['Anduril Bolt-M', 'Bolt M'],
    description: {
      de: 'Tragbare Lenkflugmunition des US-Herstellers Anduril für Infanterie und Spezialkräfte.',
      en: 'Man-portable loitering munition by the US maker Anduril for infantry and special forces.',
    },
    links: [{ rel: 'made-by', to: 'anduril' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'mastiff-vehicle', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Mastiff-Radpanzer', en: 'Mastiff protected vehicle' },
    aliases: ['Mastiff MRAP', 'Mastiff PPV', 'Mastiff armoured vehicle'],
    guarded: ['Mastiff'],
    cues: ['radpanzer', 'mrap', 'protected vehicle', 'british army'],
    description: {
      de: 'Britisches minengeschütztes Radfahrzeug, das Großbritannien an die Ukraine lieferte.',
      en: 'British mine-protected wheeled vehicle supplied to Ukraine by the United Kingdom.',
    },
    links: [{ rel: 'made-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  // ── Russian arms plants named in Ukrainian strike reports ─────────────────────
  {
    id: 'tambov-gunpowder-plant', type: 'organization', subtype: 'company',
    names: { de: 'Tambower Pulverwerk', en: 'Tambov Gunpowder Plant', ru: 'Тамбовский пороховой завод' },
    aliases: ['Tambov gunpowder plant', 'Tambov Powder Plant', 'Pulverfabrik Tambow', 'Pulverwerk Tambow', 'Tambower Schießpulverfabrik', 'Tambower Pulverfabrik'],
    description: {
      de: 'Russisches Rüstungswerk in Kotowsk (Gebiet Tambow), das Schießpulver für Artilleriemunition herstellt; wiederholt Ziel ukrainischer Drohnen.',
      en: 'Russian arms plant in Kotovsk (Tambov region) making gunpowder for artillery ammunition; repeatedly targeted by Ukrainian drones.',
    },
    links: [{ rel: 'part-of', to: 'rostec' }],
  },
  {
    id: 'elektropribor-penza', type: 'organization', subtype: 'company',
    names: { de: 'Elektropribor (Pensa)', en: 'Elektropribor (Penza)', ru: 'Электроприбор' },
    aliases: ['Elektropribor plant', 'Penza Elektropribor', 'Werk Elektropribor', 'Elektropribor-Werk'],
    description: {
      de: 'Russisches Rüstungselektronikwerk in Pensa, das Steuer- und Kommunikationstechnik für die Armee liefert; Ziel ukrainischer Drohnenangriffe.',
      en: 'Russian defence electronics plant in Penza supplying control and communications equipment to the military; a target of Ukrainian drone strikes.',
    },
    links: [{ rel: 'related-to', to: 'russia' }],
  },
  {
    id: 'kazan-aviation-plant', type: 'organization', subtype: 'company',
    names: { de: 'Kasaner Flugzeugwerk', en: 'Kazan Aviation Plant', ru: 'Казанский авиационный завод' },
    aliases: ['Kazan Aircraft Plant', 'Gorbunov Kazan Aviation Plant', 'Flugzeugwerk Kasan', 'KAZ Gorbunov'],
    description: {
      de: 'Russisches Flugzeugwerk in Kasan, das die strategischen Bomber Tu-160M baut und modernisiert; Teil der United Aircraft Corporation.',
      en: 'Russian aircraft plant in Kazan that builds and upgrades Tu-160M strategic bombers; part of United Aircraft Corporation.',
    },
    links: [{ rel: 'part-of', to: 'united-aircraft-corporation' }, { rel: 'related-to', to: 'tu-160' }],
  },
  {
    id: 'zaliv-shipyard', type: 'organization', subtype: 'company',
    names: { de: 'Saliw-Werft', en: 'Zaliv shipyard', ru: 'Судостроительный завод «Залив»' },
    aliases: ['Zaliv Shipyard', 'Zaliv-Werft', 'Werft Saliw', 'Saliw-Werft in Kertsch', 'Zaliv shipbuilding plant', 'Werft Zaliv'],
    description: {
      de: 'Werft in Kertsch auf der besetzten Krim, die Korvetten für die russische Marine baut; Ziel ukrainischer Angriffe.',
      en: 'Shipyard in Kerch in occupied Crimea that builds corvettes for the Russian navy; a target of Ukrainian strikes.',
    },
    links: [{ rel: 'related-to', to: 'russian-navy' }],
  },
  {
    id: 'zelenodolsk-shipyard', type: 'organization', subtype: 'company',
    names: { de: 'Werft Selenodolsk', en: 'Zelenodolsk shipyard', ru: 'Зеленодольский завод имени А. М. Горького' },
    aliases: ['Zelenodolsk Gorky Plant', 'Gorky Zelenodolsk Shipyard', 'Selenodolsker Werft', 'Zelenodolsk Shipyard'],
    description: {
      de: 'Russische Werft in Tatarstan, die Korvetten der Buyan-M-Klasse mit Kalibr-Marschflugkörpern baut.',
      en: 'Russian shipyard in Tatarstan that builds Buyan-M-class corvettes armed with Kalibr cruise missiles.',
    },
    links: [{ rel: 'related-to', to: 'russian-navy' }, { rel: 'part-of', to: 'united-shipbuilding-corporation' }],
  },
  {
    id: 'uec-saturn', type: 'organization', subtype: 'company',
    names: { de: 'ODK-Saturn', en: 'UEC-Saturn', ru: 'ОДК-Сатурн' },
    aliases: ['ODK-Saturn', 'NPO Saturn', 'Saturn engine plant', 'UEC Saturn', 'Triebwerkswerk Saturn'],
    description: {
      de: 'Russischer Triebwerkshersteller in Rybinsk, der Flugzeug-, Schiffs- und Marschflugkörpertriebwerke baut; Teil der United Engine Corporation.',
      en: 'Russian engine maker in Rybinsk building aircraft, ship and cruise-missile engines; part of United Engine Corporation.',
    },
    links: [{ rel: 'part-of', to: 'united-engine-corporation' }],
  },
  // ── Ground robots and point defence ───────────────────────────────────────────
  {
    id: 'mission-master', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Mission Master', en: 'Mission Master' },
    aliases: ['Rheinmetall Mission Master', 'Mission Master SP', 'Mission Master XT', 'Mission-Master-Roboterfahrzeug'],
    description: {
      de: 'Unbemanntes Bodenfahrzeug (Roboter) von Rheinmetall für Transport, Verwundetenbergung und Aufklärung, auch an die Ukraine geliefert.',
      en: 'Uncrewed ground vehicle (robot) by Rheinmetall for transport, casualty evacuation and reconnaissance, also supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'rheinmetall' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'mantis-air-defence', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Nächstbereichschutzsystem MANTIS', en: 'MANTIS air defence system' },
    aliases: ['Skyshield MANTIS', 'MANTIS C-RAM', 'NBS MANTIS', 'MANTIS-System'],
    acronyms: ['MANTIS'],
    description: {
      de: 'Stationäres Flugabwehrkanonensystem von Rheinmetall zum Schutz von Feldlagern und Stützpunkten gegen Raketen, Granaten und Drohnen.',
      en: 'Stationary anti-aircraft gun system by Rheinmetall protecting camps and bases against rockets, shells and drones.',
    },
    links: [{ rel: 'made-by', to: 'rheinmetall' }, { rel: 'used-by', to: 'bundeswehr' }],
  },
  {
    id: 'droid-tw', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Droid TW', en: 'Droid TW' },
    aliases: ['Droid TW-7.62', 'Droid TW 7.62', 'DevDroid TW'],
    description: {
      de: 'Ukrainischer bewaffneter Bodenroboter des Herstellers DevDroid mit ferngesteuertem Maschinengewehr.',
      en: 'Ukrainian armed ground robot by the maker DevDroid with a remote-controlled machine gun.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  // ── Houthi and Iranian odds and ends ──────────────────────────────────────────
  {
    id: 'quds-2', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Quds-2', en: 'Quds-2' },
    aliases: ['Quds 2', 'Quds-2 cruise missile', 'Quds-2-Marschflugkörper'],
    description: {
      de: 'Weiterentwickelter Marschflugkörper der Huthi mit größerer Reichweite, Nachfolger der Quds-1 nach iranischem Vorbild.',
      en: 'Improved longer-range Houthi cruise missile, successor to the Quds-1 and based on an Iranian design.',
    },
    links: [{ rel: 'used-by', to: 'houthis' }, { rel: 'variant-of', to: 'quds-1' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'kaman-12', type: 'weapon', subtype: 'drone',
    names: { de: 'Kaman-12', en: 'Kaman-12', fa: 'کمان ۱۲' },
    aliases: ['Kaman 12'],
    description: {
      de: 'Iranische Kampf- und Aufklärungsdrohne mittlerer Reichweite, von der Luftwaffe Irans eingesetzt.',
      en: 'Iranian medium-range combat and reconnaissance drone used by Iran’s air force.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'iranian-air-force' }],
  },
  // ── Ukrainian officials quoted on weapons ─────────────────────────────────────
  {
    id: 'volodymyr-havrylov', type: 'person', subtype: 'military',
    names: { de: 'Wolodymyr Hawrylow', en: 'Volodymyr Havrylov', uk: 'Володимир Гаврилов' },
    aliases: ['Volodymyr Gavrylov', 'Wolodymyr Havrylov'],
    description: {
      de: 'Ukrainischer Generalleutnant, früherer stellvertretender Verteidigungsminister, zuständig für Waffenbeschaffung und Kontakte zu Partnern.',
      en: 'Ukrainian lieutenant general, former deputy defence minister responsible for arms procurement and ties with partners.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'ukrainian-defence-ministry' }],
  },
  // ── Russian reconnaissance and combat drones, and a Chinese drone maker ───────
  {
    id: 'granat-4', type: 'weapon', subtype: 'drone',
    names: { de: 'Granat-4', en: 'Granat-4', ru: 'Гранат-4' },
    aliases: ['Granat 4'],
    description: {
      de: 'Russische Aufklärungsdrohne von Kalaschnikow (Ischmasch) zur Zielaufklärung für die Artillerie.',
      en: 'Russian reconnaissance drone by Kalashnikov (Izhmash) that spots targets for artillery.',
    },
    links: [{ rel: 'made-by', to: 'kalashnikov-concern' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'tachyon-drone', type: 'weapon', subtype: 'drone',
    names: { de: 'Tachion-Drohne', en: 'Tachyon drone', ru: 'Тахион' },
    aliases: ['Takhion', 'Tachion', 'Tachyon UAV', 'Takhion drone'],
    description: {
      de: 'Kleine russische Aufklärungsdrohne mit Elektroantrieb von Kalaschnikow (Ischmasch).',
      en: 'Small electric Russian reconnaissance drone by Kalashnikov (Izhmash).',
    },
    links: [{ rel: 'made-by', to: 'kalashnikov-concern' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'merlin-vr', type: 'weapon', subtype: 'drone',
    names: { de: 'Merlin-WR', en: 'Merlin-VR', ru: 'Мерлин-ВР' },
    aliases: ['Merlin VR', 'Merlin-WR'],
    description: {
      de: 'Russische Aufklärungsdrohne mittlerer Reichweite, von der Ukraine häufig abgeschossen gemeldet.',
      en: 'Russian medium-range reconnaissance drone that Ukraine often reports shooting down.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'altius-u', type: 'weapon', subtype: 'drone',
    names: { de: 'Altius-U', en: 'Altius-U', ru: 'Альтаир' },
    aliases: ['Altius-RU', 'Altair drone', 'Altius U'],
    description: {
      de: 'Schwere russische Langstrecken-Aufklärungs- und Kampfdrohne, vom Ural-Konstruktionsbüro entwickelt; nur in kleiner Zahl gebaut.',
      en: 'Heavy Russian long-endurance reconnaissance and combat drone developed in the Urals; built only in small numbers.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'autel-robotics', type: 'organization', subtype: 'company',
    names: { de: 'Autel Robotics', en: 'Autel Robotics' },
    aliases: ['Autel', 'Autel Robotics Co.'],
    description: {
      de: 'Chinesischer Hersteller ziviler Drohnen, deren Modelle (EVO) von beiden Kriegsparteien in der Ukraine für Aufklärung genutzt werden.',
      en: 'Chinese maker of civilian drones whose models (EVO) are used by both sides in Ukraine for reconnaissance.',
    },
    links: [{ rel: 'part-of', to: 'china' }],
  },
  // ── Satellites and software behind the targeting ──────────────────────────────
  {
    id: 'eutelsat', type: 'organization', subtype: 'company',
    names: { de: 'Eutelsat', en: 'Eutelsat' },
    aliases: ['Eutelsat OneWeb', 'OneWeb'],
    description: {
      de: 'Französischer Satellitenbetreiber mit dem Netz OneWeb, in Europa als Alternative zu Starlink für die Ukraine im Gespräch.',
      en: 'French satellite operator with the OneWeb network, discussed in Europe as an alternative to Starlink for Ukraine.',
    },
    links: [{ rel: 'part-of', to: 'france' }, { rel: 'related-to', to: 'starlink' }],
  },
  {
    id: 'iceye', type: 'organization', subtype: 'company',
    names: { de: 'ICEYE', en: 'ICEYE' },
    aliases: ['Iceye'],
    description: {
      de: 'Finnisches Unternehmen für Radarsatelliten, dessen Aufnahmen die Ukraine für Aufklärung und Zielplanung nutzt.',
      en: 'Finnish radar-satellite company whose imagery Ukraine uses for reconnaissance and targeting.',
    },
    links: [{ rel: 'part-of', to: 'finland' }],
  },
  {
    id: 'starshield', type: 'organization', subtype: 'company',
    names: { de: 'Starshield', en: 'Starshield' },
    description: {
      de: 'Militärisches Satellitenprogramm von SpaceX für US-Regierungskunden, auf Grundlage der Starlink-Technik.',
      en: 'SpaceX’s military satellite programme for US government customers, built on Starlink technology.',
    },
    links: [{ rel: 'part-of', to: 'spacex' }, { rel: 'related-to', to: 'starlink' }],
  },
  {
    id: 'viasat', type: 'organization', subtype: 'company',
    names: { de: 'Viasat', en: 'Viasat' },
    aliases: ['Viasat Inc.', 'KA-SAT'],
    description: {
      de: 'US-Satellitenkommunikationsfirma, deren Netz KA-SAT am ersten Tag der russischen Invasion 2022 durch einen russischen Cyberangriff lahmgelegt wurde.',
      en: 'US satellite communications firm whose KA-SAT network was knocked out by a Russian cyberattack on the first day of the 2022 invasion.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'gis-arta', type: 'weapon',
    names: { de: 'GIS Arta', en: 'GIS Arta' },
    aliases: ['GIS Art for Artillery', 'GIS-Arta'],
    description: {
      de: 'Ukrainische Software, die Artillerieziele per App an das jeweils nächste Geschütz verteilt („Uber für Artillerie“).',
      en: 'Ukrainian software that hands artillery targets by app to the nearest gun ("Uber for artillery").',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  // ── Russian air and missile defence, newer variants ───────────────────────────
  {
    id: 'pantsir-sm', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Panzir-SM', en: 'Pantsir-SM', ru: 'Панцирь-СМ' },
    aliases: ['Pantsir SM', 'Panzir SM', 'Pantsir-SMD'],
    description: {
      de: 'Modernisierte Version des russischen Flugabwehr-Raketen-Kanonen-Systems Panzir mit größerer Reichweite, auch gegen Drohnen eingesetzt.',
      en: 'Upgraded version of Russia’s Pantsir gun-missile air defence system with longer range, also used against drones.',
    },
    links: [{ rel: 'variant-of', to: 'pantsir' }, { rel: 'made-by', to: 'kbp-instrument-design-bureau' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'a-235-nudol', type: 'weapon', subtype: 'missile',
    names: { de: 'A-235 Nudol', en: 'A-235 Nudol', ru: 'А-235 «Нудоль»' },
    aliases: ['A-235', 'Nudol', 'PL-19 Nudol', 'A-235 PL-19'],
    description: {
      de: 'Russisches Raketenabwehrsystem um Moskau, dessen Abfangrakete 2021 einen Satelliten zerstörte.',
      en: 'Russian missile defence system around Moscow whose interceptor destroyed a satellite in 2021.',
    },
    links: [{ rel: 'made-by', to: 'almaz-antey' }, { rel: 'used-by', to: 'russian-aerospace-forces' }],
  },
  {
    id: 'gibka-s', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Gibka-S', en: 'Gibka-S', ru: 'Гибка-С' },
    aliases: ['Gibka S', 'Gibka'],
    description: {
      de: 'Russisches Fahrzeugsystem für Flugabwehrtrupps mit tragbaren Igla- und Werba-Raketen, mit eigenem Radar zur Zielzuweisung.',
      en: 'Russian vehicle system for air defence squads with Igla and Verba shoulder-fired missiles, with its own radar for target cueing.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-ground-forces' }, { rel: 'related-to', to: 'verba' }],
  },
  // ── Israeli small drones, loitering munitions and counter-drone gear ──────────
  {
    id: 'drone-dome', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Drone Dome', en: 'Drone Dome' },
    aliases: ['Rafael Drone Dome', 'Drone-Dome-System'],
    description: {
      de: 'Drohnenabwehrsystem des israelischen Konzerns Rafael mit Radar, Störsender und optional einem Laser.',
      en: 'Counter-drone system by Israel’s Rafael with radar, jammer and an optional laser.',
    },
    links: [{ rel: 'made-by', to: 'rafael' }],
  },
  {
    id: 'smart-shooter', type: 'organization', subtype: 'company',
    names: { de: 'Smart Shooter', en: 'Smart Shooter' },
    description: {
      de: 'Israelischer Hersteller des Feuerleitvisiers SMASH, mit dem Soldaten Drohnen mit Gewehren treffen können.',
      en: 'Israeli maker of the SMASH fire-control sight that lets soldiers hit drones with rifles.',
    },
    links: [{ rel: 'part-of', to: 'israel' }],
  },
  {
    id: 'smash-fire-control', type: 'weapon',
    names: { de: 'SMASH-Feuerleitvisier', en: 'SMASH fire control system' },
    aliases: ['SMASH 2000', 'SMASH 3000', 'SMASH Hopper', 'SMASH sight'],
    acronyms: ['SMASH'],
    description: {
      de: 'Computergestütztes Gewehrvisier von Smart Shooter, das den Schuss erst freigibt, wenn das Ziel getroffen wird; gegen Drohnen eingesetzt.',
      en: 'Computerised rifle sight by Smart Shooter that releases the shot only when it will hit; used against drones.',
    },
    links: [{ rel: 'made-by', to: 'smart-shooter' }, { rel: 'used-by', to: 'idf' }],
  },
  {
    id: 'lanius-drone', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Lanius', en: 'Lanius' },
    aliases: ['Elbit Lanius', 'Lanius drone', 'Lanius-Drohne'],
    description: {
      de: 'Kleine Kamikaze- und Aufklärungsdrohne von Elbit für den Einsatz in Gebäuden und engen Räumen.',
      en: 'Small kamikaze and reconnaissance drone by Elbit for use inside buildings and tight spaces.',
    },
    links: [{ rel: 'made-by', to: 'elbit-systems' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'legion-x', type: 'weapon',
    names: { de: 'Legion-X', en: 'Legion-X' },
    aliases: ['Elbit Legion-X', 'Legion X'],
    description: {
      de: 'Führungssystem von Elbit, mit dem ein Bediener Schwärme von Drohnen und Bodenrobotern steuert; von der israelischen Armee in Gaza eingesetzt.',
      en: 'Elbit command system that lets one operator control swarms of drones and ground robots; used by the Israeli army in Gaza.',
    },
    links: [{ rel: 'made-by', to: 'elbit-systems' }, { rel: 'used-by', to: 'idf' }],
  },
  {
    id: 'spike-firefly', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Spike Firefly', en: 'Spike Firefly' },
    aliases: ['Rafael Spike Firefly', 'Spike-Firefly'],
    description: {
      de: 'Kleine tragbare Kamikazedrohne von Rafael für Infanterie im Häuserkampf.',
      en: 'Small man-portable loitering munition by Rafael for infantry in urban combat.',
    },
    links: [{ rel: 'made-by', to: 'rafael' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'uvision', type: 'organization', subtype: 'company',
    names: { de: 'UVision', en: 'UVision' },
    aliases: ['UVision Air', 'UVision Air Ltd'],
    description: {
      de: 'Israelischer Hersteller der Lenkflugmunitionen der Hero-Familie, die auch das US Marine Corps kauft.',
      en: 'Israeli maker of the Hero family of loitering munitions, also bought by the US Marine Corps.',
    },
    links: [{ rel: 'part-of', to: 'israel' }],
  },
  {
    id: 'hero-loitering-munition', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Hero-Lenkflugmunition', en: 'Hero loitering munition' },
    aliases: ['Hero-120', 'Hero-30', 'Hero-90', 'Hero-400', 'Hero-400EC', 'UVision Hero'],
    description: {
      de: 'Familie israelischer Kamikazedrohnen von UVision in mehreren Größen, etwa Hero-30 und Hero-120.',
      en: 'Family of Israeli loitering munitions by UVision in several sizes, such as the Hero-30 and Hero-120.',
    },
    links: [{ rel: 'made-by', to: 'uvision' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'aeronautics-ltd', type: 'organization', subtype: 'company',
    names: { de: 'Aeronautics Ltd', en: 'Aeronautics Ltd' },
    aliases: ['Aeronautics Defense Systems', 'Aeronautics Group'],
    description: {
      de: 'Israelischer Drohnenhersteller (Orbiter), seit 2019 Teil von Rafael.',
      en: 'Israeli drone maker (Orbiter), part of Rafael since 2019.',
    },
    links: [{ rel: 'part-of', to: 'rafael' }],
  },
  {
    id: 'orbiter-drone', type: 'weapon', subtype: 'drone',
    names: { de: 'Orbiter-Drohne', en: 'Orbiter drone' },
    aliases: ['Orbiter 1K', 'Orbiter 2', 'Orbiter 3', 'Orbiter 4', 'Orbiter UAV'],
    guarded: ['Orbiter'],
    cues: ['aeronautics', 'drohn', 'drone', 'uav', 'kamikaze', 'loitering'],
    description: {
      de: 'Israelische Drohnenfamilie von Aeronautics; die Kamikazeversion Orbiter 1K setzte Aserbaidschan gegen Armenien ein.',
      en: 'Israeli drone family by Aeronautics; Azerbaijan used the Orbiter 1K kamikaze version against Armenia.',
    },
    links: [{ rel: 'made-by', to: 'aeronautics-ltd' }],
  },
  {
    id: 'r-18-drone', type: 'weapon', subtype: 'drone',
    names: { de: 'R-18-Drohne', en: 'R-18 drone' },
    aliases: ['R18 octocopter', 'R-18 octocopter', 'R-18-Oktokopter'],
    description: {
      de: 'Ukrainische schwere Oktokopter-Drohne der Freiwilligenorganisation Aerorozvidka, die nachts Bomben auf russische Fahrzeuge abwirft.',
      en: 'Ukrainian heavy octocopter drone by the volunteer group Aerorozvidka that drops bombs on Russian vehicles at night.',
    },
    links: [{ rel: 'made-by', to: 'aerorozvidka' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  // ── Air-to-air missiles, also seen on Shaheds and Ukrainian FrankenSAMs ───────
  {
    id: 'r-60', type: 'weapon', subtype: 'missile',
    names: { de: 'R-60', en: 'R-60', ru: 'Р-60' },
    aliases: ['R-60M', 'AA-8 Aphid', 'R-60-Rakete', 'R-60 missile'],
    description: {
      de: 'Sowjetische Kurzstrecken-Luft-Luft-Rakete; Russland rüstete 2025 Shahed-Drohnen damit aus, um ukrainische Hubschrauber und Flugzeuge anzugreifen.',
      en: 'Soviet short-range air-to-air missile; in 2025 Russia fitted Shahed drones with it to attack Ukrainian helicopters and aircraft.',
    },
    links: [{ rel: 'made-by', to: 'vympel-design-bureau' }, { rel: 'related-to', to: 'shahed-136' }],
  },
  {
    id: 'r-73', type: 'weapon', subtype: 'missile',
    names: { de: 'R-73', en: 'R-73', ru: 'Р-73' },
    aliases: ['R-73M', 'AA-11 Archer', 'R-73-Rakete', 'R-73 missile'],
    description: {
      de: 'Sowjetisch-russische Kurzstrecken-Luft-Luft-Rakete mit Infrarotsuchkopf, von russischen und ukrainischen Kampfjets genutzt.',
      en: 'Soviet-Russian short-range infrared-guided air-to-air missile, carried by Russian and Ukrainian fighter jets.',
    },
    links: [{ rel: 'made-by', to: 'vympel-design-bureau' }],
  },
  {
    id: 'r-77', type: 'weapon', subtype: 'missile',
    names: { de: 'R-77', en: 'R-77', ru: 'Р-77' },
    aliases: ['R-77-1', 'RVV-AE', 'RVV-SD', 'AA-12 Adder', 'R-77-Rakete'],
    description: {
      de: 'Russische radargelenkte Mittelstrecken-Luft-Luft-Rakete der Su-35 und Su-57.',
      en: 'Russian radar-guided medium-range air-to-air missile of the Su-35 and Su-57.',
    },
    links: [{ rel: 'made-by', to: 'vympel-design-bureau' }, { rel: 'used-by', to: 'russian-aerospace-forces' }],
  },
  {
    id: 'r-27', type: 'weapon', subtype: 'missile',
    names: { de: 'R-27', en: 'R-27', ru: 'Р-27' },
    aliases: ['R-27R', 'R-27T', 'R-27ER', 'AA-10 Alamo', 'R-27-Rakete'],
    description: {
      de: 'Sowjetische Mittelstrecken-Luft-Luft-Rakete der MiG-29 und Su-27, von beiden Kriegsparteien eingesetzt.',
      en: 'Soviet medium-range air-to-air missile of the MiG-29 and Su-27, used by both sides of the war.',
    },
    links: [{ rel: 'made-by', to: 'vympel-design-bureau' }],
  },
  {
    id: 'drel-pbk-500u', type: 'weapon',
    names: { de: 'Drel (PBK-500U)', en: 'Drel (PBK-500U)', ru: 'ПБК-500У «Дрель»' },
    aliases: ['PBK-500U', 'PBK-500U Drel', 'Drel glide bomb', 'Drel-Gleitbombe'],
    guarded: ['Drel'],
    cues: ['gleitbombe', 'glide bomb', 'streubombe', 'cluster', 'pbk'],
    description: {
      de: 'Russische gelenkte Gleit-Streubombe mit panzerbrechender Submunition.',
      en: 'Russian guided gliding cluster bomb with anti-armour submunitions.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-aerospace-forces' }, { rel: 'instance-of', to: 'glide-bomb' }],
  },
  {
    id: 'kh-25', type: 'weapon', subtype: 'missile',
    names: { de: 'Ch-25', en: 'Kh-25', ru: 'Х-25' },
    aliases: ['Kh-25ML', 'Kh-25MP', 'Ch-25ML', 'AS-10 Karen'],
    description: {
      de: 'Sowjetische taktische Luft-Boden-Rakete, von russischen Kampfjets und Hubschraubern eingesetzt.',
      en: 'Soviet tactical air-to-surface missile used by Russian jets and helicopters.',
    },
    links: [{ rel: 'made-by', to: 'tactical-missiles-corporation' }, { rel: 'used-by', to: 'russian-aerospace-forces' }],
  },
  // ── Ship self-defence ─────────────────────────────────────────────────────────
  {
    id: 'rim-116-ram', type: 'weapon', subtype: 'air-defence',
    names: { de: 'RIM-116 RAM', en: 'RIM-116 RAM' },
    aliases: ['RIM-116', 'Rolling Airframe Missile', 'RAM-Flugkörper', 'SeaRAM'],
    description: {
      de: 'Schiffsgestützter Nahbereichs-Flugabwehrflugkörper von Raytheon und Diehl, gegen Seezielflugkörper und Drohnen, etwa der Huthi im Roten Meer.',
      en: 'Ship-based close-in air defence missile by Raytheon and Diehl against anti-ship missiles and drones, such as the Houthis’ in the Red Sea.',
    },
    links: [{ rel: 'made-by', to: 'rtx' }, { rel: 'made-by', to: 'diehl-defence' }, { rel: 'used-by', to: 'us-navy' }],
  },
  {
    id: 'goalkeeper-ciws', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Goalkeeper-Nahbereichsabwehr', en: 'Goalkeeper CIWS' },
    aliases: ['Goalkeeper close-in weapon system', 'Goalkeeper-System', 'Goalkeeper-Kanone'],
    guarded: ['Goalkeeper'],
    cues: ['kanone', 'gun', 'fregatte', 'frigate', 'kriegsschiff', 'warship', 'marine', 'navy', 'nahbereich', 'close-in'],
    description: {
      de: 'Niederländisches Nahbereichsabwehrsystem mit 30-mm-Gatling-Kanone auf Kriegsschiffen gegen Flugkörper und Drohnen.',
      en: 'Dutch close-in weapon system with a 30 mm Gatling gun on warships against missiles and drones.',
    },
    links: [{ rel: 'made-by', to: 'thales' }, { rel: 'used-by', to: 'royal-netherlands-navy' }],
  },
];
