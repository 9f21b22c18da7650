// Knowledge base: weapons-more. Data only, see lib/kb/CURATING.md.
// The breadth of the field, weapons systems of the field not in weapons.ts: missiles, drones, aircraft, air defence, artillery, armour, ships and munitions of Russia, Iran, North Korea, Ukraine, Israel and the West.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── Weapon classes not yet in weapons.ts ──────────────────────────────────────
  {
    id: 'fpv-drone', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'FPV-Drohne', en: 'FPV drone' },
    aliases: ['First-Person-View-Drohne', 'first-person-view drone', 'Glasfaserdrohne', 'Glasfaser-Drohne', 'fibre-optic drone', 'fiber-optic drone'],
    description: {
      de: 'Kleine, billige Kamikazedrohne, die ein Pilot per Videobrille ins Ziel steuert; an der Front in der Ukraine für einen Großteil der Verluste verantwortlich.',
      en: 'Small, cheap kamikaze drone that a pilot steers into its target through video goggles; causes a large share of casualties on the front in Ukraine.',
    },
    links: [{ rel: 'related-to', to: 'loitering-munition' }],
  },
  {
    id: 'naval-drone', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Seedrohne', en: 'naval drone' },
    aliases: ['Marinedrohne', 'Wasserdrohne', 'sea drone', 'unmanned surface vessel'],
    description: {
      de: 'Unbemanntes Sprengboot oder Unterwasserfahrzeug; die Ukraine hat damit die russische Schwarzmeerflotte zurückgedrängt (Magura, Sea Baby).',
      en: 'Unmanned explosive boat or underwater vehicle; Ukraine used such craft to push back Russia\'s Black Sea Fleet (Magura, Sea Baby).',
    },
  },
  {
    id: 'self-propelled-howitzer', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Panzerhaubitze', en: 'self-propelled howitzer' },
    aliases: ['Radhaubitze', 'selbstfahrende Haubitze'],
    description: {
      de: 'Geschütz auf eigenem Ketten- oder Radfahrgestell, das schnell feuern und die Stellung wechseln kann, etwa PzH 2000, Caesar oder Msta-S.',
      en: 'Gun on its own tracked or wheeled chassis that can fire and move quickly, such as the PzH 2000, Caesar or Msta-S.',
    },
  },
  {
    id: 'nuclear-submarine', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Atom-U-Boot', en: 'nuclear submarine' },
    aliases: ['Atomunterseeboot', 'strategisches U-Boot', 'ballistic missile submarine'],
    description: {
      de: 'Nuklear angetriebenes U-Boot; die strategischen unter ihnen tragen ballistische Atomraketen und sichern den Zweitschlag.',
      en: 'Nuclear-powered submarine; the strategic ones carry nuclear ballistic missiles and guarantee a second strike.',
    },
    links: [{ rel: 'related-to', to: 'slbm' }],
  },

  // ── Russia: bombs, shells, missiles ────────────────────────────────────────────
  {
    // What Ukrainian and Western reports call Russia's guided bombs as a family ("KABs hit
    // Kharkiv"): a system a reader expects marked, unlike the glide-bomb class.
    id: 'kab-guided-bombs', type: 'weapon',
    names: { de: 'KAB-Lenkbomben', en: 'KAB guided bombs', ru: 'КАБ' },
    aliases: ['KAB guided bomb', 'KAB-Lenkbombe', 'KAB-Gleitbomben', 'KAB-Gleitbombe', 'KAB glide bombs', 'KAB glide bomb'],
    guarded: ['KAB'],
    cues: ['bombe', 'bomb', 'gleit', 'glide', 'russ', 'warf', 'wirft', 'abwurf', 'abgeworfen', 'dropped', 'aerial', 'angriff', 'attack', 'strike', 'luftangriff', 'airstrike', 'front'],
    description: {
      de: 'Russische gelenkte Fliegerbomben (korrigierbare Luftbomben) als Familie, von der KAB-500 bis zu umgerüsteten FAB-Bomben; in der Ukraine massenhaft als Gleitbomben abgeworfen.',
      en: "Russia's guided aerial bombs as a family, from the KAB-500 to converted FAB bombs; dropped on Ukraine in large numbers as glide bombs.",
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'related-to', to: 'glide-bomb' }],
  },
  {
    id: 'kab-500', type: 'weapon',
    names: { de: 'KAB-500', en: 'KAB-500', ru: 'КАБ-500' },
    aliases: ['KAB-500L', 'KAB-500S', 'KAB-500Kr', 'KAB-500M'],
    description: {
      de: 'Russische gelenkte 500-kg-Fliegerbombe mit Laser-, Satelliten- oder Fernsehlenkung; in der Ukraine oft als Gleitbombe abgeworfen.',
      en: 'Russian 500 kg guided aerial bomb with laser, satellite or TV guidance; often dropped on Ukraine as a glide bomb.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'related-to', to: 'glide-bomb' }],
  },
  {
    id: 'kab-1500', type: 'weapon',
    names: { de: 'KAB-1500', en: 'KAB-1500', ru: 'КАБ-1500' },
    aliases: ['KAB-1500L', 'KAB-1500S', 'KAB-1500Kr'],
    description: {
      de: 'Russische gelenkte Fliegerbombe von 1,5 Tonnen, gegen befestigte Ziele und Städte nahe der Front eingesetzt.',
      en: 'Russian 1.5-tonne guided aerial bomb, used against fortified targets and towns near the front.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'related-to', to: 'glide-bomb' }],
  },
  {
    id: 'fab-250', type: 'weapon',
    names: { de: 'FAB-250', en: 'FAB-250', ru: 'ФАБ-250' },
    aliases: ['FAB-250M62', 'FAB-250M54'],
    description: {
      de: 'Russische 250-kg-Sprengbombe, mit UMPK-Bausatz ebenfalls als Gleitbombe gegen die Ukraine eingesetzt.',
      en: 'Russian 250 kg general-purpose bomb, likewise used as a glide bomb against Ukraine with the UMPK kit.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'related-to', to: 'umpk' }, { rel: 'related-to', to: 'glide-bomb' }],
  },
  {
    id: 'odab-1500', type: 'weapon',
    names: { de: 'ODAB-1500', en: 'ODAB-1500', ru: 'ОДАБ-1500' },
    description: {
      de: 'Russische thermobarische 1,5-Tonnen-Bombe, seit 2024 mit Gleitbausatz gegen ukrainische Stellungen abgeworfen.',
      en: 'Russian 1.5-tonne thermobaric bomb, dropped on Ukrainian positions with a glide kit since 2024.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'thermobaric-weapon' }, { rel: 'related-to', to: 'glide-bomb' }],
  },
  {
    id: 'upab-1500b', type: 'weapon',
    names: { de: 'UPAB-1500B', en: 'UPAB-1500B', ru: 'УПАБ-1500Б' },
    aliases: ['UPAB-1500'],
    description: {
      de: 'Russische Gleitbombe von 1,5 Tonnen mit eigener Lenkung und Flügeln, seit 2023 gegen die Ukraine eingesetzt.',
      en: 'Russian purpose-built 1.5-tonne glide bomb with its own wings and guidance, used against Ukraine since 2023.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'glide-bomb' }],
  },
  {
    id: 'grom-e1', type: 'weapon', subtype: 'missile',
    names: { de: 'Grom-E1', en: 'Grom-E1', ru: 'Гром-Э1' },
    aliases: ['Grom-1', 'Grom-E2'],
    description: {
      de: 'Russische Gleitbombe mit Raketentriebwerk, die als Bombe oder Rakete größerer Reichweite gegen die Ukraine eingesetzt wird.',
      en: 'Russian rocket-boosted glide bomb, used against Ukraine as a longer-range hybrid of bomb and missile.',
    },
    links: [{ rel: 'made-by', to: 'tactical-missiles-corporation' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'related-to', to: 'glide-bomb' }],
  },
  {
    id: 'krasnopol', type: 'weapon', subtype: 'artillery',
    names: { de: 'Krasnopol', en: 'Krasnopol', ru: 'Краснополь' },
    aliases: ['Krasnopol-M', 'Krasnopol-M2', '9K25'],
    description: {
      de: 'Russisches lasergelenktes 152-mm-Artilleriegeschoss, dessen Ziel oft eine Drohne markiert.',
      en: 'Russian laser-guided 152 mm artillery shell, its target often designated by a drone.',
    },
    links: [{ rel: 'made-by', to: 'kbp-instrument-design-bureau' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'kh-69', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ch-69', en: 'Kh-69', ru: 'Х-69' },
    aliases: ['X-69'],
    description: {
      de: 'Russischer luftgestützter Tarnkappen-Marschflugkörper, Weiterentwicklung der Ch-59, seit 2024 gegen ukrainische Ziele eingesetzt.',
      en: 'Russian air-launched low-observable cruise missile developed from the Kh-59, used against Ukrainian targets since 2024.',
    },
    links: [{ rel: 'made-by', to: 'tactical-missiles-corporation' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'cruise-missile' }, { rel: 'variant-of', to: 'kh-59' }],
  },
  {
    id: 'kh-29', type: 'weapon', subtype: 'missile',
    names: { de: 'Ch-29', en: 'Kh-29', ru: 'Х-29' },
    aliases: ['Kh-29L', 'Kh-29T', 'Ch-29L', 'Ch-29T'],
    description: {
      de: 'Sowjetische Luft-Boden-Rakete mit Laser- oder Fernsehlenkung, von beiden Seiten im Ukraine-Krieg eingesetzt.',
      en: 'Soviet air-to-surface missile with laser or TV guidance, used by both sides in the war in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'kh-38', type: 'weapon', subtype: 'missile',
    names: { de: 'Ch-38', en: 'Kh-38', ru: 'Х-38' },
    aliases: ['Kh-38ML', 'Kh-38MLE', 'Ch-38ML'],
    description: {
      de: 'Russische modulare Luft-Boden-Rakete für Su-34, Su-35 und Su-57.',
      en: 'Russian modular air-to-surface missile for the Su-34, Su-35 and Su-57.',
    },
    links: [{ rel: 'made-by', to: 'tactical-missiles-corporation' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'r-37m', type: 'weapon', subtype: 'missile',
    names: { de: 'R-37M', en: 'R-37M', ru: 'Р-37М' },
    aliases: ['AA-13 Axehead'],
    description: {
      de: 'Russische Luft-Luft-Rakete sehr großer Reichweite, mit der Su-35 und MiG-31 ukrainische Flugzeuge aus großer Entfernung angreifen.',
      en: 'Russian very-long-range air-to-air missile with which Su-35s and MiG-31s attack Ukrainian aircraft from afar.',
    },
    links: [{ rel: 'made-by', to: 'tactical-missiles-corporation' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },

  // ── Russia: artillery and rocket launchers ─────────────────────────────────────
  {
    id: 'msta-s', type: 'weapon', subtype: 'artillery',
    names: { de: '2S19 Msta-S', en: '2S19 Msta-S', ru: '2С19 Мста-С' },
    aliases: ['Msta-S', 'Msta-SM', 'Msta-SM2', '2S19'],
    guarded: ['Msta'],
    description: {
      de: 'Russische 152-mm-Panzerhaubitze auf Kettenfahrgestell, Rückgrat der russischen Rohrartillerie in der Ukraine.',
      en: 'Russian tracked 152 mm self-propelled howitzer, the backbone of Russia\'s tube artillery in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    // The towed gun whose barrel the 2S19 Msta-S carries: not the self-propelled howitzer itself.
    id: 'msta-b', type: 'weapon', subtype: 'artillery',
    names: { de: '2A65 Msta-B', en: '2A65 Msta-B', ru: '2А65 Мста-Б' },
    aliases: ['Msta-B', '2A65'],
    description: {
      de: 'Sowjetische gezogene 152-mm-Haubitze aus den 1980er-Jahren, von russischen und ukrainischen Truppen eingesetzt.',
      en: 'Soviet towed 152 mm howitzer from the 1980s, fielded by both Russian and Ukrainian troops.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'related-to', to: 'msta-s' }],
  },
  {
    id: 'koalitsiya-sv', type: 'weapon', subtype: 'artillery',
    names: { de: '2S35 Koalizija-SW', en: '2S35 Koalitsiya-SV', ru: '2С35 Коалиция-СВ' },
    aliases: ['Koalitsiya-SV', 'Koalizija-SW', 'Koalizija', '2S35'],
    guarded: ['Koalitsiya'],
    description: {
      de: 'Neueste russische 152-mm-Panzerhaubitze mit automatischem Lader, Berichten zufolge vereinzelt in der Ukraine eingesetzt.',
      en: 'Russia\'s newest 152 mm self-propelled howitzer with an automatic loader, reportedly used in small numbers in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'uralvagonzavod' }, { rel: 'used-by', to: 'russia' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: 'giatsint', type: 'weapon', subtype: 'artillery',
    names: { de: 'Giazint', en: 'Giatsint' },
    aliases: ['2S5 Giatsint-S', 'Giatsint-S', 'Giatsint-B', 'Giazint-S', 'Giazint-B', '2S5', '2A36'],
    description: {
      de: 'Sowjetische 152-mm-Kanone, als Panzerhaubitze (2S5) und gezogenes Geschütz (2A36) von Russland in der Ukraine eingesetzt.',
      en: 'Soviet 152 mm gun, fielded by Russia in Ukraine as a self-propelled (2S5) and towed (2A36) version.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: '2s7-pion', type: 'weapon', subtype: 'artillery',
    names: { de: '2S7 Pion', en: '2S7 Pion', ru: '2С7 Пион' },
    aliases: ['2S7M Malka', '2S7M'],
    guarded: ['Pion', 'Malka', 'Peony'],
    description: {
      de: 'Sowjetische 203-mm-Selbstfahrlafette mit großer Reichweite, von Russland (als Malka modernisiert) und der Ukraine eingesetzt.',
      en: 'Soviet long-range 203 mm self-propelled gun, used by Russia (modernised as the Malka) and by Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: '2s1-gvozdika', type: 'weapon', subtype: 'artillery',
    names: { de: '2S1 Gwosdika', en: '2S1 Gvozdika', ru: '2С1 Гвоздика' },
    aliases: ['Gvozdika', 'Gwosdika', '2S1'],
    description: {
      de: 'Sowjetische 122-mm-Panzerhaubitze auf leichtem Kettenfahrgestell, auf beiden Seiten des Ukraine-Kriegs im Einsatz.',
      en: 'Soviet 122 mm self-propelled howitzer on a light tracked chassis, in service on both sides of the war in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: '2s3-akatsiya', type: 'weapon', subtype: 'artillery',
    names: { de: '2S3 Akazija', en: '2S3 Akatsiya', ru: '2С3 Акация' },
    aliases: ['Akatsiya', 'Akazija', '2S3', '2S3M'],
    description: {
      de: 'Sowjetische 152-mm-Panzerhaubitze, von Russland und der Ukraine eingesetzt.',
      en: 'Soviet 152 mm self-propelled howitzer used by both Russia and Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: '2s4-tyulpan', type: 'weapon', subtype: 'artillery',
    names: { de: '2S4 Tjulpan', en: '2S4 Tyulpan', ru: '2С4 Тюльпан' },
    aliases: ['Tyulpan', 'Tjulpan', '2S4'],
    description: {
      de: 'Sowjetischer selbstfahrender 240-mm-Mörser, der schwerste seiner Art, von Russland in der Ukraine eingesetzt.',
      en: 'Soviet self-propelled 240 mm mortar, the heaviest of its kind, used by Russia in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'tos-2', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'TOS-2 Tosotschka', en: 'TOS-2 Tosochka', ru: 'ТОС-2 Тосочка' },
    aliases: ['TOS-2', 'Tosochka', 'Tosotschka'],
    description: {
      de: 'Russischer thermobarischer Raketenwerfer auf Radfahrgestell, Nachfolger des TOS-1A.',
      en: 'Russian wheeled thermobaric rocket launcher, successor to the TOS-1A.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'variant-of', to: 'tos-1' }, { rel: 'instance-of', to: 'thermobaric-weapon' }],
  },
  {
    id: 'tornado-g', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'Tornado-G-Raketenwerfer', en: 'Tornado-G rocket launcher', ru: 'Торнадо-Г' },
    aliases: ['9K51M', '9K51M Tornado-G', 'Tornado-G'],
    description: {
      de: 'Modernisierte russische Version des 122-mm-Raketenwerfers BM-21 Grad.',
      en: 'Modernised Russian version of the BM-21 Grad 122 mm rocket launcher.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'variant-of', to: 'bm-21-grad' }, { rel: 'instance-of', to: 'multiple-rocket-launcher' }],
  },

  // ── Russia: armour ─────────────────────────────────────────────────────────────
  {
    id: 't-14-armata', type: 'weapon', subtype: 'tank',
    names: { de: 'T-14 Armata', en: 'T-14 Armata', ru: 'Т-14 Армата' },
    aliases: ['T-14'],
    guarded: ['Armata'],
    description: {
      de: 'Russischer Kampfpanzer der neuen Generation mit unbemanntem Turm, wegen hoher Kosten kaum in Serie gebaut.',
      en: 'Russian next-generation main battle tank with an unmanned turret, barely built in series because of its cost.',
    },
    links: [{ rel: 'made-by', to: 'uralvagonzavod' }, { rel: 'used-by', to: 'russia' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 't-62', type: 'weapon', subtype: 'tank',
    names: { de: 'T-62', en: 'T-62', ru: 'Т-62' },
    aliases: ['T-62M', 'T-62MV'],
    description: {
      de: 'Sowjetischer Kampfpanzer aus den 1960er-Jahren, den Russland wegen hoher Verluste aus Depots wieder an die Front schickt.',
      en: 'Soviet main battle tank from the 1960s that Russia has pulled from storage to the front because of heavy losses.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 't-55', type: 'weapon', subtype: 'tank',
    names: { de: 'T-55', en: 'T-55', ru: 'Т-55' },
    description: {
      de: 'Sowjetischer Nachkriegspanzer, von Russland aus Reserven reaktiviert und teils als Artillerie eingesetzt.',
      en: 'Soviet post-war tank that Russia has reactivated from reserves, partly using it as artillery.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 'bmp-1', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'BMP-1', en: 'BMP-1', ru: 'БМП-1' },
    aliases: ['BMP-1AM'],
    description: {
      de: 'Sowjetischer Schützenpanzer der 1960er-Jahre, auf beiden Seiten des Ukraine-Kriegs weiterhin verbreitet.',
      en: 'Soviet infantry fighting vehicle from the 1960s, still common on both sides of the war in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'infantry-fighting-vehicle' }],
  },
  {
    id: 'btr-82', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'BTR-82A', en: 'BTR-82A', ru: 'БТР-82А' },
    aliases: ['BTR-82', 'BTR-82AM'],
    description: {
      de: 'Russischer Radschützenpanzer mit 30-mm-Kanone, Weiterentwicklung des BTR-80.',
      en: 'Russian wheeled armoured personnel carrier with a 30 mm cannon, developed from the BTR-80.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'variant-of', to: 'btr-80' }],
  },
  {
    id: 'btr-80', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'BTR-80', en: 'BTR-80', ru: 'БТР-80' },
    aliases: ['BTR-80A'],
    description: {
      de: 'Sowjetischer achträdriger Schützenpanzerwagen, in Russland und der Ukraine verbreitet.',
      en: 'Soviet eight-wheeled armoured personnel carrier, widespread in Russia and Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'mt-lb', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'MT-LB', en: 'MT-LB', ru: 'МТ-ЛБ' },
    description: {
      de: 'Sowjetischer leicht gepanzerter Mehrzweck-Kettenschlepper, an der Front als Truppentransporter und Waffenträger allgegenwärtig.',
      en: 'Soviet lightly armoured multi-purpose tracked tractor, ubiquitous at the front as a troop carrier and weapons platform.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'bmd-4', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'BMD-4M', en: 'BMD-4M', ru: 'БМД-4М' },
    aliases: ['BMD-4'],
    description: {
      de: 'Luftlandeschützenpanzer der russischen Luftlandetruppen, aus Flugzeugen absetzbar.',
      en: 'Airborne infantry fighting vehicle of the Russian airborne forces, able to be dropped from aircraft.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-airborne-forces' }, { rel: 'instance-of', to: 'infantry-fighting-vehicle' }],
  },
  {
    id: 'bmpt-terminator', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'BMPT Terminator', en: 'BMPT Terminator', ru: 'БМПТ Терминатор' },
    aliases: ['BMPT', 'BMPT-72'],
    guarded: ['Terminator'],
    description: {
      de: 'Russischer Panzerunterstützungswagen auf T-72-Fahrgestell mit Maschinenkanonen und Panzerabwehrraketen.',
      en: 'Russian tank support fighting vehicle on a T-72 chassis with autocannons and anti-tank missiles.',
    },
    links: [{ rel: 'made-by', to: 'uralvagonzavod' }, { rel: 'used-by', to: 'russia' }],
  },

  // ── Russia: air defence and electronic warfare ─────────────────────────────────
  {
    id: 's-350', type: 'weapon', subtype: 'air-defence',
    names: { de: 'S-350 Witjas', en: 'S-350 Vityaz', ru: 'С-350 Витязь' },
    aliases: ['S-350', 'S-350 Vitjas', '50R6'],
    guarded: ['Vityaz', 'Witjas'],
    description: {
      de: 'Russisches Flugabwehrsystem mittlerer Reichweite, das ältere S-300 ablösen soll; auch in der Ukraine im Einsatz.',
      en: 'Russian medium-range air defence system meant to replace older S-300s; also deployed in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'almaz-antey' }, { rel: 'used-by', to: 'russia' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'strela-10', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Strela-10', en: 'Strela-10', ru: 'Стрела-10' },
    aliases: ['9K35 Strela-10', '9K35', 'SA-13 Gopher'],
    description: {
      de: 'Sowjetisches Kurzstrecken-Flugabwehrsystem auf Kettenfahrzeug, von Russland und der Ukraine genutzt.',
      en: 'Soviet short-range air defence system on a tracked vehicle, used by Russia and Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'verba', type: 'weapon', subtype: 'missile',
    names: { de: '9K333 Werba', en: '9K333 Verba', ru: '9К333 Верба' },
    aliases: ['9K333', 'SA-25'],
    guarded: ['Verba', 'Werba'],
    cues: ['flugabwehr', 'manpads', 'fliegerfaust', 'schultergestützt', 'shoulder'],
    description: {
      de: 'Russische schultergestützte Flugabwehrrakete, Nachfolgerin der Igla.',
      en: 'Russian shoulder-fired surface-to-air missile, successor to the Igla.',
    },
    links: [{ rel: 'made-by', to: 'kbp-instrument-design-bureau' }, { rel: 'used-by', to: 'russia' }, { rel: 'instance-of', to: 'manpads' }],
  },
  {
    id: 'krasukha', type: 'weapon',
    names: { de: 'Krasucha', en: 'Krasukha' },
    aliases: ['Krasukha-4', 'Krasucha-4', 'Krasukha-2'],
    description: {
      de: 'Russisches Störsystem der elektronischen Kampfführung gegen Radare, Aufklärungsflugzeuge und Satelliten.',
      en: 'Russian electronic warfare jammer against radars, surveillance aircraft and satellites.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },

  // ── Russia: aircraft, drones, ships ────────────────────────────────────────────
  {
    id: 'il-76', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Il-76', en: 'Il-76', ru: 'Ил-76' },
    aliases: ['Iljuschin Il-76', 'Ilyushin Il-76', 'Il-76MD'],
    description: {
      de: 'Sowjetisch-russisches Militärtransportflugzeug; im Januar 2024 stürzte eines mit ukrainischen Kriegsgefangenen bei Belgorod ab.',
      en: 'Soviet-Russian military transport aircraft; in January 2024 one carrying Ukrainian prisoners of war crashed near Belgorod.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'il-22', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Il-22M', en: 'Il-22M', ru: 'Ил-22М' },
    aliases: ['Il-22', 'Il-22M11', 'Iljuschin Il-22', 'Ilyushin Il-22'],
    description: {
      de: 'Russisches fliegendes Gefechtsstandflugzeug; die Ukraine meldete 2024 den Abschuss bzw. die Beschädigung solcher Maschinen.',
      en: 'Russian airborne command post aircraft; Ukraine reported downing or damaging such planes in 2024.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'be-12', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Berijew Be-12', en: 'Beriev Be-12', ru: 'Бе-12' },
    aliases: ['Be-12'],
    description: {
      de: 'Sowjetisches Amphibienflugzeug zur U-Boot-Jagd und Seeaufklärung, von der Schwarzmeerflotte genutzt und Ziel ukrainischer Angriffe auf der Krim.',
      en: 'Soviet amphibious anti-submarine and maritime patrol aircraft used by the Black Sea Fleet and a target of Ukrainian strikes in Crimea.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'black-sea-fleet' }],
  },
  {
    id: 'a-100', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Berijew A-100', en: 'Beriev A-100', ru: 'А-100' },
    aliases: ['A-100 Premier'],
    description: {
      de: 'Russisches Radarflugzeug der neuen Generation, Nachfolger der A-50, bisher nur als Prototyp gebaut.',
      en: 'Russian next-generation airborne early warning aircraft succeeding the A-50, so far built only as a prototype.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'variant-of', to: 'a-50' }],
  },
  {
    id: 'mig-21', type: 'weapon', subtype: 'aircraft',
    names: { de: 'MiG-21', en: 'MiG-21', ru: 'МиГ-21' },
    aliases: ['Mikojan MiG-21', 'Mikoyan MiG-21'],
    description: {
      de: 'Sowjetischer Abfangjäger der 1950er-Jahre, in vielen Luftwaffen bis heute im Dienst.',
      en: 'Soviet interceptor of the 1950s, still in service with many air forces.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'yak-130', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Jak-130', en: 'Yak-130', ru: 'Як-130' },
    aliases: ['Jakowlew Jak-130', 'Yakovlev Yak-130'],
    description: {
      de: 'Russisches Schul- und leichtes Kampfflugzeug, das Russland auch an Iran liefert.',
      en: 'Russian jet trainer and light attack aircraft that Russia also supplies to Iran.',
    },
    links: [{ rel: 'made-by', to: 'united-aircraft-corporation' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'iran' }],
  },
  {
    id: 'mi-35', type: 'weapon', subtype: 'helicopter',
    names: { de: 'Mil Mi-35', en: 'Mil Mi-35', ru: 'Ми-35' },
    aliases: ['Mi-35M'],
    guarded: ['Mi-35'],
    description: {
      de: 'Russische Exportversion des Kampfhubschraubers Mi-24, auch von den russischen Streitkräften geflogen.',
      en: 'Russian export version of the Mi-24 attack helicopter, also flown by the Russian armed forces.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'variant-of', to: 'mi-24' }, { rel: 'instance-of', to: 'attack-helicopter' }],
  },
  {
    id: 'molniya-drone', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Molnija-Drohne', en: 'Molniya drone' },
    aliases: ['Molniya-2', 'Molnija-2'],
    guarded: ['Molniya', 'Molnija'],
    description: {
      de: 'Billige russische Starrflügel-Kamikazedrohne, an der Front in großen Stückzahlen gegen ukrainische Stellungen und Fahrzeuge eingesetzt.',
      en: 'Cheap Russian fixed-wing kamikaze drone, used in large numbers at the front against Ukrainian positions and vehicles.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'supercam', type: 'weapon', subtype: 'drone',
    names: { de: 'Supercam-Drohne', en: 'Supercam drone', ru: 'Суперкам' },
    aliases: ['Supercam S350', 'SuperCam S350'],
    guarded: ['Supercam'],
    description: {
      de: 'Russische Aufklärungsdrohne, die neben der Orlan-10 Ziele für Artillerie und Lancet-Drohnen sucht.',
      en: 'Russian reconnaissance drone that, alongside the Orlan-10, spots targets for artillery and Lancet drones.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }],
  },
  {
    id: 'orlan-30', type: 'weapon', subtype: 'drone',
    names: { de: 'Orlan-30', en: 'Orlan-30', ru: 'Орлан-30' },
    description: {
      de: 'Russische Aufklärungsdrohne mit Laser-Zielmarkierer, etwa für Krasnopol-Geschosse.',
      en: 'Russian reconnaissance drone with a laser designator, for instance for Krasnopol shells.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'variant-of', to: 'orlan-10' }],
  },
  {
    id: 'zala-421-16', type: 'weapon', subtype: 'drone',
    names: { de: 'ZALA 421-16', en: 'ZALA 421-16' },
    aliases: ['ZALA 421-16E', 'ZALA 421-16EM', 'ZALA-Drohne', 'ZALA drone'],
    // Front reports name the maker's drones bare ("Zala and Lancet drones"); Zala is also a Hungarian county.
    guarded: ['Zala'],
    cues: ['lancet', 'orlan', 'aufklärung', 'reconnaissance'],
    description: {
      de: 'Russische Aufklärungsdrohne des Herstellers ZALA Aero, an der Front zur Zielsuche genutzt.',
      en: 'Russian reconnaissance drone made by ZALA Aero, used at the front to find targets.',
    },
    links: [{ rel: 'made-by', to: 'zala-aero' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'kub-bla', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'KUB-BLA', en: 'KUB-BLA', ru: 'КУБ-БЛА' },
    aliases: ['KYB-UAV', 'ZALA KUB'],
    description: {
      de: 'Russische Kamikazedrohne von ZALA Aero, Vorläuferin der Lancet.',
      en: 'Russian loitering munition by ZALA Aero, forerunner of the Lancet.',
    },
    links: [{ rel: 'made-by', to: 'zala-aero' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'forpost', type: 'weapon', subtype: 'drone',
    names: { de: 'Forpost-Drohne', en: 'Forpost drone' },
    aliases: ['Forpost-R'],
    guarded: ['Forpost'],
    description: {
      de: 'Russische Aufklärungs- und Kampfdrohne, ursprünglich eine Lizenzfertigung der israelischen Searcher.',
      en: 'Russian reconnaissance and strike drone, originally a licence-built Israeli Searcher.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }],
  },
  {
    id: 'orion-drone', type: 'weapon', subtype: 'drone',
    names: { de: 'Orion-Drohne', en: 'Orion drone' },
    aliases: ['Inochodez', 'Inokhodets'],
    description: {
      de: 'Russische Kampfdrohne mittlerer Flughöhe und großer Ausdauer von Kronstadt, vergleichbar mit der US-amerikanischen MQ-1.',
      en: 'Russian medium-altitude, long-endurance combat drone by Kronstadt, comparable to the US MQ-1.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'eleron-3', type: 'weapon', subtype: 'drone',
    names: { de: 'Eleron-3', en: 'Eleron-3', ru: 'Элерон-3' },
    aliases: ['Eleron-3SV'],
    description: {
      de: 'Kleine russische Aufklärungsdrohne mit Handstart, von der Truppe an der Front genutzt.',
      en: 'Small hand-launched Russian reconnaissance drone used by frontline units.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'kilo-class-submarine', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Boot der Kilo-Klasse', en: 'Kilo-class submarine' },
    aliases: ['Kilo-Klasse', 'Kilo class', 'Kilo-class', 'Projekt 636', 'Project 636', 'Warschawjanka', 'Varshavyanka'],
    description: {
      de: 'Russische dieselelektrische U-Boot-Klasse, die Kalibr-Marschflugkörper abfeuert; auch Iran besitzt solche Boote.',
      en: 'Russian diesel-electric submarine class that fires Kalibr cruise missiles; Iran operates such boats too.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-navy' }, { rel: 'used-by', to: 'iran' }],
  },
  {
    id: 'borei-class-submarine', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Boot der Borei-Klasse', en: 'Borei-class submarine' },
    aliases: ['Borei-Klasse', 'Borei class', 'Borei-class', 'Borei-A', 'Projekt 955', 'Project 955'],
    guarded: ['Borei', 'Borey'],
    cues: ['u-boot', 'submarine', 'atom', 'nuclear', 'bulawa', 'bulava'],
    description: {
      de: 'Russische Klasse strategischer Atom-U-Boote, die je 16 Bulawa-Interkontinentalraketen tragen.',
      en: 'Russian class of strategic nuclear submarines, each carrying 16 Bulava ballistic missiles.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-navy' }, { rel: 'related-to', to: 'bulava' }, { rel: 'instance-of', to: 'nuclear-submarine' }],
  },
  {
    id: 'yasen-class-submarine', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Boot der Jassen-Klasse', en: 'Yasen-class submarine' },
    aliases: ['Jassen-Klasse', 'Yasen class', 'Yasen-class', 'Yasen-M', 'Jassen-M', 'Projekt 885', 'Project 885'],
    description: {
      de: 'Russische Klasse nuklearer Jagd-U-Boote mit Marschflugkörpern wie Kalibr, Oniks und Zirkon.',
      en: 'Russian class of nuclear attack submarines armed with cruise missiles such as the Kalibr, Oniks and Zircon.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-navy' }, { rel: 'instance-of', to: 'nuclear-submarine' }],
  },
  {
    id: 'ropucha-class', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff der Ropucha-Klasse', en: 'Ropucha-class landing ship' },
    aliases: ['Ropucha-Klasse', 'Ropucha class', 'Ropucha-class', 'Projekt 775', 'Project 775'],
    guarded: ['Ropucha'],
    cues: ['landungsschiff', 'landing ship', 'schiff', 'ship', 'schwarzmeerflotte', 'black sea'],
    description: {
      de: 'Sowjetische Klasse großer Landungsschiffe; mehrere der Schwarzmeerflotte, etwa Zesar Kunikow und Nowotscherkassk, wurden von der Ukraine zerstört.',
      en: 'Soviet class of large landing ships; several in the Black Sea Fleet, such as the Tsezar Kunikov and Novocherkassk, were destroyed by Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'black-sea-fleet' }],
  },

  // ── Ukraine ────────────────────────────────────────────────────────────────────
  {
    id: 'long-neptune', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Langer Neptun', en: 'Long Neptune', uk: 'Довгий Нептун' },
    aliases: ['Long-Neptun', 'Neptun-D', 'Neptune-D'],
    description: {
      de: 'Ukrainischer Marschflugkörper großer Reichweite für Landziele, aus dem Seezielflugkörper Neptun weiterentwickelt.',
      en: 'Ukrainian long-range land-attack cruise missile developed from the Neptune anti-ship missile.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'variant-of', to: 'neptune' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'palianytsia', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Paljanyzja-Raketendrohne', en: 'Palianytsia missile-drone' },
    guarded: ['Paljanyzja', 'Palianytsia', 'Palyanytsia', 'Palianytsya', 'Paljanyzia', 'Palianyzia'],
    cues: ['drohne', 'drone', 'raketendrohne', 'missile-drone', 'strahltriebwerk', 'jet', 'waffe', 'weapon'],
    description: {
      de: 'Ukrainische Raketendrohne mit Strahltriebwerk, 2024 erstmals gegen russische Ziele eingesetzt.',
      en: 'Ukrainian jet-powered missile-drone, first used against Russian targets in 2024.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'peklo', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Peklo-Raketendrohne', en: 'Peklo missile-drone' },
    guarded: ['Peklo'],
    cues: ['drohne', 'drone', 'raketendrohne', 'ukrain', 'strahltriebwerk', 'jet'],
    description: {
      de: 'Ukrainische Raketendrohne („Hölle“) mit Strahltriebwerk, seit 2024 gegen Ziele in Russland eingesetzt.',
      en: 'Ukrainian jet-powered missile-drone ("Hell"), used against targets in Russia since 2024.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'ruta', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ruta-Raketendrohne', en: 'Ruta missile-drone' },
    guarded: ['Ruta'],
    cues: ['drohne', 'drone', 'raketendrohne', 'ukrain'],
    description: {
      de: 'Ukrainische Raketendrohne, eine Art günstiger Marschflugkörper für Angriffe im russischen Hinterland.',
      en: 'Ukrainian missile-drone, a kind of low-cost cruise missile for strikes in the Russian rear.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'bober', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Bober-Drohne', en: 'Bober drone' },
    aliases: ['UJ-26', 'UJ-26 Bober'],
    guarded: ['Bober', 'Beaver'],
    cues: ['ukrain'],
    description: {
      de: 'Ukrainische Langstrecken-Angriffsdrohne („Biber“), u. a. gegen Moskau eingesetzt.',
      en: 'Ukrainian long-range attack drone ("Beaver"), used among other targets against Moscow.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'fp-1', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'FP-1-Drohne', en: 'FP-1 drone' },
    guarded: ['FP-1'],
    cues: ['fire point', 'ukrain', 'langstrecken', 'long-range'],
    description: {
      de: 'Ukrainische Langstrecken-Angriffsdrohne von Fire Point, die einen Großteil der ukrainischen Schläge tief in Russland ausführt.',
      en: 'Ukrainian long-range attack drone by Fire Point that carries out a large share of Ukraine\'s strikes deep inside Russia.',
    },
    links: [{ rel: 'made-by', to: 'fire-point' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'uj-22', type: 'weapon', subtype: 'drone',
    names: { de: 'UJ-22 Airborne', en: 'UJ-22 Airborne' },
    aliases: ['UJ-22'],
    description: {
      de: 'Ukrainische Drohne von Ukrjet, die als Langstrecken-Angriffsdrohne u. a. gegen Moskau eingesetzt wurde.',
      en: 'Ukrainian drone by Ukrjet, used as a long-range attack drone including against Moscow.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'sapsan', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Sapsan-Rakete', en: 'Sapsan missile' },
    aliases: ['Hrim-2', 'Grim-2', 'Hrim 2', 'Grom-2'],
    guarded: ['Sapsan'],
    cues: ['ballist'],
    description: {
      de: 'Ukrainische ballistische Kurzstreckenrakete aus eigener Entwicklung, auch als Hrim-2 bekannt.',
      en: 'Ukrainian home-grown short-range ballistic missile, also known as the Hrim-2.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' }],
  },
  {
    id: 'vilkha', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'Wilcha', en: 'Vilkha' },
    aliases: ['Vilkha-M', 'Wilcha-M'],
    description: {
      de: 'Ukrainischer Mehrfachraketenwerfer mit gelenkten 300-mm-Raketen, aus dem Smertsch entwickelt.',
      en: 'Ukrainian multiple rocket launcher firing guided 300 mm rockets, developed from the Smerch.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'multiple-rocket-launcher' }],
  },
  {
    id: 'bohdana', type: 'weapon', subtype: 'artillery',
    names: { de: '2S22 Bohdana', en: '2S22 Bohdana', uk: '2С22 Богдана' },
    aliases: ['2S22'],
    guarded: ['Bohdana', 'Bogdana'],
    cues: ['radhaubitze'],
    description: {
      de: 'Ukrainische 155-mm-Radhaubitze aus eigener Fertigung, seit 2022 im Einsatz und in Serie gebaut.',
      en: 'Ukrainian-built 155 mm wheeled howitzer, in combat since 2022 and now in series production.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: 'stugna-p', type: 'weapon', subtype: 'missile',
    names: { de: 'Stugna-P', en: 'Stugna-P', uk: 'Стугна-П' },
    aliases: ['Stugna'],
    // Skif, its export version: also other things' name (Russia's Skif seabed missile), so only as an anti-tank weapon.
    guarded: ['Skif'],
    cues: ['atgm', 'anti-tank', 'panzerabwehr', 'antitank'],
    description: {
      de: 'Ukrainisches Panzerabwehr-Lenkwaffensystem aus Kiew, seit Kriegsbeginn gegen russische Panzer eingesetzt.',
      en: 'Ukrainian anti-tank guided missile system from Kyiv, used against Russian tanks since the start of the war.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },
  {
    id: 'magura-v7', type: 'weapon', subtype: 'drone',
    names: { de: 'Magura V7', en: 'Magura V7' },
    aliases: ['Magura-V7'],
    description: {
      de: 'Ukrainische Seedrohne mit Luft-Luft-Raketen, mit der 2025 russische Kampfflugzeuge über dem Schwarzen Meer abgeschossen wurden.',
      en: 'Ukrainian naval drone armed with air-to-air missiles, used in 2025 to shoot down Russian fighter jets over the Black Sea.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'hur' }, { rel: 'variant-of', to: 'magura-v5' }, { rel: 'instance-of', to: 'naval-drone' }],
  },
  {
    id: 'baba-yaga-drone', type: 'weapon', subtype: 'drone',
    names: { de: 'Baba-Jaga-Drohne', en: 'Baba Yaga drone' },
    guarded: ['Baba Jaga', 'Baba Yaga', 'Vampire', 'Wampir'],
    cues: ['bomber', 'multikopter', 'hexacopter', 'oktokopter', 'ukrain'],
    description: {
      de: 'Russischer Frontname für schwere ukrainische Bomber-Multikopter wie die Vampire, die nachts Sprengkörper auf Stellungen abwerfen.',
      en: 'Russian frontline nickname for heavy Ukrainian bomber multicopters such as the Vampire, which drop munitions on positions at night.',
    },
    links: [{ rel: 'used-by', to: 'ukraine' }],
  },

  // ── West: air defence ──────────────────────────────────────────────────────────
  {
    id: 'iris-t-sls', type: 'weapon', subtype: 'air-defence',
    names: { de: 'IRIS-T SLS', en: 'IRIS-T SLS' },
    description: {
      de: 'Kurzstreckenversion des deutschen Flugabwehrsystems IRIS-T von Diehl Defence, an die Ukraine geliefert.',
      en: 'Short-range version of Diehl Defence\'s German IRIS-T air defence system, supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'diehl-defence' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'variant-of', to: 'iris-t-slm' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'samp-t', type: 'weapon', subtype: 'air-defence',
    names: { de: 'SAMP/T', en: 'SAMP/T' },
    aliases: ['SAMP-T', 'SAMP/T NG', 'SAMP-T NG', 'SAMP T'],
    acronyms: ['SAMP'],
    guarded: ['Mamba'],
    cues: ['samp', 'eurosam', 'aster'],
    description: {
      de: 'Französisch-italienisches Flugabwehrsystem mit Aster-Raketen, auch gegen ballistische Raketen; Frankreich und Italien lieferten es an die Ukraine.',
      en: 'Franco-Italian air defence system firing Aster missiles, also against ballistic missiles; France and Italy supplied it to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'mbda' }, { rel: 'made-by', to: 'thales' }, { rel: 'used-by', to: 'france' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'aster', type: 'weapon', subtype: 'missile',
    names: { de: 'Aster-Flugabwehrrakete', en: 'Aster missile' },
    aliases: ['Aster 30', 'Aster 15', 'Aster 30 B1NT'],
    guarded: ['Aster'],
    cues: ['flugabwehr', 'abfang', 'intercept', 'samp', 'fregatte', 'frigate', 'zerstörer', 'destroyer'],
    description: {
      de: 'Europäische Abfangrakete von MBDA für SAMP/T und Kriegsschiffe, im Roten Meer auch gegen Huthi-Drohnen eingesetzt.',
      en: 'European interceptor by MBDA for SAMP/T and warships, also used against Houthi drones in the Red Sea.',
    },
    links: [{ rel: 'made-by', to: 'mbda' }, { rel: 'used-by', to: 'france' }, { rel: 'used-by', to: 'united-kingdom' }, { rel: 'related-to', to: 'samp-t' }, { rel: 'instance-of', to: 'interceptor-missile' }],
  },
  {
    id: 'mim-23-hawk', type: 'weapon', subtype: 'air-defence',
    names: { de: 'MIM-23 Hawk', en: 'MIM-23 Hawk' },
    aliases: ['MIM-23', 'I-Hawk', 'I-HAWK', 'Hawk-System', 'Hawk-Flugabwehrsystem', 'Flugabwehrsystem Hawk', 'Hawk-Rakete', 'Hawk missile', 'Hawk air defence system', 'Hawk air defense system'],
    acronyms: ['HAWK'],
    // Sports pages put the Atlanta Hawks next to "defense" and "system", cues of every air defence:
    // the bare word counts only after one of the names above.
    shortForms: ['Hawk'],
    description: {
      de: 'Älteres US-amerikanisches Flugabwehrraketensystem mittlerer Reichweite, das u. a. Spanien und die USA an die Ukraine lieferten.',
      en: 'Older US medium-range surface-to-air missile system that Spain and the US among others supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'rtx' }, { rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'skynex', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Skynex', en: 'Skynex' },
    description: {
      de: 'Flugabwehrkanonensystem von Rheinmetall gegen Drohnen und Marschflugkörper, an die Ukraine geliefert.',
      en: 'Rheinmetall air defence gun system against drones and cruise missiles, supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'rheinmetall' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'skyranger', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Skyranger', en: 'Skyranger' },
    aliases: ['Skyranger 30', 'Skyranger 35'],
    description: {
      de: 'Mobiles Flugabwehrkanonensystem von Rheinmetall auf Radpanzern, das die Bundeswehr als Gepard-Nachfolger gegen Drohnen beschafft.',
      en: 'Mobile Rheinmetall air defence gun system on armoured vehicles, procured by the Bundeswehr as the Gepard\'s successor against drones.',
    },
    links: [{ rel: 'made-by', to: 'rheinmetall' }, { rel: 'used-by', to: 'bundeswehr' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'crotale', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Crotale', en: 'Crotale' },
    aliases: ['Crotale NG'],
    description: {
      de: 'Französisches Kurzstrecken-Flugabwehrsystem von Thales, das Frankreich an die Ukraine lieferte.',
      en: 'French short-range air defence system by Thales, supplied by France to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'thales' }, { rel: 'used-by', to: 'france' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'mistral', type: 'weapon',
    names: { de: 'Mistral-Flugabwehrrakete', en: 'Mistral missile' },
    aliases: ['Mistral 3'],
    guarded: ['Mistral'],
    cues: ['flugabwehr', 'air defen', 'manpads', 'fliegerfaust', 'mbda', 'fliegerabwehr', 'lenkflugkörper', 'lenkwaffe'],
    description: {
      de: 'Französische Kurzstrecken-Flugabwehrrakete von MBDA, tragbar oder auf Fahrzeugen, auch an die Ukraine geliefert.',
      en: 'French short-range surface-to-air missile by MBDA, man-portable or vehicle-mounted, also supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'mbda' }, { rel: 'used-by', to: 'france' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'manpads' }],
  },
  {
    id: 'starstreak', type: 'weapon', subtype: 'missile',
    names: { de: 'Starstreak', en: 'Starstreak' },
    description: {
      de: 'Britische Kurzstrecken-Flugabwehrrakete mit drei Pfeilgeschossen, an die Ukraine geliefert.',
      en: 'British short-range surface-to-air missile with three dart submunitions, supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'manpads' }],
  },
  {
    id: 'piorun', type: 'weapon', subtype: 'missile',
    names: { de: 'Piorun-Flugabwehrrakete', en: 'Piorun missile' },
    guarded: ['Piorun'],
    cues: ['flugabwehr', 'air defen', 'manpads', 'fliegerfaust'],
    description: {
      de: 'Polnische schultergestützte Flugabwehrrakete („Blitz“), an die Ukraine geliefert und von mehreren NATO-Staaten gekauft.',
      en: 'Polish shoulder-fired surface-to-air missile ("Thunderbolt"), supplied to Ukraine and bought by several NATO states.',
    },
    links: [{ rel: 'made-by', to: 'pgz' }, { rel: 'used-by', to: 'poland' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'manpads' }],
  },
  {
    id: 'rbs-70', type: 'weapon', subtype: 'missile',
    names: { de: 'RBS 70', en: 'RBS 70' },
    aliases: ['RBS 70 NG'],
    description: {
      de: 'Schwedische lasergelenkte Kurzstrecken-Flugabwehrrakete von Saab, auch an die Ukraine geliefert.',
      en: 'Swedish laser-guided short-range surface-to-air missile by Saab, also supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'saab' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'manpads' }],
  },
  {
    id: 'apkws', type: 'weapon', subtype: 'missile',
    names: { de: 'APKWS', en: 'APKWS' },
    aliases: ['Advanced Precision Kill Weapon System'],
    description: {
      de: 'US-amerikanische lasergelenkte 70-mm-Rakete, die Kampfjets als billige Abfangwaffe gegen Drohnen wie die Shahed nutzen.',
      en: 'US laser-guided 70 mm rocket that fighter jets use as a cheap interceptor against drones such as the Shahed.',
    },
    links: [{ rel: 'made-by', to: 'bae-systems' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'coyote-interceptor', type: 'weapon',
    names: { de: 'Coyote-Abfangdrohne', en: 'Coyote interceptor' },
    aliases: ['Coyote Block 2'],
    guarded: ['Coyote'],
    cues: ['abfang', 'intercept', 'drohne', 'drone', 'raytheon', 'rtx', 'flugabwehr', 'air defen'],
    description: {
      de: 'US-amerikanische Abfangdrohne von Raytheon gegen Drohnenschwärme, im Nahen Osten eingesetzt.',
      en: 'US interceptor drone by Raytheon against drone swarms, used in the Middle East.',
    },
    links: [{ rel: 'made-by', to: 'rtx' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'interceptor-missile' }],
  },
  {
    id: 'sm-2', type: 'weapon', subtype: 'missile',
    names: { de: 'SM-2', en: 'SM-2' },
    aliases: ['Standard Missile 2', 'RIM-66', 'RIM-67'],
    description: {
      de: 'US-amerikanische Schiffsabwehrrakete der Standard-Familie, mit der Zerstörer im Roten Meer Huthi-Raketen und -Drohnen abfangen.',
      en: 'US ship-launched interceptor of the Standard family, used by destroyers in the Red Sea to shoot down Houthi missiles and drones.',
    },
    links: [{ rel: 'made-by', to: 'rtx' }, { rel: 'used-by', to: 'us-navy' }, { rel: 'instance-of', to: 'interceptor-missile' }],
  },
  {
    id: 'sea-sparrow', type: 'weapon', subtype: 'missile',
    names: { de: 'RIM-7 Sea Sparrow', en: 'RIM-7 Sea Sparrow' },
    aliases: ['Sea Sparrow', 'RIM-7'],
    description: {
      de: 'US-amerikanische Flugabwehrrakete für Kriegsschiffe; die USA montierten sie für die Ukraine auch auf umgebaute Buk-Startfahrzeuge („FrankenSAM“).',
      en: 'US ship-launched surface-to-air missile; for Ukraine the US also mounted it on converted Buk launchers ("FrankenSAM").',
    },
    links: [{ rel: 'made-by', to: 'rtx' }, { rel: 'used-by', to: 'us-navy' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'interceptor-missile' }],
  },
  {
    id: 'essm', type: 'weapon', subtype: 'missile',
    names: { de: 'ESSM', en: 'ESSM' },
    aliases: ['Evolved Sea Sparrow Missile', 'RIM-162'],
    description: {
      de: 'Weiterentwickelte Sea-Sparrow-Flugabwehrrakete der NATO-Marinen gegen Flugzeuge, Drohnen und Seezielflugkörper.',
      en: 'Evolved Sea Sparrow surface-to-air missile of NATO navies against aircraft, drones and anti-ship missiles.',
    },
    links: [{ rel: 'made-by', to: 'rtx' }, { rel: 'used-by', to: 'us-navy' }, { rel: 'variant-of', to: 'sea-sparrow' }, { rel: 'instance-of', to: 'interceptor-missile' }],
  },

  // ── West: missiles and guided munitions ───────────────────────────────────────
  {
    id: 'aim-9-sidewinder', type: 'weapon', subtype: 'missile',
    names: { de: 'AIM-9 Sidewinder', en: 'AIM-9 Sidewinder' },
    aliases: ['AIM-9', 'AIM-9X', 'AIM-9M'],
    guarded: ['Sidewinder'],
    description: {
      de: 'US-amerikanische infrarotgelenkte Kurzstrecken-Luft-Luft-Rakete, auch von ukrainischen Kampfjets und Seedrohnen verschossen.',
      en: 'US infrared-guided short-range air-to-air missile, also fired by Ukrainian jets and naval drones.',
    },
    links: [{ rel: 'made-by', to: 'rtx' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'aim-120-amraam', type: 'weapon', subtype: 'missile',
    names: { de: 'AIM-120 AMRAAM', en: 'AIM-120 AMRAAM' },
    aliases: ['AIM-120', 'AMRAAM', 'AMRAAM-ER', 'AIM-120D'],
    description: {
      de: 'US-amerikanische radargelenkte Luft-Luft-Rakete mittlerer Reichweite, auch als Abfangrakete des NASAMS genutzt.',
      en: 'US radar-guided medium-range air-to-air missile, also used as the interceptor of NASAMS.',
    },
    links: [{ rel: 'made-by', to: 'rtx' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'related-to', to: 'nasams' }],
  },
  {
    id: 'agm-88-harm', type: 'weapon', subtype: 'missile',
    names: { de: 'AGM-88 HARM', en: 'AGM-88 HARM' },
    aliases: ['AGM-88', 'AGM-88E AARGM', 'AARGM-ER', 'High-speed Anti-Radiation Missile'],
    acronyms: ['HARM'],
    description: {
      de: 'US-amerikanische Anti-Radar-Rakete, die die Ukraine von MiG-29 und Su-27 gegen russische Flugabwehr-Radare einsetzt.',
      en: 'US anti-radiation missile that Ukraine fires from MiG-29s and Su-27s against Russian air defence radars.',
    },
    links: [{ rel: 'made-by', to: 'rtx' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'jdam', type: 'weapon',
    names: { de: 'JDAM', en: 'JDAM' },
    aliases: ['Joint Direct Attack Munition', 'GBU-31', 'GBU-32', 'GBU-38'],
    description: {
      de: 'US-amerikanischer Lenkbausatz mit Satellitennavigation, der ungelenkte Bomben in Präzisionswaffen verwandelt; von Israel in Gaza und im Libanon eingesetzt.',
      en: 'US satellite-guidance kit that turns unguided bombs into precision weapons; used by Israel in Gaza and Lebanon.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'israel' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'jdam-er', type: 'weapon',
    names: { de: 'JDAM-ER', en: 'JDAM-ER' },
    aliases: ['JDAM Extended Range'],
    description: {
      de: 'JDAM mit Klappflügeln und damit größerer Reichweite; die Ukraine wirft sie als Gleitbomben von ihren Kampfjets ab.',
      en: 'JDAM with pop-out wings and hence longer range; Ukraine drops them from its jets as glide bombs.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'variant-of', to: 'jdam' }, { rel: 'instance-of', to: 'glide-bomb' }],
  },
  {
    id: 'gbu-39-sdb', type: 'weapon',
    names: { de: 'GBU-39', en: 'GBU-39' },
    aliases: ['GBU-39 SDB', 'Small Diameter Bomb', 'GBU-53 StormBreaker'],
    description: {
      de: 'US-amerikanische kleine Gleitbombe von 110 kg mit hoher Präzision, etwa von Israel in Gaza eingesetzt.',
      en: 'Small US 110 kg precision glide bomb, used by Israel in Gaza among others.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'israel' }, { rel: 'instance-of', to: 'glide-bomb' }],
  },
  {
    id: 'glsdb', type: 'weapon', subtype: 'missile',
    names: { de: 'GLSDB', en: 'GLSDB' },
    aliases: ['Ground-Launched Small Diameter Bomb', 'Ground Launched Small Diameter Bomb'],
    description: {
      de: 'Bodengestützte Gleitbombe von Boeing und Saab, die von Raketenwerfern gestartet wird und rund 150 km weit reicht; an die Ukraine geliefert.',
      en: 'Ground-launched glide bomb by Boeing and Saab, fired from rocket launchers with a range of about 150 km; supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'made-by', to: 'saab' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'variant-of', to: 'gbu-39-sdb' }],
  },
  {
    id: 'aasm-hammer', type: 'weapon',
    names: { de: 'AASM Hammer', en: 'AASM Hammer' },
    aliases: ['AASM', 'A2SM'],
    guarded: ['Hammer'],
    cues: ['bombe', 'bomb', 'gleitbombe', 'glide', 'mirage', 'rafale', 'safran'],
    description: {
      de: 'Französische Präzisions-Gleitbombe von Safran, die die Ukraine von ihren Kampfjets gegen russische Stellungen einsetzt.',
      en: 'French precision glide bomb by Safran that Ukraine drops from its jets on Russian positions.',
    },
    links: [{ rel: 'made-by', to: 'safran' }, { rel: 'used-by', to: 'france' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'glide-bomb' }],
  },
  {
    id: 'excalibur', type: 'weapon', subtype: 'artillery',
    names: { de: 'M982 Excalibur', en: 'M982 Excalibur' },
    aliases: ['M982'],
    guarded: ['Excalibur'],
    cues: ['geschoss', 'shell', 'munition', 'round', 'gps', 'präzision', 'precision'],
    description: {
      de: 'US-amerikanisches satellitengelenktes 155-mm-Artilleriegeschoss, dessen Wirkung in der Ukraine russische Störsender schwächen.',
      en: 'US GPS-guided 155 mm artillery shell whose effect in Ukraine has been blunted by Russian jamming.',
    },
    links: [{ rel: 'made-by', to: 'rtx' }, { rel: 'made-by', to: 'bae-systems' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'brimstone', type: 'weapon', subtype: 'missile',
    names: { de: 'Brimstone-Rakete', en: 'Brimstone missile' },
    aliases: ['Brimstone 2'],
    guarded: ['Brimstone'],
    cues: ['mbda', 'britisch', 'british', 'panzerabwehr', 'anti-tank'],
    description: {
      de: 'Britische Präzisions-Luft-Boden-Rakete von MBDA, an die Ukraine geliefert und dort auch vom Boden gestartet.',
      en: 'British precision air-to-ground missile by MBDA, supplied to Ukraine and also launched from the ground there.',
    },
    links: [{ rel: 'made-by', to: 'mbda' }, { rel: 'used-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'eram', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'ERAM-Marschflugkörper', en: 'ERAM missile' },
    aliases: ['Extended Range Attack Munition'],
    acronyms: ['ERAM'],
    description: {
      de: 'Günstiger US-amerikanischer luftgestützter Marschflugkörper mit rund 450 km Reichweite, dessen Lieferung an die Ukraine die USA 2025 billigten.',
      en: 'Low-cost US air-launched cruise missile with a range of about 450 km, whose sale to Ukraine the US approved in 2025.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'naval-strike-missile', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Naval Strike Missile', en: 'Naval Strike Missile' },
    acronyms: ['NSM'],
    description: {
      de: 'Norwegischer Seeziel- und Landzielflugkörper von Kongsberg, in vielen NATO-Marinen im Dienst.',
      en: 'Norwegian anti-ship and land-attack missile by Kongsberg, in service with many NATO navies.',
    },
    links: [{ rel: 'made-by', to: 'kongsberg' }, { rel: 'instance-of', to: 'anti-ship-missile' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'lrasm', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'LRASM', en: 'LRASM' },
    aliases: ['AGM-158C', 'Long Range Anti-Ship Missile'],
    description: {
      de: 'US-amerikanischer Tarnkappen-Seezielflugkörper, aus dem JASSM abgeleitet.',
      en: 'US stealthy anti-ship missile derived from the JASSM.',
    },
    links: [{ rel: 'made-by', to: 'lockheed-martin' }, { rel: 'used-by', to: 'united-states' }, { rel: 'variant-of', to: 'jassm' }, { rel: 'instance-of', to: 'anti-ship-missile' }],
  },
  {
    id: 'hellfire', type: 'weapon', subtype: 'missile',
    names: { de: 'AGM-114 Hellfire', en: 'AGM-114 Hellfire' },
    aliases: ['AGM-114', 'R9X'],
    guarded: ['Hellfire'],
    description: {
      de: 'US-amerikanische Luft-Boden-Rakete für Hubschrauber und Drohnen wie die MQ-9, Standardwaffe gezielter Tötungen.',
      en: 'US air-to-ground missile for helicopters and drones such as the MQ-9, the standard weapon of targeted killings.',
    },
    links: [{ rel: 'made-by', to: 'lockheed-martin' }, { rel: 'used-by', to: 'united-states' }],
  },
  {
    id: 'mk-84', type: 'weapon',
    names: { de: 'Mk 84', en: 'Mk 84' },
    aliases: ['MK-84', 'Mark 84'],
    description: {
      de: 'US-amerikanische 2000-Pfund-Bombe (900 kg), deren Lieferung an Israel wegen der Folgen in Gaza umstritten war.',
      en: 'US 2,000-pound (900 kg) bomb whose delivery to Israel was contested because of its effects in Gaza.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'israel' }, { rel: 'used-by', to: 'united-states' }],
  },
  {
    id: 'tow-missile', type: 'weapon', subtype: 'missile',
    names: { de: 'BGM-71 TOW', en: 'BGM-71 TOW' },
    aliases: ['BGM-71', 'TOW-2', 'Tube-Launched, Optically-Tracked, Wire-Guided'],
    guarded: ['TOW'],
    cues: ['panzerabwehr', 'anti-tank', 'rakete', 'missile'],
    description: {
      de: 'US-amerikanische drahtgelenkte Panzerabwehrrakete, weltweit verbreitet und auch in der Ukraine im Einsatz.',
      en: 'US wire-guided anti-tank missile, widespread worldwide and also in use in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'rtx' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },
  {
    id: 'panzerfaust-3', type: 'weapon', subtype: 'missile',
    names: { de: 'Panzerfaust 3', en: 'Panzerfaust 3' },
    aliases: ['Pzf 3'],
    // Bare, German for any shoulder-fired anti-tank weapon (an RPG too): only beside a word of German supply.
    guarded: ['Panzerfaust'],
    cues: ['dynamit nobel', 'bundeswehr', 'bundesregierung', 'waffenlieferung', 'rgw'],
    description: {
      de: 'Deutsche schultergestützte Panzerabwehrwaffe von Dynamit Nobel Defence, zu Kriegsbeginn in großer Zahl an die Ukraine geliefert.',
      en: 'German shoulder-fired anti-tank weapon by Dynamit Nobel Defence, delivered to Ukraine in large numbers when the war began.',
    },
    links: [{ rel: 'made-by', to: 'germany' }, { rel: 'used-by', to: 'bundeswehr' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },
  {
    id: 'carl-gustaf', type: 'weapon', subtype: 'missile',
    names: { de: 'Carl-Gustaf-Rückstoßfreie Waffe', en: 'Carl Gustaf recoilless rifle' },
    aliases: ['Carl Gustaf M4', 'Carl-Gustaf M4', 'Carl Gustav M4'],
    guarded: ['Carl Gustaf', 'Carl Gustav'],
    cues: ['panzerabwehr', 'anti-tank', 'rückstoßfrei', 'recoilless', 'saab', 'waffe', 'weapon'],
    description: {
      de: 'Schwedische rückstoßfreie Panzerabwehrwaffe von Saab, auch an die Ukraine geliefert.',
      en: 'Swedish recoilless anti-tank weapon by Saab, also supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'saab' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },

  // ── West: armour and artillery ─────────────────────────────────────────────────
  {
    id: 'challenger-3', type: 'weapon', subtype: 'tank',
    names: { de: 'Challenger 3', en: 'Challenger 3' },
    description: {
      de: 'Modernisierte Version des britischen Kampfpanzers Challenger 2 mit neuer Glattrohrkanone.',
      en: 'Upgraded version of the British Challenger 2 main battle tank with a new smoothbore gun.',
    },
    links: [{ rel: 'made-by', to: 'rheinmetall' }, { rel: 'used-by', to: 'united-kingdom' }, { rel: 'variant-of', to: 'challenger-2' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 'leclerc', type: 'weapon', subtype: 'tank',
    names: { de: 'Leclerc-Kampfpanzer', en: 'Leclerc tank' },
    guarded: ['Leclerc'],
    description: {
      de: 'Französischer Kampfpanzer von KNDS (Nexter), auch von den Vereinigten Arabischen Emiraten genutzt.',
      en: 'French main battle tank by KNDS (Nexter), also used by the United Arab Emirates.',
    },
    links: [{ rel: 'made-by', to: 'nexter' }, { rel: 'used-by', to: 'france' }, { rel: 'used-by', to: 'united-arab-emirates' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 'amx-10-rc', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'AMX-10 RC', en: 'AMX-10 RC' },
    aliases: ['AMX-10RC', 'AMX-10'],
    description: {
      de: 'Französischer Radspähpanzer mit 105-mm-Kanone, 2023 an die Ukraine geliefert.',
      en: 'French wheeled reconnaissance vehicle with a 105 mm gun, supplied to Ukraine in 2023.',
    },
    links: [{ rel: 'made-by', to: 'nexter' }, { rel: 'used-by', to: 'france' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'pt-91-twardy', type: 'weapon', subtype: 'tank',
    names: { de: 'PT-91 Twardy', en: 'PT-91 Twardy' },
    aliases: ['PT-91'],
    description: {
      de: 'Polnische Weiterentwicklung des T-72, von Polen an die Ukraine geliefert.',
      en: 'Polish development of the T-72, supplied by Poland to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'poland' }, { rel: 'used-by', to: 'poland' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'variant-of', to: 't-72' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 'k2-black-panther', type: 'weapon', subtype: 'tank',
    names: { de: 'K2 Black Panther', en: 'K2 Black Panther' },
    aliases: ['K2PL', 'K2 Panther'],
    // Orders name it bare ("180 K2 tanks"); K2 is also the mountain.
    guarded: ['K2'],
    cues: ['kampfpanzer', 'battle tank', 'hyundai rotem'],
    description: {
      de: 'Südkoreanischer Kampfpanzer von Hyundai Rotem, den Polen in großer Zahl kauft.',
      en: 'South Korean main battle tank by Hyundai Rotem, bought in large numbers by Poland.',
    },
    links: [{ rel: 'made-by', to: 'hyundai-rotem' }, { rel: 'used-by', to: 'south-korea' }, { rel: 'used-by', to: 'poland' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 'stryker', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Stryker-Radschützenpanzer', en: 'Stryker armoured vehicle' },
    aliases: ['M1126 Stryker', 'M1126'],
    guarded: ['Stryker'],
    description: {
      de: 'US-amerikanischer achträdriger Radschützenpanzer von General Dynamics, auch an die Ukraine geliefert.',
      en: 'US eight-wheeled armoured vehicle by General Dynamics, also supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'general-dynamics' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'cv90', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'CV90', en: 'CV90' },
    aliases: ['CV9040', 'CV9035', 'Combat Vehicle 90', 'Stridsfordon 90'],
    description: {
      de: 'Schwedischer Schützenpanzer von BAE Systems Hägglunds, an die Ukraine geliefert und in mehreren NATO-Staaten im Dienst.',
      en: 'Swedish infantry fighting vehicle by BAE Systems Hägglunds, supplied to Ukraine and in service in several NATO states.',
    },
    links: [{ rel: 'made-by', to: 'bae-systems' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'infantry-fighting-vehicle' }],
  },
  {
    id: 'm113', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'M113', en: 'M113' },
    aliases: ['M113A3'],
    description: {
      de: 'US-amerikanischer Kettentransportpanzer aus den 1960er-Jahren, von vielen Staaten an die Ukraine abgegeben.',
      en: 'US tracked armoured personnel carrier from the 1960s, handed to Ukraine by many countries.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'boxer', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Radschützenpanzer Boxer', en: 'Boxer armoured vehicle' },
    aliases: ['GTK Boxer'],
    guarded: ['Boxer'],
    cues: ['radpanzer', 'radschützenpanzer', 'rheinmetall', 'kmw', 'knds', 'bundeswehr', 'gepanzert', 'armoured', 'armored'],
    description: {
      de: 'Deutsch-niederländischer Radschützenpanzer von Rheinmetall und KNDS, Grundlage auch für die Radhaubitze RCH 155.',
      en: 'German-Dutch wheeled armoured vehicle by Rheinmetall and KNDS, also the basis of the RCH 155 wheeled howitzer.',
    },
    links: [{ rel: 'made-by', to: 'rheinmetall' }, { rel: 'made-by', to: 'knds' }, { rel: 'used-by', to: 'germany' }],
  },
  {
    id: 'lynx-kf41', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Lynx KF41', en: 'Lynx KF41' },
    aliases: ['KF41'],
    guarded: ['Lynx'],
    cues: ['rheinmetall', 'schützenpanzer', 'panzer', 'ukrain', 'ungarn', 'hungary'],
    description: {
      de: 'Schützenpanzer von Rheinmetall, den Ungarn beschafft und der in der Ukraine gebaut werden soll.',
      en: 'Rheinmetall infantry fighting vehicle, procured by Hungary and planned for production in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'rheinmetall' }, { rel: 'instance-of', to: 'infantry-fighting-vehicle' }],
  },
  {
    id: 'bushmaster', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Bushmaster-Radpanzer', en: 'Bushmaster armoured vehicle' },
    aliases: ['Bushmaster PMV'],
    guarded: ['Bushmaster'],
    description: {
      de: 'Australisches minengeschütztes Radfahrzeug, von Australien an die Ukraine geliefert.',
      en: 'Australian mine-protected wheeled vehicle, supplied by Australia to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'm109', type: 'weapon', subtype: 'artillery',
    names: { de: 'M109', en: 'M109' },
    aliases: ['M109A6 Paladin', 'M109A7', 'M109A6', 'M109A5', 'M109 Paladin'],
    description: {
      de: 'US-amerikanische 155-mm-Panzerhaubitze, weltweit verbreitet und von mehreren NATO-Staaten an die Ukraine geliefert.',
      en: 'US 155 mm self-propelled howitzer, widespread worldwide and supplied to Ukraine by several NATO states.',
    },
    links: [{ rel: 'made-by', to: 'bae-systems' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: 'ahs-krab', type: 'weapon', subtype: 'artillery',
    names: { de: 'AHS Krab', en: 'AHS Krab' },
    guarded: ['Krab'],
    description: {
      de: 'Polnische 155-mm-Panzerhaubitze von Huta Stalowa Wola, von Polen an die Ukraine geliefert.',
      en: 'Polish 155 mm self-propelled howitzer by Huta Stalowa Wola, supplied by Poland to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'pgz' }, { rel: 'used-by', to: 'poland' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: 'archer', type: 'weapon', subtype: 'artillery',
    names: { de: 'Archer-Haubitze', en: 'Archer howitzer' },
    aliases: ['FH77BW Archer', 'FH77BW'],
    guarded: ['Archer'],
    description: {
      de: 'Schwedische 155-mm-Radhaubitze von BAE Systems Bofors, an die Ukraine geliefert.',
      en: 'Swedish 155 mm wheeled howitzer by BAE Systems Bofors, supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'bae-systems' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: 'zuzana-2', type: 'weapon', subtype: 'artillery',
    names: { de: 'Zuzana 2', en: 'Zuzana 2' },
    aliases: ['Zuzana-2'],
    guarded: ['Zuzana'],
    description: {
      de: 'Slowakische 155-mm-Radhaubitze, die die Slowakei und europäische Partner an die Ukraine lieferten.',
      en: 'Slovak 155 mm wheeled howitzer supplied to Ukraine by Slovakia and European partners.',
    },
    links: [{ rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: 'dana-howitzer', type: 'weapon', subtype: 'artillery',
    names: { de: 'DANA-Radhaubitze', en: 'DANA howitzer' },
    // Not a bare "Dana": a given name (Dana Bash, Dana Perino) in a sentence on artillery.
    aliases: ['ShKH vz. 77 DANA', 'DANA M2', 'Haubitze Dana', 'Radhaubitze Dana'],
    guarded: ['DANA'],
    description: {
      de: 'Tschechoslowakische 152-mm-Radhaubitze, von Tschechien an die Ukraine geliefert.',
      en: 'Czechoslovak 152 mm wheeled howitzer, supplied by the Czech Republic to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: 'rch-155', type: 'weapon', subtype: 'artillery',
    names: { de: 'RCH 155', en: 'RCH 155' },
    aliases: ['Remote Controlled Howitzer 155'],
    description: {
      de: 'Deutsche 155-mm-Radhaubitze von KNDS auf Boxer-Fahrgestell, die auch die Ukraine erhält.',
      en: 'German 155 mm wheeled howitzer by KNDS on a Boxer chassis, also ordered for Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'knds' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'used-by', to: 'bundeswehr' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: 'as-90', type: 'weapon', subtype: 'artillery',
    names: { de: 'AS-90', en: 'AS-90' },
    aliases: ['AS90'],
    description: {
      de: 'Britische 155-mm-Panzerhaubitze, von Großbritannien an die Ukraine geliefert.',
      en: 'British 155 mm self-propelled howitzer, supplied by the UK to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'bae-systems' }, { rel: 'used-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: 'fh-70', type: 'weapon', subtype: 'artillery',
    names: { de: 'FH-70', en: 'FH-70' },
    aliases: ['FH70', 'Feldhaubitze 70'],
    description: {
      de: 'Gezogene 155-mm-Feldhaubitze aus deutsch-britisch-italienischer Entwicklung, an die Ukraine abgegeben.',
      en: 'Towed 155 mm field howitzer developed by Germany, Britain and Italy, handed to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'k9-thunder', type: 'weapon', subtype: 'artillery',
    names: { de: 'K9 Thunder', en: 'K9 Thunder' },
    aliases: ['K9A1', 'K9PL', 'K9 Moukari', 'K9 Vidar'],
    // Orders name it bare ("152 K9 howitzers"); K9 is also a police-dog unit.
    guarded: ['K9'],
    cues: ['panzerhaubitze', 'hanwha'],
    description: {
      de: 'Südkoreanische 155-mm-Panzerhaubitze von Hanwha Aerospace, in Polen und weiteren NATO-Staaten im Dienst.',
      en: 'South Korean 155 mm self-propelled howitzer by Hanwha Aerospace, in service in Poland and other NATO states.',
    },
    links: [{ rel: 'made-by', to: 'hanwha-aerospace' }, { rel: 'used-by', to: 'south-korea' }, { rel: 'used-by', to: 'poland' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: 'chunmoo', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'K239 Chunmoo', en: 'K239 Chunmoo' },
    aliases: ['Chunmoo', 'K239', 'Homar-K'],
    description: {
      de: 'Südkoreanischer Mehrfachraketenwerfer von Hanwha Aerospace, in Polen als Homar-K eingeführt.',
      en: 'South Korean multiple rocket launcher by Hanwha Aerospace, fielded in Poland as the Homar-K.',
    },
    links: [{ rel: 'made-by', to: 'hanwha-aerospace' }, { rel: 'used-by', to: 'south-korea' }, { rel: 'used-by', to: 'poland' }, { rel: 'instance-of', to: 'multiple-rocket-launcher' }],
  },
  {
    id: 'rm-70', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'RM-70', en: 'RM-70' },
    aliases: ['RM-70 Vampire'],
    description: {
      de: 'Tschechoslowakischer 122-mm-Mehrfachraketenwerfer auf Lkw, von Tschechien an die Ukraine geliefert.',
      en: 'Czechoslovak truck-mounted 122 mm multiple rocket launcher, supplied by the Czech Republic to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'multiple-rocket-launcher' }],
  },

  // ── West: aircraft, drones, ships ──────────────────────────────────────────────
  {
    id: 'f-a-18', type: 'weapon', subtype: 'aircraft',
    names: { de: 'F/A-18 Super Hornet', en: 'F/A-18 Super Hornet' },
    aliases: ['Super Hornet', 'F-18', 'FA-18', 'F/A-18', 'F/A-18E', 'F/A-18 Hornet'],
    guarded: ['Hornet'],
    cues: ['jets', 'kampfjets'],
    description: {
      de: 'Trägergestütztes US-Kampfflugzeug von Boeing, im Roten Meer gegen die Huthi eingesetzt.',
      en: 'US carrier-based fighter jet by Boeing, used against the Houthis in the Red Sea.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'f-22', type: 'weapon', subtype: 'aircraft',
    names: { de: 'F-22 Raptor', en: 'F-22 Raptor' },
    aliases: ['F-22'],
    guarded: ['Raptor'],
    cues: ['jets', 'kampfjets'],
    description: {
      de: 'US-amerikanisches Tarnkappen-Luftüberlegenheitsflugzeug von Lockheed Martin.',
      en: 'US stealth air superiority fighter by Lockheed Martin.',
    },
    links: [{ rel: 'made-by', to: 'lockheed-martin' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'a-10', type: 'weapon', subtype: 'aircraft',
    names: { de: 'A-10 Thunderbolt II', en: 'A-10 Thunderbolt II' },
    aliases: ['A-10 Warthog'],
    guarded: ['Warthog', 'A-10'],
    cues: ['jets', 'kampfjets'],
    description: {
      de: 'US-amerikanisches Erdkampfflugzeug mit großer Bordkanone, auch gegen Drohnen im Nahen Osten eingesetzt.',
      en: 'US close air support aircraft with a large cannon, also used against drones in the Middle East.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }],
  },
  {
    id: 'b-1b', type: 'weapon', subtype: 'aircraft',
    names: { de: 'B-1B Lancer', en: 'B-1B Lancer' },
    aliases: ['B-1B', 'B-1 Lancer'],
    description: {
      de: 'US-amerikanischer Überschall-Langstreckenbomber, u. a. bei Angriffen im Irak und in Syrien eingesetzt.',
      en: 'US supersonic long-range bomber, used among others for strikes in Iraq and Syria.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'us-air-force' }, { rel: 'instance-of', to: 'strategic-bomber' }],
  },
  {
    id: 'b-21', type: 'weapon', subtype: 'aircraft',
    names: { de: 'B-21 Raider', en: 'B-21 Raider' },
    aliases: ['B-21'],
    description: {
      de: 'Neuer US-amerikanischer Tarnkappenbomber von Northrop Grumman, Nachfolger der B-2.',
      en: 'New US stealth bomber by Northrop Grumman, successor to the B-2.',
    },
    links: [{ rel: 'made-by', to: 'northrop-grumman' }, { rel: 'used-by', to: 'us-air-force' }, { rel: 'instance-of', to: 'strategic-bomber' }],
  },
  {
    id: 'e-3-sentry', type: 'weapon', subtype: 'aircraft',
    names: { de: 'E-3 Sentry', en: 'E-3 Sentry' },
    aliases: ['E-3A', 'E-3 AWACS', 'NATO-AWACS'],
    description: {
      de: 'Luftgestütztes Frühwarn- und Leitflugzeug von Boeing mit Radarkuppel, von USA und NATO genutzt.',
      en: 'Boeing airborne warning and control aircraft with a radar dome, operated by the US and NATO.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'nato' }, { rel: 'used-by', to: 'us-air-force' }],
  },
  {
    id: 'e-7-wedgetail', type: 'weapon', subtype: 'aircraft',
    names: { de: 'E-7 Wedgetail', en: 'E-7 Wedgetail' },
    aliases: ['Wedgetail'],
    guarded: ['E-7'],
    cues: ['jets', 'kampfjets'],
    description: {
      de: 'Frühwarnflugzeug von Boeing auf Basis der 737, Nachfolger der E-3 bei NATO-Partnern.',
      en: 'Boeing airborne early warning aircraft based on the 737, succeeding the E-3 with NATO partners.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'united-kingdom' }],
  },
  {
    id: 'saab-340-aew', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Saab 340 AEW', en: 'Saab 340 AEW' },
    aliases: ['ASC 890', 'Saab 340 AEW&C', 'S 100D Argus'],
    description: {
      de: 'Schwedisches Radarfrühwarnflugzeug, das Schweden der Ukraine zur Unterstützung ihrer Kampfjets zusagte.',
      en: 'Swedish airborne early warning aircraft that Sweden pledged to Ukraine to support its fighter jets.',
    },
    links: [{ rel: 'made-by', to: 'saab' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'kc-135', type: 'weapon', subtype: 'aircraft',
    names: { de: 'KC-135', en: 'KC-135' },
    aliases: ['KC-135 Stratotanker', 'Stratotanker'],
    description: {
      de: 'US-amerikanisches Tankflugzeug, ohne das Langstreckeneinsätze etwa gegen Iran nicht möglich wären.',
      en: 'US aerial refuelling aircraft without which long-range missions such as those against Iran would be impossible.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'us-air-force' }],
  },
  {
    id: 'uh-60-black-hawk', type: 'weapon', subtype: 'helicopter',
    names: { de: 'UH-60 Black Hawk', en: 'UH-60 Black Hawk' },
    aliases: ['UH-60', 'MH-60'],
    guarded: ['Black Hawk', 'Blackhawk'],
    description: {
      de: 'US-amerikanischer Mehrzweck-Transporthubschrauber von Sikorsky, weltweit verbreitet.',
      en: 'US utility transport helicopter by Sikorsky, widespread worldwide.',
    },
    links: [{ rel: 'made-by', to: 'lockheed-martin' }, { rel: 'used-by', to: 'united-states' }],
  },
  {
    id: 'ch-47-chinook', type: 'weapon', subtype: 'helicopter',
    names: { de: 'CH-47 Chinook', en: 'CH-47 Chinook' },
    aliases: ['CH-47'],
    guarded: ['Chinook'],
    description: {
      de: 'US-amerikanischer schwerer Transporthubschrauber mit Tandemrotor von Boeing, auch von der Bundeswehr beschafft.',
      en: 'US heavy tandem-rotor transport helicopter by Boeing, also procured by the Bundeswehr.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'germany' }],
  },
  {
    id: 'v-22-osprey', type: 'weapon', subtype: 'aircraft',
    names: { de: 'V-22 Osprey', en: 'V-22 Osprey' },
    aliases: ['MV-22 Osprey', 'CV-22 Osprey', 'V-22', 'MV-22', 'CV-22'],
    guarded: ['Osprey'],
    cues: ['jets', 'kampfjets'],
    description: {
      de: 'US-amerikanisches Kipprotor-Flugzeug, das wie ein Hubschrauber startet und wie ein Flugzeug fliegt.',
      en: 'US tiltrotor aircraft that takes off like a helicopter and flies like a plane.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'united-states' }],
  },
  {
    id: 'mq-1c-gray-eagle', type: 'weapon', subtype: 'drone',
    names: { de: 'MQ-1C Gray Eagle', en: 'MQ-1C Gray Eagle' },
    aliases: ['MQ-1C', 'Gray Eagle', 'Grey Eagle'],
    description: {
      de: 'US-amerikanische Kampf- und Aufklärungsdrohne von General Atomics, Weiterentwicklung der Predator.',
      en: 'US combat and reconnaissance drone by General Atomics, developed from the Predator.',
    },
    links: [{ rel: 'made-by', to: 'general-atomics' }, { rel: 'used-by', to: 'us-army' }, { rel: 'variant-of', to: 'mq-1-predator' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'mq-1-predator', type: 'weapon', subtype: 'drone',
    names: { de: 'MQ-1 Predator', en: 'MQ-1 Predator' },
    aliases: ['MQ-1', 'RQ-1 Predator'],
    guarded: ['Predator'],
    description: {
      de: 'US-amerikanische Kampfdrohne von General Atomics, mit der die USA ab 2001 gezielte Tötungen begannen.',
      en: 'US combat drone by General Atomics with which the US began targeted killings from 2001.',
    },
    links: [{ rel: 'made-by', to: 'general-atomics' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'mq-4c-triton', type: 'weapon', subtype: 'drone',
    names: { de: 'MQ-4C Triton', en: 'MQ-4C Triton' },
    aliases: ['MQ-4C'],
    guarded: ['Triton'],
    description: {
      de: 'Unbemanntes Seeaufklärungsflugzeug der US-Marine von Northrop Grumman zur Überwachung großer Seegebiete.',
      en: 'US Navy unmanned maritime surveillance aircraft by Northrop Grumman for watching over large sea areas.',
    },
    links: [{ rel: 'made-by', to: 'northrop-grumman' }, { rel: 'used-by', to: 'united-states' }, { rel: 'variant-of', to: 'rq-4-global-hawk' }],
  },
  {
    id: 'phoenix-ghost', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Phoenix Ghost', en: 'Phoenix Ghost' },
    description: {
      de: 'US-amerikanische Kamikazedrohne von Aevex Aerospace, die die USA 2022 eigens für die Ukraine lieferten.',
      en: 'US loitering munition by Aevex Aerospace, supplied by the US specifically to Ukraine in 2022.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'hx-2', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'HX-2', en: 'HX-2' },
    aliases: ['Helsing HX-2'],
    description: {
      de: 'Kamikazedrohne des Münchner Rüstungs-Start-ups Helsing mit KI-Unterstützung, an die Ukraine geliefert.',
      en: 'AI-assisted loitering munition by the Munich defence start-up Helsing, supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'helsing' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'lucas-drone', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'LUCAS-Drohne', en: 'LUCAS drone' },
    aliases: ['Low-cost Uncrewed Combat Attack System'],
    acronyms: ['LUCAS'],
    description: {
      de: 'US-amerikanische Einweg-Angriffsdrohne, dem iranischen Vorbild Shahed-136 nachempfunden, 2025 vorgestellt.',
      en: 'US one-way attack drone modelled on Iran\'s Shahed-136, unveiled in 2025.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'typhon', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'Typhon-Raketensystem', en: 'Typhon missile system' },
    aliases: ['Mid-Range Capability'],
    guarded: ['Typhon'],
    cues: ['tomahawk', 'sm-6', 'sm 6', 'stationierung', 'deploy', 'system'],
    description: {
      de: 'Landgestütztes US-Raketenstartsystem für Tomahawk und SM-6, dessen Stationierung in Deutschland ab 2026 geplant ist.',
      en: 'US ground-based launcher for Tomahawk and SM-6 missiles, planned for deployment in Germany from 2026.',
    },
    links: [{ rel: 'made-by', to: 'lockheed-martin' }, { rel: 'used-by', to: 'united-states' }, { rel: 'related-to', to: 'tomahawk' }],
  },
  {
    id: 'uss-gerald-r-ford', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Gerald R. Ford', en: 'USS Gerald R. Ford' },
    aliases: ['USS Gerald Ford', 'USS Ford', 'USS Gerald R.'],
    description: {
      de: 'Größter Flugzeugträger der US-Marine, Typschiff seiner Klasse, mehrfach zur Abschreckung in den Nahen Osten verlegt.',
      en: 'The US Navy\'s largest aircraft carrier, lead ship of its class, repeatedly sent to the Middle East as a deterrent.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }],
  },
  {
    id: 'uss-harry-s-truman', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Harry S. Truman', en: 'USS Harry S. Truman' },
    aliases: ['USS Truman', 'USS Harry Truman', 'USS Harry S.'],
    guarded: ['Harry Truman', 'Harry S. Truman'],
    cues: ['flugzeugträger', 'aircraft carrier', 'carrier', 'kriegsschiff', 'warship', 'trägerverband', 'strike group', 'rotes meer', 'red sea', 'huthi', 'houthi'],
    description: {
      de: 'US-Flugzeugträger der Nimitz-Klasse, 2025 an den Angriffen auf die Huthi im Jemen beteiligt.',
      en: 'US Nimitz-class aircraft carrier, involved in the 2025 strikes on the Houthis in Yemen.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }],
  },
  {
    id: 'uss-dwight-d-eisenhower', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Dwight D. Eisenhower', en: 'USS Dwight D. Eisenhower' },
    aliases: [
      'USS Eisenhower', 'USS Dwight Eisenhower', 'USS Dwight D.',
      // The strike group is reported under the carrier's name: a reader takes it for the ship.
      'Dwight D. Eisenhower Carrier Strike Group', 'Dwight D. Eisenhower Carrier Group', 'Eisenhower Carrier Strike Group', 'Eisenhower carrier group',
      'Flugzeugträger Dwight D. Eisenhower',
    ],
    acronyms: ['IKECSG'],
    // Also the president: the bare name only beside a carrier word.
    guarded: ['Dwight D. Eisenhower', 'Dwight Eisenhower'],
    shortForms: ['Eisenhower'],
    cues: ['flugzeugträger', 'träger', 'carrier', 'strike group', 'kampfgruppe', 'verband', 'navy', 'red sea', 'rotes meer', 'houthi', 'huthi'],
    description: {
      de: 'US-Flugzeugträger der Nimitz-Klasse, 2023/24 im Roten Meer gegen Huthi-Angriffe eingesetzt.',
      en: 'US Nimitz-class aircraft carrier, deployed to the Red Sea against Houthi attacks in 2023–24.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }],
  },
  {
    id: 'uss-carl-vinson', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Carl Vinson', en: 'USS Carl Vinson' },
    aliases: ['USS Vinson'],
    // The congressman it is named after: only beside a carrier word.
    guarded: ['Carl Vinson'],
    cues: ['flugzeugträger', 'träger', 'carrier', 'cvn', 'navy', 'strike group', 'kampfgruppe'],
    description: {
      de: 'US-Flugzeugträger der Nimitz-Klasse, 2025 in den Nahen Osten verlegt.',
      en: 'US Nimitz-class aircraft carrier, sent to the Middle East in 2025.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }],
  },
  {
    id: 'uss-abraham-lincoln', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Abraham Lincoln', en: 'USS Abraham Lincoln' },
    aliases: ['USS Lincoln'],
    description: {
      de: 'US-Flugzeugträger der Nimitz-Klasse, 2024 zur Abschreckung Irans in den Nahen Osten verlegt.',
      en: 'US Nimitz-class aircraft carrier, sent to the Middle East in 2024 to deter Iran.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }],
  },
  {
    id: 'uss-nimitz', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Nimitz', en: 'USS Nimitz' },
    description: {
      de: 'Ältester aktiver US-Flugzeugträger und Typschiff seiner Klasse, 2025 in den Nahen Osten verlegt.',
      en: 'Oldest active US aircraft carrier and lead ship of its class, sent to the Middle East in 2025.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }],
  },
  {
    id: 'uss-theodore-roosevelt', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Theodore Roosevelt', en: 'USS Theodore Roosevelt' },
    aliases: ['USS Roosevelt', 'Flugzeugträger Theodore Roosevelt'],
    // Also the president: the bare name only beside a carrier word.
    guarded: ['Theodore Roosevelt'],
    cues: ['flugzeugträger', 'träger', 'carrier', 'strike group', 'kampfgruppe', 'verband'],
    description: {
      de: 'US-Flugzeugträger der Nimitz-Klasse, 2024 im Nahen Osten im Einsatz.',
      en: 'US Nimitz-class aircraft carrier, deployed in the Middle East in 2024.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }],
  },

  // ── Iran ───────────────────────────────────────────────────────────────────────
  {
    id: 'arash-drone', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Arash-Drohne', en: 'Arash drone' },
    aliases: ['Arash-2', 'Kian-2'],
    description: {
      de: 'Iranische Langstrecken-Kamikazedrohne, größer als die Shahed-136, die Iran nach eigenen Angaben für Ziele in Israel vorsieht.',
      en: 'Iranian long-range kamikaze drone, larger than the Shahed-136, which Iran says is meant for targets in Israel.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'iranian-armed-forces' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'ababil-drone', type: 'weapon', subtype: 'drone',
    names: { de: 'Ababil-Drohne', en: 'Ababil drone' },
    aliases: ['Ababil-2', 'Ababil-3', 'Ababil-5', 'Ababil-T'],
    guarded: ['Ababil'],
    description: {
      de: 'Iranische Drohnenfamilie von HESA für Aufklärung und Angriffe, Vorbild vieler Drohnen von Huthi und Hisbollah.',
      en: 'Iranian drone family by HESA for reconnaissance and attack, the model for many Houthi and Hezbollah drones.',
    },
    links: [{ rel: 'made-by', to: 'hesa' }, { rel: 'used-by', to: 'iranian-armed-forces' }, { rel: 'used-by', to: 'houthis' }, { rel: 'used-by', to: 'hezbollah' }],
  },
  {
    id: 'mohajer-4', type: 'weapon', subtype: 'drone',
    names: { de: 'Mohajer-4', en: 'Mohajer-4', fa: 'مهاجر ۴' },
    aliases: ['Mohajer-2'],
    description: {
      de: 'Iranische Aufklärungs- und leichte Kampfdrohne der Mohajer-Familie.',
      en: 'Iranian reconnaissance and light strike drone of the Mohajer family.',
    },
    links: [{ rel: 'made-by', to: 'qods-aviation-industries' }, { rel: 'used-by', to: 'iranian-armed-forces' }, { rel: 'variant-of', to: 'mohajer-6' }],
  },
  {
    id: 'karrar-drone', type: 'weapon', subtype: 'drone',
    names: { de: 'Karrar-Drohne', en: 'Karrar drone' },
    guarded: ['Karrar'],
    description: {
      de: 'Iranische strahlgetriebene Drohne, die als Zieldarstellungsdrohne, Bomber oder Abfangdrohne dient.',
      en: 'Iranian jet-powered drone serving as a target drone, bomber or interceptor.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'iranian-armed-forces' }],
  },
  {
    id: 'kaman-22', type: 'weapon', subtype: 'drone',
    names: { de: 'Kaman-22', en: 'Kaman-22', fa: 'کمان ۲۲' },
    description: {
      de: 'Iranische Kampfdrohne großer Reichweite der Luftwaffe.',
      en: 'Iranian long-range combat drone of the air force.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'iranian-armed-forces' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'qassem-basir', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Qassem Basir', en: 'Qassem Basir' },
    aliases: ['Qasem Basir', 'Ghasem Basir', 'Ghassem Basir', 'Kassem Basir'],
    description: {
      de: 'Iranische Mittelstreckenrakete, 2025 vorgestellt; Weiterentwicklung der Haj Qassem mit besserer Zielsuche.',
      en: 'Iranian medium-range ballistic missile unveiled in 2025, developed from the Haj Qassem with improved terminal guidance.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'irgc-aerospace-force' }, { rel: 'variant-of', to: 'haj-qassem' }, { rel: 'instance-of', to: 'intermediate-range-missile' }],
  },
  {
    id: 'dezful-missile', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Dezful-Rakete', en: 'Dezful missile' },
    description: {
      de: 'Iranische ballistische Rakete mit rund 1000 km Reichweite, eine Weiterentwicklung der Zolfaghar.',
      en: 'Iranian ballistic missile with a range of about 1,000 km, developed from the Zolfaghar.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'irgc-aerospace-force' }, { rel: 'variant-of', to: 'zolfaghar' }],
  },
  {
    id: 'raad-500', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Raad-500', en: 'Raad-500', fa: 'رعد ۵۰۰' },
    aliases: ["Ra'ad-500"],
    description: {
      de: 'Iranische ballistische Kurzstreckenrakete mit leichtem Verbundmotor, 2020 vorgestellt.',
      en: 'Iranian short-range ballistic missile with a light composite motor, unveiled in 2020.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'irgc-aerospace-force' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' }],
  },
  {
    id: 'etemad-missile', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Etemad-Rakete', en: 'Etemad missile' },
    description: {
      de: 'Iranische Mittelstreckenrakete mit nach iranischen Angaben rund 1700 km Reichweite.',
      en: 'Iranian medium-range ballistic missile with a range Iran puts at about 1,700 km.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'iranian-armed-forces' }, { rel: 'instance-of', to: 'intermediate-range-missile' }],
  },
  {
    id: 'jihad-missile', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Jihad-Rakete', en: 'Jihad missile' },
    aliases: ['Dschihad-Rakete'],
    description: {
      de: 'Ballistische Feststoffrakete der Luft- und Raumfahrtkräfte der Revolutionsgarden mit rund 1000 km Reichweite, im September 2024 vorgestellt.',
      en: 'Solid-fuel ballistic missile of the Revolutionary Guards\' aerospace force with a range of about 1,000 km, unveiled in September 2024.',
    },
    links: [{ rel: 'made-by', to: 'irgc-aerospace-force' }, { rel: 'used-by', to: 'irgc-aerospace-force' }],
  },
  {
    id: 'khalij-fars', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Khalij Fars', en: 'Khalij Fars' },
    aliases: ['Khalije Fars', 'Persian Gulf missile'],
    description: {
      de: 'Iranische ballistische Anti-Schiffs-Rakete, abgeleitet von der Fateh-110.',
      en: 'Iranian anti-ship ballistic missile derived from the Fateh-110.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'irgc' }, { rel: 'variant-of', to: 'fateh-110' }],
  },
  {
    id: 'hormuz-missile', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hormuz-2', en: 'Hormuz-2', fa: 'هرمز ۲' },
    aliases: ['Hormuz-1'],
    description: {
      de: 'Iranische ballistische Anti-Schiffs- und Anti-Radar-Rakete der Fateh-Familie.',
      en: 'Iranian anti-ship and anti-radiation ballistic missile of the Fateh family.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'irgc' }, { rel: 'variant-of', to: 'fateh-110' }],
  },
  {
    id: 'sayyad-missile', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Sayyad-3', en: 'Sayyad-3', fa: 'صیاد ۳' },
    aliases: ['Sayyad-2', 'Sayyad-4', 'Sayyad-4B', 'Sayad-3', 'Sayad-2'],
    description: {
      de: 'Iranische Flugabwehrraketen-Familie für Systeme wie Bavar-373 und Khordad-15.',
      en: 'Iranian surface-to-air missile family for systems such as the Bavar-373 and Khordad-15.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'iranian-armed-forces' }, { rel: 'related-to', to: 'bavar-373' }, { rel: 'instance-of', to: 'interceptor-missile' }],
  },
  {
    id: 'misagh', type: 'weapon', subtype: 'missile',
    names: { de: 'Misagh', en: 'Misagh' },
    aliases: ['Misagh-1', 'Misagh-2', 'Misagh-3'],
    description: {
      de: 'Iranische schultergestützte Flugabwehrrakete, auch bei Verbündeten Irans im Irak und Jemen gefunden.',
      en: 'Iranian shoulder-fired surface-to-air missile, also found with Iran\'s allies in Iraq and Yemen.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'iranian-armed-forces' }, { rel: 'instance-of', to: 'manpads' }],
  },
  {
    id: 'simorgh', type: 'weapon', subtype: 'missile',
    names: { de: 'Simorgh-Trägerrakete', en: 'Simorgh rocket' },
    guarded: ['Simorgh'],
    cues: ['trägerrakete', 'satellit', 'satellite', 'weltraum', 'space', 'rocket', 'rakete', 'start'],
    description: {
      de: 'Iranische Satelliten-Trägerrakete, die westliche Staaten auch als Beitrag zur Langstreckenraketen-Technik sehen.',
      en: 'Iranian satellite launch vehicle that Western states also see as feeding long-range missile technology.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'related-to', to: 'icbm' }],
  },
  {
    id: 'qaem-100', type: 'weapon', subtype: 'missile',
    names: { de: 'Qaem-100', en: 'Qaem-100', fa: 'قائم ۱۰۰' },
    aliases: ['Ghaem-100'],
    description: {
      de: 'Feststoff-Satellitenträgerrakete der iranischen Revolutionsgarden.',
      en: 'Solid-fuel satellite launch vehicle of Iran\'s Revolutionary Guards.',
    },
    links: [{ rel: 'made-by', to: 'irgc-aerospace-force' }, { rel: 'related-to', to: 'icbm' }],
  },
  {
    id: 'zuljanah', type: 'weapon', subtype: 'missile',
    names: { de: 'Zuljanah', en: 'Zuljanah' },
    aliases: ['Zoljanah'],
    description: {
      de: 'Iranische Satelliten-Trägerrakete mit Feststoffstufen, die Fachleute als mögliche Grundlage einer Interkontinentalrakete sehen.',
      en: 'Iranian satellite launch vehicle with solid-fuel stages that experts see as a possible basis for an ICBM.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'related-to', to: 'icbm' }],
  },
  {
    id: 'almas-missile', type: 'weapon', subtype: 'missile',
    names: { de: 'Almas-Panzerabwehrrakete', en: 'Almas anti-tank missile' },
    aliases: ['Almas-1', 'Almas-2', 'Almas-3'],
    guarded: ['Almas'],
    cues: ['panzerabwehr', 'anti-tank', 'hisbollah', 'hezbollah', 'lenkwaffe'],
    description: {
      de: 'Iranische Panzerabwehrlenkwaffe nach dem Vorbild der israelischen Spike, von der Hisbollah gegen Israel eingesetzt.',
      en: 'Iranian anti-tank guided missile modelled on Israel\'s Spike, used by Hezbollah against Israel.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'hezbollah' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },
  {
    id: 'toophan-atgm', type: 'weapon', subtype: 'missile',
    names: { de: 'Toophan-Panzerabwehrrakete', en: 'Toophan anti-tank missile' },
    aliases: ['Toophan-5', 'Toophan-1', 'Toophan-2'],
    description: {
      de: 'Iranische Panzerabwehrlenkwaffe, eine Kopie der US-amerikanischen TOW.',
      en: 'Iranian anti-tank guided missile copied from the US TOW.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'iranian-armed-forces' }, { rel: 'variant-of', to: 'tow-missile' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },

  // ── Houthis, Hezbollah, Hamas ──────────────────────────────────────────────────
  {
    id: 'toufan-missile', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Toufan-Rakete', en: 'Toufan missile' },
    aliases: ['Tufan-Rakete', 'Tufan missile'],
    // Toufan is also Arabic and Persian for "flood" (the Hamas attack's name): bare, beside a missile word.
    guarded: ['Toufan'],
    description: {
      de: 'Ballistische Mittelstreckenrakete der Huthi, auf Basis der iranischen Ghadr, gegen Israel gerichtet.',
      en: 'Houthi medium-range ballistic missile based on Iran\'s Ghadr, aimed at Israel.',
    },
    links: [{ rel: 'made-by', to: 'houthis' }, { rel: 'used-by', to: 'houthis' }, { rel: 'variant-of', to: 'ghadr' }, { rel: 'instance-of', to: 'intermediate-range-missile' }],
  },
  {
    id: 'burkan-3', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Burkan-3', en: 'Burkan-3', ar: 'بركان ٣' },
    aliases: ['Borkan-3', 'Burqan-3'],
    description: {
      de: 'Ballistische Rakete der Huthi großer Reichweite, gegen Saudi-Arabien eingesetzt.',
      en: 'Long-range Houthi ballistic missile, used against Saudi Arabia.',
    },
    links: [{ rel: 'made-by', to: 'houthis' }, { rel: 'used-by', to: 'houthis' }, { rel: 'variant-of', to: 'burkan-2h' }],
  },
  {
    id: 'yafa-drone', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Jaffa-Drohne', en: 'Jaffa drone' },
    aliases: ['Yafa-Drohne', 'Yafa drone', 'Jafa-Drohne'],
    description: {
      de: 'Langstrecken-Angriffsdrohne der Huthi, die im Juli 2024 in Tel Aviv einschlug und einen Menschen tötete.',
      en: 'Houthi long-range attack drone that struck Tel Aviv in July 2024, killing one person.',
    },
    links: [{ rel: 'made-by', to: 'houthis' }, { rel: 'used-by', to: 'houthis' }, { rel: 'variant-of', to: 'samad-3' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'qasef-2k', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Qasef-2K', en: 'Qasef-2K' },
    aliases: ['Qasef-1', 'Qasef-2'],
    description: {
      de: 'Kamikazedrohne der Huthi nach iranischem Ababil-Vorbild, gegen Flugabwehrradare und Flughäfen eingesetzt.',
      en: 'Houthi kamikaze drone based on Iran\'s Ababil, used against air defence radars and airports.',
    },
    links: [{ rel: 'made-by', to: 'houthis' }, { rel: 'used-by', to: 'houthis' }, { rel: 'variant-of', to: 'ababil-drone' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'fajr-5', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'Fajr-5', en: 'Fajr-5', fa: 'فجر ۵' },
    aliases: ['Fadschr-5', 'Fajr-3'],
    description: {
      de: 'Iranische 333-mm-Artillerierakete, von Hamas, Islamischem Dschihad und Hisbollah gegen Israel eingesetzt.',
      en: 'Iranian 333 mm artillery rocket, used by Hamas, Islamic Jihad and Hezbollah against Israel.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'hamas' }, { rel: 'used-by', to: 'hezbollah' }],
  },
  {
    id: 'zelzal', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'Zelzal', en: 'Zelzal' },
    aliases: ['Zelzal-2', 'Zelzal-1', 'Zelzal-3'],
    description: {
      de: 'Iranische ungelenkte Schwerlast-Artillerierakete großer Reichweite, im Arsenal der Hisbollah.',
      en: 'Iranian heavy unguided long-range artillery rocket, part of Hezbollah\'s arsenal.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'hezbollah' }],
  },
  {
    id: 'falaq', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'Falaq-Rakete', en: 'Falaq rocket' },
    aliases: ['Falaq-1', 'Falaq-2'],
    guarded: ['Falaq'],
    description: {
      de: 'Iranische Artillerierakete kurzer Reichweite mit schwerem Gefechtskopf, von der Hisbollah gegen Nordisrael abgefeuert.',
      en: 'Iranian short-range artillery rocket with a heavy warhead, fired by Hezbollah at northern Israel.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'hezbollah' }],
  },
  {
    id: 'fadi-rocket', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'Fadi-Rakete', en: 'Fadi rocket' },
    aliases: ['Fadi-1', 'Fadi-2', 'Fadi-3', 'Fadi-4'],
    description: {
      de: 'Raketenfamilie der Hisbollah, 2024 erstmals gegen Ziele tief in Israel eingesetzt.',
      en: 'Hezbollah rocket family, first used against targets deep inside Israel in 2024.',
    },
    links: [{ rel: 'used-by', to: 'hezbollah' }],
  },
  {
    id: 'qader-1', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Qader-1', en: 'Qader-1', ar: 'قادر ١' },
    description: {
      de: 'Ballistische Rakete der Hisbollah, im September 2024 erstmals in Richtung Tel Aviv abgefeuert.',
      en: 'Hezbollah ballistic missile, first fired towards Tel Aviv in September 2024.',
    },
    links: [{ rel: 'used-by', to: 'hezbollah' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' }],
  },
  {
    id: 'ayyash-250', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'Ayyash-250', en: 'Ayyash-250', ar: 'عياش ٢٥٠' },
    aliases: ['Ajjasch-250', 'Ajasch-250'],
    // Also the name of Yahya Ayyash, the Hamas bomb maker it is named after.
    guarded: ['Ajasch'],
    description: {
      de: 'Rakete der Kassam-Brigaden der Hamas mit rund 250 km Reichweite, 2021 erstmals eingesetzt.',
      en: 'Rocket of Hamas\'s Qassam Brigades with a range of about 250 km, first used in 2021.',
    },
    links: [{ rel: 'made-by', to: 'qassam-brigades' }, { rel: 'used-by', to: 'hamas' }],
  },
  {
    id: 'yassin-105', type: 'weapon', subtype: 'missile',
    names: { de: 'Al-Yassin 105', en: 'Al-Yassin 105', ar: 'الياسين 105' },
    aliases: ['Yassin-105', 'Yassin 105', 'Al-Yasin 105', 'Yasin-105'],
    description: {
      de: 'Panzerfaust der Hamas mit Tandemgefechtskopf nach Vorbild der RPG-7, in Gaza gegen israelische Panzer eingesetzt.',
      en: 'Hamas shoulder-fired anti-tank weapon with a tandem warhead modelled on the RPG-7, used in Gaza against Israeli tanks.',
    },
    links: [{ rel: 'made-by', to: 'qassam-brigades' }, { rel: 'used-by', to: 'hamas' }, { rel: 'variant-of', to: 'rpg-7' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },

  // ── Israel ─────────────────────────────────────────────────────────────────────
  {
    id: 'jericho-missile', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Jericho-Rakete', en: 'Jericho missile' },
    aliases: ['Jericho III', 'Jericho 3', 'Jericho II', 'Jericho 2', 'Jericho-3'],
    description: {
      de: 'Israelische ballistische Raketenfamilie, die als Träger der nie offiziell bestätigten israelischen Atomwaffen gilt.',
      en: 'Israeli ballistic missile family, regarded as the carrier of Israel\'s never officially confirmed nuclear weapons.',
    },
    links: [{ rel: 'made-by', to: 'israel-aerospace-industries' }, { rel: 'used-by', to: 'israel' }, { rel: 'related-to', to: 'nuclear-weapon' }],
  },
  {
    id: 'hermes-450', type: 'weapon', subtype: 'drone',
    names: { de: 'Hermes 450', en: 'Hermes 450' },
    aliases: ['Hermes-450'],
    guarded: ['Zik'],
    description: {
      de: 'Israelische Aufklärungs- und Kampfdrohne von Elbit Systems, von der israelischen Armee in Gaza und im Libanon eingesetzt.',
      en: 'Israeli reconnaissance and strike drone by Elbit Systems, used by the Israeli military in Gaza and Lebanon.',
    },
    links: [{ rel: 'made-by', to: 'elbit-systems' }, { rel: 'used-by', to: 'israel' }],
  },
  {
    id: 'hermes-900', type: 'weapon', subtype: 'drone',
    names: { de: 'Hermes 900', en: 'Hermes 900' },
    aliases: ['Hermes-900'],
    guarded: ['Kochav'],
    description: {
      de: 'Größere israelische Drohne von Elbit Systems für lange Aufklärungs- und Angriffsmissionen.',
      en: 'Larger Israeli drone by Elbit Systems for long reconnaissance and strike missions.',
    },
    links: [{ rel: 'made-by', to: 'elbit-systems' }, { rel: 'used-by', to: 'israel' }, { rel: 'variant-of', to: 'hermes-450' }],
  },
  {
    id: 'iai-heron', type: 'weapon', subtype: 'drone',
    names: { de: 'IAI Heron', en: 'IAI Heron' },
    aliases: ['Heron 1', 'Heron-1'],
    guarded: ['Heron', 'Shoval'],
    description: {
      de: 'Israelische Langstrecken-Aufklärungsdrohne von IAI, die auch die Bundeswehr lange geleast hat.',
      en: 'Israeli long-endurance reconnaissance drone by IAI, long leased by the Bundeswehr as well.',
    },
    links: [{ rel: 'made-by', to: 'israel-aerospace-industries' }, { rel: 'used-by', to: 'israel' }, { rel: 'used-by', to: 'germany' }],
  },
  {
    id: 'harop', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Harop', en: 'Harop' },
    aliases: ['IAI Harop'],
    description: {
      de: 'Israelische Kamikazedrohne von IAI gegen Radare und Flugabwehr, u. a. von Aserbaidschan und Indien eingesetzt.',
      en: 'Israeli loitering munition by IAI against radars and air defences, used among others by Azerbaijan and India.',
    },
    links: [{ rel: 'made-by', to: 'israel-aerospace-industries' }, { rel: 'used-by', to: 'israel' }, { rel: 'used-by', to: 'india' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'harpy', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Harpy-Drohne', en: 'Harpy drone' },
    aliases: ['IAI Harpy'],
    guarded: ['Harpy'],
    description: {
      de: 'Israelische Anti-Radar-Kamikazedrohne von IAI, Vorläuferin der Harop.',
      en: 'Israeli anti-radar loitering munition by IAI, forerunner of the Harop.',
    },
    links: [{ rel: 'made-by', to: 'israel-aerospace-industries' }, { rel: 'used-by', to: 'israel' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'spike-missile', type: 'weapon', subtype: 'missile',
    names: { de: 'Spike-Panzerabwehrrakete', en: 'Spike missile' },
    aliases: ['Spike LR', 'Spike LR2', 'Spike NLOS', 'Spike ER', 'EuroSpike', 'Spike-Rakete'],
    description: {
      de: 'Israelische Panzerabwehrlenkwaffe von Rafael, auch bei der Bundeswehr (als MELLS) im Dienst.',
      en: 'Israeli anti-tank guided missile by Rafael, also in service with the Bundeswehr (as MELLS).',
    },
    links: [{ rel: 'made-by', to: 'rafael' }, { rel: 'used-by', to: 'idf' }, { rel: 'used-by', to: 'bundeswehr' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },
  {
    id: 'barak-8', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Barak 8', en: 'Barak 8' },
    aliases: ['Barak-8', 'Barak MX', 'Barak-MX', 'Barak ER'],
    description: {
      de: 'Israelisch-indisches Flugabwehrsystem von IAI für Schiffe und Landstellungen, in Israel und Indien im Dienst.',
      en: 'Israeli-Indian air defence system by IAI for ships and land sites, in service in Israel and India.',
    },
    links: [{ rel: 'made-by', to: 'israel-aerospace-industries' }, { rel: 'used-by', to: 'israel' }, { rel: 'used-by', to: 'india' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'tamir-interceptor', type: 'weapon', subtype: 'missile',
    names: { de: 'Tamir-Abfangrakete', en: 'Tamir interceptor' },
    aliases: ['Tamir-Rakete', 'Tamir missile'],
    description: {
      de: 'Abfangrakete des israelischen Raketenabwehrsystems Iron Dome von Rafael.',
      en: 'Interceptor missile of Israel\'s Iron Dome system, made by Rafael.',
    },
    links: [{ rel: 'made-by', to: 'rafael' }, { rel: 'used-by', to: 'idf' }, { rel: 'related-to', to: 'iron-dome' }, { rel: 'instance-of', to: 'interceptor-missile' }],
  },
  {
    id: 'rampage-missile', type: 'weapon', subtype: 'missile',
    names: { de: 'Rampage-Rakete', en: 'Rampage missile' },
    // Also a film and an ordinary word: the bare word counts only after a name above.
    shortForms: ['Rampage'],
    description: {
      de: 'Israelische Überschall-Luft-Boden-Rakete mit großer Abstandsfähigkeit, Berichten zufolge bei Angriffen auf Iran genutzt.',
      en: 'Israeli supersonic stand-off air-to-surface missile, reportedly used in Israel\'s strikes on Iran.',
    },
    links: [{ rel: 'made-by', to: 'israel-aerospace-industries' }, { rel: 'made-by', to: 'elbit-systems' }, { rel: 'used-by', to: 'israel' }],
  },
  {
    id: 'air-lora', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Air LORA', en: 'Air LORA' },
    description: {
      de: 'Israelische luftgestützte ballistische Rakete von IAI, mit der Israel Berichten zufolge Ziele in Iran angriff.',
      en: 'Israeli air-launched ballistic missile by IAI, reportedly used by Israel against targets in Iran.',
    },
    links: [{ rel: 'made-by', to: 'israel-aerospace-industries' }, { rel: 'used-by', to: 'israeli-air-force' }],
  },
  {
    id: 'blue-sparrow', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Blue Sparrow', en: 'Blue Sparrow' },
    // The family's generic name: a bare "Sparrow" beside "missile" is the AIM-7's.
    aliases: ['Silver Sparrow', 'Black Sparrow', 'Sparrow target missile', 'Sparrow-Zieldarstellungsrakete'],
    description: {
      de: 'Israelische luftgestützte Zieldarstellungsrakete von Rafael, deren Trümmer nach israelischen Angriffen im Irak gefunden wurden.',
      en: 'Israeli air-launched target missile by Rafael whose debris was found in Iraq after Israeli strikes.',
    },
    links: [{ rel: 'made-by', to: 'rafael' }, { rel: 'used-by', to: 'israeli-air-force' }],
  },
  {
    id: 'spice-bomb', type: 'weapon',
    names: { de: 'SPICE-Lenkbausatz', en: 'SPICE guided bomb' },
    aliases: ['SPICE 1000', 'SPICE 2000', 'SPICE 250'],
    // Also a spice and a synthetic drug: only beside bomb words.
    guarded: ['Spice'],
    cues: ['>bomb', '>bombs', '>bombe', '>bomben', '>guided', '>glide', '>kit', '>kits', 'lenkbausatz', 'guidance kit', 'rafael'],
    description: {
      de: 'Israelischer elektro-optischer Gleit- und Lenkbausatz von Rafael für Bomben.',
      en: 'Israeli electro-optical glide and guidance kit for bombs, made by Rafael.',
    },
    links: [{ rel: 'made-by', to: 'rafael' }, { rel: 'used-by', to: 'israeli-air-force' }],
  },
  {
    id: 'f-16i-sufa', type: 'weapon', subtype: 'aircraft',
    names: { de: 'F-16I Sufa', en: 'F-16I Sufa' },
    aliases: ['F-16I'],
    guarded: ['Sufa'],
    cues: ['jets', 'kampfjets'],
    description: {
      de: 'Israelische Langstreckenversion des F-16, Rückgrat der Angriffe der israelischen Luftwaffe.',
      en: 'Israeli long-range version of the F-16, a backbone of the Israeli air force\'s strikes.',
    },
    links: [{ rel: 'made-by', to: 'lockheed-martin' }, { rel: 'used-by', to: 'israel' }, { rel: 'variant-of', to: 'f-16' }],
  },
  {
    id: 'namer', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Namer-Schützenpanzer', en: 'Namer armoured personnel carrier' },
    guarded: ['Namer'],
    description: {
      de: 'Schwerer israelischer Kettenschützenpanzer auf Merkava-Basis.',
      en: 'Heavy Israeli tracked armoured personnel carrier based on the Merkava.',
    },
    links: [{ rel: 'made-by', to: 'israel' }, { rel: 'used-by', to: 'israel' }, { rel: 'related-to', to: 'merkava' }],
  },
  {
    id: 'trophy-aps', type: 'weapon',
    names: { de: 'Trophy-Schutzsystem', en: 'Trophy active protection system' },
    aliases: ['Trophy APS'],
    guarded: ['Trophy'],
    cues: ['panzer', 'tank', 'rafael', 'schutzsystem', 'protection', 'merkava', 'abrams', 'leopard'],
    description: {
      de: 'Israelisches aktives Schutzsystem von Rafael, das anfliegende Panzerabwehrgeschosse abfängt; auf Merkava, Abrams und Leopard 2A8.',
      en: 'Israeli active protection system by Rafael that intercepts incoming anti-tank rounds; fitted to the Merkava, Abrams and Leopard 2A8.',
    },
    links: [{ rel: 'made-by', to: 'rafael' }, { rel: 'used-by', to: 'israel' }],
  },

  // ── North Korea ────────────────────────────────────────────────────────────────
  {
    id: 'haeil', type: 'weapon', subtype: 'drone',
    names: { de: 'Haeil', en: 'Haeil' },
    aliases: ['Haeil-1', 'Haeil-2', 'Haeil-5-23'],
    description: {
      de: 'Nordkoreanische nukleare Unterwasser-Angriffsdrohne („Tsunami“), seit 2023 getestet.',
      en: 'North Korean nuclear-capable underwater attack drone ("tsunami"), tested since 2023.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'related-to', to: 'nuclear-weapon' }],
  },
  {
    id: 'hwasong-10', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hwasong-10', en: 'Hwasong-10', ko: '화성-10' },
    aliases: ['Musudan', 'BM-25'],
    description: {
      de: 'Nordkoreanische Mittelstreckenrakete, 2016 mehrfach mit Fehlschlägen getestet.',
      en: 'North Korean intermediate-range ballistic missile, tested repeatedly with failures in 2016.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'instance-of', to: 'intermediate-range-missile' }],
  },
  {
    id: 'hwasong-6', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Hwasong-6', en: 'Hwasong-6', ko: '화성-6' },
    aliases: ['Scud-C'],
    description: {
      de: 'Nordkoreanische Variante der sowjetischen Scud mit größerer Reichweite, Grundlage des nordkoreanischen Raketenprogramms.',
      en: 'North Korean longer-range variant of the Soviet Scud, the basis of North Korea\'s missile programme.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' }],
  },
  {
    id: 'chollima-1', type: 'weapon', subtype: 'missile',
    names: { de: 'Chollima-1', en: 'Chollima-1', ko: '천리마-1' },
    aliases: ['Cheollima-1', 'Chellima-1', 'Tschollima-1'],
    // Bare, also the mythical winged horse, a mass movement and a football team's nickname.
    guarded: ['Chollima'],
    cues: ['rocket', 'satellit', 'malligyong', 'stage', 'stufe', 'sohae', 'liftoff', 'orbit', 'umlaufbahn', 'träger', 'carrier', 'launch vehicle'],
    description: {
      de: 'Nordkoreanische Satelliten-Trägerrakete, die 2023 nach zwei Fehlschlägen den Aufklärungssatelliten Malligyong-1 ins All brachte.',
      en: 'North Korean satellite launch vehicle that put the Malligyong-1 reconnaissance satellite into orbit in 2023 after two failures.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'related-to', to: 'icbm' }],
  },
  {
    id: 'saetbyol-4', type: 'weapon', subtype: 'drone',
    names: { de: 'Saetbyol-4', en: 'Saetbyol-4', ko: '샛별-4' },
    aliases: ['Saetbyul-4'],
    description: {
      de: 'Nordkoreanische strategische Aufklärungsdrohne nach dem Vorbild der amerikanischen Global Hawk, im Juli 2023 vorgestellt.',
      en: 'North Korean strategic reconnaissance drone modelled on the US Global Hawk, unveiled in July 2023.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'related-to', to: 'saetbyol-9' }],
  },
  {
    id: 'saetbyol-9', type: 'weapon', subtype: 'drone',
    names: { de: 'Saetbyol-9', en: 'Saetbyol-9', ko: '샛별-9' },
    aliases: ['Saetbyul-9'],
    description: {
      de: 'Nordkoreanische Mehrzweck-Kampfdrohne, die der amerikanischen MQ-9 Reaper ähnelt; zusammen mit der Saetbyol-4 im Juli 2023 gezeigt.',
      en: 'North Korean multi-purpose attack drone resembling the US MQ-9 Reaper; shown alongside the Saetbyol-4 in July 2023.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'pulhwasal-3-31', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Pulhwasal-3-31', en: 'Pulhwasal-3-31', ko: '불화살-3-31' },
    description: {
      de: 'Nordkoreanischer U-Boot-gestützter strategischer Marschflugkörper, 2024 getestet.',
      en: 'North Korean submarine-launched strategic cruise missile, tested in 2024.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'choe-hyon-destroyer', type: 'weapon', subtype: 'ship',
    names: { de: 'Zerstörer Choe Hyon', en: 'destroyer Choe Hyon' },
    aliases: ['Choe-Hyon-Klasse', 'Choe Hyon class', 'Choe Hyon-class', 'Choe Hyon-ho'],
    guarded: ['Choe Hyon'],
    cues: ['zerstörer', 'destroyer', 'kriegsschiff', 'warship', 'marine', 'navy', 'schiff', 'ship'],
    description: {
      de: 'Nordkoreanischer Zerstörer, 2025 vom Stapel gelassen, das größte Kriegsschiff des Landes.',
      en: 'North Korean destroyer launched in 2025, the country\'s largest warship.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'north-korea' }],
  },
  {
    id: 'm1991-mlrs', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'M1991-Raketenwerfer', en: 'M1991 rocket launcher' },
    aliases: ['M1991', 'M-1991'],
    description: {
      de: 'Nordkoreanischer 240-mm-Mehrfachraketenwerfer, den Nordkorea 2024 auch an Russland geliefert hat.',
      en: 'North Korean 240 mm multiple rocket launcher that North Korea also supplied to Russia in 2024.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'korean-peoples-army' }, { rel: 'used-by', to: 'russia' }, { rel: 'instance-of', to: 'multiple-rocket-launcher' }],
  },

  // ── Further systems met in news passages ───────────────────────────────────────
  {
    id: 'p-8-poseidon', type: 'weapon', subtype: 'aircraft',
    names: { de: 'P-8A Poseidon', en: 'P-8A Poseidon' },
    aliases: ['P-8 Poseidon', 'P-8A', 'P-8'],
    description: {
      de: 'US-amerikanisches Seefernaufklärungs- und U-Jagd-Flugzeug von Boeing, das auch die deutsche Marine beschafft.',
      en: 'US maritime patrol and anti-submarine aircraft by Boeing, also procured by the German navy.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'us-navy' }, { rel: 'used-by', to: 'bundeswehr' }],
  },
  {
    id: 'meteor-missile', type: 'weapon',
    names: { de: 'Meteor-Luft-Luft-Rakete', en: 'Meteor air-to-air missile' },
    guarded: ['Meteor'],
    cues: ['luft luft', 'air-to-air', 'air to air', 'mbda', 'eurofighter', 'rafale', 'gripen', 'kampfjet', 'fighter', 'rakete', 'missile', 'flugkörper'],
    description: {
      de: 'Europäische Luft-Luft-Rakete großer Reichweite von MBDA mit Staustrahltriebwerk, Bewaffnung von Eurofighter, Rafale und Gripen.',
      en: 'European long-range ramjet-powered air-to-air missile by MBDA, armament of the Eurofighter, Rafale and Gripen.',
    },
    links: [{ rel: 'made-by', to: 'mbda' }, { rel: 'used-by', to: 'germany' }],
  },
  {
    id: 'type-212-submarine', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Boot-Klasse 212', en: 'Type 212 submarine' },
    aliases: ['U-212', 'U212', 'U-212A', 'U-212CD', 'Typ 212', 'Typ 212A', 'Typ 212CD', 'Type 212A', 'Type 212CD', 'Klasse 212CD', 'U-Boot-Klasse 212CD', '212CD'],
    description: {
      de: 'Deutsche U-Boot-Klasse mit außenluftunabhängigem Brennstoffzellenantrieb von TKMS, für Deutschland, Italien und Norwegen.',
      en: 'German air-independent fuel-cell submarine class by TKMS, built for Germany, Italy and Norway.',
    },
    links: [{ rel: 'made-by', to: 'tkms' }, { rel: 'used-by', to: 'bundeswehr' }],
  },
  {
    id: 'nightfall-missile', type: 'weapon',
    names: { de: 'Nightfall-Rakete', en: 'Nightfall missile' },
    guarded: ['Nightfall'],
    cues: ['ballist', 'ukrain', 'britisch', 'british'],
    description: {
      de: 'Ballistische Kurzstreckenrakete, die Großbritannien 2025 für die Ukraine in kurzer Zeit zu entwickeln ankündigte.',
      en: 'Short-range ballistic missile that Britain announced in 2025 it would rapidly develop for Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' }],
  },
  {
    id: 'fp-7', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'FP-7-Rakete', en: 'FP-7 missile' },
    guarded: ['FP-7'],
    cues: ['fire point', 'ballist'],
    description: {
      de: 'Ukrainische ballistische Kurzstreckenrakete des Herstellers Fire Point, 2025 bekannt geworden.',
      en: 'Ukrainian short-range ballistic missile by the manufacturer Fire Point, made public in 2025.',
    },
    links: [{ rel: 'made-by', to: 'fire-point' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' }],
  },
  {
    id: 'fp-9', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'FP-9-Rakete', en: 'FP-9 missile' },
    guarded: ['FP-9'],
    cues: ['fire point', 'ballist'],
    description: {
      de: 'Ukrainische ballistische Rakete größerer Reichweite von Fire Point, 2025 angekündigt.',
      en: 'Longer-range Ukrainian ballistic missile by Fire Point, announced in 2025.',
    },
    links: [{ rel: 'made-by', to: 'fire-point' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'variant-of', to: 'fp-7' }],
  },
  {
    id: 'furia-drone', type: 'weapon', subtype: 'drone',
    names: { de: 'Furija-Drohne', en: 'Furia drone' },
    aliases: ['Furiia-Drohne', 'Furiia drone', 'Furija'],
    guarded: ['Furia', 'Furiia'],
    description: {
      de: 'Ukrainische Aufklärungsdrohne mit Starrflügeln, vielfach zur Artillerieaufklärung an der Front eingesetzt.',
      en: 'Ukrainian fixed-wing reconnaissance drone, widely used at the front to spot for artillery.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'bars-drone', type: 'weapon',
    names: { de: 'Bars-Raketendrohne', en: 'Bars missile-drone' },
    guarded: ['Bars'],
    cues: ['drohne', 'drone', 'raketendrohne', 'missile-drone'],
    description: {
      de: 'Ukrainische Raketendrohne mit Strahltriebwerk für Angriffe tief im russischen Hinterland.',
      en: 'Ukrainian jet-powered missile-drone for strikes deep in the Russian rear.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'kvn-drone', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Knjas Wandal Nowgorodski', en: 'Knyaz Vandal Novgorodsky', ru: 'Князь Вандал Новгородский' },
    aliases: ['Prince Vandal of Novgorod', 'Prinz Vandal von Nowgorod'],
    // Its usual short name, also the comedy show Zelensky played in: only beside drone words.
    guarded: ['KVN'],
    cues: ['drone', 'drohne', 'fpv', 'fibre', 'fiber', 'glasfaser'],
    description: {
      de: 'Russische glasfasergesteuerte FPV-Drohne, die gegen Störsender immun ist und etwa im Gebiet Kursk eingesetzt wurde.',
      en: 'Russian fibre-optic controlled FPV drone, immune to jamming, used among other places in the Kursk region.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'fpv-drone' }],
  },
  {
    id: 'taurus-neo', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Taurus Neo', en: 'Taurus Neo' },
    aliases: ['Taurus NEO'],
    description: {
      de: 'Weiterentwickelter deutsch-schwedischer Marschflugkörper von MBDA und Saab, den die Bundeswehr als Nachfolger des Taurus KEPD 350 beschaffen will.',
      en: 'Further developed German-Swedish cruise missile by MBDA and Saab that the Bundeswehr plans to buy as the successor to the Taurus KEPD 350.',
    },
    links: [{ rel: 'made-by', to: 'mbda' }, { rel: 'made-by', to: 'saab' }, { rel: 'used-by', to: 'bundeswehr' }, { rel: 'variant-of', to: 'taurus' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'f126-frigate', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte F126', en: 'F126 frigate' },
    aliases: ['F126', 'F-126', 'Fregatte 126', 'Niedersachsen-Klasse', '126er-Klasse', 'Niedersachsen class'],
    description: {
      de: 'Geplante Fregattenklasse der Deutschen Marine, deren Bau sich stark verzögert.',
      en: 'Planned frigate class of the German navy whose construction is badly delayed.',
    },
    links: [{ rel: 'used-by', to: 'bundeswehr' }],
  },
  {
    id: 'h145m', type: 'weapon', subtype: 'helicopter',
    names: { de: 'H145M', en: 'H145M' },
    aliases: ['H-145M', 'Airbus H145M'],
    description: {
      de: 'Leichter Mehrzweckhubschrauber von Airbus, den die Bundeswehr als leichten Kampfhubschrauber in großer Zahl beschafft.',
      en: 'Light multi-role helicopter by Airbus that the Bundeswehr is procuring in large numbers as a light attack helicopter.',
    },
    links: [{ rel: 'made-by', to: 'airbus-defence-and-space' }, { rel: 'used-by', to: 'bundeswehr' }],
  },
  {
    id: 'nh90', type: 'weapon', subtype: 'helicopter',
    names: { de: 'NH90', en: 'NH90' },
    aliases: ['NH-90', 'NH90 Sea Lion', 'NH90 Sea Tiger'],
    shortForms: ['Sea Lion'],
    description: {
      de: 'Europäischer Transport- und Marinehubschrauber, bei der Bundeswehr im Dienst.',
      en: 'European transport and naval helicopter in service with the Bundeswehr.',
    },
    links: [{ rel: 'made-by', to: 'airbus-defence-and-space' }, { rel: 'used-by', to: 'bundeswehr' }],
  },
  {
    id: 'tiger-helicopter', type: 'weapon', subtype: 'helicopter',
    names: { de: 'Kampfhubschrauber Tiger', en: 'Tiger attack helicopter' },
    aliases: ['Eurocopter Tiger', 'Airbus Tiger', 'Tiger UHT'],
    guarded: ['Tiger'],
    cues: ['kampfhubschrauber', 'attack helicopter'],
    description: {
      de: 'Deutsch-französischer Kampfhubschrauber von Airbus, den die Bundeswehr ausmustern will.',
      en: 'Franco-German attack helicopter by Airbus that the Bundeswehr plans to retire.',
    },
    links: [{ rel: 'made-by', to: 'airbus-defence-and-space' }, { rel: 'used-by', to: 'germany' }, { rel: 'instance-of', to: 'attack-helicopter' }],
  },
  {
    id: 'aegis', type: 'weapon',
    names: { de: 'Aegis-Kampfsystem', en: 'Aegis combat system' },
    aliases: ['Aegis Ashore', 'Aegis-System'],
    guarded: ['Aegis'],
    cues: ['zerstörer', 'destroyer', 'raketenabwehr', 'missile defen', 'kreuzer', 'cruiser', 'sm-3', 'sm 3', 'sm-6', 'sm 6', 'us navy', 'us-marine'],
    description: {
      de: 'US-amerikanisches Radar- und Feuerleitsystem auf Kriegsschiffen und an Land, Rückgrat der Raketenabwehr der US-Marine.',
      en: 'US radar and fire-control system on warships and ashore, the backbone of US Navy missile defence.',
    },
    links: [{ rel: 'made-by', to: 'lockheed-martin' }, { rel: 'used-by', to: 'united-states' }, { rel: 'related-to', to: 'sm-3' }],
  },
  {
    id: 'arleigh-burke-class', type: 'weapon', subtype: 'ship',
    names: { de: 'Zerstörer der Arleigh-Burke-Klasse', en: 'Arleigh Burke-class destroyer' },
    aliases: ['Arleigh-Burke-Klasse', 'Arleigh Burke class', 'Arleigh Burke-class'],
    guarded: ['Arleigh Burke'],
    cues: ['zerstörer', 'destroyer', 'kriegsschiff', 'warship'],
    description: {
      de: 'Zerstörerklasse der US-Marine mit Aegis-System, im Roten Meer und vor Israel gegen Raketen und Drohnen eingesetzt.',
      en: 'US Navy destroyer class with the Aegis system, used in the Red Sea and off Israel against missiles and drones.',
    },
    links: [{ rel: 'used-by', to: 'united-states' }, { rel: 'related-to', to: 'aegis' }],
  },
  {
    id: 'hudhud-drone', type: 'weapon', subtype: 'drone',
    names: { de: 'Hudhud-Drohne', en: 'Hudhud drone' },
    guarded: ['Hudhud', 'Hoopoe'],
    cues: ['hisbollah', 'hezbollah', 'aufklärung', 'reconnaissance', 'surveillance', 'video'],
    description: {
      de: 'Aufklärungsdrohne der Hisbollah („Wiedehopf“), mit der die Miliz 2024 Videos von Haifa und israelischen Militäranlagen veröffentlichte.',
      en: 'Hezbollah reconnaissance drone ("hoopoe") with which the militia published footage of Haifa and Israeli military sites in 2024.',
    },
    links: [{ rel: 'used-by', to: 'hezbollah' }],
  },
  {
    id: 'bayraktar-akinci', type: 'weapon', subtype: 'drone',
    names: { de: 'Bayraktar Akıncı', en: 'Bayraktar Akıncı' },
    aliases: ['Bayraktar Akinci', 'Akıncı-Drohne', 'Akinci drone'],
    guarded: ['Akıncı', 'Akinci'],
    cues: ['ucav', 'baykar', 'siha', 'tb2'],
    description: {
      de: 'Schwere türkische Kampfdrohne von Baykar, größer und stärker bewaffnet als die TB2.',
      en: 'Heavy Turkish combat drone by Baykar, larger and more heavily armed than the TB2.',
    },
    links: [{ rel: 'made-by', to: 'baykar' }, { rel: 'used-by', to: 'turkey' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'bayraktar-tb3', type: 'weapon', subtype: 'drone',
    names: { de: 'Bayraktar TB3', en: 'Bayraktar TB3' },
    description: {
      de: 'Türkische Kampfdrohne von Baykar für den Einsatz von Schiffen aus.',
      en: 'Turkish combat drone by Baykar designed to operate from ships.',
    },
    links: [{ rel: 'made-by', to: 'baykar' }, { rel: 'used-by', to: 'turkey' }, { rel: 'variant-of', to: 'bayraktar-tb2' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'hq-9', type: 'weapon', subtype: 'air-defence',
    names: { de: 'HQ-9', en: 'HQ-9' },
    aliases: ['HQ-9B', 'FD-2000'],
    description: {
      de: 'Chinesisches Flugabwehrsystem großer Reichweite, das auch Pakistan nutzt.',
      en: 'Chinese long-range air defence system, also used by Pakistan.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'used-by', to: 'pakistan' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'ac-130', type: 'weapon', subtype: 'aircraft',
    names: { de: 'AC-130', en: 'AC-130' },
    aliases: ['AC-130J Ghostrider', 'AC-130U'],
    description: {
      de: 'Schwer bewaffnetes US-amerikanisches Erdkampfflugzeug auf Basis der C-130.',
      en: 'Heavily armed US ground-attack gunship based on the C-130.',
    },
    links: [{ rel: 'made-by', to: 'lockheed-martin' }, { rel: 'used-by', to: 'us-air-force' }],
  },
  {
    id: 'c-130', type: 'weapon', subtype: 'aircraft',
    names: { de: 'C-130 Hercules', en: 'C-130 Hercules' },
    aliases: ['C-130', 'C-130J', 'C-130J Super Hercules'],
    description: {
      de: 'US-amerikanisches Militärtransportflugzeug von Lockheed Martin, in vielen Luftwaffen verbreitet.',
      en: 'US military transport aircraft by Lockheed Martin, common in many air forces.',
    },
    links: [{ rel: 'made-by', to: 'lockheed-martin' }, { rel: 'used-by', to: 'us-air-force' }],
  },
  {
    id: 'c-17', type: 'weapon', subtype: 'aircraft',
    names: { de: 'C-17 Globemaster III', en: 'C-17 Globemaster III' },
    aliases: ['C-17', 'Globemaster'],
    description: {
      de: 'Großes US-amerikanisches Militärtransportflugzeug von Boeing.',
      en: 'Large US military transport aircraft by Boeing.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'us-air-force' }],
  },
  {
    id: 'a400m', type: 'weapon', subtype: 'aircraft',
    names: { de: 'A400M', en: 'A400M' },
    aliases: ['Airbus A400M', 'A400M Atlas'],
    description: {
      de: 'Europäisches Militärtransportflugzeug von Airbus, bei der Luftwaffe im Dienst.',
      en: 'European military transport aircraft by Airbus, in service with the German air force.',
    },
    links: [{ rel: 'made-by', to: 'airbus-defence-and-space' }, { rel: 'used-by', to: 'bundeswehr' }],
  },
  {
    id: 'admiral-gorshkov-frigate', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Admiral Gorschkow', en: 'frigate Admiral Gorshkov', ru: 'Адмирал Горшков' },
    aliases: ['Admiral Gorschkow', 'Admiral Gorshkov', 'Admiral-Gorschkow-Klasse', 'Admiral Gorshkov class', 'Admiral Gorshkov-class'],
    description: {
      de: 'Russische Fregatte und Typschiff ihrer Klasse, erster Träger der Hyperschallrakete Zirkon.',
      en: 'Russian frigate and lead ship of its class, the first carrier of the Zircon hypersonic missile.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }, { rel: 'related-to', to: 'zircon' }],
  },
  {
    id: 'raybird', type: 'weapon', subtype: 'drone',
    names: { de: 'Raybird', en: 'Raybird' },
    aliases: ['Skyeton Raybird', 'Raybird-3', 'ACS-3'],
    description: {
      de: 'Ukrainische Langstrecken-Aufklärungs- und Angriffsdrohne des Herstellers Skyeton, die per Katapult startet und über 20 Stunden fliegen kann.',
      en: 'Ukrainian long-range reconnaissance and strike drone by Skyeton, catapult-launched and able to stay aloft for over 20 hours.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },

  // ── Deliveries to Ukraine, armour and helicopters named in lists ───────────────
  {
    id: 'mi-17', type: 'weapon', subtype: 'helicopter',
    names: { de: 'Mil Mi-17', en: 'Mil Mi-17', ru: 'Ми-17' },
    aliases: ['Mi-17V-5', 'Mi-171', 'Mi-171Sh'],
    guarded: ['Mi-17'],
    description: {
      de: 'Exportversion des sowjetisch-russischen Transporthubschraubers Mi-8; die USA kauften solche Maschinen für die Ukraine und Afghanistan.',
      en: 'Export version of the Soviet-Russian Mi-8 transport helicopter; the US bought such helicopters for Ukraine and Afghanistan.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'variant-of', to: 'mi-8' }],
  },
  {
    id: 'humvee', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Humvee', en: 'Humvee' },
    aliases: ['HMMWV', 'M1114', 'M1151'],
    description: {
      de: 'Geländegängiges US-amerikanisches Mehrzweckfahrzeug, in großer Zahl an die Ukraine geliefert.',
      en: 'US all-terrain multi-purpose military vehicle, supplied to Ukraine in large numbers.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'maxxpro', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'MaxxPro', en: 'MaxxPro' },
    aliases: ['MaxxPro MRAP', 'International MaxxPro'],
    description: {
      de: 'Minengeschütztes US-amerikanisches Radfahrzeug (MRAP), an die Ukraine geliefert.',
      en: 'US mine-resistant ambush-protected (MRAP) vehicle, supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'strela-2', type: 'weapon', subtype: 'missile',
    names: { de: 'Strela-2', en: 'Strela-2', ru: 'Стрела-2' },
    aliases: ['9K32 Strela-2', '9K32', 'SA-7 Grail', 'Strela-3'],
    guarded: ['Strela'],
    cues: ['flugabwehr', 'fliegerfaust', 'manpads', 'ddr', 'schultergestützt', 'shoulder'],
    description: {
      de: 'Sowjetische schultergestützte Flugabwehrrakete; Deutschland gab 2022 Bestände aus NVA-Zeiten an die Ukraine ab.',
      en: 'Soviet shoulder-fired surface-to-air missile; in 2022 Germany handed former East German stocks to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'manpads' }],
  },
  {
    id: 'rgw-90-matador', type: 'weapon', subtype: 'missile',
    names: { de: 'RGW 90 Matador', en: 'RGW 90 Matador' },
    aliases: ['RGW 90', 'RGW-90', 'Matador RGW 90', 'Wirkmittel 90'],
    guarded: ['Matador'],
    cues: ['panzerabwehr', 'anti-tank', 'panzerfaust', 'dynamit nobel'],
    description: {
      de: 'Deutsch-israelisch-singapurische schultergestützte Panzerabwehrwaffe von Dynamit Nobel Defence, an die Ukraine geliefert.',
      en: 'German-Israeli-Singaporean shoulder-fired anti-tank weapon by Dynamit Nobel Defence, supplied to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'germany' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },
  {
    id: 'martlet', type: 'weapon', subtype: 'missile',
    names: { de: 'Martlet-Rakete', en: 'Martlet missile' },
    aliases: ['Martlet LMM', 'Lightweight Multirole Missile'],
    acronyms: ['LMM'],
    guarded: ['Martlet'],
    cues: ['thales', 'drohne', 'drone', 'flugabwehr', 'air defen', 'britisch', 'british'],
    description: {
      de: 'Leichte britische Mehrzweckrakete von Thales, die die Ukraine vor allem gegen Drohnen einsetzt.',
      en: 'Light British multi-role missile by Thales that Ukraine uses mainly against drones.',
    },
    links: [{ rel: 'made-by', to: 'thales' }, { rel: 'used-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'frankensam', type: 'weapon', subtype: 'air-defence',
    names: { de: 'FrankenSAM', en: 'FrankenSAM' },
    aliases: ['Franken-SAM'],
    description: {
      de: 'Sammelname für ukrainische Flugabwehr-Eigenbauten, die westliche Raketen wie Sea Sparrow oder AIM-9 mit sowjetischen Startgeräten und Radaren verbinden.',
      en: 'Umbrella name for Ukrainian improvised air defence systems that pair Western missiles such as the Sea Sparrow or AIM-9 with Soviet launchers and radars.',
    },
    links: [{ rel: 'used-by', to: 'ukraine' }, { rel: 'related-to', to: 'sea-sparrow' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'btr-4', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'BTR-4', en: 'BTR-4', uk: 'БТР-4' },
    aliases: ['BTR-4E', 'BTR-4 Bucefal', 'BTR-4 Bucephalus'],
    description: {
      de: 'Ukrainischer achträdriger Schützenpanzerwagen aus Charkiw.',
      en: 'Ukrainian eight-wheeled armoured personnel carrier from Kharkiv.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'kozak-2', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Kozak-2', en: 'Kozak-2', uk: 'Козак-2' },
    aliases: ['Kozak-2M', 'Kosak-2', 'Kozak-7'],
    description: {
      de: 'Ukrainischer geschützter Radpanzerwagen, bei Armee und Nationalgarde verbreitet.',
      en: 'Ukrainian protected wheeled armoured vehicle, common in the army and the National Guard.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'used-by', to: 'national-guard-of-ukraine' }],
  },
  {
    id: 't-84-oplot', type: 'weapon', subtype: 'tank',
    names: { de: 'T-84 Oplot', en: 'T-84 Oplot', uk: 'Т-84 Оплот' },
    aliases: ['T-84', 'T-84 Oplot-M', 'Oplot-M'],
    guarded: ['Oplot'],
    description: {
      de: 'Ukrainischer Kampfpanzer aus Charkiw, Weiterentwicklung des T-80UD, nur in kleiner Zahl gebaut.',
      en: 'Ukrainian main battle tank from Kharkiv, developed from the T-80UD and built only in small numbers.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 'fuchs', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Transportpanzer Fuchs', en: 'Fuchs armoured personnel carrier' },
    aliases: ['TPz Fuchs', 'TPz 1 Fuchs', 'Fuchs 2', 'Spürpanzer Fuchs'],
    guarded: ['Fuchs'],
    cues: ['transportpanzer', 'radpanzer', 'spürpanzer', 'rheinmetall', 'apc'],
    description: {
      de: 'Deutscher sechsrädriger Transport- und ABC-Spürpanzer von Rheinmetall, bei der Bundeswehr seit Jahrzehnten im Dienst.',
      en: 'German six-wheeled armoured personnel carrier and CBRN reconnaissance vehicle by Rheinmetall, in Bundeswehr service for decades.',
    },
    links: [{ rel: 'made-by', to: 'rheinmetall' }, { rel: 'used-by', to: 'bundeswehr' }],
  },
  {
    id: 'biber-bridge-layer', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Brückenlegepanzer Biber', en: 'Biber bridge-laying tank' },
    guarded: ['Biber'],
    cues: ['brückenleger', 'brückenlegepanzer', 'bridge', 'leopard'],
    description: {
      de: 'Deutscher Brückenlegepanzer auf Leopard-1-Fahrgestell, an die Ukraine abgegeben.',
      en: 'German bridge-laying tank on a Leopard 1 chassis, handed over to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'germany' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'related-to', to: 'leopard-1' }],
  },
  {
    id: 'bergepanzer-buffel', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Bergepanzer 3 Büffel', en: 'Büffel armoured recovery vehicle' },
    aliases: ['Bergepanzer Büffel', 'Bergepanzer 3'],
    // Also the animal, next to safari vehicles: the bare word counts only after a name above.
    shortForms: ['Büffel'],
    description: {
      de: 'Deutsche Bergepanzer auf Leopard-Fahrgestell, die liegengebliebene Panzer bergen; auch an die Ukraine geliefert.',
      en: 'German armoured recovery vehicles on Leopard chassis that tow away disabled tanks; also supplied to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'germany' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'related-to', to: 'leopard-2' }],
  },
  {
    // Not the Büffel (Bergepanzer 3, on the Leopard 2): the older vehicle on the Leopard 1 chassis.
    id: 'bergepanzer-2', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Bergepanzer 2', en: 'Bergepanzer 2 armoured recovery vehicle' },
    aliases: ['Bergepanzer 2A2'],
    description: {
      de: 'Älterer deutscher Bergepanzer auf dem Fahrgestell des Leopard 1, der liegengebliebene Panzer birgt und abschleppt.',
      en: 'Older German armoured recovery vehicle built on the Leopard 1 chassis, used to recover and tow disabled tanks.',
    },
    links: [{ rel: 'used-by', to: 'germany' }, { rel: 'related-to', to: 'leopard-1' }],
  },

  // ── South Asia and China (met alongside the field's systems) ──────────────────
  {
    id: 'brahmos', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'BrahMos', en: 'BrahMos' },
    aliases: ['BrahMos-A', 'BrahMos-NG'],
    description: {
      de: 'Indisch-russischer Überschall-Marschflugkörper, der auf dem russischen P-800 Oniks beruht.',
      en: 'Indian-Russian supersonic cruise missile based on the Russian P-800 Oniks.',
    },
    links: [{ rel: 'made-by', to: 'india' }, { rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'india' }, { rel: 'variant-of', to: 'p-800-oniks' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'j-10c', type: 'weapon', subtype: 'aircraft',
    names: { de: 'J-10C', en: 'J-10C' },
    aliases: ['J-10', 'Chengdu J-10', 'J-10CE'],
    description: {
      de: 'Chinesisches Mehrzweckkampfflugzeug, das Pakistan fliegt und für das Iran Interesse zeigt.',
      en: 'Chinese multi-role fighter flown by Pakistan, in which Iran has shown interest.',
    },
    links: [{ rel: 'made-by', to: 'avic' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'used-by', to: 'pakistan' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'j-20', type: 'weapon', subtype: 'aircraft',
    names: { de: 'J-20', en: 'J-20' },
    aliases: ['Chengdu J-20', 'Mighty Dragon'],
    description: {
      de: 'Chinesisches Tarnkappen-Kampfflugzeug der fünften Generation.',
      en: 'Chinese fifth-generation stealth fighter.',
    },
    links: [{ rel: 'made-by', to: 'avic' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'jf-17', type: 'weapon', subtype: 'aircraft',
    names: { de: 'JF-17 Thunder', en: 'JF-17 Thunder' },
    aliases: ['JF-17', 'FC-1'],
    description: {
      de: 'Leichtes Kampfflugzeug, gemeinsam von China und Pakistan entwickelt.',
      en: 'Light fighter jointly developed by China and Pakistan.',
    },
    links: [{ rel: 'made-by', to: 'avic' }, { rel: 'made-by', to: 'pakistan' }, { rel: 'used-by', to: 'pakistan' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'pl-15', type: 'weapon', subtype: 'missile',
    names: { de: 'PL-15', en: 'PL-15' },
    aliases: ['PL-15E'],
    description: {
      de: 'Chinesische radargelenkte Luft-Luft-Rakete großer Reichweite.',
      en: 'Chinese long-range radar-guided air-to-air missile.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'used-by', to: 'pakistan' }],
  },
  {
    id: 'df-41', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'DF-41', en: 'DF-41' },
    aliases: ['Dongfeng-41', 'Dongfeng 41'],
    description: {
      de: 'Chinesische mobile Interkontinentalrakete mit Mehrfachsprengköpfen.',
      en: 'Chinese road-mobile intercontinental ballistic missile with multiple warheads.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'df-17', type: 'weapon', subtype: 'hypersonic-missile',
    names: { de: 'DF-17', en: 'DF-17' },
    aliases: ['Dongfeng-17', 'Dongfeng 17'],
    description: {
      de: 'Chinesische ballistische Mittelstreckenrakete mit Hyperschall-Gleitflugkörper.',
      en: 'Chinese medium-range ballistic missile carrying a hypersonic glide vehicle.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'hypersonic-glide-vehicle' }],
  },
  {
    id: 'df-26', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'DF-26', en: 'DF-26' },
    aliases: ['Dongfeng-26', 'Dongfeng 26'],
    description: {
      de: 'Chinesische Mittelstreckenrakete, die bis zur US-Pazifikinsel Guam reicht („Guam-Killer“).',
      en: 'Chinese intermediate-range ballistic missile able to reach the US Pacific island of Guam ("Guam killer").',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'intermediate-range-missile' }],
  },
  {
    id: 'agni-v', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Agni-V', en: 'Agni-V' },
    aliases: ['Agni-5', 'Agni V'],
    description: {
      de: 'Indische Langstreckenrakete mit über 5000 km Reichweite, Träger indischer Atomwaffen.',
      en: 'Indian long-range ballistic missile with a range of over 5,000 km that carries Indian nuclear weapons.',
    },
    links: [{ rel: 'made-by', to: 'india' }, { rel: 'used-by', to: 'india' }, { rel: 'instance-of', to: 'icbm' }],
  },

  // ── Black Sea Fleet ships struck by Ukraine; bunker busters ────────────────────
  {
    id: 'tsezar-kunikov', type: 'weapon', subtype: 'ship',
    names: { de: 'Zesar Kunikow', en: 'Tsezar Kunikov', ru: 'Цезарь Куников' },
    aliases: ['Caesar Kunikow', 'Caesar Kunikov', 'Cezar Kunikov', 'Tsezar Kunikow'],
    description: {
      de: 'Großes Landungsschiff der russischen Schwarzmeerflotte, im Februar 2024 vor der Krim von ukrainischen Seedrohnen versenkt.',
      en: 'Large landing ship of Russia\'s Black Sea Fleet, sunk off Crimea by Ukrainian naval drones in February 2024.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'instance-of', to: 'ropucha-class' }, { rel: 'related-to', to: 'magura-v5' }],
  },
  {
    id: 'ivanovets', type: 'weapon', subtype: 'ship',
    names: { de: 'Iwanowez', en: 'Ivanovets', ru: 'Ивановец' },
    aliases: ['Ivanovec'],
    description: {
      de: 'Raketenkorvette der russischen Schwarzmeerflotte, im Februar 2024 von ukrainischen Seedrohnen versenkt.',
      en: 'Missile corvette of Russia\'s Black Sea Fleet, sunk by Ukrainian naval drones in February 2024.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'magura-v5' }],
  },
  {
    id: 'sergey-kotov', type: 'weapon', subtype: 'ship',
    names: { de: 'Sergej Kotow', en: 'Sergey Kotov', ru: 'Сергей Котов' },
    aliases: ['Sergei Kotov', 'Sergej Kotov', 'Serhiy Kotov', 'Serhii Kotov'],
    description: {
      de: 'Patrouillenschiff der russischen Schwarzmeerflotte, im März 2024 vor der Krim von ukrainischen Seedrohnen zerstört.',
      en: 'Patrol ship of Russia\'s Black Sea Fleet, destroyed off Crimea by Ukrainian naval drones in March 2024.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'magura-v5' }],
  },
  {
    id: 'novocherkassk', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Nowotscherkassk', en: 'landing ship Novocherkassk' },
    guarded: ['Nowotscherkassk', 'Novocherkassk'],
    cues: ['landungsschiff', 'landing ship', 'kriegsschiff', 'warship', 'schwarzmeerflotte', 'black sea fleet', 'feodossija', 'feodosia'],
    description: {
      de: 'Großes Landungsschiff der Schwarzmeerflotte, im Dezember 2023 im Hafen von Feodossija von ukrainischen Marschflugkörpern zerstört.',
      en: 'Large landing ship of the Black Sea Fleet, destroyed by Ukrainian cruise missiles in the port of Feodosia in December 2023.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'instance-of', to: 'ropucha-class' }],
  },
  {
    id: 'olenegorsky-gornyak', type: 'weapon', subtype: 'ship',
    names: { de: 'Olenegorski Gorniak', en: 'Olenegorsky Gornyak', ru: 'Оленегорский горняк' },
    aliases: ['Olenegorskiy Gornyak', 'Olenegorsk Gornyak', 'Olenegorsk Gornjak', 'Olenegorsky Gornjak', 'Olenegorski Gornjak', 'Olenegorskij Gornjak', 'Olenegorskij Gorniak'],
    description: {
      de: 'Großes Landungsschiff der russischen Marine, im August 2023 im Hafen von Noworossijsk von einer ukrainischen Seedrohne schwer beschädigt.',
      en: 'Large landing ship of the Russian navy, badly damaged by a Ukrainian naval drone in the port of Novorossiysk in August 2023.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }, { rel: 'instance-of', to: 'ropucha-class' }],
  },
  {
    id: 'admiral-makarov', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Admiral Makarow', en: 'frigate Admiral Makarov', ru: 'Адмирал Макаров' },
    aliases: ['Admiral Makarow', 'Admiral Makarov'],
    description: {
      de: 'Fregatte der russischen Schwarzmeerflotte, die Kalibr-Marschflugkörper trägt und nach dem Untergang der Moskwa zum Flaggschiff wurde.',
      en: 'Frigate of Russia\'s Black Sea Fleet that carries Kalibr cruise missiles and became flagship after the Moskva sank.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'kalibr' }],
  },
  {
    id: 'blu-109', type: 'weapon',
    names: { de: 'BLU-109', en: 'BLU-109' },
    description: {
      de: 'US-amerikanischer bunkerbrechender 2000-Pfund-Gefechtskopf, den die USA Israel in großer Zahl lieferten.',
      en: 'US 2,000-pound bunker-busting warhead that the US supplied to Israel in large numbers.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'israel' }, { rel: 'related-to', to: 'jdam' }],
  },
  {
    id: 'gbu-28', type: 'weapon',
    names: { de: 'GBU-28', en: 'GBU-28' },
    description: {
      de: 'Lasergelenkte US-amerikanische bunkerbrechende Bombe von über zwei Tonnen, auch im Arsenal Israels.',
      en: 'US laser-guided bunker-buster bomb weighing over two tonnes, also in Israel\'s arsenal.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'israel' }, { rel: 'used-by', to: 'united-states' }],
  },

  // ── Strategic and further systems named in reporting ───────────────────────────
  {
    id: 'at4', type: 'weapon', subtype: 'missile',
    names: { de: 'AT4', en: 'AT4' },
    aliases: ['AT-4', 'M136 AT4'],
    // Case-sensitive and guarded: "At 4:52 PM" is a clock time.
    guarded: ['AT4', 'AT-4'],
    cues: ['panzerabwehr', 'anti-tank', 'antitank', 'anti-armo', 'saab', 'launcher', 'werfer', 'javelin', 'nlaw', 'panzerfaust', 'carl gustaf', 'weapon', 'waffe', 'shoulder', 'schulter', 'rocket'],
    description: {
      de: 'Schwedische schultergestützte Einweg-Panzerabwehrwaffe von Saab, von den USA und anderen an die Ukraine geliefert.',
      en: 'Swedish single-shot shoulder-fired anti-tank weapon by Saab, supplied to Ukraine by the US and others.',
    },
    links: [{ rel: 'made-by', to: 'saab' }, { rel: 'used-by', to: 'united-states' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },
  {
    id: 's-70-okhotnik', type: 'weapon', subtype: 'drone',
    names: { de: 'S-70 Ochotnik', en: 'S-70 Okhotnik', ru: 'С-70 Охотник' },
    aliases: ['Okhotnik-B', 'Ochotnik-B', 'Okhotnik', 'Ochotnik'],
    description: {
      de: 'Russische schwere Tarnkappen-Kampfdrohne von Suchoi; im Oktober 2024 schoss Russland ein eigenes außer Kontrolle geratenes Exemplar über der Ukraine ab.',
      en: 'Russian heavy stealth combat drone by Sukhoi; in October 2024 Russia shot down one of its own that had gone out of control over Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'united-aircraft-corporation' }, { rel: 'used-by', to: 'russia' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'garpiya', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Garpija-A1', en: 'Garpiya-A1', ru: 'Гарпия-А1' },
    aliases: ['Garpiya', 'Garpija', 'Garpiya-3', 'Garpia', 'Garpia-A1', 'Harpy-A1', 'Harpy A1'],
    guarded: ['Harpy'],
    cues: ['kupol', 'izhevsk', 'ischewsk', 'russ', 'treasury', 'sanction', 'sanktion', 'garpiya', 'garpija', 'almaz'],
    description: {
      de: 'Russische Langstrecken-Angriffsdrohne nach Shahed-Vorbild, mit chinesischen Motoren in Ischewsk gebaut.',
      en: 'Russian long-range attack drone modelled on the Shahed, built in Izhevsk with Chinese engines.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'tigr-vehicle', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'GAZ Tigr', en: 'GAZ Tigr' },
    aliases: ['Tigr-M', 'GAZ-2330'],
    guarded: ['Tigr'],
    description: {
      de: 'Russischer geschützter Geländewagen, bei Armee und Spezialkräften verbreitet.',
      en: 'Russian protected all-terrain vehicle, common in the army and special forces.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }],
  },
  {
    id: 'r-36m2', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'R-36M2 Wojewoda', en: 'R-36M2 Voevoda', ru: 'Р-36М2 Воевода' },
    aliases: ['R-36M2', 'R-36M', 'SS-18 Satan', 'SS-18'],
    guarded: ['Voyevoda', 'Wojewoda', 'Voevoda'],
    cues: ['icbm', 'interkontinental', 'satan', 'atom', 'nuclear'],
    description: {
      de: 'Schwere sowjetisch-russische Interkontinentalrakete mit Mehrfachsprengköpfen („Satan“), die die Sarmat ersetzen soll.',
      en: 'Heavy Soviet-Russian multi-warhead intercontinental ballistic missile ("Satan"), due to be replaced by the Sarmat.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'strategic-rocket-forces' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'sineva', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'R-29RMU Sinewa', en: 'R-29RMU Sineva', ru: 'Р-29РМУ Синева' },
    aliases: ['R-29RMU', 'R-29RMU2', 'Sineva', 'Sinewa'],
    description: {
      de: 'Russische Flüssigkeits-Interkontinentalrakete für U-Boote der Delta-IV-Klasse.',
      en: 'Russian liquid-fuel submarine-launched ballistic missile for Delta IV-class submarines.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-navy' }, { rel: 'instance-of', to: 'slbm' }],
  },
  {
    id: 'kh-102', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ch-102', en: 'Kh-102', ru: 'Х-102' },
    aliases: ['X-102'],
    description: {
      de: 'Nukleare Version des russischen luftgestützten Marschflugkörpers Ch-101, Bewaffnung der strategischen Bomber.',
      en: 'Nuclear-armed version of Russia\'s Kh-101 air-launched cruise missile, carried by strategic bombers.',
    },
    links: [{ rel: 'made-by', to: 'tactical-missiles-corporation' }, { rel: 'used-by', to: 'russian-aerospace-forces' }, { rel: 'variant-of', to: 'kh-101' }, { rel: 'related-to', to: 'nuclear-weapon' }],
  },
  {
    id: 'rs-26-rubezh', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'RS-26 Rubesch', en: 'RS-26 Rubezh', ru: 'РС-26 Рубеж' },
    aliases: ['RS-26'],
    guarded: ['Rubezh', 'Rubesch'],
    description: {
      de: 'Russische Feststoffrakete an der Grenze zwischen Mittelstrecken- und Interkontinentalrakete, als Vorläufer der Oreschnik vermutet.',
      en: 'Russian solid-fuel missile on the border between intermediate range and ICBM, thought to be the forerunner of the Oreshnik.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'strategic-rocket-forces' }, { rel: 'related-to', to: 'oreshnik' }],
  },
  {
    id: 'leleka-100', type: 'weapon', subtype: 'drone',
    names: { de: 'Leleka-100', en: 'Leleka-100', uk: 'Лелека-100' },
    description: {
      de: 'Ukrainische Aufklärungsdrohne mit Starrflügeln, die Ziele für die Artillerie aufklärt.',
      en: 'Ukrainian fixed-wing reconnaissance drone that spots targets for artillery.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'vector-drone', type: 'weapon', subtype: 'drone',
    names: { de: 'Vector-Drohne', en: 'Vector drone' },
    aliases: ['Quantum Vector'],
    guarded: ['Vector'],
    cues: ['quantum', 'aufklärungsdrohne', 'reconnaissance drone'],
    description: {
      de: 'Deutsche Aufklärungsdrohne von Quantum Systems, die in der Ukraine vielfach eingesetzt und dort auch gefertigt wird.',
      en: 'German reconnaissance drone by Quantum Systems, widely used in Ukraine and also built there.',
    },
    links: [{ rel: 'made-by', to: 'quantum-systems' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'used-by', to: 'germany' }],
  },
  {
    id: 'lgm-35-sentinel', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'LGM-35A Sentinel', en: 'LGM-35A Sentinel' },
    aliases: ['LGM-35', 'Sentinel-Interkontinentalrakete', 'Sentinel ICBM'],
    description: {
      de: 'Geplante neue US-amerikanische Interkontinentalrakete von Northrop Grumman, Nachfolgerin der Minuteman III, mit stark steigenden Kosten.',
      en: 'Planned new US intercontinental ballistic missile by Northrop Grumman, successor to the Minuteman III, with sharply rising costs.',
    },
    links: [{ rel: 'made-by', to: 'northrop-grumman' }, { rel: 'used-by', to: 'united-states' }, { rel: 'variant-of', to: 'minuteman-iii' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'b61', type: 'weapon',
    names: { de: 'B61-Atombombe', en: 'B61 nuclear bomb' },
    aliases: ['B61', 'B61-12', 'B61-13'],
    description: {
      de: 'US-amerikanische Atombombe, die im Rahmen der nuklearen Teilhabe der NATO auch in Europa lagert, etwa in Büchel.',
      en: 'US nuclear gravity bomb that is also stored in Europe under NATO nuclear sharing, for instance at Büchel in Germany.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'nuclear-weapon' }],
  },
  {
    id: 'ohio-class', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Boot der Ohio-Klasse', en: 'Ohio-class submarine' },
    aliases: ['Ohio-Klasse', 'Ohio class', 'Ohio-class'],
    description: {
      de: 'Klasse strategischer US-Atom-U-Boote mit Trident-II-Raketen; einige wurden zu Trägern von Tomahawk-Marschflugkörpern umgebaut.',
      en: 'Class of US strategic nuclear submarines carrying Trident II missiles; some were converted to carry Tomahawk cruise missiles.',
    },
    links: [{ rel: 'used-by', to: 'united-states' }, { rel: 'related-to', to: 'trident-ii' }, { rel: 'instance-of', to: 'nuclear-submarine' }],
  },
  {
    id: 'virginia-class', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Boot der Virginia-Klasse', en: 'Virginia-class submarine' },
    aliases: ['Virginia-Klasse', 'Virginia-class'],
    description: {
      de: 'Klasse nuklear angetriebener US-Jagd-U-Boote, von denen Australien im Rahmen von AUKUS einige erhalten soll.',
      en: 'Class of US nuclear-powered attack submarines, some of which Australia is to receive under AUKUS.',
    },
    links: [{ rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'nuclear-submarine' }],
  },
  {
    id: 'f-14-tomcat', type: 'weapon', subtype: 'aircraft',
    names: { de: 'F-14 Tomcat', en: 'F-14 Tomcat' },
    aliases: ['F-14'],
    guarded: ['Tomcat'],
    cues: ['jets', 'kampfjets'],
    description: {
      de: 'US-amerikanisches Kampfflugzeug der 1970er-Jahre, das nur noch Iran fliegt; Israel zerstörte im Juni 2025 mehrere am Boden.',
      en: 'US fighter jet from the 1970s that only Iran still flies; Israel destroyed several on the ground in June 2025.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'iran' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'f-4-phantom', type: 'weapon', subtype: 'aircraft',
    names: { de: 'F-4 Phantom', en: 'F-4 Phantom' },
    aliases: ['F-4 Phantom II', 'F-4E'],
    guarded: ['Phantom', 'F-4'],
    cues: ['jets', 'kampfjets'],
    description: {
      de: 'US-amerikanisches Kampfflugzeug aus den 1960er-Jahren, das die iranische Luftwaffe weiter einsetzt.',
      en: 'US fighter jet from the 1960s that Iran\'s air force still operates.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'iran' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'dolphin-class', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Boot der Dolphin-Klasse', en: 'Dolphin-class submarine' },
    aliases: ['Dolphin-Klasse', 'Dolphin class', 'Dolphin-class', 'Dolphin submarine', 'Dolphin-U-Boot'],
    description: {
      de: 'In Deutschland gebaute U-Boote der israelischen Marine, die als mögliche Träger atomar bestückter Marschflugkörper gelten.',
      en: 'German-built submarines of the Israeli navy, regarded as possible carriers of nuclear-armed cruise missiles.',
    },
    links: [{ rel: 'made-by', to: 'tkms' }, { rel: 'used-by', to: 'israel' }],
  },
  {
    id: 'saar-6', type: 'weapon', subtype: 'ship',
    names: { de: "Sa'ar-6-Korvette", en: "Sa'ar 6 corvette" },
    aliases: ["Sa'ar 6", 'Saar 6', "Sa'ar-6", 'Saar-6'],
    description: {
      de: 'In Deutschland gebaute Korvettenklasse der israelischen Marine, die Gasfelder vor der Küste schützt.',
      en: 'German-built corvette class of the Israeli navy that protects offshore gas fields.',
    },
    links: [{ rel: 'made-by', to: 'tkms' }, { rel: 'used-by', to: 'israel' }],
  },
  {
    id: 'kang-kon-destroyer', type: 'weapon', subtype: 'ship',
    names: { de: 'Zerstörer Kang Kon', en: 'destroyer Kang Kon' },
    guarded: ['Kang Kon'],
    cues: ['zerstörer', 'destroyer', 'kriegsschiff', 'warship', 'stapellauf', 'launch', 'gekentert', 'capsized'],
    description: {
      de: 'Zweiter nordkoreanischer Zerstörer der Choe-Hyon-Klasse, der im Mai 2025 beim Stapellauf kenterte und danach wieder aufgerichtet wurde.',
      en: 'North Korea\'s second Choe Hyon-class destroyer, which capsized at its launch in May 2025 and was later righted.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'used-by', to: 'north-korea' }, { rel: 'variant-of', to: 'choe-hyon-destroyer' }],
  },

  // ── European programmes, Russian special submarines, chemical agents ──────────
  {
    id: 'fcas', type: 'weapon', subtype: 'aircraft',
    names: { de: 'FCAS', en: 'FCAS' },
    aliases: ['Future Combat Air System', 'Système de combat aérien du futur', 'Next Generation Weapon System'],
    acronyms: ['SCAF', 'NGWS'],
    description: {
      de: 'Deutsch-französisch-spanisches Rüstungsprojekt für ein Kampfflugzeug der nächsten Generation samt Drohnenverbund, zwischen Dassault und Airbus umstritten.',
      en: 'Franco-German-Spanish programme for a next-generation fighter jet with accompanying drones, contested between Dassault and Airbus.',
    },
    links: [{ rel: 'made-by', to: 'dassault-aviation' }, { rel: 'made-by', to: 'airbus-defence-and-space' }, { rel: 'used-by', to: 'germany' }, { rel: 'used-by', to: 'france' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'gcap', type: 'weapon', subtype: 'aircraft',
    names: { de: 'GCAP', en: 'GCAP' },
    aliases: ['Global Combat Air Programme'],
    guarded: ['Tempest'],
    cues: ['kampfjet', 'kampfflugzeug', 'fighter', 'gcap', 'bae', 'leonardo', 'mitsubishi'],
    description: {
      de: 'Britisch-italienisch-japanisches Programm für ein Kampfflugzeug der sechsten Generation (in Großbritannien Tempest genannt).',
      en: 'British-Italian-Japanese programme for a sixth-generation fighter jet (called Tempest in Britain).',
    },
    links: [{ rel: 'made-by', to: 'bae-systems' }, { rel: 'made-by', to: 'leonardo' }, { rel: 'used-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'japan' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'mgcs', type: 'weapon', subtype: 'tank',
    names: { de: 'MGCS', en: 'MGCS' },
    aliases: ['Main Ground Combat System'],
    description: {
      de: 'Deutsch-französisches Projekt für ein Kampfpanzersystem der nächsten Generation, Nachfolger von Leopard 2 und Leclerc.',
      en: 'Franco-German programme for a next-generation main battle tank system, successor to the Leopard 2 and Leclerc.',
    },
    links: [{ rel: 'made-by', to: 'knds' }, { rel: 'made-by', to: 'rheinmetall' }, { rel: 'used-by', to: 'germany' }, { rel: 'used-by', to: 'france' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 'eurodrone', type: 'weapon', subtype: 'drone',
    names: { de: 'Eurodrohne', en: 'Eurodrone' },
    aliases: ['Euro-Drohne', 'European MALE RPAS'],
    description: {
      de: 'Europäische Aufklärungs- und Kampfdrohne mittlerer Flughöhe, die Airbus für Deutschland, Frankreich, Italien und Spanien entwickelt.',
      en: 'European medium-altitude reconnaissance and combat drone that Airbus is developing for Germany, France, Italy and Spain.',
    },
    links: [{ rel: 'made-by', to: 'airbus-defence-and-space' }, { rel: 'used-by', to: 'germany' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
  {
    id: 'f127-frigate', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte F127', en: 'F127 frigate' },
    aliases: ['F127', 'F-127', 'Fregatte 127'],
    description: {
      de: 'Geplante Luftverteidigungsfregatte der Deutschen Marine mit amerikanischem Aegis-System.',
      en: 'Planned air defence frigate of the German navy with the US Aegis system.',
    },
    links: [{ rel: 'made-by', to: 'tkms' }, { rel: 'used-by', to: 'germany' }, { rel: 'related-to', to: 'aegis' }],
  },
  {
    id: 'k130-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Korvette K130', en: 'K130 corvette' },
    aliases: ['K130', 'Braunschweig-Klasse', 'Braunschweig class', 'Braunschweig-class'],
    description: {
      de: 'Korvettenklasse der Deutschen Marine für Einsätze in Küstennähe.',
      en: 'Corvette class of the German navy for operations close to the coast.',
    },
    links: [{ rel: 'used-by', to: 'germany' }],
  },
  {
    id: 'khabarovsk-submarine', type: 'weapon', subtype: 'ship',
    names: { de: 'Atom-U-Boot Chabarowsk', en: 'submarine Khabarovsk' },
    guarded: ['Chabarowsk', 'Khabarovsk'],
    cues: ['u-boot', 'submarine', 'poseidon', 'atom-u-boot', 'stapellauf'],
    description: {
      de: 'Russisches nukleares Spezial-U-Boot, das als Träger der Atomtorpedo-Drohne Poseidon gebaut wurde; 2025 zu Wasser gelassen.',
      en: 'Russian special-purpose nuclear submarine built to carry the Poseidon nuclear torpedo drone; launched in 2025.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }, { rel: 'related-to', to: 'poseidon' }, { rel: 'instance-of', to: 'nuclear-submarine' }],
  },
  {
    id: 'belgorod-submarine', type: 'weapon', subtype: 'ship',
    names: { de: 'Atom-U-Boot Belgorod', en: 'submarine Belgorod' },
    aliases: ['K-329 Belgorod', 'K-329'],
    guarded: ['Belgorod'],
    cues: ['u-boot', 'submarine', 'poseidon', 'atom-u-boot'],
    description: {
      de: 'Russisches nukleares Spezial-U-Boot, das Poseidon-Torpedodrohnen und Tiefsee-Kleinst-U-Boote tragen kann.',
      en: 'Russian special-purpose nuclear submarine able to carry Poseidon torpedo drones and deep-sea mini-submarines.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }, { rel: 'related-to', to: 'poseidon' }, { rel: 'instance-of', to: 'nuclear-submarine' }],
  },
  {
    id: 'italmas', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Italmas', en: 'Italmas', ru: 'Италмас' },
    description: {
      de: 'Russische Kamikazedrohne mit Starrflügeln aus Ischewsk, auch gegen Ziele im ukrainischen Hinterland eingesetzt.',
      en: 'Russian fixed-wing loitering munition from Izhevsk, also used against targets in Ukraine\'s rear.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'sarin', type: 'weapon',
    names: { de: 'Sarin', en: 'sarin' },
    aliases: ['Saringas', 'sarin gas'],
    description: {
      de: 'Nervenkampfstoff, mit dem das Assad-Regime 2013 in Ghuta und 2017 in Chan Schaichun Hunderte Menschen tötete.',
      en: 'Nerve agent with which the Assad regime killed hundreds of people in Ghouta in 2013 and Khan Shaykhun in 2017.',
    },
    links: [{ rel: 'used-by', to: 'syria' }, { rel: 'instance-of', to: 'chemical-weapon' }],
  },
  {
    id: 'vx-nerve-agent', type: 'weapon',
    names: { de: 'VX-Nervenkampfstoff', en: 'VX nerve agent' },
    aliases: ['VX-Nervengift', 'VX-Kampfstoff'],
    acronyms: ['VX'],
    description: {
      de: 'Besonders giftiger Nervenkampfstoff, mit dem 2017 Kim Jong Uns Halbbruder Kim Jong Nam in Kuala Lumpur ermordet wurde.',
      en: 'Highly toxic nerve agent used to murder Kim Jong Un\'s half-brother Kim Jong Nam in Kuala Lumpur in 2017.',
    },
    links: [{ rel: 'used-by', to: 'north-korea' }, { rel: 'instance-of', to: 'chemical-weapon' }],
  },
  {
    id: 'mustard-gas', type: 'weapon',
    names: { de: 'Senfgas', en: 'mustard gas' },
    aliases: ['Schwefellost', 'Lost-Kampfstoff', 'sulfur mustard', 'sulphur mustard'],
    description: {
      de: 'Hautschädigender Kampfstoff aus dem Ersten Weltkrieg, den später auch der Irak und der „Islamische Staat“ einsetzten.',
      en: 'Blister agent from the First World War later also used by Iraq and the so-called Islamic State.',
    },
    links: [{ rel: 'instance-of', to: 'chemical-weapon' }],
  },
  {
    id: 'chloropicrin', type: 'weapon',
    names: { de: 'Chlorpikrin', en: 'chloropicrin' },
    description: {
      de: 'Giftiger Reizstoff, den Russland nach Vorwürfen der USA an der Front in der Ukraine einsetzt, was die Chemiewaffenkonvention verbietet.',
      en: 'Choking agent that, according to the US, Russia uses at the front in Ukraine, which the Chemical Weapons Convention prohibits.',
    },
    links: [{ rel: 'used-by', to: 'russia' }, { rel: 'instance-of', to: 'chemical-weapon' }],
  },

  // ── Soviet air defence in use in Ukraine and Syria ─────────────────────────────
  {
    id: 's-200', type: 'weapon', subtype: 'air-defence',
    names: { de: 'S-200', en: 'S-200', ru: 'С-200' },
    aliases: ['S-200 Angara', 'S-200 Vega', 'S-200 Wega', 'SA-5 Gammon', 'SA-5'],
    description: {
      de: 'Sowjetisches Flugabwehrsystem großer Reichweite; Syrien setzte es gegen israelische Jets ein, die Ukraine baute seine Raketen zu Boden-Boden-Waffen um.',
      en: 'Soviet long-range air defence system; Syria fired it at Israeli jets, and Ukraine converted its missiles into surface-to-surface weapons.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'syria' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 's-125', type: 'weapon', subtype: 'air-defence',
    names: { de: 'S-125 Newa', en: 'S-125 Neva', ru: 'С-125 Нева' },
    aliases: ['S-125', 'S-125 Petschora', 'S-125 Pechora', 'SA-3 Goa', 'Neva-M'],
    description: {
      de: 'Sowjetisches Kurz- bis Mittelstrecken-Flugabwehrsystem, in modernisierter Form bei der Ukraine und in vielen Staaten des Nahen Ostens im Dienst.',
      en: 'Soviet short-to-medium-range air defence system, in service in modernised form in Ukraine and many Middle Eastern states.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'used-by', to: 'syria' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'zu-23-2', type: 'weapon', subtype: 'air-defence',
    names: { de: 'ZU-23-2', en: 'ZU-23-2', ru: 'ЗУ-23-2' },
    aliases: ['ZU-23'],
    description: {
      de: 'Sowjetische 23-mm-Zwillingsflak, mit der ukrainische mobile Feuergruppen nachts Shahed-Drohnen abschießen.',
      en: 'Soviet twin-barrelled 23 mm anti-aircraft gun with which Ukrainian mobile fire groups shoot down Shahed drones at night.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'used-by', to: 'russia' }],
  },
  {
    id: 'zsu-23-4-shilka', type: 'weapon', subtype: 'air-defence',
    names: { de: 'ZSU-23-4 Schilka', en: 'ZSU-23-4 Shilka', ru: 'ЗСУ-23-4 Шилка' },
    aliases: ['ZSU-23-4', 'Shilka', 'Schilka'],
    description: {
      de: 'Sowjetischer Flakpanzer mit vier 23-mm-Kanonen, auf beiden Seiten des Ukraine-Kriegs auch gegen Drohnen eingesetzt.',
      en: 'Soviet self-propelled anti-aircraft gun with four 23 mm cannon, used by both sides in the war in Ukraine, also against drones.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },

  // ── Programmes and systems in current reporting ────────────────────────────────
  {
    id: 'golden-dome', type: 'weapon', subtype: 'air-defence',
    names: { de: 'Golden Dome', en: 'Golden Dome' },
    aliases: ['Goldene Kuppel', 'Golden Dome for America', 'Iron Dome for America'],
    description: {
      de: 'Von Präsident Trump 2025 angekündigter Raketenabwehrschild für die USA mit Abfangwaffen auch im Weltraum.',
      en: 'Missile defence shield for the United States announced by President Trump in 2025, including space-based interceptors.',
    },
    links: [{ rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'air-defence-system' }],
  },
  {
    id: 'f-47', type: 'weapon', subtype: 'aircraft',
    names: { de: 'F-47', en: 'F-47' },
    aliases: ['Boeing F-47'],
    description: {
      de: 'Geplantes US-Kampfflugzeug der sechsten Generation von Boeing, 2025 als Sieger des NGAD-Programms bekanntgegeben.',
      en: 'Planned sixth-generation US fighter jet by Boeing, announced in 2025 as the winner of the NGAD programme.',
    },
    links: [{ rel: 'made-by', to: 'boeing' }, { rel: 'used-by', to: 'united-states' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'peresvet', type: 'weapon',
    names: { de: 'Peresvet-Laser', en: 'Peresvet laser' },
    aliases: ['Peresvet-Laserwaffe', 'Peresvet laser weapon'],
    guarded: ['Peresvet', 'Pereswet'],
    cues: ['laser', 'waffe', 'weapon', 'satellit', 'satellite'],
    description: {
      de: 'Russische Laserwaffe, die Putin 2018 unter seinen neuen strategischen Waffen vorstellte, vermutlich gegen Satelliten gerichtet.',
      en: 'Russian laser weapon that Putin presented in 2018 among his new strategic weapons, believed to target satellites.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }],
  },
  {
    id: 'joint-strike-missile', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Joint Strike Missile', en: 'Joint Strike Missile' },
    acronyms: ['JSM'],
    description: {
      de: 'Norwegischer luftgestützter Marschflugkörper von Kongsberg für die F-35.',
      en: 'Norwegian air-launched cruise missile by Kongsberg for the F-35.',
    },
    links: [{ rel: 'made-by', to: 'kongsberg' }, { rel: 'variant-of', to: 'naval-strike-missile' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'exocet', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Exocet', en: 'Exocet' },
    aliases: ['MM40 Exocet', 'AM39 Exocet', 'MM40'],
    description: {
      de: 'Französischer Seezielflugkörper von MBDA, bekannt aus dem Falklandkrieg, in vielen Marinen verbreitet.',
      en: 'French anti-ship missile by MBDA, known from the Falklands War and in service with many navies.',
    },
    links: [{ rel: 'made-by', to: 'mbda' }, { rel: 'used-by', to: 'france' }, { rel: 'instance-of', to: 'anti-ship-missile' }],
  },
  {
    id: 'kf51-panther', type: 'weapon', subtype: 'tank',
    names: { de: 'KF51 Panther', en: 'KF51 Panther' },
    aliases: ['KF51', 'KF-51', 'Panther-Kampfpanzer', 'Kampfpanzer Panther', 'Panther tank'],
    // The Florida and Carolina Panthers are "tanking" on sports pages, and "tank" is a cue of every
    // tank: the bare word counts only after one of the names above.
    shortForms: ['Panther'],
    description: {
      de: 'Neuer Kampfpanzer von Rheinmetall, den Italien beschaffen will und der auch in der Ukraine gebaut werden soll.',
      en: 'New Rheinmetall main battle tank that Italy plans to buy and that is also to be built in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'rheinmetall' }, { rel: 'instance-of', to: 'main-battle-tank' }],
  },
  {
    id: 'df-21', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'DF-21', en: 'DF-21' },
    aliases: ['DF-21D', 'Dongfeng-21', 'Dongfeng 21'],
    description: {
      de: 'Chinesische ballistische Mittelstreckenrakete, in der Version DF-21D als „Flugzeugträger-Killer“ bekannt.',
      en: 'Chinese medium-range ballistic missile, known in its DF-21D version as a "carrier killer".',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'intermediate-range-missile' }],
  },
  {
    id: 'df-5', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'DF-5', en: 'DF-5' },
    aliases: ['DF-5B', 'DF-5C', 'Dongfeng-5', 'Dongfeng 5'],
    description: {
      de: 'Schwere chinesische Interkontinentalrakete mit Flüssigtreibstoff, in Silos stationiert.',
      en: 'Heavy Chinese liquid-fuel intercontinental ballistic missile based in silos.',
    },
    links: [{ rel: 'made-by', to: 'china' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'icbm' }],
  },
  {
    id: 'h-6-bomber', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Xian H-6', en: 'Xian H-6' },
    aliases: ['H-6K', 'H-6N', 'H-6J'],
    guarded: ['H-6'],
    cues: ['bomber', 'langstreckenbomber'],
    description: {
      de: 'Chinesischer Langstreckenbomber, eine Weiterentwicklung der sowjetischen Tu-16, der auch gemeinsam mit russischen Bombern patrouilliert.',
      en: 'Chinese long-range bomber developed from the Soviet Tu-16 that also flies joint patrols with Russian bombers.',
    },
    links: [{ rel: 'made-by', to: 'avic' }, { rel: 'used-by', to: 'peoples-liberation-army' }, { rel: 'instance-of', to: 'strategic-bomber' }],
  },

  // ── More Russian aerial bombs ──────────────────────────────────────────────────
  {
    id: 'betab-500', type: 'weapon',
    names: { de: 'BetAB-500', en: 'BetAB-500', ru: 'БетАБ-500' },
    aliases: ['BetAB-500SchP', 'BetAB-500ShP', 'BETAB-500'],
    description: {
      de: 'Russische betonbrechende 500-kg-Bombe gegen Bunker und Start- und Landebahnen.',
      en: 'Russian 500 kg concrete-piercing bomb against bunkers and runways.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }],
  },
  {
    id: 'ofab-250', type: 'weapon',
    names: { de: 'OFAB-250', en: 'OFAB-250', ru: 'ОФАБ-250' },
    aliases: ['OFAB-250-270', 'OFAB-500', 'OFAB-100-120'],
    description: {
      de: 'Russische Spreng-Splitter-Fliegerbomben, teils mit Gleitbausatz gegen die Ukraine abgeworfen.',
      en: 'Russian high-explosive fragmentation aerial bombs, some dropped on Ukraine with glide kits.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'related-to', to: 'glide-bomb' }],
  },
  {
    id: 'rbk-500', type: 'weapon',
    names: { de: 'RBK-500', en: 'RBK-500', ru: 'РБК-500' },
    aliases: ['RBK-250'],
    description: {
      de: 'Russische Streubombe, die Hunderte Submunitionen verteilt und auch in Syrien und der Ukraine eingesetzt wurde.',
      en: 'Russian cluster bomb that scatters hundreds of submunitions, used in Syria and Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russia' }, { rel: 'instance-of', to: 'cluster-munition' }],
  },
  {
    id: 'al-arqab', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'al-Arqab', en: 'al-Arqab' },
    aliases: ['Arqab'],
    description: {
      de: 'Marschflugkörper des proiranischen „Islamischen Widerstands im Irak“, mit dem die Milizen 2024 Ziele in Israel angriffen.',
      en: 'Cruise missile of the pro-Iranian "Islamic Resistance in Iraq", which the militias fired at targets in Israel in 2024.',
    },
    links: [{ rel: 'used-by', to: 'islamic-resistance-in-iraq' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },

  // ── Kalibr carriers and a Russian fighter project ──────────────────────────────
  {
    id: 'buyan-m-class', type: 'weapon', subtype: 'ship',
    names: { de: 'Korvette der Bujan-M-Klasse', en: 'Buyan-M-class corvette' },
    aliases: ['Bujan-M', 'Buyan-M', 'Bujan-M-Klasse', 'Buyan-M class', 'Projekt 21631', 'Project 21631'],
    // Reports often drop the "-M" ("the Buyan missile ship"); Buyan is also a mythical island.
    guarded: ['Buyan', 'Bujan'],
    cues: ['korvette', 'corvette', 'raketenschiff', 'missile ship', 'kalibr', 'kriegsschiff', 'warship'],
    description: {
      de: 'Kleine russische Raketenkorvetten, die Kalibr-Marschflugkörper aus dem Kaspischen und dem Asowschen Meer gegen die Ukraine abfeuern.',
      en: 'Small Russian missile corvettes that fire Kalibr cruise missiles at Ukraine from the Caspian Sea and the Sea of Azov.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }, { rel: 'related-to', to: 'kalibr' }],
  },
  {
    id: 'karakurt-class', type: 'weapon', subtype: 'ship',
    names: { de: 'Korvette der Karakurt-Klasse', en: 'Karakurt-class corvette' },
    aliases: ['Karakurt-Klasse', 'Karakurt class', 'Karakurt-class', 'Projekt 22800', 'Project 22800'],
    guarded: ['Karakurt'],
    cues: ['korvette', 'corvette', 'kalibr', 'kriegsschiff', 'warship', 'schwarzmeerflotte', 'black sea fleet'],
    description: {
      de: 'Russische Raketenkorvetten neuer Bauart mit Kalibr-Marschflugkörpern; mehrere wurden von ukrainischen Drohnen und Raketen getroffen.',
      en: 'Newer Russian missile corvettes armed with Kalibr cruise missiles; several have been hit by Ukrainian drones and missiles.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }, { rel: 'related-to', to: 'kalibr' }],
  },
  {
    id: 'su-75-checkmate', type: 'weapon', subtype: 'aircraft',
    names: { de: 'Su-75 Checkmate', en: 'Su-75 Checkmate', ru: 'Су-75' },
    aliases: ['Su-75', 'Suchoi Su-75', 'Sukhoi Su-75'],
    description: {
      de: 'Geplantes leichtes russisches Tarnkappen-Kampfflugzeug von Suchoi, bisher nur als Prototyp gezeigt.',
      en: 'Planned light Russian stealth fighter by Sukhoi, so far shown only as a prototype.',
    },
    links: [{ rel: 'made-by', to: 'united-aircraft-corporation' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },

  // ── Interceptor drones ─────────────────────────────────────────────────────────
  {
    id: 'interceptor-drone', type: 'weapon', subtype: 'weapon-class', highlight: false,
    names: { de: 'Abfangdrohne', en: 'interceptor drone' },
    aliases: ['Drohnenabfangjäger', 'Abfangjäger-Drohne', 'drone interceptor'],
    description: {
      de: 'Schnelle, billige Drohne, die feindliche Drohnen wie die Shahed rammt oder neben ihnen explodiert; seit 2025 ein Schwerpunkt der ukrainischen Flugabwehr.',
      en: 'Fast, cheap drone that rams enemy drones such as the Shahed or explodes next to them; a focus of Ukrainian air defence since 2025.',
    },
    links: [{ rel: 'related-to', to: 'air-defence-system' }],
  },
  {
    id: 'sting-interceptor', type: 'weapon', subtype: 'drone',
    names: { de: 'Sting-Abfangdrohne', en: 'Sting interceptor drone' },
    guarded: ['Sting'],
    cues: ['abfangdrohne', 'interceptor', 'wild hornets', 'shahed', 'abfang'],
    description: {
      de: 'Ukrainische Abfangdrohne der Gruppe Wild Hornets, die russische Shahed-Drohnen in der Luft zerstört.',
      en: 'Ukrainian interceptor drone by the Wild Hornets group that destroys Russian Shahed drones in flight.',
    },
    links: [{ rel: 'made-by', to: 'wild-hornets' }, { rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'instance-of', to: 'interceptor-drone' }],
  },

  // ── Polish rearmament ──────────────────────────────────────────────────────────
  {
    id: 'fa-50', type: 'weapon', subtype: 'aircraft',
    names: { de: 'FA-50', en: 'FA-50' },
    aliases: ['FA-50PL', 'KAI FA-50'],
    description: {
      de: 'Leichtes südkoreanisches Kampfflugzeug von KAI, das Polen als Ersatz für seine MiG-29 und Su-22 kauft.',
      en: 'Light South Korean fighter by KAI that Poland is buying to replace its MiG-29s and Su-22s.',
    },
    links: [{ rel: 'made-by', to: 'korea-aerospace-industries' }, { rel: 'used-by', to: 'south-korea' }, { rel: 'used-by', to: 'poland' }, { rel: 'instance-of', to: 'fighter-aircraft' }],
  },
  {
    id: 'borsuk', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Schützenpanzer Borsuk', en: 'Borsuk infantry fighting vehicle' },
    guarded: ['Borsuk'],
    cues: ['schützenpanzer', 'infantry fighting vehicle', 'polen', 'poland', 'polnisch', 'polish'],
    description: {
      de: 'Neuer polnischer Schützenpanzer von Huta Stalowa Wola, Nachfolger des BMP-1 in der polnischen Armee.',
      en: 'New Polish infantry fighting vehicle by Huta Stalowa Wola, replacing the BMP-1 in the Polish army.',
    },
    links: [{ rel: 'made-by', to: 'pgz' }, { rel: 'used-by', to: 'poland' }, { rel: 'instance-of', to: 'infantry-fighting-vehicle' }],
  },
  {
    id: 'rosomak', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Radschützenpanzer Rosomak', en: 'Rosomak armoured vehicle' },
    aliases: ['KTO Rosomak'],
    guarded: ['Rosomak'],
    cues: ['radschützenpanzer', 'radpanzer', 'polen', 'poland', 'polnisch', 'polish'],
    description: {
      de: 'Polnischer achträdriger Radschützenpanzer auf Basis des finnischen Patria AMV, auch an die Ukraine geliefert.',
      en: 'Polish eight-wheeled armoured vehicle based on the Finnish Patria AMV, also supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'pgz' }, { rel: 'used-by', to: 'poland' }, { rel: 'used-by', to: 'ukraine' }],
  },

  // ── Smaller Shahed types (otherwise taken for the Shahed-136) ──────────────────
  {
    id: 'shahed-101', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Shahed-101', en: 'Shahed-101' },
    aliases: ['Schahed-101'],
    description: {
      de: 'Kleine iranische Kamikazedrohne mit Elektroantrieb, von der Hisbollah und irakischen Milizen gegen Israel eingesetzt.',
      en: 'Small electric-powered Iranian kamikaze drone, used by Hezbollah and Iraqi militias against Israel.',
    },
    links: [{ rel: 'made-by', to: 'shahed-aviation-industries' }, { rel: 'used-by', to: 'hezbollah' }, { rel: 'used-by', to: 'islamic-resistance-in-iraq' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'shahed-107', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Shahed-107', en: 'Shahed-107' },
    aliases: ['Schahed-107'],
    description: {
      de: 'Kleinere iranische Drohne der Shahed-Familie, die als Kamikaze- und Aufklärungsdrohne beschrieben wird.',
      en: 'Smaller Iranian drone of the Shahed family, described as both a kamikaze and a reconnaissance drone.',
    },
    links: [{ rel: 'made-by', to: 'shahed-aviation-industries' }, { rel: 'used-by', to: 'iran' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },

  // ── Commercial and Chinese drones on the battlefields ──────────────────────────
  {
    id: 'dji-mavic', type: 'weapon', subtype: 'drone',
    names: { de: 'DJI Mavic', en: 'DJI Mavic' },
    aliases: ['Mavic 3', 'Mavic 3T', 'Mavic-Drohne'],
    // Also the French maker of bicycle wheels, whose service cars follow every cycling race.
    guarded: ['Mavic'],
    cues: ['drohne', 'drone', 'dji', 'quadcopter', 'quadrokopter'],
    description: {
      de: 'Chinesische Zivildrohne von DJI, die beide Seiten im Ukraine-Krieg massenhaft zur Aufklärung und zum Abwurf kleiner Sprengkörper nutzen.',
      en: 'Chinese civilian drone by DJI that both sides in the war in Ukraine use en masse for reconnaissance and to drop small munitions.',
    },
    links: [{ rel: 'made-by', to: 'dji' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'used-by', to: 'russia' }],
  },
  {
    id: 'wing-loong', type: 'weapon', subtype: 'drone',
    names: { de: 'Wing Loong', en: 'Wing Loong' },
    aliases: ['Wing Loong II', 'Wing Loong 2', 'Wing Loong 1', 'GJ-2'],
    description: {
      de: 'Chinesische Kampfdrohnenfamilie, exportiert u. a. an die Vereinigten Arabischen Emirate, Saudi-Arabien und Pakistan und in Libyen und Jemen eingesetzt.',
      en: 'Chinese combat drone family exported to the United Arab Emirates, Saudi Arabia and Pakistan among others, and used in Libya and Yemen.',
    },
    links: [{ rel: 'made-by', to: 'avic' }, { rel: 'used-by', to: 'united-arab-emirates' }, { rel: 'used-by', to: 'saudi-arabia' }, { rel: 'used-by', to: 'pakistan' }, { rel: 'instance-of', to: 'combat-drone' }],
  },
];
