// Knowledge base: weapons systems the region's news passages named and the older weapons files lacked
// (China's new strategic arsenal, Red Sea warships, Israeli, Ukrainian and air-defence systems, arms makers).
// Data only, see lib/kb/CURATING.md; guarded forms are ordinary words or places and need a cue nearby.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── China: strategic missiles ─────────────────────────────────────────────────
  {
    id: 'df-61', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'DF-61', en: 'DF-61' },
    aliases: ['Dongfeng-61', 'Dongfeng 61'],
    description: {
      de: 'Neue chinesische straßenmobile Interkontinentalrakete, bei der Pekinger Militärparade im September 2025 erstmals öffentlich gezeigt.',
      en: 'New Chinese road-mobile intercontinental ballistic missile, shown in public for the first time at the Beijing parade of September 2025.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'pla-rocket-force' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'df-31', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'DF-31', en: 'DF-31' },
    aliases: ['Dongfeng-31', 'Dongfeng 31', 'DF-31A', 'DF-31AG', 'DF-31BJ'],
    description: {
      de: 'Chinesische Interkontinentalrakete mit Festtreibstoff in mehreren Versionen: straßenmobil (DF-31A, DF-31AG) und aus Silos (DF-31BJ).',
      en: 'Chinese solid-fuel intercontinental ballistic missile in several versions: road-mobile (DF-31A, DF-31AG) and silo-based (DF-31BJ).',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'pla-rocket-force' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'jl-3', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'JL-3', en: 'JL-3' },
    aliases: ['Julang-3', 'Julang 3', 'JuLang-3'],
    description: {
      de: 'Chinesische U-Boot-gestützte ballistische Rakete interkontinentaler Reichweite für die strategischen Atom-U-Boote; 2025 bei der Parade in Peking gezeigt.',
      en: 'Chinese submarine-launched ballistic missile of intercontinental range for the strategic nuclear submarines; shown at the 2025 Beijing parade.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'slbm' }, { rel: 'related-to', to: 'type-094-submarine' }],
  },
  {
    id: 'jinglei-1', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Jinglei-1', en: 'Jinglei-1' },
    aliases: ['JingLei-1', 'Jinglei 1', 'JL-1'],
    description: {
      de: 'Chinesische luftgestützte ballistische Rakete großer Reichweite, 2025 als Luftkomponente der nuklearen Triade vorgestellt.',
      en: 'Chinese long-range air-launched ballistic missile, presented in 2025 as the air leg of the nuclear triad.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'ballistic-missile' }],
  },
  // ── China: anti-ship missiles ─────────────────────────────────────────────────
  {
    id: 'yj-21', type: 'weapon', subtype: 'hypersonic-missile',
    names: { de: 'YJ-21', en: 'YJ-21' },
    aliases: ['Yingji-21', 'Yingji 21'],
    description: {
      de: 'Chinesische Hyperschall-Seezielrakete, die von Zerstörern des Typs 055 gestartet wird; gilt als Bedrohung für US-Flugzeugträger.',
      en: 'Chinese hypersonic anti-ship missile fired from Type 055 destroyers; seen as a threat to US aircraft carriers.',
    },
    links: [
      { rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' },
      { rel: 'instance-of', to: 'hypersonic-missile' }, { rel: 'instance-of', to: 'anti-ship-missile' },
    ],
  },
  {
    id: 'yj-18', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'YJ-18', en: 'YJ-18' },
    aliases: ['Yingji-18', 'Yingji 18', 'YJ-18A'],
    description: {
      de: 'Chinesischer Seezielflugkörper, von Zerstörern und U-Booten gestartet, der im Endanflug auf Überschallgeschwindigkeit beschleunigt.',
      en: 'Chinese anti-ship cruise missile fired from destroyers and submarines, speeding up to supersonic in its final approach.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'anti-ship-missile' }],
  },
  {
    id: 'yj-12', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'YJ-12', en: 'YJ-12' },
    aliases: ['Yingji-12', 'Yingji 12'],
    description: {
      de: 'Chinesischer Überschall-Seezielflugkörper, vor allem von Bombern des Typs H-6 getragen.',
      en: 'Chinese supersonic anti-ship missile, carried above all by H-6 bombers.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'anti-ship-missile' }],
  },
  // ── China: aircraft, ships, drones ────────────────────────────────────────────
  {
    id: 'j-35', type: 'weapon', subtype: 'aircraft',
    names: { de: 'J-35', en: 'J-35' },
    aliases: ['J-35A', 'Shenyang J-35', 'FC-31'],
    description: {
      de: 'Chinesisches Tarnkappen-Kampfflugzeug der fünften Generation von Shenyang, als Trägerversion J-35 und landgestützte J-35A.',
      en: 'Chinese fifth-generation stealth fighter by Shenyang, as the carrier-based J-35 and the land-based J-35A.',
    },
    links: [{ rel: 'made-by', to: 'avic' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'j-16', type: 'weapon', subtype: 'aircraft',
    names: { de: 'J-16', en: 'J-16' },
    aliases: ['Shenyang J-16', 'J-16D'],
    description: {
      de: 'Chinesisches zweisitziges Mehrzweckkampfflugzeug von Shenyang, oft bei Flügen nahe Taiwan gemeldet; die J-16D dient der elektronischen Kampfführung.',
      en: 'Chinese two-seat multirole fighter by Shenyang, often reported flying near Taiwan; the J-16D is its electronic-warfare version.',
    },
    links: [{ rel: 'made-by', to: 'avic' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'j-15', type: 'weapon', subtype: 'aircraft',
    names: { de: 'J-15', en: 'J-15' },
    aliases: ['Shenyang J-15', 'J-15T', 'Flying Shark'],
    description: {
      de: 'Chinesisches trägergestütztes Kampfflugzeug von Shenyang auf den Flugzeugträgern Liaoning und Shandong; die J-15T startet per Katapult von der Fujian.',
      en: 'Chinese carrier-based fighter by Shenyang flying from the carriers Liaoning and Shandong; the J-15T is launched by catapult from the Fujian.',
    },
    links: [{ rel: 'made-by', to: 'avic' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'type-055-destroyer', type: 'weapon', subtype: 'ship',
    names: { de: 'Zerstörer vom Typ 055', en: 'Type 055 destroyer' },
    aliases: ['Type 055', 'Typ 055', 'Typ-055-Zerstörer', 'Renhai-Klasse', 'Renhai class', 'Renhai-class'],
    description: {
      de: 'Klasse der größten chinesischen Überwasserkampfschiffe (Renhai), Lenkwaffenzerstörer mit 112 Startzellen, auch für Hyperschall-Seezielraketen.',
      en: 'Class of China\'s largest surface combatants (Renhai), guided-missile destroyers with 112 launch cells, including for hypersonic anti-ship missiles.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'related-to', to: 'yj-21' }],
  },
  {
    id: 'type-052d-destroyer', type: 'weapon', subtype: 'ship',
    names: { de: 'Zerstörer vom Typ 052D', en: 'Type 052D destroyer' },
    aliases: ['Type 052D', 'Typ 052D', 'Luyang III', 'Luyang-III-Klasse', 'Luyang III class'],
    description: {
      de: 'Chinesische Lenkwaffenzerstörer-Klasse (Luyang III), in großer Stückzahl gebaut, Rückgrat der Zerstörerflotte der chinesischen Marine.',
      en: 'Chinese guided-missile destroyer class (Luyang III), built in large numbers, the backbone of the Chinese navy\'s destroyer fleet.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }],
  },
  {
    id: 'type-094-submarine', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Boot vom Typ 094', en: 'Type 094 submarine' },
    aliases: ['Type 094', 'Typ 094', 'Jin-Klasse', 'Jin class', 'Jin-class'],
    description: {
      de: 'Chinesische Klasse strategischer Atom-U-Boote (Jin), Träger der U-Boot-gestützten ballistischen Raketen JL-2 und JL-3.',
      en: 'Chinese class of strategic nuclear submarines (Jin), carrying the JL-2 and JL-3 submarine-launched ballistic missiles.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'related-to', to: 'nuclear-submarine' }],
  },
  {
    // The carriers are named after provinces: only the forms with "carrier" in them count.
    id: 'fujian-carrier', type: 'weapon', subtype: 'ship',
    names: { de: 'Flugzeugträger Fujian', en: 'aircraft carrier Fujian' },
    aliases: ['Träger Fujian', 'carrier Fujian', 'Fujian carrier', 'Fujian-Flugzeugträger', 'Fujian aircraft carrier'],
    description: {
      de: 'Dritter chinesischer Flugzeugträger und der erste mit elektromagnetischen Katapulten, 2025 in Dienst gestellt.',
      en: 'China\'s third aircraft carrier and its first with electromagnetic catapults, commissioned in 2025.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }],
  },
  {
    id: 'shandong-carrier', type: 'weapon', subtype: 'ship',
    names: { de: 'Flugzeugträger Shandong', en: 'aircraft carrier Shandong' },
    aliases: ['Träger Shandong', 'carrier Shandong', 'Shandong carrier', 'Shandong-Flugzeugträger', 'Shandong aircraft carrier'],
    description: {
      de: 'Zweiter chinesischer Flugzeugträger und erster im Land selbst gebauter, seit 2019 im Dienst und oft bei Manövern um Taiwan.',
      en: 'China\'s second aircraft carrier and the first built at home, in service since 2019 and often at exercises around Taiwan.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }],
  },
  {
    id: 'liaoning-carrier', type: 'weapon', subtype: 'ship',
    names: { de: 'Flugzeugträger Liaoning', en: 'aircraft carrier Liaoning' },
    aliases: ['Träger Liaoning', 'carrier Liaoning', 'Liaoning carrier', 'Liaoning-Flugzeugträger', 'Liaoning aircraft carrier'],
    description: {
      de: 'Erster chinesischer Flugzeugträger, aus dem unvollendeten sowjetischen Träger Warjag umgebaut und seit 2012 im Dienst.',
      en: 'China\'s first aircraft carrier, rebuilt from the unfinished Soviet carrier Varyag and in service since 2012.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }],
  },
  {
    id: 'ch-4-drone', type: 'weapon', subtype: 'drone',
    names: { de: 'CH-4', en: 'CH-4' },
    aliases: ['CH-4B', 'Caihong-4', 'Caihong 4', 'Rainbow-4'],
    description: {
      de: 'Chinesische Kampf- und Aufklärungsdrohne der Caihong-Familie, in mehrere Staaten des Nahen Ostens exportiert, darunter Irak und Saudi-Arabien.',
      en: 'Chinese armed reconnaissance drone of the Caihong family, exported to several Middle Eastern states including Iraq and Saudi Arabia.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'iraq' }, { rel: 'used-by', to: 'saudi-arabia' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  // ── Warships of the Red Sea and Black Sea ─────────────────────────────────────
  {
    id: 'uss-carney', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Carney', en: 'USS Carney' },
    description: {
      de: 'US-Zerstörer der Arleigh-Burke-Klasse, der ab Oktober 2023 im Roten Meer zahlreiche Raketen und Drohnen der Huthi abschoss.',
      en: 'US Arleigh Burke-class destroyer that shot down many Houthi missiles and drones in the Red Sea from October 2023.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'arleigh-burke-class' }],
  },
  {
    id: 'uss-mason', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Mason', en: 'USS Mason' },
    description: {
      de: 'US-Zerstörer der Arleigh-Burke-Klasse, im Roten Meer und im Golf von Aden mehrfach gegen Raketen der Huthi im Einsatz.',
      en: 'US Arleigh Burke-class destroyer, repeatedly engaged against Houthi missiles in the Red Sea and the Gulf of Aden.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'arleigh-burke-class' }],
  },
  {
    id: 'uss-gravely', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Gravely', en: 'USS Gravely' },
    description: {
      de: 'US-Zerstörer der Arleigh-Burke-Klasse; im Januar 2024 kam ihm im Roten Meer ein Marschflugkörper der Huthi so nahe, dass ihn erst die Nahbereichsabwehr traf.',
      en: 'US Arleigh Burke-class destroyer; in January 2024 a Houthi cruise missile came so close in the Red Sea that only its close-in defence stopped it.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'arleigh-burke-class' }],
  },
  {
    id: 'hms-diamond', type: 'weapon', subtype: 'ship',
    names: { de: 'HMS Diamond', en: 'HMS Diamond' },
    description: {
      de: 'Britischer Zerstörer vom Typ 45, der 2023/24 im Roten Meer Drohnen und eine Rakete der Huthi mit Sea-Viper-Flugkörpern abschoss.',
      en: 'British Type 45 destroyer that shot down Houthi drones and a missile in the Red Sea in 2023/24 with Sea Viper missiles.',
    },
    links: [{ rel: 'used-by', to: 'royal-navy' }, { rel: 'related-to', to: 'sea-viper' }],
  },
  {
    id: 'sea-viper', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Sea Viper', en: 'Sea Viper' },
    acronyms: ['PAAMS'],
    description: {
      de: 'Flugabwehrsystem der britischen Zerstörer vom Typ 45 mit Aster-Raketen; im Roten Meer erstmals im Kampf gegen Huthi-Drohnen eingesetzt.',
      en: 'Air-defence system of Britain\'s Type 45 destroyers, firing Aster missiles; first used in combat against Houthi drones in the Red Sea.',
    },
    links: [{ rel: 'used-by', to: 'royal-navy' }, { rel: 'related-to', to: 'aster' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'fgs-hessen', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Hessen', en: 'frigate Hessen' },
    aliases: ['FGS Hessen', 'Hessen frigate'],
    description: {
      de: 'Deutsche Fregatte der Sachsen-Klasse (F124), 2024 mit der EU-Mission Aspides im Roten Meer, wo sie Drohnen der Huthi abschoss.',
      en: 'German Sachsen-class (F124) frigate, in the Red Sea with the EU’s Aspides mission in 2024, where it shot down Houthi drones.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }],
  },
  {
    id: 'rostov-on-don-submarine', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Boot Rostow am Don', en: 'submarine Rostov-on-Don' },
    aliases: ['Rostov-on-Don submarine', 'U-Boot Rostow-am-Don'],
    description: {
      de: 'Russisches U-Boot der Kilo-Klasse (Projekt 636.3) der Schwarzmeerflotte mit Kalibr-Raketen; 2023 im Dock von Sewastopol getroffen, 2024 nach ukrainischen Angaben versenkt.',
      en: 'Russian Kilo-class (Project 636.3) submarine of the Black Sea Fleet carrying Kalibr missiles; hit in a Sevastopol dry dock in 2023 and, Ukraine said, sunk in 2024.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'kilo-class-submarine' }, { rel: 'related-to', to: 'kalibr' }],
  },
  {
    id: 'shahid-mahdavi', type: 'weapon', subtype: 'ship',
    names: { de: 'Schahid Mahdawi', en: 'Shahid Mahdavi' },
    aliases: ['Shahid Mahdawi'],
    description: {
      de: 'Zum Stützpunktschiff umgebautes Containerschiff der Marine der Revolutionsgarden, das Drohnen, Hubschrauber und Raketen trägt.',
      en: 'Container ship converted into a base ship for the IRGC Navy, carrying drones, helicopters and missiles.',
    },
    links: [{ rel: 'used-by', to: 'irgc-navy' }],
  },
  {
    id: 'hero-kim-kun-ok', type: 'weapon', subtype: 'ship',
    names: { de: 'Held Kim Kun Ok', en: 'Hero Kim Kun Ok' },
    description: {
      de: 'Nordkoreanisches U-Boot, 2023 als erstes „taktisches Atomwaffen-Angriffs-U-Boot“ des Landes vom Stapel gelassen.',
      en: 'North Korean submarine launched in 2023 as the country\'s first "tactical nuclear attack submarine".',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }],
  },
  // ── Israeli systems ───────────────────────────────────────────────────────────
  {
    id: 'spyder-air-defence', type: 'weapon', subtype: 'air-defence',
    // Not the bare "Spyder": a clothing brand and a motorcycle, and "system" would vouch for it.
    names: { de: 'Spyder-Flugabwehrsystem', en: 'Spyder air defence system' },
    aliases: ['Spyder-System', 'Spyder system', 'SPYDER-MR', 'Spyder-MR', 'SPYDER-SR'],
    description: {
      de: 'Israelisches mobiles Flugabwehrsystem von Rafael, das Python- und Derby-Raketen vom Boden aus verschießt; unter anderem an Tschechien, Indien und Georgien verkauft.',
      en: 'Israeli mobile air-defence system by Rafael that fires Python and Derby missiles from the ground; sold to the Czech Republic, India and Georgia among others.',
    },
    links: [{ rel: 'made-by', to: 'rafael' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'delilah-missile', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Delilah-Marschflugkörper', en: 'Delilah missile' },
    guarded: ['Delilah'],
    description: {
      de: 'Israelischer luftgestützter Marschflugkörper von IMI/Elbit mit einigen hundert Kilometern Reichweite, der über dem Ziel kreisen kann.',
      en: 'Israeli air-launched cruise missile by IMI/Elbit with a range of a few hundred kilometres that can loiter over its target.',
    },
    links: [{ rel: 'made-by', to: 'israel' }, { rel: 'used-by', to: 'idf' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'popeye-missile', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Popeye-Rakete', en: 'Popeye missile' },
    aliases: ['AGM-142', 'AGM-142 Have Nap', 'Have Nap'],
    guarded: ['Popeye'],
    description: {
      de: 'Israelischer luftgestützter Präzisionsflugkörper von Rafael, in den USA als AGM-142 Have Nap eingeführt.',
      en: 'Israeli air-launched precision missile by Rafael, adopted in the US as the AGM-142 Have Nap.',
    },
    links: [{ rel: 'made-by', to: 'rafael' }, { rel: 'used-by', to: 'idf' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'ice-breaker-missile', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ice-Breaker-Marschflugkörper', en: 'Ice Breaker missile' },
    guarded: ['Ice Breaker'],
    description: {
      de: 'Israelischer Marschflugkörper von Rafael mit rund 300 km Reichweite gegen Land- und Seeziele, von Flugzeugen, Schiffen und vom Boden aus gestartet.',
      en: 'Israeli cruise missile by Rafael with a range of about 300 km against land and sea targets, launched from aircraft, ships and the ground.',
    },
    links: [{ rel: 'made-by', to: 'rafael' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'skystriker', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'SkyStriker', en: 'SkyStriker' },
    aliases: ['Sky Striker'],
    description: {
      de: 'Israelische Kamikazedrohne von Elbit Systems mit Elektroantrieb, unter anderem von Aserbaidschan eingesetzt.',
      en: 'Israeli electric loitering munition by Elbit Systems, used among others by Azerbaijan.',
    },
    links: [{ rel: 'made-by', to: 'elbit-systems' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'iron-fist-aps', type: 'weapon',
    names: { de: 'Iron-Fist-Schutzsystem', en: 'Iron Fist active protection system' },
    aliases: ['Iron Fist APS'],
    guarded: ['Iron Fist'],
    cues: ['schutzsystem', 'protection', 'aktiv', 'active', 'abwehrsystem', 'elbit', 'eitan', 'namer', 'bradley'],
    description: {
      de: 'Israelisches aktives Schutzsystem für Panzerfahrzeuge von Elbit Systems, das anfliegende Panzerabwehrgeschosse abfängt; neben Trophy das zweite der israelischen Armee.',
      en: 'Israeli active protection system for armoured vehicles by Elbit Systems that intercepts incoming anti-tank rounds; the Israeli army\'s second one besides Trophy.',
    },
    links: [{ rel: 'made-by', to: 'elbit-systems' }, { rel: 'used-by', to: 'idf' }, { rel: 'related-to', to: 'trophy-aps' }],
  },
  // ── Ukrainian systems ─────────────────────────────────────────────────────────
  {
    id: 'aq-400-scythe', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'AQ-400 Scythe', en: 'AQ-400 Scythe' },
    aliases: ['AQ 400 Scythe', 'AQ-400', 'AQ 400'],
    description: {
      de: 'Ukrainische Langstrecken-Angriffsdrohne aus Sperrholz von Terminal Autonomy, in großer Serie für Schläge tief in Russland gebaut.',
      en: 'Ukrainian long-range plywood strike drone by Terminal Autonomy, built in large series for strikes deep inside Russia.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'trembita-missile', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Trembita-Marschflugkörper', en: 'Trembita missile' },
    guarded: ['Trembita'],
    description: {
      de: 'Ukrainischer Billig-Marschflugkörper mit Pulsstrahltriebwerk, von Freiwilligen als Alternative zu teuren Raketen entwickelt.',
      en: 'Ukrainian low-cost pulse-jet cruise missile, developed by volunteers as an alternative to expensive missiles.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'korsar-atgm', type: 'weapon', subtype: 'missile',
    names: { de: 'Korsar-Panzerabwehrrakete', en: 'Korsar anti-tank missile' },
    aliases: ['RK-3 Korsar'],
    guarded: ['Korsar'],
    cues: ['panzerabwehr', 'anti-tank', 'atgm', 'lenkwaffe', 'luch'],
    description: {
      de: 'Leichtes ukrainisches Panzerabwehr-Lenkwaffensystem des Konstruktionsbüros Luch, von der Schulter oder einem Dreibein abgefeuert.',
      en: 'Light Ukrainian anti-tank guided missile system by the Luch design bureau, fired from the shoulder or a tripod.',
    },
    links: [{ rel: 'made-by', to: 'luch-design-bureau' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },
  // ── Western systems ───────────────────────────────────────────────────────────
  {
    id: 'globaleye', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Saab GlobalEye', en: 'Saab GlobalEye' },
    aliases: ['GlobalEye'],
    description: {
      de: 'Schwedisches Frühwarn- und Aufklärungsflugzeug von Saab auf Basis eines Bombardier-Geschäftsreisejets, von Schweden und den Emiraten genutzt.',
      en: 'Swedish airborne early-warning and surveillance aircraft by Saab, built on a Bombardier business jet and flown by Sweden and the UAE.',
    },
    links: [{ rel: 'made-by', to: 'saab' }, { rel: 'used-by', to: 'united-arab-emirates' }],
  },
  {
    id: 'camm', type: 'weapon', subtype: 'air-defence',
    names: { de: 'CAMM-Flugabwehrrakete', en: 'Common Anti-Air Modular Missile' },
    aliases: ['Sky Sabre', 'Land Ceptor', 'Sea Ceptor', 'CAMM-ER'],
    acronyms: ['CAMM'],
    description: {
      de: 'Europäische Flugabwehrrakete von MBDA für Boden (Sky Sabre, Land Ceptor) und Schiffe (Sea Ceptor); Polen baut darauf sein Nahbereichssystem Narew.',
      en: 'European air-defence missile by MBDA for land (Sky Sabre, Land Ceptor) and ships (Sea Ceptor); Poland bases its Narew short-range system on it.',
    },
    links: [{ rel: 'made-by', to: 'mbda' }, { rel: 'used-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'poland' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'an-tpy-2', type: 'weapon', subtype: 'air-defence',
    names: { de: 'AN/TPY-2', en: 'AN/TPY-2' },
    aliases: ['AN/TPY-2-Radar', 'TPY-2'],
    description: {
      de: 'Amerikanisches Raketenabwehrradar von Raytheon, Teil der THAAD-Batterien und vorgeschoben etwa in Israel, der Türkei und Japan stationiert.',
      en: 'US missile-defence radar by Raytheon, part of THAAD batteries and forward-based in places such as Israel, Turkey and Japan.',
    },
    links: [{ rel: 'made-by', to: 'rtx' }, { rel: 'used-by', to: 'united-states' }, { rel: 'related-to', to: 'thaad' }],
  },
  {
    id: 'altius-drone', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Altius-600', en: 'Altius-600' },
    aliases: ['Altius-700', 'Altius-600M', 'Altius 600', 'Altius-700M'],
    description: {
      de: 'Amerikanische Aufklärungs- und Kamikazedrohne von Anduril, von Röhren oder Hubschraubern gestartet; auch an die Ukraine und Taiwan geliefert.',
      en: 'US reconnaissance and loitering-munition drone by Anduril, launched from tubes or helicopters; also supplied to Ukraine and Taiwan.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'merops-counter-drone', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Merops-Drohnenabwehr', en: 'Merops counter-drone system' },
    aliases: ['Merops-System', 'Merops system'],
    guarded: ['Merops'],
    cues: ['drohne', 'drone', 'abfang', 'intercept', 'abwehr'],
    description: {
      de: 'Amerikanisches Abwehrsystem, das Angriffsdrohnen mit kleinen Abfangdrohnen bekämpft; in der Ukraine erprobt und 2025 an der NATO-Ostflanke eingeführt.',
      en: 'US counter-drone system that fights attack drones with small interceptor drones; proven in Ukraine and introduced on NATO\'s eastern flank in 2025.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'related-to', to: 'interceptor-drone' }],
  },
  // ── Arms makers ───────────────────────────────────────────────────────────────
  {
    id: 'pivdenmash', type: 'organization', subtype: 'company',
    names: { de: 'Piwdenmasch', en: 'Pivdenmash', uk: 'Південмаш' },
    aliases: ['Juschmasch', 'Yuzhmash', 'Pivdenmash plant', 'Juzhmasch'],
    description: {
      de: 'Staatlicher ukrainischer Raketen- und Raumfahrtbetrieb in Dnipro, einst Hersteller sowjetischer Interkontinentalraketen; im November 2024 Ziel des ersten Oreschnik-Angriffs.',
      en: 'Ukrainian state rocket and space plant in Dnipro, once maker of Soviet ICBMs; target of the first Oreshnik strike in November 2024.',
    },
    links: [{ rel: 'part-of', to: 'ukraine' }, { rel: 'related-to', to: 'oreshnik' }],
  },
  {
    id: 'pivdenne-design-bureau', type: 'organization', subtype: 'company',
    names: { de: 'Konstruktionsbüro Piwdenne', en: 'Pivdenne Design Bureau', uk: 'КБ «Південне»' },
    aliases: ['KB Piwdenne', 'KB Pivdenne', 'Yuzhnoye Design Bureau', 'Konstruktionsbüro Juschnoje', 'KB Juschnoje', 'KB Yuzhnoye'],
    description: {
      de: 'Ukrainisches Raketen-Konstruktionsbüro in Dnipro, entwarf sowjetische Interkontinentalraketen wie die R-36M und heute die ballistische Rakete Hrim-2/Sapsan.',
      en: 'Ukrainian missile design bureau in Dnipro that designed Soviet ICBMs such as the R-36M and today the Hrim-2/Sapsan ballistic missile.',
    },
    links: [{ rel: 'part-of', to: 'ukraine' }, { rel: 'related-to', to: 'pivdenmash' }, { rel: 'related-to', to: 'sapsan' }],
  },
];
