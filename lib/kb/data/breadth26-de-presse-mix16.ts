// Twenty-sixth breadth round: a sixteenth random sample of German press reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Iran: an IRGC commander of the earlier generation, still named in portraits of the Guards' leadership.
  {
    id: 'ahmad-kazemi',
    type: 'person',
    subtype: 'military',
    names: { de: 'Ahmad Kasemi', en: 'Ahmad Kazemi', fa: 'احمد کاظمی' },
    aliases: ['Ahmad Kazemi', 'Ahmed Kazemi', 'Ahmad Kazimi', 'Ahmed Kasemi'],
    description: {
      de: 'Iranischer General der Revolutionsgarden, Kommandeur ihrer Bodentruppen; kam im Januar 2006 bei einem Flugzeugabsturz ums Leben.',
      en: 'Iranian Revolutionary Guards general who commanded the Guards\u2019 ground forces; died in a plane crash in January 2006.',
    },
    roles: [{ title: { de: 'Kommandeur der Bodentruppen der Revolutionsgarden', en: 'Commander of the IRGC Ground Forces' }, of: 'irgc-ground-forces', to: '2006-01' }],
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'irgc' }],
  },
  // Russia: local officials who report drone strikes on refineries.
  {
    id: 'roman-sinyagovsky',
    type: 'person',
    subtype: 'official',
    names: { de: 'Roman Sinjagowski', en: 'Roman Sinyagovsky', ru: 'Роман Синяговский' },
    aliases: ['Roman Siniagovskyi', 'Roman Sinyagovskiy', 'Roman Siniagovsky', 'Roman Sinjagowskij'],
    description: {
      de: 'Leiter des Slawjansker Bezirks in der südrussischen Region Krasnodar; meldet Drohnenangriffe auf die dortige Raffinerie.',
      en: 'Head of the Slavyansk district in Russia\u2019s southern Krasnodar region; reports drone strikes on the local refinery.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'related-to', to: 'slavyansk-eco-refinery' }],
  },
  // German industry: Rheinmetall subsidiaries named in reporting on deliveries to Ukraine.
  {
    id: 'rheinmetall-landsysteme',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Rheinmetall Landsysteme', en: 'Rheinmetall Landsysteme' },
    aliases: ['Rheinmetall Landsysteme GmbH', 'Rheinmetall Land Systems'],
    description: {
      de: 'Tochter von Rheinmetall für gepanzerte Fahrzeuge; kaufte etwa ausgemusterte Leopard-Panzer zur Aufbereitung für die Ukraine auf.',
      en: 'Rheinmetall subsidiary for armoured vehicles; among other things bought back retired Leopard tanks to refurbish them for Ukraine.',
    },
    links: [{ rel: 'part-of', to: 'rheinmetall' }, { rel: 'related-to', to: 'germany' }],
  },
  {
    id: 'rheinmetall-electronics',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Rheinmetall Electronics', en: 'Rheinmetall Electronics' },
    aliases: ['Rheinmetall Electronics GmbH'],
    description: {
      de: 'Bremer Tochter von Rheinmetall für Militärelektronik, Simulation und Führungssysteme.',
      en: 'Bremen-based Rheinmetall subsidiary for military electronics, simulation and command systems.',
    },
    links: [{ rel: 'part-of', to: 'rheinmetall' }, { rel: 'related-to', to: 'germany' }],
  },
  // Israel: officials and officers below minister rank.
  {
    id: 'lior-haiat',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Lior Haiat', en: 'Lior Haiat' },
    aliases: ['Lior Hayat', 'Lior Chajat'],
    description: {
      de: 'Israelischer Diplomat, Sprecher des Außenministeriums unter anderem zu Beginn des Gaza-Kriegs im Oktober 2023.',
      en: 'Israeli diplomat, spokesperson of the foreign ministry, including at the start of the Gaza war in October 2023.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'israeli-foreign-ministry' }],
  },
  {
    id: 'itai-veruv',
    type: 'person',
    subtype: 'military',
    names: { de: 'Itai Veruv', en: 'Itai Veruv' },
    aliases: ['Itai Virov', 'Itay Veruv', 'Itai Viruv'],
    description: {
      de: 'Israelischer General, früher Kommandeur der Kfir-Brigade, danach in höheren Führungsämtern des Heeres.',
      en: 'Israeli general, formerly commander of the Kfir Brigade and later in senior army command posts.',
    },
    roles: [{ title: { de: 'Kommandeur der Kfir-Brigade', en: 'Commander of the Kfir Brigade' }, of: 'kfir-brigade' }],
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'idf' }],
  },
  // South Korea: presidential staff quoted on North Korea.
  {
    id: 'yoon-do-han',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Yoon Do-han', en: 'Yoon Do-han', ko: '윤도한' },
    aliases: ['Yun Do-han', 'Yoon Do Han'],
    description: {
      de: 'Früherer Fernsehjournalist, unter Präsident Moon Jae-in Chefsekretär für Kommunikation im Präsidialamt und dessen Stimme gegenüber Nordkorea.',
      en: 'Former television journalist who served President Moon Jae-in as senior secretary for public communication and voiced the presidential office\u2019s replies to North Korea.',
    },
    links: [{ rel: 'citizen-of', to: 'south-korea' }, { rel: 'member-of', to: 'south-korean-presidential-office' }],
  },
];
