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
    id: 'long-range-missile', type: 'weapon', subtype: 'weapon-class',
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
    aliases: ['Hyperschallwaffe', 'Hyperschallflugkörper', 'hypersonic weapon'],
    description: {
      de: 'Flugkörper, der mit mehr als fünffacher Schallgeschwindigkeit fliegt und dabei manövriert; Russland, China, Nordkorea und Iran beanspruchen solche Waffen.',
      en: 'Missile flying faster than five times the speed of sound while manoeuvring; Russia, China, North Korea and Iran claim such weapons.',
    },
  },
  {
    id: 'hypersonic-glide-vehicle', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Hyperschallgleitflugkörper', en: 'hypersonic glide vehicle' },
    aliases: ['Hyperschallgleiter', 'Hyperschall-Gleitsprengkopf'],
    description: {
      de: 'Gefechtskopf, den eine Rakete auf große Höhe bringt und der dann mit Hyperschallgeschwindigkeit manövrierend zum Ziel gleitet, etwa Awangard.',
      en: 'Warhead lifted by a rocket that then glides to its target at hypersonic speed while manoeuvring, such as the Avangard.',
    },
    links: [{ rel: 'related-to', to: 'hypersonic-missile' }],
  },
  {
    id: 'anti-ship-missile', type: 'weapon', subtype: 'weapon-class',
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
    aliases: ['Einweg-Angriffsdrohne', 'Selbstmorddrohne', 'kamikaze drone', 'one-way attack drone', 'suicide drone'],
    description: {
      de: 'Drohne, die selbst als Sprengkörper ins Ziel stürzt, etwa Shahed-136/Geran-2, Lancet oder Switchblade.',
      en: 'Drone that itself dives into its target as the explosive, such as the Shahed-136/Geran-2, Lancet or Switchblade.',
    },
    links: [{ rel: 'related-to', to: 'combat-drone' }],
  },
  {
    id: 'combat-drone', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Kampfdrohne', en: 'combat drone' },
    aliases: ['bewaffnete Drohne', 'armed drone', 'unmanned combat aerial vehicle'],
    acronyms: ['UCAV'],
    description: {
      de: 'Unbemanntes Flugzeug, das Waffen trägt und wieder zurückkehrt, etwa Bayraktar TB2, MQ-9 Reaper oder Mohajer-6.',
      en: 'Unmanned aircraft that carries weapons and returns, such as the Bayraktar TB2, MQ-9 Reaper or Mohajer-6.',
    },
  },
  {
    id: 'autonomous-weapon-system', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'autonomes Waffensystem', en: 'autonomous weapon system' },
    aliases: ['autonome Waffe', 'Killerroboter', 'autonomous weapon', 'lethal autonomous weapon system', 'killer robot'],
    acronyms: ['LAWS'],
    description: {
      de: 'Waffe, die Ziele ohne menschliches Zutun auswählt und angreift; um ein Verbot wird in den Vereinten Nationen gerungen.',
      en: 'Weapon that selects and attacks targets without human intervention; a ban is being debated at the United Nations.',
    },
    links: [{ rel: 'related-to', to: 'combat-drone' }],
  },
  {
    id: 'air-defence-system', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Flugabwehrsystem', en: 'air defence system' },
    aliases: [
      'Luftverteidigungssystem', 'Luftabwehrsystem', 'Flugabwehrraketensystem', 'Raketenabwehrsystem', 'Flugabwehrrakete', 'Boden-Luft-Rakete',
      'air defense system', 'missile defence system', 'missile defense system', 'surface-to-air missile system', 'surface-to-air missile',
    ],
    acronyms: ['SAM'],
    description: {
      de: 'System aus Radar, Feuerleitung und Abfangraketen oder Kanonen gegen Flugzeuge, Drohnen und Raketen, etwa Patriot, IRIS-T oder S-400.',
      en: 'Radar, fire control and interceptors or guns against aircraft, drones and missiles, such as Patriot, IRIS-T or the S-400.',
    },
  },
  {
    id: 'interceptor-missile', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Abfangrakete', en: 'interceptor missile' },
    aliases: ['Abfangflugkörper'],
    description: {
      de: 'Flugkörper, der anfliegende Raketen, Drohnen oder Flugzeuge zerstört; ihr Vorrat ist in der Ukraine und in Israel ein Engpass.',
      en: 'Missile that destroys incoming missiles, drones or aircraft; stocks are a bottleneck in Ukraine and Israel.',
    },
    links: [{ rel: 'related-to', to: 'air-defence-system' }],
  },
  {
    id: 'manpads', type: 'weapon', subtype: 'weapon-class',
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
    id: 'fighter-aircraft', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Kampfjet', en: 'fighter jet' },
    aliases: ['Kampfflugzeug', 'Jagdflugzeug', 'fighter aircraft', 'warplane'],
    description: {
      de: 'Militärisches Strahlflugzeug für Luftkampf und Angriffe auf Bodenziele, etwa F-16, F-35, Eurofighter oder Su-35.',
      en: 'Military jet for air combat and ground attack, such as the F-16, F-35, Eurofighter or Su-35.',
    },
  },
  {
    id: 'strategic-bomber', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'strategischer Bomber', en: 'strategic bomber' },
    aliases: ['Langstreckenbomber', 'long-range bomber'],
    description: {
      de: 'Schweres Langstreckenflugzeug für Atom- und Marschflugkörpereinsätze, etwa Tu-95, Tu-160, B-2 oder B-52.',
      en: 'Heavy long-range aircraft for nuclear and cruise-missile missions, such as the Tu-95, Tu-160, B-2 or B-52.',
    },
  },
  {
    id: 'attack-helicopter', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Kampfhubschrauber', en: 'attack helicopter' },
    aliases: ['helicopter gunship'],
    description: {
      de: 'Bewaffneter Hubschrauber für Angriffe auf Bodenziele, etwa Ka-52, Mi-28 oder AH-64 Apache.',
      en: 'Armed helicopter for attacking ground targets, such as the Ka-52, Mi-28 or AH-64 Apache.',
    },
  },
  {
    id: 'main-battle-tank', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Kampfpanzer', en: 'main battle tank' },
    acronyms: ['MBT'],
    description: {
      de: 'Schwer gepanzertes Kettenfahrzeug mit großkalibriger Kanone, etwa Leopard 2, Abrams oder T-90.',
      en: 'Heavily armoured tracked vehicle with a large-calibre gun, such as the Leopard 2, Abrams or T-90.',
    },
  },
  {
    id: 'infantry-fighting-vehicle', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Schützenpanzer', en: 'infantry fighting vehicle' },
    acronyms: ['IFV'],
    description: {
      de: 'Gepanzertes, bewaffnetes Fahrzeug, das Infanterie transportiert und im Gefecht unterstützt, etwa Marder, Bradley oder BMP-2.',
      en: 'Armoured, armed vehicle that carries infantry and supports it in combat, such as the Marder, Bradley or BMP-2.',
    },
  },
  {
    id: 'multiple-rocket-launcher', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Mehrfachraketenwerfer', en: 'multiple rocket launcher' },
    aliases: ['Raketenwerfer', 'Salvenraketenwerfer', 'multiple launch rocket system'],
    acronyms: ['MLRS'],
    description: {
      de: 'Fahrzeug, das Artillerieraketen in schneller Folge abfeuert, etwa HIMARS, BM-21 Grad oder Tornado-S.',
      en: 'Vehicle that fires artillery rockets in rapid succession, such as HIMARS, the BM-21 Grad or Tornado-S.',
    },
  },
  {
    id: 'anti-tank-missile', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Panzerabwehrrakete', en: 'anti-tank missile' },
    aliases: ['Panzerabwehrlenkwaffe', 'Panzerabwehrwaffe', 'anti-tank guided missile', 'anti-tank weapon'],
    acronyms: ['ATGM'],
    description: {
      de: 'Von Infanterie oder Fahrzeugen verschossene Waffe gegen Panzer, etwa Javelin oder NLAW.',
      en: 'Weapon fired by infantry or vehicles against tanks, such as the Javelin or NLAW.',
    },
  },
  {
    id: 'glide-bomb', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Gleitbombe', en: 'glide bomb' },
    aliases: ['gelenkte Gleitbombe'],
    acronyms: ['KAB'],
    description: {
      de: 'Fliegerbombe mit Klappflügeln und Lenkung, die aus sicherer Entfernung abgeworfen wird; Russland setzt umgerüstete FAB-Bomben massenhaft an der Front ein.',
      en: 'Aerial bomb with pop-out wings and guidance, released from a safe distance; Russia drops converted FAB bombs in large numbers on the front.',
    },
  },
  {
    id: 'cluster-munition', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Streumunition', en: 'cluster munition' },
    aliases: ['Streubombe', 'cluster bomb'],
    description: {
      de: 'Munition, die über dem Ziel viele kleine Sprengkörper verteilt; durch das Oslo-Übereinkommen geächtet, dem Russland, die Ukraine und die USA nicht angehören.',
      en: 'Munition that scatters many small bomblets over a target; banned by the Oslo convention, which Russia, Ukraine and the US have not joined.',
    },
  },
  {
    id: 'thermobaric-weapon', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'thermobarische Waffe', en: 'thermobaric weapon' },
    aliases: ['Vakuumbombe', 'vacuum bomb', 'thermobaric bomb'],
    description: {
      de: 'Sprengwaffe, die eine Aerosolwolke zündet und eine lang anhaltende Druckwelle erzeugt, etwa die Raketen des TOS-1.',
      en: 'Explosive weapon that ignites an aerosol cloud to create a prolonged blast wave, such as the rockets of the TOS-1.',
    },
  },
  {
    id: 'weapon-of-mass-destruction', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Massenvernichtungswaffe', en: 'weapon of mass destruction' },
    aliases: ['weapons of mass destruction'],
    acronyms: ['WMD'],
    description: {
      de: 'Oberbegriff für atomare, biologische und chemische Waffen (ABC-Waffen).',
      en: 'Umbrella term for nuclear, biological and chemical weapons.',
    },
  },
  {
    id: 'nuclear-weapon', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Atomwaffe', en: 'nuclear weapon', ru: 'ядерное оружие' },
    aliases: ['Kernwaffe', 'Nuklearwaffe', 'Atombombe', 'Atomsprengkopf', 'atomic bomb', 'nuclear bomb', 'nuclear warhead'],
    description: {
      de: 'Waffe, deren Sprengkraft aus Kernspaltung oder Kernfusion stammt; Russland, die USA, China, Großbritannien, Frankreich, Indien, Pakistan und Nordkorea besitzen sie, Israel mutmaßlich.',
      en: 'Weapon whose yield comes from nuclear fission or fusion; held by Russia, the US, China, Britain, France, India, Pakistan and North Korea, and presumably Israel.',
    },
    links: [{ rel: 'related-to', to: 'weapon-of-mass-destruction' }],
  },
  {
    id: 'dirty-bomb', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'schmutzige Bombe', en: 'dirty bomb' },
    description: {
      de: 'Konventioneller Sprengsatz, der radioaktives Material verstreut; Russland warf der Ukraine 2022 ohne Belege vor, eine solche zu planen.',
      en: 'Conventional explosive that scatters radioactive material; in 2022 Russia accused Ukraine, without evidence, of planning one.',
    },
    links: [{ rel: 'related-to', to: 'nuclear-weapon' }],
  },
  {
    id: 'chemical-weapon', type: 'weapon', subtype: 'weapon-class',
    names: { de: 'Chemiewaffe', en: 'chemical weapon' },
    aliases: ['chemische Waffe', 'C-Waffe', 'Giftgas', 'chemical agent', 'poison gas'],
    description: {
      de: 'Waffe, die mit giftigen Chemikalien tötet oder verletzt; durch die Chemiewaffenkonvention verboten, aber etwa in Syrien eingesetzt.',
      en: 'Weapon that kills or injures with toxic chemicals; banned by the Chemical Weapons Convention but used in Syria, among others.',
    },
    links: [{ rel: 'related-to', to: 'weapon-of-mass-destruction' }],
  },
  {
    id: 'biological-weapon', type: 'weapon', subtype: 'weapon-class',
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
    aliases: ['Schahed-136', 'Geran-2', 'Geranium-2'],
    guarded: ['Shahed', 'Schahed', 'Geran'],
    cues: ['drohne', 'drone', 'kamikaze', 'uav', 'angriffsdrohne'],
    description: {
      de: 'Iranische Einweg-Angriffsdrohne mit Deltaflügel; Russland setzt sie als Geran-2, inzwischen aus eigener Fertigung in Jelabuga, massenhaft gegen die Ukraine ein.',
      en: 'Iranian delta-wing one-way attack drone; Russia launches it at Ukraine in large numbers as the Geran-2, now mostly built in Yelabuga (Alabuga).',
    },
    links: [
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
    aliases: ['Khaibar Shekan', 'Kheybar Shekan', 'Khaybar Shekan'],
    description: {
      de: 'Iranische Festtreibstoff-Mittelstreckenrakete der Revolutionsgarden, 2022 vorgestellt; Reichweite nach iranischen Angaben 1450 km.',
      en: 'Iranian solid-fuel medium-range ballistic missile of the Revolutionary Guards, unveiled in 2022; Iran gives its range as 1,450 km.',
    },
    links: [
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
    aliases: ['Ghadr-110', 'Qadr-110'],
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
    aliases: ['Sajjil', 'Sejil', 'Sejjil-2'],
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
    aliases: ['Khorramshahr-2', 'Khorramshahr-4'],
    guarded: ['Khorramshahr'],
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
    guarded: ['Haj Qassem', 'Hajj Qassem'],
    cues: ['rakete', 'missile', 'ballist'],
    description: {
      de: 'Iranische Festtreibstoff-Mittelstreckenrakete, 2020 vorgestellt und nach Qassem Soleimani benannt; Reichweite nach iranischen Angaben 1400 km.',
      en: 'Iranian solid-fuel medium-range ballistic missile, unveiled in 2020 and named after Qassem Soleimani; Iran gives its range as 1,400 km.',
    },
    links: [
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
    guarded: ['Hoveyzeh'],
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
    guarded: ['Abu Mahdi'],
    cues: ['marschflugkörper', 'cruise missile', 'seezielflugkörper', 'anti-ship'],
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
    guarded: ['Noor'],
    cues: ['seezielflugkörper', 'anti-ship', 'marschflugkörper', 'cruise missile', 'c-802'],
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
    names: { de: 'Katjuscha', en: 'Katyusha', ru: 'Катюша' },
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
    links: [{ rel: 'made-by', to: 'hamas' }, { rel: 'used-by', to: 'hamas' }],
  },
];
