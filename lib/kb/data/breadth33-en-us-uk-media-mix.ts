// Thirty-third breadth round: a random sample of US and British broadcast, online and magazine reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── Outlets and think tanks of the US restraint debate ─────────────────────────
  {
    id: 'responsible-statecraft',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Magazin Responsible Statecraft', en: 'Responsible Statecraft magazine' },
    aliases: ['Onlinemagazin Responsible Statecraft', 'Online-Magazin Responsible Statecraft'],
    // The bare title is also an ordinary phrase ("a lesson in responsible statecraft").
    guarded: ['Responsible Statecraft'],
    cues: ['quincy', 'magazine', 'magazin', 'editor', 'reporter', 'colleague', 'kollege', 'vlahos', 'echols', 'malley', 'larison'],
    description: {
      de: 'Onlinemagazin des Quincy Institute in Washington, das gegen US-Militäreinsätze und für Verhandlungslösungen schreibt.',
      en: 'Online magazine of the Quincy Institute in Washington, written against US military interventions and for negotiated settlements.',
    },
    links: [{ rel: 'part-of', to: 'quincy-institute' }, { rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'national-interest-magazine',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Zeitschrift The National Interest', en: 'The National Interest magazine' },
    aliases: ['National Interest magazine', 'Magazin The National Interest', 'US-Magazin The National Interest'],
    // "the national interest" is an everyday phrase of politics: only with a word for a magazine.
    guarded: ['The National Interest'],
    cues: ['magazine', 'magazin', 'zeitschrift', 'journal', 'center for the national interest'],
    description: {
      de: 'Außenpolitische Zeitschrift aus Washington mit realistischer Ausrichtung, herausgegeben vom Center for the National Interest.',
      en: 'Washington foreign-policy magazine of the realist school, published by the Center for the National Interest.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'the-week-magazine',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Magazin The Week', en: 'The Week magazine' },
    aliases: ['Magazin The Week'],
    guarded: ['The Week'],
    cues: ['magazine', 'magazin', 'zeitschrift'],
    description: {
      de: 'Britisch-amerikanisches Wochenmagazin, das Nachrichten und Kommentare anderer Medien zusammenfasst.',
      en: 'British and American weekly magazine that digests the news and the commentary of other outlets.',
    },
  },
  {
    id: 'cato-institute',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Cato Institute', en: 'Cato Institute' },
    aliases: ['Cato-Institut', 'Cato Institut'],
    shortForms: ['Cato'],
    description: {
      de: 'Libertäre Denkfabrik in Washington; ihre Außenpolitiker plädieren für militärische Zurückhaltung der USA.',
      en: 'Libertarian think tank in Washington whose foreign-policy scholars argue for US military restraint.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'defense-priorities',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Denkfabrik Defense Priorities', en: 'Defense Priorities think tank' },
    // Also an everyday phrase ("the Pentagon's defense priorities").
    guarded: ['Defense Priorities'],
    cues: ['think tank', 'denkfabrik', 'fellow', 'kelanic', 'friedman', 'kavanagh', 'dimino', 'restraint'],
    description: {
      de: 'Washingtoner Denkfabrik für außenpolitische Zurückhaltung, die US-Truppen aus dem Nahen Osten und Europa abziehen will.',
      en: 'Washington think tank for foreign-policy restraint that wants US forces drawn down in the Middle East and Europe.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  // ── US public radio and television: the voices that name the actors ───────────
  {
    id: 'mary-louise-kelly',
    type: 'person',
    names: { de: 'Mary Louise Kelly', en: 'Mary Louise Kelly' },
    description: {
      de: 'US-Journalistin, Moderatorin der NPR-Abendsendung All Things Considered; berichtete oft aus Kiew und Nahost.',
      en: 'US journalist, co-host of NPR’s evening programme All Things Considered; has reported from Kyiv and the Middle East.',
    },
    links: [{ rel: 'member-of', to: 'npr' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'steve-inskeep',
    type: 'person',
    names: { de: 'Steve Inskeep', en: 'Steve Inskeep' },
    description: {
      de: 'US-Journalist, langjähriger Moderator der NPR-Frühsendung Morning Edition.',
      en: 'US journalist, long-time host of NPR’s Morning Edition.',
    },
    links: [{ rel: 'member-of', to: 'npr' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'ari-shapiro',
    type: 'person',
    names: { de: 'Ari Shapiro', en: 'Ari Shapiro' },
    description: {
      de: 'US-Journalist, Moderator von NPRs All Things Considered, zuvor Korrespondent in London und im Weißen Haus.',
      en: 'US journalist, host of NPR’s All Things Considered, earlier its London and White House correspondent.',
    },
    links: [{ rel: 'member-of', to: 'npr' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'scott-simon',
    type: 'person',
    names: { de: 'Scott Simon', en: 'Scott Simon' },
    description: {
      de: 'US-Journalist, Moderator der NPR-Sendung Weekend Edition Saturday.',
      en: 'US journalist, host of NPR’s Weekend Edition Saturday.',
    },
    links: [{ rel: 'member-of', to: 'npr' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'ayesha-rascoe',
    type: 'person',
    names: { de: 'Ayesha Rascoe', en: 'Ayesha Rascoe' },
    description: {
      de: 'US-Journalistin, Moderatorin der NPR-Sendung Weekend Edition Sunday, zuvor Korrespondentin im Weißen Haus.',
      en: 'US journalist, host of NPR’s Weekend Edition Sunday, earlier a White House correspondent.',
    },
    links: [{ rel: 'member-of', to: 'npr' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'michel-martin',
    type: 'person',
    names: { de: 'Michel Martin', en: 'Michel Martin' },
    description: {
      de: 'US-Journalistin, Moderatorin der NPR-Frühsendung Morning Edition; führt auch Interviews für Amanpour and Company.',
      en: 'US journalist, host of NPR’s Morning Edition; also interviews for Amanpour and Company.',
    },
    links: [{ rel: 'member-of', to: 'npr' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'amna-nawaz',
    type: 'person',
    names: { de: 'Amna Nawaz', en: 'Amna Nawaz' },
    description: {
      de: 'US-Journalistin, seit 2023 Co-Moderatorin der PBS NewsHour.',
      en: 'US journalist, co-anchor of the PBS NewsHour since 2023.',
    },
    links: [{ rel: 'member-of', to: 'pbs' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'geoff-bennett',
    type: 'person',
    names: { de: 'Geoff Bennett', en: 'Geoff Bennett' },
    description: {
      de: 'US-Journalist, seit 2023 Co-Moderator der PBS NewsHour.',
      en: 'US journalist, co-anchor of the PBS NewsHour since 2023.',
    },
    links: [{ rel: 'member-of', to: 'pbs' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'judy-woodruff',
    type: 'person',
    names: { de: 'Judy Woodruff', en: 'Judy Woodruff' },
    description: {
      de: 'US-Journalistin, bis Ende 2022 Moderatorin der PBS NewsHour.',
      en: 'US journalist, anchor of the PBS NewsHour until the end of 2022.',
    },
    links: [{ rel: 'member-of', to: 'pbs' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'nick-schifrin',
    type: 'person',
    names: { de: 'Nick Schifrin', en: 'Nick Schifrin' },
    description: {
      de: 'US-Journalist, Korrespondent der PBS NewsHour für Außen- und Verteidigungspolitik.',
      en: 'US journalist, foreign affairs and defence correspondent of the PBS NewsHour.',
    },
    links: [{ rel: 'member-of', to: 'pbs' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'jane-ferguson',
    type: 'person',
    names: { de: 'Jane Ferguson', en: 'Jane Ferguson' },
    description: {
      de: 'Kriegsreporterin aus Nordirland, Sonderkorrespondentin der PBS NewsHour in Nahost und Afghanistan.',
      en: 'War reporter from Northern Ireland, special correspondent of the PBS NewsHour in the Middle East and Afghanistan.',
    },
    links: [{ rel: 'member-of', to: 'pbs' }],
  },
  {
    id: 'leila-molana-allen',
    type: 'person',
    names: { de: 'Leila Molana-Allen', en: 'Leila Molana-Allen' },
    aliases: ['Leila Molana Allen'],
    description: {
      de: 'Britische Journalistin, berichtet für die PBS NewsHour aus Nahost.',
      en: 'British journalist reporting from the Middle East for the PBS NewsHour.',
    },
    links: [{ rel: 'member-of', to: 'pbs' }],
  },
  {
    id: 'abdul-razzaq-al-shami',
    type: 'person',
    names: { de: 'Abdul Razzaq al-Schami', en: 'Abdul Razzaq Al-Shami' },
    aliases: ['Abdul Razzaq al-Shami', 'Abdulrazzaq al-Shami'],
    description: {
      de: 'Syrischer Produzent und Kameramann der PBS NewsHour, filmte im Bürgerkrieg auf Seiten der Opposition.',
      en: 'Syrian producer and cameraman of the PBS NewsHour who filmed the civil war from the opposition side.',
    },
    links: [{ rel: 'member-of', to: 'pbs' }],
  },
  // ── British broadcasters ──────────────────────────────────────────────────────
  {
    id: 'adam-parsons',
    type: 'person',
    names: { de: 'Adam Parsons', en: 'Adam Parsons' },
    description: {
      de: 'Britischer Journalist, Nahost-Korrespondent von Sky News.',
      en: 'British journalist, Middle East correspondent of Sky News.',
    },
    links: [{ rel: 'member-of', to: 'sky-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'yalda-hakim',
    type: 'person',
    names: { de: 'Yalda Hakim', en: 'Yalda Hakim' },
    description: {
      de: 'In Afghanistan geborene australische Journalistin, Moderatorin bei Sky News, zuvor bei der BBC.',
      en: 'Afghan-born Australian journalist, presenter at Sky News, earlier at the BBC.',
    },
    links: [{ rel: 'member-of', to: 'sky-news' }],
  },
  {
    id: 'mark-stone-sky',
    type: 'person',
    names: { de: 'Mark Stone', en: 'Mark Stone' },
    description: {
      de: 'Britischer Journalist, US-Korrespondent von Sky News in Washington.',
      en: 'British journalist, US correspondent of Sky News in Washington.',
    },
    links: [{ rel: 'member-of', to: 'sky-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'kay-burley',
    type: 'person',
    names: { de: 'Kay Burley', en: 'Kay Burley' },
    description: {
      de: 'Britische Fernsehjournalistin, jahrzehntelang Moderatorin bei Sky News.',
      en: 'British television journalist, for decades a presenter at Sky News.',
    },
    links: [{ rel: 'member-of', to: 'sky-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'sam-kiley',
    type: 'person',
    names: { de: 'Sam Kiley', en: 'Sam Kiley' },
    description: {
      de: 'Britischer Kriegsreporter, internationaler Korrespondent von CNN, zuvor bei Sky News.',
      en: 'British war reporter, international correspondent for CNN, earlier at Sky News.',
    },
    links: [{ rel: 'member-of', to: 'cnn' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'lindsey-hilsum',
    type: 'person',
    names: { de: 'Lindsey Hilsum', en: 'Lindsey Hilsum' },
    description: {
      de: 'Britische Journalistin, internationale Chefredakteurin von Channel 4 News; berichtet aus der Ukraine und Nahost.',
      en: 'British journalist, international editor of Channel 4 News; reports from Ukraine and the Middle East.',
    },
    links: [{ rel: 'member-of', to: 'channel-4-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'matt-frei',
    type: 'person',
    names: { de: 'Matt Frei', en: 'Matt Frei' },
    description: {
      de: 'Britischer Fernsehjournalist bei Channel 4 News, zuvor Washington-Korrespondent der BBC.',
      en: 'British television journalist at Channel 4 News, earlier the BBC’s Washington correspondent.',
    },
    links: [{ rel: 'member-of', to: 'channel-4-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'krishnan-guru-murthy',
    type: 'person',
    names: { de: 'Krishnan Guru-Murthy', en: 'Krishnan Guru-Murthy' },
    aliases: ['Krishnan Guru Murthy'],
    description: {
      de: 'Britischer Journalist, Moderator von Channel 4 News.',
      en: 'British journalist, presenter of Channel 4 News.',
    },
    links: [{ rel: 'member-of', to: 'channel-4-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'john-irvine',
    type: 'person',
    names: { de: 'John Irvine', en: 'John Irvine' },
    description: {
      de: 'Britischer Journalist, leitender internationaler Korrespondent von ITV News.',
      en: 'British journalist, senior international correspondent of ITV News.',
    },
    links: [{ rel: 'member-of', to: 'itv-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  // ── US networks and newsrooms ─────────────────────────────────────────────────
  {
    id: 'trey-yingst',
    type: 'person',
    names: { de: 'Trey Yingst', en: 'Trey Yingst' },
    description: {
      de: 'US-Journalist, Chef-Auslandskorrespondent von Fox News, berichtet aus Israel, Gaza und der Ukraine.',
      en: 'US journalist, chief foreign correspondent of Fox News, reporting from Israel, Gaza and Ukraine.',
    },
    links: [{ rel: 'member-of', to: 'fox-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'andrea-mitchell',
    type: 'person',
    names: { de: 'Andrea Mitchell', en: 'Andrea Mitchell' },
    description: {
      de: 'US-Journalistin, langjährige Chefkorrespondentin von NBC News für Außenpolitik.',
      en: 'US journalist, long-time chief foreign affairs correspondent of NBC News.',
    },
    links: [{ rel: 'member-of', to: 'nbc-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'barbara-starr',
    type: 'person',
    names: { de: 'Barbara Starr', en: 'Barbara Starr' },
    description: {
      de: 'US-Journalistin, bis 2022 Pentagon-Korrespondentin von CNN.',
      en: 'US journalist, CNN’s Pentagon correspondent until 2022.',
    },
    links: [{ rel: 'member-of', to: 'cnn' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'jay-solomon',
    type: 'person',
    names: { de: 'Jay Solomon', en: 'Jay Solomon' },
    description: {
      de: 'US-Journalist bei Semafor für Sicherheitspolitik und Nahost, zuvor beim Wall Street Journal.',
      en: 'US journalist covering national security and the Middle East for Semafor, earlier at the Wall Street Journal.',
    },
    links: [{ rel: 'member-of', to: 'semafor' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  // ── Restraint-school writers, network anchors and correspondents, magazine writers ──
  {
    id: 'blaise-malley',
    type: 'person',
    names: { de: "Blaise Malley", en: "Blaise Malley" },
    description: {
      de: "US-Journalist, Reporter für nationale Sicherheit beim Magazin Responsible Statecraft.",
      en: "US journalist, national security reporter at Responsible Statecraft.",
    },
    links: [{ rel: 'member-of', to: 'responsible-statecraft' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'connor-echols',
    type: 'person',
    names: { de: "Connor Echols", en: "Connor Echols" },
    description: {
      de: "US-Journalist, Reporter beim Magazin Responsible Statecraft des Quincy Institute.",
      en: "US journalist, reporter at the Quincy Institute’s Responsible Statecraft.",
    },
    links: [{ rel: 'member-of', to: 'responsible-statecraft' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'kelley-beaucar-vlahos',
    type: 'person',
    names: { de: "Kelley Beaucar Vlahos", en: "Kelley Beaucar Vlahos" },
    aliases: ["Kelley Vlahos"],
    description: {
      de: "US-Journalistin, redaktionelle Leiterin von Responsible Statecraft und Beraterin am Quincy Institute.",
      en: "US journalist, editorial director of Responsible Statecraft and adviser at the Quincy Institute.",
    },
    links: [{ rel: 'member-of', to: 'responsible-statecraft' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'daniel-larison',
    type: 'person',
    names: { de: "Daniel Larison", en: "Daniel Larison" },
    description: {
      de: "US-Publizist, Autor bei Responsible Statecraft, früher bei The American Conservative; Kritiker von US-Interventionen.",
      en: "US commentator writing for Responsible Statecraft, earlier for The American Conservative; a critic of US interventions.",
    },
    links: [{ rel: 'member-of', to: 'responsible-statecraft' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'eugene-gholz',
    type: 'person',
    names: { de: "Eugene Gholz", en: "Eugene Gholz" },
    description: {
      de: "US-Politikwissenschaftler an der University of Notre Dame, auch am Cato Institute; Fachmann für Rüstung und Seewege.",
      en: "US political scientist at the University of Notre Dame, also with the Cato Institute; expert on defence industry and sea lanes.",
    },
    links: [{ rel: 'member-of', to: 'cato-institute' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'doug-bandow',
    type: 'person',
    names: { de: "Doug Bandow", en: "Doug Bandow" },
    description: {
      de: "US-Publizist, Senior Fellow am Cato Institute, einst Berater Ronald Reagans.",
      en: "US writer, senior fellow at the Cato Institute and once an aide to Ronald Reagan.",
    },
    links: [{ rel: 'member-of', to: 'cato-institute' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'ben-freeman',
    type: 'person',
    names: { de: "Ben Freeman", en: "Ben Freeman" },
    description: {
      de: "US-Forscher am Quincy Institute zu Lobbyismus ausländischer Regierungen und der Rüstungsindustrie.",
      en: "US researcher at the Quincy Institute on foreign-government lobbying and the arms industry.",
    },
    links: [{ rel: 'member-of', to: 'quincy-institute' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'william-hartung',
    type: 'person',
    names: { de: "William Hartung", en: "William Hartung" },
    aliases: ["William D. Hartung", "Bill Hartung"],
    description: {
      de: "US-Experte für Rüstungsindustrie und Militärhaushalt am Quincy Institute.",
      en: "US expert on the arms industry and the military budget at the Quincy Institute.",
    },
    links: [{ rel: 'member-of', to: 'quincy-institute' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'stephen-semler',
    type: 'person',
    names: { de: "Stephen Semler", en: "Stephen Semler" },
    description: {
      de: "US-Analyst des Militärhaushalts, Mitgründer des Security Policy Reform Institute.",
      en: "US analyst of military spending, co-founder of the Security Policy Reform Institute.",
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'jennifer-kavanagh',
    type: 'person',
    names: { de: "Jennifer Kavanagh", en: "Jennifer Kavanagh" },
    description: {
      de: "US-Militäranalystin bei Defense Priorities, zuvor bei Carnegie und RAND.",
      en: "US military analyst at Defense Priorities, earlier at Carnegie and RAND.",
    },
    links: [{ rel: 'member-of', to: 'defense-priorities' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'rosemary-kelanic',
    type: 'person',
    names: { de: "Rosemary Kelanic", en: "Rosemary Kelanic" },
    description: {
      de: "US-Politikwissenschaftlerin, leitet das Nahost-Programm von Defense Priorities.",
      en: "US political scientist, head of the Middle East programme at Defense Priorities.",
    },
    links: [{ rel: 'member-of', to: 'defense-priorities' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'benjamin-friedman-dp',
    type: 'person',
    names: { de: "Benjamin Friedman", en: "Benjamin Friedman" },
    aliases: ["Benjamin H. Friedman"],
    description: {
      de: "US-Sicherheitsexperte, Policy Director von Defense Priorities, zuvor am Cato Institute.",
      en: "US security analyst, policy director of Defense Priorities, earlier at the Cato Institute.",
    },
    links: [{ rel: 'member-of', to: 'defense-priorities' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'stephen-wertheim',
    type: 'person',
    names: { de: "Stephen Wertheim", en: "Stephen Wertheim" },
    description: {
      de: "US-Historiker, Senior Fellow bei Carnegie und Mitgründer des Quincy Institute.",
      en: "US historian, senior fellow at Carnegie and a co-founder of the Quincy Institute.",
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'jomana-karadsheh',
    type: 'person',
    names: { de: "Jomana Karadsheh", en: "Jomana Karadsheh" },
    description: {
      de: "Journalistin, Korrespondentin von CNN in Nahost und der Türkei.",
      en: "Journalist, CNN correspondent in the Middle East and Turkey.",
    },
    links: [{ rel: 'member-of', to: 'cnn' }],
  },
  {
    id: 'nima-elbagir',
    type: 'person',
    names: { de: "Nima Elbagir", en: "Nima Elbagir" },
    description: {
      de: "Britisch-sudanesische Journalistin, lange investigative Chefkorrespondentin von CNN (Gaza, Sudan).",
      en: "British-Sudanese journalist, long CNN’s chief international investigative correspondent (Gaza, Sudan).",
    },
    links: [{ rel: 'member-of', to: 'cnn' }],
  },
  {
    id: 'salma-abdelaziz',
    type: 'person',
    names: { de: "Salma Abdelaziz", en: "Salma Abdelaziz" },
    description: {
      de: "Journalistin, internationale Korrespondentin von CNN, berichtete aus Gaza und dem Libanon.",
      en: "Journalist, CNN international correspondent who reported on Gaza and Lebanon.",
    },
    links: [{ rel: 'member-of', to: 'cnn' }],
  },
  {
    id: 'stephen-collinson',
    type: 'person',
    names: { de: "Stephen Collinson", en: "Stephen Collinson" },
    description: {
      de: "Britischer Journalist, politischer Analyst von CNN in Washington.",
      en: "British journalist, CNN’s political analyst in Washington.",
    },
    links: [{ rel: 'member-of', to: 'cnn' }],
  },
  {
    id: 'anderson-cooper',
    type: 'person',
    names: { de: "Anderson Cooper", en: "Anderson Cooper" },
    description: {
      de: "US-Fernsehjournalist, Moderator von Anderson Cooper 360° bei CNN.",
      en: "US television journalist, anchor of Anderson Cooper 360° on CNN.",
    },
    links: [{ rel: 'member-of', to: 'cnn' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'erin-burnett',
    type: 'person',
    names: { de: "Erin Burnett", en: "Erin Burnett" },
    description: {
      de: "US-Fernsehjournalistin, Moderatorin von Erin Burnett OutFront bei CNN.",
      en: "US television journalist, anchor of Erin Burnett OutFront on CNN.",
    },
    links: [{ rel: 'member-of', to: 'cnn' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'fareed-zakaria',
    type: 'person',
    names: { de: "Fareed Zakaria", en: "Fareed Zakaria" },
    description: {
      de: "US-Publizist, Moderator von Fareed Zakaria GPS bei CNN und Kolumnist der Washington Post.",
      en: "US commentator, host of Fareed Zakaria GPS on CNN and Washington Post columnist.",
    },
    links: [{ rel: 'member-of', to: 'cnn' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'dana-bash',
    type: 'person',
    names: { de: "Dana Bash", en: "Dana Bash" },
    description: {
      de: "US-Journalistin, politische Chefkorrespondentin von CNN und Moderatorin von State of the Union.",
      en: "US journalist, CNN’s chief political correspondent and co-host of State of the Union.",
    },
    links: [{ rel: 'member-of', to: 'cnn' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'lester-holt',
    type: 'person',
    names: { de: "Lester Holt", en: "Lester Holt" },
    description: {
      de: "US-Fernsehjournalist, 2015–2025 Moderator der NBC Nightly News.",
      en: "US television journalist, anchor of NBC Nightly News from 2015 to 2025.",
    },
    links: [{ rel: 'member-of', to: 'nbc-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'erin-mclaughlin',
    type: 'person',
    names: { de: "Erin McLaughlin", en: "Erin McLaughlin" },
    description: {
      de: "US-Journalistin, Korrespondentin von NBC News, berichtete aus Israel und der Ukraine.",
      en: "US journalist, NBC News correspondent who reported from Israel and Ukraine.",
    },
    links: [{ rel: 'member-of', to: 'nbc-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'molly-hunter',
    type: 'person',
    names: { de: "Molly Hunter", en: "Molly Hunter" },
    description: {
      de: "US-Journalistin, Auslandskorrespondentin von NBC News in London.",
      en: "US journalist, NBC News foreign correspondent based in London.",
    },
    links: [{ rel: 'member-of', to: 'nbc-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'ellison-barber',
    type: 'person',
    names: { de: "Ellison Barber", en: "Ellison Barber" },
    description: {
      de: "US-Journalistin, Korrespondentin von NBC News.",
      en: "US journalist, NBC News correspondent.",
    },
    links: [{ rel: 'member-of', to: 'nbc-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'george-stephanopoulos',
    type: 'person',
    names: { de: "George Stephanopoulos", en: "George Stephanopoulos" },
    description: {
      de: "US-Fernsehjournalist, Chefmoderator von ABC News, einst Berater Bill Clintons.",
      en: "US television journalist, chief anchor of ABC News and once an adviser to Bill Clinton.",
    },
    links: [{ rel: 'member-of', to: 'abc-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'david-muir',
    type: 'person',
    names: { de: "David Muir", en: "David Muir" },
    description: {
      de: "US-Fernsehjournalist, Moderator von ABC World News Tonight.",
      en: "US television journalist, anchor of ABC World News Tonight.",
    },
    links: [{ rel: 'member-of', to: 'abc-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'jonathan-karl',
    type: 'person',
    names: { de: "Jonathan Karl", en: "Jonathan Karl" },
    description: {
      de: "US-Journalist, Washington-Chefkorrespondent von ABC News.",
      en: "US journalist, chief Washington correspondent of ABC News.",
    },
    links: [{ rel: 'member-of', to: 'abc-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'tom-soufi-burridge',
    type: 'person',
    names: { de: "Tom Soufi Burridge", en: "Tom Soufi Burridge" },
    description: {
      de: "Britischer Journalist, Auslandskorrespondent von ABC News.",
      en: "British journalist, foreign correspondent of ABC News.",
    },
    links: [{ rel: 'member-of', to: 'abc-news' }],
  },
  {
    id: 'nancy-cordes',
    type: 'person',
    names: { de: "Nancy Cordes", en: "Nancy Cordes" },
    description: {
      de: "US-Journalistin, Chefkorrespondentin von CBS News im Weißen Haus.",
      en: "US journalist, CBS News chief White House correspondent.",
    },
    links: [{ rel: 'member-of', to: 'cbs-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'debora-patta',
    type: 'person',
    names: { de: "Debora Patta", en: "Debora Patta" },
    description: {
      de: "Südafrikanische Journalistin, Auslandskorrespondentin von CBS News.",
      en: "South African journalist, foreign correspondent of CBS News.",
    },
    links: [{ rel: 'member-of', to: 'cbs-news' }],
  },
  {
    id: 'chris-livesay',
    type: 'person',
    names: { de: "Chris Livesay", en: "Chris Livesay" },
    description: {
      de: "US-Journalist, Auslandskorrespondent von CBS News.",
      en: "US journalist, foreign correspondent of CBS News.",
    },
    links: [{ rel: 'member-of', to: 'cbs-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'ramy-inocencio',
    type: 'person',
    names: { de: "Ramy Inocencio", en: "Ramy Inocencio" },
    description: {
      de: "US-Journalist, Auslandskorrespondent von CBS News.",
      en: "US journalist, foreign correspondent of CBS News.",
    },
    links: [{ rel: 'member-of', to: 'cbs-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'greg-palkot',
    type: 'person',
    names: { de: "Greg Palkot", en: "Greg Palkot" },
    description: {
      de: "US-Journalist, leitender Auslandskorrespondent von Fox News.",
      en: "US journalist, senior foreign affairs correspondent of Fox News.",
    },
    links: [{ rel: 'member-of', to: 'fox-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'steve-harrigan',
    type: 'person',
    names: { de: "Steve Harrigan", en: "Steve Harrigan" },
    description: {
      de: "US-Journalist, Korrespondent von Fox News, berichtete aus der Ukraine und Nahost.",
      en: "US journalist, Fox News correspondent who reported from Ukraine and the Middle East.",
    },
    links: [{ rel: 'member-of', to: 'fox-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'jacqui-heinrich',
    type: 'person',
    names: { de: "Jacqui Heinrich", en: "Jacqui Heinrich" },
    description: {
      de: "US-Journalistin, Korrespondentin von Fox News im Weißen Haus.",
      en: "US journalist, Fox News White House correspondent.",
    },
    links: [{ rel: 'member-of', to: 'fox-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'peter-doocy',
    type: 'person',
    names: { de: "Peter Doocy", en: "Peter Doocy" },
    description: {
      de: "US-Journalist, Korrespondent von Fox News im Weißen Haus.",
      en: "US journalist, Fox News White House correspondent.",
    },
    links: [{ rel: 'member-of', to: 'fox-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'sean-hannity',
    type: 'person',
    names: { de: "Sean Hannity", en: "Sean Hannity" },
    description: {
      de: "US-Fernsehmoderator bei Fox News, Trump-Unterstützer.",
      en: "US television host on Fox News and a Trump supporter.",
    },
    links: [{ rel: 'member-of', to: 'fox-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'laura-ingraham',
    type: 'person',
    names: { de: "Laura Ingraham", en: "Laura Ingraham" },
    description: {
      de: "US-Fernsehmoderatorin bei Fox News (The Ingraham Angle).",
      en: "US television host on Fox News (The Ingraham Angle).",
    },
    links: [{ rel: 'member-of', to: 'fox-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'beth-rigby',
    type: 'person',
    names: { de: "Beth Rigby", en: "Beth Rigby" },
    description: {
      de: "Britische Journalistin, politische Chefredakteurin von Sky News.",
      en: "British journalist, political editor of Sky News.",
    },
    links: [{ rel: 'member-of', to: 'sky-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'sophy-ridge',
    type: 'person',
    names: { de: "Sophy Ridge", en: "Sophy Ridge" },
    description: {
      de: "Britische Journalistin und Moderatorin bei Sky News.",
      en: "British journalist and presenter at Sky News.",
    },
    links: [{ rel: 'member-of', to: 'sky-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'robert-peston',
    type: 'person',
    names: { de: "Robert Peston", en: "Robert Peston" },
    description: {
      de: "Britischer Journalist, politischer Chefredakteur von ITV News.",
      en: "British journalist, political editor of ITV News.",
    },
    links: [{ rel: 'member-of', to: 'itv-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'rageh-omaar',
    type: 'person',
    names: { de: "Rageh Omaar", en: "Rageh Omaar" },
    description: {
      de: "Britischer Journalist somalischer Herkunft, Chefredakteur für internationale Politik bei ITV News.",
      en: "British journalist of Somali origin, international affairs editor of ITV News.",
    },
    links: [{ rel: 'member-of', to: 'itv-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'tom-bradby',
    type: 'person',
    names: { de: "Tom Bradby", en: "Tom Bradby" },
    description: {
      de: "Britischer Journalist, Moderator von ITV News at Ten.",
      en: "British journalist, presenter of ITV News at Ten.",
    },
    links: [{ rel: 'member-of', to: 'itv-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'cathy-newman',
    type: 'person',
    names: { de: "Cathy Newman", en: "Cathy Newman" },
    description: {
      de: "Britische Journalistin, Moderatorin von Channel 4 News.",
      en: "British journalist, presenter of Channel 4 News.",
    },
    links: [{ rel: 'member-of', to: 'channel-4-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'secunder-kermani',
    type: 'person',
    names: { de: "Secunder Kermani", en: "Secunder Kermani" },
    description: {
      de: "Britischer Journalist, Auslandskorrespondent von Channel 4 News, zuvor bei der BBC.",
      en: "British journalist, foreign correspondent of Channel 4 News, earlier at the BBC.",
    },
    links: [{ rel: 'member-of', to: 'channel-4-news' }, { rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'mia-jankowicz',
    type: 'person',
    names: { de: "Mia Jankowicz", en: "Mia Jankowicz" },
    description: {
      de: "Journalistin bei Business Insider, schreibt über den Krieg in der Ukraine.",
      en: "Journalist at Business Insider writing on the war in Ukraine.",
    },
    links: [{ rel: 'member-of', to: 'business-insider' }],
  },
  {
    id: 'chris-panella',
    type: 'person',
    names: { de: "Chris Panella", en: "Chris Panella" },
    description: {
      de: "US-Journalist, Militärreporter bei Business Insider.",
      en: "US journalist, military reporter at Business Insider.",
    },
    links: [{ rel: 'member-of', to: 'business-insider' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'jake-epstein',
    type: 'person',
    names: { de: "Jake Epstein", en: "Jake Epstein" },
    description: {
      de: "US-Journalist, Militärreporter bei Business Insider.",
      en: "US journalist, military reporter at Business Insider.",
    },
    links: [{ rel: 'member-of', to: 'business-insider' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'robbie-gramer',
    type: 'person',
    names: { de: "Robbie Gramer", en: "Robbie Gramer" },
    description: {
      de: "US-Journalist, Diplomatie- und Sicherheitsreporter bei Foreign Policy.",
      en: "US journalist, diplomacy and national security reporter at Foreign Policy.",
    },
    links: [{ rel: 'member-of', to: 'foreign-policy-magazine' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'amy-mackinnon',
    type: 'person',
    names: { de: "Amy Mackinnon", en: "Amy Mackinnon" },
    description: {
      de: "Journalistin, Reporterin für nationale Sicherheit bei Foreign Policy.",
      en: "Journalist, national security reporter at Foreign Policy.",
    },
    links: [{ rel: 'member-of', to: 'foreign-policy-magazine' }],
  },
  {
    id: 'tom-nichols',
    type: 'person',
    names: { de: "Tom Nichols", en: "Tom Nichols" },
    description: {
      de: "US-Sicherheitsexperte und Autor bei The Atlantic, lehrte am Naval War College.",
      en: "US security expert and staff writer at The Atlantic who taught at the Naval War College.",
    },
    links: [{ rel: 'member-of', to: 'the-atlantic' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'graeme-wood',
    type: 'person',
    names: { de: "Graeme Wood", en: "Graeme Wood" },
    description: {
      de: "US-Journalist bei The Atlantic, bekannt für Reportagen über den IS und Nahost.",
      en: "US staff writer at The Atlantic known for reporting on ISIS and the Middle East.",
    },
    links: [{ rel: 'member-of', to: 'the-atlantic' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'julia-ioffe',
    type: 'person',
    names: { de: "Julia Ioffe", en: "Julia Ioffe" },
    description: {
      de: "In Moskau geborene US-Journalistin, Washington-Korrespondentin des Mediums Puck; schreibt über Russland.",
      en: "Moscow-born US journalist, Washington correspondent of Puck, writing on Russia.",
    },
    links: [{ rel: 'member-of', to: 'puck-news' }, { rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'david-baruch-idf',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'David Baruch', en: 'David Baruch' },
    description: {
      de: 'Israelischer Offizier (Major), 2024 Sprecher der israelischen Armee gegenüber ausländischen Medien während des Libanonkriegs.',
      en: 'Israeli officer (major) who spoke for the IDF to foreign media during the 2024 war in Lebanon.',
    },
    links: [{ rel: 'member-of', to: 'idf' }, { rel: 'citizen-of', to: 'israel' }],
  },
  // ── More of the Washington restraint and realist outlets ──────────────────────
  {
    id: 'center-for-the-national-interest',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Center for the National Interest', en: 'Center for the National Interest' },
    aliases: ['Nixon Center'],
    description: {
      de: 'Realistische Denkfabrik in Washington, von Richard Nixon als Nixon Center gegründet; gibt The National Interest heraus.',
      en: 'Realist think tank in Washington, founded by Richard Nixon as the Nixon Center; publishes The National Interest.',
    },
    links: [{ rel: 'related-to', to: 'national-interest-magazine' }, { rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'the-american-conservative',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Magazin The American Conservative', en: 'The American Conservative magazine' },
    // Also a plain phrase ("the American conservative movement").
    guarded: ['The American Conservative'],
    cues: ['magazine', 'magazin', 'zeitschrift', 'larison'],
    description: {
      de: 'Konservatives US-Magazin, das US-Interventionen im Irak, in Iran und der Ukraine ablehnt.',
      en: 'US conservative magazine opposed to US interventions in Iraq, Iran and Ukraine.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'just-security',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Onlinejournal Just Security', en: 'Just Security journal' },
    // "not just security" is everyday English.
    guarded: ['Just Security'],
    cues: ['nyu', 'new york university', 'reiss center', 'goodman'],
    description: {
      de: 'Onlinejournal zu Völkerrecht und nationaler Sicherheit an der New York University.',
      en: 'Online journal on international law and national security based at New York University.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'puck-news',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Puck News', en: 'Puck News' },
    guarded: ['Puck'],
    cues: ['ioffe', 'newsletter'],
    description: {
      de: 'US-Medium mit abonnierten Newslettern über Washington, Wall Street und Medien; dort schreibt Julia Ioffe über Russland.',
      en: 'US outlet of subscription newsletters on Washington, Wall Street and the media; Julia Ioffe writes on Russia there.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'security-policy-reform-institute',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Security Policy Reform Institute', en: 'Security Policy Reform Institute' },
    acronyms: ['SPRI'],
    description: {
      de: 'Kleine US-Denkfabrik, die den Militärhaushalt und die Waffenlieferungen der USA kritisch auswertet.',
      en: 'Small US think tank that critically analyses US military spending and arms transfers.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
];
