// Twenty-first breadth round: an eleventh random sample of German newspaper and broadcaster reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Hezbollah commanders and clerics named in German reporting of 2024.
  {
    id: 'amin-badr-eddin',
    type: 'person',
    subtype: 'military',
    names: { de: 'Amin Badr Eddin', en: 'Amin Badr Eddin' },
    aliases: ['Amin Badreddine', 'Amin Badr al-Din'],
    description: {
      de: 'Feldkommandeur der Hisbollah, Anfang August 2024 bei einem gezielten israelischen Angriff im Südlibanon getötet.',
      en: 'Hezbollah field commander, killed in a targeted Israeli strike in southern Lebanon in early August 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'member-of', to: 'hezbollah' }],
  },
  {
    id: 'sadeq-nabulsi',
    type: 'person',
    subtype: 'cleric',
    names: { de: 'Sadeq Nabulsi', en: 'Sadeq Nabulsi', ar: 'صادق النابلسي' },
    aliases: ['Scheich Sadeq Nabulsi', 'Sadek Nabulsi', 'Sadiq al-Nabulsi', 'Sadeq al-Nabulsi', 'Sheikh Sadeq Nabulsi'],
    description: {
      de: 'Schiitischer Geistlicher aus Saida im Südlibanon, der der Hisbollah nahesteht und ihre Positionen in Medien vertritt.',
      en: 'Shiite cleric from Sidon in southern Lebanon, close to Hezbollah and a frequent voice of its positions in the media.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'related-to', to: 'hezbollah' }],
  },
  // Iran: the 2022 Khodaei affair.
  {
    id: 'mansour-rassouli',
    type: 'person',
    names: { de: 'Mansour Rassouli', en: 'Mansour Rasouli', fa: 'منصور رسولی' },
    aliases: ['Mansur Rassuli', 'Mansour Rasouli', 'Mansour Rassouli'],
    description: {
      de: 'Iraner, der nach israelischen Angaben von den Revolutionsgarden auf einen israelischen Diplomaten in Istanbul, einen US-General in Deutschland und einen Journalisten in Frankreich angesetzt war; 2022 vom Mossad im Iran verhört.',
      en: 'Iranian whom, by Israeli accounts, the Revolutionary Guards tasked with killing an Israeli diplomat in Istanbul, a US general in Germany and a journalist in France; questioned by the Mossad inside Iran in 2022.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'hassan-sayyad-khodaei' }, { rel: 'related-to', to: 'mossad' }],
  },
  // North Korea's two fleets.
  {
    id: 'kpa-east-sea-fleet',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Nordkoreanische Ostmeer-Flotte', en: 'North Korean East Sea Fleet' },
    aliases: ['Ostmeerflotte der nordkoreanischen Marine', 'East Sea Fleet of the Korean People\'s Navy'],
    guarded: ['Ostmeer-Flotte', 'Ostmeerflotte'],
    cues: ['nordkorea', 'north korea', 'pjöngjang', 'pyongyang', 'kim', 'kcna', 'kva', 'kpa', 'volksarmee', 'dvrk', 'dprk', 'flottille', 'flotilla', 'choe hyon', 'kang kon', 'sinpo', 'rajin', 'chongjin'],
    description: {
      de: 'Eine der beiden Flotten der nordkoreanischen Marine, zuständig für die Ostküste am Japanischen Meer; Heimat der U-Boot-Basis Sinpo und des Zerstörers Kang Kon.',
      en: "One of the two fleets of North Korea's navy, covering the east coast on the Sea of Japan; home of the Sinpo submarine base and the destroyer Kang Kon.",
    },
    links: [{ rel: 'part-of', to: 'kpa-navy' }, { rel: 'part-of', to: 'north-korea' }],
  },
  {
    id: 'kpa-west-sea-fleet',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Nordkoreanische Westmeer-Flotte', en: 'North Korean West Sea Fleet' },
    aliases: ['Westmeerflotte der nordkoreanischen Marine', 'West Sea Fleet of the Korean People\'s Navy'],
    guarded: ['Westmeer-Flotte', 'Westmeerflotte'],
    cues: ['nordkorea', 'north korea', 'pjöngjang', 'pyongyang', 'kim', 'kcna', 'kva', 'kpa', 'volksarmee', 'dvrk', 'dprk', 'flottille', 'flotilla', 'choe hyon', 'nampo', 'gelbe meer', 'yellow sea', 'nll'],
    description: {
      de: 'Eine der beiden Flotten der nordkoreanischen Marine, zuständig für die Westküste am Gelben Meer mit Stützpunkten um Nampo; ihr untersteht der Zerstörer Choe Hyon.',
      en: "One of the two fleets of North Korea's navy, covering the west coast on the Yellow Sea with bases around Nampo; the destroyer Choe Hyon serves in it.",
    },
    links: [{ rel: 'part-of', to: 'kpa-navy' }, { rel: 'part-of', to: 'north-korea' }],
  },
  // Russia: steelmaker on the drone target list, a Kremlin-friendly voice.
  {
    id: 'nlmk',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Nowolipezker Metallurgisches Kombinat', en: 'Novolipetsk Steel', ru: 'Новолипецкий металлургический комбинат' },
    aliases: ['Novolipetsk Metallurgical Plant', 'Nowolipezker Stahlwerk', 'Novolipetsk steel plant', 'Novolipetsk Steel Company', 'NLMK Group'],
    acronyms: ['NLMK'],
    description: {
      de: 'Einer der größten Stahlkonzerne Russlands mit Hauptwerk in Lipezk; Mehrheitseigner ist Wladimir Lissin; das Werk wurde mehrfach von ukrainischen Drohnen angegriffen.',
      en: "One of Russia's largest steelmakers, with its main plant in Lipetsk; majority-owned by Vladimir Lisin; the plant has been hit by Ukrainian drones several times.",
    },
    links: [{ rel: 'part-of', to: 'russia' }, { rel: 'related-to', to: 'vladimir-lisin' }],
  },
  {
    id: 'konstantin-dolgov',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Konstantin Dolgow', en: 'Konstantin Dolgov', ru: 'Константин Долгов' },
    description: {
      de: 'Russischer Diplomat und kremlnaher Politstratege; früher Menschenrechtsbeauftragter des Außenministeriums und Mitglied des Föderationsrats.',
      en: 'Russian diplomat and pro-Kremlin political strategist; formerly human rights commissioner of the foreign ministry and a member of the Federation Council.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'related-to', to: 'russian-foreign-ministry' }, { rel: 'related-to', to: 'federation-council' }],
  },
  // Syria: officials of the Assad state that the press names in retrospect.
  {
    id: 'abdul-halim-khaddam',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Abdul Halim Khaddam', en: 'Abdul Halim Khaddam', ar: 'عبد الحليم خدام' },
    aliases: ['Abdel Halim Khaddam', 'Abd al-Halim Khaddam', 'Abdul Halim Chaddam', 'Abdel Halim Chaddam'],
    shortForms: ['Khaddam', 'Chaddam'],
    description: {
      de: 'Langjähriger syrischer Vizepräsident und Außenminister unter Hafis al-Assad; trat 2005 zurück, rief aus dem Pariser Exil zum Sturz Baschar al-Assads auf; starb 2020.',
      en: 'Long-serving Syrian vice-president and foreign minister under Hafez al-Assad; resigned in 2005 and called from exile in Paris for the fall of Bashar al-Assad; died in 2020.',
    },
    roles: [{ title: { de: 'Vizepräsident Syriens', en: 'Vice-President of Syria' }, of: 'syria', from: '1984', to: '2005' }],
    links: [{ rel: 'citizen-of', to: 'syria' }, { rel: 'related-to', to: 'hafez-al-assad' }, { rel: 'related-to', to: 'bashar-al-assad' }],
  },
  {
    id: 'imad-sarah',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Imad Sarah', en: 'Imad Sarah', ar: 'عماد سارة' },
    aliases: ['Imad Abdullah Sarah', 'Imad Abullah Sarah', 'Emad Sara', 'Imad Sara'],
    description: {
      de: 'Syrischer Politiker unter Assad; leitete das Staatsfernsehen und den staatlichen Rundfunk, von Januar 2018 bis August 2021 Informationsminister.',
      en: 'Syrian official under Assad; headed state television and radio, information minister from January 2018 to August 2021.',
    },
    roles: [{ title: { de: 'Informationsminister Syriens', en: 'Minister of Information of Syria' }, of: 'syrian-information-ministry', from: '2018-01', to: '2021-08' }],
    links: [{ rel: 'citizen-of', to: 'syria' }, { rel: 'member-of', to: 'syrian-information-ministry' }],
  },
  {
    id: 'bassam-abdul-majid',
    type: 'person',
    subtype: 'official',
    names: { de: 'Bassam Abdul Madschid', en: 'Bassam Abdul Majid', ar: 'بسام عبد المجيد' },
    aliases: ['Bassam Abdel Majid', 'Bassam Abdul-Majid', 'Bassam Abd al-Majid'],
    description: {
      de: 'Syrischer General; Chef der Militärpolizei, den Baschar al-Assad 2006 zum Innenminister machte.',
      en: 'Syrian general; head of the military police whom Bashar al-Assad made interior minister in 2006.',
    },
    roles: [{ title: { de: 'Innenminister Syriens', en: 'Interior Minister of Syria' }, of: 'syrian-interior-ministry', from: '2006' }],
    links: [{ rel: 'citizen-of', to: 'syria' }, { rel: 'member-of', to: 'syrian-interior-ministry' }],
  },
  {
    id: 'boutros-al-hallaq',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Boutros al-Hallaq', en: 'Boutros al-Hallaq', ar: 'بطرس الحلاق' },
    aliases: ['Boutros Hallaq', 'Butros al-Hallaq', 'Butrus al-Hallaq'],
    description: {
      de: 'Syrischer Medienwissenschaftler der Universität Damaskus; ab August 2021 Informationsminister in der Regierung von Hussein Arnous.',
      en: 'Syrian media scholar from Damascus University; information minister in Hussein Arnous\'s government from August 2021.',
    },
    roles: [{ title: { de: 'Informationsminister Syriens', en: 'Minister of Information of Syria' }, of: 'syrian-information-ministry', from: '2021-08', to: '2024-09' }],
    links: [{ rel: 'citizen-of', to: 'syria' }, { rel: 'member-of', to: 'syrian-information-ministry' }],
  },
  {
    id: 'ziad-ghosn',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Ziad Ghosn', en: 'Ziad Ghosn', ar: 'زياد غصن' },
    aliases: ['Ziad Ghossoun', 'Ziad Ghusn', 'Sijad Ghosn'],
    description: {
      de: 'Syrischer Journalist, zuvor Generaldirektor des Presseverlags Al-Wahda; ab September 2024 letzter Informationsminister unter Assad in der Regierung von Mohammad Ghazi al-Dschalali.',
      en: "Syrian journalist, formerly director-general of the Al-Wahda press organisation; from September 2024 Assad's last information minister in Mohammad Ghazi al-Jalali's government.",
    },
    roles: [{ title: { de: 'Informationsminister Syriens', en: 'Minister of Information of Syria' }, of: 'syrian-information-ministry', from: '2024-09', to: '2024-12' }],
    links: [{ rel: 'citizen-of', to: 'syria' }, { rel: 'member-of', to: 'syrian-information-ministry' }],
  },
  {
    id: 'mohammad-khaled-al-rahmoun',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Mohammad al-Rahmun', en: 'Mohammad Khaled al-Rahmoun', ar: 'محمد خالد الرحمون' },
    aliases: ['Mohammad al-Rahmoun', 'Muhammad al-Rahmoun', 'Mohammed Khaled al-Rahmoun', 'Mohammad Rahmoun', 'Mohammad Khaled Rahmoun'],
    description: {
      de: 'Syrischer General und Innenminister unter Assad von 2018 bis zum Sturz des Regimes im Dezember 2024.',
      en: "Syrian general and Assad's interior minister from 2018 until the regime fell in December 2024.",
    },
    roles: [{ title: { de: 'Innenminister Syriens', en: 'Interior Minister of Syria' }, of: 'syrian-interior-ministry', from: '2018', to: '2024-12' }],
    links: [{ rel: 'citizen-of', to: 'syria' }, { rel: 'member-of', to: 'syrian-interior-ministry' }],
  },
  {
    id: 'mohammed-nasif-kheirbek',
    type: 'person',
    subtype: 'spy-chief',
    names: { de: 'Mohammed Nasif Kheirbek', en: 'Mohammed Nasif Kheirbek', ar: 'محمد ناصيف خير بك' },
    aliases: ['Muhammad Nasif Khayrbik', 'Mohammad Nassif Kheirbek', 'Mohammed Nassif Kheir Bek', 'Mohammed Nasif Khair Bek'],
    description: {
      de: 'Langjähriger Geheimdienstchef unter Hafis und Baschar al-Assad, zuletzt Berater für Sicherheitsfragen; starb 2015.',
      en: "Long-time intelligence chief under Hafez and Bashar al-Assad, later an adviser on security affairs; died in 2015.",
    },
    links: [{ rel: 'citizen-of', to: 'syria' }, { rel: 'related-to', to: 'syrian-general-intelligence-service' }, { rel: 'related-to', to: 'bashar-al-assad' }],
  },
  {
    id: 'ghassan-bilal',
    type: 'person',
    subtype: 'military',
    names: { de: 'Ghassan Bilal', en: 'Ghassan Bilal', ar: 'غسان بلال' },
    aliases: ['Ghassan Belal'],
    description: {
      de: 'Syrischer General, Büroleiter Maher al-Assads in der 4. Division und Teil seines engsten Kreises.',
      en: "Syrian general, head of Maher al-Assad's office in the Fourth Division and part of his inner circle.",
    },
    links: [{ rel: 'citizen-of', to: 'syria' }, { rel: 'member-of', to: 'syrian-fourth-division' }, { rel: 'related-to', to: 'maher-al-assad' }],
  },
  // Ukraine: officials of the defence ministry named in the autumn 2024 reshuffle.
  {
    id: 'liudmyla-darahan',
    type: 'person',
    subtype: 'official',
    names: { de: 'Ljudmyla Darahan', en: 'Liudmyla Darahan', uk: 'Людмила Дараган' },
    aliases: ['Lyudmila Daragan', 'Liudmyla Darahan', 'Ludmila Daragan', 'Ljudmila Daragan'],
    description: {
      de: 'Staatssekretärin im ukrainischen Verteidigungsministerium, die Minister Rustem Umjerow im Herbst 2024 zusammen mit drei Vizeministern entließ.',
      en: "State secretary of Ukraine's defence ministry, dismissed by minister Rustem Umerov in autumn 2024 along with three deputy ministers.",
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'ukrainian-defence-ministry' }],
  },
  // Media that German reports on North Korea cite.
  {
    id: 'radiopress',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Radiopress', en: 'Radiopress' },
    aliases: ['Radiopress Inc.', 'Nachrichtenagentur Radiopress', 'Radio Press Tokyo'],
    description: {
      de: 'Nachrichtenagentur in Tokio, die nordkoreanische Staatsmedien auswertet und etwa Kims Inspektionen zählt.',
      en: "Tokyo news agency that monitors North Korean state media and tracks, for example, Kim Jong Un's inspection visits.",
    },
    links: [{ rel: 'part-of', to: 'japan' }, { rel: 'related-to', to: 'kcna' }],
  },
];
