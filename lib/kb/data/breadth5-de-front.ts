// Fifth breadth round: entities met in the German press on the war in Ukraine, 2025-2026.
import type { Entity } from '../types';

const PRESS_CUES = ['zeitung', 'newspaper', 'blatt', 'magazin', 'interview', 'berichtet', 'berichtete', 'reported', 'schreibt', 'schrieb', 'writes', 'wrote', 'zitiert', 'quoted'];

export const entities: Entity[] = [
  // ── Ukraine: units ─────────────────────────────────────────────────────────────────────────
  {
    id: 'ua-117th-territorial-defence-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '117. Territorialverteidigungsbrigade', en: '117th Territorial Defence Brigade', uk: '117-та окрема бригада територіальної оборони' },
    aliases: [
      '117. Brigade', '117th Brigade', '117. Brigade der Territorialverteidigung', '117th Separate Territorial Defence Brigade',
      '117th Territorial Defense Brigade', '117th Separate Territorial Defense Brigade', '117th TDF Brigade', '117. Territorialverteidigungs-Brigade',
    ],
    description: {
      de: 'Brigade der ukrainischen Territorialverteidigung aus dem Gebiet Sumy; ihre Ordensverleihung in Sumy fiel im April 2025 mit dem russischen Raketenangriff auf das Stadtzentrum zusammen.',
      en: 'Brigade of Ukraine’s territorial defence raised in the Sumy region; its award ceremony in Sumy coincided with the Russian missile strike on the city centre in April 2025.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-territorial-defence-forces' }],
  },
  {
    id: 'ua-14th-uav-regiment',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '14. Regiment unbemannter Luftfahrtsysteme', en: '14th Unmanned Aircraft Systems Regiment', uk: '14-й окремий полк безпілотних авіаційних комплексів' },
    aliases: [
      '14th Separate Regiment of Unmanned Aircraft Systems', '14th Separate Unmanned Aircraft Systems Regiment', '14th UAV Regiment', '14th Drone Regiment',
      '14. Drohnenregiment', '14. Separates Regiment unbemannter Luftfahrtsysteme', '14th Unmanned Systems Regiment', '14. Regiment der Drohnentruppen',
    ],
    description: {
      de: 'Drohnenregiment der ukrainischen Truppen unbemannter Systeme, das Langstreckenangriffe auf russische Öl- und Militäranlagen fliegt, etwa 2025 auf die Pumpstation Unetscha der Druschba-Pipeline.',
      en: 'Drone regiment of Ukraine’s Unmanned Systems Forces that flies long-range strikes on Russian oil and military sites, such as the 2025 strike on the Unecha pumping station of the Druzhba pipeline.',
    },
    links: [{ rel: 'part-of', to: 'unmanned-systems-forces' }],
  },
  {
    id: 'ua-109th-territorial-defence-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '109. Territorialverteidigungsbrigade', en: '109th Territorial Defence Brigade', uk: '109-та окрема бригада територіальної оборони' },
    aliases: ['109. Brigade', '109th Brigade', '109th Separate Territorial Defence Brigade', '109th Territorial Defense Brigade', '109th Separate Territorial Defense Brigade', '109th TDF Brigade', '109. Brigade der Territorialverteidigung', '109. Territorialverteidigungs-Brigade'],
    description: {
      de: 'Brigade der ukrainischen Territorialverteidigung, 2018 im Gebiet Donezk aufgestellt; verteidigte 2022 Mariupol mit.',
      en: 'Brigade of Ukraine’s territorial defence, formed in 2018 in the Donetsk region; it took part in the defence of Mariupol in 2022.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-territorial-defence-forces' }],
  },
  {
    id: 'ua-111th-territorial-defence-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '111. Territorialverteidigungsbrigade', en: '111th Territorial Defence Brigade', uk: '111-та окрема бригада територіальної оборони' },
    aliases: ['111. Brigade', '111th Brigade', '111th Separate Territorial Defence Brigade', '111th Territorial Defense Brigade', '111th Separate Territorial Defense Brigade', '111th TDF Brigade', '111. Brigade der Territorialverteidigung', '111. Territorialverteidigungs-Brigade'],
    description: {
      de: 'Brigade der ukrainischen Territorialverteidigung, 2018 im Gebiet Luhansk aufgestellt; kämpfte später im Raum Torezk.',
      en: 'Brigade of Ukraine’s territorial defence, formed in 2018 in the Luhansk region and later fought around Toretsk.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-territorial-defence-forces' }],
  },
  {
    id: 'ua-112th-territorial-defence-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '112. Territorialverteidigungsbrigade', en: '112th Territorial Defence Brigade', uk: '112-та окрема бригада територіальної оборони' },
    aliases: ['112th Separate Territorial Defence Brigade', '112th Territorial Defense Brigade', '112th Separate Territorial Defense Brigade', '112th TDF Brigade', '112. Brigade der Territorialverteidigung', '112. Territorialverteidigungs-Brigade'],
    description: {
      de: 'Brigade der ukrainischen Territorialverteidigung, 2018 in der Hauptstadt Kiew aufgestellt.',
      en: 'Brigade of Ukraine’s territorial defence, formed in 2018 in the capital Kyiv.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-territorial-defence-forces' }],
  },
  {
    id: 'ua-113th-territorial-defence-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '113. Territorialverteidigungsbrigade', en: '113th Territorial Defence Brigade', uk: '113-та окрема бригада територіальної оборони' },
    aliases: ['113. Brigade', '113th Brigade', '113th Separate Territorial Defence Brigade', '113th Territorial Defense Brigade', '113th Separate Territorial Defense Brigade', '113th TDF Brigade', '113. Brigade der Territorialverteidigung', '113. Territorialverteidigungs-Brigade'],
    description: {
      de: 'Brigade der ukrainischen Territorialverteidigung, 2018 im Gebiet Charkiw aufgestellt; beteiligt an der Charkiw-Gegenoffensive 2022.',
      en: 'Brigade of Ukraine’s territorial defence, formed in 2018 in the Kharkiv region and took part in the 2022 Kharkiv counter-offensive.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-territorial-defence-forces' }],
  },
  // ── Media ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ekonomichna-pravda',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Ekonomitschna Prawda', en: 'Ekonomichna Pravda', uk: 'Економічна правда' },
    aliases: ['Ekonomitschna Pravda', 'Jekonomitschna Prawda', 'Ekonomichna Pravda', 'Economichna Pravda', 'Economic Pravda', 'epravda.com.ua'],
    description: {
      de: 'Ukrainisches Wirtschafts-Onlineportal aus der Gruppe der Ukrajinska Prawda; berichtet unter anderem über Angriffe auf die Energie- und Gasinfrastruktur.',
      en: 'Ukrainian business news site in the Ukrainska Pravda group; reports among other things on attacks on energy and gas infrastructure.',
    },
    links: [{ rel: 'related-to', to: 'ukrainska-pravda' }, { rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'kleine-zeitung',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Kleine Zeitung', en: 'Kleine Zeitung' },
    guarded: ['Kleine Zeitung'],
    cues: [...PRESS_CUES, 'graz', 'kärnten', 'steiermark', 'österreich', 'austria'],
    description: {
      de: 'Österreichische Regionaltageszeitung aus Graz mit Ausgaben für die Steiermark und Kärnten.',
      en: 'Austrian regional daily newspaper based in Graz, with editions for Styria and Carinthia.',
    },
  },
];
