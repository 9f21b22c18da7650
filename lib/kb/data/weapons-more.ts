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
    aliases: ['Msta-S', 'Msta-SM', 'Msta-SM2', '2S19', 'Msta-B', '2A65'],
    guarded: ['Msta'],
    description: {
      de: 'Russische 152-mm-Panzerhaubitze auf Kettenfahrgestell, Rückgrat der russischen Rohrartillerie in der Ukraine.',
      en: 'Russian tracked 152 mm self-propelled howitzer, the backbone of Russia\'s tube artillery in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: 'koalitsiya-sv', type: 'weapon', subtype: 'artillery',
    names: { de: '2S35 Koalizija-SW', en: '2S35 Koalitsiya-SV', ru: '2С35 Коалиция-СВ' },
    aliases: ['Koalitsiya-SV', 'Koalizija-SW', 'Koalizija', '2S35'],
    guarded: ['Koalitsiya'],
    description: {
      de: 'Neueste russische 152-mm-Panzerhaubitze mit automatischem Lader, seit 2023 in kleiner Zahl in der Ukraine eingesetzt.',
      en: 'Russia\'s newest 152 mm self-propelled howitzer with an automatic loader, used in small numbers in Ukraine since 2023.',
    },
    links: [{ rel: 'made-by', to: 'uralvagonzavod' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: 'giatsint', type: 'weapon', subtype: 'artillery',
    names: { de: 'Giazint', en: 'Giatsint', ru: 'Гиацинт' },
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
    aliases: ['2S7M Malka', '2S7M', '2S7'],
    guarded: ['Pion', 'Malka'],
    description: {
      de: 'Sowjetische 203-mm-Selbstfahrlafette mit großer Reichweite, von Russland (als Malka modernisiert) und der Ukraine eingesetzt.',
      en: 'Soviet long-range 203 mm self-propelled gun, used by Russia (modernised as the Malka) and by Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
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
    aliases: ['9K51M', '9K51M Tornado-G'],
    guarded: ['Tornado-G'],
    description: {
      de: 'Modernisierte russische Version des 122-mm-Raketenwerfers BM-21 Grad.',
      en: 'Modernised Russian version of the BM-21 Grad 122 mm rocket launcher.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'variant-of', to: 'bm-21-grad' }, { rel: 'instance-of', to: 'multiple-rocket-launcher' }],
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
    links: [{ rel: 'made-by', to: 'uralvagonzavod' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'main-battle-tank' }],
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
    links: [{ rel: 'made-by', to: 'uralvagonzavod' }, { rel: 'used-by', to: 'russian-armed-forces' }],
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
    links: [{ rel: 'made-by', to: 'almaz-antey' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'air-defence-system' }],
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
    links: [{ rel: 'made-by', to: 'kbp-instrument-design-bureau' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'manpads' }],
  },
  {
    id: 'krasukha', type: 'weapon',
    names: { de: 'Krasucha', en: 'Krasukha', ru: 'Красуха' },
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
      de: 'Sowjetisches Amphibienflugzeug zur U-Boot-Jagd und Seeaufklärung, von der Schwarzmeerflotte genutzt und mehrfach auf der Krim getroffen.',
      en: 'Soviet amphibious anti-submarine and maritime patrol aircraft used by the Black Sea Fleet, hit several times in Crimea.',
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
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'variant-of', to: 'mi-24' }, { rel: 'instance-of', to: 'attack-helicopter' }],
  },
  {
    id: 'molniya-drone', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Molnija-Drohne', en: 'Molniya drone', ru: 'Молния' },
    aliases: ['Molniya-2', 'Molnija-2'],
    guarded: ['Molniya', 'Molnija'],
    description: {
      de: 'Billige russische Starrflügel-Kamikazedrohne, an der Front in großen Stückzahlen gegen ukrainische Stellungen und Fahrzeuge eingesetzt.',
      en: 'Cheap Russian fixed-wing kamikaze drone, used in large numbers at the front against Ukrainian positions and vehicles.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'supercam', type: 'weapon', subtype: 'drone',
    names: { de: 'Supercam', en: 'Supercam', ru: 'Суперкам' },
    aliases: ['Supercam S350', 'SuperCam S350'],
    description: {
      de: 'Russische Aufklärungsdrohne, die neben der Orlan-10 Ziele für Artillerie und Lancet-Drohnen sucht.',
      en: 'Russian reconnaissance drone that, alongside the Orlan-10, spots targets for artillery and Lancet drones.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
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
    names: { de: 'Forpost-Drohne', en: 'Forpost drone', ru: 'Форпост' },
    aliases: ['Forpost-R'],
    guarded: ['Forpost'],
    description: {
      de: 'Russische Aufklärungs- und Kampfdrohne, ursprünglich eine Lizenzfertigung der israelischen Searcher.',
      en: 'Russian reconnaissance and strike drone, originally a licence-built Israeli Searcher.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'orion-drone', type: 'weapon', subtype: 'drone',
    names: { de: 'Orion-Drohne', en: 'Orion drone', ru: 'Орион' },
    aliases: ['Inochodez', 'Inokhodets'],
    guarded: ['Orion'],
    cues: ['kampfdrohne', 'combat drone', 'kronstadt'],
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
    aliases: ['Long-Neptun', 'Neptun-D', 'Neptune-D', 'Neptun-Long'],
    description: {
      de: 'Ukrainischer Marschflugkörper großer Reichweite für Landziele, aus dem Seezielflugkörper Neptun weiterentwickelt.',
      en: 'Ukrainian long-range land-attack cruise missile developed from the Neptune anti-ship missile.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'variant-of', to: 'neptune' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'palianytsia', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Paljanyzja', en: 'Palianytsia', uk: 'Паляниця' },
    aliases: ['Palyanytsia', 'Palianytsya', 'Paljanyzia'],
    description: {
      de: 'Ukrainische Raketendrohne mit Strahltriebwerk, 2024 erstmals gegen russische Ziele eingesetzt.',
      en: 'Ukrainian jet-powered missile-drone, first used against Russian targets in 2024.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'peklo', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Peklo-Raketendrohne', en: 'Peklo missile-drone', uk: 'Пекло' },
    guarded: ['Peklo'],
    cues: ['drohne', 'drone', 'raketendrohne', 'ukrain', 'strahltriebwerk', 'jet'],
    description: {
      de: 'Ukrainische Raketendrohne („Hölle“) mit Strahltriebwerk, seit 2024 gegen Ziele in Russland eingesetzt.',
      en: 'Ukrainian jet-powered missile-drone ("Hell"), used against targets in Russia since 2024.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'ruta', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Ruta-Raketendrohne', en: 'Ruta missile-drone', uk: 'Рута' },
    guarded: ['Ruta'],
    cues: ['drohne', 'drone', 'raketendrohne', 'ukrain'],
    description: {
      de: 'Ukrainische Raketendrohne, 2024 als günstiger Marschflugkörper vorgestellt.',
      en: 'Ukrainian missile-drone unveiled in 2024 as a low-cost cruise missile.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  {
    id: 'bober', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'Bober-Drohne', en: 'Bober drone', uk: 'Бобер' },
    aliases: ['UJ-26', 'UJ-26 Bober'],
    guarded: ['Bober', 'Beaver'],
    cues: ['ukrain', 'moskau', 'moscow', 'angriff', 'attack'],
    description: {
      de: 'Ukrainische Langstrecken-Angriffsdrohne („Biber“), u. a. gegen Moskau eingesetzt.',
      en: 'Ukrainian long-range attack drone ("Beaver"), used among other targets against Moscow.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  {
    id: 'fp-1', type: 'weapon', subtype: 'loitering-munition',
    names: { de: 'FP-1', en: 'FP-1' },
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
    names: { de: 'Sapsan-Rakete', en: 'Sapsan missile', uk: 'Сапсан' },
    aliases: ['Hrim-2', 'Grim-2', 'Hrim 2'],
    guarded: ['Sapsan'],
    cues: ['ukrain', 'ballist'],
    description: {
      de: 'Ukrainische ballistische Kurzstreckenrakete aus eigener Entwicklung, deren Einsatz die Ukraine 2025 meldete.',
      en: 'Ukrainian home-grown short-range ballistic missile, whose use Ukraine reported in 2025.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'short-range-ballistic-missile' }],
  },
  {
    id: 'vilkha', type: 'weapon', subtype: 'rocket-artillery',
    names: { de: 'Wilcha', en: 'Vilkha', uk: 'Вільха' },
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
    cues: ['radhaubitze', 'ukrain'],
    description: {
      de: 'Ukrainische 155-mm-Radhaubitze aus eigener Fertigung, seit 2022 im Einsatz und in Serie gebaut.',
      en: 'Ukrainian-built 155 mm wheeled howitzer, in combat since 2022 and now in series production.',
    },
    links: [{ rel: 'made-by', to: 'ukraine' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'instance-of', to: 'self-propelled-howitzer' }],
  },
  {
    id: 'stugna-p', type: 'weapon', subtype: 'missile',
    names: { de: 'Stugna-P', en: 'Stugna-P', uk: 'Стугна-П' },
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
    guarded: ['Baba Jaga', 'Baba Yaga'],
    cues: ['bomber', 'nacht', 'night', 'multikopter', 'hexacopter', 'oktokopter'],
    description: {
      de: 'Russischer Frontname für schwere ukrainische Bomber-Multikopter, die nachts Sprengkörper auf Stellungen abwerfen.',
      en: 'Russian frontline nickname for heavy Ukrainian bomber multicopters that drop munitions on positions at night.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
];
