// The matching rules, each on a small hand-made base so that a failure names the rule that broke.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../kb/types';
import { Matcher } from './matcher';

const d = { de: 'x', en: 'x' };
const base: Entity[] = [
  { id: 'sergei-shoigu', type: 'person', names: { de: 'Sergej Schoigu', en: 'Sergei Shoigu', ru: 'Сергей Шойгу' }, aliases: ['Schoigu', 'Shoigu', 'Shoygu', 'Choïgou', 'Шойгу', 'Sergey Shoigu'], description: d },
  { id: 'vladimir-putin', type: 'person', names: { de: 'Wladimir Putin', en: 'Vladimir Putin' }, aliases: ['Putin'], description: d },
  { id: 'masoud-pezeshkian', type: 'person', names: { de: 'Massud Peseschkian', en: 'Masoud Pezeshkian' }, aliases: ['Peseschkian', 'Pezeshkian', 'Pezeşkiyan'], description: d },
  { id: 'kim-jong-un', type: 'person', names: { de: 'Kim Jong Un', en: 'Kim Jong Un' }, aliases: ['Kim Jong-un'], shortForms: ['Kim'], description: d },
  { id: 'kim-yo-jong', type: 'person', names: { de: 'Kim Yo Jong', en: 'Kim Yo Jong' }, shortForms: ['Kim'], description: d },
  { id: 'bashar-al-assad', type: 'person', names: { de: 'Baschar al-Assad', en: 'Bashar al-Assad' }, aliases: ['Assad'], description: d },
  { id: 'maher-al-assad', type: 'person', names: { de: 'Maher al-Assad', en: 'Maher al-Assad' }, shortForms: ['Assad'], description: d },
  { id: 'snsc', type: 'organization', names: { de: 'Oberster Nationaler Sicherheitsrat', en: 'Supreme National Security Council' }, acronyms: ['SNSC'], description: d },
  { id: 'irgc', type: 'organization', names: { de: 'Islamische Revolutionsgarde', en: 'Islamic Revolutionary Guard Corps' }, aliases: ['Revolutionsgarden'], acronyms: ['IRGC', 'KSIR'], description: d },
  { id: 'hezbollah', type: 'organization', subtype: 'armed-group', names: { de: 'Hisbollah', en: 'Hezbollah' }, description: d },
  { id: 'wagner-group', type: 'organization', subtype: 'armed-group', names: { de: 'Gruppe Wagner', en: 'Wagner Group' }, guarded: ['Wagner'], cues: ['prigoschin'], description: d },
  { id: 'islamic-state', type: 'organization', subtype: 'armed-group', names: { de: 'Islamischer Staat', en: 'Islamic State' }, acronyms: ['ISIS'], guarded: ['IS'], cues: ['terror'], description: d },
  { id: 'sbu', type: 'organization', names: { de: 'Sicherheitsdienst der Ukraine', en: 'Security Service of Ukraine' }, acronyms: ['SBU'], description: d },
  { id: 'su-35', type: 'weapon', subtype: 'aircraft', names: { de: 'Su-35', en: 'Su-35' }, aliases: ['Suchoi Su-35'], description: d },
  { id: 'shahed-136', type: 'weapon', subtype: 'loitering-munition', names: { de: 'Shahed-136', en: 'Shahed-136' }, aliases: ['Geran-2', 'Герань-2'], description: d },
  { id: 'kinzhal', type: 'weapon', subtype: 'hypersonic-missile', names: { de: 'Kinschal', en: 'Kinzhal' }, description: d },
  { id: 'patriot', type: 'weapon', subtype: 'air-defence', names: { de: 'MIM-104 Patriot', en: 'MIM-104 Patriot' }, guarded: ['Patriot'], description: d },
  { id: 'ballistic-missile', type: 'weapon', subtype: 'weapon-class', names: { de: 'ballistische Rakete', en: 'ballistic missile' }, description: d },
  { id: 'fighter-aircraft', type: 'weapon', subtype: 'weapon-class', names: { de: 'Kampfjet', en: 'fighter jet' }, highlight: false, description: d },
  { id: 'iran', type: 'state', names: { de: 'Iran', en: 'Iran' }, description: d },
  { id: 'russia', type: 'state', names: { de: 'Russland', en: 'Russia' }, description: d },
  { id: 'united-states', type: 'state', names: { de: 'Vereinigte Staaten', en: 'United States' }, acronyms: ['US', 'USA', 'U.S.'], description: d },
  { id: 'prigozhin', type: 'person', names: { de: 'Jewgeni Prigoschin', en: 'Yevgeny Prigozhin' }, aliases: ['Prigoschin', 'Prigozhin'], links: [{ rel: 'leads', to: 'wagner-group' }], description: d },
];
const matcher = new Matcher(base);

/** The mentions as "text=id" strings, the way a reader would check them. */
function found(text: string): string[] {
  return matcher.annotate(text).map((m) => `${m.text}=${m.id}`);
}

