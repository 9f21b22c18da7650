// Third breadth round: officials, commanders, units, analysts and outlets met in the German press on Russia, Ukraine, Belarus and the Caucasus.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── Ukraine: military spokespeople, commanders, security officials ──────────────────────────
  {
    id: 'andrii-kovalov',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Andrij Kowaljow', en: 'Andrii Kovalov', uk: 'Андрій Ковальов' },
    aliases: ['Andriy Kovalov', 'Andriy Kovalyov', 'Andrii Kovalyov', 'Andrij Kowalow', 'Andrij Kovalyov', 'Andriy Kovalev'],
    description: {
      de: 'Offizier und Sprecher des Generalstabs der ukrainischen Streitkräfte, meldet Lage und Gefechte an der Front.',
      en: 'Officer and spokesman of the General Staff of Ukraine’s armed forces, reporting on the situation and fighting at the front.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'ukrainian-general-staff' }],
  },
  {
    id: 'eduard-moskalov',
    type: 'person',
    subtype: 'military',
    names: { de: 'Eduard Moskaljow', en: 'Eduard Moskalov', uk: 'Едуард Москальов' },
    aliases: ['Eduard Moskalyov', 'Eduard Moskaliov', 'Eduard Moskalev', 'Eduard Moskalow'],
    description: {
      de: 'Ukrainischer Generalmajor, im August 2024 zum Militärkommandanten der von der Ukraine eroberten Gebiete in der russischen Region Kursk ernannt.',
      en: 'Ukrainian major general, appointed in August 2024 as military commandant of the areas Ukraine had taken in Russia’s Kursk region.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'oleksandr-poklad',
    type: 'person',
    subtype: 'spy-chief',
    names: { de: 'Olexander Poklad', en: 'Oleksandr Poklad', uk: 'Олександр Поклад' },
    aliases: ['Oleksandr Poklad', 'Olexandr Poklad', 'Alexander Poklad', 'Oleksander Poklad'],
    description: {
      de: 'Stellvertretender Leiter des ukrainischen Geheimdienstes SBU, zuständig für Spionageabwehr; 2025 Mitglied der ukrainischen Delegation bei den Gesprächen mit Russland in Istanbul.',
      en: 'Deputy head of Ukraine’s SBU security service in charge of counter-intelligence; in 2025 a member of Ukraine’s delegation at the Istanbul talks with Russia.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'sbu' }],
  },
  {
    id: 'oleksandr-abakumov',
    type: 'person',
    subtype: 'official',
    names: { de: 'Olexander Abakumow', en: 'Oleksandr Abakumov', uk: 'Олександр Абакумов' },
    aliases: ['Oleksandr Abakumow', 'Olexandr Abakumow', 'Alexander Abakumow'],
    description: {
      de: 'Leiter der Ermittlungsabteilung des ukrainischen Antikorruptionsbüros NABU; stellte 2025 die „Operation Midas“ um Schmiergelder bei Energoatom vor.',
      en: 'Head of the detective unit of Ukraine’s NABU anti-corruption bureau; presented the 2025 “Operation Midas” into kickbacks at Energoatom.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'nabu' }],
  },
  {
    id: 'andriy-ryzhenko',
    type: 'person',
    subtype: 'military',
    names: { de: 'Andrij Ryschenko', en: 'Andriy Ryzhenko', uk: 'Андрій Риженко' },
    aliases: ['Andrii Ryzhenko', 'Andrij Ryzhenko', 'Andriy Ryschenko'],
    description: {
      de: 'Pensionierter Kapitän der ukrainischen Marine, als Militär- und Marineexperte in Medien zitiert.',
      en: 'Retired captain of the Ukrainian navy, quoted in the media as a military and naval analyst.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'ukrainian-joint-forces',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Vereinigte Kräfte der Ukraine', en: 'Joint Forces of Ukraine', uk: 'Об’єднані сили' },
    aliases: [
      'Vereinigte Streitkräftegruppe', 'Gruppierung Vereinte Kräfte', 'Gruppierung Vereinigte Kräfte', 'Joint Forces Group',
      'Joint Forces Task Force', 'Joint Forces Grouping', 'ukrainische Vereinigte Kräfte', 'Kommando der Vereinigten Kräfte',
    ],
    guarded: ['Vereinte Kräfte', 'Vereinigte Kräfte', 'Joint Forces'],
    cues: ['ukrain', 'gruppierung', 'grouping', 'sprecher', 'spokes', 'befehlshaber', 'commander', 'kupjansk', 'kupiansk', 'trehubow', 'trehubov'],
    description: {
      de: 'Operativ-strategische Gruppierung der ukrainischen Streitkräfte, zuletzt unter anderem für den Raum Kupjansk zuständig.',
      en: 'Operational-strategic grouping of Ukraine’s armed forces, lately responsible among other sectors for the Kupiansk area.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-armed-forces' }],
  },

  // ── Russia: officials, regional figures, generals, analysts, journalists ───────────────────
  {
    id: 'valentin-demidov',
    type: 'person',
    subtype: 'official',
    names: { de: 'Walentin Demidow', en: 'Valentin Demidov', ru: 'Валентин Демидов' },
    aliases: ['Valentin Demidow', 'Walentin Demidov'],
    description: {
      de: 'Bürgermeister der russischen Grenzstadt Belgorod seit Januar 2023; zuvor Funktionär der Besatzungsverwaltung auf der Krim, u. a. Verwaltungschef von Simferopol.',
      en: 'Mayor of the Russian border city of Belgorod since January 2023; earlier an official of the occupation authorities in Crimea, among other posts head of Simferopol’s administration.',
    },
    roles: [{ title: { de: 'Bürgermeister von Belgorod', en: 'Mayor of Belgorod' }, of: 'russia', from: '2023-01' }],
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'nikolai-makarov',
    type: 'person',
    subtype: 'military',
    names: { de: 'Nikolai Makarow', en: 'Nikolai Makarov', ru: 'Николай Макаров' },
    aliases: ['Nikolay Makarov', 'Nikolai Makarov', 'Nikolaj Makarow'],
    description: {
      de: 'Russischer Armeegeneral, Generalstabschef von 2008 bis 2012 und Vorgänger von Waleri Gerassimow.',
      en: 'Russian army general, chief of the general staff from 2008 to 2012 and Valery Gerasimov’s predecessor.',
    },
    roles: [{ title: { de: 'Chef des Generalstabs', en: 'Chief of the General Staff' }, of: 'russian-general-staff', from: '2008', to: '2012' }],
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'leonid-ivashov',
    type: 'person',
    subtype: 'military',
    names: { de: 'Leonid Iwaschow', en: 'Leonid Ivashov', ru: 'Леонид Ивашов' },
    aliases: ['Leonid Ivashov', 'Leonid Iwaschov'],
    description: {
      de: 'Russischer Generaloberst a. D. und Präsident der Moskauer Akademie für geopolitische Probleme, häufig zitierter Kommentator der Außen- und Militärpolitik.',
      en: 'Retired Russian colonel general and president of the Moscow-based Academy of Geopolitical Problems, often quoted on foreign and military policy.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'farida-rustamova',
    type: 'person',
    names: { de: 'Farida Rustamowa', en: 'Farida Rustamova', ru: 'Фарида Рустамова' },
    aliases: ['Farida Rustamova', 'Farida Rustamowa'],
    description: {
      de: 'Russische Journalistin im Exil, berichtet in ihrem Newsletter „Faridaily“ über Vorgänge in Kreml und Elite.',
      en: 'Exiled Russian journalist who reports on the Kremlin and the elite in her newsletter “Faridaily”.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'andrei-pivovarov',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Andrej Piwowarow', en: 'Andrei Pivovarov', ru: 'Андрей Пивоваров' },
    aliases: ['Andrey Pivovarov', 'Andrei Piwowarow', 'Andrej Pivovarov'],
    description: {
      de: 'Russischer Oppositionspolitiker und früherer Leiter von „Offenes Russland“, 2021 verhaftet und im August 2024 beim großen Gefangenenaustausch freigelassen.',
      en: 'Russian opposition politician and former head of Open Russia, arrested in 2021 and freed in the large prisoner exchange of August 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'leads', to: 'open-russia' }],
  },
  {
    id: 'open-russia',
    type: 'organization',
    names: { de: 'Offenes Russland', en: 'Open Russia', ru: 'Открытая Россия' },
    aliases: ['Open Russia', 'Otkrytaja Rossija', 'Otkrytaya Rossiya', 'Bewegung Offenes Russland'],
    description: {
      de: 'Von Michail Chodorkowski gegründete russische Oppositionsbewegung, als „unerwünscht“ verboten; löste sich 2021 auf.',
      en: 'Russian opposition movement founded by Mikhail Khodorkovsky, banned as “undesirable”; dissolved itself in 2021.',
    },
    links: [{ rel: 'related-to', to: 'mikhail-khodorkovsky' }],
  },
  {
    id: 'evgenia-kara-murza',
    type: 'person',
    names: { de: 'Jewgenija Kara-Mursa', en: 'Evgenia Kara-Murza', ru: 'Евгения Кара-Мурза' },
    aliases: ['Yevgenia Kara-Murza', 'Evgeniya Kara-Murza', 'Jewgenia Kara-Mursa', 'Evgenia Kara-Mursa'],
    description: {
      de: 'Menschenrechtsaktivistin und Ehefrau des russischen Oppositionellen Wladimir Kara-Mursa, setzte sich international für seine Freilassung ein.',
      en: 'Human-rights campaigner and wife of Russian opposition figure Vladimir Kara-Murza, who lobbied internationally for his release.',
    },
    links: [{ rel: 'related-to', to: 'vladimir-kara-murza' }],
  },
  {
    id: 'rossiya-24',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Rossija 24', en: 'Rossiya 24', ru: 'Россия-24' },
    aliases: ['Russia 24', 'Rossiya-24', 'Rossija-24'],
    description: {
      de: 'Staatlicher russischer Nachrichtensender der Rundfunkholding WGTRK, sendet rund um die Uhr die Linie des Kreml.',
      en: 'Russian state news channel of the VGTRK broadcasting holding, carrying the Kremlin line around the clock.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'vzglyad',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Wsgljad', en: 'Vzglyad', ru: 'Взгляд' },
    aliases: ['Vzgljad', 'Wzgljad', 'Vzglyad.ru'],
    description: {
      de: 'Kremlnahe russische Online-Zeitung mit patriotischer Linie.',
      en: 'Pro-Kremlin Russian online newspaper with a patriotic line.',
    },
  },

  // ── Chechnya: exiled critics ────────────────────────────────────────────────────────────────
  {
    id: 'tumso-abdurakhmanov',
    type: 'person',
    names: { de: 'Tumso Abdurachmanow', en: 'Tumso Abdurakhmanov', ru: 'Тумсо Абдурахманов' },
    aliases: ['Tumso Abdurakhmanov', 'Tumso Abdurachmanov'],
    description: {
      de: 'Tschetschenischer Blogger im Exil und scharfer Kritiker von Ramsan Kadyrow; überlebte 2020 in Schweden einen Mordanschlag.',
      en: 'Exiled Chechen blogger and fierce critic of Ramzan Kadyrov; survived an assassination attempt in Sweden in 2020.',
    },
    links: [{ rel: 'related-to', to: 'ramzan-kadyrov' }],
  },
  {
    id: 'mokhmad-abdurakhmanov',
    type: 'person',
    names: { de: 'Mochmad Abdurachmanow', en: 'Mokhmad Abdurakhmanov', ru: 'Мохмад Абдурахманов' },
    aliases: ['Mokhmad Abdurakhmanov', 'Mochmad Abdurakhmanov', 'Mohmad Abdurakhmanov'],
    description: {
      de: 'Tschetschenischer Exil-Blogger und Bruder von Tumso Abdurachmanow, Kritiker Kadyrows; Ziel eines in Deutschland vor Gericht verhandelten Mordkomplotts.',
      en: 'Exiled Chechen blogger and brother of Tumso Abdurakhmanov, a Kadyrov critic; target of a murder plot tried in a German court.',
    },
    links: [{ rel: 'related-to', to: 'tumso-abdurakhmanov' }, { rel: 'related-to', to: 'ramzan-kadyrov' }],
  },

  // ── Belarus ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'belarus-120th-mechanized-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '120. Mechanisierte Brigade (Belarus)', en: '120th Mechanized Brigade (Belarus)', be: '120-я асобная гвардзейская механізаваная брыгада' },
    aliases: ['120th Guards Mechanized Brigade', '120. mechanisierte Brigade der belarussischen Streitkräfte', 'belarussische 120. mechanisierte Brigade', '120th Separate Guards Mechanized Brigade'],
    description: {
      de: 'Mechanisierte Gardebrigade der belarussischen Armee bei Minsk, nimmt an gemeinsamen Manövern mit Russland teil.',
      en: 'Guards mechanized brigade of the Belarusian army near Minsk, taking part in joint exercises with Russia.',
    },
    links: [{ rel: 'part-of', to: 'belarusian-armed-forces' }],
  },
  {
    id: 'belarusian-hajun',
    type: 'organization',
    names: { de: 'Belaruski Hajun', en: 'Belarusian Hajun', be: 'Беларускі Гаюн' },
    aliases: ['Belaruski Hajun', 'Belarusian Hajun', 'Hajun-Projekt', 'Projekt Hajun'],
    description: {
      de: 'Belarussisches Beobachtungsprojekt, das russische Truppen- und Flugbewegungen in Belarus dokumentierte; stellte 2023 die Arbeit ein.',
      en: 'Belarusian monitoring project that documented Russian troop and air movements in Belarus; stopped its work in 2023.',
    },
  },

  // ── Moldova and Transnistria ────────────────────────────────────────────────────────────────
  {
    id: 'alexandru-musteata',
    type: 'person',
    subtype: 'spy-chief',
    names: { de: 'Alexandru Musteață', en: 'Alexandru Musteață', fr: 'Alexandru Musteață' },
    aliases: ['Alexandru Musteata', 'Alexandru Musteaţă', 'Alexandr Musteata'],
    description: {
      de: 'Ab Juni 2022 Direktor des moldauischen Nachrichten- und Sicherheitsdienstes SIS; warnte wiederholt vor russischen Umsturzplänen.',
      en: 'Director of Moldova’s Intelligence and Security Service (SIS) from June 2022; repeatedly warned of Russian plans to destabilise the country.',
    },
    roles: [{ title: { de: 'Direktor des Nachrichten- und Sicherheitsdienstes', en: 'Director of the Intelligence and Security Service' }, of: 'moldova', from: '2022-06' }],
    links: [{ rel: 'citizen-of', to: 'moldova' }],
  },
  {
    id: 'daniel-voda',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Daniel Vodă', en: 'Daniel Vodă' },
    aliases: ['Daniel Voda'],
    description: {
      de: 'Sprecher der moldauischen Regierung, äußerte sich u. a. zur Gaskrise um Transnistrien.',
      en: 'Spokesman of the Moldovan government, quoted among other things on the Transnistria gas crisis.',
    },
    links: [{ rel: 'citizen-of', to: 'moldova' }],
  },
  {
    id: 'shor-party',
    type: 'organization',
    subtype: 'party',
    names: { de: 'Șor-Partei', en: 'Șor Party', ru: 'Партия «Шор»' },
    aliases: ['Shor Party', 'Schor-Partei', 'Sor-Partei', 'Partei Șor', 'Partidul Șor', 'Partidul Sor', 'Shor-Partei', 'Şor-Partei', 'Şor Party'],
    description: {
      de: 'Prorussische moldauische Partei des flüchtigen Oligarchen Ilan Șor, 2023 vom Verfassungsgericht verboten; lebt in Nachfolgebündnissen weiter.',
      en: 'Pro-Russian Moldovan party of fugitive oligarch Ilan Shor, banned by the constitutional court in 2023; lives on in successor blocs.',
    },
    links: [{ rel: 'related-to', to: 'ilan-shor' }],
  },
  {
    id: 'sergei-obolonik',
    type: 'person',
    subtype: 'official',
    names: { de: 'Sergej Obolonik', en: 'Sergei Obolonik', ru: 'Сергей Оболоник' },
    aliases: ['Sergey Obolonik', 'Serghei Obolonic', 'Sergei Obolonik'],
    description: {
      de: 'Für die Wirtschaft zuständiger Spitzenfunktionär der prorussischen Führung im abtrünnigen Transnistrien.',
      en: 'Senior official in charge of the economy in the pro-Russian leadership of breakaway Transnistria.',
    },
    links: [{ rel: 'related-to', to: 'transnistria' }],
  },
  {
    id: 'tiraspoltransgaz',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Tiraspoltransgaz', en: 'Tiraspoltransgaz', ru: 'Тираспольтрансгаз' },
    aliases: ['Tiraspoltransgas', 'Tiraspoltransgaz-Pridnestrovie'],
    description: {
      de: 'Gasversorger des abtrünnigen Transnistrien, bezog russisches Gas von Gazprom, ohne dafür zu zahlen.',
      en: 'Gas supplier of breakaway Transnistria, which took Russian gas from Gazprom without paying for it.',
    },
    links: [{ rel: 'related-to', to: 'transnistria' }, { rel: 'related-to', to: 'gazprom' }],
  },

  // ── South Caucasus ──────────────────────────────────────────────────────────────────────────
  {
    id: 'ali-asadov',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Ali Asadow', en: 'Ali Asadov' },
    aliases: ['Ali Asadov', 'Ali Əsədov', 'Ali Assadow'],
    description: {
      de: 'Ministerpräsident Aserbaidschans seit Oktober 2019, zuvor langjähriger Berater von Präsident Ilham Alijew.',
      en: 'Prime minister of Azerbaijan since October 2019, previously a long-time aide to President Ilham Aliyev.',
    },
    roles: [{ title: { de: 'Ministerpräsident', en: 'Prime Minister' }, of: 'azerbaijan', from: '2019-10' }],
    links: [{ rel: 'citizen-of', to: 'azerbaijan' }],
  },
  {
    id: 'armen-sarkissian',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Armen Sarkissjan', en: 'Armen Sarkissian' },
    aliases: ['Armen Sarkisyan', 'Armen Sargsyan', 'Armen Sarkisjan', 'Armen Sarkissian'],
    description: {
      de: 'Armenischer Physiker und Diplomat, Staatspräsident Armeniens von 2018 bis zu seinem Rücktritt Anfang 2022.',
      en: 'Armenian physicist and diplomat, president of Armenia from 2018 until he resigned in early 2022.',
    },
    roles: [{ title: { de: 'Präsident', en: 'President' }, of: 'armenia', from: '2018-04', to: '2022-02' }],
    links: [{ rel: 'citizen-of', to: 'armenia' }],
  },
  {
    id: 'davit-kezerashvili',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Dawit Kesereschwili', en: 'Davit Kezerashvili' },
    aliases: ['Davit Kezerashvili', 'David Kezerashvili', 'Dawit Kezerashvili', 'David Kesereschwili'],
    description: {
      de: 'Georgischer Verteidigungsminister von 2006 bis 2008 unter Präsident Saakaschwili, später Geschäftsmann und Gegner der Regierungspartei Georgischer Traum.',
      en: 'Georgia’s defence minister from 2006 to 2008 under President Saakashvili, later a businessman and opponent of the ruling Georgian Dream party.',
    },
    roles: [{ title: { de: 'Verteidigungsminister', en: 'Defence Minister' }, of: 'georgia', from: '2006', to: '2008' }],
    links: [{ rel: 'citizen-of', to: 'georgia' }],
  },
  {
    id: 'pawel-herczynski',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Paweł Herczyński', en: 'Paweł Herczyński' },
    aliases: ['Pawel Herczynski', 'Pawel Herczyński', 'Paweł Herczynski'],
    description: {
      de: 'Polnischer Diplomat, Botschafter der Europäischen Union in Georgien; verkündete 2024 den Stopp des georgischen EU-Beitrittsprozesses.',
      en: 'Polish diplomat, the European Union’s ambassador to Georgia; announced the halt of Georgia’s EU accession process in 2024.',
    },
    links: [{ rel: 'member-of', to: 'european-union' }],
  },
  {
    id: 'thomas-de-waal',
    type: 'person',
    names: { de: 'Thomas de Waal', en: 'Thomas de Waal' },
    aliases: ['Tom de Waal'],
    description: {
      de: 'Britischer Journalist und Kaukasus-Experte, Senior Fellow bei Carnegie Europe; häufig zu Georgien, Armenien und Aserbaidschan zitiert.',
      en: 'British journalist and Caucasus expert, senior fellow at Carnegie Europe; often quoted on Georgia, Armenia and Azerbaijan.',
    },
    links: [{ rel: 'member-of', to: 'carnegie-endowment' }],
  },

  // ── Germany ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'joerg-urban',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Jörg Urban', en: 'Jörg Urban' },
    aliases: ['Joerg Urban', 'Jorg Urban'],
    description: {
      de: 'Landesvorsitzender der AfD in Sachsen und Chef ihrer Landtagsfraktion, lehnt Waffenlieferungen an die Ukraine ab.',
      en: 'Leader of the AfD in Saxony and head of its group in the state parliament, opposes arms deliveries to Ukraine.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'afd' }],
  },
  {
    id: 'association-of-the-us-army',
    type: 'organization',
    names: { de: 'Association of the US Army', en: 'Association of the United States Army' },
    aliases: ['Association of the US Army', 'Association of the U.S. Army'],
    acronyms: ['AUSA'],
    description: {
      de: 'Private Interessen- und Bildungsvereinigung rund um das US-Heer, veranstaltet Konferenzen, auch in Europa.',
      en: 'Private professional and educational association around the US Army, holding conferences, also in Europe.',
    },
    links: [{ rel: 'related-to', to: 'us-army' }],
  },
];
