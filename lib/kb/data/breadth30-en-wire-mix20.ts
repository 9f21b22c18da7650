// Thirtieth breadth round: a twentieth random sample of English wire and newspaper reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Mayors of Russian cities hit by Ukrainian drones, who report the strikes on Telegram.
  {
    id: 'yevgeny-naumov',
    type: 'person',
    subtype: 'official',
    names: { de: 'Jewgeni Naumow', en: 'Yevgeny Naumov', ru: 'Евгений Наумов' },
    aliases: ['Evgeny Naumov', 'Yevgeniy Naumov'],
    description: {
      de: 'Bürgermeister von Krasnodar in Südrussland, der Drohnenangriffe auf die Stadt auf Telegram meldet.',
      en: 'Mayor of Krasnodar in southern Russia who reports drone strikes on the city on Telegram.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'alexander-skryabin',
    type: 'person',
    subtype: 'official',
    names: { de: 'Alexander Skrjabin', en: 'Alexander Skryabin', ru: 'Александр Скрябин' },
    description: {
      de: 'Stadtoberhaupt von Rostow am Don, meldet Drohnenangriffe auf die Stadt.',
      en: 'Head of the city of Rostov-on-Don, who reports drone attacks on the city.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'andrei-proshunin',
    type: 'person',
    subtype: 'official',
    names: { de: 'Andrei Proschunin', en: 'Andrei Proshunin', ru: 'Андрей Прошунин' },
    aliases: ['Andrey Proshunin', 'Andrei Proshenin'],
    description: {
      de: 'Bürgermeister des Schwarzmeer-Kurorts Sotschi, der Drohnenalarme und Angriffe auf die Stadt meldet.',
      en: 'Mayor of the Black Sea resort of Sochi who announces drone alerts and attacks on the city.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'svetlana-kambulova',
    type: 'person',
    subtype: 'official',
    names: { de: 'Swetlana Kambulowa', en: 'Svetlana Kambulova', ru: 'Светлана Камбулова' },
    description: {
      de: 'Stadtoberhaupt von Taganrog im Gebiet Rostow, meldet die häufigen Drohnenangriffe auf die Stadt.',
      en: 'Head of the city of Taganrog in Rostov region, who reports the frequent drone attacks on the city.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'vadim-kstenin',
    type: 'person',
    subtype: 'official',
    names: { de: 'Wadim Kstenin', en: 'Vadim Kstenin', ru: 'Вадим Кстенин' },
    description: {
      de: 'Bürgermeister von Woronesch, rief nach Drohnenangriffen auf die Stadt den Notstand aus.',
      en: 'Mayor of Voronezh who declared states of emergency after drone attacks on the city.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'ilsur-metshin',
    type: 'person',
    subtype: 'official',
    names: { de: 'Ilsur Metschin', en: 'Ilsur Metshin', ru: 'Ильсур Метшин' },
    description: {
      de: 'Langjähriger Bürgermeister von Kasan, der Hauptstadt Tatarstans, das von ukrainischen Langstreckendrohnen getroffen wurde.',
      en: 'Long-serving mayor of Kazan, capital of Tatarstan, a region hit by Ukrainian long-range drones.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },

  // Wire photographers credited under pictures from Israel and the Palestinian territories.
  {
    id: 'issam-rimawi',
    type: 'person',
    names: { de: 'Issam Rimawi', en: 'Issam Rimawi' },
    description: {
      de: 'Palästinensischer Fotograf der Agentur Anadolu im Westjordanland.',
      en: 'Palestinian photographer for the Anadolu agency in the West Bank.',
    },
    links: [{ rel: 'member-of', to: 'anadolu' }],
  },
  {
    id: 'jaafar-ashtiyeh',
    type: 'person',
    names: { de: 'Jaafar Ashtiyeh', en: 'Jaafar Ashtiyeh' },
    aliases: ['Jaafar Ashtiya'],
    description: {
      de: 'Palästinensischer Fotograf der Nachrichtenagentur AFP in Nablus im Westjordanland.',
      en: 'Palestinian photographer for the AFP news agency in Nablus in the West Bank.',
    },
    links: [{ rel: 'member-of', to: 'afp' }],
  },
  {
    id: 'majdi-mohammed',
    type: 'person',
    names: { de: 'Majdi Mohammed', en: 'Majdi Mohammed' },
    description: {
      de: 'Palästinensischer Fotograf der Nachrichtenagentur AP im Westjordanland.',
      en: 'Palestinian photographer for the Associated Press in the West Bank.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'nasser-nasser',
    type: 'person',
    names: { de: 'Nasser Nasser', en: 'Nasser Nasser' },
    description: {
      de: 'Palästinensischer Fotograf der Nachrichtenagentur AP in Ramallah.',
      en: 'Palestinian photographer for the Associated Press in Ramallah.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'said-khatib',
    type: 'person',
    names: { de: 'Said Khatib', en: 'Said Khatib' },
    description: {
      de: 'Palästinensischer Fotograf der Nachrichtenagentur AFP im Gazastreifen.',
      en: 'Palestinian photographer for the AFP news agency in the Gaza Strip.',
    },
    links: [{ rel: 'member-of', to: 'afp' }],
  },
  {
    id: 'ilan-rosenberg',
    type: 'person',
    names: { de: 'Ilan Rosenberg', en: 'Ilan Rosenberg' },
    description: {
      de: 'Israelischer Fotograf der Nachrichtenagentur Reuters.',
      en: 'Israeli photographer for the Reuters news agency.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'alaa-badarneh',
    type: 'person',
    names: { de: 'Alaa Badarneh', en: 'Alaa Badarneh' },
    description: {
      de: 'Palästinensischer Fotograf der Agentur EPA im nördlichen Westjordanland.',
      en: 'Palestinian photographer for the EPA agency in the northern West Bank.',
    },
    links: [{ rel: 'member-of', to: 'epa-images' }],
  },
  {
    id: 'oded-balilty',
    type: 'person',
    names: { de: 'Oded Balilty', en: 'Oded Balilty' },
    description: {
      de: 'Israelischer Fotograf der Nachrichtenagentur AP, Pulitzer-Preisträger.',
      en: 'Israeli photographer for the Associated Press and a Pulitzer Prize winner.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'mussa-qawasma',
    type: 'person',
    names: { de: 'Mussa Qawasma', en: 'Mussa Qawasma' },
    aliases: ['Mussa Issa Qawasma'],
    description: {
      de: 'Palästinensischer Fotograf der Nachrichtenagentur Reuters in Hebron.',
      en: 'Palestinian photographer for the Reuters news agency in Hebron.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'raneen-sawafta',
    type: 'person',
    names: { de: 'Raneen Sawafta', en: 'Raneen Sawafta' },
    description: {
      de: 'Palästinensische Fotografin der Nachrichtenagentur Reuters im Westjordanland.',
      en: 'Palestinian photographer for the Reuters news agency in the West Bank.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },

  // Korea: the defector diplomat who advised the unification minister.
  {
    id: 'ko-young-hwan',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Ko Young-hwan', en: 'Ko Young-hwan', ko: '고영환' },
    aliases: ['Ko Yong-hwan', 'Ko Young Hwan'],
    shortForms: ['Ko'],
    description: {
      de: 'Früherer nordkoreanischer Diplomat, 1991 als erster Diplomat des Nordens nach Südkorea übergelaufen; 2023 Sonderberater des Vereinigungsministers.',
      en: 'Former North Korean diplomat, the first from the North to defect to South Korea (1991); special adviser to the unification minister from 2023.',
    },
    links: [{ rel: 'citizen-of', to: 'south-korea' }, { rel: 'related-to', to: 'south-korean-unification-ministry' }],
  },

  // Iran: a man hanged as an alleged Mossad spy.
  {
    id: 'bahman-choobiasl',
    type: 'person',
    names: { de: 'Bahman Choobiasl', en: 'Bahman Choobiasl' },
    description: {
      de: 'Iraner, im September 2025 im Gefängnis von Arak wegen angeblicher Spionage für Israel hingerichtet.',
      en: 'Iranian hanged at Arak prison in September 2025 after a conviction for spying for Israel.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'mossad' }],
  },

  // Russian regional media that report sabotage trials and drone strikes.
  {
    id: 'sibirsky-express',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Sibirski Express', en: 'Sibirsky Express', ru: 'Сибирский экспресс' },
    aliases: ['Sibirskiy Express', 'Siberian Express'],
    description: {
      de: 'Sibirischer Nachrichtenkanal auf Telegram, der über Prozesse und Vorfälle in Sibirien berichtet.',
      en: 'Siberian news channel on Telegram covering trials and incidents in Siberia.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'sever-realii',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Sewer.Realii', en: 'Sever.Realii', ru: 'Север.Реалии' },
    aliases: ['Sever.Realities', 'North.Realities'],
    description: {
      de: 'Regionalprojekt von Radio Free Europe/Radio Liberty für den Nordwesten Russlands.',
      en: 'Regional project of Radio Free Europe/Radio Liberty covering northwestern Russia.',
    },
    links: [{ rel: 'part-of', to: 'rfe-rl' }],
  },
  {
    id: 'tayga-info',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Tayga.info', en: 'Tayga.info', ru: 'Тайга.инфо' },
    aliases: ['Taiga.info'],
    description: {
      de: 'Unabhängiges Nachrichtenportal aus Nowosibirsk, in Russland als „ausländischer Agent“ eingestuft.',
      en: 'Independent news site from Novosibirsk, labelled a "foreign agent" in Russia.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },

  // More wire photographers credited under pictures of the wars.
  {
    id: 'mahmoud-illean',
    type: 'person',
    names: { de: 'Mahmoud Illean', en: 'Mahmoud Illean' },
    description: {
      de: 'Palästinensischer Fotograf der Nachrichtenagentur AP in Jerusalem.',
      en: 'Palestinian photographer for the Associated Press in Jerusalem.',
    },
    links: [{ rel: 'member-of', to: 'associated-press' }],
  },
  {
    id: 'hazem-bader',
    type: 'person',
    names: { de: 'Hazem Bader', en: 'Hazem Bader' },
    description: {
      de: 'Palästinensischer Fotograf der Nachrichtenagentur AFP in Hebron.',
      en: 'Palestinian photographer for the AFP news agency in Hebron.',
    },
    links: [{ rel: 'member-of', to: 'afp' }],
  },
  {
    id: 'zain-jaafar',
    type: 'person',
    names: { de: 'Zain Jaafar', en: 'Zain Jaafar' },
    description: {
      de: 'Palästinensischer Fotograf der Nachrichtenagentur AFP im Westjordanland.',
      en: 'Palestinian photographer for the AFP news agency in the West Bank.',
    },
    links: [{ rel: 'member-of', to: 'afp' }],
  },
  {
    id: 'shir-torem',
    type: 'person',
    names: { de: 'Shir Torem', en: 'Shir Torem' },
    description: {
      de: 'Israelische Fotografin der Nachrichtenagentur Reuters.',
      en: 'Israeli photographer for the Reuters news agency.',
    },
    links: [{ rel: 'member-of', to: 'reuters' }],
  },
  {
    id: 'amir-levy',
    type: 'person',
    names: { de: 'Amir Levy', en: 'Amir Levy' },
    description: {
      de: 'Israelischer Fotograf der Bildagentur Getty Images.',
      en: 'Israeli photographer for the Getty Images agency.',
    },
    links: [{ rel: 'member-of', to: 'getty-images' }],
  },
  {
    id: 'spencer-platt',
    type: 'person',
    names: { de: 'Spencer Platt', en: 'Spencer Platt' },
    description: {
      de: 'US-Fotograf der Bildagentur Getty Images, der aus Kriegs- und Krisengebieten berichtet.',
      en: 'US photographer for Getty Images who covers wars and crises.',
    },
    links: [{ rel: 'member-of', to: 'getty-images' }],
  },
  {
    id: 'mahmoud-zayyat',
    type: 'person',
    names: { de: 'Mahmoud Zayyat', en: 'Mahmoud Zayyat' },
    description: {
      de: 'Libanesischer Fotograf der Nachrichtenagentur AFP in Beirut.',
      en: 'Lebanese photographer for the AFP news agency in Beirut.',
    },
    links: [{ rel: 'member-of', to: 'afp' }],
  },
  {
    id: 'omar-haj-kadour',
    type: 'person',
    names: { de: 'Omar Haj Kadour', en: 'Omar Haj Kadour' },
    description: {
      de: 'Syrischer Fotograf der Nachrichtenagentur AFP in der Provinz Idlib.',
      en: 'Syrian photographer for the AFP news agency in Idlib province.',
    },
    links: [{ rel: 'member-of', to: 'afp' }],
  },
  {
    id: 'aaref-watad',
    type: 'person',
    names: { de: 'Aaref Watad', en: 'Aaref Watad' },
    description: {
      de: 'Syrischer Fotograf der Nachrichtenagentur AFP im Nordwesten Syriens.',
      en: 'Syrian photographer for the AFP news agency in northwestern Syria.',
    },
    links: [{ rel: 'member-of', to: 'afp' }],
  },
  {
    id: 'anthony-wallace',
    type: 'person',
    names: { de: 'Anthony Wallace', en: 'Anthony Wallace' },
    description: {
      de: 'Fotograf der Nachrichtenagentur AFP in Seoul.',
      en: 'Photographer for the AFP news agency in Seoul.',
    },
    links: [{ rel: 'member-of', to: 'afp' }],
  },
  {
    id: 'yasuyoshi-chiba',
    type: 'person',
    names: { de: 'Yasuyoshi Chiba', en: 'Yasuyoshi Chiba' },
    description: {
      de: 'Japanischer Fotograf der Nachrichtenagentur AFP.',
      en: 'Japanese photographer for the AFP news agency.',
    },
    links: [{ rel: 'member-of', to: 'afp' }],
  },

  // Russian city heads quoted after strikes.
  {
    id: 'yuri-shalabaev',
    type: 'person',
    subtype: 'official',
    names: { de: 'Juri Schalabajew', en: 'Yuri Shalabaev', ru: 'Юрий Шалабаев' },
    aliases: ['Yury Shalabayev', 'Yuri Shalabayev', 'Yury Shalabaev'],
    description: {
      de: 'Bürgermeister von Nischni Nowgorod, einer Industriestadt an der Wolga.',
      en: 'Mayor of Nizhny Novgorod, an industrial city on the Volga.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },
  {
    id: 'anatoly-lokot',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Anatoli Lokot', en: 'Anatoly Lokot', ru: 'Анатолий Локоть' },
    aliases: ['Anatoliy Lokot', 'Anatolii Lokot'],
    description: {
      de: 'Kommunistischer Politiker, von 2014 bis Anfang 2024 Bürgermeister von Nowosibirsk.',
      en: 'Communist politician, mayor of Novosibirsk from 2014 until early 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }],
  },

  // Ukrainian and Russian news outlets quoted by the wires.
  {
    id: 'glavred',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Glavred', en: 'Glavred', uk: 'Главред' },
    aliases: ['Glavred.info', 'Glavred.net'],
    description: {
      de: 'Ukrainisches Online-Nachrichtenportal aus Kyjiw.',
      en: 'Ukrainian online news site based in Kyiv.',
    },
    links: [{ rel: 'part-of', to: 'ukraine' }],
  },
  {
    id: 'cherta-media',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Tscherta', en: 'Cherta', ru: 'Черта' },
    aliases: ['Cherta.media', 'Cherta Media'],
    description: {
      de: 'Unabhängiges russisches Medium über Gewalt, Diskriminierung und Menschenrechte, in Russland als „ausländischer Agent“ eingestuft.',
      en: 'Independent Russian outlet on violence, discrimination and human rights, labelled a "foreign agent" in Russia.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'lentach',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Lentach', en: 'Lentach', ru: 'Лентач' },
    description: {
      de: 'Russischer Nachrichten- und Satirekanal auf Telegram und VK.',
      en: 'Russian news and satire channel on Telegram and VK.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },

  // South Korea's unification ministry: the vice minister after Moon Seoung-hyun.
  {
    id: 'kim-soo-kyung',
    type: 'person',
    subtype: 'official',
    names: { de: 'Kim Soo-kyung', en: 'Kim Soo-kyung', ko: '김수경' },
    aliases: ['Kim Su-kyung', 'Kim Su-gyeong', 'Kim Soo Kyung'],
    description: {
      de: 'Südkoreanische Politologin, Sprecherin des Präsidialamts unter Yoon Suk Yeol und ab Juli 2024 erste Vize-Vereinigungsministerin.',
      en: 'South Korean political scientist, spokeswoman of President Yoon Suk Yeol’s office and from July 2024 the first woman to serve as vice unification minister.',
    },
    roles: [{ title: { de: 'Vize-Vereinigungsministerin', en: 'Vice Unification Minister' }, of: 'south-korean-unification-ministry', from: '2024-07' }],
    links: [{ rel: 'citizen-of', to: 'south-korea' }, { rel: 'member-of', to: 'south-korean-unification-ministry' }],
  },

  // The occupation authority in Kherson region that Russia installed in 2022.
  {
    id: 'russian-occupation-administration-kherson',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Russische Besatzungsverwaltung des Gebiets Cherson', en: 'Russian-installed Kherson administration', ru: 'Военно-гражданская администрация Херсонской области' },
    aliases: ['pro-Russian Kherson administration', 'Russian-installed administration in Kherson', 'Russian-installed Kherson regional administration', 'Kherson Military-Civilian Administration', 'prorussische Verwaltung von Cherson', 'russische Besatzungsverwaltung in Cherson'],
    description: {
      de: 'Von Russland 2022 eingesetzte Verwaltung des besetzten Teils des ukrainischen Gebiets Cherson, geführt von Wladimir Saldo.',
      en: 'Administration Russia installed in 2022 in the occupied part of Ukraine’s Kherson region, headed by Vladimir Saldo.',
    },
    links: [{ rel: 'part-of', to: 'russia' }, { rel: 'related-to', to: 'vladimir-saldo' }, { rel: 'related-to', to: 'kirill-stremousov' }],
  },
];
