// Twenty-second breadth round: a twelfth random sample of English wire and newspaper reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Iran: people hanged as alleged Mossad agents after the June 2025 war.
  {
    id: 'babak-shahbazi',
    type: 'person',
    names: { de: 'Babak Schahbasi', en: 'Babak Shahbazi', fa: 'بابک شهبازی' },
    aliases: ['Babak Shahbazi', 'Babak Schahbazi'],
    description: {
      de: 'Iraner, den die Justiz im September 2025 hinrichten ließ; er soll seit 2022 für den Mossad spioniert und Daten aus Kühlanlagen-Aufträgen für militärnahe Firmen weitergegeben haben.',
      en: 'Iranian hanged in September 2025 on charges of spying for Mossad since 2022, allegedly passing on data from cooling-system jobs for firms close to the military.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'mossad' }, { rel: 'related-to', to: 'iranian-judiciary' }],
  },

  // West Bank: Jenin militants named in Israeli raids.
  {
    id: 'ahmed-barakat-jenin',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Ahmed Barakat', en: 'Ahmed Barakat', ar: 'أحمد بركات' },
    aliases: ['Ahmad Barakat'],
    description: {
      de: 'Bewaffneter Palästinenser aus Jenin, den Israel für den tödlichen Schussanschlag auf Meir Tamari bei Hermesch im Mai 2023 verantwortlich machte; im März 2024 durch einen Drohnenangriff getötet.',
      en: 'Jenin gunman whom Israel held responsible for the deadly May 2023 shooting of Meir Tamari near Hermesh; killed in an Israeli drone strike in March 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'palestine' }, { rel: 'related-to', to: 'jenin-brigade' }],
  },
  {
    id: 'islam-khamayseh',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Islam Chamaiseh', en: 'Islam Khamayseh', ar: 'إسلام خمايسة' },
    aliases: ['Islam Khamaiseh', 'Islam Khamaysa'],
    description: {
      de: 'Militanter aus Jenin, den Israel mit dem Anschlag bei Hermesch 2023 in Verbindung brachte; im Mai 2024 bei einem israelischen Luftangriff in Jenin getötet.',
      en: 'Jenin militant Israel linked to the 2023 Hermesh shooting; killed in an Israeli air strike in Jenin in May 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'palestine' }, { rel: 'related-to', to: 'jenin-brigade' }],
  },
  {
    id: 'jamil-al-amouri',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Dschamil al-Amuri', en: 'Jamil al-Amouri', ar: 'جميل العموري' },
    aliases: ['Jamil al-Amuri', 'Jamil Amouri', 'Jamil al-Ammouri'],
    description: {
      de: 'Kommandeur des Islamischen Dschihad in Jenin und Gründer der Jenin-Brigade; im Juni 2021 von israelischen Kräften getötet.',
      en: 'Islamic Jihad commander in Jenin who founded the Jenin Brigade; killed by Israeli forces in June 2021.',
    },
    links: [{ rel: 'citizen-of', to: 'palestine' }, { rel: 'member-of', to: 'palestinian-islamic-jihad' }, { rel: 'related-to', to: 'jenin-brigade' }],
  },

  // Israeli hostages.
  {
    id: 'ofir-tzarfati',
    type: 'person',
    names: { de: 'Ofir Tzarfati', en: 'Ofir Tzarfati', he: 'אופיר צרפתי' },
    aliases: ['Ofir Zarfati', 'Ofir Sarfati', 'Ofir Tsarfati'],
    description: {
      de: 'Israeli, am 7. Oktober 2023 nach Gaza verschleppt und dort getötet; seine Leiche wurde früh im Krieg geborgen, im Oktober 2025 übergab die Hamas weitere Überreste, was Israel einen Bruch der Waffenruhe nannte.',
      en: 'Israeli abducted into Gaza on 7 October 2023 and killed there; his body was recovered early in the war, and Hamas handed over further remains in October 2025, which Israel called a ceasefire breach.',
    },
    links: [{ rel: 'citizen-of', to: 'israel' }, { rel: 'related-to', to: 'hamas' }],
  },

  // Sanctions: middlemen and firms supplying Russia's war.
  {
    id: 'abbas-djuma',
    type: 'person',
    subtype: 'businessman',
    names: { de: 'Abbas Djuma', en: 'Abbas Djuma' },
    aliases: ['Abbas Dzhuma', 'Abbas Juma'],
    description: {
      de: 'Vom US-Finanzministerium im November 2022 sanktioniert, weil er der Gruppe Wagner beim Erwerb iranischer Drohnen geholfen haben soll.',
      en: 'Sanctioned by the US Treasury in November 2022 for allegedly helping the Wagner Group obtain Iranian drones.',
    },
    links: [{ rel: 'related-to', to: 'wagner-group' }, { rel: 'related-to', to: 'ofac' }],
  },
  {
    id: 'tigran-srabionov',
    type: 'person',
    subtype: 'businessman',
    names: { de: 'Tigran Srabionow', en: 'Tigran Srabionov' },
    aliases: ['Tigran Khristoforovich Srabionov', 'Tigran Srabionov'],
    description: {
      de: 'Zusammen mit Abbas Djuma im November 2022 von den USA sanktioniert, weil er Wagner iranische Drohnen beschafft haben soll.',
      en: 'Sanctioned by the US alongside Abbas Djuma in November 2022 for allegedly helping Wagner procure Iranian drones.',
    },
    links: [{ rel: 'related-to', to: 'wagner-group' }, { rel: 'related-to', to: 'ofac' }],
  },
  {
    id: 'rg-solutions-limited',
    type: 'organization',
    subtype: 'company',
    names: { de: 'RG Solutions Limited', en: 'RG Solutions Limited' },
    aliases: ['RG Solutions Ltd', 'RG Solutions'],
    description: {
      de: 'Hongkonger Firma, die die USA im Mai 2024 sanktionierten, weil sie Mikroelektronik nach Russland geliefert haben soll.',
      en: 'Hong Kong company sanctioned by the US in May 2024 for allegedly supplying microelectronics to Russia.',
    },
    links: [{ rel: 'related-to', to: 'russia' }, { rel: 'related-to', to: 'ofac' }],
  },
  {
    id: 'tulun-international',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Tulun International Holding Limited', en: 'Tulun International Holding Limited' },
    aliases: ['Tulun International Holding', 'Tulun International'],
    description: {
      de: 'Hongkonger Firma, im Mai 2024 von den USA sanktioniert, weil sie Satellitennavigationsmodule an Russland weiterverkauft haben soll.',
      en: 'Hong Kong company sanctioned by the US in May 2024 for allegedly reselling satellite navigation modules to Russia.',
    },
    links: [{ rel: 'related-to', to: 'russia' }, { rel: 'related-to', to: 'ofac' }],
  },

  // Russian tankers of the December 2024 Kerch Strait spill.
  {
    id: 'volgoneft-212',
    type: 'weapon',
    subtype: 'ship',
    names: { de: 'Wolgoneft-212', en: 'Volgoneft-212', ru: 'Волгонефть-212' },
    aliases: ['Volgoneft 212', 'Wolgoneft 212', 'Volgoneft-212 tanker'],
    description: {
      de: 'Russischer Flusstanker von 1969, der am 15. Dezember 2024 im Sturm in der Straße von Kertsch zerbrach und eine Ölpest an der Schwarzmeerküste auslöste.',
      en: 'Russian river-sea tanker built in 1969 that broke in two in a storm in the Kerch Strait on 15 December 2024, causing an oil spill on the Black Sea coast.',
    },
    links: [{ rel: 'related-to', to: 'russia' }, { rel: 'related-to', to: 'kama-shipping' }],
  },
  {
    id: 'volgoneft-239',
    type: 'weapon',
    subtype: 'ship',
    names: { de: 'Wolgoneft-239', en: 'Volgoneft-239', ru: 'Волгонефть-239' },
    aliases: ['Volgoneft 239', 'Wolgoneft 239'],
    description: {
      de: 'Russischer Tanker, der im selben Sturm am 15. Dezember 2024 bei Kertsch beschädigt wurde und auf Grund lief.',
      en: 'Russian tanker damaged in the same storm near Kerch on 15 December 2024, after which it ran aground.',
    },
    links: [{ rel: 'related-to', to: 'russia' }, { rel: 'related-to', to: 'kama-shipping' }],
  },
  {
    id: 'volgoneft-139',
    type: 'weapon',
    subtype: 'ship',
    names: { de: 'Wolgoneft-139', en: 'Volgoneft-139', ru: 'Волгонефть-139' },
    aliases: ['Volgoneft 139', 'Wolgoneft 139'],
    description: {
      de: 'Russischer Tanker, der 2007 im Sturm in der Straße von Kertsch zerbrach; Vorläufer der Ölpest von 2024.',
      en: 'Russian tanker that broke apart in a storm in the Kerch Strait in 2007, a precursor of the 2024 spill.',
    },
    links: [{ rel: 'related-to', to: 'russia' }],
  },
  {
    id: 'kama-shipping',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Kama Shipping', en: 'Kama Shipping' },
    description: {
      de: 'Russische Reederei, die die 2024 in der Straße von Kertsch havarierten Tanker Wolgoneft-212 und -239 betrieb.',
      en: 'Russian shipping firm that managed the tankers Volgoneft-212 and -239 wrecked in the Kerch Strait in 2024.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },

  // Red Sea and Gulf shipping.
  {
    id: 'msc-sky-ii',
    type: 'weapon',
    subtype: 'ship',
    names: { de: 'MSC Sky II', en: 'MSC Sky II' },
    aliases: ['MV MSC Sky II', 'MSC Sky 2', 'M/V MSC Sky II'],
    description: {
      de: 'Containerschiff unter liberianischer Flagge der Reederei MSC, am 4. März 2024 im Golf von Aden von einer Huthi-Rakete getroffen; kleiner Brand, keine Verletzten.',
      en: 'Liberian-flagged container ship of the MSC line hit by a Houthi missile in the Gulf of Aden on 4 March 2024; a small fire, no one hurt.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }, { rel: 'related-to', to: 'mediterranean-shipping-company' }],
  },
  {
    id: 'msc-united-viii',
    type: 'weapon',
    subtype: 'ship',
    names: { de: 'MSC United VIII', en: 'MSC United VIII' },
    aliases: ['MV MSC United VIII', 'MSC United 8'],
    description: {
      de: 'Containerschiff der Reederei MSC, das nach Angaben von MSC am 26. Dezember 2023 im Roten Meer angegriffen wurde.',
      en: 'MSC container ship that the company said was attacked in the Red Sea on 26 December 2023.',
    },
    links: [{ rel: 'related-to', to: 'houthis' }, { rel: 'related-to', to: 'mediterranean-shipping-company' }],
  },
  {
    id: 'msc-aries',
    type: 'weapon',
    subtype: 'ship',
    names: { de: 'MSC Aries', en: 'MSC Aries' },
    aliases: ['MV MSC Aries'],
    description: {
      de: 'Containerschiff unter portugiesischer Flagge, das die Revolutionsgarde im April 2024 nahe der Straße von Hormus kaperte; Iran warf ihm Verbindungen zu Israel vor.',
      en: 'Portuguese-flagged container ship seized by the Revolutionary Guards near the Strait of Hormuz in April 2024; Iran accused it of links to Israel.',
    },
    links: [{ rel: 'related-to', to: 'irgc-navy' }, { rel: 'related-to', to: 'mediterranean-shipping-company' }],
  },
  {
    id: 'behshad-ship',
    type: 'weapon',
    subtype: 'ship',
    names: { de: 'Frachter Behshad', en: 'MV Behshad' },
    aliases: ['Behshad ship', 'Behshad vessel', 'Schiff Behshad'],
    guarded: ['Behshad'],
    cues: ['ship', 'schiff', 'vessel', 'frachter', 'cargo', 'red sea', 'rotes meer', 'roten meer', 'gulf of aden', 'golf von aden', 'spy', 'spion', 'irgc', 'revolutionsgarde', 'houthi', 'huthi', 'saviz', 'bab el-mandeb', 'djibouti', 'dschibuti', 'bandar abbas'],
    description: {
      de: 'Iranischer Frachter, der nach westlichen Angaben als schwimmender Stützpunkt der Revolutionsgarde im Roten Meer und Golf von Aden diente und den Huthis Zieldaten lieferte; löste 2021 die Saviz ab.',
      en: 'Iranian cargo ship that Western officials say served as a floating Revolutionary Guards post in the Red Sea and Gulf of Aden feeding the Houthis targeting data; replaced the Saviz in 2021.',
    },
    links: [{ rel: 'used-by', to: 'irgc' }, { rel: 'related-to', to: 'irisl' }, { rel: 'related-to', to: 'houthis' }],
  },
  {
    id: 'saviz-ship',
    type: 'weapon',
    subtype: 'ship',
    names: { de: 'Frachter Saviz', en: 'MV Saviz' },
    aliases: ['Saviz ship', 'Saviz vessel', 'Schiff Saviz'],
    guarded: ['Saviz'],
    cues: ['ship', 'schiff', 'vessel', 'frachter', 'cargo', 'red sea', 'rotes meer', 'roten meer', 'spy', 'spion', 'irgc', 'revolutionsgarde', 'houthi', 'huthi', 'behshad', 'mine', 'bab el-mandeb', 'eritrea'],
    description: {
      de: 'Iranischer Frachter, der ab 2016 vor Jemen im Roten Meer lag und als Außenposten der Revolutionsgarde galt; im April 2021 von Haftminen beschädigt, Israel wurde verantwortlich gemacht.',
      en: 'Iranian cargo ship stationed in the Red Sea off Yemen from 2016 and seen as a Revolutionary Guards outpost; damaged by limpet mines in April 2021 in an attack blamed on Israel.',
    },
    links: [{ rel: 'used-by', to: 'irgc' }, { rel: 'related-to', to: 'irisl' }],
  },
  {
    id: 'rahbaran-omid-darya',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Rahbaran Omid Darya Ship Management Company', en: 'Rahbaran Omid Darya Ship Management Company' },
    aliases: ['Rahbaran Omid Darya Ship Management', 'Rahbaran Omid Darya'],
    description: {
      de: 'Teheraner Schiffsverwalter, eingetragener Eigner der Behshad; von den USA als Tarnfirma der Staatsreederei IRISL sanktioniert.',
      en: 'Tehran ship manager, registered owner of the Behshad; sanctioned by the US as a front for the state shipping line IRISL.',
    },
    links: [{ rel: 'part-of', to: 'iran' }, { rel: 'related-to', to: 'irisl' }],
  },
  {
    id: 'aurora-intel',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Aurora Intel', en: 'Aurora Intel' },
    description: {
      de: 'Open-Source-Aufklärungsgruppe, die Schiffs- und Militärbewegungen im Nahen Osten verfolgt und oft zitiert wird.',
      en: 'Open-source intelligence group tracking ship and military movements in the Middle East, often cited by the press.',
    },
  },
  {
    id: 'maritrace',
    type: 'organization',
    subtype: 'company',
    names: { de: 'MariTrace', en: 'MariTrace' },
    description: {
      de: 'Dienst für maritime Lagebilder, der Schiffsbewegungen etwa iranischer Frachter im Golf von Aden auswertet.',
      en: 'Maritime intelligence service that tracks ship movements, for instance of Iranian cargo ships in the Gulf of Aden.',
    },
  },

  // Weapons and electronic warfare.
  {
    id: 'tirada-2',
    type: 'weapon',
    names: { de: 'Tirada-2', en: 'Tirada-2', ru: 'Тирада-2' },
    aliases: ['Tirada-2S', 'Tirada 2'],
    guarded: ['Tirada'],
    cues: ['jamm', 'störsender', 'stör', 'satellit', 'satellite', 'starlink', 'electronic warfare', 'elektronische kampf', 'eloka', 'ew system', 'russ'],
    description: {
      de: 'Russisches mobiles System der elektronischen Kampfführung, das Kommunikationssatelliten stört.',
      en: 'Russian mobile electronic-warfare system built to jam communication satellites.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'khibiny-ew',
    type: 'weapon',
    names: { de: 'Chibiny-Störsystem', en: 'Khibiny electronic warfare suite', ru: 'Хибины' },
    aliases: ['Khibiny EW suite', 'Khibiny jamming pod', 'L175V Khibiny', 'Chibiny-Störbehälter'],
    guarded: ['Khibiny', 'Chibiny'],
    cues: ['su-34', 'su-35', 'su-30', 'jamm', 'stör', 'eloka', 'electronic warfare', 'elektronische kampf', 'pod', 'behälter', 'kampfjet', 'jet', 'radar'],
    description: {
      de: 'Russisches Selbstschutz-Störsystem für Kampfflugzeuge wie die Su-34, das gegnerische Radare täuschen soll.',
      en: 'Russian self-protection jamming suite for combat jets such as the Su-34, meant to deceive enemy radars.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-aerospace-forces' }, { rel: 'related-to', to: 'su-34' }],
  },
  {
    id: 'nasr-1-missile',
    type: 'weapon',
    subtype: 'cruise-missile',
    names: { de: 'Nasr-1-Seezielflugkörper', en: 'Nasr-1 anti-ship missile' },
    aliases: ['Nasr-1 missile', 'Nasr-1 cruise missile', 'Nasr-1-Rakete'],
    guarded: ['Nasr-1'],
    cues: ['iran', 'anti-ship', 'seeziel', 'missile', 'rakete', 'navy', 'marine', 'irgc', 'boat', 'boot', 'huthi', 'houthi'],
    description: {
      de: 'Iranischer Seezielflugkörper kurzer Reichweite, abgeleitet vom chinesischen C-704, für Schnellboote und Küstenbatterien.',
      en: 'Iranian short-range anti-ship cruise missile derived from the Chinese C-704, fired from fast boats and coastal launchers.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'instance-of', to: 'anti-ship-missile' }],
  },
  {
    id: 'zafar-missile',
    type: 'weapon',
    subtype: 'cruise-missile',
    names: { de: 'Zafar-Seezielflugkörper', en: 'Zafar anti-ship missile' },
    aliases: ['Zafar missile', 'Zafar-Rakete'],
    guarded: ['Zafar'],
    cues: ['anti-ship', 'seeziel', 'missile', 'rakete', 'marschflugkörper', 'navy', 'marine', 'irgc', 'boat', 'boot'],
    description: {
      de: 'Leichter iranischer Seezielflugkörper für Schnellboote der Revolutionsgarde, auf Basis des chinesischen C-701.',
      en: 'Light Iranian anti-ship missile for Revolutionary Guards fast boats, based on the Chinese C-701.',
    },
    links: [{ rel: 'made-by', to: 'iran' }, { rel: 'used-by', to: 'irgc-navy' }, { rel: 'instance-of', to: 'anti-ship-missile' }],
  },
  {
    id: 'waid-drone',
    type: 'weapon',
    subtype: 'loitering-munition',
    names: { de: 'Waid-Drohne', en: 'Waid drone' },
    aliases: ["Wa'id drone", 'Waid one-way attack drone'],
    guarded: ['Waid', "Wa'id"],
    cues: ['drohne', 'drone', 'huthi', 'houthi', 'jemen', 'yemen', 'uav', 'shahed'],
    description: {
      de: 'Langstrecken-Kamikazedrohne der Huthis, ein Nachbau der iranischen Shahed-136.',
      en: 'Long-range one-way attack drone of the Houthis, a copy of the Iranian Shahed-136.',
    },
    links: [{ rel: 'used-by', to: 'houthis' }, { rel: 'related-to', to: 'shahed-136' }, { rel: 'instance-of', to: 'loitering-munition' }],
  },
  // Named operations, programmes and exercises the wires mention in passing (kept as organisations, cf. operation-rising-lion).
  {
    id: 'operation-northern-shield',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Operation Nordschild', en: 'Operation Northern Shield', he: 'מגן צפוני' },
    aliases: ['Northern Shield', 'Operation Northern Shield'],
    guarded: ['Northern Shield'],
    cues: ['tunnel', 'hisbollah', 'hezbollah', 'idf', 'israel', 'libanon', 'lebanon', 'operation'],
    description: {
      de: 'Operation der israelischen Armee 2018/19, die grenzüberschreitende Angriffstunnel der Hisbollah aus dem Libanon aufspürte und zerstörte.',
      en: 'Israeli army operation of 2018–19 that found and destroyed Hezbollah attack tunnels crossing from Lebanon.',
    },
    links: [{ rel: 'part-of', to: 'idf' }, { rel: 'related-to', to: 'hezbollah' }],
  },
  {
    id: 'timber-sycamore',
    type: 'organization',
    subtype: 'intelligence-service',
    names: { de: 'Timber Sycamore', en: 'Timber Sycamore' },
    aliases: ['Operation Timber Sycamore'],
    description: {
      de: 'Verdecktes CIA-Programm, mit dem die USA ab 2013 syrische Rebellen gegen Assad bewaffneten und ausbildeten; 2017 von Trump beendet.',
      en: 'Covert CIA programme under which the US armed and trained Syrian rebels against Assad from 2013; ended by Trump in 2017.',
    },
    links: [{ rel: 'part-of', to: 'cia' }, { rel: 'related-to', to: 'syria' }],
  },
  {
    id: 'ssangyong-exercise',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Manöver Ssangyong', en: 'Ssangyong exercise', ko: '쌍룡훈련' },
    aliases: ['Ssangyong exercises', 'Ssangyong drills', 'Ssangyong amphibious exercise', 'Ssangyong-Manöver'],
    guarded: ['Ssangyong'],
    cues: ['amphib', 'landung', 'exercise', 'manöver', 'drill', 'training', 'marine', 'north korea', 'nordkorea', 'joint'],
    description: {
      de: 'Großes amphibisches Landungsmanöver Südkoreas und der USA, das Nordkorea regelmäßig mit Raketentests beantwortet.',
      en: 'Large combined amphibious landing exercise of South Korea and the United States, which North Korea often answers with missile tests.',
    },
    links: [{ rel: 'related-to', to: 'rok-marine-corps' }, { rel: 'related-to', to: 'us-marine-corps' }],
  },

  // Shipping: bodies and owners quoted on attacks at sea.
  {
    id: 'bimco',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'BIMCO', en: 'BIMCO' },
    aliases: ['Baltic and International Maritime Council'],
    description: {
      de: 'Internationaler Reederverband mit Sitz bei Kopenhagen, oft zitiert zu Angriffen auf die Schifffahrt im Roten Meer und im Schwarzen Meer.',
      en: 'International shipowners’ association based near Copenhagen, often quoted on attacks on shipping in the Red Sea and the Black Sea.',
    },
  },
  {
    id: 'transpetrochart',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Transpetrochart', en: 'Transpetrochart', ru: 'Транспетрочарт' },
    description: {
      de: 'Reederei aus Sankt Petersburg, Eignerin des Tankers Sig; 2019 von den USA sanktioniert, weil sie Flugtreibstoff für russische Truppen in Syrien lieferte.',
      en: 'St Petersburg shipping company, owner of the tanker Sig; sanctioned by the US in 2019 for delivering jet fuel to Russian forces in Syria.',
    },
    links: [{ rel: 'part-of', to: 'russia' }, { rel: 'related-to', to: 'sig-tanker' }],
  },
  // Open-source accounts the press quotes.
  {
    id: 'osintdefender',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'OSINTdefender', en: 'OSINTdefender' },
    aliases: ['OSINT Defender', '@sentdefender'],
    description: {
      de: 'Vielzitiertes Konto auf X, das Kriegs- und Militärnachrichten aus offenen Quellen sammelt und verbreitet.',
      en: 'Widely quoted account on X that collects and posts war and military news from open sources.',
    },
  },
  {
    id: 'clash-report',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Clash Report', en: 'Clash Report' },
    description: {
      de: 'Konto auf X, das Meldungen und Videos zu Kriegen und Konflikten schnell weiterverbreitet; oft ungeprüft zitiert.',
      en: 'Account on X that rapidly reposts reports and videos from wars and conflicts; often quoted unverified.',
    },
  },
  {
    id: 'militaryland',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Militaryland', en: 'Militaryland' },
    aliases: ['MilitaryLand', 'Militaryland.net', 'MilitaryLand.net'],
    description: {
      de: 'Open-Source-Projekt, das die Einheiten beider Seiten im Krieg gegen die Ukraine und Frontverschiebungen dokumentiert.',
      en: 'Open-source project documenting the units of both sides in the war against Ukraine and shifts of the front line.',
    },
  },
];
