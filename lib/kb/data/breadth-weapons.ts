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
  {
    id: 'yj-17', type: 'weapon', subtype: 'hypersonic-missile',
    names: { de: 'YJ-17', en: 'YJ-17' },
    aliases: ['Yingji-17', 'Yingji 17'],
    description: {
      de: 'Chinesische Hyperschall-Seezielrakete, bei der Militärparade in Peking im September 2025 erstmals öffentlich gezeigt.',
      en: 'Chinese hypersonic anti-ship missile, shown in public for the first time at the Beijing military parade of September 2025.',
    },
    links: [
      { rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' },
      { rel: 'instance-of', to: 'hypersonic-missile' }, { rel: 'instance-of', to: 'anti-ship-missile' },
    ],
  },
  {
    id: 'yj-19', type: 'weapon', subtype: 'hypersonic-missile',
    names: { de: 'YJ-19', en: 'YJ-19' },
    aliases: ['Yingji-19', 'Yingji 19'],
    description: {
      de: 'Chinesische Hyperschall-Seezielrakete, bei der Militärparade in Peking im September 2025 erstmals öffentlich gezeigt.',
      en: 'Chinese hypersonic anti-ship missile, shown in public for the first time at the Beijing military parade of September 2025.',
    },
    links: [
      { rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' },
      { rel: 'instance-of', to: 'hypersonic-missile' }, { rel: 'instance-of', to: 'anti-ship-missile' },
    ],
  },
  {
    id: 'yj-20', type: 'weapon', subtype: 'hypersonic-missile',
    names: { de: 'YJ-20', en: 'YJ-20' },
    aliases: ['Yingji-20', 'Yingji 20'],
    description: {
      de: 'Chinesische Hyperschall-Seezielrakete, bei der Militärparade in Peking im September 2025 erstmals öffentlich gezeigt.',
      en: 'Chinese hypersonic anti-ship missile, shown in public for the first time at the Beijing military parade of September 2025.',
    },
    links: [
      { rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' },
      { rel: 'instance-of', to: 'hypersonic-missile' }, { rel: 'instance-of', to: 'anti-ship-missile' },
    ],
  },
  {
    id: 'kj-600', type: 'weapon', subtype: 'aircraft',
    names: { de: 'KJ-600', en: 'KJ-600' },
    aliases: ['Xian KJ-600'],
    description: {
      de: 'Chinesisches trägergestütztes Frühwarnflugzeug für Katapultstarts, vorgesehen für den Flugzeugträger Fujian; 2025 bei der Parade in Peking gezeigt.',
      en: 'Chinese carrier-based airborne early-warning aircraft for catapult launch, meant for the carrier Fujian; shown at the 2025 Beijing parade.',
    },
    links: [{ rel: 'made-by', to: 'avic' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'related-to', to: 'fujian-carrier' }],
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
    guarded: ['Shandong'],
    cues: ['flugzeugträger', 'träger', 'carrier', 'kriegsschiff', 'warship', 'trägerverband', 'trägergruppe'],
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
    guarded: ['Liaoning'],
    cues: ['flugzeugträger', 'träger', 'carrier', 'kriegsschiff', 'warship', 'trägerverband', 'trägergruppe'],
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
    shortForms: ['Carney'],
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
    aliases: ['USS Graveley'],
    // The ship alone, as "the Gravely": also a surname, an English village and an adverb.
    guarded: ['Gravely', 'Graveley'],
    cues: ['destroyer', 'zerstörer', 'warship', 'kriegsschiff', 'red sea', 'roten meer', 'houthi', 'huthi'],
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
    id: 'pavel-derzhavin', type: 'weapon', subtype: 'ship',
    names: { de: 'Patrouillenschiff Pawel Derschawin', en: 'patrol ship Pavel Derzhavin', ru: 'Павел Державин' },
    aliases: ['Pawel Derschawin', 'Pavel Derzhavin'],
    description: {
      de: 'Patrouillenschiff der Schwarzmeerflotte (Projekt 22160), 2023 nach ukrainischen Angaben von Seedrohnen getroffen.',
      en: 'Black Sea Fleet patrol ship (Project 22160), hit by naval drones in 2023 according to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'sea-baby' }],
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
    aliases: ['Delilah-Rakete'],
    // Also a given name and a song: the bare word counts only after a name above.
    shortForms: ['Delilah'],
    description: {
      de: 'Israelischer luftgestützter Marschflugkörper von IMI/Elbit mit einigen hundert Kilometern Reichweite, der über dem Ziel kreisen kann.',
      en: 'Israeli air-launched cruise missile by IMI/Elbit with a range of a few hundred kilometres that can loiter over its target.',
    },
    links: [{ rel: 'made-by', to: 'elbit-systems' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'popeye-missile', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Popeye-Rakete', en: 'Popeye missile' },
    aliases: ['AGM-142', 'AGM-142 Have Nap', 'Have Nap'],
    // Also the cartoon sailor: the bare word counts only after a name above.
    shortForms: ['Popeye'],
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
    cues: ['schutzsystem', 'protection system', 'abwehrsystem', 'elbit', 'eitan', 'namer', 'bradley'],
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
  // ── Aircraft ──────────────────────────────────────────────────────────────────
  {
    id: 'su-33', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Su-33', en: 'Su-33', ru: 'Су-33' },
    aliases: ['Suchoi Su-33', 'Sukhoi Su-33'],
    description: {
      de: 'Russisches trägergestütztes Kampfflugzeug auf Basis der Su-27, für den Flugzeugträger Admiral Kusnezow gebaut.',
      en: 'Russian carrier-based fighter derived from the Su-27, built for the aircraft carrier Admiral Kuznetsov.',
    },
    links: [{ rel: 'made-by', to: 'sukhoi' }, { rel: 'used-by', to: 'russian-navy' }, { rel: 'instance-of', to: 'fighter-aircraft' }, { rel: 'related-to', to: 'admiral-kuznetsov' }],
  },
  {
    id: 'tu-142', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Tu-142', en: 'Tu-142', ru: 'Ту-142' },
    aliases: ['Tupolew Tu-142', 'Tupolev Tu-142', 'Tu-142MK', 'Tu-142MZ'],
    description: {
      de: 'Russisches Langstrecken-Seeaufklärungs- und U-Jagdflugzeug, aus dem Bomber Tu-95 abgeleitet.',
      en: 'Russian long-range maritime patrol and anti-submarine aircraft derived from the Tu-95 bomber.',
    },
    links: [{ rel: 'made-by', to: 'tupolev' }, { rel: 'used-by', to: 'russian-navy' }, { rel: 'related-to', to: 'tu-95' }],
  },
  {
    id: 'il-20', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Il-20', en: 'Il-20', ru: 'Ил-20' },
    aliases: ['Iljuschin Il-20', 'Ilyushin Il-20', 'Il-20M'],
    description: {
      de: 'Russisches Flugzeug für elektronische Aufklärung auf Basis der Il-18; 2018 über Syrien versehentlich von der syrischen Flugabwehr abgeschossen.',
      en: 'Russian electronic-intelligence aircraft based on the Il-18; shot down by mistake by Syrian air defences over Syria in 2018.',
    },
    links: [{ rel: 'used-by', to: 'russian-aerospace-forces' }],
  },
  {
    id: 'il-38', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Il-38', en: 'Il-38', ru: 'Ил-38' },
    aliases: ['Iljuschin Il-38', 'Ilyushin Il-38', 'Il-38N'],
    description: {
      de: 'Russisches Seeaufklärungs- und U-Jagdflugzeug auf Basis des Verkehrsflugzeugs Il-18.',
      en: 'Russian maritime patrol and anti-submarine aircraft based on the Il-18 airliner.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'be-200', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Be-200', en: 'Be-200', ru: 'Бе-200' },
    aliases: ['Berijew Be-200', 'Beriev Be-200'],
    description: {
      de: 'Russisches Amphibienflugzeug von Berijew für Löscheinsätze, Rettung und Seeaufklärung.',
      en: 'Russian amphibious aircraft by Beriev for firefighting, rescue and maritime patrol.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'an-124', type: 'weapon', subtype: 'aircraft',
    names: { de: 'An-124', en: 'An-124', ru: 'Ан-124' },
    aliases: ['Antonow An-124', 'Antonov An-124', 'An-124 Ruslan'],
    description: {
      de: 'Sowjetisches schweres Transportflugzeug Ruslan von Antonow, das größte in Serie gebaute Frachtflugzeug; Russlands Luftwaffe fliegt damit Truppen und Gerät.',
      en: 'Soviet heavy transport aircraft Ruslan by Antonov, the largest cargo plane built in series; Russia\'s air force uses it for troops and equipment.',
    },
    links: [{ rel: 'made-by', to: 'antonov-company' }, { rel: 'used-by', to: 'russian-aerospace-forces' }],
  },
  {
    id: 'an-225', type: 'weapon', subtype: 'aircraft',
    names: { de: 'An-225 Mrija', en: 'An-225 Mriya', uk: 'Ан-225 «Мрія»' },
    aliases: ['An-225', 'Antonow An-225', 'Antonov An-225'],
    guarded: ['Mrija', 'Mriya'],
    cues: ['antonow', 'antonov', 'hostomel', 'frachtflugzeug', 'cargo'],
    description: {
      de: 'Einziges gebautes Exemplar des größten Frachtflugzeugs der Welt, im Februar 2022 bei den Kämpfen um den Flughafen Hostomel zerstört.',
      en: 'The only one ever built of the world\'s largest cargo aircraft, destroyed in February 2022 in the fighting for Hostomel airport.',
    },
    links: [{ rel: 'made-by', to: 'antonov-company' }],
  },
  {
    id: 'mi-26', type: 'weapon', subtype: 'helicopter',
    names: { de: 'Mi-26', en: 'Mi-26', ru: 'Ми-26' },
    aliases: ['Mil Mi-26'],
    description: {
      de: 'Sowjetisch-russischer schwerer Transporthubschrauber, der größte in Serie gebaute Hubschrauber der Welt.',
      en: 'Soviet-Russian heavy transport helicopter, the largest helicopter built in series.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'ea-18g-growler', type: 'weapon', subtype: 'aircraft',
    names: { de: 'EA-18G Growler', en: 'EA-18G Growler' },
    aliases: ['EA-18G'],
    description: {
      de: 'Amerikanisches Flugzeug der US Navy für elektronische Kampfführung, aus der F/A-18F Super Hornet abgeleitet; Deutschland beschafft es als Tornado-ECR-Nachfolger.',
      en: 'US Navy electronic-warfare aircraft derived from the F/A-18F Super Hornet; Germany is buying it to replace the Tornado ECR.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'f-a-18' }],
  },
  {
    id: 'e-2-hawkeye', type: 'weapon', subtype: 'aircraft',
    names: { de: 'E-2 Hawkeye', en: 'E-2 Hawkeye' },
    aliases: ['E-2D Hawkeye', 'E-2C Hawkeye', 'E-2D Advanced Hawkeye', 'E-2D', 'E-2C'],
    description: {
      de: 'Amerikanisches trägergestütztes Frühwarnflugzeug der US Navy, auch von Frankreich und Japan geflogen.',
      en: 'US carrier-based airborne early-warning aircraft of the US Navy, also flown by France and Japan.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'used-by', to: 'france' }, { rel: 'used-by', to: 'japan' }],
  },
  {
    id: 'kc-46', type: 'weapon', subtype: 'aircraft',
    names: { de: 'KC-46 Pegasus', en: 'KC-46 Pegasus' },
    aliases: ['KC-46', 'KC-46A', 'Boeing KC-46'],
    description: {
      de: 'Amerikanisches Tankflugzeug von Boeing auf Basis der 767, Nachfolger der KC-135 bei der US Air Force.',
      en: 'US aerial refuelling tanker by Boeing based on the 767, successor of the KC-135 in the US Air Force.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'us-air-force' }, { rel: 'related-to', to: 'kc-135' }],
  },
  {
    id: 'rc-135', type: 'weapon', subtype: 'aircraft',
    names: { de: 'RC-135', en: 'RC-135' },
    aliases: ['RC-135 Rivet Joint', 'RC-135V', 'RC-135W', 'Rivet Joint'],
    description: {
      de: 'Amerikanisches Aufklärungsflugzeug für Fernmelde- und elektronische Aufklärung, häufig über dem Schwarzen Meer und der Ostsee unterwegs.',
      en: 'US signals- and electronic-intelligence aircraft, often flying over the Black Sea and the Baltic.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'us-air-force' }],
  },
  {
    id: 'u-2', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Aufklärungsflugzeug U-2', en: 'U-2 spy plane' },
    // Not the bare "U-2": the matcher reads the band U2 as the same word, and "jet" would vouch for it.
    aliases: ['Lockheed U-2', 'U-2S', 'U-2 Dragon Lady', 'U-2-Spionageflugzeug', 'U-2 reconnaissance aircraft'],
    description: {
      de: 'Amerikanisches Höhenaufklärungsflugzeug aus dem Kalten Krieg, das noch immer für die US Air Force fliegt.',
      en: 'US high-altitude reconnaissance aircraft from the Cold War that still flies for the US Air Force.',
    },
    links: [{ rel: 'made-by', to: 'lockheed-martin' }, { rel: 'used-by', to: 'us-air-force' }],
  },
  {
    id: 'c-5-galaxy', type: 'weapon', subtype: 'aircraft',
    names: { de: 'C-5 Galaxy', en: 'C-5 Galaxy' },
    aliases: ['C-5M Super Galaxy', 'C-5M', 'Lockheed C-5'],
    description: {
      de: 'Schweres amerikanisches Militärtransportflugzeug von Lockheed, das größte der US Air Force.',
      en: 'Heavy US military transport aircraft by Lockheed, the largest in the US Air Force.',
    },
    links: [{ rel: 'made-by', to: 'lockheed-martin' }, { rel: 'used-by', to: 'us-air-force' }],
  },
  {
    id: 'ch-53', type: 'weapon', subtype: 'helicopter',
    names: { de: 'CH-53', en: 'CH-53' },
    aliases: ['CH-53G', 'CH-53E', 'CH-53K', 'CH-53K King Stallion', 'Sikorsky CH-53'],
    description: {
      de: 'Schwerer Transporthubschrauber von Sikorsky, bei der Bundeswehr (CH-53G), dem US Marine Corps und der israelischen Luftwaffe im Einsatz.',
      en: 'Heavy transport helicopter by Sikorsky, flown by the Bundeswehr (CH-53G), the US Marine Corps and the Israeli Air Force.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'germany' }, { rel: 'used-by', to: 'israel' }],
  },
  // ── More warships ─────────────────────────────────────────────────────────────
  {
    id: 'charles-de-gaulle-carrier', type: 'weapon', subtype: 'ship',
    names: { de: 'Flugzeugträger Charles de Gaulle', en: 'aircraft carrier Charles de Gaulle' },
    aliases: ['Träger Charles de Gaulle', 'carrier Charles de Gaulle', 'porte-avions Charles de Gaulle'],
    guarded: ['Charles de Gaulle'],
    // Not "carrier" or "marine" alone: the airport's flag carrier and Marine Le Pen stand beside the name too.
    cues: ['flugzeugträger', 'aircraft carrier', 'porte-avions', 'strike group', 'trägerkampfgruppe', 'trägergruppe'],
    description: {
      de: 'Einziger Flugzeugträger Frankreichs, atomgetrieben, Kern der französischen Trägerkampfgruppe.',
      en: 'France\'s only aircraft carrier, nuclear-powered, the core of the French carrier strike group.',
    },
    links: [{ rel: 'made-by', to: 'france' }, { rel: 'used-by', to: 'french-navy' }],
  },
  {
    id: 'hms-prince-of-wales', type: 'weapon', subtype: 'ship',
    names: { de: 'HMS Prince of Wales', en: 'HMS Prince of Wales' },
    description: {
      de: 'Britischer Flugzeugträger der Queen-Elizabeth-Klasse, 2025 Flaggschiff einer Trägerkampfgruppe im Indopazifik.',
      en: 'British Queen Elizabeth-class aircraft carrier, flagship of a carrier strike group in the Indo-Pacific in 2025.',
    },
    links: [{ rel: 'used-by', to: 'royal-navy' }],
  },
  {
    id: 'hms-queen-elizabeth', type: 'weapon', subtype: 'ship',
    names: { de: 'HMS Queen Elizabeth', en: 'HMS Queen Elizabeth' },
    description: {
      de: 'Britischer Flugzeugträger, Typschiff der Queen-Elizabeth-Klasse und größtes Kriegsschiff der Royal Navy.',
      en: 'British aircraft carrier, lead ship of the Queen Elizabeth class and the Royal Navy\'s largest warship.',
    },
    links: [{ rel: 'used-by', to: 'royal-navy' }],
  },
  {
    id: 'hms-richmond', type: 'weapon', subtype: 'ship',
    names: { de: 'HMS Richmond', en: 'HMS Richmond' },
    description: {
      de: 'Britische Fregatte vom Typ 23, die 2024 im Roten Meer Drohnen der Huthi abschoss.',
      en: 'British Type 23 frigate that shot down Houthi drones in the Red Sea in 2024.',
    },
    links: [{ rel: 'used-by', to: 'royal-navy' }],
  },
  {
    id: 'ticonderoga-class', type: 'weapon', subtype: 'ship',
    names: { de: 'Kreuzer der Ticonderoga-Klasse', en: 'Ticonderoga-class cruiser' },
    aliases: ['Ticonderoga-Klasse', 'Ticonderoga class', 'Ticonderoga-class'],
    description: {
      de: 'Klasse amerikanischer Lenkwaffenkreuzer mit Aegis-System, die nach und nach ausgemustert wird.',
      en: 'Class of US guided-missile cruisers with the Aegis system, being retired step by step.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'aegis' }],
  },
  {
    id: 'uss-gettysburg', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Gettysburg', en: 'USS Gettysburg' },
    description: {
      de: 'US-Lenkwaffenkreuzer der Ticonderoga-Klasse, der im Dezember 2024 über dem Roten Meer versehentlich eine eigene F/A-18 abschoss.',
      en: 'US Ticonderoga-class guided-missile cruiser that shot down one of its own side\'s F/A-18s over the Red Sea by mistake in December 2024.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'ticonderoga-class' }],
  },
  {
    id: 'uss-laboon', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Laboon', en: 'USS Laboon' },
    guarded: ['Laboon'],
    cues: ['destroyer', 'zerstörer', 'uss', 'navy', 'warship', 'kriegsschiff'],
    description: {
      de: 'US-Zerstörer der Arleigh-Burke-Klasse, 2024 im Roten Meer mehrfach gegen Raketen und Drohnen der Huthi im Einsatz.',
      en: 'US Arleigh Burke-class destroyer, repeatedly engaged against Houthi missiles and drones in the Red Sea in 2024.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'arleigh-burke-class' }],
  },
  {
    id: 'uss-bataan', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Bataan', en: 'USS Bataan' },
    description: {
      de: 'Amphibisches Angriffsschiff der US Navy der Wasp-Klasse, nach dem 7. Oktober 2023 mit Marineinfanteristen in den Nahen Osten verlegt.',
      en: 'US Navy Wasp-class amphibious assault ship, sent to the Middle East with Marines after 7 October 2023.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }],
  },
  {
    id: 'uss-georgia', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Georgia', en: 'USS Georgia' },
    description: {
      de: 'Amerikanisches Lenkwaffen-U-Boot der Ohio-Klasse mit über 150 Tomahawk-Marschflugkörpern, 2024 in den Nahen Osten beordert.',
      en: 'US Ohio-class guided-missile submarine carrying over 150 Tomahawk cruise missiles, ordered to the Middle East in 2024.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'ohio-class' }, { rel: 'related-to', to: 'tomahawk' }],
  },
  {
    id: 'fgs-baden-wuerttemberg', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Baden-Württemberg', en: 'frigate Baden-Württemberg' },
    aliases: ['FGS Baden-Württemberg'],
    description: {
      de: 'Deutsche Fregatte, Typschiff der Klasse F125, die 2024 auf einer Indopazifik-Fahrt die Taiwanstraße durchquerte.',
      en: 'German frigate, lead ship of the F125 class, which sailed through the Taiwan Strait on an Indo-Pacific deployment in 2024.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }],
  },
  {
    id: 'fremm-frigate', type: 'weapon', subtype: 'ship',
    names: { de: 'FREMM-Fregatte', en: 'FREMM frigate' },
    aliases: ['Carlo Bergamini class', 'Bergamini class', 'Bergamini-Klasse'],
    acronyms: ['FREMM'],
    description: {
      de: 'Französisch-italienische Mehrzweckfregatten-Klasse; französische und italienische Einheiten schossen im Roten Meer Drohnen der Huthi ab.',
      en: 'French-Italian multi-mission frigate class; French and Italian ships of the class shot down Houthi drones in the Red Sea.',
    },
    links: [{ rel: 'used-by', to: 'french-navy' }, { rel: 'used-by', to: 'france' }],
  },
  {
    id: 'admiral-nakhimov', type: 'weapon', subtype: 'ship',
    names: { de: 'Admiral Nachimow', en: 'Admiral Nakhimov', ru: 'Адмирал Нахимов' },
    aliases: ['Schlachtkreuzer Admiral Nachimow', 'Admiral Nakhimov battlecruiser'],
    description: {
      de: 'Russischer atomgetriebener Schlachtkreuzer der Kirow-Klasse, seit vielen Jahren in einer Modernisierung, die ihn mit Startzellen für Kalibr- und Zirkon-Raketen ausstattet.',
      en: 'Russian nuclear-powered Kirov-class battlecruiser, for many years in a refit that fits it with launch cells for Kalibr and Zircon missiles.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }, { rel: 'related-to', to: 'zircon' }],
  },
  {
    id: 'pyotr-veliky', type: 'weapon', subtype: 'ship',
    names: { de: 'Pjotr Weliki', en: 'Pyotr Veliky' },
    aliases: ['Pyotr Velikiy', 'Schlachtkreuzer Pjotr Weliki'],
    description: {
      de: 'Russischer atomgetriebener Schlachtkreuzer der Kirow-Klasse und Flaggschiff der Nordflotte.',
      en: 'Russian nuclear-powered Kirov-class battlecruiser and flagship of the Northern Fleet.',
    },
    links: [{ rel: 'used-by', to: 'northern-fleet' }],
  },
  {
    id: 'admiral-essen', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Admiral Essen', en: 'frigate Admiral Essen', ru: 'Адмирал Эссен' },
    aliases: ['Admiral Essen'],
    description: {
      de: 'Fregatte der Admiral-Grigorowitsch-Klasse der russischen Schwarzmeerflotte, Trägerin von Kalibr-Marschflugkörpern.',
      en: 'Admiral Grigorovich-class frigate of Russia\'s Black Sea Fleet that carries Kalibr cruise missiles.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'kalibr' }],
  },
  {
    id: 'admiral-grigorovich', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Admiral Grigorowitsch', en: 'frigate Admiral Grigorovich', ru: 'Адмирал Григорович' },
    aliases: ['Admiral Grigorowitsch', 'Admiral Grigorovich', 'Admiral-Grigorowitsch-Klasse', 'Admiral Grigorovich class', 'Admiral Grigorovich-class'],
    description: {
      de: 'Russische Fregatte der Schwarzmeerflotte und Typschiff ihrer Klasse, Trägerin von Kalibr-Marschflugkörpern; seit 2022 im Mittelmeer, weil die Türkei den Bosporus für Kriegsschiffe sperrte.',
      en: 'Russian Black Sea Fleet frigate and lead ship of its class, carrying Kalibr cruise missiles; in the Mediterranean since 2022 because Turkey closed the Bosporus to warships.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'kalibr' }],
  },
  {
    id: 'askold-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Korvette Askold', en: 'corvette Askold' },
    guarded: ['Askold'],
    cues: ['korvette', 'corvette', 'raketenschiff', 'missile ship', 'kriegsschiff', 'warship', 'kertsch', 'kerch', 'werft', 'shipyard'],
    description: {
      de: 'Russische Raketenkorvette der Karakurt-Klasse mit Kalibr-Raketen, im November 2023 in einer Werft bei Kertsch von ukrainischen Marschflugkörpern getroffen.',
      en: 'Russian Karakurt-class missile corvette carrying Kalibr missiles, hit by Ukrainian cruise missiles at a shipyard near Kerch in November 2023.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'karakurt-class' }],
  },
  {
    id: 'tsiklon-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Korvette Zyklon', en: 'corvette Tsiklon' },
    aliases: ['Raketenschiff Zyklon', 'missile ship Tsiklon'],
    guarded: ['Tsiklon', 'Zyklon'],
    cues: ['korvette', 'corvette', 'raketenschiff', 'missile ship', 'kriegsschiff', 'warship', 'karakurt'],
    description: {
      de: 'Russische Raketenkorvette der Karakurt-Klasse der Schwarzmeerflotte, 2024 bei einem ukrainischen Raketenangriff auf Sewastopol getroffen.',
      en: 'Russian Karakurt-class missile corvette of the Black Sea Fleet, hit in a Ukrainian missile strike on Sevastopol in 2024.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'karakurt-class' }],
  },
  {
    id: 'minsk-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Minsk', en: 'landing ship Minsk' },
    aliases: ['Landungsschiff „Minsk“', 'Minsk landing ship'],
    description: {
      de: 'Großes Landungsschiff der Ropucha-Klasse der Schwarzmeerflotte, im September 2023 im Trockendock von Sewastopol von Marschflugkörpern getroffen.',
      en: 'Ropucha-class large landing ship of the Black Sea Fleet, hit by cruise missiles in a Sevastopol dry dock in September 2023.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'ropucha-class' }],
  },
  // ── Bundeswehr vehicles and sensors that German aid lists name ───────────────
  {
    id: 'dingo-vehicle', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'ATF Dingo', en: 'ATF Dingo' },
    aliases: ['Dingo 2', 'Allschutz-Transport-Fahrzeug Dingo'],
    // Also the wild dog, reported next to tourists' vehicles, a cue of every armoured vehicle: the
    // bare word counts only after a name above.
    shortForms: ['Dingo'],
    description: {
      de: 'Geschütztes Patrouillen- und Transportfahrzeug von Krauss-Maffei Wegmann, seit Afghanistan bei der Bundeswehr im Einsatz.',
      en: 'Protected patrol and transport vehicle by Krauss-Maffei Wegmann, in Bundeswehr service since Afghanistan.',
    },
    links: [{ rel: 'made-by', to: 'krauss-maffei-wegmann' }, { rel: 'used-by', to: 'bundeswehr' }],
  },
  {
    id: 'fennek', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Spähwagen Fennek', en: 'Fennek reconnaissance vehicle' },
    aliases: ['Aufklärungsfahrzeug Fennek', 'Fennek-Spähwagen'],
    guarded: ['Fennek'],
    cues: ['spähwagen', 'aufklärung', 'reconnaissance', 'bundeswehr'],
    description: {
      de: 'Leichter gepanzerter Spähwagen der Bundeswehr und der niederländischen Armee, von Krauss-Maffei Wegmann gebaut.',
      en: 'Light armoured reconnaissance vehicle of the Bundeswehr and the Dutch army, built by Krauss-Maffei Wegmann.',
    },
    links: [{ rel: 'made-by', to: 'krauss-maffei-wegmann' }, { rel: 'used-by', to: 'bundeswehr' }],
  },
  {
    id: 'wiesel-vehicle', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Waffenträger Wiesel', en: 'Wiesel armoured weapons carrier' },
    aliases: ['Wiesel 1', 'Wiesel 2'],
    guarded: ['Wiesel'],
    cues: ['waffenträger', 'fallschirmjäger', 'luftlande', 'airborne'],
    description: {
      de: 'Leichtes, im Hubschrauber transportierbares Kettenfahrzeug der Luftlandetruppe der Bundeswehr.',
      en: 'Light tracked vehicle of the Bundeswehr\'s airborne troops that a helicopter can carry.',
    },
    links: [{ rel: 'made-by', to: 'germany' }],
  },
  {
    id: 'keiler', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Minenräumpanzer Keiler', en: 'Keiler mine-clearing vehicle' },
    aliases: ['Minenräumpanzer „Keiler“', 'Keiler-Minenräumpanzer'],
    // A keiler is a wild boar: road-accident reports put it next to "Fahrzeug", a cue of every
    // armoured vehicle, so the bare word counts only after one of the names above.
    shortForms: ['Keiler'],
    description: {
      de: 'Deutscher Minenräumpanzer auf dem Fahrgestell des M48, der mit Fräswalzen Gassen durch Minenfelder schlägt.',
      en: 'German mine-clearing tank on the M48 chassis that flails lanes through minefields.',
    },
    // No link to the Bundeswehr: boars roam its training grounds in the news too.
    links: [{ rel: 'made-by', to: 'germany' }],
  },
  {
    id: 'schakal', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Radschützenpanzer Schakal', en: 'Schakal wheeled infantry fighting vehicle' },
    aliases: ['Schützenpanzer Schakal', 'Boxer RCT30', 'RCT30'],
    guarded: ['Schakal'],
    cues: ['radschützenpanzer', 'schützenpanzer', 'boxer', 'puma', 'bundeswehr'],
    description: {
      de: 'Boxer-Radpanzer mit dem Turm des Schützenpanzers Puma, 2025 von Deutschland und den Niederlanden bestellt.',
      en: 'Boxer wheeled vehicle with the Puma infantry fighting vehicle\'s turret, ordered by Germany and the Netherlands in 2025.',
    },
    links: [{ rel: 'used-by', to: 'bundeswehr' }, { rel: 'related-to', to: 'boxer' }, { rel: 'related-to', to: 'puma' }],
  },
  {
    id: 'trml-4d', type: 'weapon', subtype: 'air-defence',
    names: { de: 'TRML-4D', en: 'TRML-4D' },
    aliases: ['TRML-4D-Radar', 'TRML-4D radar'],
    description: {
      de: 'Luftraumüberwachungsradar von Hensoldt, Teil der IRIS-T-SLM-Batterien und einzeln an die Ukraine geliefert.',
      en: 'Air-surveillance radar by Hensoldt, part of IRIS-T SLM batteries and also supplied to Ukraine on its own.',
    },
    links: [{ rel: 'made-by', to: 'hensoldt' }, { rel: 'related-to', to: 'iris-t-slm' }],
  },
  {
    id: 'sea-king', type: 'weapon', subtype: 'helicopter',
    names: { de: 'Sea King', en: 'Sea King' },
    aliases: ['Sea King Mk41', 'Westland Sea King'],
    guarded: ['Sea King'],
    description: {
      de: 'Britisch-amerikanischer Marinehubschrauber; Deutschland gab ausgemusterte Sea King Mk41 an die Ukraine ab.',
      en: 'British-American naval helicopter; Germany handed retired Sea King Mk41s to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }],
  },
  // ── Iranian and Palestinian systems ───────────────────────────────────────────
  {
    id: 'shahed-191', type: 'weapon', subtype: 'drone',
    names: { de: 'Shahed-191', en: 'Shahed-191' },
    aliases: ['Shahed 191', 'Schahed-191', 'Saegheh-2', 'Saeqeh-2'],
    description: {
      de: 'Iranische Tarnkappen-Kampfdrohne in Nurflügelform, nach dem Vorbild der 2011 erbeuteten amerikanischen RQ-170 gebaut.',
      en: 'Iranian flying-wing stealth combat drone, modelled on the US RQ-170 captured in 2011.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'irgc' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'm-75-rocket', type: 'weapon', subtype: 'missile',
    names: { de: 'M-75-Rakete', en: 'M-75 rocket' },
    aliases: ['M-75'],
    description: {
      de: 'Rakete der Kassam-Brigaden der Hamas mit rund 75 km Reichweite, die Tel Aviv erreicht; benannt nach dem getöteten Hamas-Gründer Ibrahim al-Makadma.',
      en: 'Rocket of Hamas\'s Qassam Brigades with a range of about 75 km, enough to reach Tel Aviv; named after the slain Hamas founder Ibrahim al-Maqadmeh.',
    },
    links: [{ rel: 'made-by', to: 'qassam-brigades' }, { rel: 'used-by', to: 'hamas' }],
  },
  {
    id: 'r-160-rocket', type: 'weapon', subtype: 'missile',
    names: { de: 'R-160-Rakete', en: 'R-160 rocket' },
    aliases: ['R-160', 'R160'],
    description: {
      de: 'Rakete der Kassam-Brigaden mit rund 160 km Reichweite, benannt nach dem getöteten Hamas-Führer Abdel Aziz al-Rantisi.',
      en: 'Qassam Brigades rocket with a range of about 160 km, named after the slain Hamas leader Abdel Aziz al-Rantisi.',
    },
    links: [{ rel: 'made-by', to: 'qassam-brigades' }, { rel: 'used-by', to: 'hamas' }],
  },
  {
    id: 'zouari-drone', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Zouari-Drohne', en: 'Zouari drone' },
    aliases: ['al-Zouari-Drohne', 'al-Zouari drone', 'Al-Zouari'],
    guarded: ['Zouari'],
    description: {
      de: 'Kamikazedrohne der Kassam-Brigaden, benannt nach dem 2016 in Tunesien getöteten Drohnenentwickler der Hamas, Mohamed Zouari.',
      en: 'Loitering munition of the Qassam Brigades, named after Hamas\'s drone developer Mohamed Zouari, killed in Tunisia in 2016.',
    },
    links: [{ rel: 'made-by', to: 'qassam-brigades' }, { rel: 'used-by', to: 'hamas' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'badr-3-rocket', type: 'weapon', subtype: 'missile',
    names: { de: 'Badr-3', en: 'Badr-3' },
    aliases: ['Badr-3-Rakete', 'Badr 3'],
    description: {
      de: 'Rakete des Palästinensischen Islamischen Dschihad mit schwerem Gefechtskopf, erstmals 2019 gegen Israel eingesetzt.',
      en: 'Palestinian Islamic Jihad rocket with a heavy warhead, first fired at Israel in 2019.',
    },
    links: [{ rel: 'used-by', to: 'palestinian-islamic-jihad' }],
  },
  // ── South Korea, Turkey, South Asia ──────────────────────────────────────────
  {
    id: 'hyunmoo-5', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hyunmoo-5', en: 'Hyunmoo-5' },
    aliases: ['Hyunmoo 5', 'Hyunmu-5'],
    description: {
      de: 'Südkoreanische ballistische Rakete mit einem Gefechtskopf von mehreren Tonnen, um unterirdische Bunker Nordkoreas zu zerstören; 2024 erstmals gezeigt.',
      en: 'South Korean ballistic missile with a warhead of several tonnes, meant to destroy North Korea\'s underground bunkers; first shown in 2024.',
    },
    links: [{ rel: 'made-by', to: 'south-korea' }, { rel: 'used-by', to: 'south-korean-armed-forces' }, { rel: 'instance-of', to: 'ballistic-missile' }],
  },
  {
    id: 'kf-21', type: 'weapon', subtype: 'aircraft',
    names: { de: 'KF-21 Boramae', en: 'KF-21 Boramae' },
    aliases: ['KF-21', 'Boramae'],
    description: {
      de: 'Südkoreanisches Kampfflugzeug von Korea Aerospace Industries, gemeinsam mit Indonesien entwickelt.',
      en: 'South Korean fighter jet by Korea Aerospace Industries, developed jointly with Indonesia.',
    },
    links: [{ rel: 'made-by', to: 'korea-aerospace-industries' }, { rel: 'used-by', to: 'south-korean-armed-forces' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'l-sam', type: 'weapon', subtype: 'air-defence',
    names: { de: 'L-SAM', en: 'L-SAM' },
    aliases: ['Long-range Surface-to-Air Missile'],
    description: {
      de: 'Südkoreanisches Raketenabwehrsystem für große Höhen, Teil der Abwehr gegen nordkoreanische ballistische Raketen.',
      en: 'South Korean high-altitude missile-defence system, part of the shield against North Korean ballistic missiles.',
    },
    links: [{ rel: 'made-by', to: 'south-korea' }, { rel: 'used-by', to: 'south-korean-armed-forces' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'cheongung', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Cheongung', en: 'Cheongung' },
    aliases: ['KM-SAM', 'M-SAM', 'Cheongung II', 'Cheongung-II'],
    description: {
      de: 'Südkoreanisches Flugabwehrsystem mittlerer Reichweite, auch an die Emirate, Saudi-Arabien und den Irak verkauft.',
      en: 'South Korean medium-range air-defence system, also sold to the UAE, Saudi Arabia and Iraq.',
    },
    links: [{ rel: 'made-by', to: 'south-korea' }, { rel: 'used-by', to: 'united-arab-emirates' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'kaan-fighter', type: 'weapon', subtype: 'aircraft',
    names: { de: 'KAAN-Kampfjet', en: 'KAAN fighter jet' },
    aliases: ['TF-X KAAN', 'TF-X'],
    acronyms: ['KAAN'],
    description: {
      de: 'Türkisches Tarnkappen-Kampfflugzeug der fünften Generation von Turkish Aerospace, 2024 erstmals geflogen.',
      en: 'Turkish fifth-generation stealth fighter by Turkish Aerospace, first flown in 2024.',
    },
    links: [{ rel: 'made-by', to: 'turkish-aerospace' }, { rel: 'used-by', to: 'turkey' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'tayfun-missile', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Tayfun-Rakete', en: 'Tayfun missile' },
    aliases: ['Tayfun Block 4', 'Tayfun-Block-4'],
    guarded: ['Tayfun'],
    cues: ['roketsan'],
    description: {
      de: 'Türkische ballistische Kurzstreckenrakete von Roketsan, die größte Rakete des Landes.',
      en: 'Turkish short-range ballistic missile by Roketsan, the country\'s largest missile.',
    },
    links: [{ rel: 'made-by', to: 'roketsan' }, { rel: 'used-by', to: 'turkey' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' }],
  },
  {
    id: 'akash-missile', type: 'weapon', subtype: 'air-defence',
    // Not the bare "Akash": a common Indian given name.
    names: { de: 'Akash-Flugabwehrsystem', en: 'Akash missile system' },
    aliases: ['Akash missile', 'Akash air defence system', 'Akash air defense system', 'Akash-Flugabwehrrakete'],
    description: {
      de: 'Indisches Flugabwehrraketensystem mittlerer Reichweite, im Konflikt mit Pakistan im Mai 2025 gegen Drohnen eingesetzt.',
      en: 'Indian medium-range surface-to-air missile system, used against drones in the May 2025 conflict with Pakistan.',
    },
    links: [{ rel: 'made-by', to: 'india' }, { rel: 'used-by', to: 'india' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'babur-missile', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Babur-Marschflugkörper', en: 'Babur cruise missile' },
    aliases: ['Babur-1B', 'Hatf-VII'],
    guarded: ['Babur'],
    description: {
      de: 'Pakistanischer Marschflugkörper, der auch atomar bestückt werden kann.',
      en: 'Pakistani cruise missile that can also carry a nuclear warhead.',
    },
    links: [{ rel: 'made-by', to: 'pakistan' }, { rel: 'used-by', to: 'pakistan' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'shaheen-iii', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Shaheen-III', en: 'Shaheen-III' },
    aliases: ['Shaheen-3', 'Shaheen III', 'Shaheen 3'],
    description: {
      de: 'Pakistanische atomwaffenfähige Mittelstreckenrakete mit rund 2750 km Reichweite.',
      en: 'Pakistani nuclear-capable medium-range ballistic missile with a range of about 2,750 km.',
    },
    links: [{ rel: 'made-by', to: 'pakistan' }, { rel: 'used-by', to: 'pakistan' }, { rel: 'instance-of', to: 'intermediate-range-missile' }],
  },
  {
    id: 'fatah-rocket-pakistan', type: 'weapon', subtype: 'rocket-artillery',
    // The numbered forms, so that "Fatah-II" is not read as the Palestinian party.
    names: { de: 'Fatah-II', en: 'Fatah-II' },
    aliases: ['Fatah-I', 'Fatah II', 'Fatah-2', 'Fatah-1'],
    description: {
      de: 'Pakistanisches System gelenkter Artillerieraketen großer Reichweite, im Konflikt mit Indien im Mai 2025 eingesetzt.',
      en: 'Pakistani long-range guided artillery rocket system, used in the May 2025 conflict with India.',
    },
    links: [{ rel: 'made-by', to: 'pakistan' }, { rel: 'used-by', to: 'pakistan' }, { rel: 'instance-of', to: 'multiple-rocket-launcher' }],
  },
  // ── Soviet-era systems still in the news ─────────────────────────────────────
  {
    id: '9k33-osa', type: 'weapon', subtype: 'air-defence',
    names: { de: '9K33 Osa', en: '9K33 Osa', ru: '9К33 «Оса»' },
    aliases: ['Osa-AKM', 'Osa-AK', 'SA-8 Gecko', 'SA-8'],
    guarded: ['Osa'],
    description: {
      de: 'Sowjetisches mobiles Kurzstrecken-Flugabwehrsystem auf einem Schwimmfahrzeug, im Krieg von Russland und der Ukraine eingesetzt.',
      en: 'Soviet mobile short-range air-defence system on an amphibious vehicle, used by both Russia and Ukraine in the war.',
    },
    links: [{ rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    // Listed so that "Osa-II" and "Osa class" go to the boats, not to the Osa air-defence system.
    id: 'osa-class-missile-boat', type: 'weapon', subtype: 'ship',
    names: { de: 'Flugkörperschnellboot der Osa-Klasse', en: 'Osa-class missile boat' },
    aliases: ['Osa-Klasse', 'Osa class', 'Osa-class', 'Osa-II', 'Osa-I', 'Osa II', 'Osa-II-Klasse', 'Osa II class', 'Osa-II class'],
    description: {
      de: 'Sowjetische Klasse kleiner Raketenschnellboote mit Styx-Seezielflugkörpern, in vielen Marinen des Nahen Ostens im Dienst, etwa der früheren syrischen.',
      en: 'Soviet class of small missile boats armed with Styx anti-ship missiles, in service with many Middle Eastern navies such as the former Syrian one.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'related-to', to: 'p-15-termit' }],
  },
  {
    id: 'p-15-termit', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'P-15 Termit', en: 'P-15 Termit' },
    aliases: ['SS-N-2 Styx', 'Styx-Rakete', 'Styx missile', 'Styx anti-ship missile'],
    // Also the rock band: the bare word counts only after a name above.
    shortForms: ['Styx'],
    description: {
      de: 'Sowjetischer Seezielflugkörper aus den 1950er Jahren, der 1967 den israelischen Zerstörer Eilat versenkte; noch in Arsenalen wie dem der früheren syrischen Marine.',
      en: 'Soviet anti-ship missile from the 1950s that sank the Israeli destroyer Eilat in 1967; still found in arsenals such as the former Syrian navy\'s.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'instance-of', to: 'anti-ship-missile' }],
  },
  {
    id: '2k22-tunguska', type: 'weapon', subtype: 'air-defence',
    names: { de: '2K22 Tunguska', en: '2K22 Tunguska', ru: '2К22 «Тунгуска»' },
    aliases: ['Tunguska-M1', 'SA-19 Grison'],
    guarded: ['Tunguska'],
    description: {
      de: 'Sowjetischer Flugabwehrkanonen- und Raketenpanzer auf Kettenfahrgestell, von der russischen Armee weiter eingesetzt.',
      en: 'Soviet tracked anti-aircraft gun and missile vehicle, still used by the Russian army.',
    },
    links: [{ rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: '2k12-kub', type: 'weapon', subtype: 'air-defence',
    names: { de: '2K12 Kub', en: '2K12 Kub', ru: '2К12 «Куб»' },
    aliases: ['2K12 Kvadrat', 'SA-6 Gainful', 'SA-6'],
    description: {
      de: 'Sowjetisches mobiles Flugabwehrraketensystem mittlerer Reichweite, noch bei der ukrainischen Armee im Einsatz.',
      en: 'Soviet mobile medium-range surface-to-air missile system, still in service with Ukraine\'s army.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'l-39-albatros', type: 'weapon', subtype: 'aircraft',
    names: { de: 'L-39 Albatros', en: 'L-39 Albatros' },
    aliases: ['L-39', 'L-39C', 'L-39M1', 'Aero L-39', 'L-39 Albatross'],
    description: {
      de: 'Tschechoslowakischer Strahltrainer, mit dem die ukrainische Luftwaffe auch Shahed-Drohnen jagt.',
      en: 'Czechoslovak jet trainer that Ukraine\'s air force also uses to hunt Shahed drones.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-air-force' }],
  },
  {
    id: 'yak-52', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Jak-52', en: 'Yak-52' },
    aliases: ['Yak-52', 'Jak 52', 'Yakovlev Yak-52'],
    description: {
      de: 'Sowjetisches Propeller-Schulflugzeug, aus dem ukrainische Besatzungen russische Aufklärungsdrohnen mit Gewehren abschießen.',
      en: 'Soviet piston trainer from which Ukrainian crews shoot down Russian reconnaissance drones with rifles.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-air-force' }],
  },
  {
    id: 'aspide-missile', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Aspide-Flugabwehrrakete', en: 'Aspide missile' },
    aliases: ['Aspide 2000', 'Skyguard-Aspide', 'Spada-Aspide'],
    guarded: ['Aspide'],
    description: {
      de: 'Italienische Flugabwehrrakete, von der Sparrow abgeleitet; Spanien gab Aspide-Startgeräte an die Ukraine ab.',
      en: 'Italian air-defence missile derived from the Sparrow; Spain handed Aspide launchers to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'stormer-hvm', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Stormer HVM', en: 'Stormer HVM' },
    aliases: ['Stormer-Flugabwehrpanzer'],
    description: {
      de: 'Britisches Kettenfahrzeug mit Starstreak-Flugabwehrraketen, von Großbritannien an die Ukraine geliefert.',
      en: 'British tracked vehicle carrying Starstreak air-defence missiles, supplied by Britain to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'related-to', to: 'starstreak' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'vab-apc', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Transportpanzer VAB', en: 'VAB armoured personnel carrier' },
    aliases: ['VAB-Transportpanzer', "Véhicule de l'avant blindé"],
    acronyms: ['VAB'],
    description: {
      de: 'Französischer Radtransportpanzer, von Frankreich an die Ukraine abgegeben.',
      en: 'French wheeled armoured personnel carrier, handed by France to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'france' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'avenger-air-defence', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Avenger-Flugabwehrsystem', en: 'Avenger air defense system' },
    // Not the bare "Avenger": "Avengers" film pages would meet a cue like "system" too often.
    aliases: ['AN/TWQ-1 Avenger', 'AN/TWQ-1', 'Avenger air defence system', 'Avenger-System', 'Avenger system'],
    description: {
      de: 'Amerikanisches Kurzstrecken-Flugabwehrsystem mit Stinger-Raketen auf einem Humvee, auch an die Ukraine geliefert.',
      en: 'US short-range air-defence system with Stinger missiles on a Humvee, also supplied to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'related-to', to: 'stinger' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  // ── Arms makers ───────────────────────────────────────────────────────────────
  {
    id: 'wild-hornets', type: 'organization', subtype: 'company',
    names: { de: 'Wild Hornets', en: 'Wild Hornets' },
    // The German rendering is also plain words (a nature story's hornets).
    guarded: ['Wilde Hornissen'],
    cues: ['drohne', 'drone', 'abfang', 'interceptor', 'ukrain', 'einheit', 'freiwillig', 'sting'],
    description: {
      de: 'Ukrainischer Drohnenentwickler aus Freiwilligen, der unter anderem die Abfangdrohne Sting gegen russische Shahed-Drohnen baut.',
      en: 'Ukrainian volunteer drone developer that builds, among others, the Sting interceptor drone against Russian Shahed drones.',
    },
    links: [{ rel: 'part-of', to: 'ukraine' }, { rel: 'related-to', to: 'sting-interceptor' }],
  },
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
