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
];