describe('names, spellings and transliterations', () => {
  it.each([
    ['Sergej Schoigu traf ein.', ['Sergej Schoigu=sergei-shoigu']],
    ['Shoigu arrived; Shoygu left; Choïgou est venu; Шойгу прибыл.', ['Shoigu=sergei-shoigu', 'Shoygu=sergei-shoigu', 'Choïgou=sergei-shoigu', 'Шойгу=sergei-shoigu']],
    ['Sergei Schoigu', ['Sergei Schoigu=sergei-shoigu']], // first and surname spellings combined
    ['PEZESHKIAN und Pezeşkiyan und Peseschkian', ['PEZESHKIAN=masoud-pezeshkian', 'Pezeşkiyan=masoud-pezeshkian', 'Peseschkian=masoud-pezeshkian']],
    ['Pezeshkían', ['Pezeshkían=masoud-pezeshkian']], // stray accent
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('ignores soft hyphens, zero-width characters, no-break spaces and line breaks inside names', () => {
    expect(found('Pat\u00adru\u00adschew? Scho\u00adigu! Sergej\u00a0Schoigu, Sergej\nSchoigu, Scho\u200bigu')).toEqual([
      'Scho\u00adigu=sergei-shoigu',
      'Sergej\u00a0Schoigu=sergei-shoigu',
      'Sergej\nSchoigu=sergei-shoigu',
      'Scho\u200bigu=sergei-shoigu',
    ]);
  });

  it('does not join a name across a paragraph or punctuation', () => {
    expect(found('Sergej.\n\nSchoigu')).toEqual(['Schoigu=sergei-shoigu']);
    expect(found('Kim Jong, Un')).toEqual([]);
  });

  it('matches every hyphen and dash variant', () => {
    for (const hyphen of ['-', '\u2010', '\u2011', '\u2013', '\u2212']) {
      expect(found(`Su${hyphen}35 und Shahed${hyphen}136`)).toEqual([`Su${hyphen}35=su-35`, `Shahed${hyphen}136=shahed-136`]);
    }
    expect(found('Su 35 und Su35')).toEqual(['Su 35=su-35', 'Su35=su-35']);
  });

  it('gives UTF-16 offsets into the input', () => {
    const text = '😀 Schoigu';
    const [mention] = matcher.annotate(text);
    expect(text.slice(mention!.start, mention!.end)).toBe('Schoigu');
    expect(mention!.start).toBe(3);
  });
});

describe('inflection and compounds', () => {
  it.each([
    ['Putins Berater', ['Putins=vladimir-putin']],
    ['Kim Jong Uns Schwester', ['Kim Jong Uns=kim-jong-un']],
    ['Besuch Schoigus im Iran', ['Schoigus=sergei-shoigu', 'Iran=iran']],
    ['die Politik Irans und Russlands', ['Irans=iran', 'Russlands=russia']],
    ["Putin's war, Putin’s army", ["Putin=vladimir-putin", 'Putin=vladimir-putin']],
    ['des Obersten Nationalen Sicherheitsrates', ['Obersten Nationalen Sicherheitsrates=snsc']],
    ['dem Obersten Nationalen Sicherheitsrat', ['Obersten Nationalen Sicherheitsrat=snsc']],
    ['iranischer ballistischer Raketen und 200 ballistischen Raketen', ['ballistischer Raketen=ballistic-missile', 'ballistischen Raketen=ballistic-missile']],
    ['ballistic missiles', ['ballistic missiles=ballistic-missile']],
    ['der Islamischen Revolutionsgarde', ['Islamischen Revolutionsgarde=irgc']],
    ['Su-35s and F-16s', ['Su-35s=su-35']],
    ['Su-35-Flugzeuge, Su-35-Kampfjets, Shahed-136-Drohnen', ['Su-35=su-35', 'Su-35=su-35', 'Shahed-136=shahed-136']],
    ['Kinschal-Raketen und Hisbollah-Miliz und das Putin-Regime', ['Kinschal=kinzhal', 'Hisbollah=hezbollah', 'Putin=vladimir-putin']],
    ['Geran-2 oder Герань-2', ['Geran-2=shahed-136', 'Герань-2=shahed-136']],
    ['die Vereinigten Staaten', ['Vereinigten Staaten=united-states']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('matches nothing inside an unrelated word', () => {
    expect(found('Putinismus, Iranistik, Schoiguhaft, Antiiran, Kinschalabwehr')).toEqual([]);
  });

  it('tells apart two names whose words share a hash, wherever each is read first', () => {
    // "laderigi" and "pupulimu" have the same 32-bit key hash (hashWord()): the table finds both under one slot.
    const pair = new Matcher([
      { id: 'laderigi', type: 'organization', names: { de: 'Laderigi', en: 'Laderigi' }, description: d },
      { id: 'pupulimu', type: 'organization', names: { de: 'Pupulimu', en: 'Pupulimu' }, description: d },
    ]);
    const ids = (text: string) => pair.annotate(text).map((m) => `${m.text}=${m.id}`);
    expect(ids('Laderigi und Pupulimu, dann Pupulimu und Laderigi.')).toEqual(['Laderigi=laderigi', 'Pupulimu=pupulimu', 'Pupulimu=pupulimu', 'Laderigi=laderigi']);
  });

  it('does not highlight generic classes kept only for links', () => {
    expect(found('Kampfjets und fighter jets')).toEqual([]);
  });

  it('wants the capital letter a name is written with', () => {
    expect(found('the iran deal, the Iran deal')).toEqual(['Iran=iran']);
  });
});

describe('acronyms', () => {
  it('are case-sensitive', () => {
    expect(found('Der SNSC und der snsc, die IRGC und die KSIR, der SBU, the sbu')).toEqual(['SNSC=snsc', 'IRGC=irgc', 'KSIR=irgc', 'SBU=sbu']);
  });
  it('take a plural or genitive s and a final dot', () => {
    expect(found('the U.S. and the US and the USA')).toEqual(['U.S.=united-states', 'US=united-states', 'USA=united-states']);
    expect(found('US-Außenminister')).toEqual(['US=united-states']);
  });
});

describe('ambiguity', () => {
  it('counts a shared surname only after a full name, for the person named last', () => {
    expect(found('Kim sprach.')).toEqual([]);
    expect(found('Kim Jong Un sprach. Später sagte Kims Schwester Kim Yo Jong etwas. Dann Kim.')).toEqual([
      'Kim Jong Un=kim-jong-un',
      'Kims=kim-jong-un',
      'Kim Yo Jong=kim-yo-jong',
      'Kim=kim-yo-jong',
    ]);
  });

  it('counts a surname of one person before that person\'s full name, a shared one not', () => {
    const person = (id: string, name: string): Entity => ({ id, type: 'person', names: { de: name, en: name }, description: d });
    const local = new Matcher([person('mohammad-pakpour', 'Mohammad Pakpour'), person('israel-katz', 'Israel Katz'), person('yaakov-katz', 'Yaakov Katz'), person('timur-ivanov', 'Timur Ivanov')]);
    const ids = (text: string) => local.annotate(text).map((m) => `${m.text}=${m.id}`);
    expect(ids('Pakpour warns Israel. IRGC commander Mohammad Pakpour said so.')).toEqual(['Pakpour=mohammad-pakpour', 'Mohammad Pakpour=mohammad-pakpour']);
    expect(ids('Pakpour warns Israel.')).toEqual([]);
    // Shared in the base, or borne by many: the full name first.
    expect(ids('Katz warns. Defence Minister Israel Katz said so.')).toEqual(['Israel Katz=israel-katz']);
    expect(ids('Ivanov was held. Timur Ivanov denies it.')).toEqual(['Timur Ivanov=timur-ivanov']);
  });

  it('counts a shared surname after a title of its owner’s roles, before any full name', () => {
    const katz: Entity = {
      id: 'israel-katz', type: 'person', names: { de: 'Israel Katz', en: 'Israel Katz' }, shortForms: ['Katz'], description: d,
      roles: [{ title: { de: 'Verteidigungsminister Israels', en: 'Defence Minister of Israel' }, from: '2024-11' }],
    };
    const otherKatz: Entity = { id: 'yaakov-katz', type: 'person', names: { de: 'Yaakov Katz', en: 'Yaakov Katz' }, shortForms: ['Katz'], description: d };
    const local = new Matcher([katz, otherKatz]);
    const seen = (text: string) => local.annotate(text).map((m) => `${m.text}=${m.id}`);
    expect(seen('Israels Verteidigungsminister Katz drohte. Katz sagte, der Defence Minister Katz habe recht.')).toEqual([
      'Katz=israel-katz',
      'Katz=israel-katz',
      'Katz=israel-katz',
    ]);
    expect(seen('Der Autor Katz schrieb.')).toEqual([]);
  });

  it('implies no surname that is a capital: "Jacques Paris … Paris" is the city', () => {
    const detainee: Entity = { id: 'jacques-paris', type: 'person', names: { de: 'Jacques Paris', en: 'Jacques Paris' }, description: d };
    const fyodorov: Entity = { id: 'ivan-fyodorov', type: 'person', names: { de: 'Iwan Fjodorow', en: 'Ivan Fyodorov' }, description: d };
    const local = new Matcher([detainee, fyodorov]);
    expect(local.annotate('Jacques Paris kam frei. Paris begrüßte das. Ivan Fyodorov spoke; Fyodorov said.').map((m) => `${m.text}=${m.id}`)).toEqual([
      'Jacques Paris=jacques-paris',
      'Ivan Fyodorov=ivan-fyodorov',
      'Fyodorov=ivan-fyodorov',
    ]);
  });

  it('keeps a surname implied for one person beside the same surname listed for another', () => {
    const president: Entity = { id: 'lee-jae-myung', type: 'person', names: { de: 'Lee Jae-myung', en: 'Lee Jae-myung' }, shortForms: ['Lee'], description: d };
    const lawmaker: Entity = {
      id: 'lee-seong-kweun', type: 'person', names: { de: 'Lee Seong-kweun', en: 'Lee Seong-kweun' }, description: d,
      links: [{ rel: 'citizen-of', to: 'south-korea' }],
    };
    const local = new Matcher([president, lawmaker]);
    const ids = (text: string) => local.annotate(text).map((m) => `${m.text}=${m.id}`);
    expect(ids('Der Abgeordnete Lee Seong-kweun sprach. Wie Lee am Dienstag sagte, habe Lee Jae-myung zugestimmt; Lee reiste ab.')).toEqual([
      'Lee Seong-kweun=lee-seong-kweun', 'Lee=lee-seong-kweun', 'Lee Jae-myung=lee-jae-myung', 'Lee=lee-jae-myung',
    ]);
  });

  it('gives a ruler\'s title to the one who rules now, not to his forebears', () => {
    const ruler = (id: string, name: string, to?: string): Entity => ({
      id, type: 'person', subtype: 'head-of-state', names: { de: name, en: name }, shortForms: ['Kim'], description: d,
      roles: [{ title: { de: 'Oberster Führer Nordkoreas', en: 'Supreme leader of North Korea' }, from: '1948', ...(to ? { to } : {}) }],
    });
    const local = new Matcher([ruler('kim-il-sung', 'Kim Il Sung', '1994'), ruler('kim-jong-il', 'Kim Jong Il', '2011'), ruler('kim-jong-un', 'Kim Jong Un')]);
    expect(local.annotate('Putin reiste zu Machthaber Kim nach Pjöngjang.').map((m) => `${m.text}=${m.id}`)).toEqual(['Kim=kim-jong-un']);
  });

  it('gives a surname alias to its usual owner until a relative is named', () => {
    expect(found('Assad floh. Maher al-Assad blieb. Assad kämpfte.')).toEqual([
      'Assad=bashar-al-assad',
      'Maher al-Assad=maher-al-assad',
      'Assad=maher-al-assad',
    ]);
  });

  it('keeps a guarded word only with a cue, a compound cue or a co-mention', () => {
    expect(found('Richard Wagner schrieb Opern.')).toEqual([]);
    expect(found('Die Söldner von Wagner kämpfen.')).toEqual(['Wagner=wagner-group']);
    expect(found('Wagner-Söldner in Mali')).toEqual(['Wagner=wagner-group']);
    expect(found('Prigozhin flew. Later Wagner withdrew.')).toEqual(['Prigozhin=prigozhin', 'Wagner=wagner-group']);
    expect(found('The Gruppe Wagner … Wagner withdrew.')).toEqual(['Gruppe Wagner=wagner-group', 'Wagner=wagner-group']);
    expect(found('Deutschland liefert Patriot-Systeme.')).toEqual(['Patriot=patriot']);
    expect(found('He was a true Patriot.')).toEqual([]);
    expect(found('a patriot missile battery')).toEqual([]); // guarded names keep their capital
  });

  it('reads a cue without a word (a quote mark) as no cue, and still ends', () => {
    const quoted: Entity = { id: 'le-temps', type: 'organization', names: { de: 'Le Temps', en: 'Le Temps' }, guarded: ['Temps'], cues: ['«', 'zeitung'], description: d };
    const matcher = new Matcher([...base, quoted]);
    expect(matcher.annotate('Laut «Temps» und dem «Blick».').map((m) => m.text)).toEqual([]);
    expect(matcher.annotate('Die Zeitung «Temps» schrieb.').map((m) => `${m.text}=${m.id}`)).toEqual(['Temps=le-temps']);
  });

  it('treats IS as the Islamic State only in context, never the English "is"', () => {
    expect(found('This IS big. It is.')).toEqual([]);
    expect(found('Der IS bekannte sich zu dem Terroranschlag.')).toEqual(['IS=islamic-state']);
    expect(found('Kämpfer der Terrormiliz IS')).toEqual(['IS=islamic-state']);
  });
});

describe('longest match first', () => {
  it('prefers the full name to the surname inside it', () => {
    expect(matcher.annotate('Wladimir Putin')).toEqual([{ start: 0, end: 14, text: 'Wladimir Putin', id: 'vladimir-putin', type: 'person' }]);
  });
  it('returns sorted, non-overlapping mentions', () => {
    const mentions = matcher.annotate('Sergej Schoigu, Shoigu, Su-35, Iran '.repeat(50));
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    expect(mentions).toHaveLength(200);
  });
});

describe('overlapping names', () => {
  const agency: Entity = { id: 'nour-news', type: 'organization', subtype: 'news-agency', names: { de: 'Nachrichtenagentur Nour', en: 'Nour News Agency' }, description: d };
  const guards: Entity = { id: 'irgc-de', type: 'organization', names: { de: 'Iranische Revolutionsgarde', en: 'Iranian Revolutionary Guard' }, description: d };
  const local = new Matcher([agency, guards]);
  const seen = (text: string) => local.annotate(text).map((m) => `${m.text}=${m.id}`);

  it('gives the words to the name that reaches further', () => {
    expect(seen('Die Nachrichtenagentur Nour News Agency meldet')).toEqual(['Nour News Agency=nour-news']);
    expect(seen('Die Nachrichtenagentur Nour meldet')).toEqual(['Nachrichtenagentur Nour=nour-news']);
  });

  it('does not ask a leading adjective for its capital letter', () => {
    expect(seen('Kommandeur der iranischen Revolutionsgarde')).toEqual(['iranischen Revolutionsgarde=irgc-de']);
  });
});

describe('a surname several persons share', () => {
  it('goes to the one whose own given name stands before it in another spelling', () => {
    const sinwars = new Matcher([
      { id: 'yahya-sinwar', type: 'person', names: { de: 'Jahja al-Sinwar', en: 'Yahya Sinwar' }, shortForms: ['Sinwar'], description: d },
      { id: 'mohammed-sinwar', type: 'person', names: { de: 'Mohammed al-Sinwar', en: 'Mohammed Sinwar' }, shortForms: ['Sinwar'], description: d },
    ]);
    const ids = (text: string) => sinwars.annotate(text).map((m) => `${m.text}=${m.id}`);
    expect(ids('Mohammad Sinwar spoke, and then Jahya Sinwar was silent.')).toEqual(['Mohammad Sinwar=mohammed-sinwar', 'Jahya Sinwar=yahya-sinwar']);
    expect(ids('Sinwar spoke.')).toEqual([]);
  });

  it('takes no "Abdul" alone for a given name: it opens one ("Abdul Salam")', () => {
    const jabers = new Matcher([{ id: 'abdulsalam-jaber', type: 'person', names: { de: 'Abdulsalam Jaber', en: 'Abdulsalam Jaber' }, aliases: ['Abdul Salam Jaber'], description: d }]);
    const ids = (text: string) => jabers.annotate(text).map((m) => `${m.text}=${m.id}`);
    expect(ids('Abdul Salam Jaber resigned. Later Abdul Jaber, a rebel commander, spoke.')).toEqual(['Abdul Salam Jaber=abdulsalam-jaber']);
  });
});

describe('another person of the same surname', () => {
  it('is not taken for the one named before', () => {
    expect(found('Kim Jong Un threatened the South. The influencer Kim Kardashian posted a photo. The leader Kim was silent.')).toEqual([
      'Kim Jong Un=kim-jong-un',
      'Kim=kim-jong-un',
    ]);
    // German capitalises nouns: the word after the surname is no other person's name.
    expect(found('Kim Jong Un drohte dem Süden. Dann warf Kim Südkorea Verrat vor.')).toEqual(['Kim Jong Un=kim-jong-un', 'Kim=kim-jong-un']);
    expect(found('Maher al-Assad blieb. Ein Onkel, Rifaat Assad, floh.')).toEqual(['Maher al-Assad=maher-al-assad']);
  });
});

describe('compound aliases in the data', () => {
  it('leave the entity part as the mention', () => {
    const houthis: Entity = { id: 'houthis', type: 'organization', names: { de: 'Huthi', en: 'Houthis' }, aliases: ['Huthi-Miliz', 'Iskander-M'], description: d };
    const local = new Matcher([houthis]);
    expect(local.annotate('Die Huthi-Miliz und Iskander-M').map((m) => m.text)).toEqual(['Huthi', 'Iskander-M']);
  });
  it('of a guarded word leave the word, vouched for by the compound', () => {
    const lancet: Entity = { id: 'lancet', type: 'weapon', subtype: 'loitering-munition', names: { de: 'Lancet-Drohne', en: 'Lancet drone' }, guarded: ['Lancet'], description: d };
    const local = new Matcher([lancet]);
    expect(local.annotate('Lancet-Drohnen trafen. Lancet drones hit.').map((m) => m.text)).toEqual(['Lancet', 'Lancet']);
    expect(local.annotate('The Lancet published a study.')).toEqual([]);
  });
  it('of a guarded word confirmed once count again a little later without a cue', () => {
    const sana: Entity = { id: 'sana', type: 'organization', subtype: 'news-agency', names: { de: 'Nachrichtenagentur SANA', en: 'SANA news agency' }, guarded: ['Sana'], description: d };
    const local = new Matcher([sana]);
    expect(local.annotate('Laut der Agentur Sana wurde er beauftragt. Sana zitierte den Sprecher.').map((m) => m.text)).toEqual(['Sana', 'Sana']);
    expect(local.annotate('Sana zitierte den Sprecher. Laut der Agentur Sana wurde er beauftragt.').map((m) => m.text)).toEqual(['Sana']);
  });
});

describe('words before a surname', () => {
  it('keep titles and descriptions, drop other first names', () => {
    expect(found('Der Kremlkritiker Putin, der Ex-Präsident Putin, der Milliardär Putin und Jelena Putin.')).toEqual([
      'Putin=vladimir-putin',
      'Putin=vladimir-putin',
      'Putin=vladimir-putin',
    ]);
  });
});

describe('a guarded word of two entities', () => {
  it('goes to the one whose cue stands near it', () => {
    const forces: Entity = { id: 'tiger-forces', type: 'organization', subtype: 'armed-group', names: { de: 'Tiger-Truppen', en: 'Tiger Forces' }, guarded: ['Tiger'], description: d };
    const helicopter: Entity = { id: 'tiger-helicopter', type: 'weapon', subtype: 'helicopter', names: { de: 'Eurocopter Tiger', en: 'Eurocopter Tiger' }, guarded: ['Tiger'], description: d };
    const local = new Matcher([forces, helicopter]);
    const seen = (text: string) => local.annotate(text).map((m) => `${m.text}=${m.id}`);
    expect(seen('Ein Tiger-Hubschrauber landete.')).toEqual(['Tiger=tiger-helicopter']);
    expect(seen('Die Tiger-Miliz griff an.')).toEqual(['Tiger=tiger-forces']);
    expect(seen('Ein Tiger im Zoo.')).toEqual([]);
  });
});

describe('names with an initial or a slash', () => {
  it('hold together across "Q. " and "/"', () => {
    const brown: Entity = { id: 'charles-q-brown', type: 'person', names: { de: 'Charles Q. Brown', en: 'Charles Q. Brown' }, description: d };
    const samp: Entity = { id: 'samp-t', type: 'weapon', subtype: 'air-defence', names: { de: 'SAMP/T', en: 'SAMP/T' }, description: d };
    const local = new Matcher([brown, samp]);
    expect(local.annotate('General Charles Q. Brown sah SAMP/T-Systeme. Plan B. Dann nichts.').map((m) => m.text)).toEqual(['Charles Q. Brown', 'SAMP/T']);
  });
});

describe('given names', () => {
  it('are found in every common transliteration', () => {
    const mbs: Entity = { id: 'mohammed-bin-salman', type: 'person', names: { de: 'Mohammed bin Salman', en: 'Mohammed bin Salman' }, description: d };
    const local = new Matcher([mbs, ...base]);
    expect(local.annotate('Muhammad bin Salman traf Sergey Shoigu und Mohamed bin Salman.').map((m) => `${m.text}=${m.id}`)).toEqual([
      'Muhammad bin Salman=mohammed-bin-salman',
      'Sergey Shoigu=sergei-shoigu',
      'Mohamed bin Salman=mohammed-bin-salman',
    ]);
  });
});

describe('a derived spelling', () => {
  it('gives way to another person who is listed under it', () => {
    const prosecutor: Entity = { id: 'andriy-kostin', type: 'person', names: { de: 'Andrij Kostin', en: 'Andriy Kostin' }, description: d };
    const banker: Entity = { id: 'andrei-kostin', type: 'person', names: { de: 'Andrej Kostin', en: 'Andrei Kostin' }, description: d };
    const local = new Matcher([prosecutor, banker]);
    expect(local.annotate('Andrei Kostin, Andriy Kostin, Andrii Kostin.').map((m) => `${m.text}=${m.id}`)).toEqual([
      'Andrei Kostin=andrei-kostin',
      'Andriy Kostin=andriy-kostin',
      'Andrii Kostin=andriy-kostin',
    ]);
  });
});

describe('German nouns before a surname', () => {
  it('are no first names: the genitive and the apposition keep the person', () => {
    expect(found('Die Rede Putins, nach Angaben Schoigus; des Präsidenten Putin und des Gesandten Peseschkian; die Regierung Assad.')).toEqual([
      'Putins=vladimir-putin',
      'Schoigus=sergei-shoigu',
      'Putin=vladimir-putin',
      'Peseschkian=masoud-pezeshkian',
      'Assad=bashar-al-assad',
    ]);
  });
});

describe('headlines in title case', () => {
  it('keep the surname although every word is capitalised', () => {
    expect(found('Trump Meets Putin In Alaska')).toEqual(['Putin=vladimir-putin']);
  });
});

describe('cues anywhere in the text', () => {
  const hamas: Entity = {
    id: 'hamas', type: 'organization', subtype: 'armed-group', names: { de: 'Hamas', en: 'Hamas' },
    guarded: ['Hamas'], cueScope: 'text', cues: ['gaza', 'israel', 'geisel'], description: d,
  };
  const local = new Matcher([hamas]);
  const seen = (text: string) => local.annotate(text).map((m) => m.text);

  it('count for an entity that asks for them: a report on the Gaza war', () => {
    expect(seen('Israel verhandelt über die Geiseln. Die Hamas lehnte den Vorschlag ab.')).toEqual(['Hamas']);
  });
  it('do not make a city genitive a group', () => {
    expect(seen('Hamas Altstadt wurde im Bürgerkrieg zerstört.')).toEqual([]);
  });
});

describe("a state body after the state's possessive", () => {
  const bodies = new Matcher([
    ...base.filter((e) => e.id !== 'russia'),
    { id: 'russia', type: 'state', names: { de: 'Russland', en: 'Russia' }, adjectives: { de: ['russisch'], en: ['Russian'] }, description: d },
    { id: 'ukraine', type: 'state', names: { de: 'Ukraine', en: 'Ukraine' }, adjectives: { de: ['ukrainisch'], en: ['Ukrainian'] }, description: d },
    { id: 'israel', type: 'state', names: { de: 'Israel', en: 'Israel' }, adjectives: { de: ['israelisch'], en: ['Israeli'] }, description: d },
    { id: 'russian-defence-ministry', type: 'organization', names: { de: 'russisches Verteidigungsministerium', en: 'Russian Defence Ministry' }, links: [{ rel: 'part-of', to: 'russia' }], description: d },
    { id: 'ukrainian-defence-ministry', type: 'organization', names: { de: 'ukrainisches Verteidigungsministerium', en: 'Ministry of Defence of Ukraine' }, links: [{ rel: 'part-of', to: 'ukraine' }], description: d },
    { id: 'hur', type: 'organization', names: { de: 'ukrainischer Militärgeheimdienst', en: 'Ukrainian military intelligence' }, links: [{ rel: 'part-of', to: 'ukrainian-defence-ministry' }], description: d },
    { id: 'idf', type: 'organization', names: { de: 'israelische Armee', en: 'Israeli military' }, links: [{ rel: 'part-of', to: 'israel' }], description: d },
    { id: 'un-security-council', type: 'organization', names: { de: 'UN-Sicherheitsrat', en: 'UN Security Council' }, aliases: ['Security Council'], description: d },
    { id: 'russian-security-council', type: 'organization', names: { de: 'russischer Sicherheitsrat', en: 'Russian Security Council' }, links: [{ rel: 'part-of', to: 'russia' }], description: d },
  ]);
  const bodiesFound = (text: string) => bodies.annotate(text).map((m) => `${m.text}=${m.id}`);

  it("is that state's body in English and German, several words in any case", () => {
    expect(bodiesFound("Russia's defence ministry said. Ukraine's Ministry of Defence denied it.")).toEqual([
      'Russia=russia', 'defence ministry=russian-defence-ministry', 'Ukraine=ukraine', 'Ministry of Defence=ukrainian-defence-ministry',
    ]);
    expect(bodiesFound('Russlands Verteidigungsministerium meldete Erfolge, das ukrainische Verteidigungsministerium nicht.')).toEqual([
      'Russlands=russia', 'Verteidigungsministerium=russian-defence-ministry', 'ukrainische Verteidigungsministerium=ukrainian-defence-ministry',
    ]);
    // Through the body it belongs to: HUR → defence ministry → Ukraine.
    expect(bodiesFound("Ukraine's military intelligence said.")).toEqual(['Ukraine=ukraine', 'military intelligence=hur']);
    // One word is a body only as a name: "Israel's Military" yes, "Israel's military ships" no.
    expect(bodiesFound("Israel's military ships. Israel's Military said.")).toEqual(['Israel=israel', 'Israel=israel', 'Military=idf']);
  });

  it("is no body without the possessive, or of another state, or a noun's modifier", () => {
    expect(bodiesFound('The defence ministry in London said. Russia and the military said.')).toEqual(['Russia=russia']);
    expect(bodiesFound("Iran's defence ministry said. A U.S.-Israel military strike.")).toEqual(['Iran=iran', 'U.S.=united-states', 'Israel=israel']);
  });

  it("wins the words over another body's name", () => {
    expect(bodiesFound("Russia's Security Council met. The Security Council met.")).toEqual([
      'Russia=russia', 'Security Council=russian-security-council', 'Security Council=un-security-council',
    ]);
  });
});

describe('a guarded Russian name', () => {
  it('gives no unguarded spelling from its Cyrillic name', () => {
    const smirnov: Entity = {
      id: 'sergei-smirnov-mediazona', type: 'person', names: { de: 'Sergej Smirnow', en: 'Sergei Smirnov', ru: 'Сергей Смирнов' },
      guarded: ['Сергей Смирнов', 'Sergei Smirnov', 'Sergej Smirnow'], cues: ['mediazona'], description: d, links: [{ rel: 'citizen-of', to: 'russia' }],
    };
    const local = new Matcher([smirnov]);
    expect(local.annotate('Sergei Smirnov wrote a book. Sergey Smirnov and Smirnov too.')).toEqual([]);
    expect(local.annotate('Mediazona editor Sergei Smirnov said.').map((m) => m.text)).toEqual(['Sergei Smirnov']);
  });
});

describe('a unit named in English only', () => {
  it('is found in the German press\'s words, with or without "Garde-"', () => {
    const unit = (id: string, en: string): Entity => ({ id, type: 'organization', subtype: 'armed-forces', names: { de: en, en }, description: d });
    const local = new Matcher([unit('ru-29th', '29th Guards Motor Rifle Division'), unit('ru-31st', '31st Spetsnaz Brigade'), unit('ru-4th-tank', '4th Tank Division')]);
    const ids = (text: string) => local.annotate(text).map((m) => `${m.text}=${m.id}`);
    expect(ids('Die 29. Motorschützendivision und die 29. Garde-Motorschützendivision; die 31. Speznas-Brigade und die 31. Spezialkräftebrigade.')).toEqual([
      '29. Motorschützendivision=ru-29th', '29. Garde-Motorschützendivision=ru-29th', '31. Speznas-Brigade=ru-31st', '31. Spezialkräftebrigade=ru-31st',
    ]);
    // A tank unit only as Guards: "4. Panzerdivision" may be anyone's.
    expect(ids('Die 4. Panzerdivision übt.')).toEqual([]);
  });
});

describe('a person listed by full names only', () => {
  const people = new Matcher([
    ...base,
    { id: 'timur-ivanov', type: 'person', names: { de: 'Timur Iwanow', en: 'Timur Ivanov' }, description: d },
    { id: 'choe-son-hui', type: 'person', names: { de: 'Choe Son Hui', en: 'Choe Son Hui' }, links: [{ rel: 'citizen-of', to: 'north-korea' }], description: d },
    { id: 'turki-al-faisal', type: 'person', names: { de: 'Turki al-Faisal', en: 'Turki al-Faisal' }, aliases: ['Turki Faisal'], description: d },
    { id: 'theresa-may', type: 'person', names: { de: 'Theresa May', en: 'Theresa May' }, description: d },
    { id: 'north-korea', type: 'state', names: { de: 'Nordkorea', en: 'North Korea' }, description: d },
  ]);
  const peopleFound = (text: string) => people.annotate(text).map((m) => `${m.text}=${m.id}`);

  it('is named by the surname once a full name was in the text, family name first where the press writes it so', () => {
    expect(peopleFound('Iwanow wurde verhaftet. Der frühere Vizeminister Timur Iwanow bestreitet das. Iwanows Anwalt schwieg.')).toEqual([
      'Timur Iwanow=timur-ivanov', 'Iwanows=timur-ivanov',
    ]);
    expect(peopleFound('Foreign Minister Choe Son Hui met Sergei Shoigu. Choe said the talks went well.')).toEqual([
      'Choe Son Hui=choe-son-hui', 'Sergei Shoigu=sergei-shoigu', 'Choe=choe-son-hui',
    ]);
  });

  it('keeps given names, particles and months out of the surname', () => {
    expect(peopleFound('Turki al-Faisal spoke. Faisal bin Farhan replied, and al-Faisal agreed.')).toEqual([
      'Turki al-Faisal=turki-al-faisal', 'al-Faisal=turki-al-faisal',
    ]);
    expect(peopleFound('Theresa May resigned in May.')).toEqual(['Theresa May=theresa-may']);
  });
});

describe('a German head noun inside a name', () => {
  const bodies = new Matcher([
    ...base,
    { id: 'ukraine', type: 'state', names: { de: 'Ukraine', en: 'Ukraine' }, description: d },
    { id: 'presidential-office', type: 'organization', names: { de: 'Präsidentenbüro der Ukraine', en: 'Office of the President of Ukraine' }, description: d },
    { id: 'mit-turkey', type: 'organization', names: { de: 'Nachrichtendienst MIT', en: 'National Intelligence Organization' }, description: d },
    { id: 'army-development-office', type: 'organization', names: { de: 'Amt für Heeresentwicklung', en: 'Army Development Office' }, description: d },
  ]);
  const bodiesFound = (text: string) => bodies.annotate(text).map((m) => `${m.text}=${m.id}`);

  it('takes the genitive and the name goes on', () => {
    expect(bodiesFound('Der Leiter des Präsidentenbüros der Ukraine und der Chef des Nachrichtendienstes MIT.')).toEqual([
      'Präsidentenbüros der Ukraine=presidential-office', 'Nachrichtendienstes MIT=mit-turkey',
    ]);
    expect(bodiesFound('Der Leiter des Amts für Heeresentwicklung.')).toEqual(['Amts für Heeresentwicklung=army-development-office']);
  });

  it('while an inflected surname still ends a name', () => {
    expect(bodiesFound('Putins Shoigu')).toEqual(['Putins=vladimir-putin', 'Shoigu=sergei-shoigu']);
  });
});

describe('systems written together', () => {
  const systems = new Matcher([
    ...base,
    { id: 'su-34', type: 'weapon', subtype: 'aircraft', names: { de: 'Su-34', en: 'Su-34' }, description: d },
    { id: 'shahed-131', type: 'weapon', subtype: 'loitering-munition', names: { de: 'Shahed-131', en: 'Shahed-131' }, description: d },
    { id: 'heckler-koch', type: 'organization', subtype: 'company', names: { de: 'Heckler & Koch', en: 'Heckler & Koch' }, acronyms: ['H&K'], description: d },
    { id: 'fujian-carrier', type: 'weapon', subtype: 'ship', names: { de: 'Flugzeugträger Fujian', en: 'aircraft carrier Fujian' }, description: d },
    { id: 'arleigh-burke', type: 'weapon', subtype: 'ship', names: { de: 'Arleigh-Burke-Klasse', en: 'Arleigh Burke class' }, guarded: ['Arleigh Burke'], cues: ['US-Marine'], description: d },
  ]);
  const systemsFound = (text: string) => systems.annotate(text).map((m) => `${m.text}=${m.id}`);

  it('name every model after a slash', () => {
    expect(systemsFound('Drohnen vom Typ Shahed-136/131 und Su-34/35-Jets, aber nicht Su-34/99.')).toEqual([
      'Shahed-136=shahed-136', '131=shahed-131', 'Su-34=su-34', '35=su-35', 'Su-34=su-34',
    ]);
  });

  it('hold together across an ampersand, a genitive and a hyphenated cue', () => {
    expect(systemsFound('Heckler & Koch (H&K) liefert. Die Besatzung des Flugzeugträgers Fujian übte. Ein Arleigh Burke der US-Marine lief aus.')).toEqual([
      'Heckler & Koch=heckler-koch', 'H&K=heckler-koch', 'Flugzeugträgers Fujian=fujian-carrier', 'Arleigh Burke=arleigh-burke', 'US=united-states',
    ]);
  });
});

describe('an Arabic surname', () => {
  const people = new Matcher([
    ...base,
    { id: 'khalil-al-hayya', type: 'person', names: { de: 'Chalil al-Hajja', en: 'Khalil al-Hayya' }, aliases: ['al-Hayya'], description: d },
    { id: 'turki-al-faisal', type: 'person', names: { de: 'Turki al-Faisal', en: 'Turki al-Faisal' }, description: d },
  ]);
  const peopleFound = (text: string) => people.annotate(text).map((m) => `${m.text}=${m.id}`);

  it('is found without its article where the full name is in the text, unless it is a given name', () => {
    expect(peopleFound('Hayya schwieg. Khalil al-Hayya arrived in Cairo. Hayya, 64, led the talks.')).toEqual([
      'Hayya=khalil-al-hayya', 'Khalil al-Hayya=khalil-al-hayya', 'Hayya=khalil-al-hayya',
    ]);
    expect(peopleFound('Hayya schwieg.')).toEqual([]);
    expect(peopleFound('Turki al-Faisal spoke, and Faisal replied.')).toEqual(['Turki al-Faisal=turki-al-faisal']);
  });

  it('takes its article into the mention, and is not the person after another given name', () => {
    const rahawi: Entity = { id: 'ahmed-al-rahawi', type: 'person', names: { de: 'Ahmed al-Rahaui', en: 'Ahmed al-Rahawi' }, shortForms: ['Rahawi'], description: d };
    const hijri: Entity = { id: 'hikmat-al-hijri', type: 'person', names: { de: 'Hikmat al-Hidschri', en: 'Hikmat al-Hijri' }, description: d };
    const local = new Matcher([rahawi, hijri]);
    expect(local.annotate('Ahmed al-Rahaui wurde getötet. Al-Rahaui war Regierungschef.').map((m) => m.text)).toEqual(['Ahmed al-Rahaui', 'Al-Rahaui']);
    expect(local.annotate('Hikmat al-Hidschri führt die Drusen. Sein Bruder Ahmad al-Hidschri starb 2012.').map((m) => m.text)).toEqual(['Hikmat al-Hidschri']);
  });
});

describe('cue words', () => {
  const guarded = new Matcher([
    ...base,
    { id: 'neptune', type: 'weapon', subtype: 'cruise-missile', names: { de: 'R-360 Neptun', en: 'R-360 Neptune' }, guarded: ['Neptune'], description: d },
  ]);
  const guardedFound = (text: string) => guarded.annotate(text).map((m) => `${m.text}=${m.id}`);

  it('count as words, at the start of a word or at the end of a compound, not inside another word', () => {
    expect(guardedFound('Neptune looked strange through the telescope.')).toEqual([]);
    expect(guardedFound('A Neptune hit the ship at long range.')).toEqual(['Neptune=neptune']);
    expect(guardedFound('Die Patriot-Systeme und das Flugabwehrsystem Patriot.')).toEqual(['Patriot=patriot', 'Patriot=patriot']);
    expect(guardedFound("The Patriots' defense forced three turnovers.")).toEqual([]);
  });
});

describe('titles before a shared surname', () => {
  const titled: Entity[] = [
    ...base.filter((e) => e.id !== 'kim-jong-un'),
    {
      id: 'dmytro-kuleba', type: 'person', names: { de: 'Dmytro Kuleba', en: 'Dmytro Kuleba' }, shortForms: ['Kuleba'],
      roles: [{ title: { de: 'Außenminister der Ukraine', en: 'Foreign Minister of Ukraine' } }], description: d,
    },
    {
      id: 'oleksii-kuleba', type: 'person', names: { de: 'Oleksij Kuleba', en: 'Oleksii Kuleba' }, shortForms: ['Kuleba'],
      roles: [{ title: { de: 'Vizeregierungschef', en: 'Deputy Prime Minister' } }], description: d,
    },
    { id: 'kim-jong-un-ruler', type: 'person', subtype: 'head-of-state', names: { de: 'Kim Jong Un', en: 'Kim Jong Un' }, shortForms: ['Kim'], description: d },
  ];
  const people = new Matcher(titled);
  const peopleFound = (text: string) => people.annotate(text).map((m) => `${m.text}=${m.id}`);

  it('name the holder of that office, a generic word only as itself', () => {
    expect(peopleFound('Außenminister Kuleba reiste nach Berlin.')).toEqual(['Kuleba=dmytro-kuleba']);
    expect(peopleFound('Machthaber Kim besuchte die Fabrik.')).toEqual(['Kim=kim-jong-un-ruler']);
  });
});

describe('Slavic surnames', () => {
  it('are found with every ending the press gives them', () => {
    const venislavskyi: Entity = { id: 'fedir-venislavskyi', type: 'person', names: { de: 'Fedir Wenislawskyj', en: 'Fedir Venislavskyi' }, aliases: ['Wenislawskyj'], description: d };
    const local = new Matcher([venislavskyi]);
    expect(local.annotate('Fedir Wenislawskyi sagte, Wenislawski und Venislavsky seien dasselbe.').map((m) => m.text)).toEqual([
      'Fedir Wenislawskyi', 'Wenislawski',
    ]);
  });
});

describe('British and American spellings', () => {
  const brigade: Entity = { id: '155th-mechanized-brigade', type: 'organization', names: { de: '155. Mechanisierte Brigade', en: '155th Mechanized Brigade' }, description: d };
  const ministry: Entity = { id: 'uk-ministry-of-defence', type: 'organization', names: { de: 'Britisches Verteidigungsministerium', en: 'Ministry of Defence' }, description: d };
  const danish: Entity = { id: 'danish-defence', type: 'organization', names: { de: 'Dänische Streitkräfte', en: 'Danish Defence' }, description: d };
  const local = new Matcher([brigade, ministry, danish]);

  it('name a unit or body written the other way', () => {
    expect(local.annotate('The 155th Mechanised Brigade and the Ministry of Defense.').map((m) => `${m.text}=${m.id}`)).toEqual([
      '155th Mechanised Brigade=155th-mechanized-brigade', 'Ministry of Defense=uk-ministry-of-defence',
    ]);
  });

  it('but a nation and "Defence" do not make "Defense Minister" a body', () => {
    expect(local.annotate('Danish Defense Minister Troels Lund Poulsen').map((m) => m.id)).toEqual([]);
  });
});

describe('the Arabic article', () => {
  const local = new Matcher([
    { id: 'al-hadath', type: 'organization', names: { de: 'Al-Hadath', en: 'Al-Hadath' }, description: d },
    { id: 'qassam-brigades', type: 'organization', names: { de: 'Qassam-Brigaden', en: 'Qassam Brigades' }, description: d },
  ]);

  it('is written either way at the start of a name, and a name found without it takes it', () => {
    expect(local.annotate('Saudi outlet al-Hadath and Al-Hadath reported that al-Qassam Brigades fighters …').map((m) => m.text)).toEqual(['al-Hadath', 'Al-Hadath', 'al-Qassam Brigades']);
    // Inside a capitalised name the lower-case article is that name's: "Abd al-Hadath" is a person.
    expect(local.annotate('Abd al-Hadath said').map((m) => m.text)).toEqual([]);
  });
});

describe('middle names before an Arabic surname', () => {
  const local = new Matcher([
    { id: 'rashad-al-alimi', type: 'person', names: { de: 'Raschad al-Alimi', en: 'Rashad al-Alimi' }, description: d },
    { id: 'majed-al-ansari', type: 'person', names: { de: 'Majed al-Ansari', en: 'Majed al-Ansari' }, description: d },
    { id: 'al-ansari-brigade', type: 'organization', names: { de: 'Brigade al-Ansari', en: 'Brigade al-Ansari' }, description: d },
  ]);
  const found = (text: string) => local.annotate(text).map((m) => m.text);

  it('are the person\'s own, not in the listed name', () => {
    expect(found('Dr. Rashad Mohammed Al-Alimi and Majed bin Mohammed Al Ansari said')).toEqual(['Rashad Mohammed Al-Alimi', 'Majed bin Mohammed Al Ansari']);
  });

  it('join no words that are not names, nor a body\'s name', () => {
    expect(found('Rashad said Al-Alimi')).toEqual([]);
    expect(found('Brigade Hamza Al Ansari')).toEqual([]);
  });
});

describe('a guarded word and a common noun', () => {
  const prymary: Entity = { id: 'hur-prymary-unit', type: 'organization', names: { de: 'Einheit Prymary', en: 'Prymary' }, aliases: ['Prymary unit'], guarded: ['Prymary'], description: d };
  const local = new Matcher([prymary]);

  it('vouch for each other only side by side', () => {
    expect(local.annotate('The Prymary unit struck a refinery.').map((m) => m.text)).toEqual(['Prymary']);
    expect(local.annotate('The unit said Prymary was a primary school.').map((m) => m.text)).toEqual([]);
  });
});

describe('an outlet named by an ordinary word', () => {
  const jamaran: Entity = { id: 'jamaran-news', type: 'organization', subtype: 'news-agency', names: { de: 'Jamaran News', en: 'Jamaran News' }, guarded: ['Jamaran'], description: d };
  const local = new Matcher([jamaran]);

  it('counts beside a reporting verb, not with one somewhere in the sentence', () => {
    expect(local.annotate('MP Kowsari told Jamaran the council met. Jamaran reported it, according to Jamaran.').map((m) => m.start)).toEqual([16, 41, 75]);
    expect(local.annotate('Khomeini lived in Jamaran, state media reported.').map((m) => m.text)).toEqual([]);
  });
});

describe('surnames that are nouns', () => {
  const zimmer: Entity = { id: 'benedikt-zimmer', type: 'person', names: { de: 'Benedikt Zimmer', en: 'Benedikt Zimmer' }, description: d };
  const local = new Matcher([zimmer]);

  it('are the noun after an article that never stands before a person', () => {
    expect(local.annotate('Benedikt Zimmer kam. Er verließ das Zimmer, im Zimmer blieb keiner. Zimmer sagte, der Zimmer kenne.').map((m) => m.start)).toEqual([0, 68, 86]);
  });
});

describe('guarded words with endings', () => {
  const safe: Entity = { id: 'eu-safe-instrument', type: 'organization', names: { de: 'Security Action for Europe', en: 'Security Action for Europe' }, guarded: ['Safe'], cues: ['loan', 'kredit'], description: d };
  const local = new Matcher([safe]);

  it('take German endings in German text only', () => {
    expect(local.annotate('The vessel Safeen Prism got a loan.').map((m) => m.text)).toEqual([]);
    expect(local.annotate('Die Kredite des Safes und der Safen, sagte er.').map((m) => m.text)).toEqual(['Safes', 'Safen']);
  });
});

describe('acronyms that are also words', () => {
  const who: Entity = { id: 'who', type: 'organization', names: { de: 'Weltgesundheitsorganisation', en: 'World Health Organization' }, acronyms: ['WHO'], description: d };
  const nato: Entity = { id: 'nato', type: 'organization', names: { de: 'NATO', en: 'NATO' }, acronyms: ['NATO'], description: d };
  const local = new Matcher([who, nato]);
  const found = (text: string) => local.annotate(text).map((m) => m.text);

  it('are the word in text set in capitals, and the body elsewhere', () => {
    expect(found('WHO IS IN CHARGE? NATO AND ITS ALLIES')).toEqual(['NATO']);
    expect(found('The WHO said so, and WHO chief Tedros agreed.')).toEqual(['WHO', 'WHO']);
  });
});

describe('quoted names', () => {
  const local = new Matcher([
    { id: 'fgs-hessen', type: 'weapon', subtype: 'ship', names: { de: 'Fregatte Hessen', en: 'frigate Hessen' }, description: d },
    { id: 'come-back-alive', type: 'organization', names: { de: 'Stiftung Come Back Alive', en: 'Come Back Alive Foundation' }, description: d },
    { id: 'ahmed-al-hamidawi', type: 'person', names: { de: 'Ahmed al-Hamidawi', en: 'Ahmed al-Hamidawi' }, aliases: ['Abu Hussein al-Hamidawi'], description: d },
    { id: 'robert-brovdi', type: 'person', names: { de: 'Robert Browdi', en: 'Robert Brovdi' }, aliases: ['Robert Madyar Brovdi'], description: d },
  ]);
  const spans = (text: string) => local.annotate(text).map((m) => m.text);

  it('are the quoted part where the mention would leave a quote open', () => {
    expect(spans('Deutschland beteiligt sich mit der Fregatte „Hessen“.')).toEqual(['Hessen']);
    expect(spans('the director of the "Come Back Alive" foundation said')).toEqual(['Come Back Alive']);
  });

  it('are so in single quotes too, which stay apostrophes in a possessive or a name', () => {
    expect(spans("the director of the 'Come Back Alive' foundation said")).toEqual(['Come Back Alive']);
    expect(spans("die Fregatte 'Hessen' und die Fregatte ‚Hessen‘ liefen aus")).toEqual(['Hessen', 'Hessen']);
    const party = new Matcher([{ id: 'workers-party-of-korea', type: 'organization', names: { de: 'Partei der Arbeit Koreas', en: "Workers' Party of Korea" }, description: d }]);
    expect(party.annotate("the Workers' Party of Korea's plenum").map((m) => m.text)).toEqual(["Workers' Party of Korea"]);
    expect(spans("'Robert Brovdi's unit', they wrote.")).toEqual(['Robert Brovdi']);
  });

  it('keep a nickname quoted inside a person\'s name', () => {
    expect(spans('Ahmad "Abu Hussein" al-Hamidawi, the leader, and Robert "Madyar" Brovdi')).toEqual(['Ahmad "Abu Hussein" al-Hamidawi', 'Robert "Madyar" Brovdi']);
    expect(spans('the leader, "Abu Hussein" al-Hamidawi')).toEqual(['"Abu Hussein" al-Hamidawi']);
  });

  it('skip a quoted nickname that the listed name does not have', () => {
    const azov = new Matcher([{ id: 'denys-prokopenko', type: 'person', names: { de: 'Denys Prokopenko', en: 'Denys Prokopenko' }, description: d }]);
    const found = (text: string) => azov.annotate(text).map((m) => m.text);
    expect(found('Colonel Denys "Redis" Prokopenko said, and Denys „Redis“ Prokopenko.')).toEqual(['Denys "Redis" Prokopenko', 'Denys „Redis“ Prokopenko']);
    expect(found("Denys 'Redis' Prokopenko")).toEqual(["Denys 'Redis' Prokopenko"]);
    // Not across a sentence, nor a quote of a whole clause.
    expect(found('Denys "Redis. Prokopenko"')).toEqual([]);
    expect(found('Denys "said it was not the time for" Prokopenko')).toEqual([]);
  });
});

describe('"military" before a noun', () => {
  const forces: Entity = { id: 'ukrainian-armed-forces', type: 'organization', names: { de: 'Streitkräfte der Ukraine', en: 'Armed Forces of Ukraine' }, aliases: ['Ukrainian military'], description: d };
  const local = new Matcher([forces]);

  it('describes the noun and names no armed forces', () => {
    expect(local.annotate('The Ukrainian military company Fire Point and Ukrainian military bloggers.').map((m) => m.id)).toEqual([]);
    expect(local.annotate('Missiles hit Ukrainian military and civilian targets.').map((m) => m.id)).toEqual([]);
    const danish = new Matcher([{ id: 'danish-armed-forces', type: 'organization', names: { de: 'Dänische Streitkräfte', en: 'Danish Defence' }, description: d }]);
    expect(danish.annotate('Danish Defence Minister Troels Lund Poulsen said Danish Defence would buy more.').map((m) => m.text)).toEqual(['Danish Defence']);
    expect(danish.annotate('Danish Defence Minister Troels Lund Poulsen said so.').map((m) => m.start)).toEqual([]);
    expect(local.annotate('The Ukrainian military and the police said so.').map((m) => m.text)).toEqual(['Ukrainian military']);
    expect(local.annotate('The Ukrainian military said on Monday that Ukrainian military officials agreed.').map((m) => m.text)).toEqual(['Ukrainian military', 'Ukrainian military']);
  });
});

describe('models and bodies in context', () => {
  const local = new Matcher([
    ...base,
    { id: 't-72', type: 'weapon', subtype: 'tank', names: { de: 'T-72', en: 'T-72' }, aliases: ['T-72B3'], description: d },
    { id: 'german-air-force', type: 'organization', names: { de: 'Luftwaffe', en: 'German Air Force' }, aliases: ['Deutsche Luftwaffe'], links: [{ rel: 'part-of', to: 'germany' }], description: d },
    { id: 'israeli-air-force', type: 'organization', names: { de: 'israelische Luftwaffe', en: 'Israeli Air Force' }, description: d },
    { id: 'germany', type: 'state', names: { de: 'Deutschland', en: 'Germany' }, adjectives: { de: ['deutsch'], en: ['German'] }, description: d },
  ]);
  const spans = (text: string) => local.annotate(text).map((m) => `${m.text}=${m.id}`);

  it('take a variant glued to the model number into the mention', () => {
    expect(spans('upgraded T-72B3M tanks and Su-35S jets')).toEqual(['T-72B3M=t-72', 'Su-35S=su-35']);
  });

  it('leave a body to the nation whose adjective stands before it', () => {
    expect(spans('Die saudiarabische Luftwaffe flog, die israelische Luftwaffe auch, und die Luftwaffe übte.')).toEqual([
      'israelische Luftwaffe=israeli-air-force', 'Luftwaffe=german-air-force',
    ]);
  });
});

describe('an office before a surname', () => {
  const landau: Entity = { id: 'christopher-landau', type: 'person', names: { de: 'Christopher Landau', en: 'Christopher Landau' }, shortForms: ['Landau'], description: d };
  const local = new Matcher([landau]);
  const ids = (text: string) => local.annotate(text).map((m) => `${m.text}=${m.id}`);

  it('names the one person the base knows by that surname, though no role of theirs is listed', () => {
    expect(ids('Deputy Secretary Landau met the minister.')).toEqual(['Landau=christopher-landau']);
    expect(ids('Der Botschafter Landau sagte.')).toEqual(['Landau=christopher-landau']);
  });

  it('but not after a word of kinship, courtesy or a cleric\'s honorific, nor before a further name', () => {
    expect(ids('Sein Bruder Landau kam. Herr Landau ging. Badr Mullah Landau und Sheikh Landau sprachen.')).toEqual([]);
    expect(ids('President Landau Seok met them.')).toEqual([]);
  });
});

describe('a named operation', () => {
  it('is no guarded weapon or group', () => {
    expect(found('Operation Midnight Wagner began. Prigoschin und die Wagner-Söldner kamen.')).toEqual(['Prigoschin=prigozhin', 'Wagner=wagner-group']);
  });
});

describe('a state before a place word', () => {
  it("is part of the place's name", () => {
    expect(found('Villages in the Iran Valley, on Russia Square and near the Russia River; Iran said.')).toEqual(['Iran=iran']);
  });
});

describe('a middle initial', () => {
  it('may stand inside a listed name', () => {
    expect(found('Wladimir W. Putin sprach mit Sergej K. Schoigu, nicht mit Putin A. Merkel.')).toEqual([
      'Wladimir W. Putin=vladimir-putin', 'Sergej K. Schoigu=sergei-shoigu', 'Putin=vladimir-putin',
    ]);
  });
});
