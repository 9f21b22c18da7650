// Twenty-eighth breadth round: German reporting on the war at the front — brigades, corps, drone units, long-range strikes, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── Ukraine: air defence units of the Air Force (peers of the 96th, 138th, 160th and 208th brigades already in the base) ──
  {
    id: 'ua-301st-anti-aircraft-missile-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '301. Flugabwehrraketenbrigade', en: '301st Anti-Aircraft Missile Brigade', uk: '301-ша окрема зенітна ракетна бригада' },
    aliases: ['301st Separate Anti-Aircraft Missile Brigade', '301. Flugabwehr-Raketenbrigade'],
    description: {
      de: 'Flugabwehrraketenbrigade der ukrainischen Luftstreitkräfte mit Stammsitz in Nikopol.',
      en: 'Anti-aircraft missile brigade of the Ukrainian Air Force with its home base at Nikopol.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-air-force' }],
  },
  {
    id: 'ua-11th-anti-aircraft-missile-regiment',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '11. Flugabwehrraketenregiment', en: '11th Anti-Aircraft Missile Regiment', uk: '11-й зенітний ракетний полк' },
    aliases: ['11th Separate Anti-Aircraft Missile Regiment', '11. Flugabwehr-Raketenregiment'],
    description: {
      de: 'Flugabwehrraketenregiment der ukrainischen Luftstreitkräfte.',
      en: 'Anti-aircraft missile regiment of the Ukrainian Air Force.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-air-force' }],
  },
  {
    id: 'ua-223rd-anti-aircraft-missile-regiment',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '223. Flugabwehrraketenregiment', en: '223rd Anti-Aircraft Missile Regiment', uk: '223-й зенітний ракетний полк' },
    aliases: ['223rd Anti-Aircraft Missile Regiment named after the Ukrainian Sich Riflemen', '223. Flugabwehr-Raketenregiment'],
    description: {
      de: 'Flugabwehrraketenregiment der ukrainischen Luftstreitkräfte im Westen des Landes, benannt nach den Ukrainischen Sitschower Schützen.',
      en: 'Anti-aircraft missile regiment of the Ukrainian Air Force in the west of the country, named after the Ukrainian Sich Riflemen.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-air-force' }, { rel: 'part-of', to: 'ua-air-command-west' }],
  },
  {
    id: 'ua-302nd-anti-aircraft-missile-regiment',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '302. Flugabwehrraketenregiment', en: '302nd Anti-Aircraft Missile Regiment', uk: '302-й зенітний ракетний полк' },
    aliases: ['302nd Separate Anti-Aircraft Missile Regiment', '302. Flugabwehr-Raketenregiment'],
    description: {
      de: 'Flugabwehrraketenregiment der ukrainischen Luftstreitkräfte mit Stammsitz in Charkiw.',
      en: 'Anti-aircraft missile regiment of the Ukrainian Air Force with its home base in Kharkiv.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-air-force' }],
  },
  {
    id: 'ua-540th-anti-aircraft-missile-regiment',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '540. Flugabwehrraketenregiment', en: '540th Anti-Aircraft Missile Regiment', uk: '540-й зенітний ракетний полк' },
    aliases: ['540th Separate Anti-Aircraft Missile Regiment', '540. Flugabwehr-Raketenregiment'],
    description: {
      de: 'Flugabwehrraketenregiment der ukrainischen Luftstreitkräfte in der Westukraine.',
      en: 'Anti-aircraft missile regiment of the Ukrainian Air Force in western Ukraine.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-air-force' }],
  },
  {
    id: 'ua-14th-radio-technical-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '14. Funktechnische Brigade', en: '14th Radio-Technical Brigade', uk: '14-та радіотехнічна бригада' },
    aliases: ['14th Radio Technical Brigade', '14. funktechnische Brigade', '14th Radar Brigade'],
    description: {
      de: 'Radaraufklärungsbrigade der ukrainischen Luftstreitkräfte, die den Luftraum überwacht und Luftziele meldet.',
      en: 'Radar brigade of the Ukrainian Air Force that watches the airspace and reports air targets.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-air-force' }],
  },
  // ── Ukraine: artillery and coastal units of the Ground Forces and the Navy ──
  {
    id: 'ua-45th-artillery-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '45. Artilleriebrigade', en: '45th Artillery Brigade', uk: '45-та окрема артилерійська бригада' },
    aliases: ['45th Separate Artillery Brigade', '45. Separate Artilleriebrigade'],
    description: {
      de: 'Artilleriebrigade der ukrainischen Landstreitkräfte, an der Ostfront eingesetzt.',
      en: 'Artillery brigade of the Ukrainian Ground Forces, deployed on the eastern front.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-ground-forces' }],
  },
  {
    id: 'ua-107th-rocket-artillery-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '107. Raketenartilleriebrigade', en: '107th Rocket Artillery Brigade', uk: '107-ма окрема реактивна артилерійська бригада' },
    aliases: ['107th Separate Rocket Artillery Brigade', '107. Raketenartillerie-Brigade', '107th Multiple Rocket Launcher Brigade'],
    description: {
      de: 'Raketenartilleriebrigade der ukrainischen Landstreitkräfte mit Stammsitz in Krementschuk, ausgerüstet mit Mehrfachraketenwerfern.',
      en: 'Rocket artillery brigade of the Ukrainian Ground Forces with its home base at Kremenchuk, equipped with multiple rocket launchers.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-ground-forces' }],
  },
  {
    id: 'ua-40th-coastal-defence-brigade',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '40. Küstenschutzbrigade', en: '40th Coastal Defence Brigade', uk: '40-ва окрема бригада берегової оборони' },
    aliases: ['40th Separate Coastal Defense Brigade', '40th Coastal Defense Brigade', '40. Küstenverteidigungsbrigade', '40. Brigade der Küstenverteidigung'],
    description: {
      de: 'Küstenschutzbrigade der ukrainischen Marine, im Süden an der Dnipro-Front und am Schwarzen Meer eingesetzt.',
      en: 'Coastal defence brigade of the Ukrainian Navy, deployed in the south on the Dnipro front and the Black Sea coast.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-navy' }],
  },
  // ── Russia: a division of the offensive in the Donbas ──
  {
    id: 'ru-6th-motor-rifle-division',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '6. Mot-Schützen-Division', en: '6th Motor Rifle Division', ru: '6-я мотострелковая дивизия' },
    aliases: ['6. motorisierte Schützendivision', '6th Motorized Rifle Division', '6. Motorschützendivision', '6. Mot-Schützendivision'],
    description: {
      de: 'Im Krieg neu aufgestellte russische Division, die im Raum Bachmut und Tschassiw Jar angreift.',
      en: 'Russian division raised during the war, attacking around Bakhmut and Chasiv Yar.',
    },
    links: [{ rel: 'part-of', to: 'russian-ground-forces' }],
  },
  // ── Ukraine: a reconnaissance-strike drone named in Russian claims ──
  {
    id: 'shchedryk-drone',
    type: 'weapon',
    subtype: 'drone',
    names: { de: 'Schtschedryk', en: 'Shchedryk', uk: 'Щедрик' },
    aliases: ['Shchedryk-Drohne', 'Shchedryk drone', 'Schtschedryk-Drohne'],
    // Also the Ukrainian carol ("Carol of the Bells"): the bare name needs a drone word.
    guarded: ['Shchedryk', 'Schtschedryk'],
    cues: ['drohne', 'drone', 'uav', 'bpla', 'aufklärung', 'reconnaissance', 'abgeschossen', 'shot down', 'leleka', 'furia'],
    description: {
      de: 'Ukrainische Aufklärungs- und Kampfdrohne in Flugzeugbauweise; vom russischen Verteidigungsministerium in Abschussmeldungen genannt.',
      en: 'Ukrainian fixed-wing reconnaissance and strike drone; named by the Russian defence ministry in its shoot-down claims.',
    },
    links: [{ rel: 'used-by', to: 'ukraine' }, { rel: 'made-by', to: 'ukraine' }],
  },
  // ── Ukraine: power plants and energy firms hit in the Russian strike campaign ──
  {
    id: 'donbasenergo',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Donbasenergo', en: 'Donbasenergo', uk: 'Донбасенерго' },
    aliases: ['Donbasenerho', 'Donbasenergo PJSC'],
    description: {
      de: 'Ukrainischer Stromerzeuger, Betreiber des Wärmekraftwerks Slowjansk im Gebiet Donezk.',
      en: 'Ukrainian power generator, operator of the Sloviansk thermal power plant in Donetsk oblast.',
    },
    links: [{ rel: 'part-of', to: 'ukraine' }],
  },
  {
    id: 'sloviansk-tpp',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Wärmekraftwerk Slowjansk', en: 'Sloviansk thermal power plant', uk: 'Слов’янська ТЕС' },
    aliases: ['Sloviansk TPP', 'Slovianska TPP', 'Slovyansk power plant', 'Kraftwerk Slowjansk', 'Slowjansker Wärmekraftwerk', 'Sloviansk power station'],
    description: {
      de: 'Kohlekraftwerk in Mykolajiwka bei Slowjansk, Gebiet Donezk; seit 2022 wiederholt von russischem Beschuss getroffen.',
      en: 'Coal-fired power plant at Mykolaivka near Sloviansk, Donetsk oblast; repeatedly hit by Russian fire since 2022.',
    },
    links: [{ rel: 'part-of', to: 'donbasenergo' }],
  },
  {
    id: 'dobrotvir-tpp',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Wärmekraftwerk Dobrotwir', en: 'Dobrotvir thermal power plant', uk: 'Добротвірська ТЕС' },
    aliases: ['Dobrotvir TPP', 'Dobrotvirska TPP', 'Dobrotvir power plant', 'Kraftwerk Dobrotwir', 'Dobrotvir power station'],
    description: {
      de: 'Kohlekraftwerk im Gebiet Lwiw, Ziel russischer Raketenangriffe auf das ukrainische Energiesystem.',
      en: 'Coal-fired power plant in Lviv oblast, a target of Russian missile strikes on the Ukrainian power system.',
    },
    links: [{ rel: 'related-to', to: 'dtek' }],
  },
  {
    id: 'kyiv-hpp',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Wasserkraftwerk Kyjiw', en: 'Kyiv hydroelectric power plant', uk: 'Київська ГЕС' },
    aliases: ['Kyiv HPP', 'Kyiv hydro power plant', 'Kiewer Wasserkraftwerk', 'Wasserkraftwerk Kiew', 'Kyivska HPP', 'Kyiv hydroelectric station'],
    description: {
      de: 'Wasserkraftwerk am Dnipro bei Wyschhorod nördlich von Kyjiw, betrieben von Ukrhydroenergo; Ziel russischer Angriffe.',
      en: 'Hydroelectric plant on the Dnipro at Vyshhorod north of Kyiv, run by Ukrhydroenergo; a target of Russian strikes.',
    },
    links: [{ rel: 'part-of', to: 'ukrhydroenergo' }],
  },
  // ── Journalists and analysts quoted in front reporting ──
  {
    id: 'andrei-rezchikov',
    type: 'person',
    names: { de: 'Andrei Restschikow', en: 'Andrei Rezchikov', ru: 'Андрей Резчиков' },
    aliases: ['Andrey Rezchikov'],
    description: {
      de: 'Autor der russischen Onlinezeitung Wsgljad, schreibt über den Frontverlauf aus russischer Sicht; von RT DE nachgedruckt.',
      en: 'Writer for the Russian online daily Vzglyad covering the front from the Russian side; reprinted by RT DE.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'vzglyad' }],
  },
  {
    id: 'stanislav-krasilnikov',
    type: 'person',
    names: { de: 'Stanislaw Krasilnikow', en: 'Stanislav Krasilnikov', ru: 'Станислав Красильников' },
    description: {
      de: 'Russischer Fotograf der Nachrichtenagentur TASS, dessen Bilder aus dem Kriegsgebiet in deutschen Medien erscheinen.',
      en: 'Russian photographer for the TASS news agency whose pictures from the war zone appear in German media.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'tass' }],
  },
  {
    id: 'sam-fellman',
    type: 'person',
    names: { de: 'Sam Fellman', en: 'Sam Fellman' },
    description: {
      de: 'US-Journalist und Redakteur bei Business Insider für Militär- und Sicherheitsthemen.',
      en: 'US journalist and editor at Business Insider covering military and security affairs.',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'member-of', to: 'business-insider' }],
  },
  {
    id: 'michael-gjerstad',
    type: 'person',
    names: { de: 'Michael Gjerstad', en: 'Michael Gjerstad' },
    description: {
      de: 'Analyst für Landkriegsführung am Londoner Institut IISS, häufig zum Ukraine-Krieg zitiert.',
      en: 'Land-warfare analyst at the London-based IISS, often quoted on the war in Ukraine.',
    },
    links: [{ rel: 'member-of', to: 'iiss' }],
  },
  {
    id: 'alexander-sarovic',
    type: 'person',
    names: { de: 'Alexander Sarovic', en: 'Alexander Sarovic' },
    description: {
      de: 'Reporter des Spiegel, berichtet aus der Ukraine von der Front.',
      en: 'Der Spiegel reporter covering the front in Ukraine.',
    },
    links: [{ rel: 'member-of', to: 'der-spiegel' }],
  },
  // ── Defence industry and drone funding on both sides ──
  {
    id: 'kyiv-arsenal-plant',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Kyjiwer Werk Arsenal', en: 'Kyiv Arsenal plant', uk: 'Завод «Арсенал»' },
    aliases: ['Arsenal-Werk in Kyjiw', 'Arsenal plant in Kyiv', 'Kyiv Arsenal Factory', 'Werk Arsenal in Kiew'],
    // Also the Kyiv football club and any arsenal: the bare city forms need an industry word.
    guarded: ['Arsenal Kiew', 'Kiewer Arsenal', 'Arsenal Kyiv', 'Kyiv Arsenal'],
    cues: ['werk', 'plant', 'factory', 'fabrik', 'optik', 'optics', 'rüstung', 'defence industry', 'defense industry', 'ukroboronprom', 'unternehmen', 'hersteller'],
    description: {
      de: 'Staatlicher Rüstungsbetrieb in Kyjiw, fertigt Optik und Optoelektronik für die ukrainischen Streitkräfte.',
      en: 'State defence plant in Kyiv making optics and optoelectronics for the Ukrainian armed forces.',
    },
    links: [{ rel: 'part-of', to: 'ukroboronprom' }],
  },
  {
    id: 'dignitas-fund',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Dignitas (Ukraine)', en: 'Dignitas Fund', uk: 'Фонд «Дігнітас»' },
    aliases: ['Dignitas Ukraine', 'Dignitas-Stiftung', 'Dignitas charity fund', 'Dignitas Fonds'],
    // Also the Swiss assisted-dying association: the bare name needs a war cue.
    guarded: ['Dignitas'],
    cues: ['drohne', 'drone', 'ukrain', 'fpv', 'front', 'soldat', 'soldier', 'armee', 'army', 'militär', 'military', 'kyjiw', 'kyiv'],
    description: {
      de: 'Ukrainische Hilfsstiftung, die Drohnen für die Truppe beschafft und Drohnenpiloten ausbildet.',
      en: 'Ukrainian charity fund that buys drones for the troops and trains drone operators.',
    },
    links: [{ rel: 'part-of', to: 'ukraine' }],
  },
  // ── Voices quoted on the front ──
  {
    id: 'ivan-arefiev',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Iwan Arefjew', en: 'Ivan Arefiev', uk: 'Іван Арефʼєв' },
    aliases: ['Ivan Arefyev', 'Iwan Arefiew'],
    description: {
      de: 'Sprecher der Militärverwaltung des Gebiets Saporischschja, meldet russische Angriffe auf die Region.',
      en: 'Spokesman for the Zaporizhzhia regional military administration, reporting Russian attacks on the region.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'denys-popovych',
    type: 'person',
    names: { de: 'Denys Popowytsch', en: 'Denys Popovych', uk: 'Денис Попович' },
    description: {
      de: 'Ukrainischer Militärexperte, der in ukrainischen Sendern die Lage an der Front kommentiert.',
      en: 'Ukrainian military expert who comments on the front on Ukrainian broadcasters.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  // ── Russian war-blogger Telegram channels cited by the ISW and the German press ──
  {
    id: 'romanov-light',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Romanow Light', en: 'Romanov Light', ru: 'Romanov Light' },
    aliases: ['Romanov Light channel', 'Romanow-Light'],
    description: {
      de: 'Russischer Militärblog-Kanal auf Telegram, der über Frontbewegungen aus russischer Sicht berichtet und vom ISW zitiert wird.',
      en: 'Russian military-blog channel on Telegram reporting front movements from the Russian side; cited by the ISW.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'alex-parker-returns',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Alex Parker Returns', en: 'Alex Parker Returns', ru: 'Alex Parker Returns' },
    aliases: ['Alex Parker Returns channel'],
    description: {
      de: 'Prorussischer Telegram-Kanal mit Frontberichten, vom ISW als Quelle russischer Militärblogger genannt.',
      en: 'Pro-Russian Telegram channel with front reports, cited by the ISW among Russian military bloggers.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'voevoda-veshchaet',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Wojewoda weschtschajet', en: 'Voevoda Veshchaet', ru: 'Воевода вещает' },
    aliases: ['Voevoda veshchaet', 'Wojewoda weschajet', 'Voyevoda Veshchayet'],
    description: {
      de: 'Russischer Kriegsblog-Kanal auf Telegram, der über Kämpfe in der Ukraine berichtet.',
      en: 'Russian war-blog channel on Telegram reporting on the fighting in Ukraine.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'razvedos-channel',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Razvedos', en: 'Razvedos', ru: 'Разведос' },
    aliases: ['Raswedos'],
    description: {
      de: 'Russischer Militärblog-Kanal auf Telegram mit Lagekarten und Frontmeldungen.',
      en: 'Russian military-blog channel on Telegram posting situation maps and front reports.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'dnevnik-desantnika',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Dnewnik Desantnika', en: 'Dnevnik Desantnika', ru: 'Дневник десантника' },
    aliases: ['Dnevnik desantnika', 'Tagebuch eines Fallschirmjägers', 'Paratrooper’s Diary'],
    description: {
      de: 'Russischer Telegram-Kanal aus dem Umfeld der Luftlandetruppen mit Berichten von der Front.',
      en: 'Russian Telegram channel close to the airborne troops with reports from the front.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'boevoy-ponomar',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Boewoi Ponomar', en: 'Boevoy Ponomar', ru: 'Боевой пономарь' },
    aliases: ['Boevoy ponomar', 'Boyevoy Ponomar', 'Combat Sexton'],
    description: {
      de: 'Russischer Kriegsblog-Kanal auf Telegram, der Frontgeschehen und Militärführung kommentiert.',
      en: 'Russian war-blog channel on Telegram commenting on the front and the military leadership.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'militarist-channel',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Militarist (Telegram-Kanal)', en: 'Militarist (Telegram channel)', ru: 'Милитарист' },
    aliases: [],
    guarded: ['Militarist'],
    cues: ['telegram', 'kanal', 'channel', 'blogger', 'militärblog', 'milblog', 'kriegsblog', 'war blog', 'russisch', 'russian', 'prorussisch', 'pro-russian', 'isw'],
    description: {
      de: 'Russischer Militärblog-Kanal auf Telegram, vom ISW als Quelle zu Frontbewegungen zitiert.',
      en: 'Russian military-blog channel on Telegram cited by the ISW on front movements.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
];
