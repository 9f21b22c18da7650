// Twenty-third breadth round: English-language reporting from the region and the wires on Israel, Gaza, the West Bank, Lebanon, Yemen and Iraq’s militias, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // IDF officers killed in the Gaza war and on 7 October.
  {
    id: 'ahsan-daksa',
    type: 'person',
    subtype: 'military',
    names: { de: 'Ahsan Daksa', en: 'Ahsan Daksa', he: 'אחסאן דקסה' },
    aliases: ['Ehsan Daksa', 'Ihsan Daksa', 'Ahsan Dakssa', 'Ehsan Dakssa', 'Ihsan Dakssa'],
    description: {
      de: 'Drusischer Oberst der israelischen Armee, Kommandeur der 401. Panzerbrigade; im Oktober 2024 in Dschabalija im Norden Gazas getötet.',
      en: 'Druze colonel of the Israeli army who commanded the 401st Armored Brigade; killed in Jabalia, northern Gaza, in October 2024.',
    },
    roles: [{ title: { de: 'Kommandeur der 401. Brigade', en: 'Commander of the 401st Brigade' }, of: 'idf-401st-brigade', to: '2024-10-20' }],
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'idf' }, { rel: 'leads', to: 'idf-401st-brigade' }],
  },
  {
    id: 'roi-levy',
    type: 'person',
    subtype: 'military',
    names: { de: 'Roi Levy', en: 'Roi Levy', he: 'רועי לוי' },
    aliases: ['Roi Levi'],
    description: {
      de: 'Oberst der israelischen Armee und Kommandeur der Multidimensionalen Einheit; fiel am 7. Oktober 2023 im Kampf gegen die Hamas-Angreifer nahe Re’im.',
      en: 'Israeli army colonel in command of the Multidimensional Unit; fell fighting the Hamas attackers near Re’im on 7 October 2023.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'idf' }, { rel: 'leads', to: 'multidimensional-unit' }],
  },

  // Hostages and their families.
  {
    id: 'hagit-chen',
    type: 'person',
    names: { de: 'Hagit Chen', en: 'Hagit Chen', he: 'חגית חן' },
    description: {
      de: 'Mutter des am 7. Oktober 2023 getöteten und nach Gaza verschleppten Soldaten Itay Chen; tritt bei Protesten der Geiselfamilien auf.',
      en: 'Mother of Itay Chen, the soldier killed and taken to Gaza on 7 October 2023; speaks at the hostage families’ protests.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'itay-chen' }, { rel: 'related-to', to: 'ruby-chen' }],
  },
  {
    id: 'eli-shtivi',
    type: 'person',
    names: { de: 'Eli Shtivi', en: 'Eli Shtivi', he: 'אלי שתיווי' },
    aliases: ['Eli Stivi', 'Eli Schtivi'],
    description: {
      de: 'Vater der am 7. Oktober 2023 nach Gaza verschleppten Geisel Idan Shtivi; protestierte vor der Residenz Netanjahus und in der Knesset.',
      en: 'Father of Idan Shtivi, taken to Gaza on 7 October 2023; protested outside Netanyahu’s residence and at the Knesset.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'idan-shtivi' }],
  },
  {
    id: 'simcha-goldin',
    type: 'person',
    names: { de: 'Simcha Goldin', en: 'Simcha Goldin', he: 'שמחה גולדין' },
    description: {
      de: 'Vater von Hadar Goldin, dem 2014 in Gaza gefallenen israelischen Offizier, dessen Leiche die Hamas jahrelang festhielt; Aktivist für die Rückkehr der Geiseln.',
      en: 'Father of Hadar Goldin, the Israeli officer killed in Gaza in 2014 whose body Hamas held for years; campaigns for the return of the hostages.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'hadar-goldin' }],
  },
  {
    id: 'hanan-yablonka',
    type: 'person',
    names: { de: 'Hanan Yablonka', en: 'Hanan Yablonka', he: 'חנן יבלונקה' },
    aliases: ['Hanan Jablonka'],
    description: {
      de: 'Israeli, der beim Hamas-Überfall vom 7. Oktober 2023 getötet wurde; seine Leiche wurde nach Gaza gebracht und im Mai 2024 von der Armee geborgen.',
      en: 'Israeli killed in the Hamas attack of 7 October 2023; his body was taken to Gaza and recovered by the army in May 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }],
  },

  // Israeli journalists and bylines of the region's English-language press.
  {
    id: 'tal-schneider',
    type: 'person',
    subtype: 'official',
    names: { de: 'Tal Schneider', en: 'Tal Schneider', he: 'טל שניידר' },
    description: {
      de: 'Politische Korrespondentin der Times of Israel.',
      en: 'Political correspondent of The Times of Israel.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'times-of-israel' }],
  },
  {
    id: 'nava-freiberg',
    type: 'person',
    subtype: 'official',
    names: { de: 'Nava Freiberg', en: 'Nava Freiberg' },
    description: {
      de: 'Reporterin der Times of Israel.',
      en: 'Reporter for The Times of Israel.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'times-of-israel' }],
  },
  {
    id: 'jessica-steinberg',
    type: 'person',
    subtype: 'official',
    names: { de: 'Jessica Steinberg', en: 'Jessica Steinberg' },
    description: {
      de: 'Redakteurin für Kultur und Gesellschaft bei der Times of Israel; berichtet auch über die Geiselfamilien.',
      en: 'Culture and lifestyle editor at The Times of Israel who also reports on the hostage families.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'times-of-israel' }],
  },
  {
    id: 'khaled-abu-toameh',
    type: 'person',
    subtype: 'official',
    names: { de: 'Khaled Abu Toameh', en: 'Khaled Abu Toameh', ar: 'خالد أبو طعمة' },
    aliases: ['Khaled Abu Toumeh', 'Chaled Abu Toameh'],
    description: {
      de: 'Arabisch-israelischer Journalist, der seit Jahrzehnten über palästinensische Politik berichtet, lange für die Jerusalem Post.',
      en: 'Arab-Israeli journalist who has covered Palestinian politics for decades, long for The Jerusalem Post.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'jerusalem-post' }],
  },
  {
    id: 'eliav-breuer',
    type: 'person',
    subtype: 'official',
    names: { de: 'Eliav Breuer', en: 'Eliav Breuer' },
    description: {
      de: 'Politischer Reporter der Jerusalem Post, berichtet aus der Knesset.',
      en: 'Political reporter for The Jerusalem Post covering the Knesset.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'jerusalem-post' }],
  },
  {
    id: 'amir-bohbot',
    type: 'person',
    subtype: 'official',
    names: { de: 'Amir Bohbot', en: 'Amir Bohbot', he: 'אמיר בוחבוט' },
    description: {
      de: 'Militärkorrespondent des israelischen Nachrichtenportals Walla.',
      en: 'Military correspondent of the Israeli news site Walla.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'walla' }],
  },
  {
    id: 'itamar-eichner',
    type: 'person',
    subtype: 'official',
    names: { de: 'Itamar Eichner', en: 'Itamar Eichner', he: 'איתמר אייכנר' },
    description: {
      de: 'Diplomatischer Korrespondent von Yedioth Ahronoth und Ynet.',
      en: 'Diplomatic correspondent of Yedioth Ahronoth and Ynet.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'ynet' }],
  },
  {
    id: 'einav-halabi',
    type: 'person',
    subtype: 'official',
    names: { de: 'Einav Halabi', en: 'Einav Halabi', he: 'עינב חלבי' },
    description: {
      de: 'Ynet-Korrespondentin für die arabische Welt.',
      en: 'Ynet correspondent covering the Arab world.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'ynet' }],
  },
  {
    id: 'elisha-ben-kimon',
    type: 'person',
    subtype: 'official',
    names: { de: 'Elisha Ben Kimon', en: 'Elisha Ben Kimon', he: 'אלישע בן קימון' },
    description: {
      de: 'Ynet-Reporter für das Westjordanland und die Siedlungen.',
      en: 'Ynet reporter covering the West Bank and the settlements.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'ynet' }],
  },
  {
    id: 'lior-ben-ari',
    type: 'person',
    subtype: 'official',
    names: { de: 'Lior Ben Ari', en: 'Lior Ben Ari', he: 'ליאור בן ארי' },
    description: {
      de: 'Journalist von Ynet, schreibt über den Nahen Osten und die arabische Welt.',
      en: 'Ynet journalist writing on the Middle East and the Arab world.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'ynet' }],
  },
  {
    id: 'moran-azulay',
    type: 'person',
    subtype: 'official',
    names: { de: 'Moran Azulay', en: 'Moran Azulay', he: 'מורן אזולאי' },
    description: {
      de: 'Politische Korrespondentin von Yedioth Ahronoth und Ynet.',
      en: 'Political correspondent of Yedioth Ahronoth and Ynet.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'ynet' }],
  },
  {
    id: 'hagar-shezaf',
    type: 'person',
    subtype: 'official',
    names: { de: 'Hagar Shezaf', en: 'Hagar Shezaf', he: 'הגר שיזף' },
    description: {
      de: 'Haaretz-Korrespondentin für das Westjordanland.',
      en: 'Haaretz correspondent for the West Bank.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'haaretz' }],
  },
  {
    id: 'ben-samuels',
    type: 'person',
    subtype: 'official',
    names: { de: 'Ben Samuels', en: 'Ben Samuels' },
    description: {
      de: 'US-Korrespondent der israelischen Zeitung Haaretz in Washington.',
      en: 'Washington-based US correspondent of the Israeli daily Haaretz.',
    },
    links: [{ rel: 'member-of', to: 'haaretz' }],
  },
  {
    id: 'amichai-stein',
    type: 'person',
    subtype: 'official',
    names: { de: 'Amichai Stein', en: 'Amichai Stein', he: 'עמיחי שטיין' },
    aliases: ['Amichai Shtein'],
    description: {
      de: 'Israelischer Diplomatiekorrespondent, lange beim öffentlich-rechtlichen Sender Kan.',
      en: 'Israeli diplomatic correspondent, long with the public broadcaster Kan.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'kan' }],
  },
  {
    id: 'hallel-bitton-rosen',
    type: 'person',
    subtype: 'official',
    names: { de: 'Hallel Bitton Rosen', en: 'Hallel Bitton Rosen', he: 'הלל ביטון רוזן' },
    aliases: ['Hallel Biton Rosen', 'Hillel Bitton Rosen'],
    description: {
      de: 'Militärkorrespondent des israelischen Fernsehsenders Kanal 14.',
      en: 'Military correspondent of Israel’s Channel 14.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'channel-14-israel' }],
  },
  {
    id: 'roi-sharon',
    type: 'person',
    subtype: 'official',
    names: { de: 'Roi Sharon', en: 'Roi Sharon', he: 'רועי שרון' },
    aliases: ['Roy Sharon'],
    description: {
      de: 'Militärkorrespondent des öffentlich-rechtlichen israelischen Senders Kan.',
      en: 'Military correspondent of Israel’s public broadcaster Kan.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'kan' }],
  },
  {
    id: 'itay-blumental',
    type: 'person',
    subtype: 'official',
    names: { de: 'Itay Blumental', en: 'Itay Blumental', he: 'איתי בלומנטל' },
    aliases: ['Itai Blumental', 'Itay Blumenthal', 'Itai Blumenthal'],
    description: {
      de: 'Militärkorrespondent des öffentlich-rechtlichen israelischen Senders Kan.',
      en: 'Military correspondent of Israel’s public broadcaster Kan.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'kan' }],
  },
  {
    id: 'suleiman-maswadeh',
    type: 'person',
    subtype: 'official',
    names: { de: 'Suleiman Maswadeh', en: 'Suleiman Maswadeh', he: 'סולימאן מסוודה' },
    aliases: ['Suliman Maswadeh', 'Sulaiman Maswadeh', 'Suleiman Masswadeh'],
    description: {
      de: 'Politischer Korrespondent des öffentlich-rechtlichen israelischen Senders Kan.',
      en: 'Political correspondent of Israel’s public broadcaster Kan.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'kan' }],
  },
  {
    id: 'yaron-avraham',
    type: 'person',
    subtype: 'official',
    names: { de: 'Yaron Avraham', en: 'Yaron Avraham', he: 'ירון אברהם' },
    description: {
      de: 'Politischer Korrespondent des israelischen Fernsehsenders Kanal 12.',
      en: 'Political correspondent of Israel’s Channel 12.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'channel-12-israel' }],
  },
  {
    id: 'dana-weiss',
    type: 'person',
    subtype: 'official',
    names: { de: 'Dana Weiss', en: 'Dana Weiss', he: 'דנה ויס' },
    description: {
      de: 'Politische Chefanalystin des israelischen Fernsehsenders Kanal 12.',
      en: 'Chief political analyst of Israel’s Channel 12.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'channel-12-israel' }],
  },
  {
    id: 'anna-barsky',
    type: 'person',
    subtype: 'official',
    names: { de: 'Anna Barsky', en: 'Anna Barsky', he: 'אנה ברסקי' },
    aliases: ['Ana Barsky'],
    description: {
      de: 'Israelische politische Korrespondentin, bekannt von der Zeitung Maariv.',
      en: 'Israeli political correspondent known from the daily Maariv.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'maariv' }],
  },
  {
    id: 'yanir-cozin',
    type: 'person',
    subtype: 'official',
    names: { de: 'Yanir Cozin', en: 'Yanir Cozin', he: 'יניר קוזין' },
    aliases: ['Yanir Kozin'],
    description: {
      de: 'Reporter des israelischen Armeeradios.',
      en: 'Reporter for Israel’s Army Radio.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'member-of', to: 'army-radio' }],
  },

  // Lebanese and Gulf newsroom bylines.
  {
    id: 'jeanine-jalkh',
    type: 'person',
    subtype: 'official',
    names: { de: 'Jeanine Jalkh', en: 'Jeanine Jalkh' },
    description: {
      de: 'Libanesische Journalistin der Zeitung L’Orient-Le Jour, schreibt über Hisbollah und Innenpolitik.',
      en: 'Lebanese journalist at L’Orient-Le Jour writing on Hezbollah and domestic politics.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'member-of', to: 'lorient-le-jour' }],
  },
  {
    id: 'caroline-hayek',
    type: 'person',
    subtype: 'official',
    names: { de: 'Caroline Hayek', en: 'Caroline Hayek' },
    description: {
      de: 'Reporterin der libanesischen Zeitung L’Orient-Le Jour.',
      en: 'Reporter for the Lebanese daily L’Orient-Le Jour.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'member-of', to: 'lorient-le-jour' }],
  },
  {
    id: 'mountasser-abdallah',
    type: 'person',
    subtype: 'official',
    names: { de: 'Mountasser Abdallah', en: 'Mountasser Abdallah' },
    aliases: ['Muntaser Abdallah', 'Montasser Abdallah'],
    description: {
      de: 'Libanesischer Reporter von L’Orient Today, berichtet aus dem Südlibanon.',
      en: 'Lebanese reporter for L’Orient Today covering south Lebanon.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'member-of', to: 'lorient-le-jour' }],
  },
  {
    id: 'najia-houssari',
    type: 'person',
    subtype: 'official',
    names: { de: 'Najia Houssari', en: 'Najia Houssari' },
    description: {
      de: 'Beiruter Korrespondentin der saudischen Zeitung Arab News.',
      en: 'Beirut correspondent of the Saudi daily Arab News.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'member-of', to: 'arab-news' }],
  },

  // Outlets.
  {
    id: 'kikar-hashabbat',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Kikar HaShabbat', en: 'Kikar HaShabbat', he: 'כיכר השבת' },
    aliases: ['Kikar Hashabbat', 'Kikar Hashabat', 'Kikar HaShabat'],
    description: {
      de: 'Ultraorthodoxes israelisches Nachrichtenportal.',
      en: 'Ultra-Orthodox Israeli news website.',
    },
    links: [{ rel: 'related-to', to: 'israel' }],
  },
  {
    id: 'janoubia',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Janoubia', en: 'Janoubia', ar: 'جنوبية' },
    aliases: ['Janoubia.com', 'Janoubia news site'],
    description: {
      de: 'Libanesisches schiitisches Nachrichtenportal, das der Hisbollah kritisch gegenübersteht.',
      en: 'Lebanese Shiite news site critical of Hezbollah.',
    },
    links: [{ rel: 'related-to', to: 'lebanon' }],
  },
  {
    id: 'yemen-monitor',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Yemen Monitor', en: 'Yemen Monitor', ar: 'يمن مونيتور' },
    description: {
      de: 'Jemenitisches Nachrichtenportal.',
      en: 'Yemeni news website.',
    },
    links: [{ rel: 'related-to', to: 'yemen' }],
  },
  {
    id: 'muslim-network-tv',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Muslim Network TV', en: 'Muslim Network TV' },
    acronyms: ['MNTV'],
    description: {
      de: 'US-amerikanischer muslimischer Medienkanal, der auch über Nahost-Konflikte berichtet.',
      en: 'US-based Muslim media channel that also reports on the Middle East conflicts.',
    },
    links: [{ rel: 'related-to', to: 'united-states' }],
  },

  // Israeli security units.
  {
    id: 'israel-police-judea-samaria-district',
    type: 'organization',
    subtype: 'security-body',
    names: { de: 'Polizeibezirk Judäa und Samaria', en: 'Judea and Samaria District Police', he: 'מחוז ש"י' },
    aliases: ['Judea and Samaria Police District', 'Judea and Samaria District of the Israel Police', 'Samaria and Judea District Police', 'West Bank district police', 'SHAI District', 'Shai District Police', 'Polizeibezirk Judäa und Samaria'],
    description: {
      de: 'Bezirk der israelischen Polizei, der für das besetzte Westjordanland zuständig ist.',
      en: 'District of the Israel Police responsible for the occupied West Bank.',
    },
    links: [{ rel: 'part-of', to: 'israel-police' }],
  },
  {
    id: 'yasam',
    type: 'organization',
    subtype: 'security-body',
    names: { de: 'Yasam', en: 'Yasam', he: 'יס"מ' },
    aliases: ['Yasam riot police', 'Yasam unit', 'Yasam special patrol unit', 'Jassam'],
    acronyms: ['YASAM'],
    description: {
      de: 'Spezielle Patrouilleneinheit der israelischen Polizei, eingesetzt etwa gegen Demonstrationen und Unruhen.',
      en: 'Special patrol unit of the Israel Police, deployed against protests and riots among other tasks.',
    },
    links: [{ rel: 'part-of', to: 'israel-police' }],
  },
  {
    id: 'kfir-haruv-battalion',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Haruv-Bataillon', en: 'Haruv Battalion', he: 'גדוד חרוב' },
    aliases: ['Haruv Battalion', 'Kfir Brigade’s Haruv Battalion'],
    description: {
      de: 'Infanteriebataillon der Kfir-Brigade der israelischen Armee.',
      en: 'Infantry battalion of the Israeli army’s Kfir Brigade.',
    },
    links: [{ rel: 'part-of', to: 'kfir-brigade' }],
  },
  {
    id: 'kfir-duchifat-battalion',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Duchifat-Bataillon', en: 'Duchifat Battalion', he: 'גדוד דוכיפת' },
    aliases: ['Dukhifat Battalion'],
    description: {
      de: 'Infanteriebataillon der Kfir-Brigade der israelischen Armee.',
      en: 'Infantry battalion of the Israeli army’s Kfir Brigade.',
    },
    links: [{ rel: 'part-of', to: 'kfir-brigade' }],
  },
  {
    id: 'kfir-shimshon-battalion',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Schimschon-Bataillon', en: 'Shimshon Battalion', he: 'גדוד שמשון' },
    aliases: ['Shimshon-Bataillon'],
    description: {
      de: 'Infanteriebataillon der Kfir-Brigade der israelischen Armee.',
      en: 'Infantry battalion of the Israeli army’s Kfir Brigade.',
    },
    links: [{ rel: 'part-of', to: 'kfir-brigade' }],
  },
  {
    id: 'kfir-nahshon-battalion',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Nachschon-Bataillon', en: 'Nahshon Battalion', he: 'גדוד נחשון' },
    aliases: ['Nachshon Battalion', 'Nachshon-Bataillon'],
    description: {
      de: 'Infanteriebataillon der Kfir-Brigade der israelischen Armee.',
      en: 'Infantry battalion of the Israeli army’s Kfir Brigade.',
    },
    links: [{ rel: 'part-of', to: 'kfir-brigade' }],
  },
  {
    id: 'kfir-lavi-battalion',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Lavi-Bataillon', en: 'Lavi Battalion', he: 'גדוד לביא' },
    description: {
      de: 'Infanteriebataillon der Kfir-Brigade der israelischen Armee.',
      en: 'Infantry battalion of the Israeli army’s Kfir Brigade.',
    },
    links: [{ rel: 'part-of', to: 'kfir-brigade' }],
  },
  {
    id: 'desert-reconnaissance-battalion',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Wüstenaufklärungsbataillon', en: 'Desert Reconnaissance Battalion', he: 'גדוד סיור מדברי' },
    aliases: ['Bedouin Desert Reconnaissance Battalion', 'Desert Patrol Battalion', 'Bedouin reconnaissance battalion'],
    description: {
      de: 'Aufklärungsbataillon der israelischen Armee, in dem vor allem Beduinen dienen; an der Grenze zu Gaza eingesetzt.',
      en: 'Israeli army reconnaissance battalion manned largely by Bedouin soldiers, deployed on the Gaza border.',
    },
    links: [{ rel: 'part-of', to: 'idf' }],
  },

  // Companies of the Kurdistan oil fields hit by drones.
  {
    id: 'genel-energy',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Genel Energy', en: 'Genel Energy' },
    aliases: ['Genel Energy plc'],
    description: {
      de: 'In London notierter Ölkonzern mit Förderung in der irakischen Kurdenregion, Partner am Tawke-Feld.',
      en: 'London-listed oil company producing in Iraqi Kurdistan and a partner in the Tawke field.',
    },
    links: [{ rel: 'related-to', to: 'iraq' }, { rel: 'related-to', to: 'dno-asa' }],
  },
  {
    id: 'shamaran-petroleum',
    type: 'organization',
    subtype: 'company',
    names: { de: 'ShaMaran Petroleum', en: 'ShaMaran Petroleum' },
    aliases: ['ShaMaran', 'ShaMaran Petroleum Corp'],
    description: {
      de: 'Kanadisches Ölunternehmen der Lundin-Gruppe mit Beteiligungen an Ölfeldern in der irakischen Kurdenregion.',
      en: 'Canadian oil company of the Lundin group with stakes in oil fields of Iraqi Kurdistan.',
    },
    links: [{ rel: 'related-to', to: 'iraq' }],
  },
  {
    id: 'forza-petroleum',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Forza Petroleum', en: 'Forza Petroleum' },
    aliases: ['Oryx Petroleum'],
    description: {
      de: 'Ölunternehmen, früher Oryx Petroleum, Betreiber des Hawler-Lizenzgebiets in der Provinz Erbil.',
      en: 'Oil company, formerly Oryx Petroleum, operating the Hawler licence area in Erbil province.',
    },
    links: [{ rel: 'related-to', to: 'iraq' }],
  },
  {
    id: 'north-oil-company',
    type: 'organization',
    subtype: 'company',
    names: { de: 'North Oil Company', en: 'North Oil Company' },
    aliases: ['Northern Oil Company', 'Nördliche Ölgesellschaft'],
    description: {
      de: 'Staatliche irakische Ölgesellschaft mit Sitz in Kirkuk, zuständig für die Felder im Norden des Landes.',
      en: 'Iraqi state oil company based in Kirkuk, responsible for the fields in the country’s north.',
    },
    links: [{ rel: 'part-of', to: 'iraqi-oil-ministry' }],
  },

  // Yemeni state bodies and the west-coast forces.
  {
    id: 'yemen-shura-council',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Jemenitischer Schura-Rat', en: 'Yemeni Shura Council', ar: 'مجلس الشورى اليمني' },
    aliases: ['Shura Council of Yemen', 'Schura-Rat des Jemen', 'Yemen Shura Council'],
    guarded: ['Shura Council', 'Schura-Rat'],
    cues: ['yemen', 'jemen', 'aden', 'bin daghr', 'bin dagher', 'alimi', 'presidential leadership'],
    description: {
      de: 'Beratende zweite Kammer des international anerkannten jemenitischen Staates.',
      en: 'Consultative upper chamber of the internationally recognised Yemeni state.',
    },
    links: [{ rel: 'part-of', to: 'yemen' }],
  },
  {
    id: 'yemen-supreme-judicial-council',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Oberster Justizrat des Jemen', en: 'Yemeni Supreme Judicial Council', ar: 'مجلس القضاء الأعلى' },
    aliases: ['Supreme Judicial Council of Yemen', 'Yemen Supreme Judicial Council'],
    description: {
      de: 'Oberstes Verwaltungsorgan der Justiz im international anerkannten Jemen.',
      en: 'Top governing body of the judiciary in internationally recognised Yemen.',
    },
    links: [{ rel: 'part-of', to: 'yemen' }],
  },
  {
    id: 'tihama-resistance',
    type: 'organization',
    subtype: 'armed-group',
    names: { de: 'Tihama-Widerstand', en: 'Tihama Resistance', ar: 'المقاومة التهامية' },
    aliases: ['Tihamah Resistance', 'Tihama Resistance Forces', 'Tihami Resistance'],
    description: {
      de: 'Regierungstreue Miliz aus der jemenitischen Küstenebene Tihama, Teil der Gemeinsamen Kräfte an der Westküste gegen die Huthi.',
      en: 'Pro-government militia from Yemen’s Tihama coastal plain, part of the Joint Forces fighting the Houthis on the west coast.',
    },
    links: [{ rel: 'related-to', to: 'yemen' }, { rel: 'allied-with', to: 'national-resistance-forces-yemen' }],
  },
];
