// Twenty-fifth breadth round: a fifteenth random sample of English wire and newspaper reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Persons the blind sample named and the base lacked: a Hezbollah field commander, the EU's earlier foreign-policy chiefs who led the Iran nuclear talks, British commentators.
  {
    id: 'hussein-makki',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Hussein Makki', en: 'Hussein Makki', ar: 'حسين مكي' },
    aliases: ['Hussein Ali Makki', 'Hussain Makki', 'Hussein Mekki'],
    shortForms: ['Makki'],
    description: {
      de: 'Hisbollah-Feldkommandeur, der früher die Einheiten der Miliz im Küstenabschnitt Südlibanons führte; im Mai 2024 bei einem israelischen Drohnenangriff nahe Tyros getötet.',
      en: 'Hezbollah field commander who earlier led the militia’s forces in the coastal sector of south Lebanon; killed by an Israeli drone strike near Tyre in May 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'member-of', to: 'hezbollah' }],
  },
  {
    id: 'javier-solana',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Javier Solana', en: 'Javier Solana' },
    aliases: ['Javier Solana Madariaga', 'Francisco Javier Solana'],
    description: {
      de: 'Spanischer Sozialist, NATO-Generalsekretär 1995–1999 und danach zehn Jahre Hoher Vertreter der EU für die Außenpolitik; führte für die Europäer die ersten Atomgespräche mit Iran.',
      en: 'Spanish Socialist, NATO Secretary General 1995–1999 and then for ten years the EU’s High Representative for foreign policy; led the Europeans’ first nuclear talks with Iran.',
    },
    roles: [
      { title: { de: 'NATO-Generalsekretär', en: 'NATO Secretary General' }, of: 'nato', from: '1995-12', to: '1999-10' },
      { title: { de: 'Hoher Vertreter für die Gemeinsame Außen- und Sicherheitspolitik', en: 'High Representative for the Common Foreign and Security Policy' }, of: 'european-union', from: '1999-10', to: '2009-11' },
    ],
    links: [{ rel: 'related-to', to: 'nato' }, { rel: 'related-to', to: 'european-union' }],
  },
  {
    id: 'catherine-ashton',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Catherine Ashton', en: 'Catherine Ashton' },
    aliases: ['Cathy Ashton', 'Baroness Ashton', 'Lady Ashton', 'Catherine Ashton of Upholland', 'Baroness Ashton of Upholland'],
    description: {
      de: 'Britische Labour-Politikerin, erste Hohe Vertreterin der EU für Außen- und Sicherheitspolitik (2009–2014); leitete die Atomverhandlungen der Gruppe 5+1 mit Iran bis zum Genfer Zwischenabkommen 2013.',
      en: 'British Labour politician, the EU’s first High Representative for Foreign Affairs and Security Policy (2009–2014); led the P5+1 nuclear talks with Iran up to the 2013 Geneva interim deal.',
    },
    roles: [
      { title: { de: 'Hohe Vertreterin der EU für Außen- und Sicherheitspolitik', en: 'EU High Representative for Foreign Affairs and Security Policy' }, of: 'european-union', from: '2009-12', to: '2014-10' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }, { rel: 'related-to', to: 'european-union' }],
  },
  {
    id: 'federica-mogherini',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Federica Mogherini', en: 'Federica Mogherini' },
    description: {
      de: 'Italienische Sozialdemokratin, 2014 kurz Außenministerin Italiens, danach bis 2019 Hohe Vertreterin der EU für Außen- und Sicherheitspolitik; war 2015 am Abschluss des Atomabkommens mit Iran beteiligt.',
      en: 'Italian Democrat, briefly Italy’s foreign minister in 2014 and then EU High Representative for Foreign Affairs and Security Policy until 2019; took part in concluding the 2015 Iran nuclear deal.',
    },
    roles: [
      { title: { de: 'Hohe Vertreterin der EU für Außen- und Sicherheitspolitik', en: 'EU High Representative for Foreign Affairs and Security Policy' }, of: 'european-union', from: '2014-11', to: '2019-11' },
    ],
    links: [{ rel: 'related-to', to: 'european-union' }],
  },
  {
    id: 'philip-ingram',
    type: 'person',
    subtype: 'military',
    names: { de: 'Philip Ingram', en: 'Philip Ingram' },
    aliases: ['Philip Ingram MBE', 'Colonel Philip Ingram'],
    description: {
      de: 'Früherer Oberst des britischen Militärgeheimdienstes und NATO-Planer; von britischen und internationalen Medien oft als Kommentator zum Ukrainekrieg befragt.',
      en: 'Former British military intelligence colonel and NATO planner; often quoted by British and international media as a commentator on the war in Ukraine.',
    },
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'richard-kemp',
    type: 'person',
    subtype: 'military',
    names: { de: 'Richard Kemp', en: 'Richard Kemp' },
    aliases: ['Colonel Richard Kemp', 'Col. Richard Kemp'],
    description: {
      de: 'Britischer Oberst a. D., der 2003 die britischen Truppen in Afghanistan befehligte; tritt in Medien häufig als Verteidiger der israelischen Kriegsführung auf.',
      en: 'Retired British colonel who commanded British forces in Afghanistan in 2003; appears often in the media defending Israel’s conduct of its wars.',
    },
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  // Agencies and media offices the sample cited.
  {
    id: 'donetsk-news-agency',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Donezker Nachrichtenagentur', en: 'Donetsk News Agency', ru: 'Донецкое агентство новостей' },
    aliases: ['Donetsk Agency of News', 'DAN news agency', 'Nachrichtenagentur DAN', 'DAN-news'],
    shortForms: ['DAN'],
    description: {
      de: 'Offizielle Nachrichtenagentur der von Russland eingesetzten Führung der „Volksrepublik Donezk“; verbreitet die Erklärungen Puschilins und der Besatzungsverwaltung.',
      en: 'Official news agency of the Russian-installed leadership of the “Donetsk People’s Republic”; carries the statements of Pushilin and the occupation administration.',
    },
    links: [{ rel: 'part-of', to: 'donetsk-peoples-republic' }, { rel: 'related-to', to: 'denis-pushilin' }],
  },
  {
    id: 'luhansk-information-center',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Luhansker Informationszentrum', en: 'Luhansk Information Center', ru: 'Луганский информационный центр' },
    aliases: ['Lugansk Information Center', 'Luhansk Information Centre', 'Lugansk Information Centre', 'LuganskInformCenter', 'Lugansk-Inform-Center', 'Luganskij Informacionnyj Centr'],
    description: {
      de: 'Nachrichtenagentur der von Russland eingesetzten Führung der „Volksrepublik Luhansk“; Sprachrohr der dortigen Besatzungsbehörden.',
      en: 'News agency of the Russian-installed leadership of the “Luhansk People’s Republic”; mouthpiece of the occupation authorities there.',
    },
    links: [{ rel: 'related-to', to: 'russia' }],
  },
  {
    id: 'houthi-media-center',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Huthi-Medienzentrum', en: 'Houthi Media Center' },
    aliases: ['Houthi Media Centre', 'Huthi Media Center', 'Ansar Allah Media Center', 'Huthi-Medienzentrum'],
    description: {
      de: 'Medienstelle der Huthi-Bewegung, die Videos von Angriffen auf Schiffe im Roten Meer und Erklärungen der Miliz verbreitet.',
      en: 'Media office of the Houthi movement that releases videos of its attacks on Red Sea shipping and the militia’s statements.',
    },
    links: [{ rel: 'part-of', to: 'houthis' }],
  },
  {
    id: 'united-news-of-india',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'United News of India', en: 'United News of India' },
    acronyms: ['UNI'],
    description: {
      de: 'Indische Nachrichtenagentur mit Sitz in Neu-Delhi; ihre Meldungen zu den Nahost- und Ukrainekriegen laufen in vielen indischen Zeitungen.',
      en: 'Indian news agency based in New Delhi; its wires on the Middle East and Ukraine wars run in many Indian newspapers.',
    },
    links: [{ rel: 'related-to', to: 'india' }],
  },
  {
    id: 'tv-chosun',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'TV Chosun', en: 'TV Chosun', ko: 'TV조선' },
    description: {
      de: 'Südkoreanischer konservativer Fernsehsender der Chosun-Ilbo-Gruppe; oft Quelle für Berichte über Nordkorea.',
      en: 'Conservative South Korean television channel of the Chosun Ilbo group; often a source for reports on North Korea.',
    },
    links: [{ rel: 'related-to', to: 'chosun-ilbo' }, { rel: 'related-to', to: 'south-korea' }],
  },
];
