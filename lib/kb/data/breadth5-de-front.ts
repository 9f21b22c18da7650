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
  // ── Media ──────────────────────────────────────────────────────────────────────────────────
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
