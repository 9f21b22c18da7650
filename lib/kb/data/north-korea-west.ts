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
    aliases: ['Kim Yo-jong', 'Kim Jo Jong'],
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
    aliases: ['Kim Ju-ae'],
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
    aliases: ['Choe Son-hui', 'Choi Son Hui', 'Choi Son-hui'],
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
    aliases: ['No Kwang-chol'],
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
    aliases: ["Korean People's Army", 'Korean Peoples Army', 'Nordkoreanische Volksarmee'],
    acronyms: ['KPA'],
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
    aliases: ['Korean Central News Agency of DPRK', 'Zentrale Koreanische Nachrichtenagentur'],
    acronyms: ['KCNA'],
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
    aliases: ['General Reconnaissance Bureau'],
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
    aliases: ['Lazarus Gruppe', 'Hidden Cobra'],
    guarded: ['Lazarus'],
    cues: ['hacker', 'cyber', 'krypto', 'crypto', 'bitcoin', 'nordkorea', 'north korea', 'angriff', 'attack', 'heist', 'diebstahl'],
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
    aliases: ['Lee Jae Myung'],
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
    ],
  },
  {
    id: 'yoon-suk-yeol',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Yoon Suk Yeol', en: 'Yoon Suk Yeol', ko: '윤석열' },
    aliases: ['Yoon Suk-yeol', 'Yoon Seok-youl'],
    shortForms: ['Yoon'],
    description: {
      de: 'Präsident Südkoreas von 2022 bis 2025; rief im Dezember 2024 das Kriegsrecht aus, wurde vom Parlament suspendiert und im April 2025 vom Verfassungsgericht des Amtes enthoben.',
      en: 'President of South Korea from 2022 to 2025; declared martial law in December 2024, was impeached and removed by the Constitutional Court in April 2025.',
    },
    roles: [
      { title: { de: 'Präsident Südkoreas', en: 'President of South Korea' }, of: 'south-korea', from: '2022-05-10', to: '2025-04-04' },
    ],
    links: [{ rel: 'citizen-of', to: 'south-korea' }],
  },
  {
    id: 'national-intelligence-service-korea',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Nationaler Geheimdienst Südkoreas', en: 'National Intelligence Service', ko: '국가정보원' },
    aliases: ['South Korean National Intelligence Service', 'South Korea’s National Intelligence Service'],
    acronyms: ['NIS'],
    guarded: ['Nationaler Geheimdienst'],
    cues: ['südkorea', 'south korea', 'seoul', 'nordkorea', 'north korea'],
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
    aliases: ['Südkoreanischer Generalstab', 'Südkoreas Generalstab', 'Joint Chiefs of Staff of South Korea'],
    guarded: ['Joint Chiefs of Staff', 'JCS', 'Generalstab'],
    cues: ['südkorea', 'south korea', 'seoul', 'nordkorea', 'north korea', 'pjöngjang', 'pyongyang'],
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
    aliases: ["People's Liberation Army", 'Peoples Liberation Army', 'Chinesische Volksbefreiungsarmee'],
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
];
