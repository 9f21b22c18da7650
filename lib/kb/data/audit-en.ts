// Knowledge base: audit-en. Data only, see lib/kb/CURATING.md.
// Actors a blind audit of English-language reporting met that no region file had: envoys and
// officials in passing, Ukrainian units and agencies, outlets and bodies quoted beside the field.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ——— Belarus: the 2025 prisoner releases ———
  {
    id: 'john-coale',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'John Coale', en: 'John Coale' },
    aliases: ['John P. Coale'],
    // A frequent misspelling in German copy; also the name of other men.
    guarded: ['John Cole'],
    cues: ['belarus', 'belarussisch', 'weißruss', 'lukaschenk', 'lukashenk', 'minsk', 'sondergesandt', 'special envoy', 'gefangen', 'prisoner', 'häftling', 'freilassung', 'release', 'tichanowsk', 'tsikhanousk'],
    description: {
      de: 'US-Anwalt und Vertrauter Trumps; stellvertretender Ukraine-Sondergesandter, der 2025 mit Lukaschenko die Freilassung politischer Gefangener aushandelte und Sondergesandter für Belarus wurde.',
      en: "US lawyer and Trump confidant; deputy special envoy for Ukraine who negotiated prisoner releases with Lukashenko in 2025 and was named special envoy to Belarus.",
    },
    roles: [{ title: { de: 'Sondergesandter für Belarus', en: 'Special Envoy to Belarus' }, of: 'united-states', from: '2025-11' }],
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'related-to', to: 'alexander-lukashenko' }],
  },
  {
    id: 'ihar-losik',
    type: 'person',
    names: { de: 'Ihar Losik', en: 'Ihar Losik', be: 'Ігар Лосік', ru: 'Игорь Лосик' },
    aliases: ['Igor Losik', 'Ihar Lossik'],
    description: {
      de: 'Belarussischer Blogger und Journalist, 2020 verhaftet und zu 15 Jahren Lagerhaft verurteilt, 2025 freigelassen.',
      en: 'Belarusian blogger and journalist arrested in 2020 and sentenced to 15 years in a penal colony; freed in 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'belarus' }],
  },
  // ——— Russia: the 2024 purge of the defence ministry ———
  {
    id: 'vladimir-verteletsky',
    type: 'person',
    subtype: 'official',
    names: { de: 'Wladimir Werteletski', en: 'Vladimir Verteletsky', ru: 'Владимир Вертелецкий' },
    aliases: ['Vladimir Verteletskiy', 'Vladimir Verteletskii', 'Wladimir Werteletskij', 'Verteletsky', 'Vladimir Verteretsky'],
    description: {
      de: 'Leiter der Abteilung für die Erfüllung des Staatsauftrags im russischen Verteidigungsministerium; im Mai 2024 wegen Amtsmissbrauchs festgenommen.',
      en: "Head of the Russian defence ministry's department for fulfilling the state defence order; detained for abuse of office in May 2024.",
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-defence-ministry' }],
  },
  // ——— Ukraine: the Energoatom case, the sports ministry, units of the Pokrovsk battles ———
  {
    id: 'dmytro-basov',
    type: 'person',
    subtype: 'official',
    names: { de: 'Dmytro Bassow', en: 'Dmytro Basov', uk: 'Дмитро Басов' },
    aliases: ['Dmytro Basov', 'Dmitry Basov', 'Dmytro Bassow', 'Dmytro Basow'],
    description: {
      de: 'Früherer Sicherheitschef des ukrainischen Atomkonzerns Energoatom, Beschuldigter im Korruptionsfall „Midas“.',
      en: 'Former head of security at the Ukrainian nuclear operator Energoatom and a suspect in the "Midas" corruption case.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'related-to', to: 'energoatom' }],
  },
  {
    id: 'matvii-bidnyi',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Matwij Bidnyj', en: 'Matvii Bidnyi', uk: 'Матвій Бідний' },
    aliases: ['Matviy Bidnyi', 'Matvij Bidnyj', 'Matvey Bidnyi', 'Matwij Bidnyj', 'Bidnyi', 'Bidnyj'],
    description: {
      de: 'Ukrainischer Minister für Jugend und Sport, geschäftsführend seit November 2023, im Amt bestätigt im September 2024.',
      en: "Ukraine's minister of youth and sports, acting from November 2023 and confirmed in September 2024.",
    },
    roles: [{ title: { de: 'Minister für Jugend und Sport', en: 'Minister of Youth and Sports' }, of: 'ukraine', from: '2023-11' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'vadym-gutzeit',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Wadym Hutzajt', en: 'Vadym Gutzeit', uk: 'Вадим Гутцайт' },
    aliases: ['Vadym Huttsait', 'Vadym Hutsait', 'Vadym Guttsait', 'Wadym Gutzeit', 'Vadim Gutzeit', 'Huttsait'],
    shortForms: ['Gutzeit', 'Hutzajt'],
    description: {
      de: 'Ukrainischer Säbelfechter und Sportfunktionär, 2020–2023 Sportminister, seit 2022 Präsident des Nationalen Olympischen Komitees.',
      en: "Ukrainian sabre fencer and sports official, sports minister 2020–2023 and president of the National Olympic Committee since 2022.",
    },
    roles: [{ title: { de: 'Minister für Jugend und Sport', en: 'Minister of Youth and Sports' }, of: 'ukraine', from: '2020-03', to: '2023-11' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'ukraine-7th-rapid-response-corps',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '7. Korps der schnellen Reaktion', en: '7th Rapid Response Corps', uk: '7-й корпус швидкого реагування' },
    aliases: ['7th Rapid Reaction Corps', '7th Air Assault Corps', '7. Luftsturmkorps', '7. Schnelles Reaktionskorps'],
    description: {
      de: 'Korps der ukrainischen Luftsturmtruppen, 2025 an der Verteidigung von Pokrowsk beteiligt.',
      en: "Corps of Ukraine's Air Assault Forces, engaged in the 2025 defence of Pokrovsk.",
    },
    links: [{ rel: 'part-of', to: 'ukrainian-air-assault-forces' }],
  },
  {
    id: 'ukraine-68th-jaeger-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '68. Jägerbrigade', en: '68th Jaeger Brigade', uk: '68-ма окрема єгерська бригада' },
    aliases: ['68th Separate Jaeger Brigade', '68th Detached Jaeger Brigade', '68th Detached Jaeger Brigade named after Oleksa Dovbush', '68th Separate Hunter Brigade', '68th Hunter Brigade', '68th Separate Oleksa Dovbush Hunter Brigade', 'Oleksa Dovbush Brigade', '68. Separate Jägerbrigade', '68. separate Jagdbrigade', '68. Jagdbrigade'],
    description: {
      de: 'Jägerbrigade der ukrainischen Armee, benannt nach Oleksa Dowbusch, im Raum Pokrowsk eingesetzt.',
      en: 'Ukrainian army jaeger brigade named after Oleksa Dovbush, fighting around Pokrovsk.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'ukraine-150th-mechanized-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '150. Mechanisierte Brigade', en: '150th Mechanized Brigade', uk: '150-та окрема механізована бригада' },
    aliases: ['150th Separate Mechanized Brigade', '150th Detached Mechanized Brigade', '150th Mechanised Brigade', '150. Separate Mechanisierte Brigade'],
    description: {
      de: 'Mechanisierte Brigade der ukrainischen Armee im Donbass.',
      en: 'Mechanised brigade of the Ukrainian army in the Donbas.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'ukraine-military-law-enforcement-service',
    type: 'organization',
    subtype: 'security-body',
    names: { de: 'Militärischer Ordnungsdienst der Ukraine', en: 'Military Law Enforcement Service', uk: 'Військова служба правопорядку' },
    aliases: ['Military Law Enforcement Service of Ukraine', "Ukraine's Military Law Enforcement Service", 'ukrainische Militärpolizei'],
    description: {
      de: 'Militärpolizei der ukrainischen Streitkräfte.',
      en: "The military police of Ukraine's armed forces.",
    },
    links: [{ rel: 'part-of', to: 'ukrainian-armed-forces' }],
  },
  // ——— France, the US Congress, sport and industry ———
  {
    id: 'french-national-assembly',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Französische Nationalversammlung', en: 'French National Assembly', fr: 'Assemblée nationale' },
    aliases: ['Assemblée nationale', 'französische Nationalversammlung', "France's National Assembly"],
    guarded: ['National Assembly', 'Nationalversammlung'],
    cues: ['france', 'french', 'französ', 'paris', 'macron', 'lecornu', 'bayrou', 'barnier', 'le pen', 'mélenchon', 'melenchon', '49.3'],
    description: {
      de: 'Unterhaus des französischen Parlaments, dessen Misstrauensvoten seit 2024 mehrere Regierungen stürzten.',
      en: 'Lower house of the French parliament, whose confidence votes have toppled several governments since 2024.',
    },
    links: [{ rel: 'part-of', to: 'france' }],
  },
  {
    id: 'monique-barbut',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Monique Barbut', en: 'Monique Barbut' },
    description: {
      de: 'Französische Umweltpolitikerin, frühere Chefin des WWF Frankreich, Ministerin für den ökologischen Wandel in der Regierung Lecornu.',
      en: 'French environmental official, former head of WWF France, minister for the ecological transition in the Lecornu government.',
    },
    links: [{ rel: 'citizen-of', to: 'france' }],
  },
  {
    id: 'joe-wilson',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Joe Wilson', en: 'Joe Wilson' },
    description: {
      de: 'Republikanischer US-Abgeordneter aus South Carolina, lautstarker Fürsprecher der Ukraine und Kritiker Russlands und Irans.',
      en: 'Republican US congressman from South Carolina, an outspoken backer of Ukraine and critic of Russia and Iran.',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'international-olympic-committee',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Internationales Olympisches Komitee', en: 'International Olympic Committee', fr: 'Comité international olympique' },
    guarded: ['IOC', 'IOK'],
    cues: ['olymp', 'athlet', 'sport', 'games', 'spiele', 'lausanne', 'neutral', 'bach', 'coventry', 'medal', 'medaille'],
    description: {
      de: 'Dachorganisation der Olympischen Spiele in Lausanne; entscheidet über die Zulassung russischer und belarussischer Athleten.',
      en: 'The Lausanne-based governing body of the Olympic Games, which rules on the admission of Russian and Belarusian athletes.',
    },
  },
  {
    id: 'expal-systems',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Expal Systems', en: 'Expal Systems' },
    aliases: ['Rheinmetall Expal Munitions', 'Expal Munitions', 'Expal'],
    description: {
      de: 'Spanischer Munitionshersteller, seit 2023 Teil von Rheinmetall.',
      en: 'Spanish munitions maker, part of Rheinmetall since 2023.',
    },
    links: [{ rel: 'part-of', to: 'rheinmetall' }],
  },
  // ——— Outlets and institutes quoted in passing ———
  {
    id: 'euronews',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Euronews', en: 'Euronews' },
    description: {
      de: 'Europäischer Nachrichtensender mit Sitz in Brüssel.',
      en: 'European news channel based in Brussels.',
    },
    links: [{ rel: 'related-to', to: 'european-union' }],
  },
  {
    id: 'breitbart-news',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Breitbart News', en: 'Breitbart News' },
    aliases: ['Breitbart'],
    description: {
      de: 'Rechtskonservatives US-Nachrichtenportal, dem Trump-Lager nahe.',
      en: 'Right-wing US news site close to the Trump camp.',
    },
    links: [{ rel: 'related-to', to: 'united-states' }],
  },
  {
    id: 'jewish-telegraphic-agency',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Jewish Telegraphic Agency', en: 'Jewish Telegraphic Agency' },
    acronyms: ['JTA'],
    description: {
      de: 'Nachrichtenagentur für jüdische Themen mit Sitz in New York.',
      en: 'New York-based news agency covering Jewish affairs.',
    },
    links: [{ rel: 'related-to', to: 'israel' }],
  },
  {
    id: 'foreign-policy-research-institute',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Foreign Policy Research Institute', en: 'Foreign Policy Research Institute' },
    acronyms: ['FPRI'],
    description: {
      de: 'Außenpolitische Denkfabrik in Philadelphia.',
      en: 'Foreign-policy think tank in Philadelphia.',
    },
    links: [{ rel: 'related-to', to: 'united-states' }],
  },
  {
    id: 'new-york-post',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'New York Post', en: 'New York Post' },
    description: {
      de: 'Konservative New Yorker Boulevardzeitung aus dem Murdoch-Konzern.',
      en: "Conservative New York tabloid owned by Murdoch's News Corp.",
    },
    links: [{ rel: 'related-to', to: 'united-states' }],
  },
  {
    id: 'oxfam',
    type: 'organization',
    names: { de: 'Oxfam', en: 'Oxfam' },
    aliases: ['Oxfam International'],
    description: {
      de: 'Internationaler Verbund von Hilfs- und Entwicklungsorganisationen, oft Kritiker der Hilfsblockaden in Gaza und im Jemen.',
      en: 'International confederation of aid and development charities, a frequent critic of aid blockades in Gaza and Yemen.',
    },
  },
  // ——— France's parties beside RN and LFI; Poland's security bodies in the 2025 drone incursion ———
  {
    id: 'les-republicains',
    type: 'organization',
    subtype: 'party',
    names: { de: 'Les Républicains', en: 'Les Républicains', fr: 'Les Républicains' },
    aliases: ['Les Republicains', 'französische Republikaner'],
    acronyms: ['LR'],
    description: {
      de: 'Französische bürgerlich-konservative Partei in der Nachfolge der Gaullisten.',
      en: 'French centre-right conservative party in the Gaullist tradition.',
    },
    links: [{ rel: 'part-of', to: 'france' }],
  },
  {
    id: 'renaissance-party',
    type: 'organization',
    subtype: 'party',
    names: { de: 'Renaissance (Partei)', en: 'Renaissance (party)', fr: 'Renaissance' },
    aliases: ['Macrons Partei Renaissance', 'Renaissance party'],
    guarded: ['Renaissance'],
    cues: ['macron', 'attal', 'séjourné', 'sejourne', 'partei', 'party', 'parti', 'assemblée', 'nationalversammlung', 'national assembly', 'ensemble', 'lecornu', 'bayrou'],
    description: {
      de: 'Partei Emmanuel Macrons, 2016 als En Marche gegründet.',
      en: "Emmanuel Macron's party, founded as En Marche in 2016.",
    },
    links: [{ rel: 'part-of', to: 'france' }, { rel: 'related-to', to: 'emmanuel-macron' }],
  },
  {
    id: 'polish-national-security-bureau',
    type: 'organization',
    subtype: 'security-body',
    names: { de: 'Büro für Nationale Sicherheit (Polen)', en: 'Polish National Security Bureau' },
    aliases: ['Biuro Bezpieczeństwa Narodowego', "Poland's National Security Bureau", 'polnisches Büro für Nationale Sicherheit'],
    acronyms: ['BBN'],
    guarded: ['National Security Bureau', 'Büro für Nationale Sicherheit'],
    cues: ['poland', 'polish', 'polen', 'polnisch', 'nawrocki', 'duda', 'warsaw', 'warschau', 'tusk'],
    description: {
      de: 'Beratungsbehörde des polnischen Präsidenten für Sicherheitsfragen.',
      en: "The Polish president's advisory office on security matters.",
    },
    links: [{ rel: 'part-of', to: 'poland' }],
  },
  {
    id: 'andrei-ordash',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Andrej Ordasch', en: 'Andrei Ordash', ru: 'Андрей Ордаш' },
    aliases: ['Andrey Ordash', 'Andrej Ordasch', 'Ordash'],
    description: {
      de: 'Russischer Diplomat, Geschäftsträger in Warschau, nach Drohnenverletzungen des polnischen Luftraums ins Außenministerium einbestellt.',
      en: "Russian diplomat, chargé d'affaires in Warsaw, summoned over drone incursions into Polish airspace.",
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'navcent',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'US Naval Forces Central Command', en: 'US Naval Forces Central Command' },
    aliases: ['U.S. Naval Forces Central Command', 'Naval Forces Central Command'],
    acronyms: ['NAVCENT'],
    description: {
      de: 'Marinekommando des US-Zentralkommandos in Bahrain, in Personalunion mit der 5. Flotte.',
      en: "US Central Command's naval command in Bahrain, under the same commander as the Fifth Fleet.",
    },
    links: [{ rel: 'part-of', to: 'centcom' }, { rel: 'related-to', to: 'us-fifth-fleet' }],
  },
];
