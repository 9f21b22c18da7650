// Knowledge base: weapons systems and weapon classes. Data only, see lib/kb/CURATING.md.
// Guarded forms are names that are also ordinary words, places or people; they need a cue nearby.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── Weapon classes ────────────────────────────────────────────────────────────
  {
    id: 'ballistic-missile', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'ballistische Rakete', en: 'ballistic missile', ru: 'баллистическая ракета' },
    aliases: ['ballistischer Flugkörper'],
    description: {
      de: 'Rakete, die nur kurz angetrieben wird und dann einer Wurfbahn folgt; reicht von Kurzstrecken- bis zu Interkontinentalraketen.',
      en: 'Missile powered only in its first phase, then following an arcing path; spans short-range to intercontinental types.',
    },
  },
  {
    id: 'short-range-ballistic-missile', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Kurzstreckenrakete', en: 'short-range ballistic missile' },
    aliases: ['ballistische Kurzstreckenrakete', 'short-range missile'],
    acronyms: ['SRBM'],
    description: {
      de: 'Ballistische Rakete mit einer Reichweite bis etwa 1000 km, etwa Iskander, KN-23 oder Fateh-110.',
      en: 'Ballistic missile with a range of up to about 1,000 km, such as the Iskander, KN-23 or Fateh-110.',
    },
    links: [{ rel: 'related-to', to: 'ballistic-missile' }],
  },
  {
    id: 'intermediate-range-missile', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Mittelstreckenrakete', en: 'intermediate-range missile' },
    aliases: ['ballistische Mittelstreckenrakete', 'medium-range missile', 'intermediate-range ballistic missile', 'medium-range ballistic missile'],
    acronyms: ['IRBM', 'MRBM'],
    description: {
      de: 'Rakete mit einer Reichweite zwischen etwa 1000 und 5500 km; dazu zählen die meisten iranischen Raketen gegen Israel und die russische Oreschnik.',
      en: 'Missile with a range of roughly 1,000 to 5,500 km; covers most Iranian missiles fired at Israel and Russia\'s Oreshnik.',
    },
    links: [{ rel: 'related-to', to: 'ballistic-missile' }],
  },
  {
    id: 'long-range-missile', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Langstreckenrakete', en: 'long-range missile' },
    aliases: ['Langstreckenwaffe', 'long-range weapon'],
    description: {
      de: 'Sammelbegriff der Debatte um Waffen für die Ukraine, die weit hinter die Front reichen, etwa Taurus, ATACMS oder Tomahawk.',
      en: 'Umbrella term in the debate over arming Ukraine with weapons that reach far behind the front, such as Taurus, ATACMS or Tomahawk.',
    },
  },
  {
    id: 'icbm', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Interkontinentalrakete', en: 'intercontinental ballistic missile', ru: 'межконтинентальная баллистическая ракета', ko: '대륙간탄도미사일' },
    aliases: ['interkontinentale ballistische Rakete'],
    acronyms: ['ICBM'],
    description: {
      de: 'Ballistische Rakete mit mehr als 5500 km Reichweite, Träger strategischer Atomwaffen (Russland, USA, China, Nordkorea).',
      en: 'Ballistic missile with a range beyond 5,500 km that carries strategic nuclear weapons (Russia, the US, China, North Korea).',
    },
    links: [{ rel: 'related-to', to: 'ballistic-missile' }, { rel: 'related-to', to: 'nuclear-weapon' }],
  },
  {
    id: 'slbm', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'U-Boot-gestützte ballistische Rakete', en: 'submarine-launched ballistic missile' },
    acronyms: ['SLBM'],
    description: {
      de: 'Ballistische Rakete, die von einem U-Boot gestartet wird, etwa die russische Bulawa oder die nordkoreanische Pukguksong.',
      en: 'Ballistic missile fired from a submarine, such as Russia\'s Bulava or North Korea\'s Pukguksong.',
    },
    links: [{ rel: 'related-to', to: 'ballistic-missile' }],
  },
  {
    id: 'cruise-missile', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Marschflugkörper', en: 'cruise missile', ru: 'крылатая ракета' },
    aliases: ['Flügelrakete'],
    description: {
      de: 'Durchgehend angetriebener, tief fliegender Lenkflugkörper mit Tragflächen, etwa Kalibr, Ch-101, Storm Shadow, Taurus oder Tomahawk.',
      en: 'Winged guided missile powered throughout a low flight, such as the Kalibr, Kh-101, Storm Shadow, Taurus or Tomahawk.',
    },
  },
  {
    id: 'hypersonic-missile', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Hyperschallrakete', en: 'hypersonic missile', ru: 'гиперзвуковая ракета' },
    aliases: ['Hyperschall-Rakete', 'Hyperschallwaffe', 'Hyperschall-Waffe', 'Hyperschallflugkörper', 'Hyperschall-Flugkörper', 'hypersonic weapon', 'hypersonische Rakete', 'hypersonische Waffe', 'hypersonischer Flugkörper', 'hypersonic glide missile'],
    description: {
      de: 'Flugkörper, der mit mehr als fünffacher Schallgeschwindigkeit fliegt und dabei manövriert; Russland, China, Nordkorea und Iran beanspruchen solche Waffen.',
      en: 'Missile flying faster than five times the speed of sound while manoeuvring; Russia, China, North Korea and Iran claim such weapons.',
    },
  },
  {
    id: 'hypersonic-glide-vehicle', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Hyperschallgleitflugkörper', en: 'hypersonic glide vehicle' },
    aliases: ['Hyperschall-Gleitflugkörper', 'Hyperschallgleiter', 'Hyperschall-Gleitsprengkopf'],
    description: {
      de: 'Gefechtskopf, den eine Rakete auf große Höhe bringt und der dann mit Hyperschallgeschwindigkeit manövrierend zum Ziel gleitet, etwa Awangard.',
      en: 'Warhead lifted by a rocket that then glides to its target at hypersonic speed while manoeuvring, such as the Avangard.',
    },
    links: [{ rel: 'related-to', to: 'hypersonic-missile' }],
  },
  {
    id: 'anti-ship-missile', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Seezielflugkörper', en: 'anti-ship missile' },
    aliases: ['Antischiffsrakete', 'Schiffsabwehrrakete', 'anti-ship cruise missile'],
    description: {
      de: 'Lenkflugkörper gegen Schiffe, etwa Neptun, Harpoon oder Oniks; im Roten Meer von den Huthi eingesetzt.',
      en: 'Guided missile against ships, such as the Neptune, Harpoon or Oniks; used by the Houthis in the Red Sea.',
    },
    links: [{ rel: 'related-to', to: 'cruise-missile' }],
  },
  {
    id: 'loitering-munition', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Kamikazedrohne', en: 'loitering munition' },
    aliases: [
      'Kamikaze-Drohne', 'Einweg-Angriffsdrohne', 'Einwegangriffsdrohne', 'Einweg-Drohne', 'Einwegdrohne', 'Selbstmorddrohne', 'Selbstmord-Drohne',
      'kamikaze drone', 'one-way attack drone', 'suicide drone',
    ],
    description: {
      de: 'Drohne, die selbst als Sprengkörper ins Ziel stürzt, etwa Shahed-136/Geran-2, Lancet oder Switchblade.',
      en: 'Drone that itself dives into its target as the explosive, such as the Shahed-136/Geran-2, Lancet or Switchblade.',
    },
    links: [{ rel: 'related-to', to: 'combat-drone' }],
  },
  {
    id: 'combat-drone', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Kampfdrohne', en: 'combat drone' },
    aliases: ['bewaffnete Drohne', 'armed drone', 'unmanned combat aerial vehicle'],
    acronyms: ['UCAV'],
    description: {
      de: 'Unbemanntes Flugzeug, das Waffen trägt und wieder zurückkehrt, etwa Bayraktar TB2, MQ-9 Reaper oder Mohajer-6.',
      en: 'Unmanned aircraft that carries weapons and returns, such as the Bayraktar TB2, MQ-9 Reaper or Mohajer-6.',
    },
  },
  {
    id: 'autonomous-weapon-system', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'autonomes Waffensystem', en: 'autonomous weapon system' },
    aliases: ['autonome Waffe', 'Killerroboter', 'Killer-Roboter', 'autonomous weapon', 'lethal autonomous weapon system', 'killer robot'],
    guarded: ['LAWS'],
    cues: ['autonom', 'waffe', 'weapon', 'killer', 'roboter', 'robot', 'ki', 'ai'],
    description: {
      de: 'Waffe, die Ziele ohne menschliches Zutun auswählt und angreift; um ein Verbot wird in den Vereinten Nationen gerungen.',
      en: 'Weapon that selects and attacks targets without human intervention; a ban is being debated at the United Nations.',
    },
    links: [{ rel: 'related-to', to: 'combat-drone' }],
  },
  {
    id: 'air-defence-system', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Flugabwehrsystem', en: 'air defence system' },
    aliases: [
      'Luftverteidigungssystem', 'Luftabwehrsystem', 'Flugabwehrraketensystem', 'Raketenabwehrsystem', 'Flugabwehrrakete', 'Boden-Luft-Rakete',
      'air defense system', 'missile defence system', 'missile defense system', 'surface-to-air missile system', 'surface-to-air missile',
    ],
    guarded: ['SAM'],
    cues: ['flugabwehr', 'luftabwehr', 'air defen', 'missile', 'rakete', 'batterie', 'battery', 'radar', 'launcher', 'site', 'stellung'],
    description: {
      de: 'System aus Radar, Feuerleitung und Abfangraketen oder Kanonen gegen Flugzeuge, Drohnen und Raketen, etwa Patriot, IRIS-T oder S-400.',
      en: 'Radar, fire control and interceptors or guns against aircraft, drones and missiles, such as Patriot, IRIS-T or the S-400.',
    },
  },
  {
    id: 'interceptor-missile', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Abfangrakete', en: 'interceptor missile' },
    aliases: ['Abfangflugkörper'],
    description: {
      de: 'Flugkörper, der anfliegende Raketen, Drohnen oder Flugzeuge zerstört; ihr Vorrat ist in der Ukraine und in Israel ein Engpass.',
      en: 'Missile that destroys incoming missiles, drones or aircraft; stocks are a bottleneck in Ukraine and Israel.',
    },
    links: [{ rel: 'related-to', to: 'air-defence-system' }],
  },
  {
    id: 'manpads', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Fliegerfaust', en: 'man-portable air-defence system' },
    aliases: ['schultergestützte Flugabwehrrakete', 'man-portable air defense system'],
    acronyms: ['MANPADS'],
    description: {
      de: 'Von einem Soldaten tragbare Flugabwehrrakete gegen tief fliegende Ziele, etwa Stinger oder Igla.',
      en: 'Shoulder-fired surface-to-air missile against low-flying targets, such as the Stinger or Igla.',
    },
    links: [{ rel: 'related-to', to: 'air-defence-system' }],
  },
  {
    id: 'fighter-aircraft', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Kampfjet', en: 'fighter jet' },
    aliases: ['Kampfflugzeug', 'Jagdflugzeug', 'fighter aircraft', 'warplane'],
    description: {
      de: 'Militärisches Strahlflugzeug für Luftkampf und Angriffe auf Bodenziele, etwa F-16, F-35, Eurofighter oder Su-35.',
      en: 'Military jet for air combat and ground attack, such as the F-16, F-35, Eurofighter or Su-35.',
    },
  },
  {
    id: 'strategic-bomber', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'strategischer Bomber', en: 'strategic bomber' },
    aliases: ['Langstreckenbomber', 'long-range bomber'],
    description: {
      de: 'Schweres Langstreckenflugzeug für Atom- und Marschflugkörpereinsätze, etwa Tu-95, Tu-160, B-2 oder B-52.',
      en: 'Heavy long-range aircraft for nuclear and cruise-missile missions, such as the Tu-95, Tu-160, B-2 or B-52.',
    },
  },
  {
    id: 'attack-helicopter', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Kampfhubschrauber', en: 'attack helicopter' },
    aliases: ['helicopter gunship'],
    description: {
      de: 'Bewaffneter Hubschrauber für Angriffe auf Bodenziele, etwa Ka-52, Mi-28 oder AH-64 Apache.',
      en: 'Armed helicopter for attacking ground targets, such as the Ka-52, Mi-28 or AH-64 Apache.',
    },
  },
  {
    id: 'main-battle-tank', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Kampfpanzer', en: 'main battle tank' },
    acronyms: ['MBT'],
    description: {
      de: 'Schwer gepanzertes Kettenfahrzeug mit großkalibriger Kanone, etwa Leopard 2, Abrams oder T-90.',
      en: 'Heavily armoured tracked vehicle with a large-calibre gun, such as the Leopard 2, Abrams or T-90.',
    },
  },
  {
    id: 'infantry-fighting-vehicle', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Schützenpanzer', en: 'infantry fighting vehicle' },
    acronyms: ['IFV'],
    description: {
      de: 'Gepanzertes, bewaffnetes Fahrzeug, das Infanterie transportiert und im Gefecht unterstützt, etwa Marder, Bradley oder BMP-2.',
      en: 'Armoured, armed vehicle that carries infantry and supports it in combat, such as the Marder, Bradley or BMP-2.',
    },
  },
  {
    id: 'multiple-rocket-launcher', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Mehrfachraketenwerfer', en: 'multiple rocket launcher' },
    aliases: ['Raketenwerfer', 'Salvenraketenwerfer', 'multiple launch rocket system'],
    acronyms: ['MLRS'],
    description: {
      de: 'Fahrzeug, das Artillerieraketen in schneller Folge abfeuert, etwa HIMARS, BM-21 Grad oder Tornado-S.',
      en: 'Vehicle that fires artillery rockets in rapid succession, such as HIMARS, the BM-21 Grad or Tornado-S.',
    },
  },
  {
    id: 'anti-tank-missile', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Panzerabwehrrakete', en: 'anti-tank missile' },
    aliases: ['Panzerabwehrlenkwaffe', 'Panzerabwehrwaffe', 'anti-tank guided missile', 'anti-tank weapon'],
    acronyms: ['ATGM'],
    description: {
      de: 'Von Infanterie oder Fahrzeugen verschossene Waffe gegen Panzer, etwa Javelin oder NLAW.',
      en: 'Weapon fired by infantry or vehicles against tanks, such as the Javelin or NLAW.',
    },
  },
  {
    id: 'glide-bomb', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Gleitbombe', en: 'glide bomb' },
    aliases: ['gelenkte Gleitbombe'],
    description: {
      de: 'Fliegerbombe mit Klappflügeln und Lenkung, die aus sicherer Entfernung abgeworfen wird; Russland setzt umgerüstete FAB-Bomben massenhaft an der Front ein.',
      en: 'Aerial bomb with pop-out wings and guidance, released from a safe distance; Russia drops converted FAB bombs in large numbers on the front.',
    },
  },
  {
    id: 'cluster-munition', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Streumunition', en: 'cluster munition' },
    aliases: ['Streubombe', 'cluster bomb'],
    description: {
      de: 'Munition, die über dem Ziel viele kleine Sprengkörper verteilt; durch das Oslo-Übereinkommen geächtet, dem Russland, die Ukraine und die USA nicht angehören.',
      en: 'Munition that scatters many small bomblets over a target; banned by the Oslo convention, which Russia, Ukraine and the US have not joined.',
    },
  },
  {
    id: 'thermobaric-weapon', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'thermobarische Waffe', en: 'thermobaric weapon' },
    aliases: ['Vakuumbombe', 'vacuum bomb', 'thermobaric bomb'],
    description: {
      de: 'Sprengwaffe, die eine Aerosolwolke zündet und eine lang anhaltende Druckwelle erzeugt, etwa die Raketen des TOS-1.',
      en: 'Explosive weapon that ignites an aerosol cloud to create a prolonged blast wave, such as the rockets of the TOS-1.',
    },
  },
  {
    id: 'weapon-of-mass-destruction', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Massenvernichtungswaffe', en: 'weapon of mass destruction' },
    aliases: ['weapons of mass destruction'],
    acronyms: ['WMD'],
    description: {
      de: 'Oberbegriff für atomare, biologische und chemische Waffen (ABC-Waffen).',
      en: 'Umbrella term for nuclear, biological and chemical weapons.',
    },
  },
  {
    id: 'nuclear-weapon', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Atomwaffe', en: 'nuclear weapon', ru: 'ядерное оружие' },
    aliases: ['Kernwaffe', 'Nuklearwaffe', 'Atombombe', 'Atomsprengkopf', 'atomic bomb', 'nuclear bomb', 'nuclear warhead'],
    description: {
      de: 'Waffe, deren Sprengkraft aus Kernspaltung oder Kernfusion stammt; Russland, die USA, China, Großbritannien, Frankreich, Indien, Pakistan und Nordkorea besitzen sie, Israel mutmaßlich.',
      en: 'Weapon whose yield comes from nuclear fission or fusion; held by Russia, the US, China, Britain, France, India, Pakistan and North Korea, and presumably Israel.',
    },
    links: [{ rel: 'related-to', to: 'weapon-of-mass-destruction' }],
  },
  {
    id: 'dirty-bomb', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'schmutzige Bombe', en: 'dirty bomb' },
    description: {
      de: 'Konventioneller Sprengsatz, der radioaktives Material verstreut; Russland warf der Ukraine 2022 ohne Belege vor, eine solche zu planen.',
      en: 'Conventional explosive that scatters radioactive material; in 2022 Russia accused Ukraine, without evidence, of planning one.',
    },
    links: [{ rel: 'related-to', to: 'nuclear-weapon' }],
  },
  {
    id: 'chemical-weapon', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Chemiewaffe', en: 'chemical weapon' },
    aliases: ['chemische Waffe', 'C-Waffe', 'Giftgas', 'chemical agent', 'poison gas'],
    description: {
      de: 'Waffe, die mit giftigen Chemikalien tötet oder verletzt; durch die Chemiewaffenkonvention verboten, aber etwa in Syrien eingesetzt.',
      en: 'Weapon that kills or injures with toxic chemicals; banned by the Chemical Weapons Convention but used in Syria, among others.',
    },
    links: [{ rel: 'related-to', to: 'weapon-of-mass-destruction' }],
  },
  {
    id: 'biological-weapon', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Biowaffe', en: 'biological weapon' },
    aliases: ['biologische Waffe', 'B-Waffe', 'bioweapon'],
    description: {
      de: 'Waffe, die Krankheitserreger oder Toxine einsetzt; durch die Biowaffenkonvention verboten.',
      en: 'Weapon that uses pathogens or toxins; banned by the Biological Weapons Convention.',
    },
    links: [{ rel: 'related-to', to: 'weapon-of-mass-destruction' }],
  },

  // ── Iran and its allies ───────────────────────────────────────────────────────
  {
    id: 'shahed-136', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Shahed-136', en: 'Shahed-136', fa: 'شاهد ۱۳۶', ru: 'Герань-2' },
    aliases: ['Schahed-136', 'Geran-2', 'Geranium-2', 'S-136'],
    guarded: ['Shahed', 'Schahed', 'Geran'],
    cues: ['drohne', 'drone', 'kamikaze', 'uav', 'angriffsdrohne', 'angriff', 'angegriffen'],
    // In a report on the war, "Shaheds" is hardly ever anything else.
    cueScope: 'text',
    description: {
      de: 'Iranische Einweg-Angriffsdrohne mit Deltaflügel; Russland setzt sie als Geran-2, inzwischen aus eigener Fertigung in Jelabuga, massenhaft gegen die Ukraine ein.',
      en: 'Iranian delta-wing one-way attack drone; Russia launches it at Ukraine in large numbers as the Geran-2, now mostly built in Yelabuga (Alabuga).',
    },
    links: [
      { rel: 'related-to', to: 'alabuga' },
      { rel: 'made-by', to: 'iran' }, { rel: 'made-by', to: 'russia' },
      { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'iran' },
      { rel: 'instance-of', to: 'loitering-munition' },
    ],
  },
  {
    id: 'shahed-131', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Shahed-131', en: 'Shahed-131', fa: 'شاهد ۱۳۱', ru: 'Герань-1' },
    aliases: ['Schahed-131', 'Geran-1', 'Geranium-1'],
    description: {
      de: 'Kleinere iranische Einweg-Angriffsdrohne, Vorläufer der Shahed-136; in Russland als Geran-1 bezeichnet.',
      en: 'Smaller Iranian one-way attack drone and forerunner of the Shahed-136; called Geran-1 in Russia.',
    },
    links: [
      { rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'russia' },
      { rel: 'instance-of', to: 'loitering-munition' }, { rel: 'related-to', to: 'shahed-136' },
    ],
  },
  {
    id: 'shahed-238', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Shahed-238', en: 'Shahed-238', fa: 'شاهد ۲۳۸', ru: 'Герань-3' },
    aliases: ['Schahed-238', 'Geran-3', 'Geranium-3'],
    description: {
      de: 'Strahlgetriebene Version der Shahed-136, deutlich schneller und schwerer abzufangen; Russland baut eine Ableitung als Geran-3.',
      en: 'Jet-powered version of the Shahed-136, much faster and harder to intercept; Russia builds a derivative as the Geran-3.',
    },
    links: [
      { rel: 'related-to', to: 'alabuga' },
      { rel: 'made-by', to: 'iran' }, { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' },
      { rel: 'variant-of', to: 'shahed-136' }, { rel: 'instance-of', to: 'loitering-munition' },
    ],
  },
  {
    id: 'shahed-129', type: 'weapon', subtype: 'drone',
    names: { de: 'Shahed-129', en: 'Shahed-129', fa: 'شاهد ۱۲۹' },
    aliases: ['Schahed-129'],
    description: {
      de: 'Iranische bewaffnete Drohne mittlerer Flughöhe und langer Flugdauer, von den Revolutionsgarden u. a. in Syrien eingesetzt.',
      en: 'Iranian armed medium-altitude, long-endurance drone, flown by the Revolutionary Guards in Syria, among other places.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'irgc' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'shahed-149', type: 'weapon', subtype: 'drone',
    names: { de: 'Shahed-149', en: 'Shahed-149', fa: 'شاهد ۱۴۹' },
    aliases: ['Schahed-149'],
    description: {
      de: 'Große iranische Langstrecken-Kampfdrohne der Revolutionsgarden für große Flughöhen.',
      en: 'Large Iranian high-altitude, long-range combat drone of the Revolutionary Guards.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'irgc' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'mohajer-6', type: 'weapon', subtype: 'drone',
    names: { de: 'Mohajer-6', en: 'Mohajer-6', fa: 'مهاجر ۶' },
    aliases: ['Muhajir 6'],
    guarded: ['Mohajer'],
    description: {
      de: 'Iranische Aufklärungs- und Kampfdrohne mittlerer Reichweite; an Russland geliefert und über der Ukraine eingesetzt.',
      en: 'Iranian medium-range reconnaissance and strike drone; supplied to Russia and flown over Ukraine.',
    },
    links: [
      { rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'iran' }, { rel: 'used-by', to: 'russia' },
      { rel: 'instance-of', to: 'combat-drone' },
    ],
  },
  {
    id: 'mohajer-10', type: 'weapon', subtype: 'drone',
    names: { de: 'Mohajer-10', en: 'Mohajer-10', fa: 'مهاجر ۱۰' },
    description: {
      de: 'Weiterentwicklung der Mohajer-6 mit größerer Reichweite, Flugdauer und Nutzlast.',
      en: 'Development of the Mohajer-6 with greater range, endurance and payload.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'variant-of', to: 'mohajer-6' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'fath-360', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Fath-360', en: 'Fath-360', fa: 'فتح ۳۶۰' },
    aliases: ['Fateh-360'],
    description: {
      de: 'Iranische satellitengelenkte Kurzstreckenrakete mit rund 120 km Reichweite; laut US-Regierung 2024 an Russland geliefert.',
      en: 'Iranian satellite-guided short-range ballistic missile with a range of about 120 km; the US government said Iran delivered it to Russia in 2024.',
    },
    links: [
      { rel: 'made-by', to: 'iran' }, { rel: 'related-to', to: 'russia' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' },
    ],
  },
  {
    id: 'fateh-110', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Fateh-110', en: 'Fateh-110', fa: 'فاتح ۱۱۰' },
    // The bare family name, as Iranian state media give it ("missiles of the Fateh type").
    guarded: ['Fateh'],
    cues: ['ballist', 'revolutionsgarde', 'irgc'],
    description: {
      de: 'Iranische Kurzstreckenrakete mit Festtreibstoff und einigen hundert Kilometern Reichweite, Stammvater einer ganzen Raketenfamilie; Syrien baute sie als M-600 nach.',
      en: 'Iranian solid-fuel short-range ballistic missile with a range of a few hundred kilometres, root of a whole family; Syria copied it as the M-600.',
    },
    links: [
      { rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'iran' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' },
    ],
  },
  {
    id: 'fateh-313', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Fateh-313', en: 'Fateh-313', fa: 'فاتح ۳۱۳' },
    description: {
      de: 'Iranische Festtreibstoff-Kurzstreckenrakete mit rund 500 km Reichweite, Weiterentwicklung der Fateh-110.',
      en: 'Iranian solid-fuel short-range ballistic missile with a range of about 500 km, developed from the Fateh-110.',
    },
    links: [
      { rel: 'made-by', to: 'iran' }, { rel: 'variant-of', to: 'fateh-110' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' },
    ],
  },
  {
    id: 'zolfaghar', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Zolfaghar', en: 'Zolfaghar' },
    aliases: ['Zolfaqar'],
    guarded: ['Zulfiqar'],
    cues: ['rakete', 'missile', 'ballist'],
    description: {
      de: 'Iranische Festtreibstoff-Kurzstreckenrakete aus der Fateh-Familie mit rund 700 km Reichweite; von den Revolutionsgarden gegen Ziele in Syrien abgefeuert.',
      en: 'Iranian solid-fuel short-range ballistic missile of the Fateh family with a range of about 700 km; fired by the Revolutionary Guards at targets in Syria.',
    },
    links: [
      { rel: 'used-by', to: 'irgc-aerospace-force' },
      { rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'irgc' }, { rel: 'related-to', to: 'fateh-110' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' },
    ],
  },
  {
    id: 'qiam-1', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Qiam-1', en: 'Qiam-1', fa: 'قیام ۱' },
    description: {
      de: 'Iranische Flüssigtreibstoff-Kurzstreckenrakete auf Scud-Basis; Vorbild der Burkan-Raketen der Huthi.',
      en: 'Iranian liquid-fuel short-range ballistic missile based on the Scud; model for the Houthis\' Burkan missiles.',
    },
    links: [
      { rel: 'made-by', to: 'iran' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' },
    ],
  },
  {
    id: 'kheibar-shekan', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Kheibar Shekan', en: 'Kheibar Shekan', fa: 'خیبرشکن' },
    aliases: ['Khaibar Shekan', 'Kheybar Shekan', 'Khaybar Shekan', 'Cheibar Schekan', 'Cheibar-Schekan', 'Kheibar Schekan', 'Chaibar Schekan', 'Khaibar Schekan'],
    shortForms: ['Kheibar'],
    description: {
      de: 'Iranische Festtreibstoff-Mittelstreckenrakete der Revolutionsgarden, 2022 vorgestellt; Reichweite nach iranischen Angaben 1450 km.',
      en: 'Iranian solid-fuel medium-range ballistic missile of the Revolutionary Guards, unveiled in 2022; Iran gives its range as 1,450 km.',
    },
    links: [
      { rel: 'used-by', to: 'irgc-aerospace-force' },
      { rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'irgc' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'intermediate-range-missile' },
    ],
  },
  {
    id: 'fattah', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Fattah-Rakete', en: 'Fattah missile' },
    aliases: ['Fattah-1'],
    guarded: ['Fattah'],
    cues: ['hyperschall', 'hypersonic', 'hyperschallrakete', 'ballistische rakete', 'ballistic missile'],
    description: {
      de: 'Iranische Mittelstreckenrakete mit manövrierfähigem Gefechtskopf, 2023 vorgestellt; Teheran bezeichnet sie als Hyperschallrakete.',
      en: 'Iranian medium-range ballistic missile with a manoeuvring warhead, unveiled in 2023; Tehran calls it a hypersonic missile.',
    },
    links: [
      { rel: 'used-by', to: 'irgc-aerospace-force' },
      { rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'irgc' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'intermediate-range-missile' },
      { rel: 'related-to', to: 'hypersonic-missile' },
    ],
  },
  {
    id: 'fattah-2', type: 'weapon', subtype: 'hypersonic-missile',
    names: { de: 'Fattah-2', en: 'Fattah-2' },
    description: {
      de: 'Version der iranischen Fattah mit Hyperschall-Gleitflugkörper, 2023 vorgestellt.',
      en: 'Version of Iran\'s Fattah carrying a hypersonic glide vehicle, unveiled in 2023.',
    },
    links: [
      { rel: 'made-by', to: 'iran' }, { rel: 'variant-of', to: 'fattah' },
      { rel: 'related-to', to: 'hypersonic-glide-vehicle' },
    ],
  },
  {
    id: 'shahab-3', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Shahab-3', en: 'Shahab-3', fa: 'شهاب ۳' },
    aliases: ['Schahab-3'],
    description: {
      de: 'Iranische Flüssigtreibstoff-Mittelstreckenrakete, abgeleitet von der nordkoreanischen Nodong; Grundlage von Ghadr und Emad.',
      en: 'Iranian liquid-fuel medium-range ballistic missile derived from North Korea\'s Nodong; basis of the Ghadr and Emad.',
    },
    links: [
      { rel: 'made-by', to: 'iran' }, { rel: 'related-to', to: 'hwasong-7' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'intermediate-range-missile' },
    ],
  },
  {
    id: 'ghadr', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Ghadr-Rakete', en: 'Ghadr missile' },
    aliases: ['Ghadr-110', 'Qadr-110', 'Qadr-H', 'Ghadr-H', 'Qadr-F', 'Ghadr-F'],
    guarded: ['Ghadr', 'Qadr'],
    cues: ['rakete', 'missile', 'ballist', 'mittelstrecke'],
    description: {
      de: 'Iranische Flüssigtreibstoff-Mittelstreckenrakete, aus der Shahab-3 weiterentwickelt.',
      en: 'Iranian liquid-fuel medium-range ballistic missile developed from the Shahab-3.',
    },
    links: [
      { rel: 'made-by', to: 'iran' }, { rel: 'variant-of', to: 'shahab-3' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'intermediate-range-missile' },
    ],
  },
  {
    id: 'emad', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Emad-Rakete', en: 'Emad missile' },
    aliases: ['Emad-1'],
    guarded: ['Emad'],
    cues: ['rakete', 'missile', 'ballist', 'mittelstrecke'],
    description: {
      de: 'Iranische Flüssigtreibstoff-Mittelstreckenrakete mit lenkbarem Wiedereintrittskörper, aus der Shahab-3 entwickelt; 2015 erstmals getestet.',
      en: 'Iranian liquid-fuel medium-range ballistic missile with a steerable re-entry vehicle, developed from the Shahab-3; first tested in 2015.',
    },
    links: [
      { rel: 'made-by', to: 'iran' }, { rel: 'variant-of', to: 'shahab-3' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'intermediate-range-missile' },
    ],
  },
  {
    id: 'sejjil', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Sejjil', en: 'Sejjil', fa: 'سجیل' },
    aliases: ['Sajjil', 'Sejil', 'Sejjil-2', 'Sedschil'],
    description: {
      de: 'Zweistufige iranische Festtreibstoff-Mittelstreckenrakete mit rund 2000 km Reichweite.',
      en: 'Two-stage Iranian solid-fuel medium-range ballistic missile with a range of about 2,000 km.',
    },
    links: [
      { rel: 'made-by', to: 'iran' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'intermediate-range-missile' },
    ],
  },
  {
    id: 'khorramshahr', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Khorramshahr-Rakete', en: 'Khorramshahr missile' },
    aliases: ['Khorramshahr-2', 'Khorramshahr-4', 'Chorramschahr', 'Chorramschahr-Rakete', 'Khoramshahr-4', 'Chorramschahr-4'],
    guarded: ['Khorramshahr', 'Kheibar'],
    cues: ['rakete', 'missile', 'ballist', 'mittelstrecke'],
    description: {
      de: 'Iranische Flüssigtreibstoff-Mittelstreckenrakete mit schwerem Gefechtskopf; die vierte Version (Kheibar) wurde 2023 vorgestellt.',
      en: 'Iranian liquid-fuel medium-range ballistic missile with a heavy warhead; the fourth version (Kheibar) was unveiled in 2023.',
    },
    links: [
      { rel: 'made-by', to: 'iran' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'intermediate-range-missile' },
    ],
  },
  {
    id: 'haj-qassem', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Haj-Qassem-Rakete', en: 'Haj Qassem missile' },
    aliases: ['Haj Qasem missile', 'Haj-Qasem-Rakete'],
    // "Hadsch Kassem" is also Qassem Soleimani's by-name: only beside a missile word.
    guarded: ['Haj Qasem', 'Haj Ghasem', 'Haj Qassem', 'Hadsch Kassem'],
    cues: ['ballist', 'rakete', 'missile'],
    description: {
      de: 'Iranische Festtreibstoff-Mittelstreckenrakete, 2020 vorgestellt und nach Qassem Soleimani benannt; Reichweite nach iranischen Angaben 1400 km.',
      en: 'Iranian solid-fuel medium-range ballistic missile, unveiled in 2020 and named after Qassem Soleimani; Iran gives its range as 1,400 km.',
    },
    links: [
      { rel: 'used-by', to: 'irgc-aerospace-force' },
      { rel: 'made-by', to: 'iran' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'intermediate-range-missile' },
    ],
  },
  {
    id: 'paveh', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Paveh-Marschflugkörper', en: 'Paveh cruise missile' },
    guarded: ['Paveh'],
    cues: ['marschflugkörper', 'cruise', 'rakete', 'missile'],
    description: {
      de: 'Iranischer landgestützter Marschflugkörper großer Reichweite (nach iranischen Angaben 1650 km), 2023 vorgestellt.',
      en: 'Iranian long-range ground-launched cruise missile (1,650 km according to Iran), unveiled in 2023.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'soumar', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Soumar-Marschflugkörper', en: 'Soumar cruise missile' },
    guarded: ['Soumar'],
    cues: ['marschflugkörper', 'cruise', 'rakete', 'missile'],
    description: {
      de: 'Iranischer landgestützter Marschflugkörper nach dem Vorbild der sowjetischen Ch-55.',
      en: 'Iranian ground-launched cruise missile modelled on the Soviet Kh-55.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'related-to', to: 'kh-55' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'hoveyzeh', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Hoveyzeh-Marschflugkörper', en: 'Hoveyzeh cruise missile' },
    guarded: ['Hoveyzeh', 'Hoveizeh', 'Howeiseh'],
    cues: ['marschflugkörper', 'cruise', 'rakete', 'missile'],
    description: {
      de: 'Iranischer landgestützter Marschflugkörper aus der Soumar-Familie, 2019 vorgestellt.',
      en: 'Iranian ground-launched cruise missile of the Soumar family, unveiled in 2019.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'variant-of', to: 'soumar' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'abu-mahdi', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Abu-Mahdi-Marschflugkörper', en: 'Abu Mahdi cruise missile' },
    description: {
      de: 'Iranischer Seezielflugkörper großer Reichweite, 2020 vorgestellt und nach dem irakischen Milizführer Abu Mahdi al-Muhandis benannt.',
      en: 'Iranian long-range anti-ship cruise missile, unveiled in 2020 and named after the Iraqi militia leader Abu Mahdi al-Muhandis.',
    },
    links: [
      { rel: 'made-by', to: 'iran' },
      { rel: 'instance-of', to: 'cruise-missile' }, { rel: 'instance-of', to: 'anti-ship-missile' },
    ],
  },
  {
    id: 'noor', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Noor-Seezielflugkörper', en: 'Noor anti-ship missile' },
    aliases: ['Noor-Rakete', 'Noor missile'],
    // Also a given name (Queen Noor): the bare word counts only after a name above.
    shortForms: ['Noor'],
    description: {
      de: 'Iranischer Seezielflugkörper, Nachbau der chinesischen C-802.',
      en: 'Iranian anti-ship cruise missile, a copy of the Chinese C-802.',
    },
    links: [
      { rel: 'made-by', to: 'iran' },
      { rel: 'instance-of', to: 'anti-ship-missile' }, { rel: 'instance-of', to: 'cruise-missile' },
    ],
  },
  {
    id: 'bavar-373', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Bavar-373', en: 'Bavar-373', fa: 'باور ۳۷۳' },
    aliases: ['Bavar'],
    description: {
      de: 'Iranisches Langstrecken-Flugabwehrsystem aus eigener Entwicklung, 2019 in Dienst gestellt.',
      en: 'Home-grown Iranian long-range air defence system, commissioned in 2019.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'iran' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'khordad-15', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Khordad-15', en: 'Khordad-15' },
    aliases: ['15th Khordad', '15 Khordad'],
    description: {
      de: 'Iranisches Flugabwehrsystem mittlerer Reichweite, 2019 vorgestellt.',
      en: 'Iranian medium-range air defence system, unveiled in 2019.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'iran' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'third-khordad', type: 'weapon', subtype: 'air-defence',
    names: { de: '3rd Khordad', en: '3rd Khordad' },
    aliases: ['Third Khordad'],
    // The same words are a date (3 Khordad, the anniversary of Khorramshahr's liberation).
    guarded: ['Khordad-3', 'Khordad 3', '3 Khordad', 'Sevom Khordad', 'Sevom-e Khordad'],
    description: {
      de: 'Iranisches Flugabwehrsystem mittlerer Reichweite, mit dem die Revolutionsgarden 2019 eine US-Aufklärungsdrohne vom Typ Global Hawk über der Straße von Hormus abschossen.',
      en: 'Iranian medium-range air defence system with which the Revolutionary Guards shot down a US Global Hawk surveillance drone over the Strait of Hormuz in 2019.',
    },
    links: [
      { rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'irgc' },
      { rel: 'instance-of', to: 'air-defence-system' }, { rel: 'related-to', to: 'rq-4-global-hawk' },
    ],
  },
  {
    id: 'burkan-2h', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Burkan-2H', en: 'Burkan-2H' },
    aliases: ['Burkan-2'],
    description: {
      de: 'Ballistische Rakete der Huthi auf Basis der iranischen Qiam-1; 2017 u. a. auf Riad abgefeuert.',
      en: 'Houthi ballistic missile based on Iran\'s Qiam-1; fired at Riyadh, among other targets, in 2017.',
    },
    links: [{ rel: 'used-by', to: 'houthis' }, { rel: 'related-to', to: 'qiam-1' }, { rel: 'instance-of', to: 'ballistic-missile' }],
  },
  {
    id: 'quds-1', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Quds-1', en: 'Quds-1' },
    description: {
      de: 'Landgestützter Marschflugkörper der Huthi, der auf einem iranischen Entwurf beruht.',
      en: 'Houthi ground-launched cruise missile based on an Iranian design.',
    },
    links: [{ rel: 'used-by', to: 'houthis' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'samad-3', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Samad-3', en: 'Samad-3' },
    aliases: ['Sammad-3'],
    description: {
      de: 'Einweg-Angriffsdrohne großer Reichweite der Huthi im Jemen.',
      en: 'Long-range one-way attack drone of Yemen\'s Houthis.',
    },
    links: [{ rel: 'used-by', to: 'houthis' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'palestine-2', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Palestine-2', en: 'Palestine-2' },
    aliases: ['Palästina-2', 'Falastin-2'],
    description: {
      de: 'Ballistische Rakete, mit der die Huthi seit 2024 Israel angreifen und die sie als Hyperschallrakete bezeichnen.',
      en: 'Ballistic missile the Houthis have fired at Israel since 2024 and describe as hypersonic.',
    },
    links: [{ rel: 'used-by', to: 'houthis' }, { rel: 'instance-of', to: 'ballistic-missile' }],
  },
  {
    id: 'katyusha', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'Katjuscha-Rakete', en: 'Katyusha rocket', ru: 'Катюша' },
    // Also the Russian folk song and a girl's name: the bare word needs its rockets nearby.
    guarded: ['Katjuscha', 'Katyusha'],
    cues: ['rakete', 'rocket', 'werfer', 'launcher', 'abgefeuert', 'fired', 'beschuss', 'hisbollah', 'hezbollah'],
    description: {
      de: 'Sammelname für ungelenkte Artillerieraketen sowjetischer Bauart; im Nahen Osten meist die 122-mm-Raketen der Hisbollah auf Nordisrael.',
      en: 'Common name for unguided Soviet-pattern artillery rockets; in the Middle East usually Hezbollah\'s 122 mm rockets fired at northern Israel.',
    },
    links: [{ rel: 'used-by', to: 'hezbollah' }, { rel: 'related-to', to: 'bm-21-grad' }],
  },
  {
    id: 'qassam-rocket', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'Kassam-Rakete', en: 'Qassam rocket' },
    aliases: ['Qassam-Rakete'],
    description: {
      de: 'Einfache, selbst gebaute ungelenkte Rakete der Hamas, aus dem Gazastreifen auf Israel abgefeuert.',
      en: 'Simple home-made unguided rocket of Hamas, fired from the Gaza Strip at Israel.',
    },
    links: [{ rel: 'used-by', to: 'qassam-brigades' }, { rel: 'made-by', to: 'hamas' }, { rel: 'used-by', to: 'hamas' }],
  },

  // ── Russia: missiles and drones ───────────────────────────────────────────────
  {
    id: 'iskander', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Iskander', en: 'Iskander', ru: 'Искандер' },
    aliases: ['Iskander-M', '9K720', '9M723', 'SS-26 Stone'],
    description: {
      de: 'Russisches mobiles Kurzstreckenraketensystem mit bis zu 500 km Reichweite, nuklearfähig; wird laufend gegen die Ukraine eingesetzt und wurde auch in Belarus stationiert.',
      en: 'Russian mobile short-range ballistic missile system with a range of up to 500 km, nuclear-capable; used against Ukraine throughout the war and also stationed in Belarus.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'belarus' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' },
    ],
  },
  {
    id: 'iskander-k', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Iskander-K', en: 'Iskander-K', ru: 'Искандер-К' },
    aliases: ['9M728', 'R-500'],
    description: {
      de: 'Version des Iskander-Systems, die statt ballistischer Raketen Marschflugkörper verschießt.',
      en: 'Version of the Iskander system that fires cruise missiles instead of ballistic missiles.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'variant-of', to: 'iskander' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: '9m729', type: 'weapon', subtype: 'cruise-missile',
    names: { de: '9M729', en: '9M729', ru: '9М729' },
    aliases: ['SSC-8 Screwdriver', 'SSC-8'],
    description: {
      de: 'Russischer landgestützter Marschflugkörper, dessentwegen die USA Russland den Bruch des INF-Vertrags vorwarfen, bevor sie 2019 ausstiegen.',
      en: 'Russian ground-launched cruise missile over which the US accused Russia of breaching the INF Treaty before withdrawing from it in 2019.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'related-to', to: 'iskander-k' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'kinzhal', type: 'weapon', subtype: 'hypersonic-missile',
    names: { de: 'Kinschal', en: 'Kinzhal', ru: 'Кинжал' },
    aliases: ['Kh-47M2', 'Ch-47M2', 'Х-47М2', 'Kinjal'],
    description: {
      de: 'Russische luftgestützte ballistische Rakete, von MiG-31K getragen; Moskau nennt sie Hyperschallwaffe, ukrainische Patriot-Systeme haben sie dennoch abgefangen.',
      en: 'Russian air-launched ballistic missile carried by the MiG-31K; Moscow calls it a hypersonic weapon, yet Ukrainian Patriot batteries have intercepted it.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'instance-of', to: 'hypersonic-missile' }, { rel: 'instance-of', to: 'ballistic-missile' },
      { rel: 'related-to', to: 'mig-31' },
    ],
  },
  {
    id: 'kalibr', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Kalibr', en: 'Kalibr', ru: 'Калибр' },
    aliases: ['3M-14', '3M-54', 'SS-N-30A'],
    description: {
      de: 'Russische Marschflugkörperfamilie, von Kriegsschiffen und U-Booten gestartet; die Landzielversion 3M-14 trifft seit 2022 immer wieder ukrainische Städte.',
      en: 'Russian family of cruise missiles fired from warships and submarines; the land-attack 3M-14 has repeatedly struck Ukrainian cities since 2022.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'kh-101', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ch-101', en: 'Kh-101', ru: 'Х-101' },
    aliases: ['X-101'],
    description: {
      de: 'Russischer luftgestützter Tarnkappen-Marschflugkörper großer Reichweite, von Tu-95MS- und Tu-160-Bombern abgefeuert; Hauptwaffe der Luftangriffe auf die Ukraine.',
      en: 'Russian long-range stealthy air-launched cruise missile fired from Tu-95MS and Tu-160 bombers; a mainstay of the air strikes on Ukraine.',
    },
    links: [
      { rel: 'made-by', to: 'tactical-missiles-corporation' },
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'cruise-missile' },
      { rel: 'related-to', to: 'tu-95' }, { rel: 'related-to', to: 'tu-160' },
    ],
  },
  {
    id: 'kh-55', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ch-55', en: 'Kh-55', ru: 'Х-55' },
    aliases: ['X-55', 'AS-15 Kent'],
    description: {
      de: 'Sowjetischer luftgestützter Marschflugkörper für Atomsprengköpfe; Vorlage der konventionellen Ch-555 und des iranischen Soumar.',
      en: 'Soviet air-launched cruise missile for nuclear warheads; the model for the conventional Kh-555 and Iran\'s Soumar.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'kh-555', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ch-555', en: 'Kh-555', ru: 'Х-555' },
    aliases: ['X-555'],
    description: {
      de: 'Konventionelle Version des Marschflugkörpers Ch-55, von strategischen Bombern gegen die Ukraine eingesetzt.',
      en: 'Conventional version of the Kh-55 cruise missile, fired by strategic bombers at Ukraine.',
    },
    links: [
      { rel: 'made-by', to: 'tactical-missiles-corporation' },
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'variant-of', to: 'kh-55' }, { rel: 'instance-of', to: 'cruise-missile' },
    ],
  },
  {
    id: 'kh-22', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ch-22', en: 'Kh-22', ru: 'Х-22' },
    aliases: ['X-22', 'AS-4 Kitchen'],
    description: {
      de: 'Schwerer sowjetischer Überschall-Seezielflugkörper, von Tu-22M3-Bombern getragen; Russland feuert ihn trotz geringer Treffgenauigkeit auf Landziele in der Ukraine.',
      en: 'Heavy Soviet supersonic anti-ship missile carried by Tu-22M3 bombers; Russia fires it at land targets in Ukraine despite its poor accuracy.',
    },
    links: [
      { rel: 'made-by', to: 'tactical-missiles-corporation' },
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'instance-of', to: 'anti-ship-missile' }, { rel: 'related-to', to: 'tu-22m3' },
    ],
  },
  {
    id: 'kh-32', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ch-32', en: 'Kh-32', ru: 'Х-32' },
    aliases: ['X-32'],
    description: {
      de: 'Modernisierte Weiterentwicklung der Ch-22 mit größerer Reichweite, ebenfalls von Tu-22M3 getragen.',
      en: 'Modernised longer-range development of the Kh-22, likewise carried by the Tu-22M3.',
    },
    links: [
      { rel: 'made-by', to: 'tactical-missiles-corporation' },
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'variant-of', to: 'kh-22' }, { rel: 'instance-of', to: 'anti-ship-missile' },
    ],
  },
  {
    id: 'kh-59', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ch-59', en: 'Kh-59', ru: 'Х-59' },
    guarded: ['X-59'],
    cues: ['rakete', 'missile', 'marschflugkörper', 'cruise', 'russ'],
    description: {
      de: 'Russischer luftgestützter Marschflugkörper kürzerer Reichweite, von Frontflugzeugen wie der Su-34 abgefeuert.',
      en: 'Russian shorter-range air-launched cruise missile fired from tactical aircraft such as the Su-34.',
    },
    links: [
      { rel: 'made-by', to: 'tactical-missiles-corporation' }, { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'instance-of', to: 'cruise-missile' },
    ],
  },
  {
    id: 'kh-31', type: 'weapon', subtype: 'missile',
    names: { de: 'Ch-31', en: 'Kh-31', ru: 'Х-31' },
    aliases: ['Kh-31P', 'Ch-31P'],
    guarded: ['X-31'],
    cues: ['rakete', 'missile', 'radar', 'russ'],
    description: {
      de: 'Russische luftgestützte Überschallrakete, als Radarbekämpfungs- (Ch-31P) und als Seezielflugkörper gebaut.',
      en: 'Russian supersonic air-launched missile, built as an anti-radiation (Kh-31P) and an anti-ship version.',
    },
    links: [
      { rel: 'made-by', to: 'tactical-missiles-corporation' }, { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
    ],
  },
  {
    id: 'zircon', type: 'weapon', subtype: 'hypersonic-missile',
    names: { de: 'Zirkon-Rakete', en: 'Zircon missile', ru: 'Циркон' },
    aliases: ['Tsirkon', '3M22'],
    guarded: ['Zirkon', 'Zircon'],
    cues: ['russ', 'marschflug', 'cruise', 'fregatte', 'frigate', 'kriegsschiff', 'warship', 'u-boot', 'submarine'],
    description: {
      de: 'Russischer Hyperschall-Marschflugkörper, vor allem von Schiffen gestartet; laut Kiew seit 2024 auch gegen die Ukraine eingesetzt.',
      en: 'Russian hypersonic cruise missile, mainly ship-launched; according to Kyiv also fired at Ukraine since 2024.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'instance-of', to: 'hypersonic-missile' }, { rel: 'instance-of', to: 'cruise-missile' },
      { rel: 'instance-of', to: 'anti-ship-missile' },
    ],
  },
  {
    id: 'oreshnik', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Oreschnik', en: 'Oreshnik', ru: 'Орешник' },
    aliases: ['Orechnik'],
    description: {
      de: 'Russische Mittelstreckenrakete mit mehreren Sprengköpfen, im November 2024 erstmals gegen die ukrainische Stadt Dnipro eingesetzt.',
      en: 'Russian intermediate-range ballistic missile with multiple warheads, first fired at the Ukrainian city of Dnipro in November 2024.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'intermediate-range-missile' },
    ],
  },
  {
    id: 'avangard', type: 'weapon', subtype: 'hypersonic-missile',
    names: { de: 'Awangard-Gleitflugkörper', en: 'Avangard glide vehicle', ru: 'Авангард' },
    guarded: ['Avangard', 'Awangard'],
    cues: ['hyperschall', 'hypersonic', 'gleit', 'glide', 'rakete', 'missile', 'interkontinental', 'atom', 'nuklear', 'nuclear'],
    description: {
      de: 'Russischer Hyperschall-Gleitflugkörper mit Atomsprengkopf, von Interkontinentalraketen getragen; seit 2019 im Dienst.',
      en: 'Russian nuclear-armed hypersonic glide vehicle carried by intercontinental missiles; in service since 2019.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'instance-of', to: 'hypersonic-glide-vehicle' }, { rel: 'related-to', to: 'icbm' },
    ],
  },
  {
    id: 'sarmat', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Sarmat', en: 'Sarmat', ru: 'Сармат' },
    aliases: ['RS-28', 'Satan II', 'Satan 2'],
    description: {
      de: 'Schwere russische Interkontinentalrakete mit Flüssigtreibstoff und mehreren Atomsprengköpfen, die die sowjetische R-36M ablösen soll; im Westen „Satan II“ genannt.',
      en: 'Heavy Russian liquid-fuel intercontinental missile with multiple nuclear warheads, meant to replace the Soviet R-36M; dubbed "Satan II" in the West.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'yars', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Yars', en: 'Yars', ru: 'Ярс' },
    aliases: ['RS-24'],
    guarded: ['Jars'],
    cues: ['interkontinental', 'rakete', 'missile', 'atom', 'icbm'],
    description: {
      de: 'Mobile russische Interkontinentalrakete mit Festtreibstoff und Mehrfachsprengköpfen, Rückgrat der Strategischen Raketentruppen.',
      en: 'Mobile Russian solid-fuel intercontinental missile with multiple warheads, the backbone of the Strategic Rocket Forces.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'topol-m', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Topol-M', en: 'Topol-M', ru: 'Тополь-М' },
    aliases: ['RT-2PM2', 'SS-27'],
    description: {
      de: 'Russische Festtreibstoff-Interkontinentalrakete mit einem Sprengkopf, in Silos und auf Fahrzeugen; Vorgängerin der Yars.',
      en: 'Russian solid-fuel single-warhead intercontinental missile, in silos and on vehicles; predecessor of the Yars.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'bulava', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Bulawa', en: 'Bulava', ru: 'Булава' },
    aliases: ['RSM-56'],
    description: {
      de: 'Russische U-Boot-gestützte Interkontinentalrakete der strategischen Atom-U-Boote der Borei-Klasse.',
      en: 'Russian submarine-launched intercontinental missile of the Borei-class strategic nuclear submarines.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'slbm' }],
  },
  {
    id: 'burevestnik', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Burewestnik', en: 'Burevestnik', ru: 'Буревестник' },
    aliases: ['9M730', 'SSC-X-9 Skyfall'],
    // Skyfall is also the Bond film and Adele's song: the bare word counts only after a name above.
    shortForms: ['Skyfall'],
    description: {
      de: 'Russischer Marschflugkörper mit Atomantrieb und nahezu unbegrenzter Reichweite; nach Moskaus Angaben 2025 erfolgreich getestet.',
      en: 'Russian nuclear-powered cruise missile with almost unlimited range; Moscow said it tested it successfully in 2025.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'instance-of', to: 'cruise-missile' }, { rel: 'related-to', to: 'nuclear-weapon' }],
  },
  {
    id: 'poseidon', type: 'weapon', subtype: 'drone',
    names: { de: 'Poseidon-Torpedo', en: 'Poseidon torpedo' },
    aliases: ['Status-6'],
    guarded: ['Poseidon'],
    cues: ['torpedo', 'unterwasserdrohne', 'underwater', 'atom', 'nuklear', 'nuclear', 'russ'],
    description: {
      de: 'Russische atomgetriebene Unterwasserdrohne, die einen Atomsprengkopf über interkontinentale Entfernungen tragen soll.',
      en: 'Russian nuclear-powered underwater drone meant to carry a nuclear warhead across intercontinental distances.',
    },
    links: [{ rel: 'made-by', to: 'russia' }],
  },
  {
    id: 'p-800-oniks', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'P-800 Oniks', en: 'P-800 Oniks', ru: 'П-800 Оникс' },
    aliases: ['Oniks', 'Yakhont', 'P-800'],
    guarded: ['Onyx'],
    cues: ['rakete', 'missile', 'marschflugkörper', 'seeziel', 'anti-ship', 'bastion'],
    description: {
      de: 'Russischer Überschall-Seezielflugkörper, u. a. vom Küstensystem Bastion-P verschossen und auch gegen Landziele in der Ukraine eingesetzt.',
      en: 'Russian supersonic anti-ship missile, fired among others from the Bastion-P coastal system and also used against land targets in Ukraine.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'instance-of', to: 'anti-ship-missile' }, { rel: 'instance-of', to: 'cruise-missile' },
    ],
  },
  {
    id: 'bastion-p', type: 'weapon', subtype: 'missile',
    names: { de: 'Bastion-P', en: 'Bastion-P', ru: 'Бастион-П' },
    aliases: ['K-300P'],
    guarded: ['Bastion'],
    cues: ['küstenverteidigung', 'coastal', 'rakete', 'missile', 'oniks', 'onyx'],
    description: {
      de: 'Russisches mobiles Küstenverteidigungssystem für Oniks-Seezielflugkörper, u. a. auf der Krim stationiert.',
      en: 'Russian mobile coastal defence system firing Oniks anti-ship missiles, deployed in Crimea among other places.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'related-to', to: 'p-800-oniks' }],
  },
  {
    id: 'tochka-u', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Totschka-U', en: 'Tochka-U', ru: 'Точка-У' },
    aliases: ['OTR-21', 'SS-21 Scarab'],
    description: {
      de: 'Sowjetische Kurzstreckenrakete mit rund 120 km Reichweite, von Russland und der Ukraine genutzt; eine solche Rakete traf im April 2022 den Bahnhof von Kramatorsk.',
      en: 'Soviet short-range ballistic missile with a range of about 120 km, used by Russia and Ukraine; one struck Kramatorsk railway station in April 2022.',
    },
    links: [
      { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' },
    ],
  },
  {
    id: 'lancet', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Lancet-Drohne', en: 'Lancet drone', ru: 'Ланцет' },
    aliases: ['Lancet-3', 'ZALA Lancet', 'Lanzet-Drohne', 'Lanzet-3', 'Izdeliye 53', 'Izdeliye-53', 'Izdelie 53', 'Izdelie-53'],
    // "Lanzet" is how some German outlets spell it; the instrument is "Lanzette".
    guarded: ['Lancet', 'Lanzet'],
    cues: ['drohne', 'drone', 'kamikaze', 'zala', 'loitering'],
    description: {
      de: 'Russische Kamikazedrohne von ZALA (Kalaschnikow-Konzern), an der Front vor allem gegen Artillerie und Fahrzeuge eingesetzt.',
      en: 'Russian loitering munition made by ZALA (Kalashnikov group), used at the front mainly against artillery and vehicles.',
    },
    links: [
      { rel: 'made-by', to: 'kalashnikov-concern' }, { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' },
      { rel: 'instance-of', to: 'loitering-munition' },
    ],
  },
  {
    id: 'orlan-10', type: 'weapon', subtype: 'drone',
    names: { de: 'Orlan-10', en: 'Orlan-10', ru: 'Орлан-10' },
    guarded: ['Orlan'],
    description: {
      de: 'Russische Aufklärungsdrohne, die vor allem Artilleriefeuer lenkt.',
      en: 'Russian reconnaissance drone used above all to direct artillery fire.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'gerbera', type: 'weapon', subtype: 'drone',
    names: { de: 'Gerbera-Drohne', en: 'Gerbera drone', ru: 'Гербера' },
    guarded: ['Gerbera'],
    cues: ['drohne', 'drone', 'täuschung', 'decoy', 'attrappe', 'shahed', 'geran'],
    description: {
      de: 'Billige russische Täuschdrohne, die zusammen mit Shahed/Geran-Drohnen fliegt, um die ukrainische Luftverteidigung zu überlasten.',
      en: 'Cheap Russian decoy drone flown alongside Shahed/Geran drones to overload Ukraine\'s air defences.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'related-to', to: 'shahed-136' }],
  },

  // ── Russia and the Soviet legacy: aircraft and helicopters ────────────────────
  {
    id: 'su-24', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Su-24', en: 'Su-24', ru: 'Су-24' },
    aliases: ['Suchoi Su-24', 'Sukhoi Su-24', 'Su-24M'],
    // NATO reporting name; also a sportsman.
    guarded: ['Fencer'],
    cues: ['suchoi', 'sukhoi', 'frontbomber', 'jagdbomber'],
    description: {
      de: 'Sowjetischer Schwenkflügel-Frontbomber, von Russland, der Ukraine und dem Iran geflogen; die Ukraine startet von ihm Storm-Shadow-Marschflugkörper.',
      en: 'Soviet swing-wing strike aircraft flown by Russia, Ukraine and Iran; Ukraine launches Storm Shadow cruise missiles from it.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'used-by', to: 'iran' },
      { rel: 'related-to', to: 'storm-shadow' },
    ],
  },
  {
    id: 'su-25', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Su-25', en: 'Su-25', ru: 'Су-25' },
    aliases: ['Suchoi Su-25', 'Sukhoi Su-25', 'Su-25SM'],
    guarded: ['Frogfoot'],
    cues: ['jet', 'kampfflugzeug', 'flugzeug', 'aircraft', 'suchoi', 'sukhoi'],
    description: {
      de: 'Sowjetisches gepanzertes Erdkampfflugzeug zur Luftnahunterstützung, von Russland und der Ukraine geflogen.',
      en: 'Soviet armoured close-air-support aircraft flown by Russia and Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'su-27', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Su-27', en: 'Su-27', ru: 'Су-27' },
    aliases: ['Suchoi Su-27', 'Sukhoi Su-27'],
    guarded: ['Flanker'],
    cues: ['jet', 'kampfjet', 'kampfflugzeug', 'flugzeug', 'aircraft', 'fighter', 'suchoi', 'sukhoi'],
    description: {
      de: 'Sowjetischer Luftüberlegenheitsjäger und Stammvater der Flanker-Familie; in Russland, der Ukraine und China im Dienst.',
      en: 'Soviet air-superiority fighter and root of the Flanker family; in service with Russia, Ukraine and China.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'used-by', to: 'china' },
      { rel: 'instance-of', to: 'fighter-aircraft' },
    ],
  },
  {
    id: 'su-30', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Su-30', en: 'Su-30', ru: 'Су-30' },
    aliases: ['Suchoi Su-30', 'Sukhoi Su-30', 'Su-30SM', 'Su-30MKI', 'Flanker-H'],
    description: {
      de: 'Zweisitziges russisches Mehrzweckkampfflugzeug der Flanker-Familie, u. a. in Russland, Indien und China im Dienst.',
      en: 'Two-seat Russian multirole fighter of the Flanker family, in service with Russia, India and China among others.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'india' }, { rel: 'used-by', to: 'china' },
      { rel: 'variant-of', to: 'su-27' }, { rel: 'instance-of', to: 'fighter-aircraft' },
    ],
  },
  {
    id: 'su-34', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Su-34', en: 'Su-34', ru: 'Су-34' },
    aliases: ['Suchoi Su-34', 'Sukhoi Su-34', 'Suchoi-34', 'Sukhoi-34'],
    // NATO reporting name; also a football position.
    guarded: ['Fullback'],
    cues: ['suchoi', 'sukhoi', 'jagdbomber', 'gleitbombe', 'glide bomb'],
    description: {
      de: 'Russischer zweisitziger Jagdbomber der Flanker-Familie, der in der Ukraine vor allem Gleitbomben abwirft.',
      en: 'Russian two-seat strike fighter of the Flanker family that above all drops glide bombs in Ukraine.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'variant-of', to: 'su-27' }, { rel: 'instance-of', to: 'fighter-aircraft' }, { rel: 'related-to', to: 'glide-bomb' },
    ],
  },
  {
    id: 'su-35', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Su-35', en: 'Su-35', ru: 'Су-35' },
    aliases: ['Suchoi Su-35', 'Sukhoi Su-35', 'Su-35S', 'Flanker-E'],
    description: {
      de: 'Modernstes russisches Mehrzweckkampfflugzeug der Flanker-Familie, auch an China verkauft; Iran bemüht sich seit Jahren um eine Lieferung.',
      en: 'Russia\'s most advanced Flanker-family multirole fighter, also sold to China; Iran has sought deliveries for years.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'china' },
      { rel: 'variant-of', to: 'su-27' }, { rel: 'instance-of', to: 'fighter-aircraft' }, { rel: 'related-to', to: 'iran' },
    ],
  },
  {
    id: 'su-57', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Su-57', en: 'Su-57', ru: 'Су-57' },
    aliases: ['Suchoi Su-57', 'Sukhoi Su-57'],
    description: {
      de: 'Russisches Tarnkappen-Kampfflugzeug der fünften Generation, bisher nur in kleiner Stückzahl gebaut.',
      en: 'Russian fifth-generation stealth fighter, so far built only in small numbers.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'mig-29', type: 'weapon', subtype: 'aircraft',
    names: { de: 'MiG-29', en: 'MiG-29', ru: 'МиГ-29' },
    aliases: ['Mikojan MiG-29', 'Mikoyan MiG-29'],
    guarded: ['Fulcrum'],
    cues: ['jet', 'kampfjet', 'kampfflugzeug', 'fighter', 'aircraft', 'mig'],
    description: {
      de: 'Sowjetischer leichter Jagdflieger; die Ukraine erhielt zusätzliche Maschinen aus Polen und der Slowakei.',
      en: 'Soviet light fighter; Ukraine received extra aircraft from Poland and Slovakia.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'used-by', to: 'poland' }, { rel: 'used-by', to: 'iran' }, { rel: 'instance-of', to: 'fighter-aircraft' },
    ],
  },
  {
    id: 'mig-31', type: 'weapon', subtype: 'aircraft',
    names: { de: 'MiG-31', en: 'MiG-31', ru: 'МиГ-31' },
    aliases: ['MiG-31K', 'MiG-31BM', 'Mikojan MiG-31', 'Mikoyan MiG-31'],
    description: {
      de: 'Russischer Überschall-Abfangjäger; die Version MiG-31K trägt die Kinschal-Rakete, ihr Aufsteigen löst in der Ukraine landesweit Luftalarm aus.',
      en: 'Russian supersonic interceptor; the MiG-31K version carries the Kinzhal missile, and its take-off triggers nationwide air-raid alerts in Ukraine.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'instance-of', to: 'fighter-aircraft' }, { rel: 'related-to', to: 'kinzhal' },
    ],
  },
  {
    id: 'tu-95', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Tu-95', en: 'Tu-95', ru: 'Ту-95' },
    aliases: ['Tu-95MS', 'Tupolew Tu-95', 'Tupolev Tu-95'],
    description: {
      de: 'Sowjetischer strategischer Turboprop-Bomber, Träger der Marschflugkörper Ch-101 und Ch-555 bei Angriffen auf die Ukraine.',
      en: 'Soviet turboprop strategic bomber that carries the Kh-101 and Kh-555 cruise missiles in strikes on Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'strategic-bomber' }],
  },
  {
    id: 'tu-160', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Tu-160', en: 'Tu-160', ru: 'Ту-160' },
    aliases: ['Tu-160M', 'Tupolew Tu-160', 'Tupolev Tu-160'],
    description: {
      de: 'Russischer strategischer Überschallbomber mit Schwenkflügeln, Träger der Ch-101.',
      en: 'Russian supersonic swing-wing strategic bomber that carries the Kh-101.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'strategic-bomber' }],
  },
  {
    id: 'tu-22m3', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Tu-22M3', en: 'Tu-22M3', ru: 'Ту-22М3' },
    aliases: ['Tu-22M', 'Tupolew Tu-22M3', 'Tupolev Tu-22M3', 'Tu-22'],
    // NATO reporting name; also an English verb.
    guarded: ['Backfire'],
    cues: ['tupolew', 'tupolev', 'langstreckenbomber', 'long-range bomber'],
    description: {
      de: 'Sowjetischer Überschall-Langstreckenbomber, Träger der Ch-22 und Ch-32.',
      en: 'Soviet supersonic long-range bomber that carries the Kh-22 and Kh-32.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'strategic-bomber' }],
  },
  {
    id: 'a-50', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Berijew A-50', en: 'Beriev A-50', ru: 'А-50' },
    aliases: ['A-50U'],
    guarded: ['A-50'],
    cues: ['radar', 'aufklärungsflugzeug', 'frühwarn', 'awacs', 'flugzeug', 'aircraft', 'abgeschossen', 'shot down'],
    description: {
      de: 'Russisches fliegendes Radar- und Frühwarnflugzeug (AWACS) auf Basis der Il-76; nur wenige Exemplare, die Ukraine meldete 2024 Abschüsse.',
      en: 'Russian airborne early-warning and control (AWACS) aircraft based on the Il-76; only a few exist, and Ukraine reported shooting some down in 2024.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'ka-52', type: 'weapon', subtype: 'helicopter',
    names: { de: 'Ka-52', en: 'Ka-52', ru: 'Ка-52' },
    aliases: ['Kamow Ka-52', 'Kamov Ka-52', 'Ka-52 Alligator', 'Kamov Ka-52 Alligator', 'Kamow Ka-52 Alligator'],
    // Its Russian nickname; also the reptile and the Alligator-class landing ships.
    guarded: ['Alligator'],
    cues: ['ka-52', 'kamov', 'kamow', 'gunship', 'kampfhubschrauber', 'attack helicopter'],
    description: {
      de: 'Russischer zweisitziger Kampfhubschrauber mit Koaxialrotor, an der ukrainischen Front stark im Einsatz.',
      en: 'Russian two-seat attack helicopter with coaxial rotors, heavily used on the Ukrainian front.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'attack-helicopter' }],
  },
  {
    id: 'mi-28', type: 'weapon', subtype: 'helicopter',
    names: { de: 'Mil Mi-28', en: 'Mil Mi-28', ru: 'Ми-28' },
    aliases: ['Mi-28N'],
    guarded: ['Mi-28'],
    cues: ['hubschrauber', 'helikopter', 'helicopter', 'abgeschossen', 'shot down', 'russ', 'ukrain'],
    description: {
      de: 'Russischer Kampfhubschrauber, Nachfolger der Mi-24 in der Panzerjagd.',
      en: 'Russian attack helicopter, successor of the Mi-24 in the anti-tank role.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'attack-helicopter' }],
  },
  {
    id: 'mi-24', type: 'weapon', subtype: 'helicopter',
    names: { de: 'Mil Mi-24', en: 'Mil Mi-24', ru: 'Ми-24' },
    guarded: ['Mi-24'],
    cues: ['hubschrauber', 'helikopter', 'helicopter', 'abgeschossen', 'shot down', 'russ', 'ukrain'],
    description: {
      de: 'Sowjetischer Kampf- und Transporthubschrauber, in Russland, der Ukraine und vielen weiteren Staaten im Dienst.',
      en: 'Soviet attack and transport helicopter, in service with Russia, Ukraine and many other states.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'attack-helicopter' },
    ],
  },
  {
    id: 'mi-8', type: 'weapon', subtype: 'helicopter',
    names: { de: 'Mil Mi-8', en: 'Mil Mi-8', ru: 'Ми-8' },
    guarded: ['Mi-8'],
    cues: ['hubschrauber', 'helikopter', 'helicopter', 'abgeschossen', 'shot down', 'russ', 'ukrain'],
    description: {
      de: 'Sowjetischer Mehrzweck- und Transporthubschrauber, einer der meistgebauten Hubschrauber der Welt.',
      en: 'Soviet multi-purpose transport helicopter, one of the most widely built helicopters in the world.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' }],
  },

  // ── Russia: air defence, armour, artillery, bombs ─────────────────────────────
  {
    id: 's-300', type: 'weapon', subtype: 'air-defence',
    names: { de: 'S-300', en: 'S-300', ru: 'С-300' },
    aliases: ['S-300PMU', 'S-300PMU2', 'SA-10 Grumble'],
    description: {
      de: 'Sowjetisch-russisches Langstrecken-Flugabwehrsystem; auf beiden Seiten des Ukrainekriegs im Einsatz, Russland verschießt die Raketen auch auf Bodenziele.',
      en: 'Soviet-Russian long-range air defence system; used by both sides in the Ukraine war, and Russia also fires its missiles at ground targets.',
    },
    links: [
      { rel: 'made-by', to: 'almaz-antey' },
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'used-by', to: 'iran' }, { rel: 'used-by', to: 'belarus' }, { rel: 'instance-of', to: 'air-defence-system' },
    ],
  },
  {
    id: 's-400', type: 'weapon', subtype: 'air-defence',
    names: { de: 'S-400', en: 'S-400', ru: 'С-400' },
    aliases: ['S-400 Triumf', 'SA-21 Growler'],
    description: {
      de: 'Russisches Langstrecken-Flugabwehrsystem, auch an China, Indien und die Türkei verkauft – Letzteres führte zum Streit mit den USA.',
      en: 'Russian long-range air defence system, also sold to China, India and Turkey; the Turkish purchase led to a dispute with the US.',
    },
    links: [
      { rel: 'made-by', to: 'almaz-antey' },
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'china' },
      { rel: 'used-by', to: 'india' }, { rel: 'used-by', to: 'turkey' }, { rel: 'instance-of', to: 'air-defence-system' },
    ],
  },
  {
    id: 's-500', type: 'weapon', subtype: 'air-defence',
    names: { de: 'S-500 Prometei', en: 'S-500 Prometey', ru: 'С-500' },
    guarded: ['S-500'],
    cues: ['russ', 'prometei', 'prometey', 'almas', 'almaz'],
    description: {
      de: 'Neuestes russisches Flugabwehr- und Raketenabwehrsystem großer Reichweite, bisher in kleiner Zahl eingeführt.',
      en: 'Russia\'s newest long-range air and missile defence system, so far fielded in small numbers.',
    },
    links: [
      { rel: 'made-by', to: 'almaz-antey' }, { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'instance-of', to: 'air-defence-system' },
    ],
  },
  {
    id: 'pantsir', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Panzir', en: 'Pantsir', ru: 'Панцирь' },
    aliases: ['Pantsir-S1', 'Panzir-S1', 'SA-22 Greyhound', 'SA-22', 'Pantsir-ME'],
    description: {
      de: 'Russisches Kurzstrecken-Flugabwehrsystem, das Maschinenkanonen und Raketen auf einem Fahrzeug verbindet.',
      en: 'Russian short-range air defence system combining autocannons and missiles on one vehicle.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'syria' },
      { rel: 'used-by', to: 'united-arab-emirates' }, { rel: 'instance-of', to: 'air-defence-system' },
    ],
  },
  {
    id: 'tor', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Tor-M2', en: 'Tor-M2', ru: 'Тор-М2' },
    aliases: ['Tor-M1', '9K331', '9K332', 'SA-15 Gauntlet', 'Tor-System', 'Tor-Flugabwehrsystem', 'Flugabwehrsystem Tor', 'Tor air defence system', 'Tor air defense system', 'Tor missile system'],
    // "Tor" is a goal in German: football reports put "System" and "Rakete" beside it, so the bare
    // word counts only after one of the names above.
    shortForms: ['Tor'],
    description: {
      de: 'Russisches Kurzstrecken-Flugabwehrsystem; mit einem Tor-M1 schossen die Revolutionsgarden im Januar 2020 irrtümlich den ukrainischen Passagierflug PS752 ab.',
      en: 'Russian short-range air defence system; in January 2020 the Revolutionary Guards mistakenly shot down Ukrainian passenger flight PS752 with a Tor-M1.',
    },
    links: [
      { rel: 'made-by', to: 'almaz-antey' },
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'iran' },
      { rel: 'instance-of', to: 'air-defence-system' },
    ],
  },
  {
    id: 'buk', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Buk-Flugabwehrsystem', en: 'Buk air defence system' },
    aliases: ['Buk-M1', 'Buk-M2', 'Buk-M3', '9K37', 'SA-11 Gadfly', 'SA-17 Grizzly'],
    guarded: ['Buk'],
    cues: ['flugabwehr', 'luftabwehr', 'rakete', 'missile', 'mh17', 'mh 17', 'air defence', 'air defense', 'system'],
    description: {
      de: 'Sowjetisch-russisches Flugabwehrsystem mittlerer Reichweite; eine Buk-Rakete einer russischen Brigade schoss im Juli 2014 den Flug MH17 über der Ostukraine ab.',
      en: 'Soviet-Russian medium-range air defence system; a Buk missile from a Russian brigade shot down flight MH17 over eastern Ukraine in July 2014.',
    },
    links: [
      { rel: 'made-by', to: 'almaz-antey' },
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'air-defence-system' },
    ],
  },
  {
    id: 't-64', type: 'weapon', subtype: 'tank',
    names: { de: 'T-64', en: 'T-64', ru: 'Т-64', uk: 'Т-64' },
    aliases: ['T-64BV'],
    description: {
      de: 'Sowjetischer Kampfpanzer aus ukrainischer Produktion (Charkiw), in modernisierter Form lange der wichtigste Panzer der ukrainischen Armee.',
      en: 'Soviet main battle tank built in Kharkiv, in upgraded form long the main tank of the Ukrainian army.',
    },
    links: [{ rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 't-72', type: 'weapon', subtype: 'tank',
    names: { de: 'T-72', en: 'T-72', ru: 'Т-72' },
    aliases: ['T-72B3', 'T-72B'],
    description: {
      de: 'Sowjetischer Kampfpanzer, in modernisierten Versionen wie der T-72B3 Rückgrat der russischen Panzertruppe; auch von der Ukraine genutzt.',
      en: 'Soviet main battle tank; upgraded versions such as the T-72B3 form the backbone of Russia\'s tank force, and Ukraine uses it too.',
    },
    links: [
      { rel: 'made-by', to: 'uralvagonzavod' },
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'main-battle-tank' },
    ],
  },
  {
    id: 't-80', type: 'weapon', subtype: 'tank',
    names: { de: 'T-80', en: 'T-80', ru: 'Т-80' },
    aliases: ['T-80BVM', 'T-80U'],
    description: {
      de: 'Sowjetischer Kampfpanzer mit Gasturbinenantrieb, in Russland und der Ukraine im Einsatz.',
      en: 'Soviet gas-turbine main battle tank, in service with Russia and Ukraine.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'main-battle-tank' },
    ],
  },
  {
    id: 't-90', type: 'weapon', subtype: 'tank',
    names: { de: 'T-90', en: 'T-90', ru: 'Т-90' },
    aliases: ['T-90M', 'T-90A', 'T-90M Proryv', 'T-90M Proryw'],
    description: {
      de: 'Modernster in Serie gebauter russischer Kampfpanzer, aktuell in der Version T-90M.',
      en: 'Russia\'s most modern series-built main battle tank, currently produced as the T-90M.',
    },
    links: [
      { rel: 'made-by', to: 'uralvagonzavod' }, { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'instance-of', to: 'main-battle-tank' },
    ],
  },
  {
    id: 'bmp-2', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'BMP-2', en: 'BMP-2', ru: 'БМП-2' },
    description: {
      de: 'Sowjetischer Schützenpanzer mit 30-mm-Maschinenkanone, auf beiden Seiten des Ukrainekriegs verbreitet.',
      en: 'Soviet infantry fighting vehicle with a 30 mm autocannon, widespread on both sides of the Ukraine war.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'infantry-fighting-vehicle' },
    ],
  },
  {
    id: 'bmp-3', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'BMP-3', en: 'BMP-3', ru: 'БМП-3' },
    description: {
      de: 'Russischer Schützenpanzer mit 100-mm-Kanone und 30-mm-Maschinenkanone.',
      en: 'Russian infantry fighting vehicle armed with a 100 mm gun and a 30 mm autocannon.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'infantry-fighting-vehicle' },
    ],
  },
  {
    id: 'tos-1', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'TOS-1', en: 'TOS-1', ru: 'ТОС-1' },
    aliases: ['TOS-1A', 'Solntsepyok', 'Solnzepjok'],
    guarded: ['Buratino'],
    cues: ['raketenwerfer', 'thermobar', 'rocket launcher', 'mlrs', 'tos'],
    description: {
      de: 'Russischer Mehrfachraketenwerfer auf Panzerfahrgestell, der thermobarische Raketen verschießt.',
      en: 'Russian multiple rocket launcher on a tank chassis that fires thermobaric rockets.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'instance-of', to: 'multiple-rocket-launcher' }, { rel: 'related-to', to: 'thermobaric-weapon' },
    ],
  },
  {
    id: 'bm-21-grad', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'BM-21 Grad', en: 'BM-21 Grad', ru: 'БМ-21 Град' },
    aliases: ['BM-21', 'Grad-Rakete', 'Grad-Raketenwerfer', 'Grad-Mehrfachraketenwerfer', 'Grad-System', 'Grad rocket', 'Grad rocket launcher', 'Grad launcher', 'Grad MLRS', 'Mehrfachraketenwerfer Grad', 'Raketenwerfer Grad'],
    // "Grad" is also a degree: winter reports put "minus zehn Grad" beside "Raketen", so the bare
    // word counts only after one of the names above.
    shortForms: ['Grad'],
    description: {
      de: 'Sowjetischer 122-mm-Mehrfachraketenwerfer auf Lkw, der weltweit verbreitetste seiner Art; auf beiden Seiten des Ukrainekriegs im Einsatz.',
      en: 'Soviet truck-mounted 122 mm multiple rocket launcher, the most widespread of its kind; used by both sides in the Ukraine war.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'multiple-rocket-launcher' },
    ],
  },
  {
    id: 'bm-27-uragan', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'BM-27 Uragan', en: 'BM-27 Uragan', ru: 'БМ-27 Ураган' },
    aliases: ['BM-27', '9K57'],
    guarded: ['Uragan'],
    cues: ['raketenwerfer', 'mehrfachraketenwerfer', 'rocket launcher', 'mlrs'],
    description: {
      de: 'Sowjetischer 220-mm-Mehrfachraketenwerfer, von Russland und der Ukraine eingesetzt.',
      en: 'Soviet 220 mm multiple rocket launcher, used by Russia and Ukraine.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'multiple-rocket-launcher' },
    ],
  },
  {
    id: 'bm-30-smerch', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'BM-30 Smerch', en: 'BM-30 Smerch', ru: 'БМ-30 Смерч' },
    aliases: ['BM-30', '9K58'],
    guarded: ['Smerch', 'Smertsch'],
    cues: ['raketenwerfer', 'mehrfachraketenwerfer', 'rocket launcher', 'mlrs'],
    description: {
      de: 'Sowjetischer 300-mm-Mehrfachraketenwerfer großer Reichweite, von Russland und der Ukraine eingesetzt.',
      en: 'Soviet long-range 300 mm multiple rocket launcher, used by Russia and Ukraine.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'multiple-rocket-launcher' },
    ],
  },
  {
    id: 'tornado-s', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'Tornado-S-Raketenwerfer', en: 'Tornado-S rocket launcher', ru: 'Торнадо-С' },
    aliases: ['9K515'],
    guarded: ['Tornado-S'],
    cues: ['raketenwerfer', 'mehrfachraketenwerfer', 'rocket launcher', 'mlrs', 'smerch', 'smertsch'],
    description: {
      de: 'Russischer 300-mm-Mehrfachraketenwerfer mit gelenkten Raketen, Nachfolger des BM-30 Smerch.',
      en: 'Russian 300 mm multiple rocket launcher firing guided rockets, successor of the BM-30 Smerch.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'variant-of', to: 'bm-30-smerch' }, { rel: 'instance-of', to: 'multiple-rocket-launcher' },
    ],
  },
  {
    id: 'fab-500', type: 'weapon',
    names: { de: 'FAB-500', en: 'FAB-500', ru: 'ФАБ-500' },
    aliases: ['FAB-500M62'],
    description: {
      de: 'Russische 500-kg-Sprengbombe; mit dem UMPK-Bausatz wird sie zur Gleitbombe, die Russland massenhaft auf die Front und frontnahe Städte abwirft.',
      en: 'Russian 500 kg general-purpose bomb; fitted with the UMPK kit it becomes a glide bomb that Russia drops en masse on the front and nearby cities.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'related-to', to: 'umpk' }, { rel: 'related-to', to: 'glide-bomb' },
    ],
  },
  {
    id: 'fab-1500', type: 'weapon',
    names: { de: 'FAB-1500', en: 'FAB-1500', ru: 'ФАБ-1500' },
    aliases: ['FAB-1500M54'],
    description: {
      de: 'Russische 1,5-Tonnen-Sprengbombe, seit 2024 mit UMPK-Bausatz als Gleitbombe gegen ukrainische Stellungen und Städte eingesetzt.',
      en: 'Russian 1.5-tonne bomb, used since 2024 with the UMPK kit as a glide bomb against Ukrainian positions and towns.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'related-to', to: 'umpk' }, { rel: 'related-to', to: 'glide-bomb' },
    ],
  },
  {
    id: 'fab-3000', type: 'weapon',
    names: { de: 'FAB-3000', en: 'FAB-3000', ru: 'ФАБ-3000' },
    aliases: ['FAB-3000M54'],
    description: {
      de: 'Russische 3-Tonnen-Sprengbombe, seit 2024 ebenfalls mit UMPK-Bausatz als Gleitbombe eingesetzt.',
      en: 'Russian 3-tonne bomb, likewise used since 2024 as a glide bomb with the UMPK kit.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' },
      { rel: 'related-to', to: 'umpk' }, { rel: 'related-to', to: 'glide-bomb' },
    ],
  },
  {
    id: 'umpk', type: 'weapon',
    names: { de: 'UMPK', en: 'UMPK', ru: 'УМПК' },
    description: {
      de: 'Russischer Lenk- und Gleitbausatz mit Klappflügeln und Satellitennavigation, der ungelenkte FAB-Bomben in Gleitbomben verwandelt.',
      en: 'Russian guidance and glide kit with pop-out wings and satellite navigation that turns unguided FAB bombs into glide bombs.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'related-to', to: 'glide-bomb' }],
  },
  {
    id: 'novichok', type: 'weapon',
    names: { de: 'Nowitschok', en: 'Novichok' },
    aliases: ['Novitchok'],
    description: {
      de: 'Gruppe sowjetisch-russischer Nervenkampfstoffe, eingesetzt gegen Sergej Skripal 2018 und Alexej Nawalny 2020.',
      en: 'Group of Soviet-Russian nerve agents, used against Sergei Skripal in 2018 and Alexei Navalny in 2020.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'instance-of', to: 'chemical-weapon' }],
  },

  // ── North Korea ───────────────────────────────────────────────────────────────
  {
    id: 'hwasong-11', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hwasong-11', en: 'Hwasong-11', ko: '화성-11' },
    aliases: ['Hwasongpho-11'],
    description: {
      de: 'Familie nordkoreanischer Festtreibstoff-Kurzstreckenraketen, im Westen als KN-23 und KN-24 bezeichnet; 2024 auch mit einem 4,5-Tonnen-Sprengkopf getestet.',
      en: 'Family of North Korean solid-fuel short-range ballistic missiles known in the West as the KN-23 and KN-24; tested in 2024 with a 4.5-tonne warhead too.',
    },
    links: [
      { rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' },
    ],
  },
  {
    id: 'kn-23', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'KN-23', en: 'KN-23' },
    aliases: ['Hwasong-11A', 'Hwasong-11Ga'],
    description: {
      de: 'Nordkoreanische Festtreibstoff-Kurzstreckenrakete, der russischen Iskander ähnlich; seit der Jahreswende 2023/24 von Russland gegen die Ukraine eingesetzt.',
      en: 'North Korean solid-fuel short-range ballistic missile resembling Russia\'s Iskander; fired by Russia at Ukraine since the turn of 2023/24.',
    },
    links: [
      { rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'used-by', to: 'russia' },
      { rel: 'variant-of', to: 'hwasong-11' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' },
    ],
  },
  {
    id: 'kn-24', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'KN-24', en: 'KN-24' },
    aliases: ['Hwasong-11B', 'Hwasong-11Na'],
    description: {
      de: 'Nordkoreanische Festtreibstoff-Kurzstreckenrakete, äußerlich der amerikanischen ATACMS ähnlich; 2019 erstmals getestet.',
      en: 'North Korean solid-fuel short-range ballistic missile outwardly resembling the US ATACMS; first tested in 2019.',
    },
    links: [
      { rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' },
      { rel: 'variant-of', to: 'hwasong-11' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' },
    ],
  },
  {
    id: 'kn-25', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'KN-25', en: 'KN-25' },
    aliases: ['super-large multiple rocket launcher', 'super-large MLRS', '600mm multiple rocket launcher', '600-mm multiple rocket launcher', '600mm MLRS', '600-mm MLRS', '600mm super-large MLRS', '600-mm super-large MLRS', '600mm super-large multiple rocket launcher'],
    description: {
      de: 'Nordkoreanischer 600-mm-Mehrfachraketenwerfer („supergroß“), dessen Geschosse Südkorea und die USA als ballistische Kurzstreckenraketen werten; laut Pjöngjang nuklearfähig.',
      en: 'North Korean 600 mm "super-large" multiple rocket launcher whose projectiles South Korea and the US count as short-range ballistic missiles; nuclear-capable according to Pyongyang.',
    },
    links: [
      { rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' },
      { rel: 'instance-of', to: 'multiple-rocket-launcher' }, { rel: 'related-to', to: 'short-range-ballistic-missile' },
    ],
  },
  {
    id: 'hwasong-7', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hwasong-7', en: 'Hwasong-7', ko: '화성-7' },
    aliases: ['Nodong-1', 'Rodong-1'],
    description: {
      de: 'Nordkoreanische Flüssigtreibstoff-Mittelstreckenrakete auf Scud-Basis (westlich: Nodong); Vorbild der iranischen Shahab-3 und der pakistanischen Ghauri.',
      en: 'North Korean liquid-fuel medium-range ballistic missile based on the Scud (Western name: Nodong); model for Iran\'s Shahab-3 and Pakistan\'s Ghauri.',
    },
    links: [
      { rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'intermediate-range-missile' },
    ],
  },
  {
    id: 'hwasong-8', type: 'weapon', subtype: 'hypersonic-missile',
    names: { de: 'Hwasong-8', en: 'Hwasong-8', ko: '화성-8' },
    description: {
      de: 'Nordkoreanische Rakete mit Hyperschall-Gleitflugkörper, 2021 erstmals getestet.',
      en: 'North Korean missile carrying a hypersonic glide vehicle, first tested in 2021.',
    },
    links: [
      { rel: 'made-by', to: 'north-korea' }, { rel: 'instance-of', to: 'hypersonic-missile' }, { rel: 'related-to', to: 'hypersonic-glide-vehicle' },
    ],
  },
  {
    id: 'hwasong-12', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hwasong-12', en: 'Hwasong-12', ko: '화성-12' },
    aliases: ['Hwasongpho-12', 'KN-17'],
    description: {
      de: 'Nordkoreanische Flüssigtreibstoff-Mittelstreckenrakete, die Guam erreichen kann; überflog 2017 und 2022 Japan.',
      en: 'North Korean liquid-fuel intermediate-range ballistic missile able to reach Guam; it overflew Japan in 2017 and 2022.',
    },
    links: [
      { rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'intermediate-range-missile' },
    ],
  },
  {
    id: 'hwasong-14', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hwasong-14', en: 'Hwasong-14', ko: '화성-14' },
    aliases: ['Hwasongpho-14', 'KN-20'],
    description: {
      de: 'Erste nordkoreanische Interkontinentalrakete, im Juli 2017 zweimal getestet.',
      en: 'North Korea\'s first intercontinental ballistic missile, tested twice in July 2017.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'hwasong-15', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hwasong-15', en: 'Hwasong-15', ko: '화성-15' },
    aliases: ['Hwasongpho-15', 'KN-22'],
    description: {
      de: 'Nordkoreanische Flüssigtreibstoff-Interkontinentalrakete, im November 2017 erstmals getestet; nach Schätzungen reicht sie bis zum US-Festland.',
      en: 'North Korean liquid-fuel intercontinental ballistic missile, first tested in November 2017; estimates put the US mainland within range.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'hwasong-16b', type: 'weapon', subtype: 'hypersonic-missile',
    names: { de: 'Hwasong-16B', en: 'Hwasong-16B', ko: '화성-16나' },
    aliases: ['Hwasongpho-16B', 'Hwasong-16'],
    description: {
      de: 'Nordkoreanische Festtreibstoff-Mittelstreckenrakete mit Hyperschall-Gleitsprengkopf, im April 2024 erstmals getestet.',
      en: 'North Korean solid-fuel intermediate-range missile with a hypersonic glide warhead, first tested in April 2024.',
    },
    links: [
      { rel: 'made-by', to: 'north-korea' }, { rel: 'instance-of', to: 'intermediate-range-missile' },
      { rel: 'instance-of', to: 'hypersonic-missile' },
    ],
  },
  {
    id: 'hwasong-17', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hwasong-17', en: 'Hwasong-17', ko: '화성-17' },
    aliases: ['Hwasongpho-17'],
    description: {
      de: 'Sehr große nordkoreanische Flüssigtreibstoff-Interkontinentalrakete, 2020 bei einer Parade gezeigt und 2022 getestet.',
      en: 'Very large North Korean liquid-fuel intercontinental ballistic missile, shown at a 2020 parade and tested in 2022.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'hwasong-18', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hwasong-18', en: 'Hwasong-18', ko: '화성-18' },
    aliases: ['Hwasongpho-18'],
    description: {
      de: 'Erste nordkoreanische Interkontinentalrakete mit Festtreibstoff, im April 2023 erstmals getestet.',
      en: 'North Korea\'s first solid-fuel intercontinental ballistic missile, first tested in April 2023.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'hwasong-19', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hwasong-19', en: 'Hwasong-19', ko: '화성-19' },
    aliases: ['Hwasongpho-19'],
    description: {
      de: 'Nordkoreanische Festtreibstoff-Interkontinentalrakete, Ende Oktober 2024 erstmals getestet.',
      en: 'North Korean solid-fuel intercontinental ballistic missile, first tested at the end of October 2024.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'hwasong-20', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hwasong-20', en: 'Hwasong-20', ko: '화성-20' },
    aliases: ['Hwasongpho-20'],
    description: {
      de: 'Neue nordkoreanische Festtreibstoff-Interkontinentalrakete, erstmals im Oktober 2025 bei der Parade zum 80. Jahrestag der Arbeiterpartei gezeigt.',
      en: 'New North Korean solid-fuel intercontinental ballistic missile, first shown in October 2025 at the parade for the Workers\' Party\'s 80th anniversary.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'pukguksong', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Pukguksong', en: 'Pukguksong' },
    aliases: ['Pukguksong-1', 'Pukguksong-2', 'Pukguksong-3', 'Pukguksong-4', 'Pukguksong-5', 'Pukguksong-6', 'KN-11', 'KN-15'],
    description: {
      de: 'Familie nordkoreanischer Festtreibstoffraketen, überwiegend für den Start von U-Booten (SLBM); die Pukguksong-2 ist eine landgestützte Ableitung.',
      en: 'Family of North Korean solid-fuel missiles, mostly submarine-launched (SLBM); the Pukguksong-2 is a land-based derivative.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'instance-of', to: 'slbm' }],
  },
  {
    id: 'koksan', type: 'weapon', subtype: 'artillery',
    names: { de: 'Koksan', en: 'Koksan' },
    aliases: ['M1978 Koksan', 'M1989 Koksan', 'M1989', 'M1978', 'M1979 Koksan'],
    description: {
      de: 'Nordkoreanische 170-mm-Selbstfahrlafette mit sehr großer Reichweite, für den Beschuss Seouls gedacht; seit Ende 2024 an Russland geliefert und gegen die Ukraine eingesetzt.',
      en: 'North Korean 170 mm self-propelled gun with very long range, designed to shell Seoul; delivered to Russia and used against Ukraine since late 2024.',
    },
    links: [
      { rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'used-by', to: 'russia' },
    ],
  },

  // ── The West and Ukraine: strike weapons ──────────────────────────────────────
  {
    id: 'himars', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'HIMARS', en: 'HIMARS' },
    aliases: ['M142 HIMARS', 'M142', 'High Mobility Artillery Rocket System', 'High-Mobility Artillery Rocket System', 'high-mobility artillery rocket system'],
    description: {
      de: 'Amerikanischer Mehrfachraketenwerfer auf Radfahrzeug von Lockheed Martin, verschießt GMLRS-Raketen und ATACMS; seit Sommer 2022 in der Ukraine im Einsatz.',
      en: 'US wheeled multiple rocket launcher by Lockheed Martin, firing GMLRS rockets and ATACMS; in action in Ukraine since summer 2022.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'multiple-rocket-launcher' },
    ],
  },
  {
    id: 'm270-mlrs', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'M270 MLRS', en: 'M270 MLRS' },
    aliases: ['M270', 'MARS II', 'Mittleres Artillerieraketensystem'],
    // The Bundeswehr's name for it, bare; also the planet and the confectioner.
    guarded: ['MARS'],
    cues: ['raketenwerfer', 'mehrfachraketenwerfer', 'rocket launcher', 'raketenartillerie', 'artillerie', 'artillery', 'mlrs', 'himars'],
    description: {
      de: 'Amerikanischer Mehrfachraketenwerfer auf Kettenfahrgestell; die Bundeswehr-Version heißt MARS II, Deutschland und Großbritannien gaben Werfer an die Ukraine ab.',
      en: 'US tracked multiple rocket launcher; the Bundeswehr version is called MARS II, and Germany and Britain handed launchers to Ukraine.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'germany' },
      { rel: 'used-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'multiple-rocket-launcher' },
    ],
  },
  {
    id: 'gmlrs', type: 'weapon', subtype: 'missile',
    names: { de: 'GMLRS', en: 'GMLRS' },
    aliases: ['Guided Multiple Launch Rocket System'],
    description: {
      de: 'Amerikanische satellitengelenkte 227-mm-Artillerierakete mit rund 70 km Reichweite für HIMARS und M270.',
      en: 'US satellite-guided 227 mm artillery rocket with a range of about 70 km for HIMARS and the M270.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'related-to', to: 'himars' },
    ],
  },
  {
    id: 'atacms', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'ATACMS', en: 'ATACMS' },
    aliases: ['MGM-140', 'Army Tactical Missile System'],
    description: {
      de: 'Amerikanische ballistische Kurzstreckenrakete mit bis zu rund 300 km Reichweite, von HIMARS und M270 verschossen; seit Herbst 2023 in der Ukraine im Einsatz.',
      en: 'US short-range ballistic missile with a range of up to about 300 km, fired from HIMARS and the M270; used by Ukraine since autumn 2023.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' },
      { rel: 'related-to', to: 'himars' },
    ],
  },
  {
    id: 'prsm', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Precision Strike Missile', en: 'Precision Strike Missile' },
    acronyms: ['PrSM'],
    description: {
      de: 'Amerikanische ballistische Kurzstreckenrakete für HIMARS und M270, Nachfolgerin der ATACMS.',
      en: 'US short-range ballistic missile for HIMARS and the M270, successor to the ATACMS.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' },
      { rel: 'instance-of', to: 'short-range-ballistic-missile' }, { rel: 'related-to', to: 'atacms' },
    ],
  },
  {
    id: 'storm-shadow', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Storm Shadow', en: 'Storm Shadow', fr: 'SCALP-EG' },
    // The German calque some papers use (Welt).
    aliases: ['Sturmschatten'],
    // The German press writes "Scalp"; also a body part, so only beside a missile word.
    guarded: ['SCALP', 'Scalp'],
    cues: ['marschflugkörper', 'cruise', 'missile', 'rakete', 'storm shadow'],
    description: {
      de: 'Britisch-französischer luftgestützter Tarnkappen-Marschflugkörper von MBDA (in Frankreich SCALP-EG) mit über 250 km Reichweite; seit Mai 2023 von der Ukraine eingesetzt.',
      en: 'British-French stealthy air-launched cruise missile by MBDA (SCALP-EG in France) with a range above 250 km; used by Ukraine since May 2023.',
    },
    links: [
      { rel: 'made-by', to: 'united-kingdom' }, { rel: 'made-by', to: 'france' },
      { rel: 'used-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'france' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'cruise-missile' },
    ],
  },
  {
    id: 'taurus', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Taurus KEPD 350', en: 'Taurus KEPD 350' },
    aliases: ['KEPD 350', 'KEPD-350'],
    guarded: ['Taurus'],
    // The German debate names it beside the chancellors and ministers who decide on it ("Scholz lehnt Taurus ab").
    cues: ['marschflugkörper', 'rakete', 'missile', 'cruise', 'lieferung', 'liefern', 'bundeswehr', 'reichweite', 'ukraine', 'kiew', 'kyiv',
      'scholz', 'merz', 'pistorius', 'kanzler', 'chancellor', 'bundesregierung', 'selenskyj', 'zelensky'],
    description: {
      de: 'Deutsch-schwedischer luftgestützter Marschflugkörper mit über 500 km Reichweite; um eine Lieferung an die Ukraine wird in Deutschland seit 2023 gestritten.',
      en: 'German-Swedish air-launched cruise missile with a range beyond 500 km; Germany has argued over supplying it to Ukraine since 2023.',
    },
    links: [
      { rel: 'made-by', to: 'germany' }, { rel: 'used-by', to: 'germany' }, { rel: 'used-by', to: 'south-korea' },
      { rel: 'instance-of', to: 'cruise-missile' },
    ],
  },
  {
    id: 'tomahawk', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'BGM-109 Tomahawk', en: 'BGM-109 Tomahawk' },
    aliases: ['BGM-109', 'Tomahawk Block V'],
    acronyms: ['TLAM'],
    guarded: ['Tomahawk'],
    cues: ['marschflugkörper', 'cruise', 'missile', 'rakete', 'lieferung', 'reichweite', 'navy', 'marine', 'u-boot', 'submarine', 'ukraine'],
    description: {
      de: 'Amerikanischer Marschflugkörper großer Reichweite (weit über 1000 km), von Schiffen, U-Booten und Landwerfern gestartet; die Ukraine bittet um eine Lieferung.',
      en: 'US long-range cruise missile (well over 1,000 km) launched from ships, submarines and land launchers; Ukraine has asked for deliveries.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'jassm', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'JASSM', en: 'JASSM' },
    aliases: ['AGM-158', 'JASSM-ER'],
    description: {
      de: 'Amerikanischer luftgestützter Tarnkappen-Marschflugkörper von Lockheed Martin.',
      en: 'US stealthy air-launched cruise missile by Lockheed Martin.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'harpoon', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'AGM-84 Harpoon', en: 'AGM-84 Harpoon' },
    aliases: ['RGM-84 Harpoon', 'AGM-84', 'RGM-84'],
    guarded: ['Harpoon'],
    cues: ['seezielflugkörper', 'anti-ship', 'rakete', 'missile', 'küste', 'coastal'],
    description: {
      de: 'Amerikanischer Seezielflugkörper; die Ukraine erhielt 2022 landgestützte Harpoon-Werfer aus Dänemark und den USA.',
      en: 'US anti-ship missile; Ukraine received land-based Harpoon launchers from Denmark and the US in 2022.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'anti-ship-missile' },
    ],
  },
  {
    id: 'neptune', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'R-360 Neptun', en: 'R-360 Neptune', uk: 'Р-360 Нептун' },
    aliases: ['R-360'],
    guarded: ['Neptun', 'Neptune'],
    cues: ['rakete', 'missile', 'marschflugkörper', 'cruise', 'seezielflugkörper', 'anti-ship', 'moskwa', 'moskva', 'ukrain'],
    description: {
      de: 'Ukrainischer Seezielflugkörper, inzwischen auch gegen Landziele; zwei Neptun trafen im April 2022 den russischen Kreuzer „Moskwa“, der daraufhin sank.',
      en: 'Ukrainian anti-ship cruise missile, now also used against land targets; two Neptunes hit the Russian cruiser Moskva in April 2022, which then sank.',
    },
    links: [
      { rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'anti-ship-missile' }, { rel: 'instance-of', to: 'cruise-missile' },
    ],
  },
  {
    id: 'flamingo', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Flamingo-Marschflugkörper', en: 'Flamingo cruise missile' },
    aliases: ['FP-5', 'Flamingo-Rakete', 'Flamingo missile', 'Flamingo rocket'],
    // Also the bird: the bare word counts after a name above, or beside a missile word of its own
    // sentence ("Ukraine's new Flamingo long-range cruise missile"); cues are whole words, so no
    // "orange" or "range" of a zoo story vouches for it.
    shortForms: ['Flamingo'],
    guarded: ['Flamingo'],
    cues: ['ukrain', 'fire point', 'langstrecken', 'long-range'],
    description: {
      de: 'Ukrainischer Marschflugkörper großer Reichweite des Herstellers Fire Point, 2025 vorgestellt.',
      en: 'Ukrainian long-range cruise missile made by Fire Point, unveiled in 2025.',
    },
    links: [
      { rel: 'made-by', to: 'fire-point' }, { rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'cruise-missile' },
    ],
  },
  {
    id: 'liutyi', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Ljutyj', en: 'Liutyi' },
    aliases: ['Lyutyi', 'Lyuty', 'Lutyi', 'Antonow-196', 'Antonov-196'],
    description: {
      de: 'Ukrainische Langstrecken-Angriffsdrohne von Antonow, mit der die Ukraine Ziele tief in Russland angreift, etwa Raffinerien.',
      en: 'Ukrainian long-range attack drone by Antonov, used to strike targets deep inside Russia such as refineries.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'dark-eagle', type: 'weapon', subtype: 'hypersonic-missile',
    names: { de: 'Dark Eagle', en: 'Dark Eagle' },
    aliases: ['Long-Range Hypersonic Weapon'],
    acronyms: ['LRHW'],
    description: {
      de: 'Landgestützte Hyperschallwaffe der US Army; ab 2026 sollen solche Waffen zeitweise in Deutschland stationiert werden.',
      en: 'Ground-launched hypersonic weapon of the US Army; such weapons are to be deployed to Germany on a rotating basis from 2026.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'hypersonic-missile' }],
  },
  {
    id: 'minuteman-iii', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Minuteman III', en: 'Minuteman III' },
    aliases: ['Minuteman 3', 'LGM-30G'],
    description: {
      de: 'Silogestützte Interkontinentalrakete der USA, seit den 1970er-Jahren im Dienst.',
      en: 'Silo-based US intercontinental ballistic missile, in service since the 1970s.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'trident-ii', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Trident II', en: 'Trident II' },
    aliases: ['Trident II D5', 'Trident D5', 'UGM-133'],
    guarded: ['Trident'],
    cues: ['rakete', 'missile', 'u-boot', 'submarine', 'atom', 'nuklear', 'nuclear'],
    description: {
      de: 'Amerikanische U-Boot-gestützte Interkontinentalrakete, Träger der seegestützten Atomwaffen der USA und Großbritanniens.',
      en: 'US submarine-launched intercontinental missile that carries the sea-based nuclear weapons of the US and Britain.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'united-kingdom' },
      { rel: 'instance-of', to: 'slbm' },
    ],
  },
  {
    id: 'gbu-57', type: 'weapon',
    names: { de: 'GBU-57', en: 'GBU-57' },
    aliases: ['Massive Ordnance Penetrator'],
    acronyms: ['MOP'],
    description: {
      de: 'Amerikanische rund 13,6 Tonnen schwere Bunkerbrecherbombe, im Juni 2025 von B-2-Bombern auf die iranischen Atomanlagen Fordo und Natans abgeworfen.',
      en: 'US bunker-buster bomb of about 13.6 tonnes, dropped by B-2 bombers on Iran\'s Fordow and Natanz nuclear sites in June 2025.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'related-to', to: 'b-2-spirit' }],
  },

  // ── The West and Israel: air and missile defence ──────────────────────────────
  {
    id: 'patriot', type: 'weapon', subtype: 'air-defence',
    names: { de: 'MIM-104 Patriot', en: 'MIM-104 Patriot' },
    aliases: ['MIM-104', 'PAC-2', 'PAC-3', 'PAC-3 MSE'],
    guarded: ['Patriot'],
    cues: ['flugabwehr', 'luftabwehr', 'luftverteidigung', 'raketenabwehr', 'system', 'batterie', 'battery', 'abfang', 'intercept', 'missile', 'rakete', 'air defence', 'air defense', 'deploy', 'stationier'],
    description: {
      de: 'Amerikanisches Flugabwehr- und Raketenabwehrsystem von Raytheon; in der Ukraine fängt es auch ballistische Raketen wie Kinschal und Iskander ab.',
      en: 'US air and missile defence system by Raytheon; in Ukraine it also intercepts ballistic missiles such as the Kinzhal and Iskander.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'germany' },
      { rel: 'used-by', to: 'ukraine' }, { rel: 'used-by', to: 'poland' }, { rel: 'used-by', to: 'saudi-arabia' },
      { rel: 'used-by', to: 'japan' }, { rel: 'instance-of', to: 'air-defence-system' },
    ],
  },
  {
    id: 'iris-t-slm', type: 'weapon', subtype: 'air-defence',
    names: { de: 'IRIS-T SLM', en: 'IRIS-T SLM' },
    aliases: ['IRIS-T'],
    description: {
      de: 'Deutsches Flugabwehrsystem mittlerer Reichweite von Diehl Defence; seit Oktober 2022 in der Ukraine im Einsatz.',
      en: 'German medium-range air defence system by Diehl Defence; in service in Ukraine since October 2022.',
    },
    links: [
      { rel: 'made-by', to: 'germany' }, { rel: 'used-by', to: 'germany' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'air-defence-system' },
    ],
  },
  {
    id: 'nasams', type: 'weapon', subtype: 'air-defence',
    names: { de: 'NASAMS', en: 'NASAMS' },
    aliases: ['National Advanced Surface-to-Air Missile System'],
    description: {
      de: 'Norwegisch-amerikanisches Flugabwehrsystem mittlerer Reichweite (Kongsberg und Raytheon); schützt u. a. Washington und ist seit 2022 in der Ukraine.',
      en: 'Norwegian-American medium-range air defence system (Kongsberg and Raytheon); protects Washington, among others, and has been in Ukraine since 2022.',
    },
    links: [{ rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'gepard', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Flakpanzer Gepard', en: 'Gepard anti-aircraft gun' },
    guarded: ['Gepard'],
    cues: ['flak', 'flugabwehr', 'luftabwehr', 'panzer', 'munition', 'ammunition', 'anti-aircraft', 'drohne', 'drone', 'ukraine', 'gun', 'tank', 'leopard', 'marder'],
    description: {
      de: 'Deutscher Flugabwehrkanonenpanzer; nach seiner Ausmusterung bei der Bundeswehr an die Ukraine geliefert, wo er vor allem Drohnen abschießt.',
      en: 'German self-propelled anti-aircraft gun; retired by the Bundeswehr and supplied to Ukraine, where it mainly shoots down drones.',
    },
    links: [{ rel: 'made-by', to: 'germany' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'thaad', type: 'weapon', subtype: 'air-defence',
    names: { de: 'THAAD', en: 'THAAD' },
    aliases: ['Terminal High Altitude Area Defense'],
    description: {
      de: 'Amerikanisches Raketenabwehrsystem gegen ballistische Raketen im Endanflug, u. a. in Südkorea, den Emiraten und seit 2024 in Israel stationiert.',
      en: 'US missile defence system against ballistic missiles in their final phase, deployed in South Korea, the UAE and, since 2024, Israel.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'united-arab-emirates' },
      { rel: 'instance-of', to: 'air-defence-system' },
    ],
  },
  {
    id: 'sm-3', type: 'weapon', subtype: 'missile',
    names: { de: 'SM-3', en: 'SM-3' },
    aliases: ['Standard Missile 3', 'RIM-161', 'SM-3 Block IIA', 'SM-3 Block IB'],
    description: {
      de: 'Amerikanische seegestützte Abfangrakete, die ballistische Raketen außerhalb der Atmosphäre zerstört; von Aegis-Zerstörern verschossen.',
      en: 'US ship-launched interceptor that destroys ballistic missiles outside the atmosphere; fired from Aegis destroyers.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'japan' },
      { rel: 'instance-of', to: 'interceptor-missile' },
    ],
  },
  {
    id: 'sm-6', type: 'weapon', subtype: 'missile',
    names: { de: 'SM-6', en: 'SM-6' },
    aliases: ['Standard Missile 6', 'RIM-174'],
    description: {
      de: 'Amerikanische Mehrzweckrakete der US Navy gegen Flugzeuge, Marschflugkörper und ballistische Raketen im Endanflug.',
      en: 'US Navy multi-role missile against aircraft, cruise missiles and ballistic missiles in their final phase.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'interceptor-missile' }],
  },
  {
    id: 'iron-dome', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Iron Dome', en: 'Iron Dome', he: 'כיפת ברזל' },
    aliases: ['Eisenkuppel', 'Eiserne Kuppel'],
    description: {
      de: 'Israelisches Kurzstrecken-Abwehrsystem von Rafael gegen Raketen, Granaten und Drohnen, vor allem aus Gaza und dem Libanon.',
      en: 'Israeli short-range defence system by Rafael against rockets, shells and drones, chiefly from Gaza and Lebanon.',
    },
    links: [{ rel: 'made-by', to: 'israel' }, { rel: 'used-by', to: 'israel' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'davids-sling', type: 'weapon', subtype: 'air-defence',
    names: { de: "David's Sling", en: "David's Sling", he: 'קלע דוד' },
    aliases: ['Davids Sling', 'Davidsschleuder', 'Davidschleuder', 'Davids Schleuder'],
    guarded: ['Stunner'],
    cues: ['interceptor', 'abfang', "david's sling", 'rafael'],
    description: {
      de: 'Israelisches Raketenabwehrsystem mittlerer Reichweite von Rafael und Raytheon, zwischen Iron Dome und Arrow angesiedelt.',
      en: 'Israeli medium-range missile defence system by Rafael and Raytheon, sitting between Iron Dome and Arrow.',
    },
    links: [
      { rel: 'made-by', to: 'israel' }, { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'israel' },
      { rel: 'instance-of', to: 'air-defence-system' },
    ],
  },
  {
    id: 'arrow', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Arrow-Raketenabwehrsystem', en: 'Arrow missile defence system' },
    guarded: ['Arrow', 'Hetz'],
    cues: ['raketenabwehr', 'missile defence', 'missile defense', 'abfang', 'intercept', 'ballist', 'luftverteidigung'],
    description: {
      de: 'Israelisch-amerikanische Familie von Abfangraketen gegen ballistische Raketen (Arrow 2 und Arrow 3), von IAI und Boeing gebaut.',
      en: 'Israeli-American family of interceptors against ballistic missiles (Arrow 2 and Arrow 3), built by IAI and Boeing.',
    },
    links: [
      { rel: 'made-by', to: 'israel' }, { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'israel' },
      { rel: 'instance-of', to: 'air-defence-system' },
    ],
  },
  {
    id: 'arrow-2', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Arrow 2', en: 'Arrow 2', he: 'חץ 2' },
    aliases: ['Hetz 2'],
    description: {
      de: 'Israelische Abfangrakete gegen ballistische Raketen in der oberen Atmosphäre.',
      en: 'Israeli interceptor against ballistic missiles in the upper atmosphere.',
    },
    links: [
      { rel: 'made-by', to: 'israel' }, { rel: 'used-by', to: 'israel' }, { rel: 'variant-of', to: 'arrow' },
      { rel: 'instance-of', to: 'interceptor-missile' },
    ],
  },
  {
    id: 'arrow-3', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Arrow 3', en: 'Arrow 3', he: 'חץ 3' },
    aliases: ['Hetz 3'],
    description: {
      de: 'Israelische Abfangrakete gegen ballistische Raketen außerhalb der Atmosphäre; Deutschland betreibt das System seit Dezember 2025 in Holzdorf.',
      en: 'Israeli interceptor against ballistic missiles outside the atmosphere; Germany has operated the system at Holzdorf since December 2025.',
    },
    links: [
      { rel: 'made-by', to: 'israel' }, { rel: 'used-by', to: 'israel' }, { rel: 'used-by', to: 'germany' },
      { rel: 'variant-of', to: 'arrow' }, { rel: 'instance-of', to: 'interceptor-missile' },
    ],
  },
  {
    id: 'iron-beam', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Iron Beam', en: 'Iron Beam' },
    aliases: ['Eiserner Strahl'],
    description: {
      de: 'Israelisches Laser-Abwehrsystem von Rafael gegen Drohnen, Raketen und Granaten.',
      en: 'Israeli laser defence system by Rafael against drones, rockets and mortar shells.',
    },
    links: [{ rel: 'made-by', to: 'israel' }, { rel: 'used-by', to: 'israel' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },

  // ── The West and Israel: armour and artillery ─────────────────────────────────
  {
    id: 'leopard-2', type: 'weapon', subtype: 'tank',
    names: { de: 'Leopard 2', en: 'Leopard 2' },
    aliases: ['Leopard 2A4', 'Leopard 2A6', 'Leopard 2A7', 'Leopard 2A8', 'Leopard II'],
    guarded: ['Leopard'],
    cues: ['panzer', 'kampfpanzer', 'tank', 'lieferung', 'bundeswehr', 'kmw', 'knds', 'rheinmetall', 'schützenpanzer', 'abrams', 'challenger', 'marder'],
    description: {
      de: 'Deutscher Kampfpanzer von Krauss-Maffei Wegmann (heute KNDS), in vielen NATO-Staaten im Dienst und seit 2023 auch in der Ukraine.',
      en: 'German main battle tank by Krauss-Maffei Wegmann (now KNDS), in service across NATO and in Ukraine since 2023.',
    },
    links: [
      { rel: 'made-by', to: 'germany' }, { rel: 'used-by', to: 'germany' }, { rel: 'used-by', to: 'poland' },
      { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'main-battle-tank' },
    ],
  },
  {
    id: 'leopard-1', type: 'weapon', subtype: 'tank',
    names: { de: 'Leopard 1', en: 'Leopard 1' },
    aliases: ['Leopard 1A5'],
    description: {
      de: 'Älterer deutscher Kampfpanzer; Deutschland, Dänemark und die Niederlande ließen ausgemusterte Exemplare für die Ukraine instand setzen.',
      en: 'Older German main battle tank; Germany, Denmark and the Netherlands had retired vehicles refurbished for Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'germany' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 'm1-abrams', type: 'weapon', subtype: 'tank',
    names: { de: 'M1 Abrams', en: 'M1 Abrams' },
    aliases: ['M1A1 Abrams', 'M1A2 Abrams', 'M1A1', 'M1A2'],
    guarded: ['Abrams'],
    cues: ['panzer', 'kampfpanzer', 'tank'],
    description: {
      de: 'Amerikanischer Kampfpanzer mit Gasturbine; die USA lieferten 2023 Panzer der Version M1A1 an die Ukraine.',
      en: 'US gas-turbine main battle tank; the US sent M1A1 tanks to Ukraine in 2023.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'used-by', to: 'poland' }, { rel: 'instance-of', to: 'main-battle-tank' },
    ],
  },
  {
    id: 'challenger-2', type: 'weapon', subtype: 'tank',
    names: { de: 'Challenger 2', en: 'Challenger 2' },
    description: {
      de: 'Britischer Kampfpanzer; mit ihm sagte Großbritannien Anfang 2023 als erster Staat der Ukraine westliche Kampfpanzer zu.',
      en: 'British main battle tank; in early 2023 Britain became the first country to pledge Western tanks to Ukraine with it.',
    },
    links: [
      { rel: 'made-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'main-battle-tank' },
    ],
  },
  {
    id: 'merkava', type: 'weapon', subtype: 'tank',
    names: { de: 'Merkava', en: 'Merkava' },
    description: {
      de: 'Israelischer Kampfpanzer aus eigener Entwicklung, Hauptpanzer der israelischen Armee.',
      en: 'Home-grown Israeli main battle tank, the principal tank of the Israel Defense Forces.',
    },
    links: [{ rel: 'made-by', to: 'israel' }, { rel: 'used-by', to: 'idf' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 'm2-bradley', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'M2 Bradley', en: 'M2 Bradley' },
    aliases: ['Bradley Fighting Vehicle'],
    guarded: ['Bradley'],
    cues: ['schützenpanzer', 'panzer', 'fighting vehicle', 'ifv', 'tank', 'armoured', 'armored'],
    description: {
      de: 'Amerikanischer Schützenpanzer, seit 2023 auch in der Ukraine im Einsatz.',
      en: 'US infantry fighting vehicle, in use in Ukraine since 2023.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'infantry-fighting-vehicle' },
    ],
  },
  {
    id: 'marder', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Schützenpanzer Marder', en: 'Marder infantry fighting vehicle' },
    aliases: ['Marder 1A3', 'Marder 1A5', 'Marder-Schützenpanzer', 'Marder-Panzer', 'Marder IFV'],
    // The marten that bites car cables: local news puts "Marder" next to "Fahrzeug", a cue of every
    // armoured vehicle, so the bare word counts only after one of the names above.
    shortForms: ['Marder'],
    description: {
      de: 'Deutscher Schützenpanzer aus den 1970er-Jahren; seit 2023 an die Ukraine geliefert.',
      en: 'German infantry fighting vehicle from the 1970s; supplied to Ukraine since 2023.',
    },
    links: [
      { rel: 'made-by', to: 'germany' }, { rel: 'used-by', to: 'germany' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'infantry-fighting-vehicle' },
    ],
  },
  {
    id: 'puma', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Schützenpanzer Puma', en: 'Puma infantry fighting vehicle' },
    aliases: ['Puma-Schützenpanzer', 'Puma-Panzer', 'Puma IFV'],
    // Also Ford's small SUV ("Testfahrzeug") and the sportswear maker: the bare word counts only after
    // one of the names above.
    shortForms: ['Puma'],
    description: {
      de: 'Deutscher Schützenpanzer von KNDS und Rheinmetall, Nachfolger des Marder bei der Bundeswehr.',
      en: 'German infantry fighting vehicle by KNDS and Rheinmetall, successor to the Marder in the Bundeswehr.',
    },
    links: [{ rel: 'made-by', to: 'germany' }, { rel: 'used-by', to: 'germany' }, { rel: 'instance-of', to: 'infantry-fighting-vehicle' }],
  },
  {
    id: 'pzh-2000', type: 'weapon', subtype: 'artillery',
    names: { de: 'Panzerhaubitze 2000', en: 'PzH 2000' },
    description: {
      de: 'Deutsche 155-mm-Panzerhaubitze von KNDS, seit 2022 auch in der Ukraine.',
      en: 'German 155 mm self-propelled howitzer by KNDS, in Ukraine since 2022.',
    },
    links: [{ rel: 'made-by', to: 'germany' }, { rel: 'used-by', to: 'germany' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'm777', type: 'weapon', subtype: 'artillery',
    names: { de: 'M777', en: 'M777' },
    description: {
      de: 'Leichte gezogene 155-mm-Haubitze von BAE Systems, eine der ersten westlichen Artilleriewaffen in der Ukraine.',
      en: 'Light towed 155 mm howitzer by BAE Systems, one of the first Western artillery pieces in Ukraine.',
    },
    links: [
      { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' },
    ],
  },
  {
    id: 'caesar', type: 'weapon', subtype: 'artillery',
    names: { de: 'Caesar-Haubitze', en: 'Caesar howitzer' },
    guarded: ['Caesar'],
    cues: ['haubitze', 'howitzer', 'artillerie', 'artillery', 'geschütz', 'knds', 'nexter'],
    description: {
      de: 'Französische 155-mm-Radhaubitze von KNDS France (früher Nexter), seit 2022 auch in der Ukraine.',
      en: 'French wheeled 155 mm howitzer by KNDS France (formerly Nexter), in Ukraine since 2022.',
    },
    links: [{ rel: 'made-by', to: 'france' }, { rel: 'used-by', to: 'france' }, { rel: 'used-by', to: 'ukraine' }],
  },

  // ── The West: combat aircraft and bombers ─────────────────────────────────────
  {
    id: 'f-16', type: 'weapon', subtype: 'aircraft',
    names: { de: 'F-16', en: 'F-16' },
    aliases: ['F-16 Fighting Falcon', 'Fighting Falcon'],
    description: {
      de: 'Amerikanisches Mehrzweckkampfflugzeug, weltweit verbreitet; seit 2024 fliegt auch die Ukraine F-16 aus europäischen Beständen.',
      en: 'US multirole fighter in service worldwide; since 2024 Ukraine has flown F-16s from European stocks.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'used-by', to: 'israel' }, { rel: 'used-by', to: 'poland' }, { rel: 'used-by', to: 'turkey' }, { rel: 'used-by', to: 'egypt' },
      { rel: 'instance-of', to: 'fighter-aircraft' },
    ],
  },
  {
    id: 'f-35', type: 'weapon', subtype: 'aircraft',
    names: { de: 'F-35', en: 'F-35' },
    aliases: ['F-35 Lightning II', 'F-35A', 'F-35I', 'F-35I Adir'],
    guarded: ['Adir'],
    cues: ['f-35', 'jet', 'stealth', 'tarnkappen', 'squadron', 'staffel', 'fighter', 'kampfjet'],
    description: {
      de: 'Amerikanisches Tarnkappen-Mehrzweckkampfflugzeug von Lockheed Martin; Deutschland beschafft es als Tornado-Nachfolger für die nukleare Teilhabe.',
      en: 'US stealth multirole fighter by Lockheed Martin; Germany is buying it to replace the Tornado in NATO nuclear sharing.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'united-kingdom' },
      { rel: 'used-by', to: 'israel' }, { rel: 'used-by', to: 'japan' }, { rel: 'used-by', to: 'south-korea' },
      { rel: 'instance-of', to: 'fighter-aircraft' },
    ],
  },
  {
    id: 'f-15', type: 'weapon', subtype: 'aircraft',
    names: { de: 'F-15', en: 'F-15' },
    aliases: ['F-15 Eagle', 'F-15E Strike Eagle', 'F-15E', 'Strike Eagle', 'F-15I', "F-15I Ra'am", 'F-15I Raam', 'F-15I Ra’am'],
    description: {
      de: 'Amerikanisches Luftüberlegenheitsjäger- und Jagdbomberflugzeug (F-15E Strike Eagle), u. a. in Israel, Saudi-Arabien und Japan im Dienst.',
      en: 'US air-superiority fighter and strike aircraft (F-15E Strike Eagle), in service with Israel, Saudi Arabia and Japan among others.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'israel' },
      { rel: 'used-by', to: 'saudi-arabia' }, { rel: 'used-by', to: 'japan' }, { rel: 'instance-of', to: 'fighter-aircraft' },
    ],
  },
  {
    id: 'eurofighter-typhoon', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Eurofighter Typhoon', en: 'Eurofighter Typhoon' },
    aliases: ['Eurofighter'],
    guarded: ['Typhoon'],
    cues: ['kampfjet', 'jet', 'fighter', 'luftwaffe', 'raf', 'air force', 'flugzeug', 'aircraft'],
    description: {
      de: 'Europäisches Mehrzweckkampfflugzeug von Airbus, BAE Systems und Leonardo, Rückgrat der deutschen Luftwaffe.',
      en: 'European multirole fighter by Airbus, BAE Systems and Leonardo, the backbone of the German Air Force.',
    },
    links: [
      { rel: 'made-by', to: 'germany' }, { rel: 'made-by', to: 'united-kingdom' },
      { rel: 'used-by', to: 'germany' }, { rel: 'used-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'saudi-arabia' },
      { rel: 'instance-of', to: 'fighter-aircraft' },
    ],
  },
  {
    id: 'panavia-tornado', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Panavia Tornado', en: 'Panavia Tornado' },
    aliases: ['Tornado-Flotte', 'Tornado fleet'],
    guarded: ['Tornado'],
    cues: ['kampfjet', 'jet', 'jagdbomber', 'luftwaffe', 'flugzeug', 'aircraft', 'bundeswehr', 'nukleare teilhabe', 'nuclear sharing', 'fighter'],
    description: {
      de: 'Britisch-deutsch-italienischer Schwenkflügel-Jagdbomber; bei der Luftwaffe Träger der US-Atombomben in der nuklearen Teilhabe, wird durch die F-35 ersetzt.',
      en: 'British-German-Italian swing-wing strike aircraft; in the Luftwaffe it carries US nuclear bombs under NATO nuclear sharing and is being replaced by the F-35.',
    },
    links: [
      { rel: 'made-by', to: 'germany' }, { rel: 'made-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'germany' },
      { rel: 'instance-of', to: 'fighter-aircraft' },
    ],
  },
  {
    id: 'rafale', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Dassault Rafale', en: 'Dassault Rafale' },
    guarded: ['Rafale'],
    cues: ['kampfjet', 'jet', 'fighter', 'flugzeug', 'aircraft', 'dassault', 'luftwaffe', 'air force', 'scramble', 'airspace', 'luftraum', 'alarmrotte'],
    description: {
      de: 'Französisches Mehrzweckkampfflugzeug von Dassault, Träger der französischen luftgestützten Atomwaffen.',
      en: 'French multirole fighter by Dassault, carrier of France\'s air-launched nuclear weapons.',
    },
    links: [
      { rel: 'made-by', to: 'france' }, { rel: 'used-by', to: 'france' }, { rel: 'used-by', to: 'india' },
      { rel: 'used-by', to: 'egypt' }, { rel: 'used-by', to: 'qatar' }, { rel: 'instance-of', to: 'fighter-aircraft' },
    ],
  },
  {
    id: 'mirage-2000', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Mirage 2000', en: 'Mirage 2000' },
    guarded: ['Mirage'],
    aliases: ['Mirage 2000-5', 'Dassault Mirage 2000'],
    description: {
      de: 'Französisches Kampfflugzeug von Dassault; Frankreich gibt seit 2025 Maschinen an die Ukraine ab.',
      en: 'French fighter by Dassault; France has been passing aircraft to Ukraine since 2025.',
    },
    links: [
      { rel: 'made-by', to: 'france' }, { rel: 'used-by', to: 'france' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'used-by', to: 'india' }, { rel: 'instance-of', to: 'fighter-aircraft' },
    ],
  },
  {
    id: 'gripen', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Saab JAS 39 Gripen', en: 'Saab JAS 39 Gripen' },
    aliases: ['Gripen', 'JAS 39 Gripen', 'JAS 39'],
    description: {
      de: 'Schwedisches leichtes Mehrzweckkampfflugzeug von Saab.',
      en: 'Swedish light multirole fighter by Saab.',
    },
    links: [{ rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'b-2-spirit', type: 'weapon', subtype: 'aircraft',
    names: { de: 'B-2 Spirit', en: 'B-2 Spirit' },
    guarded: ['B-2'],
    cues: ['bomber', 'tarnkappen', 'stealth', 'air force', 'bunkerbrecher', 'bunker buster', 'fordo', 'fordow'],
    description: {
      de: 'Amerikanischer Tarnkappenbomber von Northrop Grumman; warf im Juni 2025 bunkerbrechende Bomben auf iranische Atomanlagen.',
      en: 'US stealth bomber by Northrop Grumman; dropped bunker-busting bombs on Iranian nuclear sites in June 2025.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'strategic-bomber' }],
  },
  {
    id: 'b-52', type: 'weapon', subtype: 'aircraft',
    names: { de: 'B-52 Stratofortress', en: 'B-52 Stratofortress' },
    aliases: ['Stratofortress'],
    guarded: ['B-52'],
    cues: ['bomber', 'air force', 'atom', 'nuklear', 'nuclear', 'marschflugkörper', 'cruise missile'],
    description: {
      de: 'Amerikanischer Langstreckenbomber aus den 1950er-Jahren, bis heute Träger von Atomwaffen und Marschflugkörpern.',
      en: 'US long-range bomber from the 1950s, still carrying nuclear weapons and cruise missiles today.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'strategic-bomber' }],
  },

  // ── The West and Turkey: drones and infantry weapons ──────────────────────────
  {
    id: 'bayraktar-tb2', type: 'weapon', subtype: 'drone',
    names: { de: 'Bayraktar TB2', en: 'Bayraktar TB2' },
    aliases: ['TB2'],
    guarded: ['Bayraktar'],
    cues: ['drohne', 'drone', 'kampfdrohne', 'uav'],
    description: {
      de: 'Türkische Kampfdrohne von Baykar, zu Beginn des Ukrainekriegs 2022 durch Angriffe auf russische Kolonnen bekannt geworden.',
      en: 'Turkish combat drone by Baykar, made famous by strikes on Russian columns early in the 2022 Ukraine war.',
    },
    links: [
      { rel: 'made-by', to: 'turkey' }, { rel: 'used-by', to: 'turkey' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'combat-drone' },
    ],
  },
  {
    id: 'mq-9-reaper', type: 'weapon', subtype: 'drone',
    names: { de: 'MQ-9 Reaper', en: 'MQ-9 Reaper' },
    aliases: ['MQ-9', 'MQ-9B SkyGuardian', 'MQ-9B SeaGuardian', 'SkyGuardian', 'SeaGuardian'],
    guarded: ['Reaper'],
    cues: ['drohne', 'drone', 'uav', 'abgeschossen', 'shot down'],
    description: {
      de: 'Amerikanische bewaffnete Langstrecken-Drohne von General Atomics; die Huthi haben über dem Jemen zahlreiche Exemplare abgeschossen.',
      en: 'US armed long-endurance drone by General Atomics; the Houthis have shot down many over Yemen.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'united-kingdom' },
      { rel: 'used-by', to: 'france' }, { rel: 'instance-of', to: 'combat-drone' },
    ],
  },
  {
    id: 'rq-4-global-hawk', type: 'weapon', subtype: 'drone',
    names: { de: 'RQ-4 Global Hawk', en: 'RQ-4 Global Hawk' },
    aliases: ['Global Hawk', 'RQ-4'],
    description: {
      de: 'Unbewaffnete amerikanische Höhenaufklärungsdrohne von Northrop Grumman; Iran schoss 2019 eine Marineversion über der Straße von Hormus ab.',
      en: 'Unarmed US high-altitude surveillance drone by Northrop Grumman; Iran shot down a navy version over the Strait of Hormuz in 2019.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }],
  },
  {
    id: 'heron-tp', type: 'weapon', subtype: 'drone',
    names: { de: 'Heron TP', en: 'Heron TP' },
    aliases: ['IAI Eitan', 'Eitan drone', 'Eitan UAV'],
    description: {
      de: 'Israelische Langstrecken-Drohne von IAI, die die Bundeswehr als ihre erste bewaffnungsfähige Drohne least.',
      en: 'Israeli long-endurance drone by IAI that the Bundeswehr leases as its first drone able to carry weapons.',
    },
    links: [
      { rel: 'made-by', to: 'israel' }, { rel: 'used-by', to: 'israel' }, { rel: 'used-by', to: 'germany' },
      { rel: 'instance-of', to: 'combat-drone' },
    ],
  },
  {
    id: 'switchblade', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Switchblade-Drohne', en: 'Switchblade drone' },
    aliases: ['Switchblade 300', 'Switchblade 600'],
    guarded: ['Switchblade'],
    cues: ['drohne', 'drone', 'kamikaze', 'loitering', 'aerovironment'],
    description: {
      de: 'Amerikanische tragbare Kamikazedrohne von AeroVironment, auch an die Ukraine geliefert.',
      en: 'US man-portable loitering munition by AeroVironment, also supplied to Ukraine.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'loitering-munition' },
    ],
  },
  {
    id: 'javelin', type: 'weapon', subtype: 'missile',
    names: { de: 'FGM-148 Javelin', en: 'FGM-148 Javelin' },
    aliases: ['FGM-148'],
    guarded: ['Javelin'],
    cues: ['panzerabwehr', 'anti-tank', 'rakete', 'missile', 'lenkwaffe', 'ukrain', 'weapon', 'munition', 'pentagon', 'army', 'shipment', 'stinger'],
    description: {
      de: 'Amerikanische tragbare Panzerabwehrlenkwaffe nach dem Fire-and-forget-Prinzip, 2022 ein Symbol der westlichen Hilfe für die Ukraine.',
      en: 'US man-portable fire-and-forget anti-tank missile, in 2022 a symbol of Western aid to Ukraine.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'anti-tank-missile' },
    ],
  },
  {
    id: 'nlaw', type: 'weapon', subtype: 'missile',
    names: { de: 'NLAW', en: 'NLAW' },
    aliases: ['Next Generation Light Anti-tank Weapon'],
    description: {
      de: 'Britisch-schwedische leichte Panzerabwehrwaffe von Saab, 2022 in großer Zahl von Großbritannien an die Ukraine geliefert.',
      en: 'British-Swedish light anti-tank weapon by Saab, sent in large numbers by Britain to Ukraine in 2022.',
    },
    links: [
      { rel: 'made-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'anti-tank-missile' },
    ],
  },
  {
    id: 'stinger', type: 'weapon', subtype: 'missile',
    names: { de: 'FIM-92 Stinger', en: 'FIM-92 Stinger' },
    aliases: ['FIM-92'],
    guarded: ['Stinger'],
    cues: ['flugabwehr', 'fliegerfaust', 'manpads', 'rakete', 'missile', 'luftabwehr', 'air defence', 'air defense', 'drohne', 'drone', 'gepard', 'iris', 'patriot', 'weapon', 'munition', 'pentagon', 'army', 'shipment', 'javelin'],
    description: {
      de: 'Amerikanische schultergestützte Flugabwehrrakete (Fliegerfaust) von Raytheon, auch an die Ukraine geliefert.',
      en: 'US shoulder-fired surface-to-air missile by Raytheon, also supplied to Ukraine.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'manpads' },
    ],
  },

  // ── Additions: helicopters, infantry weapons, naval drones, ships ─────────────
  {
    id: 'ah-64-apache', type: 'weapon', subtype: 'helicopter',
    names: { de: 'AH-64 Apache', en: 'AH-64 Apache' },
    aliases: ['AH-64', 'AH-64D', 'AH-64E'],
    guarded: ['Apache'],
    cues: ['hubschrauber', 'helikopter', 'helicopter', 'kampfhubschrauber', 'boeing'],
    description: {
      de: 'Amerikanischer Kampfhubschrauber von Boeing, u. a. in den USA, Israel und Großbritannien im Dienst.',
      en: 'US attack helicopter by Boeing, in service with the US, Israel and Britain among others.',
    },
    links: [
      { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'israel' },
      { rel: 'used-by', to: 'united-kingdom' }, { rel: 'instance-of', to: 'attack-helicopter' },
    ],
  },
  {
    id: 'igla', type: 'weapon', subtype: 'missile',
    names: { de: 'Igla', en: 'Igla', ru: 'Игла' },
    aliases: ['9K38 Igla', 'Igla-S', 'SA-18 Grouse'],
    description: {
      de: 'Sowjetisch-russische schultergestützte Flugabwehrrakete (Fliegerfaust), auf beiden Seiten des Ukrainekriegs im Einsatz.',
      en: 'Soviet-Russian shoulder-fired surface-to-air missile, used by both sides in the Ukraine war.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' },
      { rel: 'instance-of', to: 'manpads' },
    ],
  },
  {
    id: 'kornet', type: 'weapon', subtype: 'missile',
    names: { de: 'Kornet', en: 'Kornet', ru: 'Корнет' },
    aliases: ['9M133 Kornet', '9M133', 'AT-14 Spriggan'],
    description: {
      de: 'Russische Panzerabwehrlenkwaffe; auch die Hisbollah und die Hamas setzen sie gegen israelische Panzer und Stellungen ein.',
      en: 'Russian anti-tank guided missile; Hezbollah and Hamas also fire it at Israeli tanks and positions.',
    },
    links: [
      { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'hezbollah' },
      { rel: 'used-by', to: 'hamas' }, { rel: 'instance-of', to: 'anti-tank-missile' },
    ],
  },
  {
    id: 'rpg-7', type: 'weapon',
    names: { de: 'RPG-7', en: 'RPG-7', ru: 'РПГ-7' },
    description: {
      de: 'Sowjetische schultergestützte Panzerbüchse für Raketengranaten, weltweit bei Armeen und Milizen verbreitet.',
      en: 'Soviet shoulder-fired launcher for rocket-propelled grenades, widespread among armies and militias worldwide.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },
  {
    id: 'kh-35', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ch-35', en: 'Kh-35', ru: 'Х-35' },
    // No bare "Uran": it is German for uranium, next to "Raketen" in any report on Iran's programme.
    aliases: ['Kh-35 Uran', 'Ch-35 Uran'],
    description: {
      de: 'Russischer Unterschall-Seezielflugkörper (Uran), von Schiffen, Flugzeugen und dem Küstensystem Bal verschossen.',
      en: 'Russian subsonic anti-ship missile (Uran), fired from ships, aircraft and the Bal coastal system.',
    },
    links: [
      { rel: 'made-by', to: 'tactical-missiles-corporation' }, { rel: 'made-by', to: 'russia' },
      { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'anti-ship-missile' },
    ],
  },
  {
    id: 'moskva-cruiser', type: 'weapon', subtype: 'ship',
    names: { de: 'Kreuzer Moskwa', en: 'cruiser Moskva' },
    aliases: ['Raketenkreuzer Moskwa', 'Moskva cruiser'],
    guarded: ['Moskwa', 'Moskva'],
    cues: ['kreuzer', 'cruiser', 'flaggschiff', 'flagship', 'schwarzmeerflotte', 'black sea fleet', 'versenkt', 'gesunken', 'sank', 'sunk', 'neptun', 'warship', 'kriegsschiff', 'sinking', 'untergang', 'black sea'],
    description: {
      de: 'Russischer Raketenkreuzer und Flaggschiff der Schwarzmeerflotte, im April 2022 nach Treffern ukrainischer Neptun-Raketen gesunken.',
      en: 'Russian guided-missile cruiser and flagship of the Black Sea Fleet, sunk in April 2022 after hits by Ukrainian Neptune missiles.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'related-to', to: 'neptune' }],
  },
  {
    id: 'admiral-kuznetsov', type: 'weapon', subtype: 'ship',
    names: { de: 'Admiral Kusnezow', en: 'Admiral Kuznetsov', ru: 'Адмирал Кузнецов' },
    aliases: ['Admiral Kuznetsov', 'Admiral Kouznetsov'],
    description: {
      de: 'Einziger Flugzeugträger Russlands, seit Jahren zur Reparatur in der Werft.',
      en: 'Russia\'s only aircraft carrier, laid up for repairs in a shipyard for years.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'magura-v5', type: 'weapon', subtype: 'drone',
    names: { de: 'Magura V5', en: 'Magura V5' },
    aliases: ['Magura-V5'],
    guarded: ['Magura'],
    cues: ['seedrohne', 'marinedrohne', 'naval drone', 'sea drone', 'drohne', 'drone', 'schwarzmeerflotte', 'black sea'],
    description: {
      de: 'Ukrainische unbemannte Seedrohne des Militärgeheimdienstes HUR, mit der mehrere Schiffe der russischen Schwarzmeerflotte versenkt wurden.',
      en: 'Ukrainian unmanned naval drone of the HUR military intelligence service, used to sink several ships of Russia\'s Black Sea Fleet.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'sea-baby', type: 'weapon', subtype: 'drone',
    names: { de: 'Sea Baby', en: 'Sea Baby' },
    aliases: ['Meeresbaby'],
    description: {
      de: 'Ukrainische unbemannte Seedrohne des Geheimdienstes SBU, u. a. gegen die Krim-Brücke und russische Kriegsschiffe eingesetzt.',
      en: 'Ukrainian unmanned naval drone of the SBU security service, used against the Crimean Bridge and Russian warships among other targets.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'hwasal', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Hwasal', en: 'Hwasal' },
    aliases: ['Hwasal-1', 'Hwasal-2'],
    description: {
      de: 'Familie nordkoreanischer strategischer Marschflugkörper, die Pjöngjang als nuklearfähig bezeichnet.',
      en: 'Family of North Korean strategic cruise missiles that Pyongyang describes as nuclear-capable.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
];
