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
  // Russia in Africa: the paramilitary unit that guarded Burkina Faso's junta in 2024.
  {
    id: 'bear-brigade',
    type: 'organization',
    subtype: 'armed-group',
    names: { de: 'Bären-Brigade', en: 'Bear Brigade' },
    aliases: ['Bears Brigade', 'Bear-Brigade', 'Bären Brigade', 'Brigade Bär', 'Medvedi-Brigade', 'Medwedi-Brigade', 'PMC Medvedi', 'PMC Bear', 'Söldnergruppe Medwedi'],
    guarded: ['Medvedi', 'Medwedi'],
    cues: ['brigade', 'söldner', 'mercenar', 'paramilit', 'burkina', 'traoré', 'traore', 'krim', 'crimea', 'jermolajew', 'yermolaev', 'redut', 'pmc'],
    description: {
      de: 'Russische paramilitärische Einheit mit Basis auf der besetzten Krim, Teil des Redut-Verbunds; schützte 2024 die Junta in Burkina Faso und wurde nach dem ukrainischen Vorstoß nach Kursk zurückgeholt.',
      en: 'Russian paramilitary unit based in occupied Crimea and part of the Redut network; guarded Burkina Faso\u2019s junta in 2024 and was recalled after Ukraine\u2019s push into Kursk.',
    },
    links: [{ rel: 'related-to', to: 'redut-pmc' }, { rel: 'related-to', to: 'russian-defence-ministry' }, { rel: 'related-to', to: 'burkina-faso' }, { rel: 'related-to', to: 'russia' }],
  },
  {
    id: 'viktor-yermolaev',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Viktor Jermolajew', en: 'Viktor Yermolaev', ru: 'Виктор Ермолаев' },
    aliases: ['Viktor Ermolayev', 'Viktor Yermolayev', 'Viktor Ermolaev', 'Wiktor Jermolajew'],
    description: {
      de: 'Kommandeur der russischen Bären-Brigade, Kampfname „Jedi“; früher Fallschirmjäger.',
      en: 'Commander of Russia\u2019s Bear Brigade, call sign “Jedi”; a former airborne soldier.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'leads', to: 'bear-brigade' }],
  },
  // Iran: Guards officers and diplomats named in reports on the war with Israel and on the region.
  {
    id: 'muslim-shahdan',
    type: 'person',
    subtype: 'military',
    names: { de: 'Muslim Schahdan', en: 'Muslim Shahdan' },
    aliases: ['Moslem Shahdan', 'Muslim Shahdan', 'Moslem Schahdan'],
    description: {
      de: 'Offizier der Revolutionsgarden, der im November 2020 laut irakischen Quellen an der syrisch-irakischen Grenze durch eine Drohne getötet wurde; Teheran sprach von Falschmeldungen.',
      en: 'Revolutionary Guards officer reported by Iraqi sources killed by a drone on the Syrian-Iraqi border in November 2020; Tehran called the reports fake.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'irgc' }],
  },
  {
    id: 'ali-asghar-khaji',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Ali Asghar Chadschi', en: 'Ali Asghar Khaji', fa: 'علی‌اصغر خاجی' },
    aliases: ['Ali Asghar Khaji', 'Ali-Asghar Khaji', 'Ali Asghar Hadschi', 'Ali Asghar Khadschi'],
    description: {
      de: 'Iranischer Diplomat, hoher Berater des Außenministers für Sonderaufgaben; leitete Irans Delegation bei den Astana-Gesprächen über Syrien.',
      en: 'Iranian diplomat, senior adviser to the foreign minister for special political affairs; headed Iran\u2019s delegation at the Astana talks on Syria.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'iranian-foreign-ministry' }],
  },
  {
    id: 'mohsen-baharvand',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Mohsen Baharwand', en: 'Mohsen Baharvand', fa: 'محسن بهاروند' },
    aliases: ['Mohsen Baharvand', 'Mohsen Baharwand'],
    description: {
      de: 'Iranischer Diplomat, 2021 bis Anfang 2022 Botschafter in London, zuvor Vize-Außenminister für Rechts- und internationale Angelegenheiten; nach einem Empfang ohne Kopftuchpflicht abberufen.',
      en: 'Iranian diplomat, ambassador in London from 2021 to early 2022 and before that deputy foreign minister for legal and international affairs; recalled over an embassy reception without hijab rules.',
    },
    roles: [{ title: { de: 'Botschafter Irans in Großbritannien', en: 'Ambassador of Iran to the United Kingdom' }, of: 'iranian-foreign-ministry', from: '2021', to: '2022-02' }],
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'iranian-foreign-ministry' }],
  },
  {
    id: 'reza-amiri-moghadam',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Resa Amiri Moghadam', en: 'Reza Amiri Moghadam', fa: 'رضا امیری مقدم' },
    aliases: ['Reza Amiri Moghaddam', 'Reza Amiri-Moghadam', 'Resa Amiri Moghaddam'],
    description: {
      de: 'Iranischer Botschafter in Pakistan; Islamabad verweigerte ihm nach den gegenseitigen Luftangriffen im Januar 2024 vorübergehend die Rückkehr.',
      en: 'Iran\u2019s ambassador to Pakistan; Islamabad briefly barred his return after the tit-for-tat air strikes of January 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'iranian-foreign-ministry' }, { rel: 'related-to', to: 'pakistan' }],
  },
];
