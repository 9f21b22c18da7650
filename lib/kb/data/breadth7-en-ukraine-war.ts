// Seventh breadth round: entities met in the English press on the war in Ukraine: commanders, units, drone forces and makers on both sides, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── Ukrainian makers and their subsidiaries ─────────────────────────────────
  {
    id: 'skyeton',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Skyeton', en: 'Skyeton', uk: 'Скайетон' },
    description: {
      de: 'Ukrainischer Drohnenhersteller, baut die per Katapult gestartete Aufklärungs- und Angriffsdrohne Raybird (ACS-3).',
      en: 'Ukrainian drone maker that builds the catapult-launched Raybird (ACS-3) reconnaissance and strike drone.',
    },
    links: [{ rel: 'related-to', to: 'raybird' }, { rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'fprt',
    type: 'organization',
    subtype: 'company',
    names: { de: 'FPRT', en: 'FPRT' },
    acronyms: ['FPRT'],
    description: {
      de: 'Dänische Tochter des ukrainischen Herstellers Fire Point, die beim Luftwaffenstützpunkt Skrydstrup Festtreibstoff für den Marschflugkörper Flamingo herstellen soll.',
      en: 'Danish subsidiary of the Ukrainian maker Fire Point, set up near Skrydstrup air base to make solid fuel for the Flamingo cruise missile.',
    },
    links: [{ rel: 'part-of', to: 'fire-point' }, { rel: 'related-to', to: 'flamingo' }],
  },
  {
    id: 'tencore',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Tencore', en: 'Tencore', uk: 'Тенкор' },
    description: {
      de: 'Ukrainischer Hersteller unbemannter Bodenfahrzeuge, darunter der Transport- und Evakuierungsroboter TerMIT.',
      en: 'Ukrainian maker of uncrewed ground vehicles, among them the TerMIT cargo and evacuation robot.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'ukrainian-armor',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Ukrainian Armor', en: 'Ukrainian Armor', uk: 'Українська бронетехніка' },
    aliases: ['Ukrainska Bronetekhnika'],
    description: {
      de: 'Privater ukrainischer Rüstungsbetrieb, der Radschützenpanzer wie den Novator und Mörser herstellt.',
      en: 'Private Ukrainian arms maker that builds wheeled armoured vehicles such as the Novator, and mortars.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'athlon-avia',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Athlon Avia', en: 'Athlon Avia', uk: 'Атлон Авіа' },
    aliases: ['Athlon-Avia'],
    description: {
      de: 'Ukrainischer Hersteller der Aufklärungsdrohne Furia, die seit 2014 an der Front eingesetzt wird.',
      en: 'Ukrainian maker of the Furia reconnaissance drone, flown at the front since 2014.',
    },
    links: [{ rel: 'related-to', to: 'furia-drone' }, { rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'swarmer',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Swarmer', en: 'Swarmer' },
    guarded: ['Swarmer'],
    cues: ['drohn', 'drone', 'schwarm', 'swarm', 'startup', 'start-up', 'software', 'ukrain', 'autonom'],
    description: {
      de: 'Ukrainisches Start-up, das Software zur Steuerung ganzer Drohnenschwärme durch einen Bediener entwickelt.',
      en: 'Ukrainian start-up writing software that lets one operator control a swarm of drones.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'the-fourth-law',
    type: 'organization',
    subtype: 'company',
    names: { de: 'The Fourth Law (Drohnenfirma)', en: 'The Fourth Law (drone company)' },
    guarded: ['The Fourth Law'],
    cues: ['drohn', 'drone', 'fpv', 'start-up', 'startup', 'autonom', 'ukrain', 'firma', 'company', 'modul', 'module'],
    description: {
      de: 'Ukrainisches Rüstungs-Start-up für Autonomie von Kampfdrohnen, bekannt für ein Modul zur selbsttätigen Zielführung im Endanflug.',
      en: 'Ukrainian defence start-up for drone autonomy, known for a module that guides an FPV drone on its own in the final approach.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },

  // ── Ukrainian officials, commanders and units ───────────────────────────────
  {
    id: 'andrii-sozanskyi',
    type: 'person',
    subtype: 'official',
    names: { de: 'Andrij Sosanskyj', en: 'Andrii Sozanskyi', uk: 'Андрій Созанський' },
    aliases: ['Andriy Sozanskyi', 'Andrii Sozansky', 'Andriy Sozansky'],
    description: {
      de: 'Exekutivdirektor der ukrainischen Beschaffungsagentur für nicht-tödliche Güter (DOT); führte sie 2025 kommissarisch.',
      en: 'Executive director of Ukraine’s agency for non-lethal military supplies (DOT); its acting head in 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'state-rear-operator' }],
  },
  {
    id: 'yuriy-halushkin',
    type: 'person',
    subtype: 'military',
    names: { de: 'Jurij Haluschkin', en: 'Yuriy Halushkin', uk: 'Юрій Галушкін' },
    aliases: ['Yurii Halushkin', 'Juri Haluschkin', 'Yuri Halushkin', 'Yuriy Galushkin'],
    description: {
      de: 'Ukrainischer Brigadegeneral, früherer Kommandeur der operativ-taktischen Gruppe Charkiw; 2025 wegen der Verteidigung der Region Charkiw im Mai 2024 angeklagt.',
      en: 'Ukrainian brigadier general, former commander of the Kharkiv operational-tactical group; charged in 2025 over the defence of Kharkiv region in May 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'artur-horbenko',
    type: 'person',
    subtype: 'military',
    names: { de: 'Artur Horbenko', en: 'Artur Horbenko', uk: 'Артур Горбенко' },
    aliases: ['Arthur Horbenko', 'Arthur Gorbenko', 'Artur Gorbenko'],
    description: {
      de: 'Ukrainischer Generalleutnant, früherer Kommandeur der 125. Territorialverteidigungsbrigade; 2025 wegen der Verluste in der Region Charkiw im Mai 2024 angeklagt.',
      en: 'Ukrainian lieutenant general, former commander of the 125th Territorial Defence Brigade; charged in 2025 over the losses in Kharkiv region in May 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'ukrainian-territorial-defence-forces' }],
  },
  {
    id: 'illia-lapin',
    type: 'person',
    subtype: 'military',
    names: { de: 'Illja Lapin', en: 'Illia Lapin', uk: 'Ілля Лапін' },
    aliases: ['Illya Lapin', 'Ilya Lapin', 'Illia Lapyin'],
    description: {
      de: 'Ukrainischer Oberst, früherer Kommandeur des 415. Bataillons; 2025 zusammen mit zwei Generälen wegen der Verteidigung der Region Charkiw festgenommen.',
      en: 'Ukrainian colonel, former commander of the 415th battalion; detained in 2025 with two generals over the defence of Kharkiv region.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'oleksandr-bukatar',
    type: 'person',
    subtype: 'military',
    names: { de: 'Oleksandr Bukatar', en: 'Oleksandr Bukatar', uk: 'Олександр Букатар' },
    aliases: ['Olexandr Bukatar'],
    description: {
      de: 'Kommandeur der 15. Brigade „Kara-Dag“ der ukrainischen Nationalgarde, die bei Kupjansk kämpft; Rufname „Bilyj“.',
      en: 'Commander of the 15th “Kara-Dag” Brigade of Ukraine’s National Guard, fighting near Kupiansk; call sign “Bilyi”.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'leads', to: 'kara-dag-brigade' }],
  },
  {
    id: 'ihor-obolenskyi',
    type: 'person',
    subtype: 'military',
    names: { de: 'Ihor Obolenskyj', en: 'Ihor Obolenskyi', uk: 'Ігор Оболенський' },
    aliases: ['Ihor Obolensky', 'Igor Obolensky', 'Igor Obolenskyi', 'Ihor Obolenskyy'],
    description: {
      de: 'Ukrainischer Offizier, Kommandeur von „Chartija“; seit 2025 an der Spitze des daraus gebildeten 2. Korps der Nationalgarde.',
      en: 'Ukrainian officer, commander of Khartiia; since 2025 head of the National Guard’s 2nd Corps formed from it.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'leads', to: 'khartiia-brigade' }],
  },
  {
    id: 'darknode-battalion',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Bataillon Darknode', en: 'Darknode battalion' },
    aliases: ['Darknode Battalion', 'Darknode-Bataillon', 'Darknode'],
    description: {
      de: 'Drohnenbataillon der ukrainischen Brigade „Nemesis“, das mit Abfangdrohnen russische Shahed-Drohnen bekämpft.',
      en: 'Drone battalion of Ukraine’s Nemesis brigade that hunts Russian Shahed drones with interceptor drones.',
    },
    links: [{ rel: 'part-of', to: '412th-nemesis-brigade' }],
  },
  {
    id: 'ukrainian-witness',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Ukrainian Witness', en: 'Ukrainian Witness', uk: 'Український свідок' },
    description: {
      de: 'Ukrainisches Medienprojekt, das Reportagen und Videos von der Front und aus dem Kriegsalltag veröffentlicht.',
      en: 'Ukrainian media project publishing reports and videos from the front and from life in wartime.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },

  // ── Russian forces, officials and institutions ──────────────────────────────
  {
    id: 'russian-unmanned-systems-troops',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Russische Truppen unbemannter Systeme', en: 'Russian Unmanned Systems Troops', ru: 'Войска беспилотных систем' },
    aliases: ['Unmanned Systems Troops', 'Russian Unmanned Systems Forces', 'Unmanned Systems Forces of Russia', 'russische Drohnentruppe', 'russische Drohnentruppen', 'Войска беспилотных систем ВС РФ'],
    description: {
      de: 'Teilstreitkraft der russischen Armee für Drohnen, 2025 nach ukrainischem Vorbild geschaffen.',
      en: 'Branch of Russia’s armed forces for drone warfare, set up in 2025 after the Ukrainian model.',
    },
    links: [{ rel: 'part-of', to: 'russian-armed-forces' }],
  },
  {
    id: 'sergei-ishtuganov',
    type: 'person',
    subtype: 'military',
    names: { de: 'Sergej Ischtuganow', en: 'Sergei Ishtuganov', ru: 'Сергей Иштуганов' },
    aliases: ['Sergey Ishtuganov', 'Sergej Ischtuganow', 'Ishtuganov', 'Ischtuganow'],
    description: {
      de: 'Russischer Oberstleutnant, stellvertretender Chef der 2025 geschaffenen Truppen unbemannter Systeme.',
      en: 'Russian lieutenant colonel, deputy head of the Unmanned Systems Troops created in 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-unmanned-systems-troops' }],
  },
  {
    id: 'alexander-sanchik',
    type: 'person',
    subtype: 'military',
    names: { de: 'Alexander Santschik', en: 'Alexander Sanchik', ru: 'Александр Санчик' },
    aliases: ['Aleksandr Sanchik', 'Alexandr Sanchik', 'Sanchik', 'Santschik'],
    description: {
      de: 'Russischer Generaloberst, führte ab Herbst 2024 die Heeresgruppe „Süd“ in der Ukraine; im November 2025 zum Vize-Verteidigungsminister ernannt.',
      en: 'Russian colonel general who led the “South” group of forces in Ukraine from autumn 2024; made deputy defence minister in November 2025.',
    },
    roles: [
      { title: { de: 'Kommandeur der Heeresgruppe Süd', en: 'Commander of the South Group of Forces' }, of: 'group-of-forces-yug', from: '2024', to: '2025-11' },
      { title: { de: 'Stellvertretender Verteidigungsminister', en: 'Deputy Defence Minister' }, of: 'russian-defence-ministry', from: '2025-11' },
    ],
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-armed-forces' }],
  },
  {
    id: 'storm-v',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Storm-V', en: 'Storm-V', ru: 'Шторм-V' },
    aliases: ['Shtorm-V', 'Storm V', 'Schtorm-W', 'Storm-V units', 'Шторм-В'],
    description: {
      de: 'Russische Sturmeinheiten aus angeworbenen Häftlingen und bestraften Soldaten, Nachfolger von Storm-Z.',
      en: 'Russian assault units of recruited convicts and punished soldiers, successor to Storm-Z.',
    },
    links: [{ rel: 'part-of', to: 'russian-armed-forces' }, { rel: 'related-to', to: 'storm-z' }],
  },
  {
    id: 'krasnaya-zvezda',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Krasnaja Swesda', en: 'Krasnaya Zvezda', ru: 'Красная звезда' },
    aliases: ['Krasnaja Swjesda', 'Krasnaya Zvezda newspaper', 'Krasnaïa Zvezda'],
    description: {
      de: 'Zeitung des russischen Verteidigungsministeriums, veröffentlicht amtliche Mitteilungen und Nachrufe der Armee.',
      en: 'Newspaper of the Russian defence ministry, which prints the army’s official notices and obituaries.',
    },
    links: [{ rel: 'part-of', to: 'russian-defence-ministry' }],
  },
  {
    id: 'ignat-kuzin',
    type: 'person',
    names: { de: 'Ignat Kusin', en: 'Ignat Kuzin', ru: 'Игнат Кузин' },
    aliases: ['Ignat Kusin'],
    description: {
      de: 'Vom FSB festgenommener Verdächtiger im Mord an General Jaroslaw Moskalik durch eine Autobombe bei Moskau im April 2025.',
      en: 'Suspect detained by the FSB over the car-bomb killing of General Yaroslav Moskalik near Moscow in April 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'related-to', to: 'yaroslav-moskalik' }],
  },
  {
    id: 'rustem-nuriyev',
    type: 'person',
    subtype: 'official',
    names: { de: 'Rustem Nurijew', en: 'Rustem Nuriyev', ru: 'Рустем Нуриев' },
    aliases: ['Rustem Nuriev', 'Rustem Nurijew'],
    description: {
      de: 'Leiter des Bezirks Jelabuga in Tatarstan, in dem das Drohnenwerk Alabuga liegt; äußert sich zu ukrainischen Angriffen darauf.',
      en: 'Head of Yelabuga district in Tatarstan, home of the Alabuga drone plant; comments on Ukrainian strikes on it.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'related-to', to: 'alabuga' }],
  },
  {
    id: 'trilateral-contact-group',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Trilaterale Kontaktgruppe', en: 'Trilateral Contact Group', ru: 'Трёхсторонняя контактная группа', uk: 'Тристороння контактна група' },
    aliases: ['Minsk Contact Group', 'Trilateral Contact Group on Ukraine', 'Minsker Kontaktgruppe', 'Trilaterale Kontaktgruppe für die Ukraine'],
    description: {
      de: 'Verhandlungsrunde aus der Ukraine, Russland und der OSZE, die 2014–2022 in Minsk über den Krieg im Donbas sprach.',
      en: 'Negotiating forum of Ukraine, Russia and the OSCE that met in Minsk on the Donbas war from 2014 to 2022.',
    },
    links: [{ rel: 'related-to', to: 'osce' }],
  },
];
