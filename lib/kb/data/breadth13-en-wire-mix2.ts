// Thirteenth breadth round: a random sample of English wire and newspaper reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Reporters of the wires and papers whose bylines and credits stand in conflict reporting (checked in the blind sample).
  {
    id: 'tia-goldenberg',
    type: 'person',
    names: { de: 'Tia Goldenberg', en: 'Tia Goldenberg' },
    description: {
      de: 'Reporterin der Nachrichtenagentur AP in Tel Aviv, berichtet über Israel und den Gazakrieg.',
      en: 'Associated Press reporter in Tel Aviv covering Israel and the Gaza war.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'samy-magdy',
    type: 'person',
    names: { de: 'Samy Magdy', en: 'Samy Magdy' },
    description: {
      de: 'Korrespondent der AP in Kairo, berichtet über Ägypten, Sudan und den Gazakrieg.',
      en: 'Associated Press correspondent in Cairo covering Egypt, Sudan and the Gaza war.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'wafaa-shurafa',
    type: 'person',
    names: { de: 'Wafaa Shurafa', en: 'Wafaa Shurafa' },
    description: {
      de: 'Reporterin der AP im Gazastreifen.',
      en: 'Associated Press reporter in the Gaza Strip.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'melanie-lidman',
    type: 'person',
    names: { de: 'Melanie Lidman', en: 'Melanie Lidman' },
    description: {
      de: 'Reporterin der AP in Israel.',
      en: 'Associated Press reporter based in Israel.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'julia-frankel',
    type: 'person',
    names: { de: 'Julia Frankel', en: 'Julia Frankel' },
    description: {
      de: 'Reporterin der AP in Jerusalem, berichtet über Israel und die Palästinensergebiete.',
      en: 'Associated Press reporter in Jerusalem covering Israel and the Palestinian territories.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'kareem-chehayeb',
    type: 'person',
    names: { de: 'Kareem Chehayeb', en: 'Kareem Chehayeb' },
    description: {
      de: 'Reporter der AP in Beirut, berichtet über Libanon und Syrien.',
      en: 'Associated Press reporter in Beirut covering Lebanon and Syria.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'vladimir-isachenkov',
    type: 'person',
    names: { de: 'Vladimir Isachenkov', en: 'Vladimir Isachenkov' },
    aliases: ['Wladimir Issatschenkow'],
    description: {
      de: 'Langjähriger Moskauer Korrespondent der AP für russische Politik und Militär.',
      en: 'Long-serving Associated Press correspondent in Moscow on Russian politics and the military.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'joseph-krauss',
    type: 'person',
    names: { de: 'Joseph Krauss', en: 'Joseph Krauss' },
    description: {
      de: 'Journalist der AP, früher Korrespondent in Jerusalem, heute in Ottawa.',
      en: 'Associated Press journalist, formerly its Jerusalem correspondent, later based in Ottawa.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'natalie-melzer',
    type: 'person',
    names: { de: 'Natalie Melzer', en: 'Natalie Melzer' },
    description: {
      de: 'Reporterin der AP in Nahariya im Norden Israels.',
      en: 'Associated Press reporter in Nahariya, northern Israel.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'sarah-el-deeb',
    type: 'person',
    names: { de: 'Sarah El Deeb', en: 'Sarah El Deeb' },
    description: {
      de: 'Journalistin der AP, berichtet seit Jahren über Syrien, Libanon und die Region.',
      en: 'Associated Press journalist who has long covered Syria, Lebanon and the wider region.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'ghaith-alsayed',
    type: 'person',
    names: { de: 'Ghaith Alsayed', en: 'Ghaith Alsayed' },
    description: {
      de: 'Journalist der AP im Nordwesten Syriens.',
      en: 'Associated Press journalist in north-western Syria.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'zeina-karam',
    type: 'person',
    names: { de: 'Zeina Karam', en: 'Zeina Karam' },
    description: {
      de: 'Langjährige Leiterin des Beiruter Büros der AP.',
      en: 'Long-time head of the Associated Press bureau in Beirut.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'jack-jeffery',
    type: 'person',
    names: { de: 'Jack Jeffery', en: 'Jack Jeffery' },
    description: {
      de: 'Journalist der AP in Kairo und im Nahen Osten.',
      en: 'Associated Press journalist in Cairo and the Middle East.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'monika-scislowska',
    type: 'person',
    names: { de: 'Monika Scislowska', en: 'Monika Scislowska' },
    aliases: ['Monika Ścisłowska'],
    description: {
      de: 'Reporterin der AP in Warschau.',
      en: 'Associated Press reporter in Warsaw.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'maayan-lubell',
    type: 'person',
    names: { de: 'Maayan Lubell', en: 'Maayan Lubell' },
    description: {
      de: 'Reuters-Korrespondentin in Jerusalem.',
      en: 'Reuters correspondent in Jerusalem.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'nidal-al-mughrabi',
    type: 'person',
    names: { de: 'Nidal al-Mughrabi', en: 'Nidal al-Mughrabi' },
    aliases: ['Nidal Al-Mughrabi', 'Nidal al-Moughrabi'],
    description: {
      de: 'Reuters-Korrespondent für den Gazastreifen, heute in Kairo.',
      en: 'Reuters correspondent for the Gaza Strip, later based in Cairo.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'laila-bassam',
    type: 'person',
    names: { de: 'Laila Bassam', en: 'Laila Bassam' },
    description: {
      de: 'Reuters-Korrespondentin in Beirut.',
      en: 'Reuters correspondent in Beirut.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'maya-gebeily',
    type: 'person',
    names: { de: 'Maya Gebeily', en: 'Maya Gebeily' },
    description: {
      de: 'Reuters-Korrespondentin in Beirut für Libanon und Syrien.',
      en: 'Reuters correspondent in Beirut covering Lebanon and Syria.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'timour-azhari',
    type: 'person',
    names: { de: 'Timour Azhari', en: 'Timour Azhari' },
    description: {
      de: 'Reuters-Korrespondent in Beirut und Bagdad.',
      en: 'Reuters correspondent in Beirut and Baghdad.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'suleiman-al-khalidi',
    type: 'person',
    names: { de: 'Suleiman Al-Khalidi', en: 'Suleiman Al-Khalidi' },
    aliases: ['Suleiman al-Khalidi'],
    description: {
      de: 'Reuters-Korrespondent in Amman für Jordanien und Syrien.',
      en: 'Reuters correspondent in Amman covering Jordan and Syria.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'josh-smith-reuters',
    type: 'person',
    names: { de: 'Josh Smith', en: 'Josh Smith' },
    description: {
      de: 'Reuters-Korrespondent in Seoul, berichtet über Nord- und Südkorea.',
      en: 'Reuters correspondent in Seoul covering North and South Korea.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'vladimir-soldatkin',
    type: 'person',
    names: { de: 'Vladimir Soldatkin', en: 'Vladimir Soldatkin' },
    aliases: ['Wladimir Soldatkin'],
    description: {
      de: 'Reuters-Korrespondent in Moskau.',
      en: 'Reuters correspondent in Moscow.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'andrew-osborn',
    type: 'person',
    names: { de: 'Andrew Osborn', en: 'Andrew Osborn' },
    description: {
      de: 'Leitender Reuters-Journalist für Russland, lange Büroleiter in Moskau.',
      en: 'Senior Reuters journalist on Russia, long its Moscow bureau chief.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'lucy-papachristou',
    type: 'person',
    names: { de: 'Lucy Papachristou', en: 'Lucy Papachristou' },
    description: {
      de: 'Reuters-Korrespondentin für Russland und den Kaukasus.',
      en: 'Reuters correspondent covering Russia and the Caucasus.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'jeff-mason',
    type: 'person',
    names: { de: 'Jeff Mason', en: 'Jeff Mason' },
    description: {
      de: 'Reuters-Korrespondent im Weißen Haus.',
      en: 'Reuters White House correspondent.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'matt-spetalnick',
    type: 'person',
    names: { de: 'Matt Spetalnick', en: 'Matt Spetalnick' },
    description: {
      de: 'Reuters-Korrespondent in Washington für US-Außenpolitik.',
      en: 'Reuters correspondent in Washington on US foreign policy.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'arshad-mohammed',
    type: 'person',
    names: { de: 'Arshad Mohammed', en: 'Arshad Mohammed' },
    description: {
      de: 'Reuters-Korrespondent in Washington für Außen- und Sicherheitspolitik.',
      en: 'Reuters correspondent in Washington on foreign and security policy.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'samia-nakhoul',
    type: 'person',
    names: { de: 'Samia Nakhoul', en: 'Samia Nakhoul' },
    description: {
      de: 'Nahost-Chefredakteurin der Nachrichtenagentur Reuters.',
      en: 'Middle East editor of the Reuters news agency.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'jonathan-saul',
    type: 'person',
    names: { de: 'Jonathan Saul', en: 'Jonathan Saul' },
    description: {
      de: 'Reuters-Korrespondent in London für Schifffahrt und Seesicherheit.',
      en: 'Reuters correspondent in London on shipping and maritime security.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'ahmed-tolba',
    type: 'person',
    names: { de: 'Ahmed Tolba', en: 'Ahmed Tolba' },
    description: {
      de: 'Reuters-Journalist in Kairo.',
      en: 'Reuters journalist in Cairo.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'aidan-lewis',
    type: 'person',
    names: { de: 'Aidan Lewis', en: 'Aidan Lewis' },
    description: {
      de: 'Reuters-Journalist für Nordafrika und den Nahen Osten.',
      en: 'Reuters journalist covering North Africa and the Middle East.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'mohammed-ghobari',
    type: 'person',
    names: { de: 'Mohammed Ghobari', en: 'Mohammed Ghobari' },
    aliases: ['Mohammed al-Ghobari'],
    description: {
      de: 'Reuters-Korrespondent für Jemen in Aden.',
      en: 'Reuters correspondent for Yemen based in Aden.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'andrew-mills-reuters',
    type: 'person',
    names: { de: 'Andrew Mills', en: 'Andrew Mills' },
    description: {
      de: 'Reuters-Korrespondent in Doha.',
      en: 'Reuters correspondent in Doha.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'alexander-cornwell',
    type: 'person',
    names: { de: 'Alexander Cornwell', en: 'Alexander Cornwell' },
    description: {
      de: 'Reuters-Korrespondent in Jerusalem und am Golf.',
      en: 'Reuters correspondent in Jerusalem and the Gulf.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'nic-robertson',
    type: 'person',
    names: { de: 'Nic Robertson', en: 'Nic Robertson' },
    description: {
      de: 'Internationaler diplomatischer Chefredakteur von CNN.',
      en: 'CNN International Diplomatic Editor.',
    },
    links: [{ rel: 'member-of', to: 'cnn' }],
  },
  {
    id: 'ivana-kottasova',
    type: 'person',
    names: { de: 'Ivana Kottasová', en: 'Ivana Kottasová' },
    aliases: ['Ivana Kottasova'],
    description: {
      de: 'Reporterin von CNN in London.',
      en: 'CNN reporter based in London.',
    },
    links: [{ rel: 'member-of', to: 'cnn' }],
  },
  {
    id: 'mostafa-salem',
    type: 'person',
    names: { de: 'Mostafa Salem', en: 'Mostafa Salem' },
    description: {
      de: 'Produzent und Reporter von CNN in Abu Dhabi für den Nahen Osten.',
      en: 'CNN producer and reporter in Abu Dhabi covering the Middle East.',
    },
    links: [{ rel: 'member-of', to: 'cnn' }],
  },
  {
    id: 'jeremy-diamond',
    type: 'person',
    names: { de: 'Jeremy Diamond', en: 'Jeremy Diamond' },
    description: {
      de: 'CNN-Korrespondent in Jerusalem, zuvor im Weißen Haus.',
      en: 'CNN correspondent in Jerusalem, earlier at the White House.',
    },
    links: [{ rel: 'member-of', to: 'cnn' }],
  },
  {
    id: 'matthew-chance',
    type: 'person',
    names: { de: 'Matthew Chance', en: 'Matthew Chance' },
    description: {
      de: 'Chefkorrespondent von CNN für internationale Themen, lange in Moskau.',
      en: 'CNN chief global affairs correspondent, long based in Moscow.',
    },
    links: [{ rel: 'member-of', to: 'cnn' }],
  },
  {
    id: 'mitchell-mccluskey',
    type: 'person',
    names: { de: 'Mitchell McCluskey', en: 'Mitchell McCluskey' },
    description: {
      de: 'Journalist von CNN.',
      en: 'CNN journalist.',
    },
    links: [{ rel: 'member-of', to: 'cnn' }],
  },
  {
    id: 'lorenzo-tondo',
    type: 'person',
    names: { de: 'Lorenzo Tondo', en: 'Lorenzo Tondo' },
    description: {
      de: 'Korrespondent des Guardian in der Ukraine und Südeuropa.',
      en: 'Guardian correspondent in Ukraine and southern Europe.',
    },
    links: [{ rel: 'member-of', to: 'the-guardian' }],
  },
  {
    id: 'emma-graham-harrison',
    type: 'person',
    names: { de: 'Emma Graham-Harrison', en: 'Emma Graham-Harrison' },
    description: {
      de: 'Chefreporterin des Guardian für internationale Themen.',
      en: 'Chief international affairs reporter of the Guardian.',
    },
    links: [{ rel: 'member-of', to: 'the-guardian' }],
  },
  {
    id: 'jason-burke',
    type: 'person',
    names: { de: 'Jason Burke', en: 'Jason Burke' },
    description: {
      de: 'Korrespondent des Guardian für internationale Sicherheit, lange im Nahen Osten.',
      en: 'Guardian international security correspondent, long based in the Middle East.',
    },
    links: [{ rel: 'member-of', to: 'the-guardian' }],
  },
  {
    id: 'william-christou',
    type: 'person',
    names: { de: 'William Christou', en: 'William Christou' },
    description: {
      de: 'Korrespondent des Guardian in Beirut.',
      en: 'Guardian correspondent in Beirut.',
    },
    links: [{ rel: 'member-of', to: 'the-guardian' }],
  },
  {
    id: 'peter-beaumont',
    type: 'person',
    names: { de: 'Peter Beaumont', en: 'Peter Beaumont' },
    description: {
      de: 'Leitender Auslandsreporter des Guardian, berichtet aus der Ukraine und dem Nahen Osten.',
      en: 'Senior international reporter of the Guardian, reporting from Ukraine and the Middle East.',
    },
    links: [{ rel: 'member-of', to: 'the-guardian' }],
  },
  {
    id: 'julian-borger',
    type: 'person',
    names: { de: 'Julian Borger', en: 'Julian Borger' },
    description: {
      de: 'Langjähriger Korrespondent des Guardian für Weltpolitik, zuvor in Washington.',
      en: 'Long-serving world affairs correspondent of the Guardian, formerly in Washington.',
    },
    links: [{ rel: 'member-of', to: 'the-guardian' }],
  },
  {
    id: 'bethan-mckernan',
    type: 'person',
    names: { de: 'Bethan McKernan', en: 'Bethan McKernan' },
    description: {
      de: 'Korrespondentin des Guardian, früher in Jerusalem.',
      en: 'Guardian correspondent, formerly based in Jerusalem.',
    },
    links: [{ rel: 'member-of', to: 'the-guardian' }],
  },
  {
    id: 'ellie-cook',
    type: 'person',
    names: { de: 'Ellie Cook', en: 'Ellie Cook' },
    description: {
      de: 'Reporterin von Newsweek für Sicherheit und Verteidigung, berichtet über den Ukrainekrieg.',
      en: 'Newsweek security and defence reporter covering the war in Ukraine.',
    },
    links: [{ rel: 'member-of', to: 'newsweek' }],
  },
  {
    id: 'brendan-cole',
    type: 'person',
    names: { de: 'Brendan Cole', en: 'Brendan Cole' },
    description: {
      de: 'Reporter von Newsweek, berichtet über Russland und die Ukraine.',
      en: 'Newsweek reporter covering Russia and Ukraine.',
    },
    links: [{ rel: 'member-of', to: 'newsweek' }],
  },
  {
    id: 'darryl-coote',
    type: 'person',
    names: { de: 'Darryl Coote', en: 'Darryl Coote' },
    description: {
      de: 'Journalist der Nachrichtenagentur UPI.',
      en: 'United Press International journalist.',
    },
    links: [{ rel: 'member-of', to: 'united-press-international' }],
  },
  {
    id: 'khaled-al-jeratli',
    type: 'person',
    names: { de: 'Khaled al-Jeratli', en: 'Khaled al-Jeratli' },
    aliases: ['Khaled al-Jaratli'],
    description: {
      de: 'Journalist der syrischen Oppositionszeitung Enab Baladi.',
      en: 'Journalist at the Syrian opposition outlet Enab Baladi.',
    },
    links: [{ rel: 'member-of', to: 'enab-baladi' }],
  },
];
