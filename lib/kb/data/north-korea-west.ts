// Knowledge base: north-korea-west. Data only, see lib/kb/CURATING.md.
// North and South Korea, China, the United States, the UK, Germany, France, the EU, NATO, the UN,
// central and eastern European leaders, and the media and research bodies the press cites.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── North Korea: leaders and officials ─────────────────────────────────────────────────────
  {
    id: 'kim-jong-un',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Kim Jong Un', en: 'Kim Jong Un', ko: '김정은' },
    aliases: ['Kim Jong-un', 'Kim Dschong Un', 'Kim Jong-eun'],
    acronyms: ['KJU'],
    shortForms: ['Kim'],
    description: {
      de: 'Machthaber Nordkoreas seit Ende 2011, Generalsekretär der Partei der Arbeit Koreas; treibt das Atom- und Raketenprogramm voran und rückte an die Seite Russlands.',
      en: 'Ruler of North Korea since late 2011 and general secretary of the Workers’ Party; drives the nuclear and missile programme and has aligned Pyongyang with Moscow.',
    },
    roles: [
      { title: { de: 'Oberster Führer Nordkoreas', en: 'Supreme leader of North Korea' }, of: 'north-korea', from: '2011-12' },
      { title: { de: 'Generalsekretär der Partei der Arbeit Koreas', en: 'General Secretary of the Workers’ Party of Korea' }, of: 'workers-party-of-korea', from: '2021-01' },
      { title: { de: 'Vorsitzender bzw. Präsident der Kommission für Staatsangelegenheiten', en: 'Chairman, later President, of the State Affairs Commission' }, of: 'state-affairs-commission', from: '2016-06' },
      { title: { de: 'Oberster Befehlshaber der Koreanischen Volksarmee', en: 'Supreme Commander of the Korean People’s Army' }, of: 'korean-peoples-army', from: '2011-12' },
    ],
    links: [
      { rel: 'citizen-of', to: 'north-korea' },
      { rel: 'leads', to: 'north-korea' },
      { rel: 'leads', to: 'workers-party-of-korea' },
      { rel: 'leads', to: 'state-affairs-commission' },
      { rel: 'leads', to: 'korean-peoples-army' },
      { rel: 'related-to', to: 'kim-jong-il' },
      { rel: 'related-to', to: 'kim-yo-jong' },
    ],
  },
  {
    id: 'kim-yo-jong',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Kim Yo Jong', en: 'Kim Yo Jong', ko: '김여정' },
    aliases: ['Kim Yo-jong', 'Kim Jo Jong', 'Kim Yeo-jong'],
    acronyms: ['KYJ'],
    shortForms: ['Kim'],
    description: {
      de: 'Jüngere Schwester Kim Jong Uns und hohe Funktionärin im Zentralkomitee der Partei; äußert sich in scharfen Erklärungen zu Seoul und Washington.',
      en: 'Younger sister of Kim Jong Un and a senior Central Committee official; voices Pyongyang’s line on Seoul and Washington in sharp-tongued statements.',
    },
    links: [
      { rel: 'citizen-of', to: 'north-korea' },
      { rel: 'member-of', to: 'workers-party-of-korea' },
      { rel: 'related-to', to: 'kim-jong-un' },
    ],
  },
  {
    id: 'kim-jong-il',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Kim Jong Il', en: 'Kim Jong Il', ko: '김정일' },
    aliases: ['Kim Jong-il', 'Kim Dschong Il'],
    shortForms: ['Kim'],
    description: {
      de: 'Herrscher Nordkoreas von 1994 bis zu seinem Tod 2011; Vater Kim Jong Uns, unter ihm fand 2006 der erste Atomtest statt.',
      en: 'Ruler of North Korea from 1994 until his death in 2011; father of Kim Jong Un, under whom the country carried out its first nuclear test in 2006.',
    },
    roles: [
      { title: { de: 'Oberster Führer Nordkoreas', en: 'Supreme leader of North Korea' }, of: 'north-korea', from: '1994-07', to: '2011-12' },
    ],
    links: [
      { rel: 'citizen-of', to: 'north-korea' },
      { rel: 'member-of', to: 'workers-party-of-korea' },
      { rel: 'related-to', to: 'kim-il-sung' },
      { rel: 'related-to', to: 'kim-jong-un' },
    ],
  },
  {
    id: 'kim-il-sung',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Kim Il Sung', en: 'Kim Il Sung', ko: '김일성' },
    aliases: ['Kim Il-sung'],
    shortForms: ['Kim'],
    description: {
      de: 'Staatsgründer Nordkoreas, herrschte von 1948 bis zu seinem Tod 1994 und begann 1950 den Koreakrieg; Großvater Kim Jong Uns, gilt als „Ewiger Präsident“.',
      en: 'Founder of North Korea who ruled from 1948 until his death in 1994 and started the Korean War in 1950; grandfather of Kim Jong Un, styled “Eternal President”.',
    },
    roles: [
      { title: { de: 'Staatsführer Nordkoreas', en: 'Leader of North Korea' }, of: 'north-korea', from: '1948-09', to: '1994-07' },
    ],
    links: [
      { rel: 'citizen-of', to: 'north-korea' },
      { rel: 'leads', to: 'workers-party-of-korea' },
      { rel: 'related-to', to: 'kim-jong-il' },
    ],
  },
  {
    id: 'kim-ju-ae',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Kim Ju Ae', en: 'Kim Ju Ae', ko: '김주애' },
    aliases: ['Kim Ju-ae', 'Ju Ae'],
    shortForms: ['Kim'],
    description: {
      de: 'Tochter Kim Jong Uns, seit einem Raketenstart im November 2022 öffentlich an seiner Seite; Südkoreas Geheimdienst hält sie für eine mögliche Nachfolgerin.',
      en: 'Daughter of Kim Jong Un, shown at his side since a missile launch in November 2022; South Korean intelligence sees her as a possible successor.',
    },
    links: [
      { rel: 'citizen-of', to: 'north-korea' },
      { rel: 'related-to', to: 'kim-jong-un' },
    ],
  },
  {
    id: 'choe-son-hui',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Choe Son Hui', en: 'Choe Son Hui', ko: '최선희' },
    aliases: ['Choe Son-hui', 'Choi Son Hui', 'Choi Son-hui', 'Choe Sun Hui', 'Choi Sun-hee'],
    shortForms: ['Choe'],
    description: {
      de: 'Nordkoreanische Diplomatin, wurde im Juni 2022 erste Außenministerin des Landes; zuvor Unterhändlerin bei den Gipfeln mit den USA, pflegt die Achse mit Moskau.',
      en: 'North Korean diplomat who became the country’s first woman foreign minister in June 2022; earlier a negotiator at the summits with the US, now tends the tie with Moscow.',
    },
    links: [
      { rel: 'citizen-of', to: 'north-korea' },
      { rel: 'member-of', to: 'workers-party-of-korea' },
    ],
  },
  {
    id: 'pak-thae-song',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Pak Thae Song', en: 'Pak Thae Song', ko: '박태성' },
    aliases: ['Pak Thae-song', 'Park Tae-sung'],
    shortForms: ['Pak'],
    description: {
      de: 'Nordkoreanischer Parteifunktionär, wurde Ende Dezember 2024 Ministerpräsident (Premier des Kabinetts); zuvor Parteisekretär für Wissenschaft und Bildung.',
      en: 'North Korean party official who became premier of the cabinet at the end of December 2024; previously party secretary for science and education.',
    },
    links: [
      { rel: 'citizen-of', to: 'north-korea' },
      { rel: 'member-of', to: 'workers-party-of-korea' },
    ],
  },
  {
    id: 'no-kwang-chol',
    type: 'person',
    subtype: 'military',
    names: { de: 'No Kwang Chol', en: 'No Kwang Chol', ko: '노광철' },
    aliases: ['No Kwang-chol', 'Noh Kwang-chol', 'Noh Kwang Chol', 'No Kwang Cho'],
    description: {
      de: 'General der Koreanischen Volksarmee; war 2018–2019 Verteidigungsminister und wurde im Oktober 2024 erneut auf den Posten berufen, in der Zeit der Truppenentsendung nach Russland.',
      en: 'Korean People’s Army general; defence minister in 2018–2019 and reappointed in October 2024, as North Korean troops were sent to fight for Russia.',
    },
    roles: [
      { title: { de: 'Verteidigungsminister Nordkoreas', en: 'Defence minister of North Korea' }, of: 'north-korea', from: '2018-06', to: '2019-12' },
    ],
    links: [
      { rel: 'citizen-of', to: 'north-korea' },
      { rel: 'member-of', to: 'korean-peoples-army' },
    ],
  },
  {
    id: 'ri-pyong-chol',
    type: 'person',
    subtype: 'military',
    names: { de: 'Ri Pyong Chol', en: 'Ri Pyong Chol', ko: '리병철' },
    aliases: ['Ri Pyong-chol', 'Lee Byong-chol'],
    description: {
      de: 'Marschall der Volksarmee und langjähriger Leiter der nordkoreanischen Raketenentwicklung; beim Parteitag im Februar 2026 nicht mehr ins Zentralkomitee gewählt.',
      en: 'Korean People’s Army marshal and long the driving figure of North Korea’s missile development; left out of the Central Committee at the February 2026 party congress.',
    },
    links: [
      { rel: 'citizen-of', to: 'north-korea' },
      { rel: 'member-of', to: 'workers-party-of-korea' },
      { rel: 'member-of', to: 'korean-peoples-army' },
    ],
  },
  {
    id: 'jo-yong-won',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Jo Yong Won', en: 'Jo Yong Won', ko: '조용원' },
    aliases: ['Jo Yong-won', 'Cho Yong-won'],
    description: {
      de: 'Einer der engsten Vertrauten Kim Jong Uns, Sekretär des Zentralkomitees der Partei der Arbeit Koreas; 2026 erneut ins Zentralkomitee gewählt.',
      en: 'One of Kim Jong Un’s closest aides and a secretary of the Workers’ Party Central Committee; re-elected to the Central Committee in 2026.',
    },
    links: [
      { rel: 'citizen-of', to: 'north-korea' },
      { rel: 'member-of', to: 'workers-party-of-korea' },
    ],
  },
  {
    id: 'kim-tok-hun',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Kim Tok Hun', en: 'Kim Tok Hun', ko: '김덕훈' },
    aliases: ['Kim Tok-hun', 'Kim Deok-hun'],
    shortForms: ['Kim'],
    description: {
      de: 'Nordkoreanischer Funktionär, von August 2020 bis Dezember 2024 Ministerpräsident; danach weiter in der Parteiführung.',
      en: 'North Korean official, premier of the cabinet from August 2020 to December 2024; stayed in the party leadership afterwards.',
    },
    roles: [
      { title: { de: 'Ministerpräsident Nordkoreas', en: 'Premier of North Korea' }, of: 'north-korea', from: '2020-08', to: '2024-12' },
    ],
    links: [
      { rel: 'citizen-of', to: 'north-korea' },
      { rel: 'member-of', to: 'workers-party-of-korea' },
    ],
  },
  {
    id: 'choe-ryong-hae',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Choe Ryong Hae', en: 'Choe Ryong Hae', ko: '최룡해' },
    aliases: ['Choe Ryong-hae', 'Choi Ryong-hae'],
    shortForms: ['Choe'],
    description: {
      de: 'Langjährige Nummer zwei des Regimes; ab April 2019 Vorsitzender des Ständigen Ausschusses der Obersten Volksversammlung, beim Parteitag 2026 nicht mehr ins Zentralkomitee gewählt.',
      en: 'Long the regime’s number two; from April 2019 chairman of the Supreme People’s Assembly Standing Committee, dropped from the Central Committee at the 2026 party congress.',
    },
    links: [
      { rel: 'citizen-of', to: 'north-korea' },
      { rel: 'member-of', to: 'workers-party-of-korea' },
      { rel: 'member-of', to: 'supreme-peoples-assembly' },
    ],
  },

  // ── North Korea: bodies ────────────────────────────────────────────────────────────────────
  {
    id: 'workers-party-of-korea',
    type: 'organization',
    subtype: 'party',
    names: { de: 'Partei der Arbeit Koreas', en: 'Workers’ Party of Korea', ko: '조선로동당' },
    aliases: ["Workers' Party of Korea", 'Workers Party of Korea', 'Arbeiterpartei Koreas', 'Koreanische Arbeiterpartei', 'Arbeiterpartei Nordkoreas'],
    acronyms: ['PdAK', 'WPK'],
    guarded: ['Workers’ Party', "Workers' Party", 'Workers Party', 'Arbeiterpartei', 'Partei der Arbeit', 'Labor Party'],
    cues: ['korea', 'kim', 'pyongyang', 'pjöngjang', 'nordkorea', 'kcna', 'rodong', 'politbüro', 'politburo', 'zentralkomitee', 'central committee'],
    description: {
      de: 'Staatspartei Nordkoreas, von der Kim-Familie geführt; ihr Parteitag (zuletzt der neunte im Februar 2026) legt die Linie für fünf Jahre fest.',
      en: 'North Korea’s ruling party, led by the Kim family; its congress (most recently the ninth, February 2026) sets the line for five years.',
    },
    links: [{ rel: 'part-of', to: 'north-korea' }],
  },
  {
    id: 'korean-peoples-army',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Koreanische Volksarmee', en: 'Korean People’s Army', ko: '조선인민군' },
    aliases: ["Korean People's Army", 'Korean Peoples Army', 'Nordkoreanische Volksarmee', 'nordkoreanisches Militär', 'North Korean military', 'nordkoreanische Armee', 'nordkoreanische Streitkräfte', 'North Korean army', 'North Korean armed forces', 'North Korean Army'],
    acronyms: ['KPA'],
    guarded: ['KVA'],
    cues: ['nordkorea', 'north korea', 'pjöngjang', 'pyongyang', 'kim jong', 'volksarmee'],
    description: {
      de: 'Die Streitkräfte Nordkoreas, eine der zahlenmäßig größten Armeen der Welt; Soldaten kämpften ab 2024 für Russland im Gebiet Kursk.',
      en: 'North Korea’s armed forces, among the largest by headcount in the world; its soldiers fought for Russia in the Kursk region from 2024.',
    },
    links: [
      { rel: 'part-of', to: 'north-korea' },
      { rel: 'allied-with', to: 'russian-armed-forces' },
    ],
  },
  {
    id: 'kcna',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Koreanische Zentrale Nachrichtenagentur', en: 'Korean Central News Agency', ko: '조선중앙통신' },
    // "Korea Central News Agency": a common slip in English-language press (Korea Times, Yonhap).
    aliases: ['Korean Central News Agency of DPRK', 'Zentrale Koreanische Nachrichtenagentur', 'Korea Central News Agency'],
    acronyms: ['KCNA'],
    guarded: ['offizielle koreanische Nachrichtenagentur'],
    cues: ['nordkorea', 'north korea', 'pjöngjang', 'pyongyang', 'kim jong'],
    description: {
      de: 'Staatliche Nachrichtenagentur Nordkoreas und Sprachrohr der Führung; meldet Raketentests und Erklärungen des Regimes, oft mit einem Tag Verzögerung.',
      en: 'North Korea’s state news agency and the leadership’s mouthpiece; announces missile tests and regime statements, often a day after the event.',
    },
    links: [{ rel: 'part-of', to: 'north-korea' }],
  },
  {
    id: 'state-affairs-commission',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Kommission für Staatsangelegenheiten', en: 'State Affairs Commission', ko: '국무위원회' },
    aliases: ['State Affairs Commission of the DPRK'],
    description: {
      de: 'Oberstes Führungsorgan des nordkoreanischen Staates, 2016 geschaffen und von Kim Jong Un geleitet.',
      en: 'North Korea’s highest state leadership body, created in 2016 and headed by Kim Jong Un.',
    },
    links: [{ rel: 'part-of', to: 'north-korea' }],
  },
  {
    id: 'supreme-peoples-assembly',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Oberste Volksversammlung', en: 'Supreme People’s Assembly', ko: '최고인민회의' },
    aliases: ["Supreme People's Assembly", 'Supreme Peoples Assembly'],
    // Also the Saudi Press Agency's: it counts after the full name or beside North Korean words.
    guarded: ['SPA'],
    cues: ['korea', 'pyongyang', 'pjöngjang', 'kim jong', 'session', 'sitzung', 'deputies', 'abgeordnete', 'kcna'],
    description: {
      de: 'Das Scheinparlament Nordkoreas; bestätigt Verfassungsänderungen und Personalentscheidungen der Parteiführung.',
      en: 'North Korea’s rubber-stamp parliament; approves constitutional changes and appointments made by the party leadership.',
    },
    links: [{ rel: 'part-of', to: 'north-korea' }],
  },
  {
    id: 'reconnaissance-general-bureau',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Generalbüro für Aufklärung', en: 'Reconnaissance General Bureau', ko: '정찰총국' },
    aliases: ['General Reconnaissance Bureau', 'General Bureau of Reconnaissance', 'Aufklärungsbüro des Generalstabs', 'Generalstabsaufklärungsbüro', 'Generalaufklärungsbüro', 'Aufklärungsgeneralbüro', 'Allgemeines Aufklärungsbüro'],
    description: {
      de: 'Wichtigster Auslandsgeheimdienst Nordkoreas, dem Militär unterstellt; steuert verdeckte Operationen und die staatlichen Hackergruppen.',
      en: 'North Korea’s main foreign intelligence agency, under the military; runs covert operations and the state hacking groups.',
    },
    links: [
      { rel: 'part-of', to: 'korean-peoples-army' },
      { rel: 'part-of', to: 'north-korea' },
    ],
  },
  {
    id: 'lazarus-group',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Lazarus-Gruppe', en: 'Lazarus Group' },
    aliases: ['Lazarus Gruppe', 'Hidden Cobra', 'Diamond Sleet', 'Whois Team'],
    // ZINC: Microsoft's name before 2023. 'Guardians of Peace': the persona of the 2014 Sony hack.
    acronyms: ['ZINC'],
    guarded: ['Lazarus', 'Guardians of Peace'],
    cues: ['hacker', 'cyber', 'krypto', 'crypto', 'bitcoin', 'nordkorea', 'north korea', 'angriff', 'attack', 'heist', 'diebstahl', 'sony'],
    description: {
      de: 'Nordkoreanische Hackergruppe, dem Generalbüro für Aufklärung zugerechnet; erbeutete Milliarden in Kryptowährung, etwa beim Bybit-Diebstahl 2025.',
      en: 'North Korean hacking group attributed to the Reconnaissance General Bureau; has stolen billions in cryptocurrency, such as in the 2025 Bybit heist.',
    },
    links: [
      { rel: 'part-of', to: 'reconnaissance-general-bureau' },
      { rel: 'related-to', to: 'north-korea' },
    ],
  },

  // ── South Korea ────────────────────────────────────────────────────────────────────────────
  {
    id: 'lee-jae-myung',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Lee Jae-myung', en: 'Lee Jae-myung', ko: '이재명' },
    aliases: ['Lee Jae Myung', 'Lee Jaemyung'],
    shortForms: ['Lee'],
    description: {
      de: 'Präsident Südkoreas seit Juni 2025, von der Demokratischen Partei; sucht wieder das Gespräch mit Pjöngjang.',
      en: 'President of South Korea since June 2025, from the Democratic Party; seeks renewed dialogue with Pyongyang.',
    },
    roles: [
      { title: { de: 'Präsident Südkoreas', en: 'President of South Korea' }, of: 'south-korea', from: '2025-06-04' },
    ],
    links: [
      { rel: 'citizen-of', to: 'south-korea' },
      { rel: 'leads', to: 'south-korea' },
      { rel: 'member-of', to: 'democratic-party-of-korea' },
      { rel: 'related-to', to: 'national-assembly-of-korea' },
    ],
  },
  {
    id: 'yoon-suk-yeol',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Yoon Suk Yeol', en: 'Yoon Suk Yeol', ko: '윤석열' },
    aliases: ['Yoon Suk-yeol', 'Yoon Seok-youl', 'Yun Suk-yeol', 'Yun Seok-yol', 'Yoon Seok-yeol', 'Yoon Seok Yeol', 'Yun Seok-yeol'],
    shortForms: ['Yoon'],
    description: {
      de: 'Präsident Südkoreas von 2022 bis 2025; rief im Dezember 2024 das Kriegsrecht aus, wurde vom Parlament suspendiert und im April 2025 vom Verfassungsgericht des Amtes enthoben.',
      en: 'President of South Korea from 2022 to 2025; declared martial law in December 2024, was impeached and removed by the Constitutional Court in April 2025.',
    },
    roles: [
      { title: { de: 'Präsident Südkoreas', en: 'President of South Korea' }, of: 'south-korea', from: '2022-05-10', to: '2025-04-04' },
    ],
    links: [{ rel: 'citizen-of', to: 'south-korea' }, { rel: 'member-of', to: 'people-power-party' }, { rel: 'related-to', to: 'national-assembly-of-korea' }],
  },
  {
    id: 'national-intelligence-service-korea',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Nationaler Geheimdienst Südkoreas', en: 'National Intelligence Service', ko: '국가정보원' },
    aliases: ['South Korean National Intelligence Service', 'South Korea’s National Intelligence Service', 'südkoreanischer Geheimdienst', 'South Korean spy agency'],
    // 'NIS' is also Serbia's oil company (naftna-industrija-srbije).
    guarded: ['Nationaler Geheimdienst', 'NIS'],
    cues: ['südkorea', 'south korea', 'seoul', 'korea', 'nordkorea', 'north korea', 'pyongyang', 'pjöngjang', 'kim jong', 'yonhap', 'spy', 'geheimdienst', 'intelligence', 'lawmaker', 'abgeordnete'],
    cueScope: 'text',
    description: {
      de: 'Südkoreas Geheimdienst; wichtigste Quelle für Erkenntnisse über Nordkoreas Führung und Truppenentsendungen nach Russland.',
      en: 'South Korea’s intelligence agency; a main source of assessments of North Korea’s leadership and its troop deployments to Russia.',
    },
    links: [{ rel: 'part-of', to: 'south-korea' }],
  },
  {
    id: 'south-korea-jcs',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Vereinigter Generalstab Südkoreas', en: 'South Korean Joint Chiefs of Staff', ko: '합동참모본부' },
    aliases: ['Südkoreanischer Generalstab', 'Südkoreas Generalstab', 'Joint Chiefs of Staff of South Korea', 'Südkoreanische Generalstabschefs'],
    guarded: ['Joint Chiefs of Staff', 'Joint Chief of Staff', 'JCS', 'Generalstab', 'gemeinsamer Generalstab', 'Vereinigter Generalstab'],
    // Not 'north korea'/'nordkorea': the US chiefs and Pyongyang's own General Staff speak of it too.
    cues: ['südkorea', 'south korea', 'seoul', 'rok', 'yonhap', 'südkoreanisch', 'south korean', 'yoon', 'east sea', 'ostmeer', 'kbs', 'hoguk', 'freedom shield', 'ulchi',
      // Its launch reports, in English only (the German 'Generalstab' is Kyiv's and Moscow's too): "The JCS said that North Korea fired …".
      'north korea fired', 'north korea launched', 'pyongyang fired', 'pyongyang launched', 'sunan', "<the south's", '<the south’s'],
    description: {
      de: 'Oberste militärische Führung Südkoreas; meldet als Erste nordkoreanische Raketenstarts.',
      en: 'South Korea’s top military command; usually first to report North Korean missile launches.',
    },
    links: [{ rel: 'part-of', to: 'south-korea' }],
  },
  {
    id: 'yonhap',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Yonhap', en: 'Yonhap', ko: '연합뉴스' },
    aliases: ['Yonhap News Agency', 'Nachrichtenagentur Yonhap'],
    description: {
      de: 'Größte Nachrichtenagentur Südkoreas, häufig zitiert zu Nordkorea.',
      en: 'South Korea’s largest news agency, widely cited on North Korea.',
    },
    links: [{ rel: 'related-to', to: 'south-korea' }],
  },

  // ── China ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'xi-jinping',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Xi Jinping', en: 'Xi Jinping' },
    aliases: ['Xi Jin-ping'],
    shortForms: ['Xi'],
    description: {
      de: 'Staats- und Parteichef Chinas; Generalsekretär der Kommunistischen Partei seit 2012 und Staatspräsident seit 2013, wichtigster Partner Moskaus und Pjöngjangs.',
      en: 'China’s party and state leader; Communist Party general secretary since 2012 and president since 2013, the key partner of Moscow and Pyongyang.',
    },
    roles: [
      { title: { de: 'Generalsekretär der KP Chinas', en: 'General Secretary of the Communist Party of China' }, from: '2012-11' },
      { title: { de: 'Staatspräsident Chinas', en: 'President of China' }, of: 'china', from: '2013-03' },
    ],
    links: [
      { rel: 'citizen-of', to: 'china' },
      { rel: 'leads', to: 'china' },
    ],
  },
  {
    id: 'wang-yi',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Wang Yi', en: 'Wang Yi' },
    shortForms: ['Wang'],
    description: {
      de: 'Chinas oberster Diplomat; Außenminister 2013–2022 und wieder seit Juli 2023, zugleich Leiter des außenpolitischen Büros der Partei.',
      en: 'China’s top diplomat; foreign minister 2013–2022 and again since July 2023, also head of the party’s foreign affairs office.',
    },
    roles: [
      { title: { de: 'Außenminister Chinas', en: 'Foreign minister of China' }, of: 'china', from: '2013-03', to: '2022-12' },
      { title: { de: 'Außenminister Chinas', en: 'Foreign minister of China' }, of: 'china', from: '2023-07' },
    ],
    links: [{ rel: 'citizen-of', to: 'china' }],
  },
  {
    id: 'peoples-liberation-army',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Volksbefreiungsarmee', en: 'People’s Liberation Army' },
    aliases: ["People's Liberation Army", 'Peoples Liberation Army', 'Chinesische Volksbefreiungsarmee', 'chinesisches Militär', 'Chinese military', 'chinesische Armee', 'chinesische Streitkräfte', 'Chinese armed forces', 'Chinese army'],
    acronyms: ['PLA', 'VBA'],
    description: {
      de: 'Die Streitkräfte Chinas, der Kommunistischen Partei unterstellt.',
      en: 'China’s armed forces, answering to the Communist Party.',
    },
    links: [{ rel: 'part-of', to: 'china' }],
  },
  {
    id: 'xinhua',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Xinhua', en: 'Xinhua' },
    aliases: ['Xinhua News Agency', 'Nachrichtenagentur Xinhua'],
    description: {
      de: 'Staatliche Nachrichtenagentur Chinas.',
      en: 'China’s state news agency.',
    },
    links: [{ rel: 'part-of', to: 'china' }],
  },

  // ── United States: people ──────────────────────────────────────────────────────────────────
  {
    id: 'donald-trump',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Donald Trump', en: 'Donald Trump' },
    aliases: ['Trump', 'Donald J. Trump', 'Donald John Trump'],
    description: {
      de: 'Republikaner, 45. und 47. Präsident der USA (2017–2021 und seit Januar 2025); traf Kim Jong Un dreimal und drängt auf ein Abkommen zum Ukrainekrieg.',
      en: 'Republican, 45th and 47th US president (2017–2021 and since January 2025); met Kim Jong Un three times and presses for a deal to end the war in Ukraine.',
    },
    roles: [
      { title: { de: 'Präsident der Vereinigten Staaten', en: 'President of the United States' }, of: 'united-states', from: '2017-01-20', to: '2021-01-20' },
      { title: { de: 'Präsident der Vereinigten Staaten', en: 'President of the United States' }, of: 'united-states', from: '2025-01-20' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'leads', to: 'united-states' },
      { rel: 'leads', to: 'white-house' },
    ],
  },
  {
    id: 'joe-biden',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Joe Biden', en: 'Joe Biden' },
    aliases: ['Biden', 'Joseph Biden', 'Joseph R. Biden'],
    description: {
      de: 'Demokrat, 46. Präsident der USA (2021–2025); organisierte die westliche Militärhilfe für die Ukraine, zuvor Vizepräsident unter Obama.',
      en: 'Democrat, 46th US president (2021–2025); organised Western military aid to Ukraine, earlier vice-president under Obama.',
    },
    roles: [
      { title: { de: 'Präsident der Vereinigten Staaten', en: 'President of the United States' }, of: 'united-states', from: '2021-01-20', to: '2025-01-20' },
      { title: { de: 'Vizepräsident der Vereinigten Staaten', en: 'Vice President of the United States' }, of: 'united-states', from: '2009-01-20', to: '2017-01-20' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'kamala-harris',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Kamala Harris', en: 'Kamala Harris' },
    shortForms: ['Harris'],
    description: {
      de: 'Demokratin, Vizepräsidentin der USA 2021–2025; unterlag 2024 als Präsidentschaftskandidatin Donald Trump.',
      en: 'Democrat, US vice-president 2021–2025; lost the 2024 presidential election to Donald Trump.',
    },
    roles: [
      { title: { de: 'Vizepräsidentin der Vereinigten Staaten', en: 'Vice President of the United States' }, of: 'united-states', from: '2021-01-20', to: '2025-01-20' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'jd-vance',
    type: 'person',
    subtype: 'politician',
    names: { de: 'JD Vance', en: 'JD Vance' },
    aliases: ['J.D. Vance', 'J. D. Vance', 'James David Vance', 'Vance'],
    description: {
      de: 'Republikaner, Vizepräsident der USA seit Januar 2025; skeptisch gegenüber der Ukrainehilfe, zuvor Senator aus Ohio.',
      en: 'Republican, US vice-president since January 2025; sceptical of aid to Ukraine, previously a senator from Ohio.',
    },
    roles: [
      { title: { de: 'Vizepräsident der Vereinigten Staaten', en: 'Vice President of the United States' }, of: 'united-states', from: '2025-01-20' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'marco-rubio',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Marco Rubio', en: 'Marco Rubio' },
    aliases: ['Rubio'],
    description: {
      de: 'US-Außenminister seit Januar 2025, ab Mai 2025 zugleich kommissarischer Nationaler Sicherheitsberater; zuvor republikanischer Senator aus Florida.',
      en: 'US Secretary of State since January 2025, from May 2025 also acting national security adviser; previously a Republican senator from Florida.',
    },
    roles: [
      { title: { de: 'Außenminister der USA', en: 'US Secretary of State' }, of: 'us-state-department', from: '2025-01-21' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'leads', to: 'us-state-department' },
    ],
  },
  {
    id: 'antony-blinken',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Antony Blinken', en: 'Antony Blinken' },
    aliases: ['Blinken', 'Anthony Blinken', 'Tony Blinken'],
    description: {
      de: 'US-Außenminister unter Biden (2021–2025); warb für Waffenhilfe an die Ukraine und warnte vor iranischen Raketenlieferungen an Russland.',
      en: 'US Secretary of State under Biden (2021–2025); rallied arms aid for Ukraine and warned of Iranian missile deliveries to Russia.',
    },
    roles: [
      { title: { de: 'Außenminister der USA', en: 'US Secretary of State' }, of: 'us-state-department', from: '2021-01-26', to: '2025-01-20' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'member-of', to: 'us-state-department' },
    ],
  },
  {
    id: 'lloyd-austin',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Lloyd Austin', en: 'Lloyd Austin' },
    aliases: ['Lloyd J. Austin'],
    shortForms: ['Austin'],
    description: {
      de: 'Pensionierter General, US-Verteidigungsminister unter Biden (2021–2025); gründete die Ukraine-Kontaktgruppe in Ramstein.',
      en: 'Retired general, US defence secretary under Biden (2021–2025); set up the Ukraine Defense Contact Group at Ramstein.',
    },
    roles: [
      { title: { de: 'Verteidigungsminister der USA', en: 'US Secretary of Defense' }, of: 'pentagon', from: '2021-01-22', to: '2025-01-20' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'member-of', to: 'pentagon' },
    ],
  },
  {
    id: 'pete-hegseth',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Pete Hegseth', en: 'Pete Hegseth' },
    aliases: ['Hegseth', 'Peter Hegseth', 'Pete Hegset'],
    description: {
      de: 'US-Verteidigungsminister seit Januar 2025, seit September 2025 „Kriegsminister“ genannt; früher Fox-News-Moderator und Offizier der Nationalgarde.',
      en: 'US defence secretary since January 2025, styled “Secretary of War” since September 2025; a former Fox News host and National Guard officer.',
    },
    roles: [
      { title: { de: 'Verteidigungs- bzw. Kriegsminister der USA', en: 'US Secretary of Defense / Secretary of War' }, of: 'pentagon', from: '2025-01-25' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'leads', to: 'pentagon' },
    ],
  },
  {
    id: 'jake-sullivan',
    type: 'person',
    subtype: 'official',
    names: { de: 'Jake Sullivan', en: 'Jake Sullivan' },
    // Also a US senator's and an ambassador's surname: bare only after his full name or beside his office.
    shortForms: ['Sullivan'],
    guarded: ['Sullivan'],
    cues: ['sicherheitsberater', 'security adviser', 'security advisor'],
    description: {
      de: 'Nationaler Sicherheitsberater von Präsident Biden (2021–2025).',
      en: 'National security adviser to President Biden (2021–2025).',
    },
    roles: [
      { title: { de: 'Nationaler Sicherheitsberater der USA', en: 'US National Security Advisor' }, of: 'white-house', from: '2021-01-20', to: '2025-01-20' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'mike-waltz',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Mike Waltz', en: 'Mike Waltz' },
    aliases: ['Michael Waltz'],
    shortForms: ['Waltz'],
    description: {
      de: 'Republikaner; Nationaler Sicherheitsberater Trumps von Januar bis Mai 2025, nach der Signal-Chat-Affäre abgelöst und im September 2025 als UN-Botschafter bestätigt.',
      en: 'Republican; Trump’s national security adviser from January to May 2025, moved out after the Signal chat affair and confirmed as UN ambassador in September 2025.',
    },
    roles: [
      { title: { de: 'Nationaler Sicherheitsberater der USA', en: 'US National Security Advisor' }, of: 'white-house', from: '2025-01-20', to: '2025-05' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'steve-witkoff',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Steve Witkoff', en: 'Steve Witkoff' },
    aliases: ['Witkoff', 'Steven Witkoff', 'Stephen Whitkoff', 'Whitkoff', 'Wittkoff', 'Steve Wittkoff', 'Wiktoff', 'Steve Wiktoff'],
    description: {
      de: 'New Yorker Immobilienunternehmer und Vertrauter Trumps; als Sondergesandter verhandelt er seit 2025 über Gaza, die Ukraine und mit dem Kreml.',
      en: 'New York property developer and Trump confidant; as special envoy since 2025 he negotiates on Gaza, on Ukraine and with the Kremlin.',
    },
    roles: [
      { title: { de: 'Sondergesandter des US-Präsidenten', en: 'Special envoy of the US president' }, of: 'white-house', from: '2025-01' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'keith-kellogg',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Keith Kellogg', en: 'Keith Kellogg' },
    aliases: ['Keith Kellog'],
    shortForms: ['Kellogg'],
    description: {
      de: 'Generalleutnant a. D.; Trumps Sondergesandter für die Ukraine von Januar 2025 bis Januar 2026, galt in Kiew als verständnisvoller Ansprechpartner.',
      en: 'Retired lieutenant general; Trump’s special envoy for Ukraine from January 2025 to January 2026, seen in Kyiv as a sympathetic interlocutor.',
    },
    roles: [
      { title: { de: 'Sondergesandter für die Ukraine', en: 'Special envoy for Ukraine' }, of: 'white-house', from: '2025-01', to: '2026-01' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'william-burns',
    type: 'person',
    subtype: 'spy-chief',
    names: { de: 'William Burns', en: 'William Burns' },
    aliases: ['Bill Burns', 'William J. Burns'],
    shortForms: ['Burns'],
    description: {
      de: 'Karrierediplomat, CIA-Direktor unter Biden (2021–2025); zuvor US-Botschafter in Moskau.',
      en: 'Career diplomat and CIA director under Biden (2021–2025); earlier US ambassador in Moscow.',
    },
    roles: [
      { title: { de: 'Direktor der CIA', en: 'Director of the CIA' }, of: 'cia', from: '2021-03-19', to: '2025-01-20' },
      { title: { de: 'US-Botschafter in Russland', en: 'US ambassador to Russia' }, of: 'us-state-department', from: '2005', to: '2008' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'member-of', to: 'cia' },
    ],
  },
  {
    id: 'john-ratcliffe',
    type: 'person',
    subtype: 'spy-chief',
    names: { de: 'John Ratcliffe', en: 'John Ratcliffe' },
    shortForms: ['Ratcliffe'],
    description: {
      de: 'Republikaner, im Januar 2025 zum CIA-Direktor ernannt; war in Trumps erster Amtszeit Geheimdienstkoordinator (DNI).',
      en: 'Republican, appointed CIA director in January 2025; was director of national intelligence in Trump’s first term.',
    },
    roles: [
      { title: { de: 'Direktor der nationalen Nachrichtendienste', en: 'Director of National Intelligence' }, of: 'united-states', from: '2020-05', to: '2021-01' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'member-of', to: 'cia' },
    ],
  },
  {
    id: 'tulsi-gabbard',
    type: 'person',
    subtype: 'spy-chief',
    names: { de: 'Tulsi Gabbard', en: 'Tulsi Gabbard' },
    aliases: ['Gabbard'],
    description: {
      de: 'Ehemalige demokratische Abgeordnete aus Hawaii, wechselte zu den Republikanern; im Februar 2025 als Direktorin der nationalen Nachrichtendienste (DNI) vereidigt.',
      en: 'Former Democratic congresswoman from Hawaii turned Republican; sworn in as director of national intelligence in February 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'john-kirby',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'John Kirby', en: 'John Kirby' },
    aliases: ['John F. Kirby'],
    shortForms: ['Kirby'],
    description: {
      de: 'Konteradmiral a. D., Sprecher des Pentagons und danach Kommunikationschef des Nationalen Sicherheitsrats im Weißen Haus unter Biden (bis 2025).',
      en: 'Retired rear admiral, Pentagon spokesman and later the White House National Security Council’s communications chief under Biden (until 2025).',
    },
    roles: [
      { title: { de: 'Kommunikationskoordinator des Nationalen Sicherheitsrats', en: 'National Security Council coordinator for strategic communications' }, of: 'white-house', from: '2022-05', to: '2025-01' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'matthew-miller',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Matthew Miller', en: 'Matthew Miller' },
    aliases: ['Matt Miller'],
    shortForms: ['Miller'],
    description: {
      de: 'Sprecher des US-Außenministeriums unter Blinken ab April 2023 bis zum Ende der Regierung Biden.',
      en: 'State Department spokesman under Blinken from April 2023 until the end of the Biden administration.',
    },
    roles: [
      { title: { de: 'Sprecher des US-Außenministeriums', en: 'State Department spokesperson' }, of: 'us-state-department', from: '2023-04-24', to: '2025-01' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'member-of', to: 'us-state-department' },
    ],
  },
  {
    id: 'tammy-bruce',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Tammy Bruce', en: 'Tammy Bruce' },
    shortForms: ['Bruce'],
    description: {
      de: 'Frühere Fox-News-Kommentatorin, ab Januar 2025 Sprecherin des US-Außenministeriums; im August 2025 als stellvertretende UN-Botschafterin nominiert.',
      en: 'Former Fox News commentator, State Department spokesperson from January 2025; nominated deputy UN ambassador in August 2025.',
    },
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'member-of', to: 'us-state-department' },
    ],
  },
  {
    id: 'karoline-leavitt',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Karoline Leavitt', en: 'Karoline Leavitt' },
    shortForms: ['Leavitt'],
    description: {
      de: 'Im Januar 2025 Pressesprecherin des Weißen Hauses unter Trump geworden, mit 27 Jahren die jüngste in diesem Amt.',
      en: 'Became White House press secretary under Trump in January 2025, at 27 the youngest to hold the post.',
    },
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'member-of', to: 'white-house' },
    ],
  },
  {
    id: 'karine-jean-pierre',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Karine Jean-Pierre', en: 'Karine Jean-Pierre' },
    shortForms: ['Jean-Pierre'],
    description: {
      de: 'Pressesprecherin des Weißen Hauses unter Biden (2022–2025).',
      en: 'White House press secretary under Biden (2022–2025).',
    },
    roles: [
      { title: { de: 'Pressesprecherin des Weißen Hauses', en: 'White House Press Secretary' }, of: 'white-house', from: '2022-05-13', to: '2025-01-20' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'dan-caine',
    type: 'person',
    subtype: 'military',
    names: { de: 'Dan Caine', en: 'Dan Caine' },
    aliases: ['Daniel Caine', 'John Daniel Caine', 'Razin Caine'],
    shortForms: ['Caine'],
    // German reports name him bare beside the General Staff ("Caine betonte …"); also Michael Caine.
    guarded: ['Caine'],
    cues: ['generalstab', 'joint chiefs', 'stabschef', 'pentagon', 'hegseth'],
    description: {
      de: 'General der US-Luftwaffe, seit April 2025 Vorsitzender der Vereinigten Stabschefs und damit ranghöchster US-Soldat.',
      en: 'US Air Force general, chairman of the Joint Chiefs of Staff and thus the top US military officer since April 2025.',
    },
    roles: [
      { title: { de: 'Vorsitzender der Vereinigten Stabschefs', en: 'Chairman of the Joint Chiefs of Staff' }, of: 'pentagon', from: '2025-04' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'member-of', to: 'us-air-force' },
    ],
  },
  {
    id: 'charles-q-brown',
    type: 'person',
    subtype: 'military',
    names: { de: 'Charles Q. Brown', en: 'Charles Q. Brown' },
    aliases: ['Charles Q. Brown Jr.', 'CQ Brown', 'C.Q. Brown', 'Charles Brown Jr.'],
    shortForms: ['Brown'],
    description: {
      de: 'General der US-Luftwaffe, Vorsitzender der Vereinigten Stabschefs von Oktober 2023 bis zu seiner Entlassung durch Trump im Februar 2025.',
      en: 'US Air Force general, chairman of the Joint Chiefs of Staff from October 2023 until Trump dismissed him in February 2025.',
    },
    roles: [
      { title: { de: 'Vorsitzender der Vereinigten Stabschefs', en: 'Chairman of the Joint Chiefs of Staff' }, of: 'pentagon', from: '2023-10-01', to: '2025-02' },
      { title: { de: 'Stabschef der US-Luftwaffe', en: 'Chief of Staff of the US Air Force' }, of: 'us-air-force', from: '2020-08', to: '2023-09' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'member-of', to: 'us-air-force' },
    ],
  },
  {
    id: 'victoria-nuland',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Victoria Nuland', en: 'Victoria Nuland' },
    aliases: ['Nuland'],
    description: {
      de: 'US-Diplomatin, Staatssekretärin für politische Angelegenheiten unter Biden bis März 2024; in Russland wegen ihrer Rolle 2014 in Kiew ein Feindbild.',
      en: 'US diplomat, under secretary of state for political affairs under Biden until March 2024; a bogey figure in Russia for her role in Kyiv in 2014.',
    },
    roles: [
      { title: { de: 'Staatssekretärin für politische Angelegenheiten', en: 'Under Secretary of State for Political Affairs' }, of: 'us-state-department', from: '2021-05', to: '2024-03' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'member-of', to: 'us-state-department' },
    ],
  },

  // ── United States: bodies ──────────────────────────────────────────────────────────────────
  {
    id: 'us-state-department',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'US-Außenministerium', en: 'US State Department' },
    aliases: ['State Department', 'U.S. State Department', 'United States Department of State', 'Department of State', 'US-Außenamt', 'US Department of State', 'Außenministerium in Washington'],
    description: {
      de: 'Das Außenministerium der Vereinigten Staaten.',
      en: 'The foreign ministry of the United States.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'pentagon',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'US-Verteidigungsministerium', en: 'US Department of Defense' },
    aliases: ['Pentagon', 'Department of Defense', 'U.S. Department of Defense', 'United States Department of Defense', 'Department of War', 'US Department of War', 'US-Kriegsministerium', 'Defense Department', 'US Defense Department', 'U.S. Defense Department', 'War Department'],
    acronyms: ['DoD', 'DOD'],
    description: {
      de: 'Das Verteidigungsministerium der USA mit Sitz im Pentagon, seit September 2025 auch „Kriegsministerium“ genannt.',
      en: 'The US defence ministry, housed in the Pentagon and also styled “Department of War” since September 2025.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'cia',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Central Intelligence Agency', en: 'Central Intelligence Agency' },
    acronyms: ['CIA'],
    description: {
      de: 'Auslandsgeheimdienst der USA.',
      en: 'The foreign intelligence agency of the United States.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'nsa',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'National Security Agency', en: 'National Security Agency' },
    acronyms: ['NSA'],
    description: {
      de: 'Technischer Geheimdienst der USA für Fernmelde- und elektronische Aufklärung, dem Pentagon unterstellt.',
      en: 'US signals intelligence agency, part of the Department of Defense.',
    },
    links: [
      { rel: 'part-of', to: 'pentagon' },
      { rel: 'part-of', to: 'united-states' },
    ],
  },
  {
    id: 'white-house',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Weißes Haus', en: 'White House' },
    aliases: ['Weiße Haus', 'US-Präsidialamt'],
    description: {
      de: 'Amtssitz des US-Präsidenten und Kürzel für die US-Regierungszentrale.',
      en: 'The US president’s official residence and shorthand for the administration.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'us-congress',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'US-Kongress', en: 'US Congress' },
    aliases: ['U.S. Congress', 'United States Congress', 'Kongress der Vereinigten Staaten', 'Capitol Hill'],
    guarded: ['Kongress', 'Congress'],
    cues: ['washington', 'us', 'usa', 'amerikan', 'american', 'republikan', 'republican', 'demokrat', 'democrat', 'abgeordnet', 'senat', 'senator', 'lawmaker', 'capitol', 'trump', 'biden', 'pentagon', 'representatives', 'repräsentantenhaus', 'legislation', 'foreign aid', 'aid package', 'hilfspaket', 'gesetzentwurf', 'funding', 'appropriat'],
    description: {
      de: 'Das Parlament der USA aus Senat und Repräsentantenhaus; bewilligt Militärhilfen und Sanktionen.',
      en: 'The US legislature of Senate and House of Representatives; approves military aid and sanctions.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'us-senate',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'US-Senat', en: 'US Senate' },
    aliases: ['U.S. Senate', 'United States Senate'],
    guarded: ['Senat', 'Senate'],
    cues: ['washington', 'us', 'u.s.', 'usa', 'amerikan', 'american', 'republikan', 'republican', 'demokrat', 'democrat', 'senator', 'congress', 'kongress', 'pentagon', 'centcom'],
    description: {
      de: 'Obere Kammer des US-Kongresses; bestätigt Minister und Botschafter.',
      en: 'Upper chamber of the US Congress; confirms cabinet members and ambassadors.',
    },
    links: [{ rel: 'part-of', to: 'us-congress' }],
  },
  {
    id: 'centcom',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'US-Zentralkommando', en: 'US Central Command' },
    aliases: ['United States Central Command', 'U.S. Central Command', 'Centcom', 'Zentralkommando der US-Streitkräfte', 'US Central Command', 'Zentralkommando des US-Militärs', 'U.S. Army Central Command', 'US Army Central Command'],
    acronyms: ['CENTCOM', 'USCENTCOM'],
    // The Israeli army has a Central Command too (West Bank): no 'iran' or 'strikes' cue.
    guarded: ['Central Command', 'Zentralkommando'],
    cues: ['houthi', 'huthi', 'red sea', 'rotes meer', 'yemen', 'jemen', 'navy', 'pentagon', 'u.s.', 'us-', 'american', 'amerikan', 'release', 'kurilla', 'brad cooper'],
    description: {
      de: 'Regionalkommando der US-Streitkräfte für den Nahen und Mittleren Osten; führt Einsätze gegen Iran, die Huthis und den IS.',
      en: 'US military regional command for the Middle East; runs operations against Iran, the Houthis and Islamic State.',
    },
    links: [{ rel: 'part-of', to: 'pentagon' }],
  },
  {
    id: 'eucom',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'US-Europakommando', en: 'US European Command' },
    aliases: ['United States European Command', 'U.S. European Command', 'Eucom', 'Kommando der US-Streitkräfte in Europa', 'Europakommando der US-Streitkräfte'],
    acronyms: ['EUCOM'],
    description: {
      de: 'Regionalkommando der US-Streitkräfte für Europa mit Sitz in Stuttgart; sein Befehlshaber ist zugleich NATO-Oberbefehlshaber (SACEUR).',
      en: 'US military regional command for Europe, based in Stuttgart; its commander is also NATO’s Supreme Allied Commander Europe.',
    },
    links: [{ rel: 'part-of', to: 'pentagon' }],
  },
  {
    id: 'indopacom',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'US-Indopazifikkommando', en: 'US Indo-Pacific Command' },
    aliases: ['United States Indo-Pacific Command', 'U.S. Indo-Pacific Command', 'Indopacom'],
    acronyms: ['INDOPACOM'],
    description: {
      de: 'Regionalkommando der US-Streitkräfte für den Indopazifik mit Sitz auf Hawaii; zuständig für Korea, China und Japan.',
      en: 'US military regional command for the Indo-Pacific, based in Hawaii; covers Korea, China and Japan.',
    },
    links: [{ rel: 'part-of', to: 'pentagon' }],
  },
  {
    id: 'us-forces-korea',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'US-Streitkräfte in Korea', en: 'United States Forces Korea' },
    aliases: ['US Forces Korea', 'U.S. Forces Korea', 'US-Truppen in Südkorea'],
    acronyms: ['USFK'],
    description: {
      de: 'Die in Südkorea stationierten US-Truppen, rund 28.500 Soldaten.',
      en: 'The US troops stationed in South Korea, about 28,500 personnel.',
    },
    links: [
      { rel: 'part-of', to: 'indopacom' },
      { rel: 'related-to', to: 'south-korea' },
    ],
  },
  {
    id: 'us-army',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'US-Heer', en: 'US Army' },
    aliases: ['U.S. Army', 'United States Army', 'US-Army'],
    // Bare "the Army" in US defence copy; other armies are written with their state's name.
    guarded: ['Army'],
    cues: ['pentagon', 'hegseth', 'driscoll', 'wormuth', 'lockheed', 'raytheon', 'general dynamics', 'doug bush', 'army secretary', 'secretary of the army'],
    description: {
      de: 'Das Heer der Vereinigten Staaten.',
      en: 'The land force of the United States.',
    },
    links: [{ rel: 'part-of', to: 'pentagon' }],
  },
  {
    id: 'us-air-force',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'US-Luftwaffe', en: 'US Air Force' },
    aliases: ['U.S. Air Force', 'United States Air Force', 'US-Air-Force', 'American Air Force'],
    acronyms: ['USAF'],
    description: {
      de: 'Die Luftstreitkräfte der Vereinigten Staaten.',
      en: 'The air force of the United States.',
    },
    links: [{ rel: 'part-of', to: 'pentagon' }],
  },
  {
    id: 'us-navy',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'US-Marine', en: 'US Navy' },
    aliases: ['U.S. Navy', 'United States Navy', 'US-Navy', 'US-Kriegsmarine', 'US-amerikanische Marine', 'American Navy'],
    description: {
      de: 'Die Seestreitkräfte der Vereinigten Staaten.',
      en: 'The navy of the United States.',
    },
    links: [{ rel: 'part-of', to: 'pentagon' }],
  },

  // ── United Kingdom ─────────────────────────────────────────────────────────────────────────
  {
    id: 'keir-starmer',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Keir Starmer', en: 'Keir Starmer' },
    aliases: ['Starmer', 'Sir Keir Starmer', 'Sir Keir'],
    description: {
      de: 'Labour-Politiker, britischer Premierminister ab Juli 2024; kündigte im Juni 2026 unter dem Druck seiner Partei den Rücktritt an.',
      en: 'Labour politician, British prime minister from July 2024; announced his resignation in June 2026 under pressure from his party.',
    },
    roles: [
      { title: { de: 'Premierminister des Vereinigten Königreichs', en: 'Prime Minister of the United Kingdom' }, of: 'united-kingdom', from: '2024-07-05', to: '2026' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'rishi-sunak',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Rishi Sunak', en: 'Rishi Sunak' },
    aliases: ['Sunak'],
    description: {
      de: 'Konservativer, britischer Premierminister von Oktober 2022 bis Juli 2024.',
      en: 'Conservative, British prime minister from October 2022 to July 2024.',
    },
    roles: [
      { title: { de: 'Premierminister des Vereinigten Königreichs', en: 'Prime Minister of the United Kingdom' }, of: 'united-kingdom', from: '2022-10-25', to: '2024-07-05' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'boris-johnson',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Boris Johnson', en: 'Boris Johnson' },
    aliases: ['BoJo'],
    shortForms: ['Johnson'],
    description: {
      de: 'Konservativer, britischer Premierminister 2019–2022; früher und lautstarker Unterstützer der Ukraine nach dem russischen Großangriff.',
      en: 'Conservative, British prime minister 2019–2022; an early and vocal backer of Ukraine after Russia’s full-scale invasion.',
    },
    roles: [
      { title: { de: 'Premierminister des Vereinigten Königreichs', en: 'Prime Minister of the United Kingdom' }, of: 'united-kingdom', from: '2019-07-24', to: '2022-09-06' },
      { title: { de: 'Britischer Außenminister', en: 'British Foreign Secretary' }, of: 'united-kingdom', from: '2016-07', to: '2018-07' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'david-lammy',
    type: 'person',
    subtype: 'politician',
    names: { de: 'David Lammy', en: 'David Lammy' },
    aliases: ['Lammy'],
    description: {
      de: 'Labour-Politiker, britischer Außenminister von Juli 2024 bis September 2025, danach Vize-Premier und Justizminister unter Starmer.',
      en: 'Labour politician, British foreign secretary from July 2024 to September 2025, then deputy prime minister and justice secretary under Starmer.',
    },
    roles: [
      { title: { de: 'Britischer Außenminister', en: 'British Foreign Secretary' }, of: 'united-kingdom', from: '2024-07-05', to: '2025-09-05' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'yvette-cooper',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Yvette Cooper', en: 'Yvette Cooper' },
    shortForms: ['Cooper'],
    description: {
      de: 'Labour-Politikerin; Innenministerin ab Juli 2024, im September 2025 zur Außenministerin ernannt.',
      en: 'Labour politician; home secretary from July 2024, appointed foreign secretary in September 2025.',
    },
    roles: [
      { title: { de: 'Britische Innenministerin', en: 'British Home Secretary' }, of: 'united-kingdom', from: '2024-07-05', to: '2025-09-05' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'john-healey',
    type: 'person',
    subtype: 'politician',
    names: { de: 'John Healey', en: 'John Healey' },
    shortForms: ['Healey'],
    aliases: ['John Healy'],
    description: {
      de: 'Labour-Politiker, im Juli 2024 britischer Verteidigungsminister geworden; prägte die britische Militärhilfe für die Ukraine.',
      en: 'Labour politician who became British defence secretary in July 2024; shaped Britain’s military aid to Ukraine.',
    },
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'grant-shapps',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Grant Shapps', en: 'Grant Shapps' },
    aliases: ['Shapps'],
    description: {
      de: 'Konservativer, britischer Verteidigungsminister von August 2023 bis Juli 2024.',
      en: 'Conservative, British defence secretary from August 2023 to July 2024.',
    },
    roles: [
      { title: { de: 'Britischer Verteidigungsminister', en: 'British Defence Secretary' }, of: 'united-kingdom', from: '2023-08-31', to: '2024-07-05' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'ben-wallace',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Ben Wallace', en: 'Ben Wallace' },
    shortForms: ['Wallace'],
    description: {
      de: 'Konservativer, britischer Verteidigungsminister 2019–2023; schickte früh Panzerabwehrwaffen und Kampfpanzer in die Ukraine.',
      en: 'Conservative, British defence secretary 2019–2023; sent anti-tank weapons to Ukraine early on and later main battle tanks.',
    },
    roles: [
      { title: { de: 'Britischer Verteidigungsminister', en: 'British Defence Secretary' }, of: 'united-kingdom', from: '2019-07-24', to: '2023-08-31' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'david-cameron',
    type: 'person',
    subtype: 'politician',
    names: { de: 'David Cameron', en: 'David Cameron' },
    aliases: ['Lord Cameron'],
    shortForms: ['Cameron'],
    description: {
      de: 'Konservativer, britischer Premierminister 2010–2016 und als Lord Cameron Außenminister von November 2023 bis Juli 2024.',
      en: 'Conservative, British prime minister 2010–2016 and, as Lord Cameron, foreign secretary from November 2023 to July 2024.',
    },
    roles: [
      { title: { de: 'Premierminister des Vereinigten Königreichs', en: 'Prime Minister of the United Kingdom' }, of: 'united-kingdom', from: '2010-05-11', to: '2016-07-13' },
      { title: { de: 'Britischer Außenminister', en: 'British Foreign Secretary' }, of: 'united-kingdom', from: '2023-11-13', to: '2024-07-05' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'tony-radakin',
    type: 'person',
    subtype: 'military',
    names: { de: 'Tony Radakin', en: 'Tony Radakin' },
    aliases: ['Sir Tony Radakin', 'Antony Radakin', 'Radakin'],
    description: {
      de: 'Admiral, Chef des britischen Verteidigungsstabs (ranghöchster Soldat) von November 2021 bis September 2025.',
      en: 'Admiral, Chief of the Defence Staff (the UK’s top military officer) from November 2021 to September 2025.',
    },
    roles: [
      { title: { de: 'Chef des Verteidigungsstabs', en: 'Chief of the Defence Staff' }, of: 'united-kingdom', from: '2021-11-30', to: '2025-09' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'mi6',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'MI6', en: 'Secret Intelligence Service' },
    aliases: ['britischer Auslandsgeheimdienst MI6'],
    // "SIS" is also Moldova's Intelligence and Security Service.
    guarded: ['SIS'],
    cues: ['brit', 'uk', 'london', 'mi6', 'mi5', 'gchq', 'spy chief', 'vauxhall', 'moore', 'metreweli', 'younger', 'starmer', 'england', 'english'],
    description: {
      de: 'Auslandsgeheimdienst Großbritanniens.',
      en: 'The United Kingdom’s foreign intelligence service.',
    },
    links: [{ rel: 'part-of', to: 'united-kingdom' }],
  },
  {
    id: 'gchq',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'GCHQ', en: 'GCHQ' },
    aliases: ['Government Communications Headquarters'],
    acronyms: ['GCHQ'],
    description: {
      de: 'Britischer Geheimdienst für Fernmeldeaufklärung und Cyberabwehr in Cheltenham.',
      en: 'Britain’s signals intelligence and cyber security agency, based in Cheltenham.',
    },
    links: [{ rel: 'part-of', to: 'united-kingdom' }],
  },
  {
    id: 'richard-moore',
    type: 'person',
    subtype: 'spy-chief',
    names: { de: 'Richard Moore', en: 'Richard Moore' },
    aliases: ['Sir Richard Moore'],
    shortForms: ['Moore'],
    description: {
      de: 'Britischer Diplomat, Chef des Auslandsgeheimdienstes MI6 von Oktober 2020 bis September 2025.',
      en: 'British diplomat, chief of the Secret Intelligence Service (MI6) from October 2020 to September 2025.',
    },
    roles: [
      { title: { de: 'Chef des MI6', en: 'Chief of the Secret Intelligence Service' }, of: 'mi6', from: '2020-10', to: '2025-09' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-kingdom' },
      { rel: 'member-of', to: 'mi6' },
    ],
  },
  {
    id: 'blaise-metreweli',
    type: 'person',
    subtype: 'spy-chief',
    names: { de: 'Blaise Metreweli', en: 'Blaise Metreweli' },
    aliases: ['Metreweli'],
    description: {
      de: 'Chefin des britischen Auslandsgeheimdienstes MI6 seit Oktober 2025, die erste Frau an seiner Spitze.',
      en: 'Chief of the Secret Intelligence Service (MI6) since October 2025, the first woman to lead it.',
    },
    roles: [
      { title: { de: 'Chefin des MI6', en: 'Chief of the Secret Intelligence Service' }, of: 'mi6', from: '2025-10' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-kingdom' },
      { rel: 'leads', to: 'mi6' },
    ],
  },

  // ── Germany ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'friedrich-merz',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Friedrich Merz', en: 'Friedrich Merz' },
    aliases: ['Merz'],
    description: {
      de: 'CDU-Vorsitzender und Bundeskanzler seit Mai 2025; setzt auf massive Aufrüstung der Bundeswehr und Unterstützung der Ukraine.',
      en: 'CDU leader and German chancellor since May 2025; pushes a large military build-up and continued support for Ukraine.',
    },
    roles: [
      { title: { de: 'Bundeskanzler', en: 'Chancellor of Germany' }, of: 'germany', from: '2025-05-06' },
      { title: { de: 'CDU-Vorsitzender', en: 'CDU party leader' }, from: '2022-01' },
    ],
    links: [
      { rel: 'citizen-of', to: 'germany' },
      { rel: 'leads', to: 'bundesregierung' },
    ],
  },
  {
    id: 'olaf-scholz',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Olaf Scholz', en: 'Olaf Scholz' },
    aliases: ['Scholz'],
    description: {
      de: 'SPD-Politiker, Bundeskanzler von Dezember 2021 bis Mai 2025; rief nach dem russischen Angriff die „Zeitenwende“ aus, lehnte aber Taurus-Lieferungen ab.',
      en: 'SPD politician, German chancellor from December 2021 to May 2025; proclaimed the “Zeitenwende” after Russia’s invasion but refused to send Taurus missiles.',
    },
    roles: [
      { title: { de: 'Bundeskanzler', en: 'Chancellor of Germany' }, of: 'germany', from: '2021-12-08', to: '2025-05-06' },
    ],
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'frank-walter-steinmeier',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Frank-Walter Steinmeier', en: 'Frank-Walter Steinmeier' },
    aliases: ['Steinmeier'],
    description: {
      de: 'Bundespräsident seit März 2017; zuvor zweimal Außenminister (SPD).',
      en: 'German federal president since March 2017; twice foreign minister before that (SPD).',
    },
    roles: [
      { title: { de: 'Bundespräsident', en: 'President of Germany' }, of: 'germany', from: '2017-03-19' },
      { title: { de: 'Bundesaußenminister', en: 'German foreign minister' }, of: 'auswaertiges-amt', from: '2013-12', to: '2017-01' },
    ],
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'annalena-baerbock',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Annalena Baerbock', en: 'Annalena Baerbock' },
    aliases: ['Baerbock'],
    description: {
      de: 'Grünen-Politikerin, Bundesaußenministerin 2021–2025; danach Präsidentin der 80. UN-Generalversammlung.',
      en: 'Green politician, German foreign minister 2021–2025; then president of the 80th UN General Assembly.',
    },
    roles: [
      { title: { de: 'Bundesaußenministerin', en: 'German foreign minister' }, of: 'auswaertiges-amt', from: '2021-12-08', to: '2025-05-06' },
      { title: { de: 'Präsidentin der UN-Generalversammlung', en: 'President of the UN General Assembly' }, of: 'united-nations', from: '2025-09-09', to: '2026-09' },
    ],
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'johann-wadephul',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Johann Wadephul', en: 'Johann Wadephul' },
    aliases: ['Wadephul', 'Johann David Wadephul'],
    description: {
      de: 'CDU-Politiker, Bundesaußenminister seit Mai 2025; zuvor Außen- und Verteidigungsexperte der Unionsfraktion.',
      en: 'CDU politician, German foreign minister since May 2025; previously the CDU/CSU group’s foreign and defence policy expert.',
    },
    roles: [
      { title: { de: 'Bundesaußenminister', en: 'German foreign minister' }, of: 'auswaertiges-amt', from: '2025-05-06' },
    ],
    links: [
      { rel: 'citizen-of', to: 'germany' },
      { rel: 'leads', to: 'auswaertiges-amt' },
    ],
  },
  {
    id: 'boris-pistorius',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Boris Pistorius', en: 'Boris Pistorius' },
    aliases: ['Pistorius'],
    description: {
      de: 'SPD-Politiker, Bundesverteidigungsminister seit Januar 2023; will die Bundeswehr „kriegstüchtig“ machen.',
      en: 'SPD politician, German defence minister since January 2023; wants to make the Bundeswehr ready for war.',
    },
    roles: [
      { title: { de: 'Bundesverteidigungsminister', en: 'German defence minister' }, of: 'bmvg', from: '2023-01-19' },
    ],
    links: [
      { rel: 'citizen-of', to: 'germany' },
      { rel: 'leads', to: 'bmvg' },
    ],
  },
  {
    id: 'robert-habeck',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Robert Habeck', en: 'Robert Habeck' },
    aliases: ['Habeck'],
    description: {
      de: 'Grünen-Politiker, Vizekanzler und Wirtschaftsminister 2021–2025; organisierte den Ausstieg aus russischem Gas.',
      en: 'Green politician, vice-chancellor and economy minister 2021–2025; steered Germany off Russian gas.',
    },
    roles: [
      { title: { de: 'Vizekanzler und Bundeswirtschaftsminister', en: 'Vice-Chancellor and economy minister' }, of: 'germany', from: '2021-12-08', to: '2025-05-06' },
    ],
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'christian-lindner',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Christian Lindner', en: 'Christian Lindner' },
    shortForms: ['Lindner'],
    description: {
      de: 'FDP-Vorsitzender bis 2025 und Bundesfinanzminister von 2021 bis zu seiner Entlassung im November 2024, die die Ampel-Koalition beendete.',
      en: 'FDP leader until 2025 and finance minister from 2021 until his dismissal in November 2024, which ended the three-party coalition.',
    },
    roles: [
      { title: { de: 'Bundesfinanzminister', en: 'German finance minister' }, of: 'germany', from: '2021-12-08', to: '2024-11' },
    ],
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'carsten-breuer',
    type: 'person',
    subtype: 'military',
    names: { de: 'Carsten Breuer', en: 'Carsten Breuer' },
    aliases: ['Casten Breuer'],
    shortForms: ['Breuer'],
    description: {
      de: 'General, Generalinspekteur der Bundeswehr seit März 2023 und damit ranghöchster deutscher Soldat.',
      en: 'General, Inspector General of the Bundeswehr since March 2023, Germany’s top military officer.',
    },
    roles: [
      { title: { de: 'Generalinspekteur der Bundeswehr', en: 'Inspector General of the Bundeswehr' }, of: 'bundeswehr', from: '2023-03-17' },
    ],
    links: [
      { rel: 'citizen-of', to: 'germany' },
      { rel: 'member-of', to: 'bundeswehr' },
    ],
  },
  {
    id: 'bundeswehr',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Bundeswehr', en: 'Bundeswehr' },
    aliases: ['German Armed Forces', 'deutsche Streitkräfte'],
    description: {
      de: 'Die Streitkräfte Deutschlands.',
      en: 'Germany’s armed forces.',
    },
    links: [
      { rel: 'part-of', to: 'germany' },
      { rel: 'part-of', to: 'bmvg' },
    ],
  },
  {
    id: 'bnd',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Bundesnachrichtendienst', en: 'Federal Intelligence Service' },
    aliases: ['German Federal Intelligence Service'],
    acronyms: ['BND'],
    description: {
      de: 'Auslandsgeheimdienst Deutschlands, dem Kanzleramt unterstellt.',
      en: 'Germany’s foreign intelligence service, overseen by the Chancellery.',
    },
    links: [
      { rel: 'part-of', to: 'germany' },
      { rel: 'part-of', to: 'kanzleramt' },
    ],
  },
  {
    id: 'bundesregierung',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Bundesregierung', en: 'German federal government' },
    aliases: ['German government', 'Federal Government of Germany', 'deutsche Regierung', 'Bundeskabinett'],
    description: {
      de: 'Die deutsche Regierung aus Bundeskanzler und Bundesministern.',
      en: 'Germany’s government: the chancellor and the federal ministers.',
    },
    links: [{ rel: 'part-of', to: 'germany' }],
  },
  {
    id: 'bundestag',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Bundestag', en: 'Bundestag' },
    aliases: ['Deutscher Bundestag', 'German parliament'],
    description: {
      de: 'Das deutsche Parlament; muss Auslandseinsätze der Bundeswehr billigen.',
      en: 'Germany’s parliament; must approve Bundeswehr deployments abroad.',
    },
    links: [{ rel: 'part-of', to: 'germany' }],
  },
  {
    id: 'auswaertiges-amt',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Auswärtiges Amt', en: 'German Foreign Office' },
    aliases: ['Federal Foreign Office', 'German Foreign Ministry', 'Bundesaußenministerium', 'deutsches Außenministerium'],
    description: {
      de: 'Das deutsche Außenministerium in Berlin.',
      en: 'Germany’s foreign ministry in Berlin.',
    },
    links: [
      { rel: 'part-of', to: 'germany' },
      { rel: 'part-of', to: 'bundesregierung' },
    ],
  },
  {
    id: 'bmvg',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Bundesministerium der Verteidigung', en: 'German Federal Ministry of Defence' },
    aliases: ['Bundesverteidigungsministerium', 'German Defence Ministry', 'German Ministry of Defence', 'deutsches Verteidigungsministerium', 'Bendlerblock'],
    acronyms: ['BMVg'],
    guarded: ['Verteidigungsministerium'],
    cues: ['bundes', 'deutsch', 'german', 'berlin', 'pistorius', 'bundeswehr'],
    description: {
      de: 'Das deutsche Verteidigungsministerium (Bendlerblock und Bonn), führt die Bundeswehr.',
      en: 'Germany’s defence ministry (Berlin and Bonn), in charge of the Bundeswehr.',
    },
    links: [
      { rel: 'part-of', to: 'germany' },
      { rel: 'part-of', to: 'bundesregierung' },
    ],
  },
  {
    id: 'kanzleramt',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Bundeskanzleramt', en: 'German Chancellery' },
    aliases: ['Kanzleramt', 'Federal Chancellery'],
    description: {
      de: 'Die Regierungszentrale des Bundeskanzlers in Berlin; koordiniert auch die Geheimdienste.',
      en: 'The German chancellor’s office in Berlin; also coordinates the intelligence services.',
    },
    links: [
      { rel: 'part-of', to: 'germany' },
      { rel: 'part-of', to: 'bundesregierung' },
    ],
  },

  // ── France ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'emmanuel-macron',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Emmanuel Macron', en: 'Emmanuel Macron' },
    aliases: ['Macron'],
    description: {
      de: 'Französischer Staatspräsident seit Mai 2017; wirbt für europäische Verteidigung und Sicherheitsgarantien für die Ukraine.',
      en: 'President of France since May 2017; champions European defence and security guarantees for Ukraine.',
    },
    roles: [
      { title: { de: 'Präsident Frankreichs', en: 'President of France' }, of: 'france', from: '2017-05-14' },
    ],
    links: [
      { rel: 'citizen-of', to: 'france' },
      { rel: 'leads', to: 'france' },
    ],
  },
  {
    id: 'jean-noel-barrot',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Jean-Noël Barrot', en: 'Jean-Noël Barrot' },
    aliases: ['Barrot'],
    description: {
      de: 'Französischer Zentrumspolitiker (MoDem), im September 2024 Außenminister geworden und in den folgenden Regierungen im Amt bestätigt.',
      en: 'French centrist (MoDem), became foreign minister in September 2024 and was kept on in the following governments.',
    },
    links: [{ rel: 'citizen-of', to: 'france' }],
  },
  {
    id: 'stephane-sejourne',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Stéphane Séjourné', en: 'Stéphane Séjourné' },
    aliases: ['Séjourné'],
    description: {
      de: 'Macron-Vertrauter, französischer Außenminister Januar bis September 2024; seit Dezember 2024 Exekutiv-Vizepräsident der EU-Kommission für Industriestrategie.',
      en: 'Macron ally, French foreign minister from January to September 2024; since December 2024 an executive vice-president of the European Commission for industrial strategy.',
    },
    roles: [
      { title: { de: 'Französischer Außenminister', en: 'French foreign minister' }, of: 'france', from: '2024-01-11', to: '2024-09-21' },
      { title: { de: 'Exekutiv-Vizepräsident der EU-Kommission', en: 'Executive Vice-President of the European Commission' }, of: 'european-commission', from: '2024-12-01' },
    ],
    links: [
      { rel: 'citizen-of', to: 'france' },
      { rel: 'member-of', to: 'european-commission' },
    ],
  },
  {
    id: 'sebastien-lecornu',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Sébastien Lecornu', en: 'Sébastien Lecornu' },
    aliases: ['Lecornu'],
    description: {
      de: 'Macron-Vertrauter; Minister der Streitkräfte 2022–2025, im September 2025 Premierminister, trat im Oktober zurück und wurde wenige Tage später erneut ernannt.',
      en: 'Macron loyalist; armed forces minister 2022–2025, made prime minister in September 2025, resigned in October and was reappointed days later.',
    },
    roles: [
      { title: { de: 'Minister der Streitkräfte', en: 'Minister of the Armed Forces' }, of: 'france', from: '2022-05-20', to: '2025-09' },
    ],
    links: [{ rel: 'citizen-of', to: 'france' }],
  },
  {
    id: 'francois-bayrou',
    type: 'person',
    subtype: 'politician',
    names: { de: 'François Bayrou', en: 'François Bayrou' },
    aliases: ['Bayrou'],
    description: {
      de: 'Zentrumspolitiker (MoDem), französischer Premierminister von Dezember 2024 bis September 2025, gestürzt über eine Vertrauensfrage.',
      en: 'Centrist (MoDem), French prime minister from December 2024 to September 2025, brought down in a confidence vote.',
    },
    roles: [
      { title: { de: 'Premierminister Frankreichs', en: 'Prime Minister of France' }, of: 'france', from: '2024-12-13', to: '2025-09-09' },
    ],
    links: [{ rel: 'citizen-of', to: 'france' }],
  },
  {
    id: 'michel-barnier',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Michel Barnier', en: 'Michel Barnier' },
    aliases: ['Barnier'],
    description: {
      de: 'Konservativer, früher Brexit-Chefunterhändler der EU; französischer Premierminister von September bis Dezember 2024.',
      en: 'Conservative and former EU chief Brexit negotiator; French prime minister from September to December 2024.',
    },
    roles: [
      { title: { de: 'Premierminister Frankreichs', en: 'Prime Minister of France' }, of: 'france', from: '2024-09-05', to: '2024-12-13' },
    ],
    links: [{ rel: 'citizen-of', to: 'france' }],
  },
  {
    id: 'gabriel-attal',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Gabriel Attal', en: 'Gabriel Attal' },
    aliases: ['Attal'],
    description: {
      de: 'Macron-Lager, französischer Premierminister von Januar bis September 2024, der jüngste der Fünften Republik.',
      en: 'From Macron’s camp, French prime minister from January to September 2024, the youngest of the Fifth Republic.',
    },
    roles: [
      { title: { de: 'Premierminister Frankreichs', en: 'Prime Minister of France' }, of: 'france', from: '2024-01-09', to: '2024-09-05' },
    ],
    links: [{ rel: 'citizen-of', to: 'france' }],
  },
  {
    id: 'dgse',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'DGSE', en: 'DGSE' },
    aliases: ['Direction générale de la sécurité extérieure', 'General Directorate for External Security'],
    acronyms: ['DGSE'],
    description: {
      de: 'Auslandsgeheimdienst Frankreichs.',
      en: 'France’s foreign intelligence service.',
    },
    links: [{ rel: 'part-of', to: 'france' }],
  },

  // ── European Union ─────────────────────────────────────────────────────────────────────────
  {
    id: 'european-union',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Europäische Union', en: 'European Union' },
    aliases: ['Union européenne'],
    acronyms: ['EU', 'UE'],
    description: {
      de: 'Staatenverbund von 27 europäischen Ländern; verhängt Sanktionen gegen Russland, Iran und Nordkorea und finanziert die Ukraine.',
      en: 'Union of 27 European states; imposes sanctions on Russia, Iran and North Korea and funds Ukraine.',
    },
  },
  {
    id: 'european-commission',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Europäische Kommission', en: 'European Commission' },
    aliases: ['EU-Kommission', 'EU Commission', 'Commission européenne'],
    shortForms: ['Commission', 'Kommission'],
    description: {
      de: 'Exekutive der Europäischen Union in Brüssel; schlägt Sanktionspakete und Gesetze vor.',
      en: 'The European Union’s executive in Brussels; proposes sanctions packages and legislation.',
    },
    links: [{ rel: 'part-of', to: 'european-union' }],
  },
  {
    id: 'european-parliament',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Europäisches Parlament', en: 'European Parliament' },
    aliases: ['EU-Parlament', 'Europaparlament', 'EU Parliament', 'Parlement européen'],
    description: {
      de: 'Das direkt gewählte Parlament der Europäischen Union.',
      en: 'The directly elected parliament of the European Union.',
    },
    links: [{ rel: 'part-of', to: 'european-union' }],
  },
  {
    id: 'european-council',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Europäischer Rat', en: 'European Council' },
    aliases: ['Conseil européen'],
    description: {
      de: 'Gremium der Staats- und Regierungschefs der EU-Länder; legt bei Gipfeln die politische Linie fest.',
      en: 'The body of the EU’s heads of state and government; sets the political line at summits.',
    },
    links: [{ rel: 'part-of', to: 'european-union' }],
  },
  {
    id: 'ursula-von-der-leyen',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Ursula von der Leyen', en: 'Ursula von der Leyen' },
    aliases: ['von der Leyen'],
    description: {
      de: 'CDU-Politikerin, Präsidentin der EU-Kommission seit Dezember 2019; zuvor deutsche Verteidigungsministerin.',
      en: 'CDU politician, President of the European Commission since December 2019; earlier German defence minister.',
    },
    roles: [
      { title: { de: 'Präsidentin der Europäischen Kommission', en: 'President of the European Commission' }, of: 'european-commission', from: '2019-12-01' },
      { title: { de: 'Bundesverteidigungsministerin', en: 'German defence minister' }, of: 'bmvg', from: '2013-12-17', to: '2019-07-17' },
    ],
    links: [
      { rel: 'citizen-of', to: 'germany' },
      { rel: 'leads', to: 'european-commission' },
    ],
  },
  {
    id: 'kaja-kallas',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Kaja Kallas', en: 'Kaja Kallas' },
    aliases: ['Kallas'],
    description: {
      de: 'Estnische Politikerin, EU-Außenbeauftragte seit Dezember 2024; zuvor Regierungschefin Estlands, gilt als Russland-Falkin.',
      en: 'Estonian politician, EU foreign policy chief since December 2024; formerly Estonia’s prime minister and a Russia hawk.',
    },
    roles: [
      { title: { de: 'Hohe Vertreterin der EU für Außen- und Sicherheitspolitik', en: 'EU High Representative for Foreign Affairs and Security Policy' }, of: 'european-union', from: '2024-12-01' },
      { title: { de: 'Ministerpräsidentin Estlands', en: 'Prime Minister of Estonia' }, from: '2021-01-26', to: '2024-07' },
    ],
    links: [{ rel: 'member-of', to: 'european-commission' }],
  },
  {
    id: 'josep-borrell',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Josep Borrell', en: 'Josep Borrell' },
    aliases: ['Borrell', 'Josep Borrell Fontelles'],
    description: {
      de: 'Spanischer Sozialist, EU-Außenbeauftragter von Dezember 2019 bis November 2024.',
      en: 'Spanish socialist, EU foreign policy chief from December 2019 to November 2024.',
    },
    roles: [
      { title: { de: 'Hoher Vertreter der EU für Außen- und Sicherheitspolitik', en: 'EU High Representative for Foreign Affairs and Security Policy' }, of: 'european-union', from: '2019-12-01', to: '2024-11-30' },
    ],
  },
  {
    id: 'antonio-costa',
    type: 'person',
    subtype: 'politician',
    names: { de: 'António Costa', en: 'António Costa' },
    shortForms: ['Costa'],
    description: {
      de: 'Portugiesischer Sozialist, Präsident des Europäischen Rats seit Dezember 2024; zuvor Ministerpräsident Portugals.',
      en: 'Portuguese socialist, President of the European Council since December 2024; previously Portugal’s prime minister.',
    },
    roles: [
      { title: { de: 'Präsident des Europäischen Rats', en: 'President of the European Council' }, of: 'european-council', from: '2024-12-01' },
      { title: { de: 'Ministerpräsident Portugals', en: 'Prime Minister of Portugal' }, from: '2015-11-26', to: '2024-04-02' },
    ],
    links: [{ rel: 'leads', to: 'european-council' }],
  },
  {
    id: 'charles-michel',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Charles Michel', en: 'Charles Michel' },
    shortForms: ['Michel'],
    description: {
      de: 'Belgischer Liberaler, Präsident des Europäischen Rats 2019–2024; zuvor belgischer Premierminister.',
      en: 'Belgian liberal, President of the European Council 2019–2024; previously Belgium’s prime minister.',
    },
    roles: [
      { title: { de: 'Präsident des Europäischen Rats', en: 'President of the European Council' }, of: 'european-council', from: '2019-12-01', to: '2024-11-30' },
    ],
  },
  {
    id: 'roberta-metsola',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Roberta Metsola', en: 'Roberta Metsola' },
    aliases: ['Metsola'],
    description: {
      de: 'Maltesische Christdemokratin, Präsidentin des Europäischen Parlaments seit Januar 2022.',
      en: 'Maltese Christian Democrat, President of the European Parliament since January 2022.',
    },
    roles: [
      { title: { de: 'Präsidentin des Europäischen Parlaments', en: 'President of the European Parliament' }, of: 'european-parliament', from: '2022-01-18' },
    ],
    links: [{ rel: 'leads', to: 'european-parliament' }],
  },

  // ── NATO ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'nato',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Nato', en: 'NATO' },
    aliases: ['Nordatlantikpakt', 'North Atlantic Treaty Organization', 'Nordatlantische Allianz', 'Atlantische Allianz', 'Atlantic Alliance', 'North Atlantic Alliance'],
    acronyms: ['OTAN'],
    description: {
      de: 'Militärbündnis Nordamerikas und Europas mit 32 Mitgliedern; Moskau sieht in ihm seinen Hauptgegner.',
      en: 'North American and European military alliance of 32 members; Moscow casts it as its main adversary.',
    },
  },
  {
    id: 'mark-rutte',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Mark Rutte', en: 'Mark Rutte' },
    aliases: ['Rutte'],
    description: {
      de: 'Niederländischer Liberaler, NATO-Generalsekretär seit Oktober 2024; zuvor fast 14 Jahre Regierungschef der Niederlande.',
      en: 'Dutch liberal, NATO Secretary General since October 2024; before that Dutch prime minister for almost 14 years.',
    },
    roles: [
      { title: { de: 'NATO-Generalsekretär', en: 'NATO Secretary General' }, of: 'nato', from: '2024-10-01' },
      { title: { de: 'Ministerpräsident der Niederlande', en: 'Prime Minister of the Netherlands' }, from: '2010-10-14', to: '2024-07-02' },
    ],
    links: [{ rel: 'leads', to: 'nato' }],
  },
  {
    id: 'jens-stoltenberg',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Jens Stoltenberg', en: 'Jens Stoltenberg' },
    aliases: ['Stoltenberg'],
    description: {
      de: 'Norwegischer Sozialdemokrat, NATO-Generalsekretär 2014–2024; ab Februar 2025 Finanzminister Norwegens.',
      en: 'Norwegian social democrat, NATO Secretary General 2014–2024; Norway’s finance minister from February 2025.',
    },
    roles: [
      { title: { de: 'NATO-Generalsekretär', en: 'NATO Secretary General' }, of: 'nato', from: '2014-10-01', to: '2024-10-01' },
    ],
  },
  {
    id: 'alexus-grynkewich',
    type: 'person',
    subtype: 'military',
    names: { de: 'Alexus Grynkewich', en: 'Alexus Grynkewich' },
    aliases: ['Alexus G. Grynkewich', 'Grynkewich', 'Alex Grinkevich'],
    description: {
      de: 'General der US-Luftwaffe, seit Juli 2025 NATO-Oberbefehlshaber in Europa (SACEUR) und Chef des US-Europakommandos.',
      en: 'US Air Force general, NATO’s Supreme Allied Commander Europe (SACEUR) and head of US European Command since July 2025.',
    },
    roles: [
      { title: { de: 'Oberster Alliierter Befehlshaber Europa (SACEUR)', en: 'Supreme Allied Commander Europe (SACEUR)' }, of: 'nato', from: '2025-07' },
      { title: { de: 'Befehlshaber des US-Europakommandos', en: 'Commander, US European Command' }, of: 'eucom', from: '2025-07' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'leads', to: 'eucom' },
      { rel: 'member-of', to: 'us-air-force' },
    ],
  },
  {
    id: 'christopher-cavoli',
    type: 'person',
    subtype: 'military',
    names: { de: 'Christopher Cavoli', en: 'Christopher Cavoli' },
    aliases: ['Chris Cavoli', 'Christopher G. Cavoli', 'Cavoli'],
    description: {
      de: 'General des US-Heeres, NATO-Oberbefehlshaber in Europa (SACEUR) von Juli 2022 bis Juli 2025.',
      en: 'US Army general, NATO’s Supreme Allied Commander Europe from July 2022 to July 2025.',
    },
    roles: [
      { title: { de: 'Oberster Alliierter Befehlshaber Europa (SACEUR)', en: 'Supreme Allied Commander Europe (SACEUR)' }, of: 'nato', from: '2022-07', to: '2025-07' },
    ],
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'member-of', to: 'us-army' },
    ],
  },

  // ── United Nations and other international bodies ──────────────────────────────────────────
  {
    id: 'united-nations',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Vereinte Nationen', en: 'United Nations' },
    aliases: ['Nations unies'],
    acronyms: ['UN', 'UNO', 'ONU', 'U.N.'],
    // Swiss, Austrian and some German papers write "die Uno"; also a car and a card game.
    guarded: ['Uno'],
    cues: ['nach angaben', 'generalsekretär', 'sicherheitsrat', 'generalversammlung', 'menschenrecht', 'vereinte', 'hilfswerk', 'beobachter', 'blauhelm', 'resolution', 'folter', 'mitgliedstaat', 'sonderberichterstatter', 'sondergesandt', 'friedenstruppe'],
    // In a text with two of those, "Uno" is the organisation, not the car or the game.
    cueScope: 'text',
    description: {
      de: 'Weltorganisation mit 193 Mitgliedstaaten; ihr Sicherheitsrat verhängte die Sanktionen gegen Nordkoreas Atomprogramm.',
      en: 'World organisation of 193 member states; its Security Council imposed the sanctions on North Korea’s nuclear programme.',
    },
  },
  {
    id: 'un-security-council',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'UN-Sicherheitsrat', en: 'UN Security Council' },
    aliases: ['Weltsicherheitsrat', 'UNO-Sicherheitsrat', 'United Nations Security Council', 'Sicherheitsrat der Vereinten Nationen', 'U.N. Security Council'],
    acronyms: ['UNSC'],
    guarded: ['Security Council', 'Sicherheitsrat'],
    cues: ['un', 'uno', 'united nations', 'vereinte nationen', 'vereinten nationen', 'resolution', 'charter', 'charta', 'veto', 'permanent member', 'ständige mitglied', 'ständigen mitglied', 'new york', 'guterres', 'general assembly', 'generalversammlung'],
    description: {
      de: 'Das Gremium der UN für Frieden und Sicherheit mit fünf ständigen Mitgliedern mit Vetorecht, darunter Russland und China.',
      en: 'The UN body for peace and security, with five veto-holding permanent members including Russia and China.',
    },
    links: [{ rel: 'part-of', to: 'united-nations' }],
  },
  {
    id: 'antonio-guterres',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'António Guterres', en: 'António Guterres' },
    aliases: ['Guterres'],
    description: {
      de: 'Portugiesischer Sozialist, UN-Generalsekretär seit Januar 2017 (zweite Amtszeit bis Ende 2026); zuvor Regierungschef Portugals und UN-Flüchtlingskommissar.',
      en: 'Portuguese socialist, UN Secretary-General since January 2017 (second term to the end of 2026); formerly Portugal’s prime minister and UN refugee chief.',
    },
    roles: [
      { title: { de: 'UN-Generalsekretär', en: 'UN Secretary-General' }, of: 'united-nations', from: '2017-01-01' },
    ],
    links: [{ rel: 'leads', to: 'united-nations' }],
  },
  {
    id: 'iaea',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Internationale Atomenergiebehörde', en: 'International Atomic Energy Agency' },
    aliases: ['Internationale Atomenergie-Organisation', 'UN-Atomenergiebehörde', 'Internationale Atomenergieagentur', 'Internationale Atomenergie-Agentur', 'Agence internationale de l’énergie atomique', 'Internationale Atomenergie-Behörde', 'Internationale Atombehörde', 'UN-Atombehörde'],
    acronyms: ['IAEA', 'IAEO', 'AIEA'],
    // Bare, also Iran's own (the longer 'Iranische Atomenergiebehörde' names that one).
    guarded: ['Atomenergiebehörde'],
    cues: ['iaea', 'iaeo', 'grossi', 'wien', 'vienna', 'inspektor', 'inspector', 'un-'],
    description: {
      de: 'UN-Atomaufsicht in Wien; überwacht Irans Atomprogramm und das AKW Saporischschja.',
      en: 'The UN nuclear watchdog in Vienna; monitors Iran’s nuclear programme and the Zaporizhzhia nuclear plant.',
    },
    links: [{ rel: 'related-to', to: 'united-nations' }],
  },
  {
    id: 'rafael-grossi',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Rafael Grossi', en: 'Rafael Grossi' },
    aliases: ['Rafael Mariano Grossi', 'Grossi', 'Raphael Grossi'],
    description: {
      de: 'Argentinischer Diplomat, Generaldirektor der IAEA seit Dezember 2019.',
      en: 'Argentine diplomat, Director General of the IAEA since December 2019.',
    },
    roles: [
      { title: { de: 'Generaldirektor der IAEA', en: 'Director General of the IAEA' }, of: 'iaea', from: '2019-12-03' },
    ],
    links: [{ rel: 'leads', to: 'iaea' }],
  },
  {
    id: 'osce',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Organisation für Sicherheit und Zusammenarbeit in Europa', en: 'Organization for Security and Co-operation in Europe' },
    aliases: ['Organization for Security and Cooperation in Europe'],
    acronyms: ['OSZE', 'OSCE'],
    description: {
      de: 'Sicherheitsorganisation von 57 Staaten einschließlich Russlands und der USA; beobachtete bis 2022 die Lage im Donbas.',
      en: 'Security organisation of 57 states including Russia and the US; monitored the Donbas until 2022.',
    },
  },
  {
    id: 'g7',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'G7', en: 'G7' },
    aliases: ['G-7', 'Gruppe der Sieben', 'Group of Seven'],
    description: {
      de: 'Runde der sieben großen westlichen Industriestaaten (USA, Japan, Deutschland, Großbritannien, Frankreich, Italien, Kanada) plus EU.',
      en: 'Forum of seven major Western economies (US, Japan, Germany, UK, France, Italy, Canada) plus the EU.',
    },
  },
  {
    id: 'icc',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Internationaler Strafgerichtshof', en: 'International Criminal Court' },
    aliases: ['Weltstrafgericht', 'Weltstrafgerichtshof', 'Cour pénale internationale', 'Strafgerichtshof in Den Haag'],
    acronyms: ['ICC', 'IStGH'],
    description: {
      de: 'Ständiges Gericht in Den Haag für Kriegsverbrechen und Völkermord; erließ Haftbefehle gegen Putin und Netanjahu.',
      en: 'Permanent court in The Hague for war crimes and genocide; issued arrest warrants for Putin and Netanyahu.',
    },
  },
  {
    id: 'karim-khan',
    type: 'person',
    subtype: 'official',
    names: { de: 'Karim Khan', en: 'Karim Khan' },
    aliases: ['Karim A. A. Khan', 'Karim Ahmad Khan'],
    shortForms: ['Khan'],
    description: {
      de: 'Britischer Jurist, im Juni 2021 Chefankläger des Internationalen Strafgerichtshofs geworden; beantragte Haftbefehle gegen Putin und Netanjahu, ließ sein Amt ab Mai 2025 wegen einer Untersuchung ruhen.',
      en: 'British lawyer who became ICC chief prosecutor in June 2021; sought arrest warrants for Putin and Netanyahu, stepped aside in May 2025 pending a misconduct inquiry.',
    },
    links: [
      { rel: 'citizen-of', to: 'united-kingdom' },
      { rel: 'member-of', to: 'icc' },
    ],
  },

  // ── Media and research bodies the press cites ──────────────────────────────────────────────
  {
    id: 'isw',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Institute for the Study of War', en: 'Institute for the Study of War' },
    aliases: ['Understanding War', 'Institut für Kriegsstudien'],
    acronyms: ['ISW'],
    description: {
      de: 'US-Denkfabrik in Washington, die täglich Lageberichte zum russischen Krieg gegen die Ukraine und zu Iran veröffentlicht; Website „Understanding War“.',
      en: 'Washington think tank that publishes daily assessments of Russia’s war against Ukraine and of Iran; its website is “Understanding War”.',
    },
    links: [{ rel: 'related-to', to: 'united-states' }],
  },
  {
    id: 'bloomberg',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Bloomberg', en: 'Bloomberg' },
    aliases: ['Bloomberg News', 'Nachrichtenagentur Bloomberg'],
    description: {
      de: 'US-Finanznachrichtendienst und Medienhaus, oft Quelle für Berichte aus Regierungskreisen.',
      en: 'US financial news service and media company, often a source of reports citing officials.',
    },
  },
  {
    id: 'reuters',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Reuters', en: 'Reuters' },
    aliases: ['Nachrichtenagentur Reuters', 'Thomson Reuters'],
    // n-tv's source line: "Quelle: ntv.de, rts".
    acronyms: ['rts'],
    description: {
      de: 'Internationale Nachrichtenagentur mit Sitz in London.',
      en: 'International news agency headquartered in London.',
    },
  },
  {
    id: 'associated-press',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Associated Press', en: 'Associated Press' },
    aliases: ['Nachrichtenagentur AP', 'The Associated Press'],
    acronyms: ['AP', 'A.P.'],
    description: {
      de: 'US-Nachrichtenagentur mit Sitz in New York.',
      en: 'US news agency headquartered in New York.',
    },
  },
  {
    id: 'afp',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Agence France-Presse', en: 'Agence France-Presse' },
    aliases: ['Agence France Presse', 'Agence France Press', 'Nachrichtenagentur AFP', 'AFPTV', 'AFP TV'],
    acronyms: ['AFP'],
    description: {
      de: 'Französische Nachrichtenagentur mit Sitz in Paris.',
      en: 'French news agency headquartered in Paris.',
    },
  },
  {
    id: 'dpa',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Deutsche Presse-Agentur', en: 'German Press Agency' },
    aliases: ['Deutsche Presseagentur'],
    acronyms: ['dpa'],
    // In capitals also Ukraine's Defence Procurement Agency.
    guarded: ['DPA'],
    cues: ['german', 'deutsch', 'agency', 'agentur', 'news', 'nachrichten', 'reported', 'berichtet', 'meldet', 'told', 'interview', 'afp', 'reuters'],
    description: {
      de: 'Größte deutsche Nachrichtenagentur mit Sitz in Hamburg und Berlin.',
      en: 'Germany’s largest news agency, based in Hamburg and Berlin.',
    },
  },
  {
    id: 'cnn',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'CNN', en: 'CNN' },
    aliases: ['Cable News Network'],
    acronyms: ['CNN'],
    description: {
      de: 'US-Nachrichtensender.',
      en: 'US cable news network.',
    },
  },
  {
    id: 'bbc',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'BBC', en: 'BBC' },
    aliases: ['British Broadcasting Corporation'],
    acronyms: ['BBC'],
    description: {
      de: 'Öffentlich-rechtlicher Rundfunk Großbritanniens.',
      en: 'Britain’s public service broadcaster.',
    },
  },
  {
    id: 'new-york-times',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'New York Times', en: 'New York Times' },
    aliases: ['The New York Times'],
    acronyms: ['NYT'],
    description: {
      de: 'Einflussreiche US-Tageszeitung.',
      en: 'Influential US daily newspaper.',
    },
  },
  {
    id: 'washington-post',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Washington Post', en: 'Washington Post' },
    aliases: ['The Washington Post', 'WaPo'],
    description: {
      de: 'US-Tageszeitung aus der Hauptstadt Washington.',
      en: 'US daily newspaper from the capital, Washington.',
    },
  },
  {
    id: 'wall-street-journal',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Wall Street Journal', en: 'Wall Street Journal' },
    aliases: ['The Wall Street Journal'],
    acronyms: ['WSJ'],
    description: {
      de: 'US-Wirtschaftszeitung.',
      en: 'US business daily.',
    },
  },
  {
    id: 'financial-times',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Financial Times', en: 'Financial Times' },
    aliases: ['The Financial Times'],
    acronyms: ['FT'],
    description: {
      de: 'Britische Wirtschaftszeitung.',
      en: 'British business daily.',
    },
  },
  {
    id: 'der-spiegel',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Der Spiegel', en: 'Der Spiegel' },
    aliases: ['Spiegel Online', 'Nachrichtenmagazin Spiegel'],
    guarded: ['Spiegel'],
    cues: ['magazin', 'nachrichtenmagazin', 'magazine', 'berichtet', 'berichtete', 'zufolge', 'laut', 'reported', 'interview', 'recherche'],
    description: {
      de: 'Deutsches Nachrichtenmagazin aus Hamburg.',
      en: 'German news magazine based in Hamburg.',
    },
  },
  {
    id: 'csis',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Center for Strategic and International Studies', en: 'Center for Strategic and International Studies' },
    acronyms: ['CSIS'],
    description: {
      de: 'Sicherheitspolitische Denkfabrik in Washington; ihr Projekt „Beyond Parallel“ wertet Satellitenbilder aus Nordkorea aus.',
      en: 'Washington security think tank; its Beyond Parallel project analyses satellite imagery of North Korea.',
    },
  },
  {
    id: 'rusi',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Royal United Services Institute', en: 'Royal United Services Institute' },
    aliases: ['Rusi'],
    acronyms: ['RUSI'],
    description: {
      de: 'Britische Denkfabrik für Verteidigung und Sicherheit in London.',
      en: 'British defence and security think tank in London.',
    },
  },
  {
    id: 'iiss',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'International Institute for Strategic Studies', en: 'International Institute for Strategic Studies' },
    aliases: ['Internationales Institut für Strategische Studien', 'International Institute of Strategic Studies'],
    acronyms: ['IISS'],
    description: {
      de: 'Londoner Denkfabrik, Herausgeberin der „Military Balance“ über die Streitkräfte der Welt.',
      en: 'London think tank that publishes “The Military Balance” on the world’s armed forces.',
    },
  },
  {
    id: 'chatham-house',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Chatham House', en: 'Chatham House' },
    aliases: ['Royal Institute of International Affairs'],
    description: {
      de: 'Außenpolitische Denkfabrik in London.',
      en: 'Foreign policy think tank in London.',
    },
  },
  {
    id: 'sipri',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Stockholmer Friedensforschungsinstitut', en: 'Stockholm International Peace Research Institute' },
    aliases: ['Sipri', 'Friedensforschungsinstitut Sipri'],
    description: {
      de: 'Schwedisches Institut, das Rüstungsausgaben, Waffenhandel und Atomwaffenbestände erfasst.',
      en: 'Swedish institute that tracks military spending, the arms trade and nuclear arsenals.',
    },
  },
  {
    id: 'bellingcat',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Bellingcat', en: 'Bellingcat' },
    description: {
      de: 'Recherchekollektiv, das mit offenen Quellen Kriegsverbrechen und Geheimdienstoperationen aufdeckt.',
      en: 'Investigative collective that uses open sources to expose war crimes and intelligence operations.',
    },
  },
  {
    id: 'amnesty-international',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Amnesty International', en: 'Amnesty International' },
    aliases: ['Amnesty'],
    description: {
      de: 'Internationale Menschenrechtsorganisation mit Sitz in London.',
      en: 'International human rights organisation based in London.',
    },
  },
  {
    id: 'human-rights-watch',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Human Rights Watch', en: 'Human Rights Watch' },
    acronyms: ['HRW'],
    description: {
      de: 'Menschenrechtsorganisation mit Sitz in New York.',
      en: 'Human rights organisation based in New York.',
    },
  },
  {
    id: '38-north',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: '38 North', en: '38 North' },
    aliases: ['38North'],
    description: {
      de: 'Nordkorea-Analyseprojekt des Stimson Center in Washington, bekannt für Satellitenbild-Auswertungen.',
      en: 'North Korea analysis project of the Stimson Center in Washington, known for satellite imagery analysis.',
    },
    links: [{ rel: 'related-to', to: 'north-korea' }],
  },
  {
    id: 'nk-news',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'NK News', en: 'NK News' },
    aliases: ['NKNews', 'NK Pro'],
    description: {
      de: 'Auf Nordkorea spezialisiertes Nachrichtenportal aus Seoul.',
      en: 'Seoul-based news site specialising in North Korea.',
    },
    links: [{ rel: 'related-to', to: 'north-korea' }],
  },

  // ── Poland, Hungary, Slovakia, the Baltic states ───────────────────────────────────────────
  {
    id: 'donald-tusk',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Donald Tusk', en: 'Donald Tusk' },
    aliases: ['Tusk'],
    description: {
      de: 'Polnischer Liberaler (Bürgerkoalition), Ministerpräsident 2007–2014 und wieder seit Dezember 2023; dazwischen Präsident des Europäischen Rats.',
      en: 'Polish liberal (Civic Coalition), prime minister 2007–2014 and again since December 2023; European Council president in between.',
    },
    roles: [
      { title: { de: 'Ministerpräsident Polens', en: 'Prime Minister of Poland' }, of: 'poland', from: '2007-11-16', to: '2014-09-22' },
      { title: { de: 'Präsident des Europäischen Rats', en: 'President of the European Council' }, of: 'european-council', from: '2014-12-01', to: '2019-11-30' },
      { title: { de: 'Ministerpräsident Polens', en: 'Prime Minister of Poland' }, of: 'poland', from: '2023-12-13' },
    ],
    links: [
      { rel: 'citizen-of', to: 'poland' },
      { rel: 'leads', to: 'poland' },
    ],
  },
  {
    id: 'radoslaw-sikorski',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Radosław Sikorski', en: 'Radosław Sikorski' },
    aliases: ['Radoslaw Sikorski', 'Sikorski'],
    description: {
      de: 'Polnischer Außenminister 2007–2014 und wieder seit Dezember 2023; scharfer Kritiker Moskaus.',
      en: 'Polish foreign minister 2007–2014 and again since December 2023; a sharp critic of Moscow.',
    },
    roles: [
      { title: { de: 'Außenminister Polens', en: 'Foreign minister of Poland' }, of: 'poland', from: '2007-11-16', to: '2014-09-22' },
      { title: { de: 'Außenminister Polens', en: 'Foreign minister of Poland' }, of: 'poland', from: '2023-12-13' },
    ],
    links: [{ rel: 'citizen-of', to: 'poland' }],
  },
  {
    id: 'andrzej-duda',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Andrzej Duda', en: 'Andrzej Duda' },
    aliases: ['Duda'],
    description: {
      de: 'Nationalkonservativer, Präsident Polens von August 2015 bis August 2025.',
      en: 'National conservative, President of Poland from August 2015 to August 2025.',
    },
    roles: [
      { title: { de: 'Präsident Polens', en: 'President of Poland' }, of: 'poland', from: '2015-08-06', to: '2025-08-06' },
    ],
    links: [{ rel: 'citizen-of', to: 'poland' }],
  },
  {
    id: 'karol-nawrocki',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Karol Nawrocki', en: 'Karol Nawrocki' },
    aliases: ['Nawrocki'],
    description: {
      de: 'Von der PiS unterstützter Historiker, Präsident Polens seit August 2025.',
      en: 'Historian backed by the PiS party, President of Poland since August 2025.',
    },
    roles: [
      { title: { de: 'Präsident Polens', en: 'President of Poland' }, of: 'poland', from: '2025-08-06' },
    ],
    links: [{ rel: 'citizen-of', to: 'poland' }],
  },
  {
    id: 'viktor-orban',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Viktor Orbán', en: 'Viktor Orbán' },
    aliases: ['Orbán'],
    description: {
      de: 'Fidesz-Chef, ungarischer Ministerpräsident 1998–2002 und 2010–2026; blockierte in der EU oft Ukraine-Hilfen und pflegte gute Kontakte zu Putin, verlor die Wahl im April 2026.',
      en: 'Fidesz leader, Hungarian prime minister 1998–2002 and 2010–2026; often blocked EU aid to Ukraine and kept close ties to Putin, lost the April 2026 election.',
    },
    roles: [
      { title: { de: 'Ministerpräsident Ungarns', en: 'Prime Minister of Hungary' }, from: '1998-07', to: '2002-05' },
      { title: { de: 'Ministerpräsident Ungarns', en: 'Prime Minister of Hungary' }, from: '2010-05-29', to: '2026-05-09' },
    ],
  },
  {
    id: 'peter-magyar',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Péter Magyar', en: 'Péter Magyar' },
    shortForms: ['Magyar'],
    description: {
      de: 'Chef der proeuropäischen Tisza-Partei, ungarischer Ministerpräsident seit Mai 2026 nach dem Wahlsieg über Orbán.',
      en: 'Leader of the pro-European Tisza party, Hungarian prime minister since May 2026 after defeating Orbán at the polls.',
    },
    roles: [
      { title: { de: 'Ministerpräsident Ungarns', en: 'Prime Minister of Hungary' }, from: '2026-05-09' },
    ],
  },
  {
    id: 'robert-fico',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Robert Fico', en: 'Robert Fico' },
    aliases: ['Fico'],
    description: {
      de: 'Slowakischer Linkspopulist (Smer), zum dritten Mal Regierungschef seit Oktober 2023; lehnt Waffenhilfe für die Ukraine ab, überlebte 2024 ein Attentat.',
      en: 'Slovak left-populist (Smer), prime minister for a third time since October 2023; opposes arms aid to Ukraine and survived an assassination attempt in 2024.',
    },
    roles: [
      { title: { de: 'Ministerpräsident der Slowakei', en: 'Prime Minister of Slovakia' }, from: '2023-10-25' },
    ],
  },
  {
    id: 'alar-karis',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Alar Karis', en: 'Alar Karis' },
    shortForms: ['Karis'],
    description: {
      de: 'Estnischer Wissenschaftler, 2021 zum Präsidenten Estlands gewählt.',
      en: 'Estonian scientist, elected President of Estonia in 2021.',
    },
  },
  {
    id: 'kristen-michal',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Kristen Michal', en: 'Kristen Michal' },
    shortForms: ['Michal'],
    description: {
      de: 'Estnischer Liberaler (Reformpartei), folgte Kaja Kallas im Juli 2024 als Ministerpräsident nach.',
      en: 'Estonian liberal (Reform Party) who succeeded Kaja Kallas as prime minister in July 2024.',
    },
  },
  {
    id: 'edgars-rinkevics',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Edgars Rinkēvičs', en: 'Edgars Rinkēvičs' },
    aliases: ['Rinkēvičs'],
    description: {
      de: 'Präsident Lettlands seit Juli 2023; zuvor zwölf Jahre Außenminister.',
      en: 'President of Latvia since July 2023; foreign minister for twelve years before that.',
    },
    roles: [
      { title: { de: 'Präsident Lettlands', en: 'President of Latvia' }, from: '2023-07-08' },
    ],
  },
  {
    id: 'evika-silina',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Evika Siliņa', en: 'Evika Siliņa' },
    aliases: ['Siliņa'],
    description: {
      de: 'Lettische Mitte-rechts-Politikerin (Neue Einheit), im September 2023 Ministerpräsidentin geworden.',
      en: 'Latvian centre-right politician (New Unity) who became prime minister in September 2023.',
    },
  },
  {
    id: 'gitanas-nauseda',
    type: 'person',
    subtype: 'head-of-state',
    names: { de: 'Gitanas Nausėda', en: 'Gitanas Nausėda' },
    aliases: ['Nausėda'],
    description: {
      de: 'Präsident Litauens seit Juli 2019, 2024 wiedergewählt.',
      en: 'President of Lithuania since July 2019, re-elected in 2024.',
    },
    roles: [
      { title: { de: 'Präsident Litauens', en: 'President of Lithuania' }, from: '2019-07-12' },
    ],
  },

  // ── Japan ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'shigeru-ishiba',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Shigeru Ishiba', en: 'Shigeru Ishiba' },
    aliases: ['Ishiba', 'Ishiba Shigeru'],
    description: {
      de: 'Liberaldemokrat, japanischer Ministerpräsident von Oktober 2024 bis Oktober 2025.',
      en: 'Liberal Democrat, Japanese prime minister from October 2024 to October 2025.',
    },
    roles: [
      { title: { de: 'Ministerpräsident Japans', en: 'Prime Minister of Japan' }, of: 'japan', from: '2024-10-01', to: '2025-10-21' },
    ],
    links: [{ rel: 'citizen-of', to: 'japan' }],
  },
  {
    id: 'sanae-takaichi',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Sanae Takaichi', en: 'Sanae Takaichi' },
    aliases: ['Takaichi', 'Takaichi Sanae'],
    description: {
      de: 'Nationalkonservative Liberaldemokratin, wurde im Oktober 2025 als erste Frau Ministerpräsidentin Japans.',
      en: 'National-conservative Liberal Democrat who in October 2025 became Japan’s first woman prime minister.',
    },
    links: [{ rel: 'citizen-of', to: 'japan' }],
  },

  // ── Depth: further actors the coverage names often ─────────────────────────────────────────
  {
    id: 'rodong-sinmun',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Rodong Sinmun', en: 'Rodong Sinmun', ko: '로동신문' },
    aliases: ['Nodong Sinmun', 'Rodong Shinmun'],
    description: {
      de: 'Zentralorgan der Partei der Arbeit Koreas und wichtigste Zeitung Nordkoreas.',
      en: 'Official newspaper of the Workers’ Party of Korea’s Central Committee, North Korea’s main daily.',
    },
    links: [{ rel: 'part-of', to: 'workers-party-of-korea' }],
  },
  {
    id: 'cho-hyun',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Cho Hyun', en: 'Cho Hyun', ko: '조현' },
    description: {
      de: 'Südkoreanischer Karrierediplomat, früher UN-Botschafter; von Präsident Lee 2025 zum Außenminister berufen.',
      en: 'South Korean career diplomat and former UN ambassador; named foreign minister by President Lee in 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'south-korea' }],
  },
  {
    id: 'ahn-gyu-back',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Ahn Gyu-back', en: 'Ahn Gyu-back', ko: '안규백' },
    aliases: ['Ahn Gyu Back', 'Ahn Gyu-baek'],
    description: {
      de: 'Abgeordneter der Demokratischen Partei, 2025 von Präsident Lee zum Verteidigungsminister ernannt – der erste Zivilist in diesem Amt seit 1961.',
      en: 'Democratic Party lawmaker named defence minister by President Lee in 2025, the first civilian in the post since 1961.',
    },
    links: [{ rel: 'citizen-of', to: 'south-korea' }],
  },
  {
    id: 'chung-dong-young',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Chung Dong-young', en: 'Chung Dong-young', ko: '정동영' },
    aliases: ['Chung Dong Young', 'Jeong Dong-young', 'Jung Dong Young'],
    shortForms: ['Chung'],
    description: {
      de: 'Südkoreanischer Politiker der Demokratischen Partei und Verfechter des Dialogs mit dem Norden; 2004–2005 und erneut ab 2025 Vereinigungsminister.',
      en: 'South Korean Democratic Party politician and advocate of engagement with the North; unification minister in 2004–2005 and again from 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'south-korea' }],
  },
  {
    id: 'dong-jun',
    type: 'person',
    subtype: 'military',
    names: { de: 'Dong Jun', en: 'Dong Jun' },
    shortForms: ['Dong'],
    description: {
      de: 'Admiral der chinesischen Marine, im Dezember 2023 zum Verteidigungsminister Chinas ernannt.',
      en: 'Chinese navy admiral, appointed China’s defence minister in December 2023.',
    },
    links: [
      { rel: 'citizen-of', to: 'china' },
      { rel: 'member-of', to: 'peoples-liberation-army' },
    ],
  },
  {
    id: 'jared-kushner',
    type: 'person',
    subtype: 'businessman',
    names: { de: 'Jared Kushner', en: 'Jared Kushner' },
    // The bare surname names him in Gaza, Iran and Ukraine reporting; his father Charles (ambassador
    // in Paris) gets it only after his own full name (implied surname, named last).
    aliases: ['Kushner'],
    description: {
      de: 'Investor und Schwiegersohn Trumps; in dessen erster Amtszeit Berater und Architekt der Abraham-Abkommen, seit 2025 mit Witkoff Unterhändler zu Gaza und zur Ukraine.',
      en: 'Investor and Trump’s son-in-law; senior adviser and architect of the Abraham Accords in the first term, since 2025 negotiating on Gaza and Ukraine alongside Witkoff.',
    },
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'related-to', to: 'donald-trump' },
      { rel: 'related-to', to: 'steve-witkoff' },
    ],
  },
  {
    id: 'dan-driscoll',
    type: 'person',
    subtype: 'official',
    names: { de: 'Dan Driscoll', en: 'Dan Driscoll' },
    aliases: ['Daniel Driscoll', 'Daniel P. Driscoll'],
    shortForms: ['Driscoll'],
    description: {
      de: 'Im Februar 2025 US-Heeresminister (Secretary of the Army) geworden; Vertrauter von Vizepräsident Vance, im November 2025 in Kiew als Überbringer des US-Friedensplans.',
      en: 'Became US Secretary of the Army in February 2025; a Vance ally who carried the US peace plan to Kyiv in November 2025.',
    },
    links: [
      { rel: 'citizen-of', to: 'united-states' },
      { rel: 'member-of', to: 'us-army' },
    ],
  },
  {
    id: 'linda-thomas-greenfield',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Linda Thomas-Greenfield', en: 'Linda Thomas-Greenfield' },
    aliases: ['Thomas-Greenfield'],
    description: {
      de: 'US-Botschafterin bei den Vereinten Nationen unter Biden (2021–2025).',
      en: 'US ambassador to the United Nations under Biden (2021–2025).',
    },
    roles: [
      { title: { de: 'US-Botschafterin bei den Vereinten Nationen', en: 'US Ambassador to the United Nations' }, of: 'us-state-department', from: '2021-02', to: '2025-01' },
    ],
    links: [{ rel: 'citizen-of', to: 'united-states' }],
  },
  {
    id: 'us-treasury',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'US-Finanzministerium', en: 'US Treasury Department' },
    aliases: ['US Treasury', 'U.S. Treasury', 'Treasury Department', 'Department of the Treasury', 'Department of Treasury', 'US-Schatzamt', 'Finanzministerium der USA', 'US-amerikanisches Finanzministerium', 'amerikanisches Finanzministerium'],
    // Bare: after the US Treasury is named in full, or beside its sanctions office or secretary.
    guarded: ['Treasury'],
    cues: ['ofac', 'bessent', 'yellen', 'mnuchin', 'terrorist financing'],
    description: {
      de: 'Das Finanzministerium der USA; verhängt über sein Büro OFAC Sanktionen gegen Russland, Iran und Nordkorea.',
      en: 'The US finance ministry; imposes sanctions on Russia, Iran and North Korea through its OFAC office.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'ofac',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Office of Foreign Assets Control', en: 'Office of Foreign Assets Control' },
    aliases: ['US-Sanktionsbehörde OFAC', 'Ofac'],
    acronyms: ['OFAC'],
    description: {
      de: 'Sanktionsbehörde des US-Finanzministeriums, führt die Sanktionslisten.',
      en: 'The US Treasury’s sanctions office, which keeps the sanctions lists.',
    },
    links: [{ rel: 'part-of', to: 'us-treasury' }],
  },
  {
    id: 'fbi',
    type: 'organization',
    subtype: 'security-body',
    names: { de: 'Federal Bureau of Investigation', en: 'Federal Bureau of Investigation' },
    acronyms: ['FBI'],
    description: {
      de: 'Bundespolizei und Inlandsgeheimdienst der USA; ordnet unter anderem Cyberangriffe staatlichen Hackern zu.',
      en: 'US federal police and domestic intelligence agency; among other things attributes cyberattacks to state hackers.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'andy-burnham',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Andy Burnham', en: 'Andy Burnham' },
    shortForms: ['Burnham'],
    description: {
      de: 'Labour-Politiker, ab 2017 Bürgermeister von Greater Manchester; kehrte 2026 ins Unterhaus zurück und bewarb sich nach Starmers Rücktrittsankündigung um dessen Nachfolge.',
      en: 'Labour politician, mayor of Greater Manchester from 2017; returned to the Commons in 2026 and ran to succeed Starmer after he announced his resignation.',
    },
    links: [{ rel: 'citizen-of', to: 'united-kingdom' }],
  },
  {
    id: 'lars-klingbeil',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Lars Klingbeil', en: 'Lars Klingbeil' },
    aliases: ['Klingbeil'],
    description: {
      de: 'SPD-Ko-Vorsitzender, Vizekanzler und Bundesfinanzminister seit Mai 2025.',
      en: 'SPD co-leader, German vice-chancellor and finance minister since May 2025.',
    },
    roles: [
      { title: { de: 'Vizekanzler und Bundesfinanzminister', en: 'Vice-Chancellor and finance minister' }, of: 'germany', from: '2025-05-06' },
    ],
    links: [
      { rel: 'citizen-of', to: 'germany' },
      { rel: 'member-of', to: 'bundesregierung' },
    ],
  },
  {
    id: 'afd',
    type: 'organization',
    subtype: 'party',
    names: { de: 'Alternative für Deutschland', en: 'Alternative for Germany' },
    acronyms: ['AfD'],
    description: {
      de: 'Rechtspopulistische bis rechtsextreme deutsche Partei, stärkste Oppositionskraft im Bundestag seit 2025; lehnt Waffenlieferungen an die Ukraine ab.',
      en: 'German right-wing populist to far-right party, the largest opposition group in the Bundestag since 2025; opposes arms deliveries to Ukraine.',
    },
    links: [{ rel: 'part-of', to: 'germany' }],
  },
  {
    id: 'alice-weidel',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Alice Weidel', en: 'Alice Weidel' },
    aliases: ['Weidel'],
    description: {
      de: 'Ko-Vorsitzende der AfD und Chefin ihrer Bundestagsfraktion.',
      en: 'Co-leader of the AfD and head of its group in the Bundestag.',
    },
    links: [
      { rel: 'citizen-of', to: 'germany' },
      { rel: 'leads', to: 'afd' },
    ],
  },
  {
    id: 'catherine-vautrin',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Catherine Vautrin', en: 'Catherine Vautrin' },
    aliases: ['Vautrin'],
    description: {
      de: 'Französische Mitte-rechts-Politikerin, zuvor Arbeits- und Gesundheitsministerin; im Oktober 2025 Ministerin der Streitkräfte im Kabinett Lecornu geworden.',
      en: 'French centre-right politician, previously labour and health minister; became armed forces minister in Lecornu’s cabinet in October 2025.',
    },
    links: [{ rel: 'citizen-of', to: 'france' }],
  },
  {
    id: 'andrius-kubilius',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Andrius Kubilius', en: 'Andrius Kubilius' },
    aliases: ['Kubilius'],
    description: {
      de: 'Litauischer Christdemokrat und früherer Regierungschef, seit Dezember 2024 erster EU-Kommissar für Verteidigung und Raumfahrt.',
      en: 'Lithuanian Christian Democrat and former prime minister, since December 2024 the EU’s first commissioner for defence and space.',
    },
    roles: [
      { title: { de: 'EU-Kommissar für Verteidigung und Raumfahrt', en: 'European Commissioner for Defence and Space' }, of: 'european-commission', from: '2024-12-01' },
    ],
    links: [{ rel: 'member-of', to: 'european-commission' }],
  },
];
