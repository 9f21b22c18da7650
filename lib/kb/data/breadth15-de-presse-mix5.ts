// Fifteenth breadth round: German regional papers, magazines and smaller outlets on all five conflicts, 2022–2026.
import type { Entity } from '../types';

const rada = { de: 'Abgeordnete der Werchowna Rada', en: 'Member of the Verkhovna Rada' };
const radaM = { de: 'Abgeordneter der Werchowna Rada', en: 'Member of the Verkhovna Rada' };

export const entities: Entity[] = [
  // Ukrainian members of parliament quoted by the German-language press (Holos, Servant of the People,
  // Batkivshchyna, European Solidarity).
  {
    id: 'lesia-vasylenko',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Lessja Wassylenko', en: 'Lesia Vasylenko', uk: 'Леся Василенко' },
    aliases: ['Lesja Wasilenko', 'Lesja Wassylenko', 'Lesya Vasylenko', 'Lesia Wasylenko', 'Lessja Wasylenko'],
    description: {
      de: 'Ukrainische Juristin und Parlamentsabgeordnete der Partei Holos seit 2019; gründete die Rechtshilfe für Soldaten „Legal Hundred“ und gehört der Delegation bei der Parlamentarischen Versammlung des Europarats an.',
      en: 'Ukrainian lawyer and Holos member of parliament since 2019; founded the soldiers’ legal aid group Legal Hundred and sits on Ukraine’s delegation to the Council of Europe assembly.',
    },
    roles: [{ title: rada, of: 'verkhovna-rada', from: '2019' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'holos-party' }, { rel: 'member-of', to: 'verkhovna-rada' }],
  },
  {
    id: 'yuliia-klymenko',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Julija Klymenko', en: 'Yuliia Klymenko', uk: 'Юлія Клименко' },
    aliases: ['Yulia Klymenko', 'Julia Klymenko', 'Yuliya Klymenko'],
    description: {
      de: 'Ukrainische Parlamentsabgeordnete, 2019 über die Liste der Partei Holos gewählt; trat 2021 mit mehreren Kollegen aus der Partei aus.',
      en: 'Ukrainian member of parliament elected on the Holos list in 2019; left the party with several colleagues in 2021.',
    },
    roles: [{ title: rada, of: 'verkhovna-rada', from: '2019' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'verkhovna-rada' }, { rel: 'related-to', to: 'holos-party' }],
  },
  {
    id: 'andrii-osadchuk',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Andrij Ossadtschuk', en: 'Andrii Osadchuk', uk: 'Андрій Осадчук' },
    aliases: ['Andriy Osadchuk', 'Andrij Osadtschuk'],
    description: {
      de: 'Ukrainischer Parlamentsabgeordneter der Partei Holos seit 2019, befasst mit Polizei- und Justizgesetzen.',
      en: 'Ukrainian Holos member of parliament since 2019, working on policing and justice legislation.',
    },
    roles: [{ title: radaM, of: 'verkhovna-rada', from: '2019' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'holos-party' }, { rel: 'member-of', to: 'verkhovna-rada' }],
  },
  {
    id: 'mariia-mezentseva',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Marija Mesenzewa', en: 'Mariia Mezentseva', uk: 'Марія Мезенцева' },
    aliases: ['Maria Mezentseva', 'Maria Mesenzewa', 'Mariia Mezentseva-Fedorenko', 'Maria Mezentseva-Fedorenko', 'Marija Mesenzewa-Fedorenko'],
    description: {
      de: 'Ukrainische Abgeordnete der Regierungspartei Diener des Volkes seit 2019; leitet seit 2021 die ukrainische Delegation bei der Parlamentarischen Versammlung des Europarats (PACE).',
      en: 'Ukrainian Servant of the People member of parliament since 2019; has led Ukraine’s delegation to the Parliamentary Assembly of the Council of Europe (PACE) since 2021.',
    },
    roles: [
      { title: rada, of: 'verkhovna-rada', from: '2019' },
      { title: { de: 'Leiterin der ukrainischen PACE-Delegation', en: 'Head of Ukraine’s PACE delegation' }, of: 'pace', from: '2021-01' },
    ],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'servant-of-the-people' }, { rel: 'member-of', to: 'verkhovna-rada' }, { rel: 'related-to', to: 'pace' }],
  },
  {
    id: 'yelyzaveta-yasko',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Jelysaweta Jasko', en: 'Yelyzaveta Yasko', uk: 'Єлизавета Ясько' },
    aliases: ['Lisa Yasko', 'Liza Yasko', 'Yelizaveta Yasko', 'Elizaveta Yasko', 'Jelisaweta Jasko'],
    description: {
      de: 'Ukrainische Abgeordnete der Partei Diener des Volkes seit 2019; leitete bis Januar 2021 die ukrainische Delegation bei der PACE.',
      en: 'Ukrainian Servant of the People member of parliament since 2019; led Ukraine’s PACE delegation until January 2021.',
    },
    roles: [
      { title: rada, of: 'verkhovna-rada', from: '2019' },
      { title: { de: 'Leiterin der ukrainischen PACE-Delegation', en: 'Head of Ukraine’s PACE delegation' }, of: 'pace', to: '2021-01' },
    ],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'servant-of-the-people' }, { rel: 'member-of', to: 'verkhovna-rada' }],
  },
  {
    id: 'geo-leros',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Geo Leros', en: 'Geo Leros', uk: 'Гео Лерос' },
    description: {
      de: 'Ukrainischer Abgeordneter und früherer Berater Selenskyjs; 2019 für Diener des Volkes gewählt, 2021 nach Angriffen auf Selenskyj und Präsidialamtschef Jermak aus der Fraktion ausgeschlossen.',
      en: 'Ukrainian member of parliament and former Zelensky adviser; elected for Servant of the People in 2019, expelled from its faction in 2021 after attacking Zelensky and chief of staff Yermak.',
    },
    roles: [{ title: radaM, of: 'verkhovna-rada', from: '2019' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'verkhovna-rada' }, { rel: 'related-to', to: 'servant-of-the-people' }],
  },
  {
    id: 'mykhailo-radutskyi',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Mychajlo Radutskyj', en: 'Mykhailo Radutskyi', uk: 'Михайло Радуцький' },
    aliases: ['Mykhailo Radutsky', 'Michail Radutski', 'Mikhail Radutsky'],
    description: {
      de: 'Ukrainischer Abgeordneter der Partei Diener des Volkes seit 2019 und Vorsitzender des Gesundheitsausschusses der Werchowna Rada.',
      en: 'Ukrainian Servant of the People member of parliament since 2019 and chair of the Verkhovna Rada’s health committee.',
    },
    roles: [{ title: radaM, of: 'verkhovna-rada', from: '2019' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'servant-of-the-people' }, { rel: 'member-of', to: 'verkhovna-rada' }],
  },
  {
    id: 'andriy-herus',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Andrij Herus', en: 'Andriy Herus', uk: 'Андрій Герус' },
    aliases: ['Andrii Herus', 'Andriy Gerus', 'Andrii Gerus', 'Andrej Gerus'],
    description: {
      de: 'Ukrainischer Abgeordneter der Partei Diener des Volkes seit 2019 und Vorsitzender des Energieausschusses der Werchowna Rada; oft zu Angriffen auf das Stromnetz befragt.',
      en: 'Ukrainian Servant of the People member of parliament since 2019 and chair of the Verkhovna Rada’s energy committee; often asked about strikes on the power grid.',
    },
    roles: [{ title: radaM, of: 'verkhovna-rada', from: '2019' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'servant-of-the-people' }, { rel: 'member-of', to: 'verkhovna-rada' }],
  },
  {
    id: 'serhiy-taruta',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Serhij Taruta', en: 'Serhiy Taruta', uk: 'Сергій Тарута' },
    aliases: ['Sergei Taruta', 'Sergej Taruta', 'Serhii Taruta'],
    description: {
      de: 'Ukrainischer Industrieller aus Donezk (Industrieunion des Donbass), 2014 Gouverneur des Gebiets Donezk, danach Parlamentsabgeordneter, seit 2019 in der Fraktion Batkiwschtschyna.',
      en: 'Ukrainian industrialist from Donetsk (Industrial Union of Donbas), governor of Donetsk region in 2014 and later a member of parliament, in the Batkivshchyna faction since 2019.',
    },
    roles: [
      { title: { de: 'Gouverneur des Gebiets Donezk', en: 'Governor of Donetsk region' }, of: 'ukraine', from: '2014', to: '2014' },
      { title: radaM, of: 'verkhovna-rada' },
    ],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'batkivshchyna' }, { rel: 'member-of', to: 'verkhovna-rada' }],
  },
  {
    id: 'oleksiy-kucherenko',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Oleksij Kutscherenko', en: 'Oleksiy Kucherenko', uk: 'Олексій Кучеренко' },
    aliases: ['Oleksii Kucherenko', 'Alexei Kutscherenko', 'Olexij Kutscherenko'],
    description: {
      de: 'Ukrainischer Abgeordneter der Fraktion Batkiwschtschyna von Julija Tymoschenko, Fachmann für Energie- und Kommunalpolitik.',
      en: 'Ukrainian member of parliament in Yulia Tymoshenko’s Batkivshchyna faction, specialising in energy and utilities policy.',
    },
    roles: [{ title: radaM, of: 'verkhovna-rada' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'batkivshchyna' }, { rel: 'member-of', to: 'verkhovna-rada' }],
  },
  {
    id: 'mariia-ionova',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Marija Ionowa', en: 'Mariia Ionova', uk: 'Марія Іонова' },
    aliases: ['Maria Ionova', 'Mariya Ionova', 'Maria Ionowa'],
    description: {
      de: 'Ukrainische Parlamentsabgeordnete der Oppositionspartei Europäische Solidarität von Petro Poroschenko.',
      en: 'Ukrainian member of parliament for Petro Poroshenko’s opposition party European Solidarity.',
    },
    roles: [{ title: rada, of: 'verkhovna-rada' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'european-solidarity' }, { rel: 'member-of', to: 'verkhovna-rada' }],
  },
  {
    id: 'serhiy-ionushas',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Serhij Ionuschas', en: 'Serhiy Ionushas', uk: 'Сергій Іонушас' },
    aliases: ['Serhii Ionushas', 'Sergei Ionushas'],
    description: {
      de: 'Ukrainischer Abgeordneter der Partei Diener des Volkes seit 2019 und Vorsitzender des Parlamentsausschusses für Rechtsdurchsetzung.',
      en: 'Ukrainian Servant of the People member of parliament since 2019 and chair of the parliamentary law-enforcement committee.',
    },
    roles: [{ title: radaM, of: 'verkhovna-rada', from: '2019' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'servant-of-the-people' }, { rel: 'member-of', to: 'verkhovna-rada' }],
  },
  {
    id: 'nataliia-pipa',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Natalija Pipa', en: 'Nataliia Pipa', uk: 'Наталія Піпа' },
    aliases: ['Natalia Pipa', 'Nataliya Pipa'],
    description: {
      de: 'Ukrainische Parlamentsabgeordnete der Partei Holos aus Lwiw seit 2019.',
      en: 'Ukrainian Holos member of parliament from Lviv since 2019.',
    },
    roles: [{ title: rada, of: 'verkhovna-rada', from: '2019' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'holos-party' }, { rel: 'member-of', to: 'verkhovna-rada' }],
  },
  // Ukrainian diplomats, journalists and media owners.
  {
    id: 'yevhen-perebyinis',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Jewhen Perebyjnis', en: 'Yevhen Perebyinis', uk: 'Євген Перебийніс' },
    aliases: ['Yevhenii Perebyinis', 'Jewgeni Perebijnis', 'Evgeny Perebiynis'],
    description: {
      de: 'Ukrainischer Diplomat, früher Sprecher des Außenministeriums und Botschafter in Tschechien, danach stellvertretender Außenminister.',
      en: 'Ukrainian diplomat, formerly foreign ministry spokesman and ambassador to Czechia, later a deputy foreign minister.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'ukrainian-foreign-ministry' }],
  },
  {
    id: 'dmytro-gordon',
    type: 'person',
    subtype: 'official',
    names: { de: 'Dmytro Gordon', en: 'Dmytro Gordon', uk: 'Дмитро Гордон' },
    aliases: ['Dmitri Gordon', 'Dmitry Gordon', 'Dmytro Hordon', 'Dmitrij Gordon'],
    description: {
      de: 'Ukrainischer Journalist und Interviewer, Gründer der Online-Zeitung „Gordon“ und eines viel gesehenen Interview-Kanals auf YouTube.',
      en: 'Ukrainian journalist and interviewer, founder of the online paper Gordon and a widely watched YouTube interview channel.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'sevgil-musayeva',
    type: 'person',
    subtype: 'official',
    names: { de: 'Sevgil Musajewa', en: 'Sevgil Musayeva', uk: 'Севгіль Мусаєва' },
    aliases: ['Sevgil Musaieva', 'Sewgil Mussajewa', 'Sevgil Musaeva'],
    description: {
      de: 'Krimtatarische Journalistin, langjährige Chefredakteurin der ukrainischen Online-Zeitung Ukrajinska Prawda.',
      en: 'Crimean Tatar journalist, for many years editor-in-chief of the Ukrainian online paper Ukrainska Pravda.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'ukrainska-pravda' }],
  },
  {
    id: 'tomas-fiala',
    type: 'person',
    subtype: 'businessman',
    names: { de: 'Tomáš Fiala', en: 'Tomáš Fiala' },
    aliases: ['Tomas Fiala'],
    description: {
      de: 'Tschechischer Unternehmer in Kiew, Chef der Investmentgesellschaft Dragon Capital; besitzt das Medienhaus NV und seit 2021 die Mehrheit an der Ukrajinska Prawda.',
      en: 'Czech businessman based in Kyiv, head of the investment firm Dragon Capital; owns the NV media group and since 2021 a majority of Ukrainska Pravda.',
    },
    links: [{ rel: 'citizen-of', to: 'czechia' }, { rel: 'leads', to: 'dragon-capital' }, { rel: 'related-to', to: 'novoye-vremya' }, { rel: 'related-to', to: 'ukrainska-pravda' }],
  },
  {
    id: 'dragon-capital',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Dragon Capital', en: 'Dragon Capital' },
    description: {
      de: 'Kiewer Investmentgesellschaft unter Tomáš Fiala, eine der größten Fondsverwalter der Ukraine; Eigentümerin von Medienbeteiligungen wie NV.',
      en: 'Kyiv investment firm led by Tomáš Fiala, one of Ukraine’s largest fund managers; holds media stakes such as NV.',
    },
    links: [{ rel: 'part-of', to: 'ukraine' }, { rel: 'related-to', to: 'novoye-vremya' }],
  },
  // US military and defence officials.
  {
    id: 'douglas-sims',
    type: 'person',
    subtype: 'military',
    names: { de: 'Douglas Sims', en: 'Douglas Sims' },
    aliases: ['Douglas A. Sims', 'Douglas A. Sims II', 'Douglas Sims II', 'D.A. Sims'],
    description: {
      de: 'US-Generalleutnant (Heer), 2022–2024 Operationsdirektor (J-3) des Vereinigten Generalstabs und Sprecher zu den Angriffen auf die Huthi; danach bis 2025 Direktor des Joint Staff.',
      en: 'US Army lieutenant general, director for operations (J-3) of the Joint Staff 2022–2024 who briefed on the strikes on the Houthis; then director of the Joint Staff until 2025.',
    },
    roles: [
      { title: { de: 'Operationsdirektor (J-3) des Joint Staff', en: 'Director for Operations (J-3), Joint Staff' }, of: 'us-joint-chiefs-of-staff', from: '2022', to: '2024' },
      { title: { de: 'Direktor des Joint Staff', en: 'Director of the Joint Staff' }, of: 'us-joint-chiefs-of-staff', from: '2024', to: '2025' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'member-of', to: 'us-army' }, { rel: 'member-of', to: 'us-joint-chiefs-of-staff' }],
  },
  {
    id: 'william-laplante',
    type: 'person',
    subtype: 'official',
    names: { de: 'William LaPlante', en: 'William LaPlante' },
    aliases: ['Bill LaPlante', 'William A. LaPlante', 'Bill Laplante', 'William Laplante'],
    description: {
      de: 'Rüstungsstaatssekretär im US-Verteidigungsministerium (Beschaffung und Logistik) 2022–2025; trieb die Munitionsproduktion für die Ukraine voran.',
      en: 'US Under Secretary of Defense for Acquisition and Sustainment 2022–2025; pushed up munitions production for Ukraine.',
    },
    roles: [{ title: { de: 'Staatssekretär für Beschaffung und Logistik', en: 'Under Secretary of Defense for Acquisition and Sustainment' }, of: 'pentagon', from: '2022', to: '2025' }],
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'member-of', to: 'pentagon' }],
  },
];
