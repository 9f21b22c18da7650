// Fifth breadth round: entities met in the English press on Israel, Gaza, Lebanon, Syria and Iran, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // West Bank: Palestinian local officials
  {
    id: 'abdullah-kamil',
    type: 'person',
    subtype: 'official',
    names: { de: 'Abdullah Kamil', en: 'Abdullah Kamil', ar: 'عبد الله كميل' },
    aliases: ['Abdallah Kamil', 'Abdullah Kmeil', 'Abdallah Kmeil'],
    description: {
      de: 'Gouverneur von Tulkarem für die Palästinensische Autonomiebehörde; äußerte sich 2025 zu den israelischen Militäreinsätzen im Westjordanland.',
      en: 'Palestinian Authority governor of Tulkarm, who spoke for the city during the 2025 Israeli military operations in the northern West Bank.',
    },
    links: [{ rel: 'citizen-of', to: 'palestine' }, { rel: 'member-of', to: 'palestinian-authority' }],
  },
  {
    id: 'mohammed-jarrar',
    type: 'person',
    subtype: 'official',
    names: { de: 'Mohammed Dscharrar', en: 'Mohammed Jarrar', ar: 'محمد جرار' },
    aliases: ['Mohammed Jerar', 'Mohammad Jarrar', 'Muhammad Jarrar', 'Mohammed Jarar'],
    description: {
      de: 'Bürgermeister von Dschenin im Westjordanland; rief während der israelischen Militäroperation 2025 zu internationalem Eingreifen auf.',
      en: 'Mayor of Jenin in the West Bank, who called for international intervention during the 2025 Israeli military operation there.',
    },
    links: [{ rel: 'citizen-of', to: 'palestine' }],
  },
  // Knesset
  {
    id: 'moshe-solomon',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Moshe Solomon', en: 'Moshe Solomon', he: 'משה סולומון' },
    aliases: ['Mosche Solomon'],
    description: {
      de: 'Knesset-Abgeordneter der Partei Religiöser Zionismus; lehnte 2025 den Entwurf des Wehrpflichtgesetzes für Ultraorthodoxe ab.',
      en: 'Knesset member for the Religious Zionism party who opposed the 2025 draft bill on ultra-Orthodox conscription.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'religious-zionism' }],
  },
  // IDF: staff, divisions and brigades
  {
    id: 'idf-manpower-directorate',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Personaldirektorat der israelischen Armee', en: 'IDF Manpower Directorate' },
    aliases: ['Manpower Directorate', 'IDF Personnel Directorate', 'Personnel Directorate of the IDF'],
    description: {
      de: 'Direktorat des israelischen Generalstabs für Personal, Einberufung und Wehrpflicht, auch für die Rekrutierung Ultraorthodoxer zuständig.',
      en: 'General Staff directorate of the Israeli army in charge of personnel, call-ups and conscription, including the drafting of ultra-Orthodox men.',
    },
    links: [{ rel: 'part-of', to: 'idf' }],
  },
  {
    id: 'dado-bar-kalifa',
    type: 'person',
    subtype: 'military',
    names: { de: 'Dado Bar Kalifa', en: 'Dado Bar Kalifa', he: 'דדו בר כליפא' },
    aliases: ['Dado Bar-Kalifa', 'David Bar Kalifa', 'David Bar-Kalifa', 'Dado Bar Khalifa', 'David Bar Khalifa'],
    description: {
      de: 'Generalmajor der israelischen Armee, Leiter des Personaldirektorats im Gaza-Krieg.',
      en: 'Israeli army major general heading the Manpower Directorate during the Gaza war.',
    },
    roles: [{ title: { de: 'Leiter des Personaldirektorats', en: 'Head of the Manpower Directorate' }, of: 'idf-manpower-directorate' }],
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'leads', to: 'idf-manpower-directorate' }, { rel: 'member-of', to: 'idf' }],
  },
  {
    id: 'moran-omer',
    type: 'person',
    subtype: 'military',
    names: { de: 'Moran Omer', en: 'Moran Omer', he: 'מורן עומר' },
    description: {
      de: 'Brigadegeneral der israelischen Armee, 2025 Kommandeur der 36. Division bei der Offensive auf Gaza-Stadt.',
      en: 'Israeli army brigadier general who commanded the 36th Division during the 2025 offensive on Gaza City.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'idf-36th-division' }],
  },
  {
    id: 'idf-16th-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '16. Reserve-Infanteriebrigade', en: '16th Reserve Infantry Brigade' },
    aliases: ['Jerusalem Brigade', '16th Jerusalem Brigade', '16th Reserve Brigade'],
    guarded: ['16th Brigade'],
    cues: ['idf', 'israel', 'gaza', 'reserv', 'shejaiya', 'shujaiya', 'shajaiya'],
    description: {
      de: 'Reserve-Infanteriebrigade der israelischen Armee („Jerusalem-Brigade“), im Gaza-Krieg unter anderem in Schedschaija eingesetzt.',
      en: 'Israeli army reserve infantry brigade (the "Jerusalem Brigade"), deployed in the Gaza war, among other places in Shejaiya.',
    },
    links: [{ rel: 'part-of', to: 'idf' }],
  },
  {
    id: 'etzioni-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Etzioni-Brigade', en: 'Etzioni Brigade' },
    aliases: ['Etzioni Reserve Brigade', '6th Etzioni Brigade', 'Etzioni Reserve Infantry Brigade'],
    guarded: ['Etzioni'],
    cues: ['brigade', 'brigades', 'brigade\'s', 'reserve', 'reservists', 'idf', 'brigade,'],
    description: {
      de: '6. Reserve-Infanteriebrigade „Etzioni“ der israelischen Armee, im Gaza-Krieg wiederholt im Gazastreifen eingesetzt.',
      en: 'The 6th "Etzioni" reserve infantry brigade of the Israeli army, repeatedly deployed in the Gaza Strip during the war.',
    },
    links: [{ rel: 'part-of', to: 'idf' }],
  },
  {
    id: 'katif-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Katif-Brigade', en: 'Katif Brigade' },
    aliases: ['Katif Territorial Brigade', '6643rd Brigade', '6643rd Territorial Brigade'],
    guarded: ['Southern Brigade'],
    cues: ['gaza', 'idf', 'division', 'katif'],
    description: {
      de: 'Territoriale Brigade 6643 „Katif“, die Südbrigade der Gaza-Division der israelischen Armee, überwiegend aus Reservisten.',
      en: 'The 6643rd "Katif" territorial brigade, the southern brigade of the Israeli army\'s Gaza Division, largely made up of reservists.',
    },
    links: [{ rel: 'part-of', to: 'gaza-division' }],
  },
  // Media and analysts
  {
    id: 'independent-arabia',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Independent Arabia', en: 'Independent Arabia', ar: 'اندبندنت عربية' },
    aliases: ['Independent Arabic', 'Independent Arabiya'],
    description: {
      de: 'Saudisch finanziertes arabischsprachiges Nachrichtenportal, Ableger der britischen Zeitung The Independent.',
      en: 'Saudi-owned Arabic-language news site, an offshoot of the British newspaper The Independent.',
    },
    links: [{ rel: 'related-to', to: 'saudi-arabia' }],
  },
  {
    id: 'amos-harel',
    type: 'person',
    subtype: 'official',
    names: { de: 'Amos Harel', en: 'Amos Harel', he: 'עמוס הראל' },
    description: {
      de: 'Militärkorrespondent und -analyst der israelischen Zeitung Haaretz.',
      en: 'Military correspondent and analyst of the Israeli daily Haaretz.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'haaretz' }],
  },
  {
    id: 'ilana-dayan',
    type: 'person',
    subtype: 'official',
    names: { de: 'Ilana Dayan', en: 'Ilana Dayan', he: 'אילנה דיין' },
    description: {
      de: 'Israelische Investigativjournalistin, Moderatorin des Magazins „Uvda“ beim Fernsehsender Channel 12.',
      en: 'Israeli investigative journalist who hosts the "Uvda" programme on Channel 12.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'channel-12-israel' }],
  },
  // Hostages and their families
  {
    id: 'elkana-bohbot',
    type: 'person',
    names: { de: 'Elkana Bohbot', en: 'Elkana Bohbot', he: 'אלקנה בוחבוט' },
    aliases: ['Elkana Buchbut', 'Elkana Bochbot'],
    description: {
      de: 'Israeli, am 7. Oktober 2023 vom Nova-Festival in den Gazastreifen entführt; im Oktober 2025 freigelassen.',
      en: 'Israeli abducted from the Nova music festival to Gaza on 7 October 2023 and released in October 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },
  {
    id: 'eitan-horn',
    type: 'person',
    names: { de: 'Eitan Horn', en: 'Eitan Horn', he: 'איתן הורן' },
    description: {
      de: 'Israeli, am 7. Oktober 2023 aus dem Kibbuz Nir Oz in den Gazastreifen verschleppt; im Oktober 2025 freigelassen. Bruder der früheren Geisel Iair Horn.',
      en: 'Israeli taken from Kibbutz Nir Oz to Gaza on 7 October 2023 and released in October 2025; brother of former hostage Iair Horn.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },
  {
    id: 'gali-berman',
    type: 'person',
    names: { de: 'Gali Berman', en: 'Gali Berman', he: 'גלי ברמן' },
    description: {
      de: 'Israeli aus dem Kibbuz Kfar Aza, am 7. Oktober 2023 mit seinem Zwillingsbruder Ziv in den Gazastreifen entführt; im Oktober 2025 freigelassen.',
      en: 'Israeli from Kibbutz Kfar Aza abducted to Gaza with his twin brother Ziv on 7 October 2023; released in October 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },
  {
    id: 'ziv-berman',
    type: 'person',
    names: { de: 'Ziv Berman', en: 'Ziv Berman', he: 'זיו ברמן' },
    description: {
      de: 'Israeli aus dem Kibbuz Kfar Aza, am 7. Oktober 2023 mit seinem Zwillingsbruder Gali in den Gazastreifen entführt; im Oktober 2025 freigelassen.',
      en: 'Israeli from Kibbutz Kfar Aza abducted to Gaza with his twin brother Gali on 7 October 2023; released in October 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },
  {
    id: 'liran-berman',
    type: 'person',
    names: { de: 'Liran Berman', en: 'Liran Berman', he: 'לירן ברמן' },
    description: {
      de: 'Bruder der nach Gaza entführten Zwillinge Gali und Ziv Berman, Sprecher der Familie im Kampf um ihre Freilassung.',
      en: 'Brother of the twins Gali and Ziv Berman, who were held in Gaza, and a voice of the family in the campaign for their release.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },
  {
    id: 'dror-or',
    type: 'person',
    names: { de: 'Dror Or', en: 'Dror Or', he: 'דרור אור' },
    description: {
      de: 'Israeli aus dem Kibbuz Be’eri, am 7. Oktober 2023 getötet und dessen Leiche in den Gazastreifen verschleppt wurde; seine sterblichen Überreste wurden Anfang Dezember 2025 zurückgegeben.',
      en: 'Israeli from Kibbutz Be’eri killed on 7 October 2023 whose body was taken to Gaza; his remains were returned in early December 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },
  // Gaza and West Bank: local figures quoted by name
  {
    id: 'fadel-naeem',
    type: 'person',
    subtype: 'official',
    names: { de: 'Fadel Naeem', en: 'Fadel Naeem', ar: 'فضل نعيم' },
    aliases: ['Fadel Naim', 'Fadl Naeem', 'Fadel Nairn'],
    description: {
      de: 'Palästinensischer Arzt, Direktor des Al-Ahli-Krankenhauses in Gaza-Stadt; Quelle zu Opferzahlen im Gaza-Krieg.',
      en: 'Palestinian doctor, director of Al-Ahli Hospital in Gaza City, often quoted on casualties in the Gaza war.',
    },
    links: [{ rel: 'citizen-of', to: 'palestine' }],
  },
  {
    id: 'diab-mashaaleh',
    type: 'person',
    subtype: 'official',
    names: { de: 'Diab Mashaaleh', en: 'Diab Mashaaleh' },
    aliases: ['Diab Mashaleh', 'Diab Mashala'],
    description: {
      de: 'Leiter des Dorfrats von al-Dschaba im Westjordanland; berichtete 2025 über Angriffe israelischer Siedler auf das Dorf.',
      en: 'Head of the village council of al-Jaba in the West Bank, who described Israeli settler attacks on the village in 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'palestine' }],
  },
  // Iran: executed prisoners and diaspora opposition
  {
    id: 'behrouz-ehsani',
    type: 'person',
    names: { de: 'Behrouz Ehsani', en: 'Behrouz Ehsani', fa: 'بهروز احسانی' },
    // Full name Behrouz Ehsani-Eslamlou; the press writes it with or without the second surname.
    aliases: ['Behrooz Ehsani', 'Behruz Ehsani', 'Behrouz Ehsani Eslamlou', 'Behrouz Ehsani-Eslamlou', 'Behruz Ehsani Eslamloo', 'Ehsani Eslamlou', 'Ehsani-Eslamlou'],
    description: {
      de: 'Iranischer politischer Gefangener, im Juli 2025 wegen angeblicher Mitgliedschaft in den Volksmudschahedin hingerichtet.',
      en: 'Iranian political prisoner executed in July 2025 over alleged membership of the People’s Mojahedin (MEK).',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }],
  },
  {
    id: 'mehdi-hassani',
    type: 'person',
    names: { de: 'Mehdi Hassani', en: 'Mehdi Hassani', fa: 'مهدی حسنی' },
    description: {
      de: 'Iranischer politischer Gefangener, im Juli 2025 zusammen mit Behrouz Ehsani wegen angeblicher Verbindungen zu den Volksmudschahedin hingerichtet.',
      en: 'Iranian political prisoner executed in July 2025 together with Behrouz Ehsani over alleged links to the People’s Mojahedin (MEK).',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }],
  },
  {
    id: 'oiac',
    type: 'organization',
    names: { de: 'Organisation der Iranisch-Amerikanischen Gemeinden', en: 'Organization of Iranian American Communities' },
    aliases: ['Organisation of Iranian American Communities', 'Organization of Iranian-American Communities', 'Organisation of Iranian-American Communities'],
    acronyms: ['OIAC'],
    description: {
      de: 'Exiliranische Lobbygruppe in den USA, die dem Nationalen Widerstandsrat und den Volksmudschahedin nahesteht.',
      en: 'Iranian diaspora lobby group in the United States, close to the National Council of Resistance and the People’s Mojahedin.',
    },
    links: [{ rel: 'related-to', to: 'iran' }],
  },
  {
    id: 'ramesh-sepehrrad',
    type: 'person',
    names: { de: 'Ramesh Sepehrrad', en: 'Ramesh Sepehrrad' },
    aliases: ['Ramesh Sepehr-rad'],
    description: {
      de: 'Exiliranische Aktivistin und Wissenschaftlerin in den USA, Vorstandsmitglied der Organisation der Iranisch-Amerikanischen Gemeinden (OIAC).',
      en: 'Iranian-American activist and scholar, a board member of the Organization of Iranian American Communities (OIAC).',
    },
    links: [{ rel: 'member-of', to: 'oiac' }],
  },
  // Hostage families and the protest movement
  {
    id: 'shaar-begin-group',
    type: 'organization',
    names: { de: 'Sha’ar-Begin-Gruppe', en: 'Sha\'ar Begin group' },
    aliases: ['Sha\'ar Begin', 'Shaar Begin', 'Sha’ar Begin', 'Begin Gate group'],
    description: {
      de: 'Protestgruppe von Geiselangehörigen in Tel Aviv, die sich vom Forum der Geiselfamilien abspaltete und Netanjahu direkt konfrontierte; Galionsfigur war Einav Zangauker.',
      en: 'Protest group of hostage relatives in Tel Aviv that split from the Hostages and Missing Families Forum to confront Netanyahu directly; Einav Zangauker was its figurehead.',
    },
    links: [{ rel: 'related-to', to: 'hostages-and-missing-families-forum' }],
  },
  {
    id: 'ohad-yahalomi',
    type: 'person',
    names: { de: 'Ohad Yahalomi', en: 'Ohad Yahalomi', he: 'אוהד יהלומי' },
    description: {
      de: 'Israeli aus dem Kibbuz Nir Oz, am 7. Oktober 2023 verwundet in den Gazastreifen verschleppt; starb in Gefangenschaft.',
      en: 'Israeli from Kibbutz Nir Oz taken wounded to Gaza on 7 October 2023; he died in captivity.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },
  {
    id: 'eitan-yahalomi',
    type: 'person',
    names: { de: 'Eitan Yahalomi', en: 'Eitan Yahalomi', he: 'איתן יהלומי' },
    description: {
      de: 'Sohn von Ohad Yahalomi, als Zwölfjähriger am 7. Oktober 2023 aus Nir Oz entführt und im November 2023 freigelassen.',
      en: 'Son of Ohad Yahalomi, abducted from Nir Oz aged 12 on 7 October 2023 and freed in November 2023.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },
  {
    id: 'bat-sheva-yahalomi',
    type: 'person',
    names: { de: 'Bat-Sheva Yahalomi', en: 'Bat-Sheva Yahalomi', he: 'בת שבע יהלומי' },
    aliases: ['Batsheva Yahalomi', 'Bat Sheva Yahalomi'],
    description: {
      de: 'Ehefrau der Geisel Ohad Yahalomi, die sich für die Freilassung der Geiseln einsetzte.',
      en: 'Wife of hostage Ohad Yahalomi who campaigned for the hostages’ release.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },
  {
    id: 'ofri-bibas',
    type: 'person',
    names: { de: 'Ofri Bibas', en: 'Ofri Bibas', he: 'עפרי ביבס' },
    description: {
      de: 'Schwester der Geisel Yarden Bibas, deren Frau Shiri und Söhne Ariel und Kfir in Gaza getötet wurden; bekannte Stimme der Geiselfamilien.',
      en: 'Sister of hostage Yarden Bibas, whose wife Shiri and sons Ariel and Kfir were killed in Gaza; a prominent voice of the hostage families.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },
  {
    id: 'nimrod-cohen',
    type: 'person',
    names: { de: 'Nimrod Cohen', en: 'Nimrod Cohen', he: 'נמרוד כהן' },
    description: {
      de: 'Israelischer Soldat, am 7. Oktober 2023 aus seinem Panzer an der Gaza-Grenze entführt; im Oktober 2025 freigelassen.',
      en: 'Israeli soldier abducted from his tank on the Gaza border on 7 October 2023 and released in October 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },
  // Israeli media
  {
    id: 'plus-972-magazine',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: '+972 Magazine', en: '+972 Magazine' },
    aliases: ['+972 Mag', '972 Magazine'],
    description: {
      de: 'Linkes israelisch-palästinensisches Online-Magazin, bekannt für Recherchen zur Kriegsführung in Gaza.',
      en: 'Left-wing Israeli-Palestinian online magazine known for investigations into the conduct of the Gaza war.',
    },
    links: [{ rel: 'related-to', to: 'israel' }],
  },
  {
    id: 'oren-ziv',
    type: 'person',
    names: { de: 'Oren Ziv', en: 'Oren Ziv', he: 'אורן זיו' },
    description: {
      de: 'Israelischer Fotojournalist und Reporter des Magazins +972.',
      en: 'Israeli photojournalist and reporter for +972 Magazine.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'plus-972-magazine' }],
  },
  {
    id: 'amos-brison',
    type: 'person',
    names: { de: 'Amos Brison', en: 'Amos Brison' },
    description: {
      de: 'Journalist, der für das israelische Magazin +972 über Protestbewegungen berichtet.',
      en: 'Journalist reporting on Israeli protest movements for +972 Magazine.',
    },
    links: [{ rel: 'member-of', to: 'plus-972-magazine' }],
  },
  // Lebanon: Hezbollah's parliamentary bloc and Shiite figures
  {
    id: 'loyalty-to-the-resistance-bloc',
    type: 'organization',
    subtype: 'party',
    names: { de: 'Block „Treue zum Widerstand“', en: 'Loyalty to the Resistance bloc', ar: 'كتلة الوفاء للمقاومة' },
    aliases: ['Loyalty to the Resistance', 'Loyalty to Resistance bloc', 'Loyalty to Resistance', 'Loyalty to the Resistance Bloc', 'Wafa lil Muqawama', 'Block Treue zum Widerstand', 'Fraktion Loyalität zum Widerstand', 'Block Loyalität zum Widerstand'],
    description: {
      de: 'Fraktion der Hisbollah im libanesischen Parlament, geführt von Mohammad Raad.',
      en: 'Hezbollah’s parliamentary bloc in the Lebanese parliament, led by Mohammad Raad.',
    },
    links: [{ rel: 'part-of', to: 'hezbollah' }],
  },
  {
    id: 'musa-al-sadr',
    type: 'person',
    subtype: 'cleric',
    names: { de: 'Musa al-Sadr', en: 'Musa al-Sadr', ar: 'موسى الصدر' },
    aliases: ['Moussa al-Sadr', 'Mousa al-Sadr', 'Musa Sadr', 'Moussa Sadr', 'Imam Musa al-Sadr'],
    description: {
      de: 'Libanesisch-iranischer schiitischer Geistlicher, Gründer der Amal-Bewegung; verschwand 1978 bei einem Besuch in Libyen.',
      en: 'Lebanese-Iranian Shiite cleric who founded the Amal movement and disappeared during a visit to Libya in 1978.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'related-to', to: 'amal-movement' }],
  },
  // Knesset: UTJ members, committees and settler councils
  {
    id: 'yisrael-eichler',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Yisrael Eichler', en: 'Yisrael Eichler', he: 'ישראל אייכלר' },
    aliases: ['Israel Eichler'],
    description: {
      de: 'Ultraorthodoxer Knesset-Abgeordneter von Vereinigtes Thora-Judentum (Agudat Yisrael).',
      en: 'Ultra-Orthodox Knesset member for United Torah Judaism (Agudat Yisrael).',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'united-torah-judaism' }],
  },
  {
    id: 'yaakov-tesler',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Yaakov Tesler', en: 'Yaakov Tesler', he: 'יעקב טסלר' },
    aliases: ['Yaakov Tessler', 'Yakov Tesler', 'Ya\'akov Tesler'],
    description: {
      de: 'Ultraorthodoxer Knesset-Abgeordneter von Vereinigtes Thora-Judentum.',
      en: 'Ultra-Orthodox Knesset member for United Torah Judaism.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'united-torah-judaism' }],
  },
  {
    id: 'knesset-national-security-committee',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Ausschuss für nationale Sicherheit der Knesset', en: 'Knesset National Security Committee' },
    aliases: ['National Security Committee of the Knesset', 'Knesset\'s National Security Committee'],
    description: {
      de: 'Knesset-Ausschuss für Polizei, Strafvollzug und innere Sicherheit.',
      en: 'Knesset committee overseeing the police, prisons and internal security.',
    },
    links: [{ rel: 'part-of', to: 'knesset' }],
  },
  {
    id: 'binyamin-regional-council',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Regionalrat Binjamin', en: 'Binyamin Regional Council' },
    aliases: ['Binyamin Council', 'Mateh Binyamin Regional Council', 'Mateh Binyamin', 'Binjamin Regional Council'],
    description: {
      de: 'Israelischer Regionalrat der Siedlungen nördlich und östlich von Jerusalem im Westjordanland.',
      en: 'Israeli regional council of the settlements north and east of Jerusalem in the West Bank.',
    },
    links: [{ rel: 'related-to', to: 'yesha-council' }],
  },
  {
    id: 'david-elhayani',
    type: 'person',
    subtype: 'politician',
    names: { de: 'David Elhayani', en: 'David Elhayani', he: 'דוד אלחייני' },
    aliases: ['David El Hayani', 'David Alhayani'],
    description: {
      de: 'Israelischer Siedlerpolitiker, früher Vorsitzender des Jesha-Rats und des Regionalrats Jordantal.',
      en: 'Israeli settler leader, formerly chairman of the Yesha Council and head of the Jordan Valley Regional Council.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'yesha-council' }],
  },
  // Red Sea shipping: Houthi officials, maritime bodies and security firms
  {
    id: 'ali-al-dailami',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Ali al-Dailami', en: 'Ali al-Dailami', ar: 'علي الديلمي' },
    aliases: ['Ali al-Dalaimi', 'Ali al-Daylami', 'Ali al-Deilami'],
    description: {
      de: 'Mitglied des Politbüros der Huthi-Bewegung im Jemen, Sprachrohr zu ihren Angriffen auf die Schifffahrt.',
      en: 'Member of the political bureau of Yemen’s Houthi movement who speaks for its attacks on shipping.',
    },
    links: [{ rel: 'citizen-of', to: 'yemen' }, { rel: 'member-of', to: 'houthis' }],
  },
  {
    id: 'international-maritime-organization',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Internationale Seeschifffahrts-Organisation', en: 'International Maritime Organization' },
    aliases: ['International Maritime Organisation', 'Internationale Seeschifffahrtsorganisation'],
    acronyms: ['IMO'],
    description: {
      de: 'UN-Sonderorganisation für die Sicherheit der Seeschifffahrt mit Sitz in London; verurteilte die Huthi-Angriffe im Roten Meer.',
      en: 'London-based UN agency for the safety of shipping, which condemned the Houthi attacks in the Red Sea.',
    },
    links: [{ rel: 'part-of', to: 'united-nations' }],
  },
  {
    id: 'arsenio-dominguez',
    type: 'person',
    subtype: 'official',
    names: { de: 'Arsenio Dominguez', en: 'Arsenio Dominguez' },
    aliases: ['Arsenio Domínguez'],
    description: {
      de: 'Panamaischer Diplomat, seit 2024 Generalsekretär der Internationalen Seeschifffahrts-Organisation (IMO).',
      en: 'Panamanian official, Secretary-General of the International Maritime Organization (IMO) since 2024.',
    },
    roles: [{ title: { de: 'Generalsekretär der IMO', en: 'Secretary-General of the IMO' }, of: 'international-maritime-organization', from: '2024' }],
    links: [{ rel: 'leads', to: 'international-maritime-organization' }],
  },
  {
    id: 'diaplous-group',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Diaplous Group', en: 'Diaplous Group' },
    aliases: ['Diaplous'],
    description: {
      de: 'Griechisches Unternehmen für maritime Sicherheit, zuständig für das Sicherheitsteam des 2025 von den Huthis versenkten Frachters Eternity C.',
      en: 'Greek maritime security company whose team guarded the bulk carrier Eternity C, sunk by the Houthis in 2025.',
    },
  },
  {
    id: 'vanguard-tech',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Vanguard Tech', en: 'Vanguard Tech' },
    aliases: ['Vanguard Tech Ltd'],
    description: {
      de: 'Britisches Unternehmen für maritime Sicherheit und Risikoanalyse, häufig zitiert zu Angriffen im Roten Meer.',
      en: 'British maritime security and risk company often quoted on attacks in the Red Sea.',
    },
  },
  // Iraq and Hezbollah figures killed in the June 2025 Israeli strikes on Tehran
  {
    id: 'haider-al-moussawi',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Haidar al-Mussawi', en: 'Haider al-Moussawi', ar: 'حيدر الموسوي' },
    aliases: ['Haider al-Musawi', 'Haidar al-Moussawi', 'Haider Moussawi'],
    description: {
      de: 'Leiter der Sicherheitseinheit der irakischen Miliz Kataib Sayyid al-Shuhada; im Juni 2025 bei einem israelischen Luftangriff in Teheran getötet.',
      en: 'Head of the security unit of the Iraqi militia Kataib Sayyid al-Shuhada, killed in an Israeli airstrike in Tehran in June 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'iraq' }, { rel: 'member-of', to: 'kataib-sayyid-al-shuhada' }],
  },
  {
    id: 'abu-ali-khalil',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Abu Ali Khalil', en: 'Abu Ali Khalil', ar: 'أبو علي خليل' },
    description: {
      de: 'Hochrangiges Hisbollah-Mitglied, im Juni 2025 bei einem israelischen Luftangriff in Teheran getötet.',
      en: 'Senior Hezbollah figure killed in an Israeli airstrike in Tehran in June 2025.',
    },
    links: [{ rel: 'member-of', to: 'hezbollah' }],
  },
];
