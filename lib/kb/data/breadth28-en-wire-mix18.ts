// Twenty-eighth breadth round: an eighteenth random sample of English wire and newspaper reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  {
    id: 'congressional-ukrainian-caucus',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Congressional Ukrainian Caucus', en: 'Congressional Ukrainian Caucus' },
    aliases: ['Congressional Ukraine Caucus', 'Ukraine-Caucus im US-Kongress'],
    description: {
      de: 'Überparteiliche Gruppe von Abgeordneten im US-Repräsentantenhaus, die sich für die Ukraine und ihre Unterstützung einsetzt.',
      en: 'Bipartisan group of members of the US House of Representatives who advocate for Ukraine and aid to it.',
    },
    links: [{ rel: 'part-of', to: 'us-congress' }, { rel: 'related-to', to: 'ukraine' }],
  },
  {
    id: "anatoly-maltsev",
    type: 'person',
    names: { de: "Anatoly Maltsev", en: "Anatoly Maltsev", ru: "Анатолий Мальцев" },
    aliases: ["Anatoli Maltsev"],
    description: {
      de: "Russischer Fotograf der Bildagentur EPA in Moskau.",
      en: "Russian photographer for the EPA photo agency in Moscow.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "epa-images" }],
  },
  {
    id: "sergei-ilnitsky",
    type: 'person',
    names: { de: "Sergei Ilnitsky", en: "Sergei Ilnitsky", ru: "Сергей Ильницкий" },
    aliases: ["Sergey Ilnitsky", "Sergei Ilnitski"],
    description: {
      de: "Langjähriger Fotograf der Bildagentur EPA, der aus Russland und der Ukraine berichtet.",
      en: "Long-serving EPA photographer covering Russia and Ukraine.",
    },
    links: [{ rel: "member-of", to: "epa-images" }],
  },
  {
    id: "dmitry-astakhov",
    type: 'person',
    names: { de: "Dmitry Astakhov", en: "Dmitry Astakhov", ru: "Дмитрий Астахов" },
    description: {
      de: "Russischer Fotograf der Staatsagentur Sputnik, fotografiert für den Regierungs-Pool.",
      en: "Russian photographer of the state agency Sputnik who shoots for the government pool.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "sputnik" }],
  },
  {
    id: "mikhail-klimentyev",
    type: 'person',
    names: { de: "Mikhail Klimentyev", en: "Mikhail Klimentyev", ru: "Михаил Климентьев" },
    aliases: ["Mikhail Klimentiev"],
    description: {
      de: "Russischer Fotograf der Staatsagentur Sputnik im Kreml-Pool.",
      en: "Russian photographer of the state agency Sputnik in the Kremlin pool.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "sputnik" }],
  },
  {
    id: "pavel-bednyakov",
    type: 'person',
    names: { de: "Pavel Bednyakov", en: "Pavel Bednyakov", ru: "Павел Бедняков" },
    description: {
      de: "Russischer Fotograf der Staatsagentur Sputnik; seine Bilder aus dem Kreml-Pool gehen über AP und Reuters.",
      en: "Russian photographer of the state agency Sputnik whose Kremlin-pool pictures run via AP and Reuters.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "sputnik" }],
  },
  {
    id: "alexander-ryumin",
    type: 'person',
    names: { de: "Alexander Ryumin", en: "Alexander Ryumin", ru: "Александр Рюмин" },
    description: {
      de: "Russischer Fotograf der Staatsagentur TASS.",
      en: "Russian photographer of the state news agency TASS.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "tass" }],
  },
  {
    id: "yuri-smityuk",
    type: 'person',
    names: { de: "Yuri Smityuk", en: "Yuri Smityuk", ru: "Юрий Смитюк" },
    aliases: ["Yury Smityuk"],
    description: {
      de: "Russischer Fotograf der Staatsagentur TASS.",
      en: "Russian photographer of the state news agency TASS.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "tass" }],
  },
  {
    id: "alexei-danichev",
    type: 'person',
    names: { de: "Alexei Danichev", en: "Alexei Danichev", ru: "Алексей Даничев" },
    aliases: ["Alexey Danichev"],
    description: {
      de: "Russischer Fotograf der Staatsagentur RIA Nowosti/Sputnik.",
      en: "Russian photographer of the state agency RIA Novosti/Sputnik.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "ria-novosti" }],
  },
  {
    id: "anton-novoderezhkin",
    type: 'person',
    names: { de: "Anton Novoderezhkin", en: "Anton Novoderezhkin", ru: "Антон Новодережкин" },
    description: {
      de: "Russischer Fotograf der Staatsagentur TASS, oft im Kreml-Pool.",
      en: "Russian photographer of the state news agency TASS, often in the Kremlin pool.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "tass" }],
  },
  {
    id: "sergei-savostyanov",
    type: 'person',
    names: { de: "Sergei Savostyanov", en: "Sergei Savostyanov", ru: "Сергей Савостьянов" },
    aliases: ["Sergey Savostyanov"],
    description: {
      de: "Russischer Fotograf der Staatsagentur TASS im Kreml-Pool.",
      en: "Russian photographer of the state news agency TASS in the Kremlin pool.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "tass" }],
  },
  {
    id: "mikhail-tereshchenko",
    type: 'person',
    names: { de: "Mikhail Tereshchenko", en: "Mikhail Tereshchenko", ru: "Михаил Терещенко" },
    description: {
      de: "Russischer Fotograf der Staatsagentur TASS im Kreml-Pool.",
      en: "Russian photographer of the state news agency TASS in the Kremlin pool.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "tass" }],
  },
  {
    id: "vladimir-gerdo",
    type: 'person',
    names: { de: "Vladimir Gerdo", en: "Vladimir Gerdo", ru: "Владимир Гердо" },
    description: {
      de: "Russischer Fotograf der Staatsagentur TASS.",
      en: "Russian photographer of the state news agency TASS.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "tass" }],
  },
  {
    id: "grigory-sysoev",
    type: 'person',
    names: { de: "Grigory Sysoev", en: "Grigory Sysoev", ru: "Григорий Сысоев" },
    aliases: ["Grigory Sysoyev"],
    description: {
      de: "Russischer Fotograf der Staatsagentur Sputnik im Kreml-Pool.",
      en: "Russian photographer of the state agency Sputnik in the Kremlin pool.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "sputnik" }],
  },
  {
    id: "vladimir-astapkovich",
    type: 'person',
    names: { de: "Vladimir Astapkovich", en: "Vladimir Astapkovich", ru: "Владимир Астапкович" },
    description: {
      de: "Russischer Fotograf der Staatsagentur Sputnik/RIA Nowosti.",
      en: "Russian photographer of the state agency Sputnik/RIA Novosti.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "sputnik" }],
  },
  {
    id: "alexander-astafyev",
    type: 'person',
    names: { de: "Alexander Astafyev", en: "Alexander Astafyev", ru: "Александр Астафьев" },
    aliases: ["Alexander Astafiev"],
    description: {
      de: "Russischer Fotograf der Staatsagentur Sputnik im Regierungs-Pool.",
      en: "Russian photographer of the state agency Sputnik in the government pool.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "sputnik" }],
  },
  {
    id: "ilya-pitalev",
    type: 'person',
    names: { de: "Ilya Pitalev", en: "Ilya Pitalev", ru: "Илья Питалев" },
    description: {
      de: "Russischer Fotograf der Staatsagentur Sputnik/RIA Nowosti.",
      en: "Russian photographer of the state agency Sputnik/RIA Novosti.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "sputnik" }],
  },
  {
    id: "evgeny-biyatov",
    type: 'person',
    names: { de: "Evgeny Biyatov", en: "Evgeny Biyatov", ru: "Евгений Биятов" },
    aliases: ["Yevgeny Biyatov"],
    description: {
      de: "Russischer Fotograf der Staatsagentur Sputnik/RIA Nowosti.",
      en: "Russian photographer of the state agency Sputnik/RIA Novosti.",
    },
    links: [{ rel: "citizen-of", to: "russia" }, { rel: "member-of", to: "sputnik" }],
  },
  {
    id: "hennadii-minchenko",
    type: 'person',
    names: { de: "Hennadii Minchenko", en: "Hennadii Minchenko", uk: "Геннадій Мінченко" },
    aliases: ["Gennady Minchenko", "Hennadiy Minchenko"],
    description: {
      de: "Ukrainischer Fotograf der staatlichen Agentur Ukrinform.",
      en: "Ukrainian photographer of the state news agency Ukrinform.",
    },
    links: [{ rel: "citizen-of", to: "ukraine" }, { rel: "member-of", to: "ukrinform" }],
  },
  {
    id: "sergey-bobok",
    type: 'person',
    names: { de: "Sergey Bobok", en: "Sergey Bobok", uk: "Сергій Бобок" },
    aliases: ["Serhiy Bobok", "Sergei Bobok"],
    description: {
      de: "Ukrainischer Fotograf der Agentur AFP in Charkiw.",
      en: "Ukrainian photographer for the AFP news agency in Kharkiv.",
    },
    links: [{ rel: "citizen-of", to: "ukraine" }, { rel: "member-of", to: "afp" }],
  },
  {
    id: "roman-pilipey",
    type: 'person',
    names: { de: "Roman Pilipey", en: "Roman Pilipey", uk: "Роман Пилипей" },
    aliases: ["Roman Pylypey"],
    description: {
      de: "Ukrainischer Fotograf der Agentur AFP, zuvor bei EPA.",
      en: "Ukrainian photographer for AFP, previously with EPA.",
    },
    links: [{ rel: "citizen-of", to: "ukraine" }, { rel: "member-of", to: "afp" }],
  },
  {
    id: "libkos",
    type: 'person',
    names: { de: "Libkos", en: "Libkos", uk: "Костянтин Лібєров" },
    aliases: ["Kostiantyn Liberov", "Konstantin Liberov"],
    description: {
      de: "Signatur des ukrainischen AP-Fotografen Kostjantyn Liberow.",
      en: "Credit name of the Ukrainian AP photographer Kostiantyn Liberov.",
    },
    links: [{ rel: "citizen-of", to: "ukraine" }, { rel: "member-of", to: "associated-press" }],
  },
  {
    id: "andriy-andriyenko",
    type: 'person',
    names: { de: "Andriy Andriyenko", en: "Andriy Andriyenko", uk: "Андрій Андрієнко" },
    description: {
      de: "Ukrainischer Fotograf der Nachrichtenagentur AP.",
      en: "Ukrainian photographer for the Associated Press.",
    },
    links: [{ rel: "citizen-of", to: "ukraine" }, { rel: "member-of", to: "associated-press" }],
  },
  {
    id: "anatolii-stepanov",
    type: 'person',
    names: { de: "Anatolii Stepanov", en: "Anatolii Stepanov", uk: "Анатолій Степанов" },
    aliases: ["Anatoliy Stepanov"],
    description: {
      de: "Ukrainischer Fotograf, dessen Bilder über AFP und Reuters verbreitet werden.",
      en: "Ukrainian photographer whose pictures are distributed by AFP and Reuters.",
    },
    links: [{ rel: "citizen-of", to: "ukraine" }, { rel: "member-of", to: "afp" }],
  },
  {
    id: "oleksandr-gimanov",
    type: 'person',
    names: { de: "Oleksandr Gimanov", en: "Oleksandr Gimanov", uk: "Олександр Гіманов" },
    description: {
      de: "Ukrainischer Fotograf der Agentur AFP in Odessa.",
      en: "Ukrainian photographer for AFP in Odesa.",
    },
    links: [{ rel: "citizen-of", to: "ukraine" }, { rel: "member-of", to: "afp" }],
  },
  {
    id: "ihor-tkachov",
    type: 'person',
    names: { de: "Ihor Tkachov", en: "Ihor Tkachov", uk: "Ігор Ткачов" },
    description: {
      de: "Ukrainischer Fotograf der Agentur AFP.",
      en: "Ukrainian photographer for the AFP news agency.",
    },
    links: [{ rel: "citizen-of", to: "ukraine" }, { rel: "member-of", to: "afp" }],
  },
  {
    id: "genya-savilov",
    type: 'person',
    names: { de: "Genya Savilov", en: "Genya Savilov" },
    description: {
      de: "Fotograf der Agentur AFP in der Ukraine.",
      en: "AFP photographer covering the war in Ukraine.",
    },
    links: [{ rel: "member-of", to: "afp" }],
  },
  {
    id: "alex-babenko",
    type: 'person',
    names: { de: "Alex Babenko", en: "Alex Babenko" },
    description: {
      de: "Fotograf der Nachrichtenagentur AP in der Ukraine.",
      en: "Associated Press photographer in Ukraine.",
    },
    links: [{ rel: "member-of", to: "associated-press" }],
  },
  {
    id: "thomas-peter",
    type: 'person',
    names: { de: "Thomas Peter", en: "Thomas Peter" },
    description: {
      de: "Fotograf der Nachrichtenagentur Reuters, u. a. im Krieg in der Ukraine.",
      en: "Reuters photographer whose work includes the war in Ukraine.",
    },
    links: [{ rel: "member-of", to: "reuters" }],
  },
  {
    id: "shamil-zhumatov",
    type: 'person',
    names: { de: "Shamil Zhumatov", en: "Shamil Zhumatov" },
    description: {
      de: "Fotograf der Nachrichtenagentur Reuters in Russland und Zentralasien.",
      en: "Reuters photographer in Russia and Central Asia.",
    },
    links: [{ rel: "member-of", to: "reuters" }],
  },
  {
    id: "felipe-dana",
    type: 'person',
    names: { de: "Felipe Dana", en: "Felipe Dana" },
    description: {
      de: "Fotograf der Nachrichtenagentur AP, u. a. in der Ukraine und im Nahen Osten.",
      en: "Associated Press photographer who has covered Ukraine and the Middle East.",
    },
    links: [{ rel: "member-of", to: "associated-press" }],
  },
  {
    id: "nariman-el-mofty",
    type: 'person',
    names: { de: "Nariman El-Mofty", en: "Nariman El-Mofty" },
    description: {
      de: "Fotografin der Nachrichtenagentur AP, u. a. in der Ukraine und im Nahen Osten.",
      en: "Associated Press photographer who has covered Ukraine and the Middle East.",
    },
    links: [{ rel: "member-of", to: "associated-press" }],
  },
  {
    id: "fatima-shbair",
    type: 'person',
    names: { de: "Fatima Shbair", en: "Fatima Shbair" },
    description: {
      de: "Palästinensische Fotografin der Nachrichtenagentur AP im Gazastreifen.",
      en: "Palestinian Associated Press photographer in the Gaza Strip.",
    },
    links: [{ rel: "member-of", to: "associated-press" }],
  },
  {
    id: "hatem-moussa",
    type: 'person',
    names: { de: "Hatem Moussa", en: "Hatem Moussa" },
    aliases: ["Hatem Musa"],
    description: {
      de: "Palästinensischer Fotograf der Nachrichtenagentur AP im Gazastreifen.",
      en: "Palestinian Associated Press photographer in the Gaza Strip.",
    },
    links: [{ rel: "member-of", to: "associated-press" }],
  },
  {
    id: "mahmud-hams",
    type: 'person',
    names: { de: "Mahmud Hams", en: "Mahmud Hams" },
    aliases: ["Mahmoud Hams"],
    description: {
      de: "Palästinensischer Fotograf der Agentur AFP im Gazastreifen.",
      en: "Palestinian AFP photographer in the Gaza Strip.",
    },
    links: [{ rel: "member-of", to: "afp" }],
  },
  {
    id: "ibraheem-abu-mustafa",
    type: 'person',
    names: { de: "Ibraheem Abu Mustafa", en: "Ibraheem Abu Mustafa" },
    aliases: ["Ibrahim Abu Mustafa"],
    description: {
      de: "Palästinensischer Fotograf der Nachrichtenagentur Reuters im Gazastreifen.",
      en: "Palestinian Reuters photographer in the Gaza Strip.",
    },
    links: [{ rel: "member-of", to: "reuters" }],
  },
  {
    id: "jalaa-marey",
    type: 'person',
    names: { de: "Jalaa Marey", en: "Jalaa Marey" },
    aliases: ["Jalaa Mareh"],
    description: {
      de: "Fotograf der Agentur AFP auf den Golanhöhen und an der Grenze zum Libanon.",
      en: "AFP photographer on the Golan Heights and along the Lebanese border.",
    },
    links: [{ rel: "member-of", to: "afp" }],
  },
  {
    id: "anwar-amro",
    type: 'person',
    names: { de: "Anwar Amro", en: "Anwar Amro" },
    description: {
      de: "Fotograf der Agentur AFP in Beirut.",
      en: "AFP photographer in Beirut.",
    },
    links: [{ rel: "member-of", to: "afp" }],
  },
  {
    id: "emilie-madi",
    type: 'person',
    names: { de: "Emilie Madi", en: "Emilie Madi" },
    description: {
      de: "Fotografin der Nachrichtenagentur Reuters in Beirut.",
      en: "Reuters photographer in Beirut.",
    },
    links: [{ rel: "member-of", to: "reuters" }],
  },
  {
    id: "omar-sanadiki",
    type: 'person',
    names: { de: "Omar Sanadiki", en: "Omar Sanadiki" },
    description: {
      de: "Syrischer Fotograf in Damaskus, für Reuters und AP tätig.",
      en: "Syrian photographer in Damascus who has worked for Reuters and AP.",
    },
    links: [{ rel: "member-of", to: "associated-press" }],
  },
  {
    id: "abdulaziz-ketaz",
    type: 'person',
    names: { de: "Abdulaziz Ketaz", en: "Abdulaziz Ketaz" },
    aliases: ["Abdul Aziz Ketaz"],
    description: {
      de: "Syrischer Fotograf der Agentur AFP im Norden Syriens.",
      en: "Syrian AFP photographer in northern Syria.",
    },
    links: [{ rel: "member-of", to: "afp" }],
  },
  {
    id: "bakr-alkasem",
    type: 'person',
    names: { de: "Bakr Alkasem", en: "Bakr Alkasem" },
    aliases: ["Bakr al-Kasem", "Bakr al-Qasem"],
    description: {
      de: "Syrischer Fotograf der Agentur AFP im Norden Syriens.",
      en: "Syrian AFP photographer in northern Syria.",
    },
    links: [{ rel: "member-of", to: "afp" }],
  },
  {
    id: "louai-beshara",
    type: 'person',
    names: { de: "Louai Beshara", en: "Louai Beshara" },
    description: {
      de: "Syrischer Fotograf der Agentur AFP in Damaskus.",
      en: "Syrian AFP photographer in Damascus.",
    },
    links: [{ rel: "member-of", to: "afp" }],
  },
  {
    id: "osamah-abdulrahman",
    type: 'person',
    names: { de: "Osamah Abdulrahman", en: "Osamah Abdulrahman" },
    aliases: ["Osama Abdulrahman"],
    description: {
      de: "Jemenitischer Fotograf der Nachrichtenagentur AP.",
      en: "Yemeni photographer for the Associated Press.",
    },
    links: [{ rel: "member-of", to: "associated-press" }],
  },
  {
    id: "mohammed-huwais",
    type: 'person',
    names: { de: "Mohammed Huwais", en: "Mohammed Huwais" },
    description: {
      de: "Jemenitischer Fotograf der Agentur AFP in Sanaa.",
      en: "Yemeni AFP photographer in Sanaa.",
    },
    links: [{ rel: "member-of", to: "afp" }],
  },
  {
    id: "yahya-arhab",
    type: 'person',
    names: { de: "Yahya Arhab", en: "Yahya Arhab" },
    description: {
      de: "Jemenitischer Fotograf der Bildagentur EPA in Sanaa.",
      en: "Yemeni EPA photographer in Sanaa.",
    },
    links: [{ rel: "member-of", to: "epa-images" }],
  },
  {
    id: "majid-asgaripour",
    type: 'person',
    names: { de: "Majid Asgaripour", en: "Majid Asgaripour" },
    description: {
      de: "Iranischer Fotograf der Agentur WANA, dessen Bilder über Reuters laufen.",
      en: "Iranian photographer of the WANA agency whose pictures run via Reuters.",
    },
    links: [{ rel: "member-of", to: "west-asia-news-agency" }],
  },
  {
    id: "ahn-young-joon",
    type: 'person',
    names: { de: "Ahn Young-joon", en: "Ahn Young-joon" },
    description: {
      de: "Fotograf der Nachrichtenagentur AP in Seoul.",
      en: "Associated Press photographer in Seoul.",
    },
    links: [{ rel: "member-of", to: "associated-press" }],
  },
  {
    id: "lee-jin-man",
    type: 'person',
    names: { de: "Lee Jin-man", en: "Lee Jin-man" },
    description: {
      de: "Fotograf der Nachrichtenagentur AP in Seoul.",
      en: "Associated Press photographer in Seoul.",
    },
    links: [{ rel: "member-of", to: "associated-press" }],
  },
  {
    id: "jung-yeon-je",
    type: 'person',
    names: { de: "Jung Yeon-je", en: "Jung Yeon-je" },
    description: {
      de: "Fotograf der Agentur AFP in Seoul.",
      en: "AFP photographer in Seoul.",
    },
    links: [{ rel: "member-of", to: "afp" }],
  },
  {
    id: "kim-hong-ji",
    type: 'person',
    names: { de: "Kim Hong-Ji", en: "Kim Hong-Ji" },
    description: {
      de: "Fotograf der Nachrichtenagentur Reuters in Seoul.",
      en: "Reuters photographer in Seoul.",
    },
    links: [{ rel: "member-of", to: "reuters" }],
  },
  {
    id: "jeon-heon-kyun",
    type: 'person',
    names: { de: "Jeon Heon-Kyun", en: "Jeon Heon-Kyun" },
    description: {
      de: "Fotograf der Bildagentur EPA in Seoul.",
      en: "EPA photographer in Seoul.",
    },
    links: [{ rel: "member-of", to: "epa-images" }],
  },
];
