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
  // Rheinmetall's foreign subsidiaries and joint ventures, named in reporting on ammunition and vehicles for Ukraine.
  {
    id: 'rheinmetall-denel-munition',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Rheinmetall Denel Munition', en: 'Rheinmetall Denel Munition' },
    aliases: ['Rheinmetall-Denel-Munition', 'Rheinmetall Denel Munition (Pty) Ltd'],
    acronyms: ['RDM'],
    description: {
      de: 'Südafrikanisches Gemeinschaftsunternehmen von Rheinmetall und Denel für Munition; Südafrika blockierte 2022 die Weitergabe dort gefertigter Gepard-Munition an die Ukraine.',
      en: 'South African ammunition joint venture of Rheinmetall and Denel; in 2022 South Africa blocked the transfer of Gepard ammunition made there to Ukraine.',
    },
    links: [{ rel: 'part-of', to: 'rheinmetall' }, { rel: 'related-to', to: 'denel' }, { rel: 'related-to', to: 'gepard' }, { rel: 'related-to', to: 'south-africa' }],
  },
  {
    id: 'denel',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Denel', en: 'Denel' },
    aliases: ['Denel SOC', 'Denel Dynamics', 'Denel Land Systems'],
    description: {
      de: 'Staatlicher südafrikanischer Rüstungskonzern, Minderheitspartner von Rheinmetall bei Rheinmetall Denel Munition.',
      en: 'South African state-owned arms manufacturer, minority partner of Rheinmetall in Rheinmetall Denel Munition.',
    },
    links: [{ rel: 'related-to', to: 'south-africa' }, { rel: 'related-to', to: 'rheinmetall-denel-munition' }],
  },
  {
    id: 'rheinmetall-hungary',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Rheinmetall Hungary', en: 'Rheinmetall Hungary' },
    aliases: ['Rheinmetall Hungary Zrt.', 'Rheinmetall Ungarn'],
    description: {
      de: 'Ungarisches Gemeinschaftsunternehmen von Rheinmetall und dem ungarischen Staat, baut in Zalaegerszeg den Schützenpanzer Lynx.',
      en: 'Hungarian joint venture of Rheinmetall and the Hungarian state that builds the Lynx infantry fighting vehicle in Zalaegerszeg.',
    },
    links: [{ rel: 'part-of', to: 'rheinmetall' }, { rel: 'related-to', to: 'hungary' }],
  },
  {
    id: 'rheinmetall-italia',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Rheinmetall Italia', en: 'Rheinmetall Italia' },
    aliases: ['Rheinmetall Italia S.p.A.', 'Rheinmetall Italien'],
    description: {
      de: 'Italienische Tochter von Rheinmetall mit Sitz bei Rom, vor allem für Flugabwehr- und Radarsysteme.',
      en: 'Italian Rheinmetall subsidiary based near Rome, mainly for air-defence and radar systems.',
    },
    links: [{ rel: 'part-of', to: 'rheinmetall' }, { rel: 'related-to', to: 'italy' }],
  },
  {
    id: 'american-rheinmetall',
    type: 'organization',
    subtype: 'company',
    names: { de: 'American Rheinmetall', en: 'American Rheinmetall' },
    aliases: ['American Rheinmetall Vehicles', 'American Rheinmetall Defense', 'American Rheinmetall Munitions'],
    description: {
      de: 'US-Tochter von Rheinmetall, bewirbt sich um Aufträge der US-Armee für Fahrzeuge und Munition.',
      en: 'US subsidiary of Rheinmetall that competes for US Army vehicle and ammunition contracts.',
    },
    links: [{ rel: 'part-of', to: 'rheinmetall' }, { rel: 'related-to', to: 'united-states' }],
  },
  {
    id: 'rheinmetall-bae-systems-land',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Rheinmetall BAE Systems Land', en: 'Rheinmetall BAE Systems Land' },
    aliases: ['Rheinmetall BAE Systems Land Ltd'],
    acronyms: ['RBSL'],
    description: {
      de: 'Britisches Gemeinschaftsunternehmen von Rheinmetall und BAE Systems für Landfahrzeuge, Hersteller des Kampfpanzers Challenger 3.',
      en: 'British land-systems joint venture of Rheinmetall and BAE Systems, maker of the Challenger 3 main battle tank.',
    },
    links: [{ rel: 'part-of', to: 'rheinmetall' }, { rel: 'related-to', to: 'bae-systems' }, { rel: 'related-to', to: 'united-kingdom' }],
  },
  {
    id: 'rheinmetall-defence-australia',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Rheinmetall Defence Australia', en: 'Rheinmetall Defence Australia' },
    aliases: ['Rheinmetall Defence Australia Pty Ltd', 'Rheinmetall Australien'],
    description: {
      de: 'Australische Tochter von Rheinmetall mit Fahrzeugwerk bei Brisbane; baut Boxer-Radpanzer, auch für die Bundeswehr.',
      en: 'Australian Rheinmetall subsidiary with a vehicle plant near Brisbane; builds Boxer armoured vehicles, including for the Bundeswehr.',
    },
    links: [{ rel: 'part-of', to: 'rheinmetall' }, { rel: 'related-to', to: 'australia' }],
  },
  {
    id: 'hensoldt-optronics',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Hensoldt Optronics', en: 'Hensoldt Optronics' },
    aliases: ['Hensoldt Optronics GmbH'],
    description: {
      de: 'Tochter von Hensoldt in Oberkochen für militärische Optik, Periskope und Zielgeräte.',
      en: 'Hensoldt subsidiary in Oberkochen for military optics, periscopes and sights.',
    },
    links: [{ rel: 'part-of', to: 'hensoldt' }, { rel: 'related-to', to: 'germany' }],
  },
];
