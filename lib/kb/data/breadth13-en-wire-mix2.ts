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
      de: 'Journalist der AP, lange Korrespondent in Jerusalem.',
      en: 'Associated Press journalist, long its correspondent in Jerusalem.',
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
  // More reporters of the same papers and broadcasters (peers of the missed bylines).
  {
    id: 'orla-guerin',
    type: 'person',
    names: { de: 'Orla Guerin', en: 'Orla Guerin' },
    description: {
      de: 'Leitende Auslandskorrespondentin der BBC, berichtet aus der Ukraine und dem Nahen Osten.',
      en: 'Senior international correspondent of the BBC, reporting from Ukraine and the Middle East.',
    },
    links: [{ rel: 'member-of', to: 'bbc' }],
  },
  {
    id: 'paul-adams-bbc',
    type: 'person',
    names: { de: 'Paul Adams', en: 'Paul Adams' },
    description: {
      de: 'Diplomatischer Korrespondent der BBC.',
      en: 'BBC diplomatic correspondent.',
    },
    links: [{ rel: 'member-of', to: 'bbc' }],
  },
  {
    id: 'yolande-knell',
    type: 'person',
    names: { de: 'Yolande Knell', en: 'Yolande Knell' },
    description: {
      de: 'Nahost-Korrespondentin der BBC in Jerusalem.',
      en: 'BBC Middle East correspondent in Jerusalem.',
    },
    links: [{ rel: 'member-of', to: 'bbc' }],
  },
  {
    id: 'lucy-williamson',
    type: 'person',
    names: { de: 'Lucy Williamson', en: 'Lucy Williamson' },
    description: {
      de: 'Korrespondentin der BBC, berichtete aus Israel und Paris.',
      en: 'BBC correspondent who has reported from Israel and Paris.',
    },
    links: [{ rel: 'member-of', to: 'bbc' }],
  },
  {
    id: 'hugo-bachega',
    type: 'person',
    names: { de: 'Hugo Bachega', en: 'Hugo Bachega' },
    description: {
      de: 'Nahost-Korrespondent der BBC, zuvor in der Ukraine.',
      en: 'BBC Middle East correspondent, earlier in Ukraine.',
    },
    links: [{ rel: 'member-of', to: 'bbc' }],
  },
  {
    id: 'joe-inwood',
    type: 'person',
    names: { de: 'Joe Inwood', en: 'Joe Inwood' },
    description: {
      de: 'Korrespondent der BBC News.',
      en: 'BBC News correspondent.',
    },
    links: [{ rel: 'member-of', to: 'bbc' }],
  },
  {
    id: 'fergal-keane',
    type: 'person',
    names: { de: 'Fergal Keane', en: 'Fergal Keane' },
    description: {
      de: 'Sonderkorrespondent der BBC für Kriegs- und Krisengebiete.',
      en: 'BBC special correspondent in war and crisis zones.',
    },
    links: [{ rel: 'member-of', to: 'bbc' }],
  },
  {
    id: 'isabel-kershner',
    type: 'person',
    names: { de: 'Isabel Kershner', en: 'Isabel Kershner' },
    description: {
      de: 'Korrespondentin der New York Times in Jerusalem.',
      en: 'New York Times correspondent in Jerusalem.',
    },
    links: [{ rel: 'member-of', to: 'new-york-times' }],
  },
  {
    id: 'patrick-kingsley',
    type: 'person',
    names: { de: 'Patrick Kingsley', en: 'Patrick Kingsley' },
    description: {
      de: 'Leiter des Jerusalemer Büros der New York Times.',
      en: 'Jerusalem bureau chief of the New York Times.',
    },
    links: [{ rel: 'member-of', to: 'new-york-times' }],
  },
  {
    id: 'euan-ward',
    type: 'person',
    names: { de: 'Euan Ward', en: 'Euan Ward' },
    description: {
      de: 'Reporter der New York Times in Beirut.',
      en: 'New York Times reporter in Beirut.',
    },
    links: [{ rel: 'member-of', to: 'new-york-times' }],
  },
  {
    id: 'aaron-boxerman',
    type: 'person',
    names: { de: 'Aaron Boxerman', en: 'Aaron Boxerman' },
    description: {
      de: 'Reporter der New York Times in Jerusalem.',
      en: 'New York Times reporter in Jerusalem.',
    },
    links: [{ rel: 'member-of', to: 'new-york-times' }],
  },
  {
    id: 'adam-rasgon',
    type: 'person',
    names: { de: 'Adam Rasgon', en: 'Adam Rasgon' },
    description: {
      de: 'Reporter der New York Times in Jerusalem.',
      en: 'New York Times reporter in Jerusalem.',
    },
    links: [{ rel: 'member-of', to: 'new-york-times' }],
  },
  {
    id: 'thomas-gibbons-neff',
    type: 'person',
    names: { de: 'Thomas Gibbons-Neff', en: 'Thomas Gibbons-Neff' },
    description: {
      de: 'Reporter der New York Times, berichtet über den Krieg in der Ukraine.',
      en: 'New York Times reporter covering the war in Ukraine.',
    },
    links: [{ rel: 'member-of', to: 'new-york-times' }],
  },
  {
    id: 'lara-jakes',
    type: 'person',
    names: { de: 'Lara Jakes', en: 'Lara Jakes' },
    description: {
      de: 'Reporterin der New York Times für Ukraine und europäische Sicherheit.',
      en: 'New York Times reporter on Ukraine and European security.',
    },
    links: [{ rel: 'member-of', to: 'new-york-times' }],
  },
  {
    id: 'constant-meheut',
    type: 'person',
    names: { de: 'Constant Méheut', en: 'Constant Méheut' },
    aliases: ['Constant Meheut'],
    description: {
      de: 'Reporter der New York Times in Kyjiw.',
      en: 'New York Times reporter in Kyiv.',
    },
    links: [{ rel: 'member-of', to: 'new-york-times' }],
  },
  {
    id: 'loveday-morris',
    type: 'person',
    names: { de: 'Loveday Morris', en: 'Loveday Morris' },
    description: {
      de: 'Korrespondentin der Washington Post, Büroleiterin in Berlin, zuvor in Jerusalem.',
      en: 'Washington Post correspondent, Berlin bureau chief, earlier in Jerusalem.',
    },
    links: [{ rel: 'member-of', to: 'washington-post' }],
  },
  {
    id: 'louisa-loveluck',
    type: 'person',
    names: { de: 'Louisa Loveluck', en: 'Louisa Loveluck' },
    description: {
      de: 'Korrespondentin der Washington Post für den Nahen Osten und die Ukraine.',
      en: 'Washington Post correspondent covering the Middle East and Ukraine.',
    },
    links: [{ rel: 'member-of', to: 'washington-post' }],
  },
  {
    id: 'susannah-george',
    type: 'person',
    names: { de: 'Susannah George', en: 'Susannah George' },
    description: {
      de: 'Leiterin des Golf-Büros der Washington Post.',
      en: 'Gulf bureau chief of the Washington Post.',
    },
    links: [{ rel: 'member-of', to: 'washington-post' }],
  },
  {
    id: 'shira-rubin',
    type: 'person',
    names: { de: 'Shira Rubin', en: 'Shira Rubin' },
    description: {
      de: 'Korrespondentin der Washington Post in Tel Aviv.',
      en: 'Washington Post correspondent in Tel Aviv.',
    },
    links: [{ rel: 'member-of', to: 'washington-post' }],
  },
  {
    id: 'robyn-dixon',
    type: 'person',
    names: { de: 'Robyn Dixon', en: 'Robyn Dixon' },
    description: {
      de: 'Leiterin des Moskauer Büros der Washington Post.',
      en: 'Moscow bureau chief of the Washington Post.',
    },
    links: [{ rel: 'member-of', to: 'washington-post' }],
  },
  {
    id: 'mary-ilyushina',
    type: 'person',
    names: { de: 'Mary Ilyushina', en: 'Mary Ilyushina' },
    description: {
      de: 'Russland-Reporterin der Washington Post.',
      en: 'Washington Post reporter covering Russia.',
    },
    links: [{ rel: 'member-of', to: 'washington-post' }],
  },
  {
    id: 'john-hudson-wapo',
    type: 'person',
    names: { de: 'John Hudson', en: 'John Hudson' },
    description: {
      de: 'Reporter der Washington Post für nationale Sicherheit und Außenpolitik.',
      en: 'Washington Post national security and foreign policy reporter.',
    },
    links: [{ rel: 'member-of', to: 'washington-post' }],
  },
  {
    id: 'benoit-faucon',
    type: 'person',
    names: { de: 'Benoit Faucon', en: 'Benoit Faucon' },
    aliases: ['Benoît Faucon'],
    description: {
      de: 'Reporter des Wall Street Journal für Energie und Iran.',
      en: 'Wall Street Journal reporter on energy and Iran.',
    },
    links: [{ rel: 'member-of', to: 'wall-street-journal' }],
  },
  {
    id: 'dov-lieber',
    type: 'person',
    names: { de: 'Dov Lieber', en: 'Dov Lieber' },
    description: {
      de: 'Reporter des Wall Street Journal in Israel.',
      en: 'Wall Street Journal reporter in Israel.',
    },
    links: [{ rel: 'member-of', to: 'wall-street-journal' }],
  },
  {
    id: 'summer-said',
    type: 'person',
    names: { de: 'Summer Said', en: 'Summer Said' },
    description: {
      de: 'Reporterin des Wall Street Journal für die Golfstaaten und den Nahen Osten.',
      en: 'Wall Street Journal reporter covering the Gulf and the Middle East.',
    },
    links: [{ rel: 'member-of', to: 'wall-street-journal' }],
  },
  {
    id: 'drew-hinshaw',
    type: 'person',
    names: { de: 'Drew Hinshaw', en: 'Drew Hinshaw' },
    description: {
      de: 'Reporter des Wall Street Journal in Europa.',
      en: 'Wall Street Journal reporter in Europe.',
    },
    links: [{ rel: 'member-of', to: 'wall-street-journal' }],
  },
  {
    id: 'mehul-srivastava',
    type: 'person',
    names: { de: 'Mehul Srivastava', en: 'Mehul Srivastava' },
    description: {
      de: 'Reporter der Financial Times, früher Büroleiter in Jerusalem.',
      en: 'Financial Times reporter, formerly its Jerusalem bureau chief.',
    },
    links: [{ rel: 'member-of', to: 'financial-times' }],
  },
  {
    id: 'neri-zilber',
    type: 'person',
    names: { de: 'Neri Zilber', en: 'Neri Zilber' },
    description: {
      de: 'Journalist in Tel Aviv, schreibt für die Financial Times.',
      en: 'Journalist in Tel Aviv writing for the Financial Times.',
    },
    links: [{ rel: 'member-of', to: 'financial-times' }],
  },
  {
    id: 'andrew-england',
    type: 'person',
    names: { de: 'Andrew England', en: 'Andrew England' },
    description: {
      de: 'Nahost-Redakteur der Financial Times.',
      en: 'Middle East editor of the Financial Times.',
    },
    links: [{ rel: 'member-of', to: 'financial-times' }],
  },
  {
    id: 'raya-jalabi',
    type: 'person',
    names: { de: 'Raya Jalabi', en: 'Raya Jalabi' },
    description: {
      de: 'Korrespondentin der Financial Times in Beirut.',
      en: 'Financial Times correspondent in Beirut.',
    },
    links: [{ rel: 'member-of', to: 'financial-times' }],
  },
  {
    id: 'jacob-magid',
    type: 'person',
    names: { de: 'Jacob Magid', en: 'Jacob Magid' },
    description: {
      de: 'Korrespondent der Times of Israel in den USA.',
      en: 'US bureau chief of the Times of Israel.',
    },
    links: [{ rel: 'member-of', to: 'times-of-israel' }],
  },
  {
    id: 'yaniv-kubovich',
    type: 'person',
    names: { de: 'Yaniv Kubovich', en: 'Yaniv Kubovich' },
    description: {
      de: 'Militärkorrespondent der Zeitung Haaretz.',
      en: 'Military correspondent of Haaretz.',
    },
    links: [{ rel: 'member-of', to: 'haaretz' }],
  },
  {
    id: 'zvi-barel',
    type: 'person',
    names: { de: 'Zvi Bar’el', en: 'Zvi Bar’el' },
    aliases: ['Zvi Bar\'el', 'Zvi Barel'],
    description: {
      de: 'Nahost-Analyst der Zeitung Haaretz.',
      en: 'Middle East analyst of Haaretz.',
    },
    links: [{ rel: 'member-of', to: 'haaretz' }],
  },
  {
    id: 'hamdah-salhut',
    type: 'person',
    names: { de: 'Hamdah Salhut', en: 'Hamdah Salhut' },
    description: {
      de: 'Korrespondentin von Al Jazeera English.',
      en: 'Al Jazeera English correspondent.',
    },
    links: [{ rel: 'member-of', to: 'al-jazeera' }],
  },
  {
    id: 'hani-mahmoud',
    type: 'person',
    names: { de: 'Hani Mahmoud', en: 'Hani Mahmoud' },
    description: {
      de: 'Korrespondent von Al Jazeera im Gazastreifen.',
      en: 'Al Jazeera correspondent in the Gaza Strip.',
    },
    links: [{ rel: 'member-of', to: 'al-jazeera' }],
  },
  {
    id: 'tareq-abu-azzoum',
    type: 'person',
    names: { de: 'Tareq Abu Azzoum', en: 'Tareq Abu Azzoum' },
    description: {
      de: 'Korrespondent von Al Jazeera im Gazastreifen.',
      en: 'Al Jazeera correspondent in the Gaza Strip.',
    },
    links: [{ rel: 'member-of', to: 'al-jazeera' }],
  },
  {
    id: 'kate-tsurkan',
    type: 'person',
    names: { de: 'Kate Tsurkan', en: 'Kate Tsurkan' },
    description: {
      de: 'Journalistin des Kyiv Independent.',
      en: 'Journalist at the Kyiv Independent.',
    },
    links: [{ rel: 'member-of', to: 'kyiv-independent' }],
  },
  {
    id: 'laura-kelly',
    type: 'person',
    names: { de: 'Laura Kelly', en: 'Laura Kelly' },
    description: {
      de: 'Reporterin von The Hill für Außenpolitik.',
      en: 'The Hill reporter covering foreign policy.',
    },
    links: [{ rel: 'member-of', to: 'the-hill' }],
  },
  {
    id: 'mike-eckel',
    type: 'person',
    names: { de: 'Mike Eckel', en: 'Mike Eckel' },
    description: {
      de: 'Leitender Korrespondent von Radio Free Europe/Radio Liberty für Russland.',
      en: 'Senior correspondent of Radio Free Europe/Radio Liberty on Russia.',
    },
    links: [{ rel: 'member-of', to: 'rfe-rl' }],
  },
  // Hezbollah field and unit commanders named by the IDF in 2024 (blind sample: AFP, UPI) and their peers.
  {
    id: 'ismail-yusef-baz',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Ismail Jussef Bas', en: 'Ismail Yusef Baz', ar: 'إسماعيل يوسف باز' },
    aliases: ['Ismail Yousef Baz', 'Ismail Youssef Baz', 'Ismail Baz', 'Ismail Yusuf Baz'],
    description: {
      de: 'Hisbollah-Kommandeur des Küstenabschnitts im Südlibanon (Raum Naqura); im April 2024 bei einem israelischen Luftangriff bei Ain Baal getötet.',
      en: 'Hezbollah commander of the coastal sector in southern Lebanon (Naqoura area); killed in an Israeli air strike near Ain Baal in April 2024.',
    },
    links: [{ rel: 'member-of', to: 'hezbollah' }, { rel: 'citizen-of', to: 'lebanon' }],
  },
  {
    id: 'ahmad-mustafa-al-haj-ali',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Ahmad Mustafa al-Hadsch Ali', en: 'Ahmad Mustafa al-Haj Ali', ar: 'أحمد مصطفى الحاج علي' },
    aliases: ['Ahmad Moustafa al-Haj Ali', 'Ahmed Mustafa al-Haj Ali', 'Ahmad Mustafa al-Hajj Ali', 'Ahmad Moustafa al-Hajj Ali'],
    description: {
      de: 'Hisbollah-Kommandeur des Abschnitts Hula im Südlibanon; nach Angaben der israelischen Armee im Oktober 2024 getötet.',
      en: 'Hezbollah commander of the Houla sector in southern Lebanon; killed in October 2024 according to the Israeli army.',
    },
    links: [{ rel: 'member-of', to: 'hezbollah' }, { rel: 'citizen-of', to: 'lebanon' }],
  },
  {
    id: 'mohammad-ali-hamdan',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Mohammad Ali Hamdan', en: 'Mohammad Ali Hamdan', ar: 'محمد علي حمدان' },
    description: {
      de: 'Kommandeur der Panzerabwehreinheit der Hisbollah im Raum Meiss al-Dschabal; nach Angaben der israelischen Armee im Oktober 2024 getötet.',
      en: 'Commander of Hezbollah’s anti-tank unit in the Meiss el-Jabal area; killed in October 2024 according to the Israeli army.',
    },
    links: [{ rel: 'member-of', to: 'hezbollah' }, { rel: 'citizen-of', to: 'lebanon' }],
  },
  {
    id: 'mahmoud-ibrahim-fadlallah',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Mahmud Ibrahim Fadlallah', en: 'Mahmoud Ibrahim Fadlallah', ar: 'محمود إبراهيم فضل الله' },
    aliases: ['Mahmoud Fadlallah', 'Mahmud Fadlallah'],
    description: {
      de: 'Kommandeur in der Raketeneinheit der Hisbollah im Küstenabschnitt; nach israelischen Angaben im April 2024 am selben Tag wie Ismail Bas getötet.',
      en: 'Commander in Hezbollah’s rocket and missile unit in the coastal sector; killed on the same day as Ismail Baz in April 2024 according to Israel.',
    },
    links: [{ rel: 'member-of', to: 'hezbollah' }, { rel: 'citizen-of', to: 'lebanon' }],
  },
  {
    id: 'muhammad-jaafar-qasir',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Mohammed Dschaafar Kasir', en: 'Muhammad Jaafar Qasir', ar: 'محمد جعفر قصير' },
    aliases: ['Muhammad Jaafar Qasir', 'Mohammed Jaafar Qasir', 'Muhammad Ja’far Qassir', "Muhammad Ja'far Qassir", 'Mohammed Jafar Qasir', 'Muhammad Jafar Qassir', 'Mohammad Jaafar Qasir', 'Mohammed Dschafar Kasir'],
    description: {
      de: 'Langjähriger Chef der Hisbollah-Einheit 4400, die Waffen aus Iran in den Libanon schafft; laut israelischer Armee am 1. Oktober 2024 in Beirut getötet.',
      en: 'Long-time head of Hezbollah’s Unit 4400, which moves weapons from Iran to Lebanon; killed in Beirut on 1 October 2024 according to the Israeli army.',
    },
    links: [{ rel: 'member-of', to: 'hezbollah' }, { rel: 'leads', to: 'hezbollah-unit-4400' }, { rel: 'citizen-of', to: 'lebanon' }],
  },
  {
    id: 'mohammad-rashid-sakafi',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Mohammed Raschid Sakafi', en: 'Mohammad Rashid Sakafi', ar: 'محمد رشيد سكافي' },
    aliases: ['Mohammad Rashid Sakafi', 'Mohammed Rashid Sakafi', 'Muhammad Rashid Sakafi', 'Mohammad Rasheed Sakafi'],
    description: {
      de: 'Chef der Fernmeldeeinheit der Hisbollah seit 2000; laut israelischer Armee im Oktober 2024 in Beirut getötet.',
      en: 'Head of Hezbollah’s communications unit since 2000; killed in Beirut in October 2024 according to the Israeli army.',
    },
    links: [{ rel: 'member-of', to: 'hezbollah' }, { rel: 'citizen-of', to: 'lebanon' }],
  },
  {
    id: 'ali-musa-daqduq',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Ali Mussa Dakduk', en: 'Ali Musa Daqduq', ar: 'علي موسى دقدوق' },
    aliases: ['Ali Mussa Daqduq', 'Ali Musa Daqduq al-Musawi', 'Ali Moussa Daqduq', 'Daqduq', 'Dakduk'],
    description: {
      de: 'Hisbollah-Kommandeur, der im Irak schiitische Milizen gegen US-Truppen ausbildete; 2007 von US-Truppen gefasst, 2012 von Bagdad freigelassen.',
      en: 'Hezbollah commander who trained Shiite militias against US troops in Iraq; captured by US forces in 2007 and released by Baghdad in 2012.',
    },
    links: [{ rel: 'member-of', to: 'hezbollah' }, { rel: 'citizen-of', to: 'lebanon' }],
  },
  // Black Sea Fleet ships named in strike reports (blind sample: Newsweek, BBC) and their sisters.
  {
    id: 'yamal-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Jamal', en: 'landing ship Yamal', ru: 'Ямал' },
    aliases: ['Landungsschiff Yamal', 'Yamal landing ship', 'Landungsschiff „Jamal“', 'landing ship "Yamal"'],
    guarded: ['Yamal'],
    cues: ['landungsschiff', 'landing ship', 'landing ships', 'schiff', 'ship', 'ships', 'schwarzmeerflotte', 'black sea fleet', 'ropucha'],
    description: {
      de: 'Großes Landungsschiff der Ropucha-Klasse der russischen Schwarzmeerflotte; nach ukrainischen Angaben im März 2024 in Sewastopol getroffen.',
      en: 'Ropucha-class large landing ship of Russia’s Black Sea Fleet; hit in Sevastopol in March 2024 according to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'ropucha-class' }],
  },
  {
    id: 'azov-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Asow', en: 'landing ship Azov', ru: 'Азов' },
    aliases: ['Landungsschiff Azov', 'Azov landing ship', 'Landungsschiff „Asow“', 'landing ship "Azov"'],
    guarded: ['Azov', 'Asow'],
    cues: ['landing ship', 'landungsschiff', 'ropucha', 'yamal', 'jamal'],
    description: {
      de: 'Großes Landungsschiff der Ropucha-Klasse der russischen Schwarzmeerflotte; nach ukrainischen Angaben im März 2024 in Sewastopol getroffen.',
      en: 'Ropucha-class large landing ship of Russia’s Black Sea Fleet; hit in Sevastopol in March 2024 according to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'ropucha-class' }],
  },
  {
    id: 'saratov-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Saratow', en: 'landing ship Saratov', ru: 'Саратов' },
    aliases: ['Landungsschiff Saratov', 'Saratov landing ship', 'Landungsschiff „Saratow“'],
    guarded: ['Saratov', 'Saratow'],
    cues: ['landungsschiff', 'landing ship', 'schiff', 'ship', 'berdjansk', 'berdyansk', 'schwarzmeerflotte', 'black sea fleet', 'alligator'],
    description: {
      de: 'Landungsschiff der Alligator-Klasse der Schwarzmeerflotte, im März 2022 im Hafen von Berdjansk von der Ukraine zerstört.',
      en: 'Alligator-class landing ship of the Black Sea Fleet, destroyed by Ukraine in the port of Berdyansk in March 2022.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }],
  },
  {
    id: 'nikolai-filchenkov-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Nikolai Filtschenkow', en: 'landing ship Nikolai Filchenkov', ru: 'Николай Фильченков' },
    aliases: ['Nikolai Filchenkov', 'Nikolay Filchenkov', 'Nikolai Filtschenkow'],
    description: {
      de: 'Landungsschiff der Alligator-Klasse der russischen Schwarzmeerflotte.',
      en: 'Alligator-class landing ship of Russia’s Black Sea Fleet.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }],
  },
  {
    id: 'pytlivy-frigate', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Pytliwy', en: 'frigate Pytlivy', ru: 'Пытливый' },
    aliases: ['Pytlivy', 'Pytlivyy', 'Pytliwy', 'Pytlivyi'],
    description: {
      de: 'Wachschiff (Fregatte) der Krivak-Klasse der russischen Schwarzmeerflotte.',
      en: 'Krivak-class patrol ship (frigate) of Russia’s Black Sea Fleet.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }],
  },
  {
    id: 'samum-hovercraft', type: 'weapon', subtype: 'ship',
    names: { de: 'Luftkissen-Raketenschiff Samum', en: 'missile hovercraft Samum', ru: 'Самум' },
    aliases: ['Samum hovercraft', 'Samum missile ship'],
    guarded: ['Samum'],
    cues: ['schiff', 'ship', 'luftkissen', 'hovercraft', 'raketenschiff', 'bora-klasse', 'bora-class'],
    description: {
      de: 'Raketen-Luftkissenschiff der Bora-Klasse der russischen Schwarzmeerflotte.',
      en: 'Bora-class guided-missile hovercraft of Russia’s Black Sea Fleet.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }],
  },
  {
    id: 'ivan-golubets-minesweeper', type: 'weapon', subtype: 'ship',
    names: { de: 'Minensucher Iwan Golubez', en: 'minesweeper Ivan Golubets', ru: 'Иван Голубец' },
    aliases: ['Ivan Golubets', 'Iwan Golubez', 'Ivan Golubez'],
    description: {
      de: 'Minensuchschiff der Natya-Klasse der Schwarzmeerflotte, im Oktober 2022 bei einem Drohnenangriff auf Sewastopol beschädigt.',
      en: 'Natya-class minesweeper of the Black Sea Fleet, damaged in the October 2022 drone attack on Sevastopol.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }],
  },
  {
    id: 'dmitry-rogachev-patrol-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Patrouillenschiff Dmitri Rogatschew', en: 'patrol ship Dmitry Rogachev', ru: 'Дмитрий Рогачёв' },
    aliases: ['Dmitry Rogachev', 'Dmitriy Rogachev', 'Dmitri Rogatschew'],
    description: {
      de: 'Patrouillenschiff des Projekts 22160 (Bykow-Klasse) der russischen Schwarzmeerflotte.',
      en: 'Project 22160 (Bykov-class) patrol ship of Russia’s Black Sea Fleet.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'vasily-bykov' }],
  },
  // Syrian broadcasters and news sites (blind sample: Washington Post) and their peers.
  {
    id: 'sham-fm',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Sham FM', en: 'Sham FM', ar: 'شام إف إم' },
    aliases: ['Sham FM radio', 'Radio Sham FM'],
    description: {
      de: 'Privater syrischer Radiosender aus Damaskus, der dem Assad-Regime nahestand.',
      en: 'Private Syrian radio station in Damascus that was close to the Assad government.',
    },
    links: [{ rel: 'related-to', to: 'syria' }],
  },
  {
    id: 'orient-news',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Orient News', en: 'Orient News', ar: 'أورينت نيوز' },
    aliases: ['Orient TV', 'Orient Net', 'Orient-TV'],
    description: {
      de: 'Syrischer Oppositionssender und Nachrichtenportal des Geschäftsmanns Ghassan Aboud.',
      en: 'Syrian opposition broadcaster and news site owned by businessman Ghassan Aboud.',
    },
    links: [{ rel: 'related-to', to: 'syria' }],
  },
  {
    id: 'step-news-agency',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Step News Agency', en: 'Step News Agency', ar: 'وكالة ستيب الإخبارية' },
    aliases: ['Step News', 'Step Agency'],
    description: {
      de: 'Syrische Oppositions-Nachrichtenagentur mit Korrespondenten im Norden des Landes.',
      en: 'Syrian opposition news agency with correspondents in the north of the country.',
    },
    links: [{ rel: 'related-to', to: 'syria' }],
  },
  {
    id: 'shaam-network',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Shaam News Network', en: 'Shaam News Network', ar: 'شبكة شام الإخبارية' },
    aliases: ['Shaam Network', 'Shaam News'],
    description: {
      de: 'Syrisches Oppositions-Nachrichtennetzwerk, seit dem Aufstand 2011 aktiv.',
      en: 'Syrian opposition news network active since the 2011 uprising.',
    },
    links: [{ rel: 'related-to', to: 'syria' }],
  },
  // Sanctions bodies and Western weapons the sample named.
  {
    id: 'hm-treasury',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Britisches Finanzministerium', en: 'HM Treasury' },
    aliases: ['UK Treasury', 'British Treasury', 'His Majesty’s Treasury', "His Majesty's Treasury", 'Her Majesty’s Treasury', "Her Majesty's Treasury", 'britisches Schatzamt', 'Finanzministerium Großbritanniens'],
    description: {
      de: 'Finanzministerium des Vereinigten Königreichs; über sein Büro OFSI verhängt und überwacht es britische Finanzsanktionen, etwa gegen Russland.',
      en: 'The United Kingdom’s finance ministry; through its OFSI office it imposes and enforces British financial sanctions, for instance on Russia.',
    },
    links: [{ rel: 'part-of', to: 'united-kingdom' }, { rel: 'related-to', to: 'ofsi' }],
  },
  {
    id: 'sea-breaker', type: 'weapon', subtype: 'cruise-missile',
    names: { de: 'Sea Breaker', en: 'Sea Breaker' },
    aliases: ['Rafael Sea Breaker', 'Sea-Breaker'],
    description: {
      de: 'Israelischer Präzisions-Marschflugkörper großer Reichweite von Rafael gegen See- und Landziele.',
      en: 'Israeli long-range precision-guided missile by Rafael against sea and land targets.',
    },
    links: [{ rel: 'made-by', to: 'rafael' }, { rel: 'instance-of', to: 'cruise-missile' }],
  },
  // Merchant ships the Houthis attacked or claimed to attack, 2023–2024 (blind sample: USNI News, Reuters, Arutz Sheva) and their peers.
  {
    id: 'maersk-yorktown', type: 'weapon', subtype: 'ship',
    names: { de: 'Maersk Yorktown', en: 'Maersk Yorktown' },
    aliases: ['MV Yorktown', 'M/V Maersk Yorktown', 'MV Maersk Yorktown'],
    guarded: ['Yorktown'],
    cues: ['ship', 'schiff', 'vessel', 'frachter', 'carrier', 'tanker', 'houthi', 'huthi', 'centcom', 'red sea', 'rotes meer', 'roten meer', 'gulf of aden', 'golf von aden', 'mv'],
    description: {
      de: 'US-Containerschiff unter US-Flagge; 2024 im Golf von Aden Ziel einer Anti-Schiffs-Ballistikrakete der Huthis, die eine Koalitionseinheit abfing.',
      en: 'US-flagged container ship; in 2024 the target of a Houthi anti-ship ballistic missile over the Gulf of Aden that a coalition warship intercepted.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'msc-veracruz', type: 'weapon', subtype: 'ship',
    names: { de: 'MSC Veracruz', en: 'MSC Veracruz' },
    aliases: ['MV MSC Veracruz'],
    description: {
      de: 'Containerschiff der Reederei MSC, das die Huthis 2024 nach eigener Darstellung im Indischen Ozean angriffen.',
      en: 'Container ship of the MSC line that the Houthis claimed to have attacked in the Indian Ocean in 2024.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'star-nasia', type: 'weapon', subtype: 'ship',
    names: { de: 'Star Nasia', en: 'Star Nasia' },
    aliases: ['MV Star Nasia'],
    description: {
      de: 'Massengutfrachter der griechischen Reederei Star Bulk unter der Flagge der Marshallinseln; im Februar 2024 im Golf von Aden von einer Huthi-Rakete beschädigt.',
      en: 'Marshall Islands-flagged bulk carrier of Greece’s Star Bulk; damaged by a Houthi missile in the Gulf of Aden in February 2024.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'morning-tide', type: 'weapon', subtype: 'ship',
    names: { de: 'MV Morning Tide', en: 'MV Morning Tide' },
    aliases: ['M/V Morning Tide', 'Frachter Morning Tide'],
    guarded: ['Morning Tide'],
    cues: ['ship', 'schiff', 'vessel', 'frachter', 'carrier', 'tanker', 'houthi', 'huthi', 'centcom', 'red sea', 'rotes meer', 'roten meer', 'gulf of aden', 'golf von aden', 'mv'],
    description: {
      de: 'Frachter in britischem Besitz unter der Flagge von Barbados; im Februar 2024 von Huthi-Raketen verfehlt.',
      en: 'British-owned, Barbados-flagged cargo ship; missed by Houthi missiles in February 2024.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'contship-ono', type: 'weapon', subtype: 'ship',
    names: { de: 'Contship Ono', en: 'Contship Ono' },
    aliases: ['MV Contship Ono'],
    description: {
      de: 'Containerschiff unter liberianischer Flagge, das die Huthis im Juli 2024 nach eigener Darstellung im Roten Meer angriffen; die Reederei meldete keinen Treffer.',
      en: 'Liberia-flagged container ship the Houthis claimed to have attacked in the Red Sea in July 2024; its managers reported no hit.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'marlin-luanda', type: 'weapon', subtype: 'ship',
    names: { de: 'Marlin Luanda', en: 'Marlin Luanda' },
    aliases: ['MV Marlin Luanda'],
    description: {
      de: 'Tanker unter der Flagge der Marshallinseln, für Trafigura im Einsatz; im Januar 2024 im Golf von Aden von einer Huthi-Rakete getroffen und in Brand gesetzt.',
      en: 'Marshall Islands-flagged tanker operated for Trafigura; set on fire by a Houthi missile in the Gulf of Aden in January 2024.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }, { rel: 'related-to', to: 'trafigura' }],
  },
  {
    id: 'genco-picardy', type: 'weapon', subtype: 'ship',
    names: { de: 'Genco Picardy', en: 'Genco Picardy' },
    aliases: ['MV Genco Picardy'],
    description: {
      de: 'US-eigener Massengutfrachter unter der Flagge der Marshallinseln; im Januar 2024 im Golf von Aden von einer Huthi-Drohne getroffen.',
      en: 'US-owned, Marshall Islands-flagged bulk carrier; hit by a Houthi drone in the Gulf of Aden in January 2024.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'gibraltar-eagle', type: 'weapon', subtype: 'ship',
    names: { de: 'Gibraltar Eagle', en: 'Gibraltar Eagle' },
    aliases: ['MV Gibraltar Eagle'],
    description: {
      de: 'US-eigener Massengutfrachter; im Januar 2024 vor Aden von einer Huthi-Rakete getroffen.',
      en: 'US-owned bulk carrier; hit by a Houthi missile off Aden in January 2024.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'zografia', type: 'weapon', subtype: 'ship',
    names: { de: 'Zografia', en: 'Zografia' },
    aliases: ['MV Zografia'],
    description: {
      de: 'Griechischer Massengutfrachter unter maltesischer Flagge; im Januar 2024 im Roten Meer von einer Huthi-Rakete getroffen.',
      en: 'Greek-owned, Malta-flagged bulk carrier; hit by a Houthi missile in the Red Sea in January 2024.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'strinda', type: 'weapon', subtype: 'ship',
    names: { de: 'Strinda', en: 'Strinda' },
    aliases: ['MT Strinda', 'M/T Strinda'],
    description: {
      de: 'Norwegischer Chemikalientanker; im Dezember 2023 im Roten Meer von einem Huthi-Marschflugkörper getroffen.',
      en: 'Norwegian chemical tanker; hit by a Houthi cruise missile in the Red Sea in December 2023.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'maersk-hangzhou', type: 'weapon', subtype: 'ship',
    names: { de: 'Maersk Hangzhou', en: 'Maersk Hangzhou' },
    aliases: ['MV Maersk Hangzhou'],
    description: {
      de: 'Containerschiff von Maersk; Ende Dezember 2023 im Roten Meer von Huthi-Booten angegriffen, von denen US-Marinehubschrauber drei versenkten.',
      en: 'Maersk container ship; attacked by Houthi boats in the Red Sea at the end of December 2023, three of which US Navy helicopters sank.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'chem-pluto', type: 'weapon', subtype: 'ship',
    names: { de: 'Chem Pluto', en: 'Chem Pluto' },
    aliases: ['MV Chem Pluto'],
    description: {
      de: 'Chemikalientanker unter liberianischer Flagge; im Dezember 2023 vor Indien von einer Drohne getroffen, die das Pentagon Iran zuschrieb.',
      en: 'Liberia-flagged chemical tanker; hit off India in December 2023 by a drone the Pentagon said Iran had launched.',
    },
    links: [{ rel: 'related-to', to: 'iran' }],
  },
  {
    id: 'islander-bulk-carrier', type: 'weapon', subtype: 'ship',
    names: { de: 'MV Islander', en: 'MV Islander' },
    aliases: ['M/V Islander', 'Frachter Islander'],
    guarded: ['Islander'],
    cues: ['ship', 'schiff', 'vessel', 'frachter', 'carrier', 'tanker', 'houthi', 'huthi', 'centcom', 'red sea', 'rotes meer', 'roten meer', 'gulf of aden', 'golf von aden', 'mv'],
    description: {
      de: 'Massengutfrachter in britischem Besitz unter der Flagge Palaus; im Februar 2024 im Golf von Aden von einer Huthi-Rakete getroffen.',
      en: 'British-owned, Palau-flagged bulk carrier; hit by a Houthi missile in the Gulf of Aden in February 2024.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }],
  },
  // US, French and Russian warships and submarines of the same reporting (peers of the ships the sample named).
  {
    id: 'uss-kentucky', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Kentucky', en: 'USS Kentucky' },
    aliases: ['USS Kentucky (SSBN-737)', 'SSBN-737'],
    description: {
      de: 'Strategisches U-Boot der Ohio-Klasse der US-Marine; besuchte im Juli 2023 Busan, der erste Besuch eines US-Atomraketen-U-Boots in Südkorea seit 1981.',
      en: 'US Navy Ohio-class ballistic-missile submarine; visited Busan in July 2023, the first visit of a US missile submarine to South Korea since 1981.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'ohio-class' }],
  },
  {
    id: 'uss-michigan', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Michigan', en: 'USS Michigan' },
    aliases: ['USS Michigan (SSGN-727)', 'SSGN-727'],
    description: {
      de: 'Lenkwaffen-U-Boot der Ohio-Klasse der US-Marine; besuchte 2023 Busan als Zeichen der Abschreckung gegen Nordkorea.',
      en: 'US Navy Ohio-class guided-missile submarine; called at Busan in 2023 as a show of deterrence against North Korea.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'ohio-class' }],
  },
  {
    id: 'uss-florida', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Florida', en: 'USS Florida' },
    aliases: ['USS Florida (SSGN-728)', 'SSGN-728'],
    description: {
      de: 'Lenkwaffen-U-Boot der Ohio-Klasse der US-Marine; feuerte im Januar 2024 Tomahawks auf Huthi-Ziele im Jemen.',
      en: 'US Navy Ohio-class guided-missile submarine; fired Tomahawks at Houthi targets in Yemen in January 2024.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'ohio-class' }, { rel: 'related-to', to: 'tomahawk' }],
  },
  {
    id: 'uss-annapolis', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Annapolis', en: 'USS Annapolis' },
    aliases: ['USS Annapolis (SSN-760)', 'SSN-760'],
    description: {
      de: 'Jagd-U-Boot der Los-Angeles-Klasse der US-Marine; lief im Juli 2023 die südkoreanische Insel Jeju an.',
      en: 'US Navy Los Angeles-class attack submarine; called at South Korea’s Jeju island in July 2023.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }],
  },
  {
    id: 'uss-philippine-sea', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Philippine Sea', en: 'USS Philippine Sea' },
    aliases: ['USS Philippine Sea (CG-58)', 'CG-58'],
    description: {
      de: 'Lenkwaffenkreuzer der Ticonderoga-Klasse; 2023/24 mit der Eisenhower-Trägergruppe im Roten Meer gegen die Huthis im Einsatz.',
      en: 'Ticonderoga-class guided-missile cruiser; operated against the Houthis in the Red Sea with the Eisenhower carrier group in 2023–24.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'ticonderoga-class' }, { rel: 'related-to', to: 'uss-dwight-d-eisenhower' }],
  },
  {
    id: 'uss-george-washington', type: 'weapon', subtype: 'ship',
    names: { de: 'USS George Washington', en: 'USS George Washington' },
    aliases: ['USS George Washington (CVN-73)', 'CVN-73'],
    description: {
      de: 'Flugzeugträger der Nimitz-Klasse der US-Marine, seit November 2024 wieder in Yokosuka (Japan) stationiert.',
      en: 'US Navy Nimitz-class aircraft carrier, forward-deployed again at Yokosuka, Japan, since November 2024.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'used-by', to: 'us-seventh-fleet' }],
  },
  {
    id: 'uss-stout', type: 'weapon', subtype: 'ship',
    names: { de: 'USS Stout', en: 'USS Stout' },
    aliases: ['USS Stout (DDG-55)', 'DDG-55'],
    description: {
      de: 'Zerstörer der Arleigh-Burke-Klasse der US-Marine; 2024/25 mit der Truman-Trägergruppe gegen Huthi-Raketen und -Drohnen im Einsatz.',
      en: 'US Navy Arleigh Burke-class destroyer; engaged Houthi missiles and drones with the Truman carrier group in 2024–25.',
    },
    links: [{ rel: 'used-by', to: 'us-navy' }, { rel: 'related-to', to: 'arleigh-burke-class' }, { rel: 'related-to', to: 'uss-harry-s-truman' }],
  },
  {
    id: 'fs-languedoc', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Languedoc', en: 'FS Languedoc' },
    aliases: ['Languedoc (D653)', 'French frigate Languedoc', 'frégate Languedoc'],
    description: {
      de: 'Fregatte der FREMM-Klasse der französischen Marine; schoss im Dezember 2023 im Roten Meer Huthi-Drohnen ab.',
      en: 'French Navy FREMM-class frigate; shot down Houthi drones in the Red Sea in December 2023.',
    },
    links: [{ rel: 'used-by', to: 'french-navy' }],
  },
  {
    id: 'admiral-kasatonov', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Admiral Kasatonow', en: 'frigate Admiral Kasatonov' },
    aliases: ['Admiral Kasatonov', 'Admiral Kasatonow'],
    description: {
      de: 'Fregatte der Admiral-Gorschkow-Klasse der russischen Nordflotte.',
      en: 'Admiral Gorshkov-class frigate of Russia’s Northern Fleet.',
    },
    links: [{ rel: 'used-by', to: 'northern-fleet' }],
  },
  {
    id: 'admiral-golovko', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Admiral Golowko', en: 'frigate Admiral Golovko' },
    aliases: ['Admiral Golovko', 'Admiral Golowko'],
    description: {
      de: 'Dritte Fregatte der Admiral-Gorschkow-Klasse der russischen Marine, Ende 2023 in Dienst gestellt.',
      en: 'Third Admiral Gorshkov-class frigate of the Russian Navy, commissioned at the end of 2023.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }, { rel: 'related-to', to: 'zircon' }],
  },
  {
    id: 'knyaz-vladimir', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Boot Knjas Wladimir', en: 'submarine Knyaz Vladimir' },
    aliases: ['Knyaz Vladimir', 'Knjas Wladimir'],
    description: {
      de: 'Strategisches Atom-U-Boot der Borei-A-Klasse der russischen Nordflotte, trägt Bulawa-Raketen.',
      en: 'Borei-A-class ballistic-missile submarine of Russia’s Northern Fleet, armed with Bulava missiles.',
    },
    links: [{ rel: 'used-by', to: 'northern-fleet' }, { rel: 'related-to', to: 'bulava' }],
  },
  {
    id: 'generalissimus-suvorov', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Boot Generalissimus Suworow', en: 'submarine Generalissimus Suvorov' },
    aliases: ['Generalissimus Suvorov', 'Generalissimus Suworow'],
    description: {
      de: 'Strategisches Atom-U-Boot der Borei-A-Klasse der russischen Pazifikflotte, Ende 2022 in Dienst gestellt.',
      en: 'Borei-A-class ballistic-missile submarine of Russia’s Pacific Fleet, commissioned at the end of 2022.',
    },
    links: [{ rel: 'used-by', to: 'pacific-fleet' }, { rel: 'related-to', to: 'bulava' }],
  },
  {
    id: 'imperator-aleksandr-iii', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Boot Imperator Alexander III.', en: 'submarine Imperator Aleksandr III' },
    aliases: ['Imperator Aleksandr III', 'Imperator Alexander III', 'Emperor Alexander III'],
    description: {
      de: 'Strategisches Atom-U-Boot der Borei-A-Klasse der Pazifikflotte; feuerte im November 2023 eine Bulawa-Testrakete ab.',
      en: 'Borei-A-class ballistic-missile submarine of the Pacific Fleet; test-fired a Bulava missile in November 2023.',
    },
    links: [{ rel: 'used-by', to: 'pacific-fleet' }, { rel: 'related-to', to: 'bulava' }],
  },
  {
    id: 'marshal-shaposhnikov', type: 'weapon', subtype: 'ship',
    names: { de: 'Marschall Schaposchnikow', en: 'Marshal Shaposhnikov' },
    aliases: ['Marshal Shaposhnikov', 'Marschall Schaposchnikow'],
    description: {
      de: 'Großes U-Jagd-Schiff (Fregatte) der Udaloy-Klasse der russischen Pazifikflotte.',
      en: 'Udaloy-class large anti-submarine ship (frigate) of Russia’s Pacific Fleet.',
    },
    links: [{ rel: 'used-by', to: 'pacific-fleet' }],
  },
  {
    id: 'admiral-tributs', type: 'weapon', subtype: 'ship',
    names: { de: 'Admiral Tributs', en: 'Admiral Tributs' },
    aliases: ['Admiral Tribuz'],
    description: {
      de: 'Großes U-Jagd-Schiff der Udaloy-Klasse der russischen Pazifikflotte.',
      en: 'Udaloy-class large anti-submarine ship of Russia’s Pacific Fleet.',
    },
    links: [{ rel: 'used-by', to: 'pacific-fleet' }],
  },
  {
    id: 'admiral-panteleyev', type: 'weapon', subtype: 'ship',
    names: { de: 'Admiral Panteleyev', en: 'Admiral Panteleyev' },
    aliases: ['Admiral Panteleev', 'Admiral Panteleew'],
    description: {
      de: 'Großes U-Jagd-Schiff der Udaloy-Klasse der russischen Pazifikflotte.',
      en: 'Udaloy-class large anti-submarine ship of Russia’s Pacific Fleet.',
    },
    links: [{ rel: 'used-by', to: 'pacific-fleet' }],
  },
];
