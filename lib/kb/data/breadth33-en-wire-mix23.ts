// Thirty-third breadth round: a twenty-third random sample of English wire and newspaper reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Hezbollah and the Houthis: the names the sample still missed.
  {
    id: 'fadel-ibrahim',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Fadel Ibrahim', en: 'Fadel Ibrahim', ar: 'فاضل إبراهيم' },
    shortForms: ['Ibrahim'],
    description: {
      de: 'Hisbollah-Feldkommandeur für das Gebiet um Jouaiyya im Südlibanon; im Juni 2024 bei einem israelischen Luftangriff getötet.',
      en: 'Hezbollah field commander for the Jouaiyya area of south Lebanon; killed in an Israeli air strike in June 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'member-of', to: 'hezbollah' }],
  },
  {
    id: 'houthi-armed-forces',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Streitkräfte der Huthis', en: 'Houthi armed forces' },
    aliases: ['Huthi-Streitkräfte', 'Houthi-controlled armed forces'],
    // The Houthis call their army the "Yemeni Armed Forces"; the same words can mean the government's troops.
    guarded: ['Yemeni Armed Forces', 'jemenitische Streitkräfte', 'jemenitischen Streitkräfte'],
    cues: ['saree', 'sarea', 'saria', 'ansar allah', 'ansarallah', 'houthi', 'huthi', 'sanaa', 'sanaʽa', 'red sea', 'roten meer', 'rote meer', 'gulf of aden', 'golf von aden', 'vessel', 'ship', 'schiff'],
    description: {
      de: 'Die von den Huthis in Sanaa kontrollierte Armee, die sich selbst „Jemenitische Streitkräfte“ nennt; ihr Sprecher Yahya Saree verkündet die Angriffe auf Israel und die Schifffahrt.',
      en: 'The army controlled by the Houthis in Sanaa, which styles itself the "Yemeni Armed Forces"; its spokesman Yahya Saree announces the attacks on Israel and on shipping.',
    },
    links: [{ rel: 'part-of', to: 'houthis' }, { rel: 'related-to', to: 'yahya-saree' }, { rel: 'related-to', to: 'houthi-naval-forces' }],
  },
  // Shipping companies named in Red Sea attack and diversion reporting.
  {
    id: 'bernhard-schulte-shipmanagement',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Bernhard Schulte Shipmanagement', en: 'Bernhard Schulte Shipmanagement' },
    aliases: ['Bernhard Schulte Ship Management', 'Schulte Group', 'Schulte-Gruppe'],
    description: {
      de: 'Schiffsmanager der Hamburger Schulte-Gruppe; einer der von ihm betreuten Frachter wurde im Dezember 2023 im Roten Meer von den Huthis angegriffen.',
      en: 'Ship management arm of the Hamburg-based Schulte Group; a container ship it managed was attacked by the Houthis in the Red Sea in December 2023.',
    },
    links: [{ rel: 'related-to', to: 'germany' }, { rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'genco-shipping-and-trading',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Genco Shipping & Trading', en: 'Genco Shipping & Trading' },
    aliases: ['Genco Shipping and Trading', 'Genco Shipping'],
    description: {
      de: 'New Yorker Trockenmassengut-Reederei; ihr Frachter Genco Picardy wurde im Januar 2024 im Golf von Aden von einer Huthi-Drohne getroffen.',
      en: 'New York dry-bulk shipowner; its carrier Genco Picardy was hit by a Houthi drone in the Gulf of Aden in January 2024.',
    },
    links: [{ rel: 'related-to', to: 'united-states' }, { rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'synergy-marine-group',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Synergy Marine Group', en: 'Synergy Marine Group' },
    aliases: ['Synergy Marine', 'Synergy Group shipmanagement'],
    description: {
      de: 'Schiffsmanagement-Konzern mit Sitz in Singapur, der für fremde Eigner Tanker, Container- und Massengutschiffe betreibt.',
      en: 'Singapore-based third-party ship manager running tankers, container ships and bulk carriers for other owners.',
    },
  },
  {
    id: 'anglo-eastern',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Anglo-Eastern', en: 'Anglo-Eastern' },
    aliases: ['Anglo-Eastern Univan Group', 'Anglo-Eastern Ship Management', 'Anglo Eastern Ship Management'],
    description: {
      de: 'Schiffsmanagement-Gruppe aus Hongkong, einer der größten Drittmanager der Handelsflotte.',
      en: 'Hong Kong-based ship management group, one of the largest third-party managers of merchant ships.',
    },
  },
  {
    id: 'wallem-group',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Wallem Group', en: 'Wallem Group' },
    aliases: ['Wallem Shipmanagement', 'Wallem-Gruppe'],
    description: {
      de: 'Schiffsmanagement- und Agenturunternehmen mit Sitz in Hongkong.',
      en: 'Ship management and shipping agency company based in Hong Kong.',
    },
  },
  {
    id: 'columbia-shipmanagement',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Columbia Shipmanagement', en: 'Columbia Shipmanagement' },
    aliases: ['Columbia Ship Management', 'Columbia Group'],
    guarded: ['Columbia Group'],
    cues: ['ship', 'schiff', 'vessel', 'tanker', 'limassol', 'cyprus', 'zypern', 'manag'],
    description: {
      de: 'Schiffsmanager mit Sitz im zyprischen Limassol, Teil der Columbia Group.',
      en: 'Ship manager headquartered in Limassol, Cyprus, part of the Columbia Group.',
    },
  },
  {
    id: 'fleet-management-limited',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Fleet Management Limited', en: 'Fleet Management Limited' },
    aliases: ['Fleet Management Ltd', 'Fleet Management Ltd.'],
    description: {
      de: 'Schiffsmanagement-Unternehmen aus Hongkong, das Tanker, Massengut- und Containerschiffe für Eigner betreut.',
      en: 'Hong Kong ship management company looking after tankers, bulk carriers and container ships for their owners.',
    },
  },
  {
    id: 'oldendorff-carriers',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Oldendorff Carriers', en: 'Oldendorff Carriers' },
    aliases: ['Oldendorff', 'Reederei Oldendorff', 'Egon Oldendorff'],
    description: {
      de: 'Lübecker Trockenmassengut-Reederei, einer der größten Betreiber von Massengutfrachtern weltweit.',
      en: 'Lübeck-based dry-bulk shipping company, one of the largest operators of bulk carriers worldwide.',
    },
    links: [{ rel: 'related-to', to: 'germany' }],
  },
  // Container lines and tanker owners that paused or rerouted Red Sea transits.
  {
    id: 'ocean-network-express',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Ocean Network Express', en: 'Ocean Network Express' },
    description: {
      de: 'Containerreederei mit Sitz in Singapur, 2017 aus den Liniendiensten der japanischen Reedereien NYK, MOL und K Line gebildet.',
      en: 'Singapore-based container line formed in 2017 from the liner businesses of the Japanese carriers NYK, MOL and K Line.',
    },
    links: [{ rel: 'related-to', to: 'japan' }],
  },
  {
    id: 'yang-ming',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Yang Ming Marine Transport', en: 'Yang Ming Marine Transport' },
    aliases: ['Yang Ming Marine Transport Corporation', 'Yang Ming Line', 'Reederei Yang Ming'],
    // Also a Chinese personal name.
    guarded: ['Yang Ming'],
    cues: ['container', 'shipping', 'schifffahrt', 'reederei', 'line', 'linie', 'carrier', 'vessel', 'ship', 'schiff', 'red sea', 'roten meer', 'maersk', 'hapag', 'cma cgm', 'msc', 'evergreen', 'cosco', 'taiwan', 'freight', 'fracht'],
    description: {
      de: 'Taiwanische Containerreederei mit Sitz in Keelung.',
      en: 'Taiwanese container shipping line headquartered in Keelung.',
    },
  },
  {
    id: 'oocl',
    type: 'organization',
    subtype: 'company',
    names: { de: 'OOCL', en: 'OOCL' },
    aliases: ['Orient Overseas Container Line', 'Orient Overseas'],
    acronyms: ['OOCL'],
    description: {
      de: 'Containerreederei aus Hongkong, seit 2018 im Besitz des chinesischen Staatskonzerns COSCO.',
      en: 'Hong Kong container line, owned since 2018 by the Chinese state group COSCO.',
    },
    links: [{ rel: 'related-to', to: 'china' }],
  },
  {
    id: 'pacific-international-lines',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Pacific International Lines', en: 'Pacific International Lines' },
    description: {
      de: 'Containerreederei mit Sitz in Singapur.',
      en: 'Container shipping line headquartered in Singapore.',
    },
  },
  {
    id: 'euronav',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Euronav', en: 'Euronav' },
    description: {
      de: 'Rohöltanker-Reederei aus Antwerpen, 2024 in CMB.Tech aufgegangen.',
      en: 'Antwerp-based crude tanker company, folded into CMB.Tech in 2024.',
    },
  },
  {
    id: 'hafnia',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Hafnia', en: 'Hafnia' },
    aliases: ['Hafnia Limited', 'Hafnia Tankers'],
    guarded: ['Hafnia'],
    cues: ['tanker', 'ship', 'schiff', 'vessel', 'reederei', 'shipping', 'product', 'red sea', 'roten meer', 'bw group'],
    description: {
      de: 'Produktentanker-Reederei mit Sitz in Singapur, mehrheitlich im Besitz der BW Group.',
      en: 'Product tanker company headquartered in Singapore, majority-owned by the BW Group.',
    },
  },
  {
    id: 'teekay',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Teekay', en: 'Teekay' },
    aliases: ['Teekay Tankers', 'Teekay Corporation'],
    description: {
      de: 'Tanker-Reederei mit Sitz auf den Bermudas und Betrieb in Vancouver.',
      en: 'Tanker company incorporated in Bermuda and run from Vancouver.',
    },
  },
  {
    id: 'international-seaways',
    type: 'organization',
    subtype: 'company',
    names: { de: 'International Seaways', en: 'International Seaways' },
    description: {
      de: 'Börsennotierte US-Tankerreederei mit Sitz in New York.',
      en: 'New York-listed US tanker company.',
    },
    links: [{ rel: 'related-to', to: 'united-states' }],
  },
  {
    id: 'maran-tankers',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Maran Tankers', en: 'Maran Tankers' },
    aliases: ['Maran Tankers Management'],
    description: {
      de: 'Griechische Tankerreederei der Reederfamilie Angelicoussis.',
      en: 'Greek tanker company of the Angelicoussis shipowning family.',
    },
  },
  {
    id: 'dynacom-tankers',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Dynacom Tankers', en: 'Dynacom Tankers' },
    aliases: ['Dynacom Tankers Management', 'Dynacom'],
    description: {
      de: 'Griechische Tankerreederei des Reeders George Prokopiou.',
      en: 'Greek tanker company of the shipowner George Prokopiou.',
    },
  },
  // Freight analysts, shipping bodies and the trade press quoted on the Red Sea crisis.
  {
    id: 'drewry',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Drewry', en: 'Drewry' },
    aliases: ['Drewry Shipping Consultants', 'Drewry Maritime Research', 'Drewry World Container Index'],
    guarded: ['Drewry'],
    cues: ['container', 'freight', 'fracht', 'shipping', 'schifffahrt', 'index', 'consult', 'berat', 'maritime', 'rate', 'rates', 'red sea', 'roten meer', 'analys'],
    description: {
      de: 'Londoner Beratungs- und Forschungsfirma für die Seeschifffahrt; ihr World Container Index misst die Frachtraten.',
      en: 'London maritime research and consultancy firm; its World Container Index tracks freight rates.',
    },
  },
  {
    id: 'xeneta',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Xeneta', en: 'Xeneta' },
    description: {
      de: 'Osloer Plattform für Fracht-Benchmarks im See- und Luftverkehr, häufig zu Folgen der Huthi-Angriffe auf die Schifffahrt zitiert.',
      en: 'Oslo-based freight rate benchmarking platform for ocean and air cargo, often quoted on the fallout of Houthi attacks on shipping.',
    },
  },
  {
    id: 'freightos',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Freightos', en: 'Freightos' },
    aliases: ['Freightos Baltic Index'],
    description: {
      de: 'Digitaler Frachtmarktplatz, der mit dem Freightos Baltic Index die Containerfrachtraten veröffentlicht.',
      en: 'Digital freight marketplace publishing container rates in the Freightos Baltic Index.',
    },
  },
  {
    id: 'sea-intelligence',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Sea-Intelligence', en: 'Sea-Intelligence' },
    aliases: ['Sea Intelligence', 'Sea-Intelligence Maritime Analysis'],
    description: {
      de: 'Kopenhagener Analysefirma für die Containerschifffahrt (Fahrplantreue, Kapazitäten, Umleitungen).',
      en: 'Copenhagen-based container shipping analysis firm (schedule reliability, capacity, diversions).',
    },
  },
  {
    id: 'linerlytica',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Linerlytica', en: 'Linerlytica' },
    description: {
      de: 'Analysefirma für den Containerschifffahrtsmarkt.',
      en: 'Container shipping market analysis firm.',
    },
  },
  {
    id: 'international-chamber-of-shipping',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'Internationale Schifffahrtskammer', en: 'International Chamber of Shipping' },
    aliases: ['Internationale Schifffahrtskammer ICS'],
    description: {
      de: 'Weltverband der nationalen Reederverbände mit Sitz in London.',
      en: 'Global association of national shipowners’ associations, based in London.',
    },
  },
  {
    id: 'leth-agencies',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Leth Agencies', en: 'Leth Agencies' },
    description: {
      de: 'Schiffsagentur für die Passage durch Suezkanal und Bosporus, die täglich die Transitzahlen veröffentlicht.',
      en: 'Shipping agency for Suez Canal and Bosphorus transits that publishes daily passage figures.',
    },
  },
  // More carriers, owners, forwarders and security firms of the Red Sea shipping story.
  {
    id: 'wan-hai-lines',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Wan Hai Lines', en: 'Wan Hai Lines' },
    aliases: ['Wan Hai'],
    description: {
      de: 'Taiwanische Containerreederei mit Sitz in Taipeh.',
      en: 'Taiwanese container shipping line based in Taipei.',
    },
  },
  {
    id: 'golden-ocean-group',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Golden Ocean Group', en: 'Golden Ocean Group' },
    aliases: ['Golden Ocean'],
    description: {
      de: 'Trockenmassengut-Reederei aus dem Umfeld des norwegisch-zyprischen Reeders John Fredriksen.',
      en: 'Dry-bulk shipowner in the orbit of the Norwegian-Cypriot shipping magnate John Fredriksen.',
    },
  },
  {
    id: 'costamare',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Costamare', en: 'Costamare' },
    aliases: ['Costamare Inc.'],
    description: {
      de: 'Griechischer Eigner von Containerschiffen, die an Linienreedereien verchartert werden.',
      en: 'Greek owner of container ships chartered out to liner companies.',
    },
  },
  {
    id: 'danaos',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Danaos', en: 'Danaos' },
    aliases: ['Danaos Corporation'],
    description: {
      de: 'Griechischer Eigner und Vercharterer von Containerschiffen, an der New Yorker Börse notiert.',
      en: 'Greek owner and lessor of container ships, listed in New York.',
    },
  },
  {
    id: 'seaspan',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Seaspan', en: 'Seaspan' },
    aliases: ['Seaspan Corporation'],
    description: {
      de: 'Unabhängiger Eigner und Vercharterer von Containerschiffen mit einer der größten Flotten der Branche, geführt aus Vancouver.',
      en: 'Independent owner and lessor of container ships with one of the largest such fleets, run from Vancouver.',
    },
  },
  {
    id: 'flexport',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Flexport', en: 'Flexport' },
    description: {
      de: 'Spediteur aus San Francisco, oft zu Umleitungen und Lieferketten in der Rotmeer-Krise zitiert.',
      en: 'San Francisco freight forwarder, often quoted on diversions and supply chains in the Red Sea crisis.',
    },
  },
  {
    id: 'neptune-p2p-group',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Neptune P2P Group', en: 'Neptune P2P Group' },
    aliases: ['Neptune P2P'],
    description: {
      de: 'Britisches Sicherheitsunternehmen für die Seeschifffahrt, das bewaffnete Begleitteams stellt und Lagebilder zu Angriffen auf Schiffe veröffentlicht.',
      en: 'British maritime security firm providing armed guard teams and publishing assessments of attacks on ships.',
    },
  },
  {
    id: 'hoegh-autoliners',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Höegh Autoliners', en: 'Hoegh Autoliners' },
    description: {
      de: 'Norwegische Reederei für Fahrzeugtransporter (Ro-Ro), die wegen der Huthi-Angriffe das Rote Meer mied.',
      en: 'Norwegian car-carrier (ro-ro) shipping company that stopped routing through the Red Sea over Houthi attacks.',
    },
  },
  // Tanker, gas-carrier and dry-bulk owners and the big forwarders of the same story.
  {
    id: 'bw-group',
    type: 'organization',
    subtype: 'company',
    names: { de: 'BW Group', en: 'BW Group' },
    aliases: ['BW-Gruppe'],
    description: {
      de: 'Reedereikonzern der Familie Sohmen-Pao mit Sitz in Singapur; hält Mehrheiten an Hafnia und BW LPG.',
      en: 'Shipping group of the Sohmen-Pao family, headquartered in Singapore; majority owner of Hafnia and BW LPG.',
    },
    links: [{ rel: 'related-to', to: 'hafnia' }],
  },
  {
    id: 'bw-lpg',
    type: 'organization',
    subtype: 'company',
    names: { de: 'BW LPG', en: 'BW LPG' },
    description: {
      de: 'Betreiber einer der größten Flotten von Flüssiggastankern, Teil der BW Group.',
      en: 'Operator of one of the largest fleets of liquefied petroleum gas carriers, part of the BW Group.',
    },
    links: [{ rel: 'part-of', to: 'bw-group' }],
  },
  {
    id: 'dorian-lpg',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Dorian LPG', en: 'Dorian LPG' },
    description: {
      de: 'US-Reederei für große Flüssiggastanker, an der New Yorker Börse notiert.',
      en: 'US owner of very large liquefied petroleum gas carriers, listed in New York.',
    },
  },
  {
    id: 'stena-bulk',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Stena Bulk', en: 'Stena Bulk' },
    description: {
      de: 'Tankerreederei aus Göteborg, Teil der schwedischen Stena-Sphäre.',
      en: 'Gothenburg tanker company, part of the Swedish Stena Sphere.',
    },
  },
  {
    id: 'nordic-american-tankers',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Nordic American Tankers', en: 'Nordic American Tankers' },
    description: {
      de: 'In New York notierte Reederei von Suezmax-Rohöltankern.',
      en: 'New York-listed owner of Suezmax crude oil tankers.',
    },
  },
  {
    id: 'safe-bulkers',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Safe Bulkers', en: 'Safe Bulkers' },
    aliases: ['Safe Bulkers Investments'],
    description: {
      de: 'Griechische Trockenmassengut-Reederei, an der New Yorker Börse notiert.',
      en: 'Greek dry-bulk shipping company listed in New York.',
    },
  },
  {
    id: 'pacific-basin-shipping',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Pacific Basin Shipping', en: 'Pacific Basin Shipping' },
    aliases: ['Pacific Basin Shipping Limited'],
    description: {
      de: 'Trockenmassengut-Reederei aus Hongkong.',
      en: 'Hong Kong dry-bulk shipping company.',
    },
  },
  {
    id: 'hyundai-glovis',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Hyundai Glovis', en: 'Hyundai Glovis' },
    description: {
      de: 'Logistik- und Autotransport-Reederei der südkoreanischen Hyundai-Gruppe.',
      en: 'Logistics and car-carrier shipping arm of South Korea’s Hyundai group.',
    },
    links: [{ rel: 'related-to', to: 'south-korea' }],
  },
  {
    id: 'db-schenker',
    type: 'organization',
    subtype: 'company',
    names: { de: 'DB Schenker', en: 'DB Schenker' },
    description: {
      de: 'Logistikkonzern, bis 2025 Tochter der Deutschen Bahn, dann an die dänische DSV verkauft.',
      en: 'Logistics group, owned by Deutsche Bahn until its 2025 sale to Denmark’s DSV.',
    },
  },
];
