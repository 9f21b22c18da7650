// Third breadth round: officials, commanders, units, analysts and outlets met in the German press on Russia, Ukraine, Belarus and the Caucasus.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── Ukraine: military spokespeople, commanders, security officials ──────────────────────────
  {
    id: 'andrii-kovalov',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Andrij Kowaljow', en: 'Andrii Kovalov', uk: 'Андрій Ковальов' },
    aliases: ['Andriy Kovalov', 'Andriy Kovalyov', 'Andrii Kovalyov', 'Andrij Kowalow', 'Andrij Kovalyov', 'Andriy Kovalev', 'Andrii Kovaliov'],
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
      'Joint Forces of the Ukrainian Armed Forces', 'Vereinigte Kräftegruppe',
    ],
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
    aliases: ['Russia 24', 'Rossiya-24', 'Rossija-24', 'Rossia 24', 'Rossia-24'],
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
    aliases: ['120th Guards Mechanized Brigade', '120. Mechanisierte Brigade', '120th Mechanized Brigade', '120. Gardebrigade', '120th Separate Guards Mechanized Brigade'],
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
    guarded: ['Hajun'],
    cues: ['belarus', 'weißruss', 'monitoring', 'projekt', 'project', 'telegram', 'portal'],
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
  // ── Ukraine: analysts, commentators and MPs quoted in the German press ─────────────────────
  {
    id: 'mykola-bielieskov',
    type: 'person',
    names: { de: 'Mykola Bjelieskow', en: 'Mykola Bielieskov', uk: 'Микола Бєлєсков' },
    aliases: ['Mykola Bielieskov', 'Mykola Beleskov', 'Mykola Bieliesków', 'Mykola Bjeljeskow', 'Mykola Bielieskow'],
    description: {
      de: 'Ukrainischer Militäranalyst am Nationalen Institut für strategische Studien in Kiew und bei der Stiftung Come Back Alive.',
      en: 'Ukrainian military analyst at the National Institute for Strategic Studies in Kyiv and at the Come Back Alive foundation.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'come-back-alive' }],
  },
  {
    id: 'oleksandr-musiienko',
    type: 'person',
    names: { de: 'Olexander Mussijenko', en: 'Oleksandr Musiienko', uk: 'Олександр Мусієнко' },
    aliases: ['Oleksandr Musiienko', 'Oleksandr Musienko', 'Olexandr Musijenko', 'Oleksandr Mussijenko', 'Olexander Musijenko'],
    description: {
      de: 'Ukrainischer Militärexperte, Leiter des Zentrums für militärrechtliche Studien in Kiew.',
      en: 'Ukrainian military expert, head of the Centre for Military and Legal Studies in Kyiv.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'serhiy-hrabskyi',
    type: 'person',
    subtype: 'military',
    names: { de: 'Serhij Hrabskyj', en: 'Serhiy Hrabskyi', uk: 'Сергій Грабський' },
    aliases: ['Serhii Hrabskyi', 'Serhiy Hrabsky', 'Sergiy Grabsky', 'Serhij Grabskyj', 'Sergej Grabski'],
    description: {
      de: 'Ukrainischer Oberst a. D., regelmäßig im Fernsehen und in westlichen Medien zitierter Militärkommentator.',
      en: 'Retired Ukrainian colonel, a military commentator regularly quoted on television and in Western media.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'viktor-kevliuk',
    type: 'person',
    subtype: 'military',
    names: { de: 'Wiktor Kewljuk', en: 'Viktor Kevliuk', uk: 'Віктор Кевлюк' },
    aliases: ['Viktor Kevliuk', 'Viktor Kevlyuk', 'Wiktor Kevliuk'],
    description: {
      de: 'Ukrainischer Oberst a. D. und Experte des Kiewer Zentrums für Verteidigungsstrategien, kommentiert die Lage an der Front.',
      en: 'Retired Ukrainian colonel and expert at the Kyiv-based Centre for Defence Strategies, commenting on the front.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'ihor-romanenko',
    type: 'person',
    subtype: 'military',
    names: { de: 'Ihor Romanenko', en: 'Ihor Romanenko', uk: 'Ігор Романенко' },
    aliases: ['Igor Romanenko', 'Ihor Romanenko'],
    description: {
      de: 'Ukrainischer Generalleutnant a. D., früher stellvertretender Generalstabschef, als Militärexperte zitiert.',
      en: 'Retired Ukrainian lieutenant general, formerly deputy chief of the general staff, quoted as a military expert.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'mykhailo-samus',
    type: 'person',
    names: { de: 'Mychajlo Samus', en: 'Mykhailo Samus', uk: 'Михайло Самусь' },
    aliases: ['Mykhailo Samus', 'Mychailo Samus', 'Michail Samus', 'Mykhaylo Samus'],
    description: {
      de: 'Ukrainischer Militär- und Sicherheitsexperte, Direktor des Forschungsnetzwerks New Geopolitics Research Network.',
      en: 'Ukrainian military and security expert, director of the New Geopolitics Research Network.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'oleksandr-kovalenko',
    type: 'person',
    names: { de: 'Olexander Kowalenko', en: 'Oleksandr Kovalenko', uk: 'Олександр Коваленко' },
    aliases: ['Oleksandr Kovalenko', 'Olexandr Kowalenko', 'Oleksandr Kowalenko'],
    description: {
      de: 'Ukrainischer militärpolitischer Beobachter der Gruppe „Informationswiderstand“, kommentiert Waffen und Frontlage.',
      en: 'Ukrainian military-political observer with the Information Resistance group, commenting on weapons and the front.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'oleh-katkov',
    type: 'person',
    names: { de: 'Oleh Katkow', en: 'Oleh Katkov', uk: 'Олег Катков' },
    aliases: ['Oleh Katkov', 'Oleg Katkov', 'Oleg Katkow'],
    description: {
      de: 'Chefredakteur des ukrainischen Militärportals Defense Express.',
      en: 'Editor-in-chief of the Ukrainian military news site Defense Express.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'defense-express' }],
  },
  {
    id: 'ivan-stupak',
    type: 'person',
    names: { de: 'Iwan Stupak', en: 'Ivan Stupak', uk: 'Іван Ступак' },
    aliases: ['Ivan Stupak', 'Iwan Stupak'],
    description: {
      de: 'Früherer Offizier des ukrainischen Geheimdienstes SBU, als Sicherheitsexperte in Medien zitiert.',
      en: 'Former officer of Ukraine’s SBU security service, quoted in the media as a security expert.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'oleksiy-haran',
    type: 'person',
    names: { de: 'Olexij Haran', en: 'Oleksiy Haran', uk: 'Олексій Гарань' },
    aliases: ['Oleksii Haran', 'Oleksiy Haran', 'Olexiy Haran', 'Alexej Haran'],
    description: {
      de: 'Ukrainischer Politologe, Professor an der Kiew-Mohyla-Akademie und Forschungsleiter der Stiftung Demokratische Initiativen.',
      en: 'Ukrainian political scientist, professor at Kyiv-Mohyla Academy and research director of the Democratic Initiatives Foundation.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'democratic-initiatives-foundation' }],
  },
  {
    id: 'petro-burkovskyi',
    type: 'person',
    names: { de: 'Petro Burkowskyj', en: 'Petro Burkovskyi', uk: 'Петро Бурковський' },
    aliases: ['Petro Burkovskyi', 'Petro Burkovsky', 'Petro Burkowskyi'],
    description: {
      de: 'Ukrainischer Politikwissenschaftler, Direktor der Kiewer Stiftung Demokratische Initiativen.',
      en: 'Ukrainian political scientist, director of the Kyiv-based Democratic Initiatives Foundation.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'democratic-initiatives-foundation' }],
  },
  {
    id: 'taras-berezovets',
    type: 'person',
    names: { de: 'Taras Beresowez', en: 'Taras Berezovets', uk: 'Тарас Березовець' },
    aliases: ['Taras Berezovets', 'Taras Beresovets', 'Taras Berezowez'],
    description: {
      de: 'Ukrainischer Politologe und Politikberater, nach der russischen Invasion 2022 Soldat geworden; kommentiert Krieg und Innenpolitik.',
      en: 'Ukrainian political analyst and consultant who joined the military after Russia’s 2022 invasion; comments on the war and domestic politics.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'illia-ponomarenko',
    type: 'person',
    names: { de: 'Illja Ponomarenko', en: 'Illia Ponomarenko', uk: 'Ілля Пономаренко' },
    aliases: ['Illia Ponomarenko', 'Ilya Ponomarenko', 'Illja Ponomarenko'],
    description: {
      de: 'Ukrainischer Kriegs- und Militärjournalist, früher Verteidigungsreporter des „Kyiv Independent“.',
      en: 'Ukrainian war and defence journalist, formerly defence reporter of the Kyiv Independent.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'yevhen-dykyi',
    type: 'person',
    subtype: 'military',
    names: { de: 'Jewhen Dykyj', en: 'Yevhen Dykyi', uk: 'Євген Дикий' },
    aliases: ['Yevhen Dykyi', 'Yevhen Dykyy', 'Ievgen Dykyi', 'Jewhen Dykyi'],
    description: {
      de: 'Ukrainischer Kriegsveteran, früher Kommandeur einer Kompanie des Bataillons Aidar, gefragter Kommentator zum Kriegsverlauf.',
      en: 'Ukrainian war veteran, formerly a company commander in the Aidar battalion, a sought-after commentator on the war.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'related-to', to: 'aidar-battalion' }],
  },
  {
    id: 'oleksandra-ustinova',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Olexandra Ustinowa', en: 'Oleksandra Ustinova', uk: 'Олександра Устінова' },
    aliases: ['Oleksandra Ustinova', 'Alexandra Ustinova', 'Oleksandra Ustinowa'],
    description: {
      de: 'Ukrainische Parlamentsabgeordnete der Partei Holos, befasst sich mit Waffenlieferungen und Rüstung.',
      en: 'Ukrainian member of parliament for the Holos party, working on arms supplies and defence procurement.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'holos-party' }, { rel: 'member-of', to: 'verkhovna-rada' }],
  },

  // ── Russia and Belarus: analysts and journalists ────────────────────────────────────────────
  {
    id: 'yan-matveyev',
    type: 'person',
    names: { de: 'Jan Matwejew', en: 'Yan Matveyev', ru: 'Ян Матвеев' },
    aliases: ['Yan Matveev', 'Jan Matveyev', 'Jan Matwejew'],
    description: {
      de: 'Unabhängiger russischer Militäranalyst im Exil, analysiert Verluste und Lage der russischen Armee.',
      en: 'Independent Russian military analyst in exile, assessing the losses and state of the Russian army.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'yury-dud',
    type: 'person',
    names: { de: 'Juri Dud', en: 'Yury Dud', ru: 'Юрий Дудь' },
    aliases: ['Yury Dud', 'Yuri Dud', 'Jurij Dud', 'Juri Dud'],
    description: {
      de: 'Russischer Journalist und Youtuber, Kriegsgegner im Exil, in Russland als „ausländischer Agent“ eingestuft.',
      en: 'Russian journalist and YouTuber, an anti-war voice in exile, labelled a “foreign agent” in Russia.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'artyom-shraibman',
    type: 'person',
    names: { de: 'Artjom Schraibman', en: 'Artyom Shraibman', be: 'Арцём Шрайбман', ru: 'Артём Шрайбман' },
    aliases: ['Artyom Shraibman', 'Artem Shraibman', 'Artsiom Shraibman', 'Artjom Shraibman'],
    description: {
      de: 'Belarussischer Politologe im Exil, Analyst des Carnegie Russia Eurasia Center für Belarus.',
      en: 'Exiled Belarusian political analyst, covering Belarus for the Carnegie Russia Eurasia Center.',
    },
    links: [{ rel: 'citizen-of', to: 'belarus' }, { rel: 'member-of', to: 'carnegie-russia-eurasia-center' }],
  },
  {
    id: 'valery-karbalevich',
    type: 'person',
    names: { de: 'Waleri Karbalewitsch', en: 'Valery Karbalevich', be: 'Валерый Карбалевіч', ru: 'Валерий Карбалевич' },
    aliases: ['Valery Karbalevich', 'Valer Karbalevich', 'Waleri Karbalewitsch', 'Valeri Karbalevitch'],
    description: {
      de: 'Belarussischer Politologe und Lukaschenko-Biograf, Kommentator beim belarussischen Dienst von Radio Free Europe/Radio Liberty.',
      en: 'Belarusian political scientist and Lukashenko biographer, a commentator for RFE/RL’s Belarusian service.',
    },
    links: [{ rel: 'citizen-of', to: 'belarus' }, { rel: 'member-of', to: 'rfe-rl' }],
  },

  // ── Western analysts ────────────────────────────────────────────────────────────────────────
  {
    id: 'nick-reynolds',
    type: 'person',
    names: { de: 'Nick Reynolds', en: 'Nick Reynolds' },
    description: {
      de: 'Britischer Forscher für Landkriegsführung am Londoner Thinktank RUSI, analysiert den Krieg in der Ukraine.',
      en: 'British land-warfare research fellow at the London think tank RUSI, analysing the war in Ukraine.',
    },
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }, { rel: 'member-of', to: 'rusi' }],
  },

  // ── Germany: analysts and politicians on the war ───────────────────────────────────────────
  {
    id: 'ulrich-speck',
    type: 'person',
    names: { de: 'Ulrich Speck', en: 'Ulrich Speck' },
    description: {
      de: 'Deutscher Politikwissenschaftler und außenpolitischer Analyst, kommentiert Europas und Deutschlands Russland- und Ukrainepolitik.',
      en: 'German political scientist and foreign-policy analyst commenting on European and German policy towards Russia and Ukraine.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'andreas-umland',
    type: 'person',
    names: { de: 'Andreas Umland', en: 'Andreas Umland' },
    description: {
      de: 'Deutscher Politikwissenschaftler und Osteuropa-Experte am Stockholmer Zentrum für Osteuropastudien (SCEEUS), lehrt in Kiew.',
      en: 'German political scientist and Eastern Europe expert at the Stockholm Centre for Eastern European Studies (SCEEUS), teaching in Kyiv.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'nikolaus-von-twickel',
    type: 'person',
    names: { de: 'Nikolaus von Twickel', en: 'Nikolaus von Twickel' },
    description: {
      de: 'Deutscher Journalist und Experte für die Separatistengebiete im Donbass und Russlands Besatzungsherrschaft.',
      en: 'German journalist and expert on the separatist areas of the Donbas and Russia’s occupation rule.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'ralph-thiele',
    type: 'person',
    subtype: 'military',
    names: { de: 'Ralph Thiele', en: 'Ralph Thiele' },
    description: {
      de: 'Oberst a. D. der Bundeswehr und Vorsitzender der Politisch-Militärischen Gesellschaft, häufig zitierter Militärexperte.',
      en: 'Retired Bundeswehr colonel and chairman of the Political-Military Society, an often quoted military expert.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'joachim-weber',
    type: 'person',
    names: { de: 'Joachim Weber', en: 'Joachim Weber' },
    description: {
      de: 'Deutscher Sicherheitsexperte am Center for Advanced Security, Strategic and Integration Studies der Universität Bonn.',
      en: 'German security expert at the University of Bonn’s Center for Advanced Security, Strategic and Integration Studies.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'frank-sauer',
    type: 'person',
    names: { de: 'Frank Sauer', en: 'Frank Sauer' },
    description: {
      de: 'Politikwissenschaftler an der Universität der Bundeswehr München, Experte für Drohnen, autonome Waffen und nukleare Abschreckung.',
      en: 'Political scientist at the Bundeswehr University Munich, expert on drones, autonomous weapons and nuclear deterrence.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'ulrike-franke',
    type: 'person',
    names: { de: 'Ulrike Franke', en: 'Ulrike Franke' },
    description: {
      de: 'Deutsche Sicherheitsexpertin beim European Council on Foreign Relations, Fachgebiet Drohnen und europäische Verteidigung.',
      en: 'German security expert at the European Council on Foreign Relations, specialising in drones and European defence.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'ecfr' }],
  },
  {
    id: 'matthias-platzeck',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Matthias Platzeck', en: 'Matthias Platzeck' },
    description: {
      de: 'SPD-Politiker, Ministerpräsident Brandenburgs 2002 bis 2013, danach lange Vorsitzender des Deutsch-Russischen Forums; Verfechter des Dialogs mit Moskau.',
      en: 'SPD politician, premier of Brandenburg from 2002 to 2013, then long-time chairman of the German-Russian Forum; an advocate of dialogue with Moscow.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'spd' }],
  },
  {
    id: 'hubert-seipel',
    type: 'person',
    names: { de: 'Hubert Seipel', en: 'Hubert Seipel' },
    description: {
      de: 'Deutscher Dokumentarfilmer und Putin-Biograf; 2023 wurde bekannt, dass er Geld aus dem Umfeld eines kremlnahen Oligarchen erhalten hatte.',
      en: 'German documentary maker and Putin biographer; in 2023 it emerged that he had received money from a Kremlin-linked oligarch’s circle.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'sergey-lagodinsky',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Sergey Lagodinsky', en: 'Sergey Lagodinsky' },
    aliases: ['Sergej Lagodinsky', 'Sergei Lagodinsky'],
    description: {
      de: 'Grünen-Abgeordneter im Europäischen Parlament, in der Sowjetunion geboren; engagiert sich zu Russland und der Ukraine.',
      en: 'Green member of the European Parliament, born in the Soviet Union; active on Russia and Ukraine.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'german-greens' }, { rel: 'member-of', to: 'european-parliament' }],
  },
  // ── Sanctions round 2026, Russian influence operations ─────────────────────────────────────
  {
    id: 'john-mark-dougan',
    type: 'person',
    names: { de: 'John Mark Dougan', en: 'John Mark Dougan' },
    aliases: ['John Dougan'],
    description: {
      de: 'Früherer US-Hilfssheriff aus Florida, der sich nach Moskau absetzte und dort prorussische Desinformationsseiten betreibt; von der EU sanktioniert.',
      en: 'Former Florida deputy sheriff who fled to Moscow and runs pro-Russian disinformation websites from there; sanctioned by the EU.',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'dmitry-suslov',
    type: 'person',
    names: { de: 'Dmitri Suslow', en: 'Dmitry Suslov', ru: 'Дмитрий Суслов' },
    aliases: ['Dmitry Suslov', 'Dmitri Suslov', 'Dmitrij Suslow'],
    description: {
      de: 'Russischer Politologe an der Moskauer Hochschule für Wirtschaft und Experte des Waldai-Klubs, propagiert die Kreml-Linie; von der EU sanktioniert.',
      en: 'Russian political scientist at Moscow’s Higher School of Economics and Valdai Club expert who promotes the Kremlin line; sanctioned by the EU.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'valdai-club' }],
  },
  {
    id: 'cadet-blizzard',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Cadet Blizzard', en: 'Cadet Blizzard' },
    aliases: ['Hackergruppe Cadet Blizzard', 'Ember Bear', 'UAC-0056', 'DEV-0586'],
    description: {
      de: 'Dem russischen Militärgeheimdienst GRU zugerechnete Hackergruppe, verantwortlich u. a. für zerstörerische Cyberangriffe auf die Ukraine.',
      en: 'Hacker group attributed to Russia’s GRU military intelligence, behind among other things destructive cyberattacks on Ukraine.',
    },
    links: [{ rel: 'part-of', to: 'gru' }],
  },
  {
    id: 'andrei-kolesnik',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Andrej Kolesnik', en: 'Andrei Kolesnik', ru: 'Андрей Колесник' },
    aliases: ['Andrey Kolesnik', 'Andrei Kolesnik', 'Andrej Kolesnik'],
    description: {
      de: 'Abgeordneter der russischen Staatsduma aus Kaliningrad und Mitglied ihres Verteidigungsausschusses, bekannt für Vergeltungsforderungen gegen Kiew.',
      en: 'Member of the Russian State Duma from Kaliningrad and of its defence committee, known for calls for retaliation against Kyiv.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'state-duma' }],
  },
  {
    id: 'i-want-to-live-project',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Ich will leben (Projekt)', en: 'I Want to Live (project)', uk: 'Хочу жити' },
    aliases: ['Khochu Zhyt', 'Khochu Zhyty', 'Chotschu Schyty'],
    guarded: ['Ich will leben', 'I Want to Live'],
    cues: ['projekt', 'project', 'hotline', 'kapitul', 'surrender', 'überläuf', 'gefangen', 'prisoner'],
    description: {
      de: 'Staatliches ukrainisches Projekt mit Hotline, über das sich russische Soldaten ergeben können; beteiligt an Gefangenenüberstellungen.',
      en: 'Ukrainian state project with a hotline through which Russian soldiers can surrender; involved in prisoner transfers.',
    },
    links: [{ rel: 'part-of', to: 'ukraine' }],
  },

  // ── Armenia: church and opposition figures ─────────────────────────────────────────────────
  {
    id: 'armenian-apostolic-church',
    type: 'organization',
    names: { de: 'Armenische Apostolische Kirche', en: 'Armenian Apostolic Church' },
    aliases: ['Armenisch-Apostolische Kirche', 'Armenian Church'],
    description: {
      de: 'Nationalkirche Armeniens mit Sitz in Etschmiadsin, geführt von Katholikos Karekin II.; seit dem Verlust Bergkarabachs im Konflikt mit Premier Paschinjan.',
      en: 'Armenia’s national church, seated in Etchmiadzin and led by Catholicos Karekin II; in conflict with Prime Minister Pashinyan since the loss of Nagorno-Karabakh.',
    },
    links: [{ rel: 'related-to', to: 'karekin-ii' }],
  },
  {
    id: 'mikael-ajapahyan',
    type: 'person',
    subtype: 'cleric',
    names: { de: 'Mikael Adschapachjan', en: 'Mikael Ajapahyan' },
    aliases: ['Mikael Ajapahyan', 'Michael Adschapajan', 'Michael Adschapachjan', 'Mikael Adschapachjan', 'Mikael Ajapakhyan', 'Mikael Ajapajyan', 'Mikayel Ajapahyan'],
    description: {
      de: 'Erzbischof der Armenischen Apostolischen Kirche für die Diözese Schirak, 2025 wegen Aufrufs zum Machtumsturz inhaftiert.',
      en: 'Archbishop of the Armenian Apostolic Church for the Shirak diocese, jailed in 2025 over calls to overthrow the government.',
    },
    links: [{ rel: 'citizen-of', to: 'armenia' }, { rel: 'member-of', to: 'armenian-apostolic-church' }],
  },
  {
    id: 'holy-struggle-movement',
    type: 'organization',
    names: { de: 'Heiliger Kampf (Bewegung)', en: 'Holy Struggle (movement)' },
    aliases: ['Tavush for the Homeland', 'Tavush for the Motherland'],
    guarded: ['Heiliger Kampf', 'Holy Struggle', 'Sacred Struggle'],
    cues: ['galstan', 'bewegung', 'movement', 'armen', 'paschinjan', 'pashinyan', 'erzbischof', 'archbishop'],
    description: {
      de: 'Armenische Protestbewegung unter Erzbischof Bagrat Galstanjan, die den Sturz von Premier Paschinjan anstrebt.',
      en: 'Armenian protest movement led by Archbishop Bagrat Galstanyan, seeking to topple Prime Minister Pashinyan.',
    },
    links: [{ rel: 'related-to', to: 'bagrat-galstanyan' }],
  },
  {
    id: 'artur-sargsyan-mp',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Artur Sargsjan', en: 'Artur Sargsyan' },
    aliases: ['Artur Sarkissjan', 'Artur Sargsian'],
    description: {
      de: 'Armenischer Oppositionsabgeordneter, dem das Parlament 2025 die Immunität aufhob; ihm wird Beteiligung an Umsturzplänen vorgeworfen.',
      en: 'Armenian opposition member of parliament whose immunity parliament lifted in 2025; accused of involvement in coup plans.',
    },
    links: [{ rel: 'citizen-of', to: 'armenia' }],
  },

  // ── Occupied south of Ukraine ──────────────────────────────────────────────────────────────
  {
    id: 'dmytro-orlov',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Dmytro Orlow', en: 'Dmytro Orlov', uk: 'Дмитро Орлов' },
    aliases: ['Dmytro Orlov', 'Dmitri Orlow', 'Dmytro Orlow'],
    description: {
      de: 'Gewählter ukrainischer Bürgermeister von Enerhodar, der Stadt beim Atomkraftwerk Saporischschja; amtiert seit der Besetzung 2022 aus dem Exil.',
      en: 'Elected Ukrainian mayor of Enerhodar, the town by the Zaporizhzhia nuclear plant; in office from exile since the 2022 occupation.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'andrei-shevchik',
    type: 'person',
    subtype: 'official',
    names: { de: 'Andrij Schewtschik', en: 'Andrei Shevchik', uk: 'Андрій Шевчик', ru: 'Андрей Шевчик' },
    aliases: ['Andriy Shevchyk', 'Andrei Shevchik', 'Andrej Schewtschik', 'Andrii Shevchyk'],
    description: {
      de: 'Von der russischen Besatzungsmacht eingesetzter Bürgermeister von Enerhodar, 2022 bei einem Anschlag schwer verletzt.',
      en: 'Mayor of Enerhodar installed by the Russian occupiers, badly injured in a 2022 bomb attack.',
    },
    links: [{ rel: 'related-to', to: 'russia' }],
  },
  {
    id: 'serhiy-khlan',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Serhij Chlan', en: 'Serhiy Khlan', uk: 'Сергій Хлань' },
    aliases: ['Serhii Khlan', 'Serhiy Khlan', 'Sergiy Khlan', 'Serhij Khlan'],
    description: {
      de: 'Ukrainischer Regionalpolitiker aus Cherson, während der Besatzung 2022 Berater des Leiters der Gebietsverwaltung und Stimme aus der Region.',
      en: 'Ukrainian regional politician from Kherson, an adviser to the head of the regional administration and a voice of the region during the 2022 occupation.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  // ── Ukrainian regional and local officials ─────────────────────────────────────────────────
  {
    id: 'valentyn-reznichenko',
    type: 'person',
    subtype: 'official',
    names: { de: 'Walentyn Resnitschenko', en: 'Valentyn Reznichenko', uk: 'Валентин Резніченко' },
    aliases: ['Valentyn Reznichenko', 'Valentin Reznichenko', 'Walentin Resnitschenko', 'Valentyn Reznychenko'],
    description: {
      de: 'Leiter der Gebietsverwaltung (ab 2022 Militärverwaltung) von Dnipropetrowsk von 2019 bis 2023, Vorgänger von Serhij Lyssak.',
      en: 'Head of the Dnipropetrovsk regional administration (a military administration from 2022) from 2019 to 2023, Serhiy Lysak’s predecessor.',
    },
    roles: [{ title: { de: 'Leiter der Gebietsverwaltung Dnipropetrowsk', en: 'Head of the Dnipropetrovsk Regional Administration' }, of: 'ukraine', from: '2019', to: '2023' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'artem-kobzar',
    type: 'person',
    subtype: 'official',
    names: { de: 'Artem Kobsar', en: 'Artem Kobzar', uk: 'Артем Кобзар' },
    aliases: ['Artem Kobzar', 'Artjom Kobsar'],
    description: {
      de: 'Sekretär des Stadtrats und amtierender Bürgermeister der ostukrainischen Grenzstadt Sumy.',
      en: 'Secretary of the city council and acting mayor of the north-eastern Ukrainian border city of Sumy.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'artem-semenikhin',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Artem Semenichin', en: 'Artem Semenikhin', uk: 'Артем Семеніхін' },
    aliases: ['Artem Semenikhin', 'Artem Semenichin', 'Artem Semenikhyn'],
    description: {
      de: 'Bürgermeister der Stadt Konotop im Gebiet Sumy, Politiker der Partei Swoboda, oft scharfer Kritiker der Regionalführung.',
      en: 'Mayor of Konotop in the Sumy region, a Svoboda party politician and often a sharp critic of the regional leadership.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'oleksandr-kachura',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Olexander Katschura', en: 'Oleksandr Kachura', uk: 'Олександр Качура' },
    aliases: ['Oleksandr Kachura', 'Olexander Kachura', 'Olexandr Katschura'],
    description: {
      de: 'Ukrainischer Parlamentsabgeordneter der Präsidentenpartei Diener des Volkes aus dem Gebiet Sumy, berichtet über Angriffe auf die Region.',
      en: 'Ukrainian member of parliament for the presidential Servant of the People party from the Sumy region, reporting on attacks on the region.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'servant-of-the-people' }, { rel: 'member-of', to: 'verkhovna-rada' }],
  },

  // ── Belarus: relatives and campaigners around political prisoners ──────────────────────────
  {
    id: 'natalia-pinchuk',
    type: 'person',
    names: { de: 'Natalja Pintschuk', en: 'Natalia Pinchuk', be: 'Наталля Пінчук', ru: 'Наталья Пинчук' },
    aliases: ['Natalia Pintschuk', 'Natallia Pinchuk', 'Natalya Pinchuk', 'Natalja Pinchuk'],
    description: {
      de: 'Ehefrau des belarussischen Menschenrechtlers und Friedensnobelpreisträgers Ales Bjaljazki, setzte sich für seine Freilassung ein.',
      en: 'Wife of Belarusian human-rights campaigner and Nobel peace laureate Ales Bialiatski, who campaigned for his release.',
    },
    links: [{ rel: 'citizen-of', to: 'belarus' }, { rel: 'related-to', to: 'ales-bialiatski' }],
  },
  // ── Ukrainian mobilisation ─────────────────────────────────────────────────────────────────
  {
    id: 'ukrainian-territorial-recruitment-centres',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Territoriale Rekrutierungszentren', en: 'Territorial Recruitment Centres', uk: 'Територіальні центри комплектування та соціальної підтримки' },
    aliases: [
      'Territoriales Rekrutierungszentrum', 'territoriale Rekrutierungszentren der Ukraine', 'Territorial Centres of Recruitment and Social Support',
      'territorial recruitment centers', 'Territorial Recruitment Center', 'ukrainische Rekrutierungszentren', 'ukrainische Kreiswehrersatzämter',
    ],
    acronyms: ['TZK', 'TCC', 'ТЦК'],
    description: {
      de: 'Die Einberufungsbehörden der Ukraine, zuständig für die Mobilisierung; wegen harter Methoden umstritten und Ziel russischer Angriffe.',
      en: 'Ukraine’s conscription offices, in charge of mobilisation; controversial for heavy-handed methods and a target of Russian strikes.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-defence-ministry' }],
  },

  // ── Drone and defence-tech makers supplying Ukraine ────────────────────────────────────────
  {
    id: 'ukrspecsystems',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Ukrspecsystems', en: 'Ukrspecsystems', uk: 'Укрспецсистеми' },
    aliases: ['Ukrspetssystemy', 'Ukrspezsystemy'],
    description: {
      de: 'Ukrainischer Hersteller von Aufklärungs- und Überwachungsdrohnen wie Shark und PD-2.',
      en: 'Ukrainian maker of reconnaissance and surveillance drones such as the Shark and PD-2.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'vyriy-drone',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Vyriy', en: 'Vyriy', uk: 'Вирій' },
    aliases: ['Vyriy Drone', 'Vyriy Industries', 'Wyrij'],
    description: {
      de: 'Ukrainischer Hersteller von FPV-Kampfdrohnen, der auf Bauteile aus eigener Produktion statt aus China setzt.',
      en: 'Ukrainian maker of FPV attack drones that relies on home-made components instead of Chinese parts.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'taf-drones',
    type: 'organization',
    subtype: 'company',
    names: { de: 'TAF Drones', en: 'TAF Drones' },
    aliases: ['TAF Industries'],
    description: {
      de: 'Einer der größten ukrainischen Hersteller von FPV-Drohnen für die Front.',
      en: 'One of Ukraine’s largest makers of FPV drones for the front.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'general-chereshnya',
    type: 'organization',
    subtype: 'company',
    names: { de: 'General Chereshnya', en: 'General Chereshnya', uk: 'Генерал Черешня' },
    aliases: ['General Cherry', 'Heneral Chereshnia'],
    description: {
      de: 'Ukrainischer Hersteller von FPV- und Abfangdrohnen.',
      en: 'Ukrainian maker of FPV and interceptor drones.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: 'arx-robotics',
    type: 'organization',
    subtype: 'company',
    names: { de: 'ARX Robotics', en: 'ARX Robotics' },
    description: {
      de: 'Münchner Start-up für unbemannte Bodenfahrzeuge, das auch die Ukraine beliefert.',
      en: 'Munich start-up building unmanned ground vehicles, also supplying Ukraine.',
    },
    links: [{ rel: 'related-to', to: 'germany' }],
  },
  {
    id: 'tytan-technologies',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Tytan Technologies', en: 'Tytan Technologies' },
    aliases: ['Tytan'],
    description: {
      de: 'Münchner Start-up, das autonome Abfangdrohnen gegen feindliche Drohnen entwickelt.',
      en: 'Munich start-up developing autonomous interceptor drones against hostile drones.',
    },
    links: [{ rel: 'related-to', to: 'germany' }],
  },
  {
    id: 'auterion',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Auterion', en: 'Auterion' },
    description: {
      de: 'US-schweizerisches Softwareunternehmen für Drohnen-Autopiloten und Zielerfassung, liefert Bausätze an die Ukraine.',
      en: 'US-Swiss software company for drone autopilots and targeting, supplying kits to Ukraine.',
    },
    links: [{ rel: 'related-to', to: 'united-states' }],
  },
  {
    id: 'frankenburg-technologies',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Frankenburg Technologies', en: 'Frankenburg Technologies' },
    description: {
      de: 'Estnisches Rüstungs-Start-up, das billige Kleinraketen zur Drohnenabwehr entwickelt.',
      en: 'Estonian defence start-up developing cheap small missiles to shoot down drones.',
    },
  },
  // ── Prisoner exchanges and Russian war bloggers ────────────────────────────────────────────
  {
    id: 'seref-malkoc',
    type: 'person',
    subtype: 'official',
    names: { de: 'Şeref Malkoç', en: 'Şeref Malkoç', tr: 'Şeref Malkoç' },
    aliases: ['Seref Malkoc', 'Şeref Malkoc', 'Seref Malkoç'],
    description: {
      de: 'Oberster Ombudsmann der Türkei, vermittelte Treffen der Menschenrechtsbeauftragten Russlands und der Ukraine zu Gefangenenaustauschen.',
      en: 'Chief ombudsman of Turkey, who hosted meetings of the Russian and Ukrainian human-rights commissioners on prisoner exchanges.',
    },
    links: [{ rel: 'citizen-of', to: 'turkey' }],
  },
  {
    id: 'boris-rozhin',
    type: 'person',
    names: { de: 'Boris Roschin', en: 'Boris Rozhin', ru: 'Борис Рожин' },
    aliases: ['Boris Rozhin', 'Boris Roshin', 'Boris Roschin', 'Colonel Cassad', 'Oberst Cassad', 'Colonelcassad'],
    description: {
      de: 'Prorussischer Militärblogger aus Sewastopol, betreibt den viel gelesenen Telegram-Kanal „Colonelcassad“.',
      en: 'Pro-Russian military blogger from Sevastopol who runs the widely read “Colonelcassad” Telegram channel.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  // ── Remaining names from the German passages ───────────────────────────────────────────────
  {
    id: 'marianna-budanova',
    type: 'person',
    subtype: 'official',
    names: { de: 'Marianna Budanowa', en: 'Marianna Budanova', uk: 'Маріанна Буданова' },
    aliases: ['Marianna Budanova', 'Marianna Budanowa'],
    description: {
      de: 'Ehefrau von Geheimdienstchef Kyrylo Budanow und selbst Mitarbeiterin des Militärgeheimdienstes HUR; 2023 offenbar mit Schwermetallen vergiftet.',
      en: 'Wife of intelligence chief Kyrylo Budanov and herself on the staff of the HUR military intelligence agency; apparently poisoned with heavy metals in 2023.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'related-to', to: 'kyrylo-budanov' }],
  },
  {
    id: 'academy-of-geopolitical-problems',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Akademie für geopolitische Probleme', en: 'Academy of Geopolitical Problems', ru: 'Академия геополитических проблем' },
    aliases: ['Akademie für Geopolitische Probleme'],
    description: {
      de: 'Moskauer nationalistische Denkfabrik, geleitet vom Generaloberst a. D. Leonid Iwaschow.',
      en: 'Moscow nationalist think tank headed by retired colonel general Leonid Ivashov.',
    },
    links: [{ rel: 'related-to', to: 'leonid-ivashov' }],
  },
  {
    id: 'kremny-el',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Kremni El', en: 'Kremny El', ru: 'Кремний Эл' },
    aliases: ['Kremniy El', 'Kremny EL', 'Kremnij El'],
    description: {
      de: 'Hersteller von Mikrochips und Halbleitern in Brjansk, der auch die Rüstungsindustrie beliefert; Ziel ukrainischer Drohnenangriffe.',
      en: 'Bryansk maker of microchips and semiconductors that also supplies the arms industry; a target of Ukrainian drone strikes.',
    },
    links: [{ rel: 'related-to', to: 'russia' }],
  },
  {
    id: 'dmytro-savluchenko',
    type: 'person',
    subtype: 'official',
    names: { de: 'Dmytro Sawlutschenko', en: 'Dmytro Savluchenko', uk: 'Дмитро Савлученко' },
    aliases: ['Dmitri Sawlutschenko', 'Dmitry Savluchenko', 'Dmytro Savluchenko'],
    description: {
      de: 'Funktionär der russischen Besatzungsverwaltung im Gebiet Cherson, im Juni 2022 bei einem Autobombenanschlag getötet.',
      en: 'Official of the Russian occupation administration in the Kherson region, killed by a car bomb in June 2022.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: '43rd-naval-assault-aviation-regiment',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '43. Marinefliegerregiment', en: '43rd Naval Assault Aviation Regiment', ru: '43-й отдельный морской штурмовой авиационный полк' },
    aliases: ['43rd Separate Naval Assault Aviation Regiment', '43. Sturmfliegerregiment', '43. Marine-Sturmfliegerregiment', '43rd Naval Aviation Regiment'],
    description: {
      de: 'Fliegerregiment der russischen Schwarzmeerflotte auf dem Krim-Flugplatz Saki, 2022 bei Explosionen schwer getroffen.',
      en: 'Aviation regiment of Russia’s Black Sea Fleet at the Saky airfield in Crimea, badly hit by explosions in 2022.',
    },
    links: [{ rel: 'part-of', to: 'black-sea-fleet' }],
  },
];
