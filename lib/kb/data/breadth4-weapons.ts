// Fourth breadth round: entities met in the German and English press on weapons systems, their makers and the units that use them.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── Russia: electronic warfare ────────────────────────────────────────────────
  {
    id: 'pole-21', type: 'weapon',
    names: { de: 'Pole-21', en: 'Pole-21', ru: 'Поле-21' },
    aliases: ['Pole 21', 'Polje-21', 'Polje 21'],
    description: {
      de: 'Russisches Störsystem der elektronischen Kampfführung, das Satellitennavigation (GPS, Glonass) in einem weiten Umkreis stört, um Drohnen und Marschflugkörper abzulenken.',
      en: 'Russian electronic warfare system that jams satellite navigation (GPS, Glonass) over a wide area to throw drones and cruise missiles off course.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'zhitel', type: 'weapon',
    names: { de: 'Schitel', en: 'Zhitel', ru: 'Житель' },
    aliases: ['R-330Zh', 'R-330Zh Zhitel', 'R-330ZH', 'Zhitel jammer'],
    description: {
      de: 'Russisches Störsystem R-330Zh gegen Satellitentelefone, GPS und Mobilfunk, seit 2014 im Donbass und im Krieg gegen die Ukraine eingesetzt.',
      en: 'Russian R-330Zh jamming system against satellite phones, GPS and mobile networks, used in the Donbas since 2014 and in the war on Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'leer-3', type: 'weapon',
    names: { de: 'Leer-3', en: 'Leer-3', ru: 'Леер-3' },
    aliases: ['RB-341V', 'RB-341V Leer-3', 'Ljeer-3'],
    description: {
      de: 'Russisches System der elektronischen Kampfführung aus Orlan-10-Drohnen mit Störsendern, das Mobilfunknetze stört und Kurznachrichten an Soldaten sendet.',
      en: 'Russian electronic warfare system of jammer-carrying Orlan-10 drones that disrupts mobile networks and sends text messages to soldiers.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'borisoglebsk-2', type: 'weapon',
    names: { de: 'Borissoglebsk-2', en: 'Borisoglebsk-2', ru: 'Борисоглебск-2' },
    aliases: ['RB-301B', 'RB-301B Borisoglebsk-2', 'Borisoglebsk 2'],
    description: {
      de: 'Russisches gepanzertes Funkstörsystem auf Kettenfahrzeugen gegen taktischen Funkverkehr und Drohnensteuerung.',
      en: 'Russian armoured radio-jamming system on tracked vehicles against tactical radio traffic and drone control links.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'murmansk-bn', type: 'weapon',
    names: { de: 'Murmansk-BN', en: 'Murmansk-BN', ru: 'Мурманск-БН' },
    aliases: ['Murmansk BN'],
    description: {
      de: 'Russisches Kurzwellen-Störsystem großer Reichweite mit riesigen Antennenmasten, zur Störung militärischer Kommunikation über Tausende Kilometer.',
      en: 'Russian long-range shortwave jamming system with huge antenna masts, built to disrupt military communications over thousands of kilometres.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  // ── Russia: missiles, glide bombs, naval weapons and helicopters ───────────────
  {
    id: 'kh-58', type: 'weapon', subtype: 'missile',
    names: { de: 'Ch-58', en: 'Kh-58', ru: 'Х-58' },
    aliases: ['Kh-58U', 'Ch-58U', 'Kh-58UShK', 'Kh-58UShKE', 'Ch-58UShK', 'Ch 58', 'Kh 58', 'Kh-58 missile', 'Ch-58-Rakete'],
    description: {
      de: 'Russische luftgestützte Antiradarrakete gegen Radare der Luftabwehr, von russischen Kampfjets gegen die Ukraine eingesetzt.',
      en: 'Russian air-launched anti-radiation missile aimed at air defence radars, fired at Ukraine from Russian jets.',
    },
    links: [{ rel: 'made-by', to: 'tactical-missiles-corporation' }, { rel: 'used-by', to: 'russian-aerospace-forces' }],
  },
  {
    id: 'umpb-d-30sn', type: 'weapon', subtype: 'missile',
    names: { de: 'UMPB D-30SN', en: 'UMPB D-30SN', ru: 'УМПБ Д-30СН' },
    aliases: ['UMPB D-30', 'D-30SN'],
    description: {
      de: 'Russische satellitengelenkte Gleitmunition, die aus Flugzeugen abgeworfen oder mit Raketenmotor vom Boden aus gestartet wird; seit 2024 gegen ukrainische Städte eingesetzt.',
      en: 'Russian satellite-guided glide munition, dropped from aircraft or fired from the ground with a rocket motor; used against Ukrainian cities since 2024.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'glide-bomb' }],
  },
  {
    id: 'shtil-1', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Schtil-1', en: 'Shtil-1', ru: 'Штиль-1' },
    aliases: ['Shtil 1', 'Schtil 1'],
    description: {
      de: 'Russisches schiffsgestütztes Flugabwehrraketensystem mittlerer Reichweite, Marineversion des Buk, unter anderem auf den Fregatten der Admiral-Grigorowitsch-Klasse.',
      en: 'Russian ship-based medium-range surface-to-air missile system, the naval version of the Buk, fitted among others to the Admiral Grigorovich-class frigates.',
    },
    links: [{ rel: 'made-by', to: 'almaz-antey' }, { rel: 'used-by', to: 'russian-navy' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'a-190', type: 'weapon', subtype: 'artillery',
    names: { de: 'A-190', en: 'A-190', ru: 'А-190' },
    aliases: ['A-190-01', 'A-190E', 'A-190M', 'A-190 naval gun', 'A-190-Schiffsgeschütz'],
    description: {
      de: 'Russisches 100-Millimeter-Schiffsgeschütz auf Fregatten, Korvetten und kleinen Raketenschiffen der russischen Marine.',
      en: 'Russian 100-millimetre naval gun on frigates, corvettes and small missile ships of the Russian navy.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'ka-27', type: 'weapon', subtype: 'helicopter',
    names: { de: 'Ka-27', en: 'Ka-27', ru: 'Ка-27' },
    aliases: ['Kamow Ka-27', 'Kamov Ka-27', 'Ka-27PL', 'Ka-27PS', 'Ka-27M', 'Ka 27'],
    description: {
      de: 'Sowjetisch-russischer Bordhubschrauber mit Koaxialrotor zur U-Boot-Jagd und Seenotrettung, auf Kriegsschiffen der russischen Marine.',
      en: 'Soviet-Russian coaxial-rotor shipborne helicopter for anti-submarine warfare and search and rescue, carried by Russian navy warships.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'ka-29', type: 'weapon', subtype: 'helicopter',
    names: { de: 'Ka-29', en: 'Ka-29', ru: 'Ка-29' },
    aliases: ['Kamow Ka-29', 'Kamov Ka-29', 'Ka 29'],
    description: {
      de: 'Russischer Transport- und Kampfhubschrauber der Marineinfanterie, vom Ka-27 abgeleitet; unter anderem bei der Schwarzmeerflotte im Einsatz.',
      en: 'Russian naval infantry transport and assault helicopter derived from the Ka-27; flown among others by the Black Sea Fleet.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-navy' }, { rel: 'variant-of', to: 'ka-27' }],
  },
  {
    id: 'ka-31', type: 'weapon', subtype: 'helicopter',
    names: { de: 'Ka-31', en: 'Ka-31', ru: 'Ка-31' },
    aliases: ['Kamow Ka-31', 'Kamov Ka-31', 'Ka 31'],
    description: {
      de: 'Russischer Radarfrühwarnhubschrauber auf Basis des Ka-27 mit ausklappbarer Radarantenne unter dem Rumpf.',
      en: 'Russian airborne early-warning helicopter based on the Ka-27, with a fold-out radar antenna under the fuselage.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-navy' }, { rel: 'variant-of', to: 'ka-27' }],
  },
  // ── Soviet reconnaissance drones used as strike weapons ───────────────────────
  {
    id: 'tu-141-strizh', type: 'weapon', subtype: 'drone',
    names: { de: 'Tu-141 Strisch', en: 'Tu-141 Strizh', ru: 'Ту-141 «Стриж»', uk: 'Ту-141 «Стриж»' },
    aliases: ['Tu-141', 'Tu 141', 'Tu-141 Strizh', 'Tu-141 Strisch', 'Tu-141 Stritsch'],
    guarded: ['Strizh', 'Strisch'],
    cues: ['drohne', 'drone', 'aufklärung', 'reconnaissance', 'tupolew', 'tupolev', 'ukrain', 'uav'],
    description: {
      de: 'Sowjetische strahlgetriebene Aufklärungsdrohne, von der Ukraine zur Angriffsdrohne gegen Ziele in Russland umgebaut.',
      en: 'Soviet jet-powered reconnaissance drone that Ukraine converted into an attack drone against targets in Russia.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'tu-143-reys', type: 'weapon', subtype: 'drone',
    names: { de: 'Tu-143 Reys', en: 'Tu-143 Reys', ru: 'Ту-143 «Рейс»', uk: 'Ту-143 «Рейс»' },
    aliases: ['Tu-143', 'Tu 143', 'Tu-143 Reys', 'Tu-143 Rejs'],
    description: {
      de: 'Sowjetische strahlgetriebene Aufklärungsdrohne, kleinerer Vorläufer der Tu-141, von der Ukraine im Krieg ebenfalls eingesetzt.',
      en: 'Soviet jet-powered reconnaissance drone, smaller predecessor of the Tu-141, also used by Ukraine in the war.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'aeroprakt-a-22', type: 'weapon', subtype: 'drone',
    names: { de: 'Aeroprakt A-22', en: 'Aeroprakt A-22' },
    aliases: ['Aeroprakt A22', 'A-22 Foxbat', 'Aeroprakt Foxbat', 'A-22-Drohne', 'A-22 drone'],
    description: {
      de: 'Ukrainisches Ultraleichtflugzeug, das die Ukraine ferngesteuert als Langstrecken-Angriffsdrohne gegen Ziele in Russland einsetzt.',
      en: 'Ukrainian ultralight sport plane that Ukraine flies by remote control as a long-range attack drone against targets in Russia.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  // ── Middle East ──────────────────────────────────────────────────────────────
  {
    id: 'burkan-rocket', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'Burkan-Rakete', en: 'Burkan rocket', ar: 'بركان' },
    aliases: ['Burkan-Raketen', 'Borkan rocket'],
    guarded: ['Burkan', 'Borkan'],
    cues: ['hisbollah', 'hezbollah', 'hizbullah', 'hizballah', 'rakete', 'rocket', 'vulkan', 'volcano', 'sprengkopf', 'warhead', 'schwer', 'heavy'],
    description: {
      de: 'Schwere Kurzstreckenrakete der Hisbollah mit großem Sprengkopf von einigen hundert Kilogramm und etwa zehn Kilometern Reichweite, seit 2023 gegen israelische Stellungen abgefeuert.',
      en: 'Hezbollah heavy short-range rocket with a warhead of several hundred kilograms and a range of about ten kilometres, fired at Israeli positions since 2023.',
    },
    links: [{ rel: 'made-by', to: 'hezbollah' }, { rel: 'used-by', to: 'hezbollah' }, { rel: 'related-to', to: 'falaq' }],
  },
  {
    id: 'meraj-532', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Meraj-532', en: 'Meraj-532' },
    aliases: ['Meraj 532', 'Mehraj-532', 'Miraj-532'],
    description: {
      de: 'Iranische Kamikazedrohne mit Propellerantrieb, 2022 vorgestellt.',
      en: 'Iranian propeller-driven kamikaze drone, presented in 2022.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'iranian-armed-forces' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'rocks-missile', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Rocks-Rakete', en: 'Rocks missile' },
    aliases: ['Rafael Rocks', 'Rocks-Flugkörper'],
    guarded: ['Rocks'],
    cues: ['rafael', 'rakete', 'missile', 'luftgestützt', 'air-launched', 'ballistisch', 'ballistic', 'flugkörper', 'kampfjet', 'fighter jet'],
    description: {
      de: 'Israelische luftgestützte ballistische Rakete von Rafael für Ziele in großer Entfernung, nach Berichten 2024 gegen Iran eingesetzt.',
      en: 'Israeli air-launched ballistic missile by Rafael for distant targets, reportedly used against Iran in 2024.',
    },
    links: [{ rel: 'made-by', to: 'rafael' }, { rel: 'used-by', to: 'israeli-air-force' }, { rel: 'instance-of', to: 'ballistic-missile' }],
  },
  {
    id: 'elta-systems', type: 'organization', subtype: 'company',
    names: { de: 'Elta Systems', en: 'Elta Systems', he: 'אלתא' },
    aliases: ['ELTA Systems', 'IAI Elta', 'IAI ELTA'],
    guarded: ['Elta', 'ELTA'],
    cues: ['radar', 'iai', 'israel aerospace', 'tochter', 'subsidiary', 'rüstungs', 'arms maker'],
    description: {
      de: 'Israelischer Radar- und Elektronikhersteller, Tochter von Israel Aerospace Industries; baut unter anderem die Radare von Arrow und Iron Dome.',
      en: 'Israeli radar and electronics maker, a subsidiary of Israel Aerospace Industries; builds among others the radars of Arrow and Iron Dome.',
    },
    links: [{ rel: 'part-of', to: 'israel-aerospace-industries' }, { rel: 'related-to', to: 'iron-dome' }],
  },
  {
    id: 'imi-systems', type: 'organization', subtype: 'company',
    names: { de: 'IMI Systems', en: 'IMI Systems' },
    aliases: ['Israel Military Industries', 'Israeli Military Industries', 'Elbit Systems Land IMI', 'Elbit IMI'],
    acronyms: ['IMI'],
    description: {
      de: 'Israelischer Hersteller von Munition, Raketen und Panzerschutz (früher Israel Military Industries), seit 2018 Teil von Elbit Systems.',
      en: 'Israeli maker of ammunition, rockets and armour protection (formerly Israel Military Industries), part of Elbit Systems since 2018.',
    },
    links: [{ rel: 'part-of', to: 'elbit-systems' }],
  },
  // ── Europe: makers, managers, systems and units ────────────────────────────────
  {
    id: 'helmut-rauch', type: 'person', subtype: 'businessman',
    names: { de: 'Helmut Rauch', en: 'Helmut Rauch' },
    description: {
      de: 'Chef von Diehl Defence, dem Hersteller des Luftverteidigungssystems IRIS-T.',
      en: 'Head of Diehl Defence, the maker of the IRIS-T air defence system.',
    },
    roles: [{ title: { de: 'Vorsitzender der Geschäftsführung', en: 'Chief executive' }, of: 'diehl-defence' }],
    links: [{ rel: 'leads', to: 'diehl-defence' }, { rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'michael-schoellhorn', type: 'person', subtype: 'businessman',
    names: { de: 'Michael Schöllhorn', en: 'Michael Schöllhorn' },
    aliases: ['Mike Schöllhorn', 'Michael Schoellhorn', 'Mike Schoellhorn'],
    description: {
      de: 'Chef von Airbus Defence and Space, der Rüstungssparte von Airbus (Eurofighter, FCAS, Drohnen).',
      en: 'Head of Airbus Defence and Space, the defence division of Airbus (Eurofighter, FCAS, drones).',
    },
    roles: [{ title: { de: 'Vorstandsvorsitzender', en: 'Chief executive' }, of: 'airbus-defence-and-space' }],
    links: [{ rel: 'leads', to: 'airbus-defence-and-space' }, { rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'arexis', type: 'weapon',
    names: { de: 'Arexis', en: 'Arexis' },
    aliases: ['Saab Arexis', 'Arexis-Sensorsystem', 'Arexis EW suite'],
    description: {
      de: 'Schwedisches System der elektronischen Kampfführung von Saab für Kampfjets; wird in deutsche Eurofighter für die Bekämpfung gegnerischer Luftabwehr eingebaut.',
      en: 'Swedish electronic warfare suite by Saab for fighter jets; being fitted to German Eurofighters for suppressing enemy air defences.',
    },
    links: [{ rel: 'made-by', to: 'saab' }, { rel: 'related-to', to: 'eurofighter-typhoon' }],
  },
  {
    id: 'iris-t-slx', type: 'weapon', subtype: 'air-defence',
    names: { de: 'IRIS-T SLX', en: 'IRIS-T SLX' },
    aliases: ['Iris-T SLX', 'IRIS-T-SLX'],
    description: {
      de: 'Geplante Langstreckenversion des Luftverteidigungssystems IRIS-T von Diehl Defence mit einer Reichweite von rund 80 Kilometern.',
      en: 'Planned long-range version of the IRIS-T air defence system by Diehl Defence, with a range of about 80 kilometres.',
    },
    links: [{ rel: 'made-by', to: 'diehl-defence' }, { rel: 'variant-of', to: 'iris-t-slm' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'milanion-group', type: 'organization', subtype: 'company',
    names: { de: 'Milanion Group', en: 'Milanion Group' },
    aliases: ['Milanion'],
    description: {
      de: 'Britisches Rüstungsunternehmen, das 2025 auf der Messe IDEX in Abu Dhabi einen Marschflugkörper FP-5 zeigte, der dem ukrainischen Flamingo gleicht.',
      en: 'British defence company that showed an FP-5 cruise missile at the 2025 IDEX fair in Abu Dhabi, resembling Ukraine’s Flamingo.',
    },
    links: [{ rel: 'related-to', to: 'flamingo' }, { rel: 'related-to', to: 'fire-point' }],
  },
  {
    id: 'novator-design-bureau', type: 'organization', subtype: 'company',
    names: { de: 'Konstruktionsbüro Nowator', en: 'Novator Design Bureau', ru: 'ОКБ «Новатор»' },
    aliases: ['OKB Novator', 'Novator Experimental Design Bureau', 'Experimental Design Bureau Novator', 'Nowator-Konstruktionsbüro', 'OKB Nowator'],
    guarded: ['Novator', 'Nowator'],
    cues: ['kalibr', 'almas', 'almaz', 'jekaterinburg', 'yekaterinburg', 'konstruktionsbüro', 'design bureau', '9m729'],
    description: {
      de: 'Russisches Raketen-Konstruktionsbüro in Jekaterinburg im Konzern Almas-Antei; entwickelte den Marschflugkörper Kalibr und die landgestützte 9M729.',
      en: 'Russian missile design bureau in Yekaterinburg within Almaz-Antey; developed the Kalibr cruise missile and the ground-launched 9M729.',
    },
    links: [{ rel: 'part-of', to: 'almaz-antey' }, { rel: 'related-to', to: 'kalibr' }],
  },
  {
    id: 'titan-barrikady', type: 'organization', subtype: 'company',
    names: { de: 'Titan-Barrikady', en: 'Titan-Barrikady', ru: 'Титан-Баррикады' },
    aliases: ['Titan-Barrikadi', 'Titan Barrikady', 'Titan-Barricades', 'Titan Barricades'],
    description: {
      de: 'Russischer Rüstungsbetrieb in Wolgograd, der Startfahrzeuge für Raketensysteme wie Iskander baut; von den USA mit Sanktionen belegt.',
      en: 'Russian defence plant in Volgograd building launch vehicles for missile systems such as the Iskander; under US sanctions.',
    },
    links: [{ rel: 'related-to', to: 'iskander' }],
  },
  {
    id: 'sevmorzavod', type: 'organization', subtype: 'company',
    names: { de: 'Sewmorsawod', en: 'Sevmorzavod', ru: 'Севморзавод' },
    aliases: ['Sevastopol Marine Plant', 'Sevastopol Shipyard', 'Sewastopoler Marinewerft', 'Sevmorzavod shipyard'],
    description: {
      de: 'Schiffswerft in Sewastopol auf der besetzten Krim, die Schiffe der russischen Schwarzmeerflotte repariert; 2023 von ukrainischen Marschflugkörpern getroffen.',
      en: 'Shipyard in Sevastopol in occupied Crimea that repairs ships of Russia’s Black Sea Fleet; hit by Ukrainian cruise missiles in 2023.',
    },
    links: [{ rel: 'related-to', to: 'black-sea-fleet' }],
  },
  {
    id: '43rd-artillery-brigade', type: 'organization', subtype: 'armed-forces',
    names: { de: '43. Artilleriebrigade', en: '43rd Artillery Brigade', uk: '43-тя окрема артилерійська бригада' },
    aliases: ['43rd Separate Artillery Brigade', '43. selbstständige Artilleriebrigade', '43. Separate Artilleriebrigade', '43rd artillery brigade'],
    description: {
      de: 'Artilleriebrigade der ukrainischen Landstreitkräfte, unter anderem mit der deutschen Panzerhaubitze 2000 ausgerüstet.',
      en: 'Artillery brigade of the Ukrainian Ground Forces, equipped among others with the German PzH 2000 self-propelled howitzer.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-ground-forces' }, { rel: 'related-to', to: 'pzh-2000' }],
  },
  // ── North Korea, Turkey ───────────────────────────────────────────────────────
  {
    id: 'chonma-20', type: 'weapon', subtype: 'tank',
    names: { de: 'Chonma-20', en: 'Chonma-20', ko: '천마-20' },
    aliases: ['Cheonma-20', 'Chŏnma-20', 'Chonma 20', 'Cheonma 20', 'Chonma-20 tank'],
    description: {
      de: 'Neuer nordkoreanischer Kampfpanzer, bei der Parade zum 80. Jahrestag der Arbeiterpartei im Oktober 2025 unter diesem Namen gezeigt.',
      en: 'New North Korean main battle tank, shown under this name at the parade for the Workers’ Party’s 80th anniversary in October 2025.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 'kizilelma', type: 'weapon', subtype: 'drone',
    names: { de: 'Kızılelma', en: 'Kızılelma' },
    aliases: ['Kizilelma', 'Bayraktar Kızılelma', 'Bayraktar Kizilelma'],
    description: {
      de: 'Türkische strahlgetriebene unbemannte Kampfflugzeug-Drohne von Baykar.',
      en: 'Turkish jet-powered unmanned combat aircraft by Baykar.',
    },
    links: [{ rel: 'made-by', to: 'baykar' }, { rel: 'made-by', to: 'turkey' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'hisar', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Hisar-Flugabwehrsystem', en: 'Hisar air defence system' },
    aliases: ['Hisar-A', 'Hisar-O', 'Hisar-U', 'Hisar A', 'Hisar O', 'Hisar-A+', 'Hisar-O+'],
    guarded: ['Hisar'],
    cues: ['flugabwehrsystem', 'air defence system', 'air defense system', 'aselsan', 'roketsan', 'siper', 'stahlkuppel', 'steel dome'],
    description: {
      de: 'Türkische Flugabwehrraketensysteme kurzer und mittlerer Reichweite von Aselsan und Roketsan, Teil der türkischen „Stahlkuppel“.',
      en: 'Turkish short- and medium-range surface-to-air missile systems by Aselsan and Roketsan, part of Turkey’s “Steel Dome”.',
    },
    links: [{ rel: 'made-by', to: 'aselsan' }, { rel: 'made-by', to: 'roketsan' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'siper', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Siper-Flugabwehrsystem', en: 'Siper air defence system' },
    aliases: ['Siper Blok 1', 'Siper Block 1', 'Siper-2'],
    guarded: ['Siper'],
    cues: ['flugabwehrsystem', 'air defence system', 'air defense system', 'aselsan', 'roketsan', 'hisar', 'stahlkuppel', 'steel dome'],
    description: {
      de: 'Türkisches Flugabwehrraketensystem großer Reichweite von Aselsan und Roketsan, Teil der türkischen „Stahlkuppel“.',
      en: 'Turkish long-range surface-to-air missile system by Aselsan and Roketsan, part of Turkey’s “Steel Dome”.',
    },
    links: [{ rel: 'made-by', to: 'aselsan' }, { rel: 'made-by', to: 'roketsan' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  // ── Analysts and outlets on the weapons beat ───────────────────────────────────
  {
    id: 'samuel-bendett', type: 'person', subtype: 'official',
    names: { de: 'Samuel Bendett', en: 'Samuel Bendett' },
    aliases: ['Sam Bendett'],
    description: {
      de: 'US-amerikanischer Analyst für russische Militärtechnik, Drohnen und Robotik bei CNA und am Center for a New American Security.',
      en: 'US analyst of Russian military technology, drones and robotics at CNA and the Center for a New American Security.',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'member-of', to: 'cnas' }],
  },
  {
    id: 'business-insider', type: 'organization', subtype: 'news-agency',
    names: { de: 'Business Insider', en: 'Business Insider' },
    aliases: ['Business Insider Deutschland'],
    description: {
      de: 'US-amerikanisches Online-Nachrichtenportal für Wirtschaft und Politik, das ausführlich über Waffensysteme berichtet.',
      en: 'US online news outlet on business and politics that reports widely on weapons systems.',
    },
  },
  // ── Second batch: decoys, newer Russian cruise missiles, naval Iron Dome, makers ──
  {
    id: 'parodiya', type: 'weapon', subtype: 'drone',
    names: { de: 'Parodija', en: 'Parodiya', ru: 'Пародия' },
    aliases: ['Parodiya drone', 'Parodija-Drohne', 'Parodiya decoy'],
    guarded: ['Parody'],
    cues: ['köder', 'decoy', 'attrappe', 'gerbera', 'shahed', 'geran'],
    description: {
      de: 'Russische billige Köderdrohne, die der Shahed/Geran-2 nachgebildet ist und die ukrainische Flugabwehr überlasten soll.',
      en: 'Russian cheap decoy drone shaped like the Shahed/Geran-2, meant to saturate Ukrainian air defences.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'related-to', to: 'gerbera' }],
  },
  {
    id: 'kh-bd', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ch-BD', en: 'Kh-BD', ru: 'Х-БД' },
    aliases: ['X-BD', 'Kh-BD missile', 'Ch-BD-Marschflugkörper'],
    description: {
      de: 'Neuer russischer luftgestützter Marschflugkörper sehr großer Reichweite (nach russischen Angaben über 6500 km) für die strategischen Bomber Tu-160 und Tu-95MS.',
      en: 'New Russian very-long-range air-launched cruise missile (over 6,500 km by Russian accounts) for the Tu-160 and Tu-95MS strategic bombers.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-aerospace-forces' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'kh-50', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ch-50', en: 'Kh-50', ru: 'Х-50' },
    aliases: ['Kh-SD', 'Ch-SD', 'Kh-50 missile', 'Ch-50-Marschflugkörper', 'Kh 50', 'Ch 50'],
    description: {
      de: 'Neuerer russischer luftgestützter Marschflugkörper mittlerer Reichweite (auch Ch-SD) für Langstreckenbomber, von Russland gegen die Ukraine eingesetzt.',
      en: 'Newer Russian medium-range air-launched cruise missile (also Kh-SD) for long-range bombers, fired by Russia at Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'tactical-missiles-corporation' }, { rel: 'used-by', to: 'russian-aerospace-forces' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'kh-59mk2', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ch-59MK2', en: 'Kh-59MK2', ru: 'Х-59МК2' },
    aliases: ['Kh-59MK-2', 'Ch-59MK-2', 'Kh-59 MK2'],
    description: {
      de: 'Russischer luftgestützter Marschflugkörper gegen Landziele, Weiterentwicklung der Ch-59, von russischen Kampfjets gegen die Ukraine eingesetzt.',
      en: 'Russian air-launched land-attack cruise missile developed from the Kh-59, fired at Ukraine from Russian jets.',
    },
    links: [{ rel: 'made-by', to: 'tactical-missiles-corporation' }, { rel: 'used-by', to: 'russian-aerospace-forces' }, { rel: 'variant-of', to: 'kh-59' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'c-dome', type: 'weapon', subtype: 'air-defence',
    names: { de: 'C-Dome', en: 'C-Dome' },
    aliases: ['C Dome', 'C-Dome-System', 'Naval Iron Dome'],
    description: {
      de: 'Schiffsgestützte Version des israelischen Abwehrsystems Iron Dome von Rafael, auf den Korvetten der Sa’ar-6-Klasse; 2024 erstmals gegen eine Drohne eingesetzt.',
      en: 'Ship-based version of Israel’s Iron Dome by Rafael, fitted to the Sa’ar 6-class corvettes; first used against a drone in 2024.',
    },
    links: [{ rel: 'made-by', to: 'rafael' }, { rel: 'variant-of', to: 'iron-dome' }, { rel: 'used-by', to: 'israeli-navy' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'joe-buccino', type: 'person', subtype: 'spokesperson',
    names: { de: 'Joe Buccino', en: 'Joe Buccino' },
    aliases: ['Joseph Buccino'],
    description: {
      de: 'Oberst der US-Armee, zeitweise Sprecher des US-Zentralkommandos (Centcom).',
      en: 'US Army colonel, for a time spokesman of US Central Command (CENTCOM).',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'member-of', to: 'centcom' }],
  },
  // ── Iran's air defence and space agency, North Korea's tactical warhead ─────────
  {
    id: 'iranian-air-defence-force', type: 'organization', subtype: 'armed-forces',
    names: { de: 'Luftverteidigungsstreitkräfte der Islamischen Republik Iran', en: 'Islamic Republic of Iran Air Defense Force', fa: 'نیروی پدافند هوایی ارتش جمهوری اسلامی ایران' },
    aliases: [
      'Iranian Air Defense Force', 'Iranian Air Defence Force', 'Iran Air Defense Force', 'Iran Air Defence Force',
      'Khatam al-Anbiya Air Defense Base', 'Khatam al-Anbiya Air Defence Base', 'Khatam al-Anbiya Air Defense Headquarters',
      'iranische Luftverteidigungsstreitkräfte', 'Luftverteidigung der iranischen Armee',
      'Khatam-al-Anbiya-Luftverteidigungshauptquartier', 'Luftverteidigungshauptquartier Khatam al-Anbiya', 'Luftverteidigungshauptquartier Chatam al-Anbija',
    ],
    acronyms: ['IRIADF'],
    description: {
      de: 'Eigene Teilstreitkraft der regulären iranischen Armee für die Luftverteidigung, betreibt unter anderem S-300 und Bavar-373.',
      en: 'Separate branch of Iran’s regular army for air defence, operating among others the S-300 and Bavar-373.',
    },
    links: [{ rel: 'part-of', to: 'iranian-armed-forces' }, { rel: 'related-to', to: 'bavar-373' }, { rel: 'related-to', to: 's-300' }],
  },
  {
    id: 'farzad-esmaili', type: 'person', subtype: 'military',
    names: { de: 'Farzad Esmaili', en: 'Farzad Esmaili', fa: 'فرزاد اسماعیلی' },
    aliases: ['Farzad Ismaili', 'Farzad Esmaeili'],
    description: {
      de: 'Iranischer Brigadegeneral, bis 2018 Befehlshaber der iranischen Luftverteidigung (Khatam-al-Anbiya-Luftverteidigungsbasis).',
      en: 'Iranian brigadier general, commander of Iran’s air defence (Khatam al-Anbiya Air Defense Base) until 2018.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'iranian-air-defence-force' }],
  },
  {
    id: 'iranian-space-agency', type: 'organization', subtype: 'government-body',
    names: { de: 'Iranische Raumfahrtbehörde', en: 'Iranian Space Agency', fa: 'سازمان فضایی ایران' },
    aliases: ['Iran Space Agency', 'Iranian Space Organization', 'iranische Weltraumbehörde', 'Iranische Raumfahrtagentur'],
    description: {
      de: 'Staatliche Raumfahrtbehörde Irans; das Raketenprogramm für Satellitenträger steht im Westen wegen seiner Nähe zu ballistischen Raketen in der Kritik.',
      en: 'Iran’s state space agency; its satellite launcher programme is criticised in the West for its closeness to ballistic missile work.',
    },
    links: [{ rel: 'part-of', to: 'iran' }],
  },
  {
    id: 'hossein-dalirian', type: 'person', subtype: 'spokesperson',
    names: { de: 'Hossein Dalirian', en: 'Hossein Dalirian', fa: 'حسین دلیریان' },
    description: {
      de: 'Sprecher der iranischen Raumfahrtbehörde; kommentierte im April 2024 den israelischen Angriff bei Isfahan.',
      en: 'Spokesman of the Iranian Space Agency; commented on the Israeli strike near Isfahan in April 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'iranian-space-agency' }],
  },
  {
    id: 'hwasan-31', type: 'weapon',
    names: { de: 'Hwasan-31', en: 'Hwasan-31', ko: '화산-31' },
    aliases: ['Hwasan 31'],
    description: {
      de: 'Nordkoreanischer taktischer Atomsprengkopf, 2023 vorgestellt, klein genug für Kurzstreckenraketen, Marschflugkörper und die Unterwasserdrohne Haeil.',
      en: 'North Korean tactical nuclear warhead shown in 2023, small enough for short-range missiles, cruise missiles and the Haeil underwater drone.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'related-to', to: 'haeil' }],
  },
  // ── Drone start-ups, makers and procurement officials ────────────────────────────
  {
    id: 'stark-defence', type: 'organization', subtype: 'company',
    names: { de: 'Stark Defence', en: 'Stark Defence' },
    aliases: ['Stark Defense', 'Stark Defence GmbH', 'Stark Drones', 'Stark Drones Corp'],
    guarded: ['Stark'],
    cues: ['virtus', 'start-up', 'startup', 'drohnenhersteller', 'drone maker'],
    description: {
      de: 'Deutsches Rüstungs-Start-up, das die Kamikazedrohne Virtus baut; liefert an die Ukraine und die Bundeswehr.',
      en: 'German defence start-up that builds the Virtus loitering munition; supplies Ukraine and the Bundeswehr.',
    },
    links: [{ rel: 'related-to', to: 'bundeswehr' }],
  },
  {
    id: 'virtus', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Virtus-Drohne', en: 'Virtus loitering munition' },
    aliases: ['Virtus-Kamikazedrohne', 'Virtus drone', 'Stark Virtus'],
    guarded: ['Virtus'],
    cues: ['stark defence', 'kamikazedrohne', 'loitering', 'helsing', 'hx-2', 'panzerbrigade 45'],
    description: {
      de: 'Senkrecht startende Kamikazedrohne des deutschen Start-ups Stark Defence mit rund 100 Kilometern Reichweite; von der Bundeswehr für die Panzerbrigade 45 bestellt.',
      en: 'Vertical-take-off loitering munition by the German start-up Stark Defence with a range of about 100 kilometres; ordered by the Bundeswehr for Panzerbrigade 45.',
    },
    links: [{ rel: 'made-by', to: 'stark-defence' }, { rel: 'used-by', to: 'bundeswehr' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'fv-014-raider', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'FV-014 Raider', en: 'FV-014 Raider' },
    aliases: ['FV-014', 'FV 014', 'Rheinmetall FV-014'],
    description: {
      de: 'Kamikazedrohne von Rheinmetall, neben Virtus und HX-2 für die Bundeswehr im Gespräch.',
      en: 'Loitering munition by Rheinmetall, considered for the Bundeswehr alongside the Virtus and HX-2.',
    },
    links: [{ rel: 'made-by', to: 'rheinmetall' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'tdw', type: 'organization', subtype: 'company',
    names: { de: 'TDW Wirksysteme', en: 'TDW' },
    aliases: ['TDW Gesellschaft für verteidigungstechnische Wirksysteme', 'TDW Wirksysteme'],
    acronyms: ['TDW'],
    description: {
      de: 'Deutsche Tochter von MBDA Deutschland in Schrobenhausen, die Gefechtsköpfe für Lenkflugkörper entwickelt und baut.',
      en: 'German subsidiary of MBDA Deutschland in Schrobenhausen that develops and builds warheads for guided missiles.',
    },
    links: [{ rel: 'part-of', to: 'mbda' }],
  },
  {
    id: 'jim-taiclet', type: 'person', subtype: 'businessman',
    names: { de: 'Jim Taiclet', en: 'Jim Taiclet' },
    aliases: ['James Taiclet', 'James D. Taiclet'],
    description: {
      de: 'Vorstandsvorsitzender und Chef von Lockheed Martin, dem größten Rüstungskonzern der USA (F-35, Patriot-Abfangraketen PAC-3, THAAD).',
      en: 'Chairman and chief executive of Lockheed Martin, the largest US arms maker (F-35, PAC-3 Patriot interceptors, THAAD).',
    },
    roles: [{ title: { de: 'Vorstandschef', en: 'Chief executive' }, of: 'lockheed-martin', from: '2020' }],
    links: [{ rel: 'leads', to: 'lockheed-martin' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  // ── Ukrainian drone units and officials, Iran's army operations deputy ────────────
  {
    id: '412th-nemesis-brigade', type: 'organization', subtype: 'armed-forces',
    names: { de: '412. Brigade Nemesis', en: '412th Nemesis Brigade', uk: '412-та бригада «Немезида»' },
    aliases: ['412th Nemesis', 'Nemesis Brigade', '412th Brigade Nemesis', 'Brigade Nemesis', '412th Nemesis Regiment', '412. Nemesis-Brigade'],
    guarded: ['Nemesis'],
    cues: ['brigade', 'regiment', 'bataillon', 'battalion', 'abfangdrohne', 'interceptor drone'],
    description: {
      de: 'Drohneneinheit der ukrainischen Kräfte für unbemannte Systeme, unter anderem mit Abfangdrohnen gegen Shahed-Drohnen im Einsatz.',
      en: 'Drone unit of Ukraine’s Unmanned Systems Forces, among others using interceptor drones against Shahed drones.',
    },
    links: [{ rel: 'part-of', to: 'unmanned-systems-forces' }],
  },
  {
    id: 'yurii-myronenko', type: 'person', subtype: 'military',
    names: { de: 'Jurij Myronenko', en: 'Yurii Myronenko', uk: 'Юрій Мироненко' },
    aliases: ['Yuriy Myronenko', 'Yuri Myronenko', 'Juri Myronenko', 'Jurij Mironenko'],
    description: {
      de: 'Ukrainischer Oberstleutnant und früherer Kommandeur einer Drohneneinheit, als stellvertretender Verteidigungsminister für Innovation zuständig.',
      en: 'Ukrainian lieutenant colonel and former drone unit commander, deputy defence minister responsible for innovation.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'ukrainian-defence-ministry' }],
  },
  {
    id: 'mahmoud-mousavi', type: 'person', subtype: 'military',
    names: { de: 'Mahmud Mussawi', en: 'Mahmoud Mousavi', fa: 'محمود موسوی' },
    aliases: ['Mahmoud Moussavi', 'Mahmud Mousavi', 'Mahmoud Musavi'],
    description: {
      de: 'Iranischer General, Stellvertreter für Operationen der regulären Armee (Artesh); räumte 2025 Schäden an der Luftverteidigung im Krieg mit Israel ein.',
      en: 'Iranian general, operations deputy of the regular army (Artesh); admitted in 2025 that air defences were damaged in the war with Israel.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'iranian-armed-forces' }],
  },
  // ── Protection and sights of Russian tanks ─────────────────────────────────────
  {
    id: 'arena-m', type: 'weapon',
    names: { de: 'Arena-M', en: 'Arena-M', ru: 'Арена-М' },
    aliases: ['Arena-M APS', 'Arena-M-Schutzsystem', 'Arena M'],
    description: {
      de: 'Russisches aktives Schutzsystem für Panzer, das anfliegende Panzerabwehrgeschosse vor dem Einschlag abfängt; für T-90M und T-72B3M vorgesehen.',
      en: 'Russian active protection system for tanks that intercepts incoming anti-tank rounds before impact; intended for the T-90M and T-72B3M.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'related-to', to: 't-90' }],
  },
  {
    id: 'relikt-era', type: 'weapon',
    names: { de: 'Relikt-Reaktivpanzerung', en: 'Relikt explosive reactive armour', ru: 'Реликт' },
    aliases: ['Relikt ERA', 'Relikt-ERA', 'Relikt reactive armour', 'Relikt reactive armor'],
    guarded: ['Relikt'],
    cues: ['panzer', 'tank', 'reaktiv', 'reactive', 'armour', 'armor', 'panzerung', 't-90', 't-72', 't-80'],
    description: {
      de: 'Russische explosive Reaktivpanzerung der dritten Generation auf Kampfpanzern wie T-90M und T-72B3M.',
      en: 'Russian third-generation explosive reactive armour fitted to main battle tanks such as the T-90M and T-72B3M.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'related-to', to: 't-90' }],
  },
  {
    id: 'sosna-u', type: 'weapon',
    names: { de: 'Sosna-U', en: 'Sosna-U', ru: 'Сосна-У' },
    aliases: ['Sosna U', 'Sosna-U sight', 'Sosna-U-Zielgerät'],
    description: {
      de: 'Wärmebild-Zielgerät für den Richtschützen russischer Kampfpanzer (T-90M, T-72B3), ursprünglich vom belarussischen Hersteller Peleng.',
      en: 'Thermal gunner’s sight for Russian main battle tanks (T-90M, T-72B3), originally from the Belarusian maker Peleng.',
    },
    links: [{ rel: 'made-by', to: 'belarus' }, { rel: 'related-to', to: 't-90' }],
  },
  {
    id: '769th-hiram-brigade', type: 'organization', subtype: 'armed-forces',
    names: { de: '769. Brigade Hiram', en: '769th Hiram Brigade', he: 'חטיבת חירם' },
    aliases: ['Hiram Brigade', 'Hiram-Brigade', '769th Brigade', '769th Regional Brigade', 'Hiram Regional Brigade', 'Brigade Hiram'],
    description: {
      de: 'Regionalbrigade der israelischen Armee an der Grenze zum Libanon im östlichen Galiläa.',
      en: 'Regional brigade of the Israeli army on the Lebanese border in eastern Galilee.',
    },
    links: [{ rel: 'part-of', to: 'idf' }],
  },
];
