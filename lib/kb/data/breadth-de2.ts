// Knowledge base: breadth-de2. Actors a second breadth pass over German-language news passages found missing: minor officials, regional heads, commanders, analysts. Data only, see lib/kb/CURATING.md.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── United States ───────────────────────────────────────────────────────────────────────────
  {
    id: 'sean-savett',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Sean Savett', en: 'Sean Savett' },
    aliases: ['Savett'],
    description: {
      de: 'Sprecher des Nationalen Sicherheitsrats der USA in der Regierung Biden, äußerte sich oft zu Nordkorea, Russland und Nahost.',
      en: 'Spokesman of the US National Security Council under the Biden administration, often quoted on North Korea, Russia and the Middle East.',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'member-of', to: 'us-national-security-council' }],
  },

  // ── Syria ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'maysaa-sabrine',
    type: 'person',
    subtype: 'official',
    names: { de: 'Maysaa Sabrine', en: 'Maysaa Sabrine', ar: 'ميساء صابرين' },
    aliases: ['Maysaa Sabreen', 'Mayssaa Sabrine', 'Maisaa Sabrine'],
    description: {
      de: 'Syrische Ökonomin, nach dem Sturz Assads Ende 2024 als erste Frau an die Spitze der syrischen Zentralbank gesetzt.',
      en: "Syrian economist, put in charge of Syria's central bank after Assad's fall in late 2024, the first woman in the post.",
    },
    links: [{ rel: 'citizen-of', to: 'syria' }],
  },
  {
    id: 'yarub-badr',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Jarub Badr', en: 'Yarub Badr', ar: 'يعرب بدر' },
    aliases: ['Yaarub Badr', "Ya'rub Badr", 'Yaroub Badr', 'Jaarub Badr', 'Yarob Badr'],
    description: {
      de: 'Alawitischer Verkehrsminister in der im März 2025 gebildeten syrischen Übergangsregierung von Ahmed al-Scharaa.',
      en: "Alawite transport minister in the Syrian transitional government Ahmed al-Sharaa formed in March 2025.",
    },
    links: [{ rel: 'citizen-of', to: 'syria' }],
  },
  {
    id: 'amjad-badr',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Amdschad Badr', en: 'Amjad Badr', ar: 'أمجد بدر' },
    aliases: ['Amgad Badr', 'Amjad Bader', 'Amdschad Bader'],
    description: {
      de: 'Drusischer Landwirtschaftsminister in der im März 2025 gebildeten syrischen Übergangsregierung.',
      en: 'Druze agriculture minister in the Syrian transitional government formed in March 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'syria' }],
  },
  {
    id: 'bente-scheller',
    type: 'person',
    names: { de: 'Bente Scheller', en: 'Bente Scheller' },
    description: {
      de: 'Deutsche Politikwissenschaftlerin und Syrien-Kennerin, leitet das Nahost-Referat der Heinrich-Böll-Stiftung; häufig zitierte Analystin.',
      en: 'German political scientist and Syria expert heading the Middle East division of the Heinrich Böll Foundation; a frequently quoted analyst.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'heinrich-boell-stiftung' }],
  },

  // ── Israel / Gaza / Lebanon ─────────────────────────────────────────────────────────────────
  {
    id: 'shaul-mofaz',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Schaul Mofas', en: 'Shaul Mofaz', he: 'שאול מופז' },
    aliases: ['Shaul Mofaz', 'Schaul Mofaz', 'Mofaz', 'Mofas'],
    description: {
      de: 'Israelischer Ex-General und Politiker, früher Generalstabschef und danach Verteidigungsminister; 2024 für eine Untersuchung der Armee zum 7. Oktober vorgesehen.',
      en: 'Israeli former general and politician, once chief of the general staff and then defence minister; picked in 2024 to head an army review of October 7.',
    },
    roles: [
      { title: { de: 'Generalstabschef', en: 'Chief of the General Staff' }, of: 'idf', from: '1998', to: '2002' },
      { title: { de: 'Verteidigungsminister', en: 'Defence Minister' }, of: 'israel', from: '2002', to: '2006' },
    ],
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },
  {
    id: 'itzik-cohen',
    type: 'person',
    subtype: 'military',
    names: { de: 'Itzik Cohen', en: 'Itzik Cohen', he: 'איציק כהן' },
    description: {
      de: 'Israelischer Generalmajor, führte im Gaza-Krieg die 162. Division und leitet seit 2025 das Operationsdirektorat der Armee.',
      en: "Israeli major general who led the 162nd Division in the Gaza war and has headed the army's Operations Directorate since 2025.",
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'idf' }],
  },
  {
    id: 'ahmed-kahlot',
    type: 'person',
    subtype: 'official',
    names: { de: 'Ahmed Kahlot', en: 'Ahmed Kahlot', ar: 'أحمد الكحلوت' },
    aliases: ['Ahmed Kahalot', 'Ahmad Kahlot', 'Ahmed al-Kahlout', 'Ahmed Kahlout'],
    description: {
      de: 'Direktor des Kamal-Adwan-Krankenhauses im Norden des Gazastreifens, im Dezember 2023 von der israelischen Armee festgenommen und verhört.',
      en: 'Director of the Kamal Adwan hospital in northern Gaza, detained and interrogated by the Israeli army in December 2023.',
    },
    links: [{ rel: 'citizen-of', to: 'palestine' }],
  },
  {
    id: 'ramez-dimashkieh',
    type: 'person',
    subtype: 'official',
    names: { de: 'Rames Dimaschkieh', en: 'Ramez Dimashkieh', ar: 'رامز دمشقية' },
    aliases: ['Ramez Dimashkiyeh', 'Ramez Dimachkieh', 'Rames Dimaschkije'],
    description: {
      de: 'Vorsitzender des libanesisch-palästinensischen Dialogkomitees, das 2025 die Entwaffnung der palästinensischen Flüchtlingslager im Libanon organisiert.',
      en: 'Chairman of the Lebanese-Palestinian Dialogue Committee, which in 2025 organised the disarmament of the Palestinian refugee camps in Lebanon.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }],
  },

  // ── Iran ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'behnam-shahriyari',
    type: 'person',
    subtype: 'military',
    names: { de: 'Behnam Schahrijari', en: 'Behnam Shahriyari', fa: 'بهنام شهریاری' },
    aliases: ['Behnam Shahriari', 'Behnam Schahriari', 'Behnam Shahriyari'],
    description: {
      de: 'Kommandeur der Einheit 190 der Quds-Truppe, die Waffen an Irans Verbündete schmuggelte; im Juni 2025 bei einem israelischen Angriff getötet.',
      en: "Commander of the Quds Force's Unit 190, which smuggled weapons to Iran's allies; killed in an Israeli strike in June 2025.",
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'quds-force' }],
  },
  {
    id: 'aminpour-joudaki',
    type: 'person',
    subtype: 'military',
    names: { de: 'Aminpur Dschudaki', en: 'Aminpour Joudaki' },
    aliases: ['Aminpour Jodaki', 'Aminpur Joudaki', 'Amin Pour Joudaki', 'Aminpur Dschodaki', 'Amin Pourjodaki', 'Amin Pour Jodaki'],
    description: {
      de: 'Kommandeur einer Drohneneinheit der iranischen Revolutionsgarden; nach israelischen Angaben im Juni 2025 getötet.',
      en: "Commander of a drone unit of Iran's Revolutionary Guards; killed in June 2025 according to the Israeli army.",
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'irgc' }],
  },

  // ── Ukraine ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'volodymyr-horbatiuk',
    type: 'person',
    subtype: 'military',
    names: { de: 'Wolodymyr Horbatjuk', en: 'Volodymyr Horbatiuk', uk: 'Володимир Горбатюк' },
    aliases: ['Volodymyr Horbatyuk', 'Wolodymyr Horbatiuk', 'Volodymyr Gorbatyuk', 'Horbatiuk', 'Horbatjuk'],
    description: {
      de: 'Ukrainischer Brigadegeneral, stellvertretender Chef des Generalstabs der Streitkräfte.',
      en: 'Ukrainian brigadier general, deputy chief of the General Staff of the armed forces.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'ukrainian-general-staff' }],
  },
  {
    id: 'ivan-rudnytskyi',
    type: 'person',
    subtype: 'official',
    names: { de: 'Iwan Rudnyzkyj', en: 'Ivan Rudnytskyi', uk: 'Іван Рудницький' },
    aliases: ['Iwan Rudnytski', 'Ivan Rudnytskyy', 'Ivan Rudnytsky', 'Iwan Rudnyzkyi', 'Iwan Rudnizki'],
    description: {
      de: 'Leiter der Militärverwaltung des westukrainischen Gebiets Wolhynien.',
      en: 'Head of the military administration of the western Ukrainian region of Volyn.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'serhii-bolvinov',
    type: 'person',
    subtype: 'official',
    names: { de: 'Serhij Bolwinow', en: 'Serhii Bolvinov', uk: 'Сергій Болвінов' },
    aliases: ['Serhiy Bolvinov', 'Sergii Bolvinov', 'Bolvinov', 'Bolwinow'],
    description: {
      de: 'Leiter der Ermittlungsabteilung der Polizei im Gebiet Charkiw, meldet regelmäßig Opfer russischer Angriffe.',
      en: 'Head of the investigative department of the Kharkiv regional police, who regularly reports the victims of Russian strikes.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'national-police-of-ukraine' }],
  },

  // ── Russia ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'vladimir-seliverstov',
    type: 'person',
    subtype: 'military',
    names: { de: 'Wladimir Seliwjorstow', en: 'Vladimir Seliverstov', ru: 'Владимир Селивёрстов' },
    aliases: ['Wladimir Seliwerstow', 'Vladimir Selivyorstov', 'Seliwjorstow', 'Seliverstov'],
    description: {
      de: 'Russischer Generalmajor, Kommandeur der 106. Garde-Luftlandedivision, im Juli 2023 seines Postens enthoben.',
      en: 'Russian major general, commander of the 106th Guards Airborne Division, removed from his post in July 2023.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'leads', to: '106th-guards-airborne-division' }],
  },
  {
    id: 'sukhrab-akhmedov',
    type: 'person',
    subtype: 'military',
    names: { de: 'Suchrab Achmedow', en: 'Sukhrab Akhmedov', ru: 'Сухраб Ахмедов' },
    aliases: ['Sukhrab Akhmedov', 'Suchrab Akhmedov', 'Sukhrab Achmedow'],
    description: {
      de: 'Russischer Generalmajor aus Dagestan, für verlustreiche Angriffe in der Ukraine kritisiert; verlor 2024 nach Berichten russischer Militärblogger das Kommando über die 20. Armee.',
      en: 'Russian major general from Dagestan, criticised for costly assaults in Ukraine; reported by Russian military bloggers to have lost command of the 20th Army in 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-armed-forces' }, { rel: 'related-to', to: '20th-combined-arms-army' }],
  },
  {
    id: 'sergei-markov-political-scientist',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Sergej Markow', en: 'Sergei Markov', ru: 'Сергей Марков' },
    aliases: ['Sergey Markov', 'Sergej Markov'],
    description: {
      de: 'Kremlnaher russischer Politologe und Kommentator, früher Duma-Abgeordneter der Partei Einiges Russland.',
      en: 'Pro-Kremlin Russian political scientist and commentator, formerly a United Russia member of the Duma.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'anatoly-nesmiyan',
    type: 'person',
    names: { de: 'Anatoli Nesmijan', en: 'Anatoly Nesmiyan', ru: 'Анатолий Несмиян' },
    aliases: ['Anatoliy Nesmiyan', 'Anatolij Nesmijan', 'Nesmiyan', 'Nesmijan', 'El Murid'],
    description: {
      de: 'Russischer Blogger und Politikbeobachter im Exil, bekannt unter dem Pseudonym „El Murid“.',
      en: 'Russian blogger and political commentator in exile, known by the pen name "El Murid".',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },

  // ── Belarus ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'veronika-tsepkalo',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Veronika Zepkalo', en: 'Veronika Tsepkalo', ru: 'Вероника Цепкало', be: 'Вераніка Цапкала' },
    aliases: ['Veronika Tsapkala', 'Weronika Zepkalo', 'Veronika Tsepkalo', 'Veranika Tsapkala'],
    description: {
      de: 'Belarussische Oppositionspolitikerin, 2020 mit Tichanowskaja und Kalesnikawa eines der Gesichter der Proteste gegen Lukaschenko; Ehefrau von Waleri Zepkalo, lebt im Exil.',
      en: 'Belarusian opposition figure, in 2020 one of the faces of the protests against Lukashenko with Tsikhanouskaya and Kalesnikava; wife of Valery Tsepkalo, in exile.',
    },
    links: [{ rel: 'citizen-of', to: 'belarus' }, { rel: 'related-to', to: 'valery-tsepkalo' }, { rel: 'related-to', to: 'sviatlana-tsikhanouskaya' }],
  },
  {
    id: 'vitaly-shishov',
    type: 'person',
    subtype: 'official',
    names: { de: 'Witali Schischow', en: 'Vitaly Shishov', ru: 'Виталий Шишов', be: 'Віталь Шышоў' },
    aliases: ['Vitali Shishov', 'Vitaliy Shyshov', 'Vital Shyshou', 'Witalij Schischow'],
    description: {
      de: 'Belarussischer Exil-Aktivist, Leiter des Belarussischen Hauses in der Ukraine; im August 2021 in Kiew tot aufgefunden.',
      en: 'Belarusian exile activist who led the Belarusian House in Ukraine; found dead in Kyiv in August 2021.',
    },
    links: [{ rel: 'citizen-of', to: 'belarus' }],
  },

  // ── Austria (analysts of the war) ───────────────────────────────────────────────────────────
  {
    id: 'austrian-armed-forces',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Österreichisches Bundesheer', en: 'Austrian Armed Forces' },
    aliases: ['Bundesheer', 'Austrian Bundesheer', 'österreichische Bundesheer'],
    description: {
      de: 'Streitkräfte Österreichs; aus ihren Reihen kommen vielzitierte Analysten des Ukraine-Kriegs.',
      en: "Austria's armed forces; several widely quoted analysts of the war in Ukraine serve in them.",
    },
    links: [{ rel: 'part-of', to: 'austria' }],
  },
  {
    id: 'theresian-military-academy',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Theresianische Militärakademie', en: 'Theresian Military Academy' },
    aliases: ['TherMilAk', 'Militärakademie Wiener Neustadt'],
    description: {
      de: 'Offiziersschule des österreichischen Bundesheeres in Wiener Neustadt, an der der Ukraine-Analyst Markus Reisner lehrt.',
      en: 'Officer school of the Austrian Armed Forces in Wiener Neustadt, where the Ukraine war analyst Markus Reisner teaches.',
    },
    links: [{ rel: 'part-of', to: 'austrian-armed-forces' }, { rel: 'related-to', to: 'markus-reisner' }],
  },

  // ── Pollsters and analysts quoted on Ukraine and the Middle East ────────────────────────────
  {
    id: 'info-sapiens',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Info Sapiens', en: 'Info Sapiens', uk: 'Info Sapiens' },
    aliases: ['Info-Sapiens'],
    description: {
      de: 'Ukrainisches Meinungsforschungsinstitut in Kiew, dessen Umfragen zu Krieg und Politik oft zitiert werden.',
      en: 'Kyiv-based Ukrainian polling and market research company whose surveys on the war and politics are widely cited.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'democratic-initiatives-foundation',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Stiftung Demokratische Initiativen', en: 'Democratic Initiatives Foundation', uk: 'Фонд «Демократичні ініціативи» імені Ілька Кучеріва' },
    aliases: ['Ilko-Kutscheriw-Stiftung für demokratische Initiativen', 'Ilko-Kutscheriw-Stiftung', 'Ilko Kucheriv Democratic Initiatives Foundation', 'Stiftung für demokratische Initiativen', 'Democratic Initiatives Foundation'],
    description: {
      de: 'Ukrainische Denkfabrik und Meinungsforschungsstiftung in Kiew, benannt nach Ilko Kutscheriw; misst die Haltung der Ukrainer zu Krieg und Verhandlungen.',
      en: "Ukrainian think tank and polling foundation in Kyiv named after Ilko Kucheriv; tracks Ukrainians' views on the war and negotiations.",
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'naomi-neumann',
    type: 'person',
    names: { de: 'Naomi Neumann', en: 'Neomi Neumann' },
    aliases: ['Naomi Neumann', 'Neomi Neuman'],
    description: {
      de: 'Israelische Analystin am Washington Institute for Near East Policy mit Schwerpunkt Palästinensische Autonomiebehörde und Westjordanland.',
      en: 'Israeli analyst at the Washington Institute for Near East Policy focusing on the Palestinian Authority and the West Bank.',
    },
    links: [{ rel: 'member-of', to: 'washington-institute' }],
  },
  {
    id: 'steven-hoefner',
    type: 'person',
    names: { de: 'Steven Höfner', en: 'Steven Höfner' },
    aliases: ['Steven Hoefner', 'Steven Hofner'],
    description: {
      de: 'Leiter des Büros der Konrad-Adenauer-Stiftung für die Palästinensischen Gebiete in Ramallah; Gesprächspartner deutscher Medien zur Lage im Westjordanland.',
      en: "Head of the Konrad Adenauer Foundation's office for the Palestinian territories in Ramallah; quoted by German media on the West Bank.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'konrad-adenauer-stiftung' }],
  },
  {
    id: 'david-rigoulet-roze',
    type: 'person',
    names: { de: 'David Rigoulet-Roze', en: 'David Rigoulet-Roze' },
    aliases: ['Rigoulet-Roze'],
    description: {
      de: 'Französischer Nahost-Forscher am Institut français d’analyse stratégique (IFAS), oft zu Iran und der Golfregion zitiert.',
      en: 'French Middle East researcher at the Institut français d’analyse stratégique (IFAS), often quoted on Iran and the Gulf.',
    },
    links: [{ rel: 'citizen-of', to: 'france' }],
  },

  // ── Iraq ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'arkan-al-elayawi',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Arkan al-Alajawi', en: 'Arkan al-Elayawi', ar: 'أركان العلياوي' },
    aliases: ['Arkan al-Aliawi', 'Arkan al-Elaiwi', 'Arkan al-Alyawi', 'Arkan al-Aliyawi'],
    description: {
      de: 'Geheimdienstmann der irakischen Miliz Kataib Hisbollah, im Februar 2024 mit Abu Baqir al-Saadi bei einem US-Drohnenangriff in Bagdad getötet.',
      en: 'Intelligence official of the Iraqi militia Kataib Hezbollah, killed with Abu Baqir al-Saadi in a US drone strike in Baghdad in February 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'iraq' }, { rel: 'member-of', to: 'kataib-hezbollah' }, { rel: 'related-to', to: 'abu-baqir-al-saadi' }],
  },

  // ── Weapons systems ─────────────────────────────────────────────────────────────────────────
  {
    id: 'cobra-radar',
    type: 'weapon',
    names: { de: 'Artillerieortungsradar COBRA', en: 'COBRA counter-battery radar' },
    aliases: ['COBRA-Radar', 'Cobra-Radar', 'Cobra-Artillerieortungsradar'],
    guarded: ['COBRA', 'Cobra'],
    cues: ['radar', 'artillerieortung', 'ortungsradar', 'counter-battery', 'gegenbatterie'],
    description: {
      de: 'Europäisches Radar, das feindliche Artilleriestellungen ortet; Deutschland lieferte es 2022 an die Ukraine.',
      en: 'European radar that locates enemy artillery positions; Germany supplied it to Ukraine in 2022.',
    },
    links: [{ rel: 'used-by', to: 'ukraine' }, { rel: 'used-by', to: 'germany' }],
  },

  // ── Iran: judiciary and targeted officers ───────────────────────────────────────────────────
  {
    id: 'gholam-hossein-esmaeili',
    type: 'person',
    subtype: 'official',
    names: { de: 'Gholam-Hossein Esmaili', en: 'Gholam-Hossein Esmaeili', fa: 'غلامحسین اسماعیلی' },
    aliases: ['Gholamhossein Esmaeili', 'Gholam-Hossein Esmaeili', 'Gholamhossein Esmaili', 'Gholam Hossein Esmaili'],
    description: {
      de: 'Iranischer Justizfunktionär, Sprecher der Justiz und danach Büroleiter von Präsident Raisi.',
      en: 'Iranian judiciary official, spokesman of the judiciary and later chief of staff to President Raisi.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'iranian-judiciary' }, { rel: 'related-to', to: 'ebrahim-raisi' }],
  },
  {
    id: 'hassan-sayyad-khodaei',
    type: 'person',
    subtype: 'military',
    names: { de: 'Hassan Sajjad Chodai', en: 'Hassan Sayyad Khodaei', fa: 'حسن صیاد خدایی' },
    aliases: ['Hassan Sayyad Khodaei', 'Hassan Sayad Khodaei', 'Hassan Sajad Khodaei', 'Sayyad Khodaei', 'Sayyad Khodai', 'Sajad Chodai', 'Sajjad Chodai', 'Hassan Sayyed Khodaei', 'Sayyad Khodaie', 'Hassan Sayyad Khodaie', 'Hassan Sayad Khodayari'],
    shortForms: ['Khodaie', 'Khodaei'],
    description: {
      de: 'Oberst der iranischen Revolutionsgarden, im Mai 2022 in Teheran vor seinem Haus erschossen; Iran machte Israel verantwortlich.',
      en: "Colonel in Iran's Revolutionary Guards, shot dead outside his Tehran home in May 2022; Iran blamed Israel.",
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'irgc' }],
  },
  {
    id: 'mohammad-moghiseh',
    type: 'person',
    subtype: 'official',
    names: { de: 'Mohammad Moghisseh', en: 'Mohammad Moghiseh', fa: 'محمد مقیسه' },
    aliases: ['Mohammad Moghisei', 'Mohammad Moqiseh', 'Mohammad Moghiseh', 'Mohammed Moghiseh', 'Naserian'],
    description: {
      de: 'Iranischer Richter am Obersten Gerichtshof, an den Massenhinrichtungen von 1988 beteiligt; im Januar 2025 in Teheran erschossen.',
      en: "Iranian Supreme Court judge involved in the 1988 mass executions; shot dead in Tehran in January 2025.",
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'iranian-judiciary' }],
  },
  {
    id: 'ali-razini',
    type: 'person',
    subtype: 'cleric',
    names: { de: 'Ali Rasini', en: 'Ali Razini', fa: 'علی رازینی' },
    aliases: ['Ali Razini', 'Hojatoleslam Ali Razini'],
    description: {
      de: 'Iranischer Geistlicher und Richter am Obersten Gerichtshof, in den 1980er Jahren Revolutionsstaatsanwalt; im Januar 2025 in Teheran erschossen.',
      en: 'Iranian cleric and Supreme Court judge, a revolutionary prosecutor in the 1980s; shot dead in Tehran in January 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'member-of', to: 'iranian-judiciary' }],
  },
  {
    id: 'mohsen-langarneshin',
    type: 'person',
    names: { de: 'Mohsen Langarneschin', en: 'Mohsen Langarneshin', fa: 'محسن لنگرنشین' },
    aliases: ['Mohsen Langarneshin', 'Mohsen Langar-Neshin'],
    description: {
      de: 'Iraner, 2025 als angeblicher Mossad-Spion hingerichtet; die Justiz warf ihm die Beteiligung an der Tötung eines Revolutionsgarden-Offiziers vor.',
      en: 'Iranian executed in 2025 as an alleged Mossad spy; the judiciary accused him of a role in the killing of a Revolutionary Guards officer.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'hassan-sayyad-khodaei' }],
  },

  // ── Crimea ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'crimean-wind',
    type: 'organization',
    names: { de: 'Krymskyj Weter', en: 'Crimean Wind', ru: 'Крымский ветер' },
    aliases: ['Crimeanwind', 'Krymsky Veter', 'Krymski Weter', 'Krimwind'],
    description: {
      de: 'Oppositioneller Telegram-Kanal, der Explosionen und russische Truppenbewegungen auf der besetzten Krim meldet.',
      en: 'Opposition Telegram channel reporting explosions and Russian military movements in occupied Crimea.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },

  // ── Gaza hostages and their families ────────────────────────────────────────────────────────
  {
    id: 'david-cunio',
    type: 'person',
    names: { de: 'David Cunio', en: 'David Cunio', he: 'דוד קוניו' },
    aliases: ['David Kunio'],
    description: {
      de: 'Israeli aus dem Kibbuz Nir Oz, am 7. Oktober 2023 nach Gaza verschleppt und im Oktober 2025 freigelassen.',
      en: 'Israeli from Kibbutz Nir Oz, abducted to Gaza on 7 October 2023 and released in October 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'sharon-alony-cunio' }],
  },
  {
    id: 'sharon-alony-cunio',
    type: 'person',
    names: { de: 'Sharon Alony Cunio', en: 'Sharon Alony Cunio', he: 'שרון אלוני קוניו' },
    aliases: ['Sharon Aloni Cunio', 'Sharon Alony-Cunio'],
    description: {
      de: 'Israelin, am 7. Oktober 2023 mit ihren Töchtern nach Gaza verschleppt und im November 2023 freigelassen; kämpfte danach für die Freilassung ihres Mannes David Cunio.',
      en: 'Israeli abducted to Gaza with her daughters on 7 October 2023 and freed in November 2023; then campaigned for the release of her husband David Cunio.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'david-cunio' }, { rel: 'related-to', to: 'hostages-and-missing-families-forum' }],
  },
  {
    id: 'ilana-gritzewsky',
    type: 'person',
    names: { de: 'Ilana Gritzewsky', en: 'Ilana Gritzewsky', he: 'אילנה גריצבסקי' },
    aliases: ['Ilana Gritzevsky', 'Ilana Grizewsky'],
    description: {
      de: 'Israelin, am 7. Oktober 2023 mit ihrem Freund Matan Zangauker aus Nir Oz verschleppt, im November 2023 freigelassen; wirbt seither für die übrigen Geiseln.',
      en: 'Israeli abducted from Nir Oz with her partner Matan Zangauker on 7 October 2023 and freed in November 2023; has since campaigned for the remaining hostages.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'matan-zangauker' }],
  },
  {
    id: 'matan-angrest',
    type: 'person',
    names: { de: 'Matan Angrest', en: 'Matan Angrest', he: 'מתן אנגרסט' },
    description: {
      de: 'Israelischer Soldat, am 7. Oktober 2023 nach Gaza verschleppt und im Oktober 2025 freigelassen.',
      en: 'Israeli soldier abducted to Gaza on 7 October 2023 and released in October 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'anat-angrest' }],
  },
  {
    id: 'anat-angrest',
    type: 'person',
    names: { de: 'Anat Angrest', en: 'Anat Angrest', he: 'ענת אנגרסט' },
    description: {
      de: 'Mutter der Geisel Matan Angrest und Stimme des Forums der Geiselfamilien.',
      en: 'Mother of the hostage Matan Angrest and a voice of the Hostages and Missing Families Forum.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'matan-angrest' }, { rel: 'related-to', to: 'hostages-and-missing-families-forum' }],
  },
  {
    id: 'rom-braslavski',
    type: 'person',
    names: { de: 'Rom Braslavski', en: 'Rom Braslavski', he: 'רום ברסלבסקי' },
    aliases: ['Rom Braslavsky', 'Rom Braslawski'],
    description: {
      de: 'Israeli, am 7. Oktober 2023 vom Nova-Festival verschleppt und vom Palästinensischen Islamischen Dschihad festgehalten; im Oktober 2025 freigelassen.',
      en: 'Israeli abducted from the Nova festival on 7 October 2023 and held by Palestinian Islamic Jihad; released in October 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'palestinian-islamic-jihad' }],
  },
  {
    id: 'daniel-shek',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Daniel Shek', en: 'Daniel Shek', he: 'דניאל שק' },
    aliases: ['Daniel Schek'],
    description: {
      de: 'Früherer israelischer Botschafter in Frankreich, leitete die diplomatische Arbeit des Forums der Geiselfamilien.',
      en: 'Former Israeli ambassador to France who led the diplomatic work of the Hostages and Missing Families Forum.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'hostages-and-missing-families-forum' }],
  },

  // ── Russia: drone industry ──────────────────────────────────────────────────────────────────
  {
    id: 'alabuga-polytech',
    type: 'organization',
    names: { de: 'Alabuga Polytech', en: 'Alabuga Polytech', ru: 'Алабуга Политех' },
    aliases: ['Alabuga-Polytech', 'Alabuga Politech'],
    description: {
      de: 'Berufsschule in der Sonderwirtschaftszone Alabuga in Tatarstan, deren Jugendliche in der Fertigung russischer Geran-Drohnen arbeiten.',
      en: "Vocational college in Tatarstan's Alabuga special economic zone whose students work on the assembly of Russian Geran drones.",
    },
    links: [{ rel: 'part-of', to: 'alabuga' }, { rel: 'related-to', to: 'russia' }],
  },

  // ── Russian opposition in exile ─────────────────────────────────────────────────────────────
  {
    id: 'kira-yarmysh',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Kira Jarmysch', en: 'Kira Yarmysh', ru: 'Кира Ярмыш' },
    aliases: ['Kira Yarmysh', 'Kira Jarmysh', 'Yarmysh', 'Jarmysch'],
    description: {
      de: 'Pressesprecherin des Kremlkritikers Alexej Nawalny, arbeitet im Exil für dessen Team weiter.',
      en: 'Press secretary of the Kremlin critic Alexei Navalny, who continues to work for his team in exile.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'related-to', to: 'alexei-navalny' }, { rel: 'member-of', to: 'anti-corruption-foundation' }],
  },
  {
    id: 'leonid-nevzlin',
    type: 'person',
    subtype: 'businessman',
    names: { de: 'Leonid Newslin', en: 'Leonid Nevzlin', ru: 'Леонид Невзлин' },
    aliases: ['Leonid Nevzlin', 'Leonid Newzlin', 'Nevzlin', 'Newslin'],
    description: {
      de: 'Früherer Yukos-Miteigentümer im israelischen Exil; Nawalnys Stiftung warf ihm 2024 vor, den Überfall auf Leonid Wolkow bestellt zu haben, was er bestreitet.',
      en: "Former Yukos co-owner living in exile in Israel; Navalny's foundation accused him in 2024 of ordering the attack on Leonid Volkov, which he denies.",
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'related-to', to: 'leonid-volkov' }],
  },
  {
    id: 'yevgeny-chichvarkin',
    type: 'person',
    subtype: 'businessman',
    names: { de: 'Jewgeni Tschitschwarkin', en: 'Yevgeny Chichvarkin', ru: 'Евгений Чичваркин' },
    aliases: ['Evgeny Chichvarkin', 'Yevgeniy Chichvarkin', 'Jewgenij Tschitschwarkin', 'Chichvarkin', 'Tschitschwarkin'],
    description: {
      de: 'Russischer Unternehmer im Londoner Exil, Mitgründer der Handelskette Jewroset; Kremlgegner, der die Ukraine unterstützt.',
      en: 'Russian businessman in exile in London and co-founder of the Yevroset retail chain; a Kremlin opponent who supports Ukraine.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
];
