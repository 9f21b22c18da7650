// Sixteenth breadth round: a sixth random sample of German newspaper and broadcaster reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // German engineer, mine-clearing and transport vehicles of the kind the Bundesregierung lists for Ukraine.
  {
    id: 'dachs-engineer-vehicle', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Pionierpanzer Dachs', en: 'Dachs armoured engineer vehicle' },
    aliases: ['Pionierpanzer 2 Dachs', 'Dachs-Pionierpanzer', 'Pionierpanzer 2', 'Dachs engineer tank'],
    guarded: ['Dachs'],
    cues: ['pionierpanzer', 'pionier', 'engineer', 'panzer', 'leopard', 'bundeswehr', 'biber', 'bergepanzer', 'ukraine'],
    description: {
      de: 'Gepanzertes Pionierfahrzeug der Bundeswehr mit Räumschild und Baggerarm auf dem Fahrgestell des Leopard 1; Deutschland gab Exemplare an die Ukraine ab.',
      en: 'Bundeswehr armoured engineer vehicle with dozer blade and excavator arm on a Leopard 1 chassis; Germany passed some to Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'bundeswehr' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'related-to', to: 'leopard-1' }],
  },
  {
    id: 'wisent-1-mine-clearing-vehicle', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Minenräumpanzer Wisent 1', en: 'Wisent 1 mine-clearing vehicle' },
    aliases: ['Wisent 1', 'Wisent 1 MC', 'Wisent-1', 'Minenräumpanzer Wisent', 'Wisent mine-clearing tank'],
    guarded: ['Wisent'],
    cues: ['minenräum', 'minen', 'mine', 'räumpanzer', 'panzer', 'ffg', 'flensburg', 'leopard', 'bergepanzer', 'biber', 'ukraine'],
    description: {
      de: 'Minenräumpanzer der Flensburger Fahrzeugbau Gesellschaft auf Leopard-1-Basis; Deutschland finanzierte mehrere Exemplare für die Ukraine.',
      en: 'Mine-clearing tank built by Flensburger Fahrzeugbau Gesellschaft on a Leopard 1 base; Germany funded several for Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'flensburger-fahrzeugbau' }, { rel: 'used-by', to: 'ukraine' }, { rel: 'related-to', to: 'leopard-1' }],
  },
  {
    id: 'leguan-bridge-layer', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Panzerschnellbrücke Leguan', en: 'Leguan bridge-laying system' },
    aliases: ['Leguan-Brückenleger', 'Brückenlegepanzer Leguan', 'Leguan bridge layer'],
    guarded: ['Leguan'],
    cues: ['brücke', 'brückenleg', 'bridge', 'panzer', 'leopard', 'bundeswehr', 'kmw', 'krauss', 'knds', 'pionier'],
    description: {
      de: 'Brückenlegesystem von Krauss-Maffei Wegmann, das die Bundeswehr auf Leopard-2-Fahrgestell beschafft hat; Nachfolger des Biber.',
      en: 'Bridge-laying system by Krauss-Maffei Wegmann that the Bundeswehr has bought on a Leopard 2 chassis; successor to the Biber.',
    },
    links: [{ rel: 'made-by', to: 'krauss-maffei-wegmann' }, { rel: 'used-by', to: 'bundeswehr' }, { rel: 'related-to', to: 'biber-bridge-layer' }],
  },
  {
    id: 'slt-elefant', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Schwerlasttransporter Elefant', en: 'Elefant heavy tank transporter' },
    aliases: ['SLT 50-3 Elefant', 'SLT 50-2 Elefant', 'SLT 50 Elefant', 'Panzertransporter Elefant', 'SLT Elefant'],
    guarded: ['Elefant'],
    cues: ['slt', 'schwerlast', 'transporter', 'sattelzug', 'panzertransport', 'tank transporter', 'bundeswehr', 'leopard'],
    description: {
      de: 'Schwerer Sattelzug der Bundeswehr zum Transport von Kampfpanzern; auch für die Ukraine vorgesehen.',
      en: 'Heavy Bundeswehr tractor-trailer for moving main battle tanks; also earmarked for Ukraine.',
    },
    links: [{ rel: 'used-by', to: 'bundeswehr' }, { rel: 'related-to', to: 'leopard-2' }],
  },
  {
    id: 'rq-35-heidrun', type: 'weapon', subtype: 'drone',
    names: { de: 'Aufklärungsdrohne RQ-35 Heidrun', en: 'RQ-35 Heidrun reconnaissance drone' },
    aliases: ['RQ-35 Heidrun', 'RQ-35 HEIDRUN', 'RQ-35', 'Heidrun-Drohne'],
    guarded: ['Heidrun'],
    cues: ['drohne', 'drone', 'aufklärung', 'reconnaissance', 'sky-watch', 'skywatch', 'quadrocopter', 'ukraine'],
    description: {
      de: 'Kleine Aufklärungsdrohne des dänischen Herstellers Sky-Watch, die Deutschland in großer Zahl an die Ukraine geliefert hat.',
      en: 'Small reconnaissance drone by the Danish maker Sky-Watch, supplied by Germany to Ukraine in large numbers.',
    },
    links: [{ rel: 'made-by', to: 'sky-watch' }, { rel: 'used-by', to: 'ukraine' }],
  },
  {
    id: 'sky-watch', type: 'organization', subtype: 'company',
    names: { de: 'Sky-Watch', en: 'Sky-Watch' },
    aliases: ['Sky-Watch A/S', 'Sky Watch A/S'],
    description: {
      de: 'Dänischer Hersteller kleiner militärischer Drohnen, darunter die RQ-35 Heidrun.',
      en: 'Danish maker of small military drones, among them the RQ-35 Heidrun.',
    },
    links: [{ rel: 'part-of', to: 'denmark' }],
  },
  // American and British protected vehicles of the same lists.
  {
    id: 'oshkosh-defense', type: 'organization', subtype: 'company',
    names: { de: 'Oshkosh Defense', en: 'Oshkosh Defense' },
    aliases: ['Oshkosh Corporation', 'Oshkosh Corp'],
    guarded: ['Oshkosh'],
    cues: ['fahrzeug', 'vehicle', 'lkw', 'truck', 'sattelzug', 'schwerlast', 'jltv', 'm-atv', 'hemtt', 'mrap', 'pentagon', 'army', 'rüstung', 'defense', 'ukraine'],
    description: {
      de: 'US-Hersteller militärischer Fahrzeuge aus Wisconsin, bekannt für JLTV, M-ATV und schwere Lastwagen.',
      en: 'US maker of military vehicles based in Wisconsin, known for the JLTV, the M-ATV and heavy trucks.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  {
    id: 'jltv', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'JLTV', en: 'Joint Light Tactical Vehicle' },
    aliases: ['Oshkosh JLTV', 'JLTV-Geländewagen'],
    description: {
      de: 'Geschütztes leichtes Einsatzfahrzeug von Oshkosh, Nachfolger des Humvee bei US-Armee und Marines.',
      en: 'Protected light tactical vehicle by Oshkosh, successor to the Humvee in the US Army and Marines.',
    },
    links: [{ rel: 'made-by', to: 'oshkosh-defense' }, { rel: 'used-by', to: 'us-army' }, { rel: 'used-by', to: 'us-marine-corps' }, { rel: 'related-to', to: 'humvee' }],
  },
  {
    id: 'm-atv', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'M-ATV', en: 'M-ATV' },
    aliases: ['Oshkosh M-ATV', 'MRAP All-Terrain Vehicle', 'M-ATV MRAP'],
    description: {
      de: 'Minengeschütztes Geländefahrzeug (MRAP) von Oshkosh, für den Afghanistan-Einsatz der US-Streitkräfte entwickelt.',
      en: 'Mine-resistant all-terrain vehicle (MRAP) by Oshkosh, developed for US forces in Afghanistan.',
    },
    links: [{ rel: 'made-by', to: 'oshkosh-defense' }, { rel: 'used-by', to: 'us-army' }, { rel: 'related-to', to: 'maxxpro' }],
  },
  {
    id: 'hemtt', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'HEMTT', en: 'Heavy Expanded Mobility Tactical Truck' },
    aliases: ['Oshkosh HEMTT', 'HEMTT truck'],
    description: {
      de: 'Schwerer geländegängiger Achtrad-Lkw von Oshkosh für die US-Armee, Träger vieler Waffen- und Versorgungssysteme.',
      en: 'Heavy eight-wheel all-terrain truck by Oshkosh for the US Army, carrier of many weapon and supply systems.',
    },
    links: [{ rel: 'made-by', to: 'oshkosh-defense' }, { rel: 'used-by', to: 'us-army' }],
  },
  {
    id: 'wolfhound-vehicle', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Wolfhound-Transportfahrzeug', en: 'Wolfhound tactical support vehicle' },
    aliases: ['Wolfhound TSV', 'Wolfhound-Fahrzeug', 'Wolfhound vehicle'],
    guarded: ['Wolfhound'],
    cues: ['fahrzeug', 'vehicle', 'mastiff', 'husky', 'mrap', 'geschützt', 'protected', 'britisch', 'british', 'panzer', 'ukraine'],
    description: {
      de: 'Geschütztes sechsrädriges Unterstützungsfahrzeug der britischen Armee aus der Mastiff-Familie.',
      en: 'British Army six-wheel protected support vehicle of the Mastiff family.',
    },
    links: [{ rel: 'used-by', to: 'british-army' }, { rel: 'related-to', to: 'mastiff-vehicle' }],
  },
  {
    id: 'husky-tsv', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Husky-Transportfahrzeug', en: 'Husky tactical support vehicle' },
    aliases: ['Husky TSV', 'Husky-Fahrzeug'],
    guarded: ['Husky'],
    cues: ['fahrzeug', 'vehicle', 'mastiff', 'wolfhound', 'mrap', 'geschützt', 'protected', 'britisch', 'british army', 'ukraine'],
    description: {
      de: 'Geschütztes Unterstützungsfahrzeug der britischen Armee auf Basis eines Navistar-Lkw.',
      en: 'British Army protected support vehicle based on a Navistar truck.',
    },
    links: [{ rel: 'used-by', to: 'british-army' }, { rel: 'related-to', to: 'wolfhound-vehicle' }],
  },
  // Syrian Arab tribes and a Druze cleric named in reporting on the post-Assad order.
  {
    id: 'uqaydat-tribe', type: 'organization', subtype: 'armed-group',
    names: { de: 'Akidat-Stamm', en: "Uqaydat tribe", ar: 'قبيلة العكيدات' },
    aliases: ['Akidat', 'Aqidat', 'Uqaydat', 'Uqaidat', 'Ugaidat', 'Okaidat', 'Al-Okaidat', 'Egeidat', 'Al-Uqaydat', 'Akeidat'],
    description: {
      de: 'Große arabische Stammeskonföderation am Euphrat in der Provinz Deir ez-Zor; ihre Kämpfer erhoben sich 2023 gegen die kurdisch geführten SDF.',
      en: 'Large Arab tribal confederation on the Euphrates in Deir ez-Zor province; its fighters rose against the Kurdish-led SDF in 2023.',
    },
    links: [{ rel: 'part-of', to: 'syria' }, { rel: 'related-to', to: 'sdf' }, { rel: 'related-to', to: 'ibrahim-al-hifl' }],
  },
  {
    id: 'shaitat-clan', type: 'organization', subtype: 'armed-group',
    names: { de: 'Schaitat', en: 'Shaitat', ar: 'الشعيطات' },
    aliases: ['Shaitat', 'Sheitat', 'Al-Shaitat', 'Shuaytat', 'Schaitat-Stamm', 'Shaitat tribe'],
    description: {
      de: 'Clan des Akidat-Stammes im Osten Syriens, an dem der IS 2014 ein Massaker mit Hunderten Toten verübte.',
      en: 'Clan of the Uqaydat tribe in eastern Syria, of whom Islamic State massacred hundreds in 2014.',
    },
    links: [{ rel: 'part-of', to: 'uqaydat-tribe' }, { rel: 'related-to', to: 'islamic-state' }],
  },
  {
    id: 'jubur-tribe', type: 'organization', subtype: 'armed-group',
    names: { de: 'Dschubur-Stamm', en: 'Jubur tribe', ar: 'قبيلة الجبور' },
    aliases: ['Jubur tribe', 'Al-Jubur tribe', 'Jabour tribe', 'Stamm der Dschubur', 'Jubur-Stamm'],
    guarded: ['Jubur', 'Al-Jubur', 'Dschubur', 'Jabour'],
    cues: ['stamm', 'stämme', 'tribe', 'tribal', 'clan', 'scheich', 'sheikh', 'beduin'],
    description: {
      de: 'Große arabische Stammesgruppe in Syrien und im Irak, in Syrien unter anderem in der Provinz Hasaka.',
      en: 'Large Arab tribal group in Syria and Iraq, in Syria among other places in Hasakah province.',
    },
    links: [{ rel: 'part-of', to: 'syria' }],
  },
  {
    id: 'tayy-tribe', type: 'organization', subtype: 'armed-group',
    names: { de: 'Tayy-Stamm', en: 'Tayy tribe', ar: 'قبيلة طي' },
    aliases: ['Stamm der Tayy', 'Tayy tribal militia'],
    guarded: ['Tayy'],
    cues: ['stamm', 'stämme', 'tribe', 'tribal', 'clan', 'miliz', 'militia', 'qamischli', 'qamishli', 'scheich', 'sheikh'],
    description: {
      de: 'Arabischer Stamm um Qamischli im Nordosten Syriens, dessen Miliz lange zum Assad-Lager hielt und mit kurdischen Kräften zusammenstieß.',
      en: 'Arab tribe around Qamishli in north-eastern Syria whose militia long sided with Assad and clashed with Kurdish forces.',
    },
    links: [{ rel: 'part-of', to: 'syria' }, { rel: 'related-to', to: 'sdf' }],
  },
  {
    id: 'marwan-kiwan', type: 'person', subtype: 'cleric',
    names: { de: 'Marwan Kiwan', en: 'Marwan Kiwan', ar: 'مروان كيوان' },
    aliases: ['Scheich Marwan Kiwan', 'Sheikh Marwan Kiwan'],
    description: {
      de: 'Drusischer Geistlicher, dem im April 2025 eine gefälschte Tonaufnahme mit Schmähungen des Propheten zugeschrieben wurde; das löste Angriffe auf Drusen aus.',
      en: 'Druze cleric to whom a faked audio insulting the Prophet was attributed in April 2025, which set off attacks on Druze.',
    },
    links: [{ rel: 'citizen-of', to: 'syria' }],
  },
  // Austrian and Swiss defence makers that the Austrian and Swiss press names in war and export stories.
  {
    id: 'schiebel', type: 'organization', subtype: 'company',
    names: { de: 'Schiebel', en: 'Schiebel' },
    aliases: ['Schiebel-Gruppe', 'Schiebel Group', 'Schiebel Elektronische Geräte'],
    guarded: ['Schiebel'],
    cues: ['drohne', 'drone', 'camcopter', 'hubschrauber', 'helicopter', 'hersteller', 'maker', 'firma', 'unternehmen', 'rüstung', 'export'],
    description: {
      de: 'Wiener Hersteller unbemannter Hubschrauber (Camcopter S-100) und von Minensuchgeräten.',
      en: 'Vienna-based maker of unmanned helicopters (the Camcopter S-100) and mine detectors.',
    },
    links: [{ rel: 'part-of', to: 'austria' }],
  },
  {
    id: 'camcopter-s-100', type: 'weapon', subtype: 'drone',
    names: { de: 'Camcopter S-100', en: 'Camcopter S-100' },
    aliases: ['Schiebel Camcopter', 'Camcopter S100', 'S-100 Camcopter'],
    guarded: ['Camcopter'],
    cues: ['drohne', 'drone', 'schiebel', 'hubschrauber', 'helicopter', 'unbemannt', 'unmanned'],
    description: {
      de: 'Unbemannter Hubschrauber der österreichischen Firma Schiebel zur Aufklärung, von zahlreichen Marinen genutzt.',
      en: 'Unmanned reconnaissance helicopter by the Austrian firm Schiebel, used by many navies.',
    },
    links: [{ rel: 'made-by', to: 'schiebel' }],
  },
  {
    id: 'steyr-arms', type: 'organization', subtype: 'company',
    names: { de: 'Steyr Arms', en: 'Steyr Arms' },
    aliases: ['Steyr Mannlicher', 'Steyr-Mannlicher'],
    description: {
      de: 'Österreichischer Waffenhersteller, bekannt für das Sturmgewehr AUG (StG 77) des Bundesheers.',
      en: 'Austrian arms maker known for the AUG assault rifle (StG 77) of the Austrian army.',
    },
    links: [{ rel: 'part-of', to: 'austria' }, { rel: 'related-to', to: 'austrian-armed-forces' }],
  },
  {
    id: 'glock', type: 'organization', subtype: 'company',
    names: { de: 'Glock', en: 'Glock' },
    aliases: ['Glock GmbH', 'Glock Ges.m.b.H.'],
    guarded: ['Glock'],
    cues: ['pistole', 'pistol', 'waffenhersteller', 'gun maker', 'handfeuerwaffe', 'hersteller', 'firma', 'deutsch-wagram', 'export'],
    description: {
      de: 'Österreichischer Pistolenhersteller aus Deutsch-Wagram, dessen Pistolen Armeen und Polizeien weltweit führen.',
      en: 'Austrian pistol maker from Deutsch-Wagram whose handguns are carried by armies and police forces worldwide.',
    },
    links: [{ rel: 'part-of', to: 'austria' }],
  },
  {
    id: 'pilatus-aircraft', type: 'organization', subtype: 'company',
    names: { de: 'Pilatus Flugzeugwerke', en: 'Pilatus Aircraft' },
    aliases: ['Pilatus Aircraft Ltd', 'Pilatus-Flugzeugwerke'],
    guarded: ['Pilatus'],
    cues: ['flugzeug', 'aircraft', 'trainingsflugzeug', 'pc-7', 'pc-9', 'pc-12', 'pc-21', 'stans', 'hersteller', 'firma', 'export', 'rüstung'],
    description: {
      de: 'Schweizer Flugzeughersteller aus Stans, bekannt für militärische Trainingsflugzeuge wie PC-7 und PC-21.',
      en: 'Swiss aircraft maker from Stans, known for military trainers such as the PC-7 and the PC-21.',
    },
    links: [{ rel: 'part-of', to: 'switzerland' }],
  },
];
