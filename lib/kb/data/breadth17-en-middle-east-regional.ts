// Seventeenth breadth round: English regional outlets on Israel, Gaza, Lebanon, Yemen, Iraq, Syria and Iran, 2023–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  {
    "id": "akram-ali-mohammed",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Akram Ali Mohammed",
      "en": "Akram Ali Mohammed",
      "ar": "أكرم علي محمد"
    },
    "aliases": [
      "Akram Ali Muhammad",
      "Akram Ali Mohammad",
      "Akram Mohammed",
      "Akram Muhammad"
    ],
    "description": {
      "de": "Syrischer Generalmajor mit Sicherheitshintergrund, im Mai 2024 von Assad zum Gouverneur von Suwaida ernannt; ihm wird die gewaltsame Niederschlagung von Protesten in Aleppo 2011 vorgeworfen.",
      "en": "Syrian major general with a security background whom Assad made governor of Suwayda in May 2024; accused of violently putting down protests in Aleppo in 2011."
    },
    "roles": [
      {
        "title": {
          "de": "Gouverneur von Suwaida",
          "en": "Governor of Suwayda"
        },
        "from": "2024-05"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      },
      {
        "rel": "related-to",
        "to": "bashar-al-assad"
      }
    ]
  },
  {
    "id": "bassam-barsik",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Bassam Barsik",
      "en": "Bassam Barsik",
      "ar": "بسام ممدوح بارسيك"
    },
    "aliases": [
      "Bassam Mamdouh Barsik",
      "Bassam Parsik",
      "Bassam Mamdouh Parsik",
      "Bassam Barsiq"
    ],
    "description": {
      "de": "Syrischer Beamter des Assad-Regimes, Gouverneur von Homs ab 2020 und danach von Suwaida, bis ihn 2024 Akram Ali Mohammed ablöste.",
      "en": "Assad-era Syrian official, governor of Homs from 2020 and later of Suwayda until Akram Ali Mohammed replaced him in 2024."
    },
    "roles": [
      {
        "title": {
          "de": "Gouverneur von Suwaida",
          "en": "Governor of Suwayda"
        },
        "to": "2024-05"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      }
    ]
  },
  {
    "id": "namir-makhlouf",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Namir Makhlouf",
      "en": "Namir Makhlouf",
      "ar": "نمير حبيب مخلوف"
    },
    "aliases": [
      "Namir Habib Makhlouf",
      "Numayr Makhlouf",
      "Nmeir Makhlouf",
      "Numair Makhlouf"
    ],
    "description": {
      "de": "Syrischer Beamter, früher Leiter der staatlichen Öltransportgesellschaft in Banias; von Assad zum Gouverneur von Suwaida ernannt als Nachfolger von Humam Dibiyat.",
      "en": "Syrian official, formerly head of the state oil transport company in Baniyas; appointed governor of Suwayda by Assad in succession to Humam Dibiyat."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      }
    ]
  },
  {
    "id": "humam-dibiyat",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Humam Dibiyat",
      "en": "Humam Dibiyat",
      "ar": "همام دبيات"
    },
    "aliases": [
      "Hammam Dibbiyat",
      "Hammam Dibiyat",
      "Humam Dbiyat",
      "Hammam al-Debiyat",
      "Hammam Sadiq al-Debiyat",
      "Humam al-Dibiyat"
    ],
    "description": {
      "de": "Syrischer Beamter, 2020 von Assad zum Gouverneur von Suwaida ernannt und später durch Namir Makhlouf ersetzt.",
      "en": "Syrian official whom Assad appointed governor of Suwayda in 2020; later replaced by Namir Makhlouf."
    },
    "roles": [
      {
        "title": {
          "de": "Gouverneur von Suwaida",
          "en": "Governor of Suwayda"
        },
        "from": "2020"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      }
    ]
  },
  {
    "id": "amer-al-ashi",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Amer al-Ashi",
      "en": "Amer al-Ashi",
      "ar": "عامر العشي"
    },
    "aliases": [
      "Amer al-Eshi",
      "Amer al-Ashy",
      "Amer Al Ashi"
    ],
    "description": {
      "de": "Syrischer Generalmajor im Ruhestand aus dem Sicherheitsapparat, 2016 bis 2020 Gouverneur von Suwaida.",
      "en": "Retired Syrian security major general, governor of Suwayda from 2016 to 2020."
    },
    "roles": [
      {
        "title": {
          "de": "Gouverneur von Suwaida",
          "en": "Governor of Suwayda"
        },
        "from": "2016",
        "to": "2020"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      }
    ]
  },
  {
    "id": "amer-hilal",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Amer Hilal",
      "en": "Amer Hilal",
      "ar": "عامر إسماعيل هلال"
    },
    "aliases": [
      "Amer Ismail Hilal",
      "Amer Ismael Hilal"
    ],
    "description": {
      "de": "Syrischer Beamter, früher Chef eines staatlichen Baukonzerns; von Assad als Nachfolger von Ibrahim Khader al-Salem zum Gouverneur von Latakia ernannt.",
      "en": "Syrian official, formerly head of a state construction company; appointed governor of Latakia by Assad in succession to Ibrahim Khader al-Salem."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      }
    ]
  },
  {
    "id": "ibrahim-khader-al-salem",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Ibrahim Khader al-Salem",
      "en": "Ibrahim Khader al-Salem",
      "ar": "إبراهيم خضر السالم"
    },
    "aliases": [
      "Ibrahim Khudr al-Salem",
      "Ibrahim Khodr al-Salem",
      "Ibrahim Khader al-Salim"
    ],
    "description": {
      "de": "Syrischer Beamter des Assad-Regimes, Gouverneur von Latakia, bis ihn Amer Hilal ablöste.",
      "en": "Assad-era Syrian official, governor of Latakia until Amer Hilal replaced him."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      }
    ]
  },
  {
    "id": "thaer-salhab",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Thaer Salhab",
      "en": "Thaer Salhab",
      "ar": "ثائر ناصح سلهب"
    },
    "aliases": [
      "Thaer Naseh Salhab",
      "Thaer Nasih Salhab",
      "Thaer Salhab"
    ],
    "description": {
      "de": "Syrischer Beamter, von Assad als Nachfolger von Mohammad Natouf zum Gouverneur von Idlib ernannt.",
      "en": "Syrian official whom Assad appointed governor of Idlib in succession to Mohammad Natouf."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      }
    ]
  },
  {
    "id": "mohammad-natouf",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Mohammad Natouf",
      "en": "Mohammad Natouf",
      "ar": "محمد نتوف"
    },
    "aliases": [
      "Mohammad Nattouf",
      "Mohammed Natouf",
      "Muhammad Natouf"
    ],
    "description": {
      "de": "Syrischer Beamter des Assad-Regimes, Gouverneur von Idlib, bis ihn Thaer Salhab ablöste.",
      "en": "Assad-era Syrian official, governor of Idlib until Thaer Salhab replaced him."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      }
    ]
  },
  {
    "id": "louay-kharita",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Louay Kharita",
      "en": "Louay Kharita",
      "ar": "لؤي خريطة"
    },
    "aliases": [
      "Luay Kharita",
      "Luay Kharettah",
      "Louay Kharettah",
      "Louai Kharita"
    ],
    "description": {
      "de": "Syrischer Beamter, zuvor Vizeminister für Lokalverwaltung; von Assad als Nachfolger von Marwan Sharbak zum Gouverneur von Daraa ernannt.",
      "en": "Syrian official, formerly deputy minister of local administration; appointed governor of Daraa by Assad in succession to Marwan Sharbak."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      }
    ]
  },
  {
    "id": "marwan-sharbak",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Marwan Sharbak",
      "en": "Marwan Sharbak",
      "ar": "مروان إبراهيم شربك"
    },
    "aliases": [
      "Marwan Ibrahim Sharbak",
      "Marwan Sharbek"
    ],
    "description": {
      "de": "Syrischer Beamter, 2020 von Assad zum Gouverneur von Daraa ernannt und später durch Louay Kharita ersetzt.",
      "en": "Syrian official whom Assad appointed governor of Daraa in 2020; later replaced by Louay Kharita."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      }
    ]
  },
  {
    "id": "moataz-qattan",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Moataz Qattan",
      "en": "Moataz Qattan",
      "ar": "معتز تيسير قطان"
    },
    "aliases": [
      "Moataz Tayseer Qattan",
      "Mutaz Qattan",
      "Moataz Tayssir Qattan",
      "Motaz Qattan"
    ],
    "description": {
      "de": "Syrischer Ingenieur, 2024 von Assad zum Gouverneur von Deir ez-Zor ernannt.",
      "en": "Syrian engineer whom Assad appointed governor of Deir ez-Zor in 2024."
    },
    "roles": [
      {
        "title": {
          "de": "Gouverneur von Deir ez-Zor",
          "en": "Governor of Deir ez-Zor"
        },
        "from": "2024"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      }
    ]
  },
  {
    "id": "maan-abboud",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Maan Abboud",
      "en": "Maan Abboud",
      "ar": "معن صبحي عبود"
    },
    "aliases": [
      "Maan Subhi Abboud",
      "Ma'an Abboud",
      "Maan Sobhi Abboud"
    ],
    "description": {
      "de": "Syrischer Beamter, 2024 von Assad zum Gouverneur von Hama ernannt.",
      "en": "Syrian official whom Assad appointed governor of Hama in 2024."
    },
    "roles": [
      {
        "title": {
          "de": "Gouverneur von Hama",
          "en": "Governor of Hama"
        },
        "from": "2024"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      }
    ]
  },
  {
    "id": "yaman-zabad",
    "type": "person",
    "names": {
      "de": "Yaman Zabad",
      "en": "Yaman Zabad",
      "ar": "يمان زباد"
    },
    "description": {
      "de": "Syrischer Forscher am Omran Center for Strategic Studies, äußert sich zu Sicherheitslage und Milizen im Süden Syriens.",
      "en": "Syrian researcher at the Omran Center for Strategic Studies who comments on security and militias in southern Syria."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      },
      {
        "rel": "member-of",
        "to": "omran-center"
      }
    ]
  },
  {
    "id": "hussein-maqalid",
    "type": "person",
    "subtype": "militia-leader",
    "names": {
      "de": "Hussein Maqalid",
      "en": "Hussein Maqalid"
    },
    "aliases": [
      "Hussein Maqaled",
      "Hussein Mqalled",
      "Hussain Maqalid"
    ],
    "description": {
      "de": "Von der israelischen Armee als Geheimdienstchef der Hisbollah bezeichnet; laut Armee im März 2026 bei einem nächtlichen Luftangriff in Beirut getötet.",
      "en": "Named by the Israeli army as Hezbollah’s intelligence chief; killed in an overnight strike in Beirut in March 2026, according to the army."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "lebanon"
      },
      {
        "rel": "member-of",
        "to": "hezbollah"
      }
    ]
  },
  {
    "id": "ali-al-debs",
    "type": "person",
    "subtype": "militia-leader",
    "names": {
      "de": "Ali al-Debs",
      "en": "Ali al-Debs"
    },
    "aliases": [
      "Ali Muhammad al-Debs",
      "Ali Mohammed al-Debs",
      "Ali Muhammad Aldbas",
      "Ali al-Dabs",
      "Ali Debs",
      "Ali Mohammad al-Debs"
    ],
    "description": {
      "de": "Kommandeur der Radwan-Einheit der Hisbollah, im Februar 2024 bei einem israelischen Luftangriff in Nabatieh getötet; laut Israel an dem Anschlag an der Megiddo-Kreuzung 2023 beteiligt.",
      "en": "Commander in Hezbollah’s Radwan Force, killed in an Israeli strike in Nabatieh in February 2024; Israel says he helped direct the 2023 Megiddo junction bombing."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "lebanon"
      },
      {
        "rel": "member-of",
        "to": "radwan-force"
      }
    ]
  },
  {
    "id": "mohammed-kawtharani",
    "type": "person",
    "subtype": "cleric",
    "names": {
      "de": "Mohammed Kawtharani",
      "en": "Mohammed Kawtharani"
    },
    "aliases": [
      "Muhammad Kawtharani",
      "Mohammad Kawtharani",
      "Mohammed Kawthrani",
      "Muhammad Kawtharani",
      "Sheikh Mohammed al-Kawtharani",
      "Mohammed al-Kawtharani"
    ],
    "description": {
      "de": "Libanesischer Geistlicher und Hisbollah-Funktionär, zuständig für die Irak-Akte der Partei und Verbindungsmann zu den irakischen Schiitenparteien; von den USA sanktioniert, die eine Belohnung auf ihn ausgesetzt haben.",
      "en": "Lebanese cleric and Hezbollah official in charge of the party’s Iraq file and its liaison to Iraq’s Shia parties; sanctioned by the US, which offers a reward for him."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "lebanon"
      },
      {
        "rel": "member-of",
        "to": "hezbollah"
      }
    ]
  },
  {
    "id": "pmf-45th-brigade",
    "type": "organization",
    "subtype": "armed-group",
    "names": {
      "de": "45. Brigade der PMF",
      "en": "PMF 45th Brigade"
    },
    "aliases": [
      "PMF Brigade 45",
      "45th PMF Brigade",
      "45. PMF-Brigade",
      "45th Hashd Brigade"
    ],
    "guarded": [
      "45th Brigade",
      "Brigade 45"
    ],
    "cues": [
      "pmf",
      "popular mobili",
      "hashd",
      "kataib hezbollah",
      "kata'ib hezbollah",
      "kata'ib hizbollah",
      "volksmobil",
      "haschd"
    ],
    "description": {
      "de": "Brigade 45 der irakischen Volksmobilisierungskräfte (PMF), unter der sich die Kämpfer der Kataib Hisbollah im Staatsdienst organisieren.",
      "en": "Brigade 45 of Iraq’s Popular Mobilization Forces (PMF), the formation under which Kataib Hezbollah fighters serve on the state payroll."
    },
    "links": [
      {
        "rel": "part-of",
        "to": "popular-mobilization-forces"
      },
      {
        "rel": "related-to",
        "to": "kataib-hezbollah"
      }
    ]
  },
  {
    "id": "pmf-46th-brigade",
    "type": "organization",
    "subtype": "armed-group",
    "names": {
      "de": "46. Brigade der PMF",
      "en": "PMF 46th Brigade"
    },
    "aliases": [
      "PMF Brigade 46",
      "46th PMF Brigade",
      "46. PMF-Brigade",
      "46th Hashd Brigade"
    ],
    "guarded": [
      "46th Brigade",
      "Brigade 46"
    ],
    "cues": [
      "pmf",
      "popular mobili",
      "hashd",
      "kataib hezbollah",
      "kata'ib hezbollah",
      "kata'ib hizbollah",
      "volksmobil",
      "haschd"
    ],
    "description": {
      "de": "Brigade 46 der irakischen Volksmobilisierungskräfte (PMF), unter der sich die Kämpfer der Kataib Hisbollah im Staatsdienst organisieren.",
      "en": "Brigade 46 of Iraq’s Popular Mobilization Forces (PMF), the formation under which Kataib Hezbollah fighters serve on the state payroll."
    },
    "links": [
      {
        "rel": "part-of",
        "to": "popular-mobilization-forces"
      },
      {
        "rel": "related-to",
        "to": "kataib-hezbollah"
      }
    ]
  },
  {
    "id": "pmf-47th-brigade",
    "type": "organization",
    "subtype": "armed-group",
    "names": {
      "de": "47. Brigade der PMF",
      "en": "PMF 47th Brigade"
    },
    "aliases": [
      "PMF Brigade 47",
      "47th PMF Brigade",
      "47. PMF-Brigade",
      "47th Hashd Brigade"
    ],
    "guarded": [
      "47th Brigade",
      "Brigade 47"
    ],
    "cues": [
      "pmf",
      "popular mobili",
      "hashd",
      "kataib hezbollah",
      "kata'ib hezbollah",
      "kata'ib hizbollah",
      "volksmobil",
      "haschd"
    ],
    "description": {
      "de": "Brigade 47 der irakischen Volksmobilisierungskräfte (PMF), unter der sich die Kämpfer der Kataib Hisbollah im Staatsdienst organisieren.",
      "en": "Brigade 47 of Iraq’s Popular Mobilization Forces (PMF), the formation under which Kataib Hezbollah fighters serve on the state payroll."
    },
    "links": [
      {
        "rel": "part-of",
        "to": "popular-mobilization-forces"
      },
      {
        "rel": "related-to",
        "to": "kataib-hezbollah"
      }
    ]
  },
  {
    "id": "pmf-jazira-operations-command",
    "type": "organization",
    "subtype": "armed-group",
    "names": {
      "de": "Jazira-Operationskommando der PMF",
      "en": "PMF Jazira Operations Command"
    },
    "aliases": [
      "Jazira Operations Command",
      "al-Jazira Operations Command",
      "Jazeera Operations Command",
      "PMF Jazira Operations Command",
      "Dschasira-Operationskommando"
    ],
    "description": {
      "de": "Regionales Operationskommando der irakischen Volksmobilisierungskräfte (PMF) für die Dschasira-Wüstengebiete im Westen des Irak.",
      "en": "Regional operations command of Iraq’s Popular Mobilization Forces (PMF) for the Jazira desert areas in western Iraq."
    },
    "links": [
      {
        "rel": "part-of",
        "to": "popular-mobilization-forces"
      }
    ]
  },
  {
    "id": "abbas-combat-division",
    "type": "organization",
    "subtype": "armed-group",
    "names": {
      "de": "Abbas-Kampfdivision",
      "en": "Abbas Combat Division"
    },
    "aliases": [
      "al-Abbas Combat Division",
      "Al-Abbas Combat Division",
      "Abbas Fighting Division",
      "Firqat al-Abbas al-Qitaliya",
      "Furqat al-Abbas al-Qitaliya",
      "Abbas-Division"
    ],
    "description": {
      "de": "Den Schreinen von Kerbela und dem Ajatollah Sistani nahestehender Verband der irakischen Volksmobilisierungskräfte (PMF-Brigade 26), nicht Teil des iranfreundlichen Milizenlagers.",
      "en": "Unit of Iraq’s Popular Mobilization Forces linked to the Karbala shrines and Grand Ayatollah Sistani (PMF Brigade 26), outside the pro-Iran militia camp."
    },
    "links": [
      {
        "rel": "part-of",
        "to": "popular-mobilization-forces"
      }
    ]
  },
  {
    "id": "al-etejah-tv",
    "type": "organization",
    "subtype": "news-agency",
    "names": {
      "de": "Al-Etejah TV",
      "en": "Al-Etejah TV"
    },
    "aliases": [
      "al-Etejah",
      "Al Etejah",
      "Al-Itijah",
      "al-Ittijah TV",
      "Etejah TV",
      "al-Etejah channel",
      "Al-Ittijah channel"
    ],
    "description": {
      "de": "Irakischer Fernsehsender der Kataib Hisbollah, über den die Miliz Botschaften und Stellungnahmen verbreitet.",
      "en": "Iraqi television channel of Kataib Hezbollah through which the militia puts out its messages and statements."
    },
    "links": [
      {
        "rel": "part-of",
        "to": "kataib-hezbollah"
      },
      {
        "rel": "part-of",
        "to": "iraq"
      }
    ]
  },
  {
    "id": "abu-azrael",
    "type": "person",
    "subtype": "militia-leader",
    "names": {
      "de": "Abu Azrael",
      "en": "Abu Azrael"
    },
    "aliases": [
      "Abu Izrael",
      "Abu Azrail",
      "Ayyub al-Rubaie",
      "Ayyub Faleh al-Rubaie",
      "Ayoub al-Rubaie",
      "Abu Azrail al-Rubaie"
    ],
    "description": {
      "de": "Irakischer Milizionär der Kataib al-Imam Ali (bürgerlich Ayyub al-Rubaie), durch brutale Videos aus dem Kampf gegen den IS als „Engel des Todes“ bekannt geworden.",
      "en": "Iraqi militiaman of Kataib al-Imam Ali (real name Ayyub al-Rubaie) who became known as the “Angel of Death” through brutal videos from the war against ISIS."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "iraq"
      },
      {
        "rel": "member-of",
        "to": "kataib-imam-ali"
      }
    ]
  },
  {
    "id": "idf-armored-corps",
    "type": "organization",
    "subtype": "armed-forces",
    "names": {
      "de": "Panzertruppe der israelischen Armee",
      "en": "IDF Armored Corps",
      "he": "חיל השריון"
    },
    "aliases": [
      "IDF Armored Corps",
      "Israeli Armored Corps",
      "IDF Armoured Corps",
      "Israeli Armoured Corps",
      "israelisches Panzerkorps",
      "Panzerkorps der israelischen Armee"
    ],
    "guarded": [
      "Armored Corps",
      "Armoured Corps"
    ],
    "cues": [
      "idf",
      "israel",
      "zahal",
      "tzahal",
      "merkava",
      "golani",
      "gaza"
    ],
    "description": {
      "de": "Panzertruppe der israelischen Streitkräfte, zu der die Panzerbrigaden mit Merkava-Kampfpanzern gehören.",
      "en": "The Israeli army’s armoured corps, to which the tank brigades with Merkava tanks belong."
    },
    "links": [
      {
        "rel": "part-of",
        "to": "idf"
      }
    ]
  },
  {
    "id": "idf-artillery-corps",
    "type": "organization",
    "subtype": "armed-forces",
    "names": {
      "de": "Artillerietruppe der israelischen Armee",
      "en": "IDF Artillery Corps",
      "he": "חיל התותחנים"
    },
    "aliases": [
      "IDF Artillery Corps",
      "Israeli Artillery Corps",
      "Artilleriekorps der israelischen Armee"
    ],
    "guarded": [
      "Artillery Corps"
    ],
    "cues": [
      "idf",
      "israel",
      "zahal",
      "tzahal",
      "merkava",
      "golani",
      "gaza",
      "artiller",
      "howitzer",
      "haubitze"
    ],
    "description": {
      "de": "Artillerietruppe der israelischen Streitkräfte mit Haubitzen, Raketenartillerie und Aufklärungseinheiten.",
      "en": "The Israeli army’s artillery corps, with howitzers, rocket artillery and target acquisition units."
    },
    "links": [
      {
        "rel": "part-of",
        "to": "idf"
      }
    ]
  },
  {
    "id": "idf-depth-command",
    "type": "organization",
    "subtype": "armed-forces",
    "names": {
      "de": "Tiefenkommando der israelischen Armee",
      "en": "IDF Depth Command",
      "he": "פיקוד העומק"
    },
    "aliases": [
      "IDF Depth Command",
      "Israeli Depth Command",
      "Depth Corps"
    ],
    "guarded": [
      "Depth Command"
    ],
    "cues": [
      "idf",
      "israel",
      "zahal",
      "tzahal",
      "merkava",
      "golani",
      "gaza"
    ],
    "description": {
      "de": "Kommando der israelischen Streitkräfte für Spezialoperationen weit hinter den Grenzen, 2011 gegründet.",
      "en": "Israeli military command for special operations far beyond the borders, set up in 2011."
    },
    "links": [
      {
        "rel": "part-of",
        "to": "idf"
      }
    ]
  },
  {
    "id": "idf-c4i-directorate",
    "type": "organization",
    "subtype": "armed-forces",
    "names": {
      "de": "C4I-Direktorat der israelischen Armee",
      "en": "IDF C4I and Cyber Defense Directorate",
      "he": "אגף התקשוב"
    },
    "aliases": [
      "C4I and Cyber Defense Directorate",
      "C4I Directorate",
      "IDF C4I Directorate",
      "C4I and Cyber Defence Directorate",
      "Teleprocessing Directorate"
    ],
    "description": {
      "de": "Direktorat der israelischen Streitkräfte für Führung, Fernmeldewesen, Computer und Cyberabwehr.",
      "en": "Israeli military directorate for command, control, communications, computers and cyber defence."
    },
    "links": [
      {
        "rel": "part-of",
        "to": "idf"
      }
    ]
  },
  {
    "id": "idf-technological-logistics-directorate",
    "type": "organization",
    "subtype": "armed-forces",
    "names": {
      "de": "Technologie- und Logistikdirektorat der israelischen Armee",
      "en": "IDF Technological and Logistics Directorate",
      "he": "אגף הטכנולוגיה והלוגיסטיקה"
    },
    "aliases": [
      "Technological and Logistics Directorate",
      "IDF Technological and Logistics Directorate",
      "Technology and Logistics Directorate",
      "IDF Technology and Logistics Directorate"
    ],
    "description": {
      "de": "Direktorat der israelischen Streitkräfte für Nachschub, Instandhaltung, Transport und Sanitätswesen.",
      "en": "Israeli military directorate for supply, maintenance, transport and medical services."
    },
    "links": [
      {
        "rel": "part-of",
        "to": "idf"
      }
    ]
  },
  {
    "id": "keti-shitrit",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Keti Shitrit",
      "en": "Keti Shitrit",
      "he": "קטי שטרית"
    },
    "aliases": [
      "Katy Shitrit",
      "Keti Shitrit",
      "Ketty Shitrit",
      "Kati Shitrit"
    ],
    "description": {
      "de": "Israelische Knesset-Abgeordnete der Partei Likud.",
      "en": "Israeli Knesset member for Likud."
    },
    "roles": [
      {
        "title": {
          "de": "Knesset-Abgeordnete",
          "en": "Member of the Knesset"
        },
        "of": "knesset"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "likud"
      },
      {
        "rel": "member-of",
        "to": "knesset"
      }
    ]
  },
  {
    "id": "moshe-passal",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Moshe Passal",
      "en": "Moshe Passal",
      "he": "משה פסל"
    },
    "aliases": [
      "Moshe Pasal"
    ],
    "description": {
      "de": "Israelische Knesset-Abgeordneter der Partei Likud.",
      "en": "Israeli Knesset member for Likud."
    },
    "roles": [
      {
        "title": {
          "de": "Knesset-Abgeordneter",
          "en": "Member of the Knesset"
        },
        "of": "knesset"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "likud"
      },
      {
        "rel": "member-of",
        "to": "knesset"
      }
    ]
  },
  {
    "id": "sasson-guetta",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Sasson Guetta",
      "en": "Sasson Guetta",
      "he": "ששון גואטה"
    },
    "aliases": [
      "Sason Guetta",
      "Sasson Gueta"
    ],
    "description": {
      "de": "Israelische Knesset-Abgeordneter der Partei Likud.",
      "en": "Israeli Knesset member for Likud."
    },
    "roles": [
      {
        "title": {
          "de": "Knesset-Abgeordneter",
          "en": "Member of the Knesset"
        },
        "of": "knesset"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "likud"
      },
      {
        "rel": "member-of",
        "to": "knesset"
      }
    ]
  },
  {
    "id": "yasmin-fridman",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Yasmin Fridman",
      "en": "Yasmin Fridman",
      "he": "יסמין פרידמן"
    },
    "aliases": [
      "Yasmin Friedman",
      "Jasmin Fridman",
      "Yasmin Sax Fridman",
      "Yasmin Sacks Fridman"
    ],
    "description": {
      "de": "Israelische Knesset-Abgeordnete der Partei Jesch Atid.",
      "en": "Israeli Knesset member for Yesh Atid."
    },
    "roles": [
      {
        "title": {
          "de": "Knesset-Abgeordnete",
          "en": "Member of the Knesset"
        },
        "of": "knesset"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "yesh-atid"
      },
      {
        "rel": "member-of",
        "to": "knesset"
      }
    ]
  },
  {
    "id": "simon-davidson",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Simon Davidson",
      "en": "Simon Davidson",
      "he": "שמעון דוידסון"
    },
    "description": {
      "de": "Israelische Knesset-Abgeordneter der Partei Jesch Atid.",
      "en": "Israeli Knesset member for Yesh Atid."
    },
    "roles": [
      {
        "title": {
          "de": "Knesset-Abgeordneter",
          "en": "Member of the Knesset"
        },
        "of": "knesset"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "yesh-atid"
      },
      {
        "rel": "member-of",
        "to": "knesset"
      }
    ]
  },
  {
    "id": "mickey-levy",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Mickey Levy",
      "en": "Mickey Levy",
      "he": "מיקי לוי"
    },
    "aliases": [
      "Mickey Levi",
      "Micky Levy",
      "Miki Levy",
      "Michael Levy"
    ],
    "description": {
      "de": "Israelische Knesset-Abgeordneter der Partei Jesch Atid, 2021 bis 2022 Parlamentspräsident; früher Polizeichef von Jerusalem.",
      "en": "Israeli Knesset member for Yesh Atid, Knesset speaker from 2021 to 2022; formerly Jerusalem police chief."
    },
    "roles": [
      {
        "title": {
          "de": "Knesset-Abgeordneter",
          "en": "Member of the Knesset"
        },
        "of": "knesset"
      },
      {
        "title": {
          "de": "Präsident der Knesset",
          "en": "Speaker of the Knesset"
        },
        "of": "knesset",
        "from": "2021-06",
        "to": "2022-12"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "yesh-atid"
      },
      {
        "rel": "member-of",
        "to": "knesset"
      }
    ]
  },
  {
    "id": "idan-roll",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Idan Roll",
      "en": "Idan Roll",
      "he": "עידן רול"
    },
    "aliases": [
      "Idan Rol"
    ],
    "description": {
      "de": "Israelische Knesset-Abgeordneter der Partei Jesch Atid, 2021 bis 2022 Vize-Außenminister.",
      "en": "Israeli Knesset member for Yesh Atid, deputy foreign minister from 2021 to 2022."
    },
    "roles": [
      {
        "title": {
          "de": "Knesset-Abgeordneter",
          "en": "Member of the Knesset"
        },
        "of": "knesset"
      },
      {
        "title": {
          "de": "Vize-Außenminister",
          "en": "Deputy Foreign Minister"
        },
        "of": "israel",
        "from": "2021-06",
        "to": "2022-12"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "yesh-atid"
      },
      {
        "rel": "member-of",
        "to": "knesset"
      }
    ]
  },
  {
    "id": "michal-woldiger",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Michal Woldiger",
      "en": "Michal Woldiger",
      "he": "מיכל וולדיגר"
    },
    "aliases": [
      "Michal Waldiger",
      "Michal Woldinger",
      "Michal Valdiger"
    ],
    "description": {
      "de": "Israelische Knesset-Abgeordnete der Partei Religiöser Zionismus.",
      "en": "Israeli Knesset member for Religious Zionism."
    },
    "roles": [
      {
        "title": {
          "de": "Knesset-Abgeordnete",
          "en": "Member of the Knesset"
        },
        "of": "knesset"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "religious-zionism"
      },
      {
        "rel": "member-of",
        "to": "knesset"
      }
    ]
  },
  {
    "id": "alon-schuster",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Alon Schuster",
      "en": "Alon Schuster",
      "he": "אלון שוסטר"
    },
    "aliases": [
      "Alon Shuster",
      "Alon Schuster"
    ],
    "description": {
      "de": "Israelische Knesset-Abgeordneter der Partei Nationale Einheit, früher Vorsteher des Regionalrats Scha’ar HaNegev an der Grenze zum Gazastreifen.",
      "en": "Israeli Knesset member for National Unity, formerly head of the Sha’ar HaNegev regional council on the Gaza border."
    },
    "roles": [
      {
        "title": {
          "de": "Knesset-Abgeordneter",
          "en": "Member of the Knesset"
        },
        "of": "knesset"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "national-unity-israel"
      },
      {
        "rel": "member-of",
        "to": "knesset"
      }
    ]
  },
  {
    "id": "amal-asad",
    "type": "person",
    "subtype": "military",
    "names": {
      "de": "Amal Asad",
      "en": "Amal Asad",
      "he": "אמל אסעד"
    },
    "aliases": [
      "Amal As'ad",
      "Amal As’ad",
      "Amal Assad"
    ],
    "description": {
      "de": "Drusischer Brigadegeneral der israelischen Armee in der Reserve und Sprecher der drusischen Gemeinschaft Israels.",
      "en": "Israeli Druze brigadier general in the reserves and a voice of Israel’s Druze community."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      }
    ]
  },
  {
    "id": "asaf-orion",
    "type": "person",
    "subtype": "military",
    "names": {
      "de": "Asaf Orion",
      "en": "Asaf Orion",
      "he": "אסף אוריון"
    },
    "aliases": [
      "Assaf Orion"
    ],
    "description": {
      "de": "Israelischer Brigadegeneral a. D., früher Leiter der Strategieabteilung im Planungsdirektorat der Armee; Forscher am INSS in Tel Aviv.",
      "en": "Retired Israeli brigadier general, formerly head of the army’s strategic planning division; researcher at the INSS in Tel Aviv."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "inss"
      }
    ]
  },
  {
    "id": "idf-ground-forces",
    "type": "organization",
    "subtype": "armed-forces",
    "names": {
      "de": "Bodentruppen der israelischen Armee",
      "en": "IDF Ground Forces",
      "he": "זרוע היבשה"
    },
    "aliases": [
      "IDF Ground Forces",
      "Israeli Ground Forces",
      "IDF Ground Forces Command",
      "IDF Ground Arm",
      "Israeli Ground Forces Command",
      "israelische Bodentruppen",
      "israelische Landstreitkräfte",
      "Landstreitkräfte der israelischen Armee"
    ],
    "description": {
      "de": "Kommando der israelischen Streitkräfte, das die Landstreitkräfte aufstellt, ausbildet und ausrüstet.",
      "en": "The Israeli military command that builds up, trains and equips the army’s land forces."
    },
    "links": [
      {
        "rel": "part-of",
        "to": "idf"
      }
    ]
  },
  {
    "id": "nadav-lotan",
    "type": "person",
    "subtype": "military",
    "names": {
      "de": "Nadav Lotan",
      "en": "Nadav Lotan",
      "he": "נדב לוטן"
    },
    "description": {
      "de": "Israelischer Generalmajor aus der Panzertruppe, früher Kommandeur einer Panzerbrigade und zweier Divisionen; Anfang 2025 zum Befehlshaber der Bodentruppen ernannt.",
      "en": "Israeli major general from the armoured corps, formerly commander of an armoured brigade and two divisions; named commander of the Ground Forces in early 2025."
    },
    "roles": [
      {
        "title": {
          "de": "Befehlshaber der Bodentruppen",
          "en": "Commander of the Ground Forces"
        },
        "of": "idf-ground-forces",
        "from": "2025"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "leads",
        "to": "idf-ground-forces"
      },
      {
        "rel": "member-of",
        "to": "idf"
      }
    ]
  },
  {
    "id": "hisham-ibrahim",
    "type": "person",
    "subtype": "military",
    "names": {
      "de": "Hisham Ibrahim",
      "en": "Hisham Ibrahim",
      "he": "הישאם איברהים"
    },
    "aliases": [
      "Hisham Ibrahim"
    ],
    "description": {
      "de": "Drusischer Brigadegeneral der israelischen Armee aus Maghar, Kommandeur der Panzertruppe; zuvor Kommandeur einer Panzerbrigade und Vizekommandeur der 91. Division.",
      "en": "Israeli Druze brigadier general from Maghar, commander of the Armored Corps; previously led an armoured brigade and was deputy commander of the 91st Division."
    },
    "roles": [
      {
        "title": {
          "de": "Kommandeur der Panzertruppe",
          "en": "Chief Armored Officer"
        },
        "of": "idf-armored-corps"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "leads",
        "to": "idf-armored-corps"
      },
      {
        "rel": "member-of",
        "to": "idf"
      }
    ]
  },
  {
    "id": "saar-tzur",
    "type": "person",
    "subtype": "military",
    "names": {
      "de": "Saar Tzur",
      "en": "Saar Tzur",
      "he": "סער צור"
    },
    "aliases": [
      "Sa'ar Tzur",
      "Sa’ar Tzur",
      "Saar Tsur",
      "Sa'ar Tsur"
    ],
    "description": {
      "de": "Israelischer Generalmajor, seit November 2021 Kommandeur des Nordkorps, das Bodenoffensiven in den Libanon oder nach Syrien führen soll.",
      "en": "Israeli major general, commander since November 2021 of the Northern Corps, the formation meant to lead ground offensives into Lebanon or Syria."
    },
    "roles": [
      {
        "title": {
          "de": "Kommandeur des Nordkorps",
          "en": "Commander of the Northern Corps"
        },
        "of": "idf",
        "from": "2021-11"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "idf"
      }
    ]
  },
  {
    "id": "lior-lotan",
    "type": "person",
    "subtype": "military",
    "names": {
      "de": "Lior Lotan",
      "en": "Lior Lotan",
      "he": "ליאור לוטן"
    },
    "description": {
      "de": "Israelischer Oberst der Reserve, früher Offizier bei Sayeret Matkal und Leiter der Verhandlungseinheit der Armee; Fachmann für Geiselverhandlungen, 2011 als Armeesprecher vorgesehen.",
      "en": "Israeli reserve colonel, formerly a Sayeret Matkal officer and head of the army’s negotiation unit; hostage negotiation expert, designated as army spokesman in 2011."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "related-to",
        "to": "sayeret-matkal"
      }
    ]
  },
  {
    "id": "ephraim-avni",
    "type": "person",
    "subtype": "military",
    "names": {
      "de": "Ephraim Avni",
      "en": "Ephraim Avni",
      "he": "אפרים אבני"
    },
    "aliases": [
      "Efraim Avni"
    ],
    "description": {
      "de": "Israelischer Oberst, am 7. Oktober 2023 Operationschef des Südkommandos; später zum Kommandeur der Fallschirmjägerbrigade bestimmt, was Verteidigungsminister Katz bis zur Aufarbeitung zurückhielt.",
      "en": "Israeli colonel, head of operations at Southern Command on October 7, 2023; later picked to command the Paratroopers Brigade, a promotion Defence Minister Katz put on hold pending the probes."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "idf-southern-command"
      }
    ]
  },
  {
    "id": "almog-dadon",
    "type": "person",
    "subtype": "military",
    "names": {
      "de": "Almog Dadon",
      "en": "Almog Dadon",
      "he": "אלמוג דדון"
    },
    "description": {
      "de": "Israelischer Oberst, Chef der Kampfpioniere im Südkommando am 7. Oktober 2023; zum Kommandeur der Spezialeinheit Yahalom bestimmt, was Verteidigungsminister Katz zunächst zurückhielt.",
      "en": "Israeli colonel, head of combat engineering at Southern Command on October 7, 2023; picked to lead the Yahalom special unit, a promotion Defence Minister Katz put on hold."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "idf-southern-command"
      },
      {
        "rel": "related-to",
        "to": "yahalom-unit"
      }
    ]
  },
  {
    "id": "tsega-melaku",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Tsega Melaku",
      "en": "Tsega Melaku",
      "he": "צגה מלקו"
    },
    "aliases": [
      "Tsega Melaku",
      "Tzega Melaku"
    ],
    "description": {
      "de": "Israelische Journalistin und Autorin äthiopischer Herkunft, Likud-Politikerin; Netanjahu setzte sie 2022 auf die Liste seiner Partei.",
      "en": "Ethiopian-born Israeli journalist and author, a Likud politician whom Netanyahu placed on the party list in 2022."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "likud"
      }
    ]
  },
  {
    "id": "tania-mazarsky",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Tania Mazarsky",
      "en": "Tania Mazarsky",
      "he": "טטיאנה מזרסקי"
    },
    "aliases": [
      "Tatiana Mazarsky",
      "Tanya Mazarsky",
      "Tatyana Mazarsky"
    ],
    "description": {
      "de": "Israelische Knesset-Abgeordnete der Partei Jesch Atid.",
      "en": "Israeli Knesset member for Yesh Atid."
    },
    "roles": [
      {
        "title": {
          "de": "Knesset-Abgeordnete",
          "en": "Member of the Knesset"
        },
        "of": "knesset"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "yesh-atid"
      },
      {
        "rel": "member-of",
        "to": "knesset"
      }
    ]
  },
  {
    "id": "youssef-atauna",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Youssef Atauna",
      "en": "Youssef Atauna",
      "he": "יוסף עטאונה"
    },
    "aliases": [
      "Yousef Atauna",
      "Youssef Atawneh",
      "Yousef Atawna",
      "Yusuf Atauna"
    ],
    "description": {
      "de": "Israelische Knesset-Abgeordneter der Partei Chadasch-Ta’al, Vertreter der Beduinen im Negev.",
      "en": "Israeli Knesset member for Hadash–Ta’al, a Bedouin from the Negev."
    },
    "roles": [
      {
        "title": {
          "de": "Knesset-Abgeordneter",
          "en": "Member of the Knesset"
        },
        "of": "knesset"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "hadash-taal"
      },
      {
        "rel": "member-of",
        "to": "knesset"
      }
    ]
  },
  {
    "id": "avraham-betzalel",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Avraham Betzalel",
      "en": "Avraham Betzalel",
      "he": "אברהם בצלאל"
    },
    "aliases": [
      "Avraham Bezalel"
    ],
    "description": {
      "de": "Israelische Knesset-Abgeordneter der Partei Schas.",
      "en": "Israeli Knesset member for Shas."
    },
    "roles": [
      {
        "title": {
          "de": "Knesset-Abgeordneter",
          "en": "Member of the Knesset"
        },
        "of": "knesset"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "israel"
      },
      {
        "rel": "member-of",
        "to": "shas"
      },
      {
        "rel": "member-of",
        "to": "knesset"
      }
    ]
  },
  {
    "id": "moeen-al-mahaqri",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Moeen al-Mahaqri",
      "en": "Moeen al-Mahaqri"
    },
    "aliases": [
      "Mueen al-Mahaqri",
      "Moin al-Mahaqri",
      "Muin al-Mahaqri",
      "Mu'in al-Mahaqri",
      "Moeen al-Mahakri"
    ],
    "description": {
      "de": "Wirtschaftsminister der Huthi-Regierung in Sanaa; kam beim israelischen Luftangriff auf eine Kabinettssitzung in Sanaa am 28. August 2025 ums Leben.",
      "en": "Economy minister in the Houthi government in Sanaa; killed in the Israeli strike on a cabinet meeting in Sanaa on 28 August 2025."
    },
    "roles": [
      {
        "title": {
          "de": "Wirtschaftsminister",
          "en": "Economy minister"
        },
        "of": "houthis",
        "to": "2025-08"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "yemen"
      },
      {
        "rel": "member-of",
        "to": "houthis"
      }
    ]
  },
  {
    "id": "samir-bajala",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Samir Bajala",
      "en": "Samir Bajala"
    },
    "aliases": [
      "Samir Bajalah",
      "Samir Baja'ala",
      "Samir Bajjala"
    ],
    "description": {
      "de": "Arbeitsminister der Huthi-Regierung in Sanaa; kam beim israelischen Luftangriff auf eine Kabinettssitzung in Sanaa am 28. August 2025 ums Leben.",
      "en": "Labour minister in the Houthi government in Sanaa; killed in the Israeli strike on a cabinet meeting in Sanaa on 28 August 2025."
    },
    "roles": [
      {
        "title": {
          "de": "Arbeitsminister",
          "en": "Labour minister"
        },
        "of": "houthis",
        "to": "2025-08"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "yemen"
      },
      {
        "rel": "member-of",
        "to": "houthis"
      }
    ]
  },
  {
    "id": "hassan-al-saadi",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Hassan al-Saadi",
      "en": "Hassan al-Saadi"
    },
    "aliases": [
      "Hasan al-Saadi",
      "Hassan al-Sa'adi",
      "Hassan Al-Saadi"
    ],
    "description": {
      "de": "Bildungsminister der Huthi-Regierung in Sanaa; kam beim israelischen Luftangriff auf eine Kabinettssitzung in Sanaa am 28. August 2025 ums Leben.",
      "en": "Education minister in the Houthi government in Sanaa; killed in the Israeli strike on a cabinet meeting in Sanaa on 28 August 2025."
    },
    "roles": [
      {
        "title": {
          "de": "Bildungsminister",
          "en": "Education minister"
        },
        "of": "houthis",
        "to": "2025-08"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "yemen"
      },
      {
        "rel": "member-of",
        "to": "houthis"
      }
    ]
  },
  {
    "id": "mohammed-al-mawlid",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Mohammed al-Mawlid",
      "en": "Mohammed al-Mawlid"
    },
    "aliases": [
      "Muhammad al-Mawlid",
      "Mohammed al-Moulid",
      "Mohammed al-Mouled",
      "Mohammed al-Mawled"
    ],
    "description": {
      "de": "Jugend- und Sportminister der Huthi-Regierung in Sanaa; kam beim israelischen Luftangriff auf eine Kabinettssitzung in Sanaa am 28. August 2025 ums Leben.",
      "en": "Youth and sports minister in the Houthi government in Sanaa; killed in the Israeli strike on a cabinet meeting in Sanaa on 28 August 2025."
    },
    "roles": [
      {
        "title": {
          "de": "Jugend- und Sportminister",
          "en": "Youth and sports minister"
        },
        "of": "houthis",
        "to": "2025-08"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "yemen"
      },
      {
        "rel": "member-of",
        "to": "houthis"
      }
    ]
  },
  {
    "id": "radwan-al-rubai",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Radwan al-Rubai",
      "en": "Radwan al-Rubai"
    },
    "aliases": [
      "Radwan Ali al-Rubai",
      "Radwan al-Rubaie",
      "Radwan al-Rubai'i"
    ],
    "description": {
      "de": "Fischereiminister der Huthi-Regierung in Sanaa; kam beim israelischen Luftangriff auf eine Kabinettssitzung in Sanaa am 28. August 2025 ums Leben.",
      "en": "Fisheries minister in the Houthi government in Sanaa; killed in the Israeli strike on a cabinet meeting in Sanaa on 28 August 2025."
    },
    "roles": [
      {
        "title": {
          "de": "Fischereiminister",
          "en": "Fisheries minister"
        },
        "of": "houthis",
        "to": "2025-08"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "yemen"
      },
      {
        "rel": "member-of",
        "to": "houthis"
      }
    ]
  },
  {
    "id": "ali-saif-hassan",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Ali Saif Hassan",
      "en": "Ali Saif Hassan"
    },
    "aliases": [
      "Ali Saif Hasan",
      "Ali Sayf Hassan"
    ],
    "description": {
      "de": "Minister für Energie und Wasser der Huthi-Regierung in Sanaa; kam beim israelischen Luftangriff auf eine Kabinettssitzung in Sanaa am 28. August 2025 ums Leben.",
      "en": "Energy and water minister in the Houthi government in Sanaa; killed in the Israeli strike on a cabinet meeting in Sanaa on 28 August 2025."
    },
    "roles": [
      {
        "title": {
          "de": "Minister für Energie und Wasser",
          "en": "Energy and water minister"
        },
        "of": "houthis",
        "to": "2025-08"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "yemen"
      },
      {
        "rel": "member-of",
        "to": "houthis"
      }
    ]
  },
  {
    "id": "mohammed-qahim",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Mohammed Qahim",
      "en": "Mohammed Qahim"
    },
    "aliases": [
      "Mohammed Ayash Qahim",
      "Mohammed Ayyash Qahim",
      "Muhammad Qahim",
      "Mohammed Kahim"
    ],
    "description": {
      "de": "Verkehrsminister der Huthi-Regierung in Sanaa; beim israelischen Luftangriff auf Sanaa am 28. August 2025 getroffen; Berichte über Tod oder Verwundung widersprechen sich.",
      "en": "Transport minister in the Houthi government in Sanaa; hit in the Israeli strike on Sanaa on 28 August 2025, with reports differing on whether he was killed or wounded."
    },
    "roles": [
      {
        "title": {
          "de": "Verkehrsminister",
          "en": "Transport minister"
        },
        "of": "houthis",
        "to": "2025-08"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "yemen"
      },
      {
        "rel": "member-of",
        "to": "houthis"
      }
    ]
  },
  {
    "id": "mohammed-al-kabsi",
    "type": "person",
    "subtype": "official",
    "names": {
      "de": "Mohammed al-Kabsi",
      "en": "Mohammed al-Kabsi"
    },
    "aliases": [
      "Muhammad al-Kabsi",
      "Mohammed al-Kibsi"
    ],
    "description": {
      "de": "Leiter des Büros des Huthi-Regierungschefs in Sanaa; beim israelischen Luftangriff auf eine Kabinettssitzung am 28. August 2025 getötet.",
      "en": "Director of the Houthi prime minister’s office in Sanaa; killed in the Israeli strike on a cabinet meeting on 28 August 2025."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "yemen"
      },
      {
        "rel": "member-of",
        "to": "houthis"
      }
    ]
  },
  {
    "id": "ali-hassan-gharib",
    "type": "person",
    "subtype": "militia-leader",
    "names": {
      "de": "Ali Hassan Gharib",
      "en": "Ali Hassan Gharib"
    },
    "aliases": [
      "Ali Hasan Gharib"
    ],
    "description": {
      "de": "Stellvertreter und designierter Nachfolger des Chefs der Hisbollah-Schmuggeleinheit 4400; laut israelischer Armee im Oktober 2024 bei einem Angriff im Damaszener Viertel Mezzeh getötet.",
      "en": "Deputy and designated successor of the head of Hezbollah’s smuggling Unit 4400; killed in an Israeli strike in the Mezzeh district of Damascus in October 2024, the Israeli army says."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "lebanon"
      },
      {
        "rel": "member-of",
        "to": "hezbollah"
      },
      {
        "rel": "member-of",
        "to": "hezbollah-unit-4400"
      }
    ]
  },
  {
    "id": "hussein-ali-nasr",
    "type": "person",
    "subtype": "militia-leader",
    "names": {
      "de": "Hussein Ali Nasr",
      "en": "Hussein Ali Nasr"
    },
    "aliases": [
      "Hussain Ali Nasr",
      "Hussein Ali Nasser",
      "Hussein Ali Nasr"
    ],
    "description": {
      "de": "Vizechef der Hisbollah-Einheit 4400 für Waffenschmuggel aus Iran (Kampfname Abu Ali Hassan); laut israelischer Armee im April 2025 bei einem Drohnenangriff im Südlibanon getötet.",
      "en": "Deputy head of Hezbollah’s Unit 4400 for arms smuggling from Iran (nom de guerre Abu Ali Hassan); killed in an Israeli drone strike in southern Lebanon in April 2025, according to the Israeli army."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "lebanon"
      },
      {
        "rel": "member-of",
        "to": "hezbollah"
      },
      {
        "rel": "member-of",
        "to": "hezbollah-unit-4400"
      }
    ]
  },
  {
    "id": "mahran-ali-nasser-al-din",
    "type": "person",
    "subtype": "militia-leader",
    "names": {
      "de": "Mahran Ali Nasser al-Din",
      "en": "Mahran Ali Nasser al-Din"
    },
    "aliases": [
      "Mehran Ali Nasser al-Din",
      "Mahran Ali Nasser Al-Din",
      "Mahran Nasser al-Din"
    ],
    "description": {
      "de": "Mitglied der Hisbollah-Schmuggeleinheit 4400, koordinierte Schmuggler an der syrisch-libanesischen Grenze; laut israelischer Armee im Februar 2025 getötet.",
      "en": "Member of Hezbollah’s smuggling Unit 4400 who coordinated smugglers on the Syria–Lebanon border; killed in February 2025, according to the Israeli army."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "lebanon"
      },
      {
        "rel": "member-of",
        "to": "hezbollah"
      },
      {
        "rel": "member-of",
        "to": "hezbollah-unit-4400"
      }
    ]
  },
  {
    "id": "muhammad-kamel-naeem",
    "type": "person",
    "subtype": "militia-leader",
    "names": {
      "de": "Muhammad Kamel Naeem",
      "en": "Muhammad Kamel Naeem"
    },
    "aliases": [
      "Mohammed Kamel Naeem",
      "Muhammad Kamel Naim",
      "Mohammad Kamel Naeem"
    ],
    "description": {
      "de": "Kommandeur der Panzerabwehrraketen in der Radwan-Einheit der Hisbollah; im Oktober 2024 von Israel getötet, nachdem seine Einheit Raketen auf Kiryat Schmona abgefeuert hatte.",
      "en": "Anti-tank missile commander in Hezbollah’s Radwan Force, killed by Israel in October 2024 after his unit fired rockets that killed civilians in Kiryat Shmona."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "lebanon"
      },
      {
        "rel": "member-of",
        "to": "hezbollah"
      },
      {
        "rel": "member-of",
        "to": "radwan-force"
      }
    ]
  },
  {
    "id": "mohammed-mahdi-shaheen",
    "type": "person",
    "subtype": "militia-leader",
    "names": {
      "de": "Mohammed Mahdi Ali Shaheen",
      "en": "Mohammed Mahdi Ali Shaheen"
    },
    "aliases": [
      "Mohammed Mahdi Shaheen",
      "Muhammad Mahdi Ali Shaheen",
      "Mohammad Mahdi Shaheen"
    ],
    "description": {
      "de": "Hisbollah-Mitglied, das nach der Waffenruhe vom November 2024 Waffenkäufe an der syrisch-libanesischen Grenze koordinierte; laut israelischer Armee im März 2025 im Nordlibanon getötet.",
      "en": "Hezbollah operative who coordinated arms purchases on the Syria–Lebanon border after the November 2024 ceasefire; killed in northern Lebanon in March 2025, according to the Israeli army."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "lebanon"
      },
      {
        "rel": "member-of",
        "to": "hezbollah"
      }
    ]
  },
  {
    "id": "saman-barzanji",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Saman Barzanji",
      "en": "Saman Barzanji"
    },
    "aliases": [
      "Saman Hussein Barzanji",
      "Saman al-Barzanji"
    ],
    "description": {
      "de": "Gesundheitsminister im neunten Kabinett der Regionalregierung Kurdistans (ab 2019).",
      "en": "Health minister in the ninth cabinet of the Kurdistan Regional Government (from 2019)."
    },
    "roles": [
      {
        "title": {
          "de": "Gesundheitsminister",
          "en": "Health minister"
        },
        "of": "kurdistan-regional-government",
        "from": "2019"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "iraq"
      },
      {
        "rel": "member-of",
        "to": "kurdistan-regional-government"
      }
    ]
  },
  {
    "id": "alan-hama-saeed",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Alan Hama Saeed",
      "en": "Alan Hama Saeed"
    },
    "aliases": [
      "Alan Hamah Saeed",
      "Alan Hama Said",
      "Alan Hamasaeed"
    ],
    "description": {
      "de": "Bildungsminister im neunten Kabinett der Regionalregierung Kurdistans (ab 2019), von der PUK.",
      "en": "Education minister in the ninth cabinet of the Kurdistan Regional Government (from 2019), from the PUK."
    },
    "roles": [
      {
        "title": {
          "de": "Bildungsminister",
          "en": "Education minister"
        },
        "of": "kurdistan-regional-government",
        "from": "2019"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "iraq"
      },
      {
        "rel": "member-of",
        "to": "kurdistan-regional-government"
      },
      {
        "rel": "member-of",
        "to": "puk"
      }
    ]
  },
  {
    "id": "aram-mohammed-qadir",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Aram Mohammed Qadir",
      "en": "Aram Mohammed Qadir"
    },
    "aliases": [
      "Aram Muhammad Qadir",
      "Aram Mohammad Qadir"
    ],
    "description": {
      "de": "Minister für Hochschulbildung im neunten Kabinett der Regionalregierung Kurdistans (ab 2019).",
      "en": "Minister of Higher Education in the ninth cabinet of the Kurdistan Regional Government (from 2019)."
    },
    "roles": [
      {
        "title": {
          "de": "Minister für Hochschulbildung",
          "en": "Minister of Higher Education"
        },
        "of": "kurdistan-regional-government",
        "from": "2019"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "iraq"
      },
      {
        "rel": "member-of",
        "to": "kurdistan-regional-government"
      }
    ]
  },
  {
    "id": "begard-talabani",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Begard Talabani",
      "en": "Begard Talabani"
    },
    "aliases": [
      "Begard Dlshad Talabani",
      "Begard Dilshad Talabani"
    ],
    "description": {
      "de": "Ministerin für Landwirtschaft und Wasserressourcen im neunten Kabinett der Regionalregierung Kurdistans (ab 2019), von der PUK.",
      "en": "Minister of Agriculture and Water Resources in the ninth cabinet of the Kurdistan Regional Government (from 2019), from the PUK."
    },
    "roles": [
      {
        "title": {
          "de": "Ministerin für Landwirtschaft und Wasserressourcen",
          "en": "Minister of Agriculture and Water Resources"
        },
        "of": "kurdistan-regional-government",
        "from": "2019"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "iraq"
      },
      {
        "rel": "member-of",
        "to": "kurdistan-regional-government"
      },
      {
        "rel": "member-of",
        "to": "puk"
      }
    ]
  },
  {
    "id": "kwestan-mohammed",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Kwestan Mohammed",
      "en": "Kwestan Mohammed"
    },
    "aliases": [
      "Kwestan Muhammad",
      "Kwestan Mohammad"
    ],
    "description": {
      "de": "Ministerin für Arbeit und Soziales im neunten Kabinett der Regionalregierung Kurdistans (ab 2019), von der Gorran-Bewegung.",
      "en": "Minister of Labour and Social Affairs in the ninth cabinet of the Kurdistan Regional Government (from 2019), from the Gorran movement."
    },
    "roles": [
      {
        "title": {
          "de": "Ministerin für Arbeit und Soziales",
          "en": "Minister of Labour and Social Affairs"
        },
        "of": "kurdistan-regional-government",
        "from": "2019"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "iraq"
      },
      {
        "rel": "member-of",
        "to": "kurdistan-regional-government"
      },
      {
        "rel": "member-of",
        "to": "gorran"
      }
    ]
  },
  {
    "id": "dana-abdulkarim",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Dana Abdulkarim",
      "en": "Dana Abdulkarim"
    },
    "aliases": [
      "Dana Abdul Karim",
      "Dana Abdulkareem"
    ],
    "description": {
      "de": "Minister für Bau und Wohnungswesen im neunten Kabinett der Regionalregierung Kurdistans (ab 2019).",
      "en": "Minister of Construction and Housing in the ninth cabinet of the Kurdistan Regional Government (from 2019)."
    },
    "roles": [
      {
        "title": {
          "de": "Minister für Bau und Wohnungswesen",
          "en": "Minister of Construction and Housing"
        },
        "of": "kurdistan-regional-government",
        "from": "2019"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "iraq"
      },
      {
        "rel": "member-of",
        "to": "kurdistan-regional-government"
      }
    ]
  },
  {
    "id": "ano-jawhar-abdoka",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Ano Jawhar Abdoka",
      "en": "Ano Jawhar Abdoka"
    },
    "aliases": [
      "Ano Jawhar",
      "Ano Jawhar Abdulmasih Abdoka",
      "Ano Abdoka"
    ],
    "description": {
      "de": "Minister für Verkehr und Kommunikation, einer der christlichen Minister im neunten Kabinett der Regionalregierung Kurdistans (ab 2019).",
      "en": "Minister of Transport and Communications, one of its Christian ministers in the ninth cabinet of the Kurdistan Regional Government (from 2019)."
    },
    "roles": [
      {
        "title": {
          "de": "Minister für Verkehr und Kommunikation, einer der christlichen Minister",
          "en": "Minister of Transport and Communications, one of its Christian ministers"
        },
        "of": "kurdistan-regional-government",
        "from": "2019"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "iraq"
      },
      {
        "rel": "member-of",
        "to": "kurdistan-regional-government"
      }
    ]
  },
  {
    "id": "sasan-awni",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Sasan Awni",
      "en": "Sasan Awni"
    },
    "aliases": [
      "Sasan Awni Hawezi",
      "Sassan Awni"
    ],
    "description": {
      "de": "Minister für Kommunen und Tourismus im neunten Kabinett der Regionalregierung Kurdistans (ab 2019).",
      "en": "Minister of Municipalities and Tourism in the ninth cabinet of the Kurdistan Regional Government (from 2019)."
    },
    "roles": [
      {
        "title": {
          "de": "Minister für Kommunen und Tourismus",
          "en": "Minister of Municipalities and Tourism"
        },
        "of": "kurdistan-regional-government",
        "from": "2019"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "iraq"
      },
      {
        "rel": "member-of",
        "to": "kurdistan-regional-government"
      }
    ]
  },
  {
    "id": "mohammed-saeed-ali",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Mohammed Saeed Ali",
      "en": "Mohammed Saeed Ali"
    },
    "aliases": [
      "Muhammad Saeed Ali",
      "Mohammed Said Ali",
      "Mohammad Saeed Ali"
    ],
    "description": {
      "de": "Minister für Jugend und Kultur der Regionalregierung Kurdistans, von der PUK.",
      "en": "Minister of Youth and Culture in the Kurdistan Regional Government, from the PUK."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "iraq"
      },
      {
        "rel": "member-of",
        "to": "kurdistan-regional-government"
      },
      {
        "rel": "member-of",
        "to": "puk"
      }
    ]
  },
  {
    "id": "dara-rashid",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Dara Rashid",
      "en": "Dara Rashid"
    },
    "aliases": [
      "Dara Rasheed"
    ],
    "description": {
      "de": "Planungsminister der Regionalregierung Kurdistans, von der PUK.",
      "en": "Planning minister in the Kurdistan Regional Government, from the PUK."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "iraq"
      },
      {
        "rel": "member-of",
        "to": "kurdistan-regional-government"
      },
      {
        "rel": "member-of",
        "to": "puk"
      }
    ]
  },
  {
    "id": "pshtiwan-sadiq",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Pshtiwan Sadiq",
      "en": "Pshtiwan Sadiq"
    },
    "aliases": [
      "Peshtiwan Sadiq",
      "Pishtiwan Sadiq",
      "Pshtiwan Sadq"
    ],
    "description": {
      "de": "Politbüromitglied der Demokratischen Partei Kurdistans (KDP) und Minister für religiöse Stiftungen der Regionalregierung Kurdistans.",
      "en": "Politburo member of the Kurdistan Democratic Party (KDP) and the Kurdistan Regional Government’s minister of endowments and religious affairs."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "iraq"
      },
      {
        "rel": "member-of",
        "to": "kurdistan-regional-government"
      },
      {
        "rel": "member-of",
        "to": "kdp"
      }
    ]
  },
  {
    "id": "hidayat-taher",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Hidayat Taher",
      "en": "Hidayat Taher"
    },
    "aliases": [
      "Hedayat Taher",
      "Hidayat Tahir"
    ],
    "description": {
      "de": "Funktionär der Patriotischen Union Kurdistans (PUK) in Kirkuk.",
      "en": "Patriotic Union of Kurdistan (PUK) official in Kirkuk."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "iraq"
      },
      {
        "rel": "member-of",
        "to": "puk"
      }
    ]
  },
  {
    "id": "puk-counter-terrorism-group",
    "type": "organization",
    "subtype": "security-body",
    "names": {
      "de": "Antiterrorgruppe der PUK",
      "en": "PUK Counter Terrorism Group"
    },
    "aliases": [
      "Counter Terrorism Group",
      "Counterterrorism Group",
      "Counter-Terrorism Group",
      "PUK Counter-Terrorism Group",
      "Sulaimani Counter Terrorism Group"
    ],
    "acronyms": [
      "CTG"
    ],
    "description": {
      "de": "Der Patriotischen Union Kurdistans (PUK) unterstehende Antiterroreinheit in Sulaimaniyya, getrennt von der Antiterrorbehörde der Region in Erbil.",
      "en": "Counter-terrorism unit in Sulaimani under the Patriotic Union of Kurdistan (PUK), separate from the Region’s counter-terrorism directorate in Erbil."
    },
    "links": [
      {
        "rel": "part-of",
        "to": "puk"
      },
      {
        "rel": "part-of",
        "to": "iraq"
      }
    ]
  },
  {
    "id": "ayad-turki-al-khabeel",
    "type": "person",
    "subtype": "militia-leader",
    "names": {
      "de": "Ayad Turki al-Khabeel",
      "en": "Ayad Turki al-Khabeel"
    },
    "aliases": [
      "Ayad al-Khabeel",
      "Abu Ali Fuladh",
      "Ayad Turki al-Khbeil",
      "Ayad al-Khbeil"
    ],
    "description": {
      "de": "Arabischer Stammesführer, im Oktober 2024 von den SDF an die Spitze des neu aufgestellten Militärrats von Deir ez-Zor gesetzt (Kampfname Abu Ali Fuladh).",
      "en": "Arab tribal commander whom the SDF put at the head of the restructured Deir ez-Zor Military Council in October 2024 (nom de guerre Abu Ali Fuladh)."
    },
    "roles": [
      {
        "title": {
          "de": "Leiter des Militärrats von Deir ez-Zor",
          "en": "Head of the Deir ez-Zor Military Council"
        },
        "of": "deir-ez-zor-military-council",
        "from": "2024-10"
      }
    ],
    "links": [
      {
        "rel": "citizen-of",
        "to": "syria"
      },
      {
        "rel": "leads",
        "to": "deir-ez-zor-military-council"
      },
      {
        "rel": "member-of",
        "to": "sdf"
      }
    ]
  },
  {
    "id": "antoine-zahra",
    "type": "person",
    "subtype": "politician",
    "names": {
      "de": "Antoine Zahra",
      "en": "Antoine Zahra"
    },
    "aliases": [
      "Antoine Zahraa",
      "Antoine Zahra"
    ],
    "description": {
      "de": "Libanesischer Politiker der Forces Libanaises und früherer Parlamentsabgeordneter aus Batroun.",
      "en": "Lebanese politician of the Lebanese Forces and former member of parliament for Batroun."
    },
    "links": [
      {
        "rel": "citizen-of",
        "to": "lebanon"
      },
      {
        "rel": "member-of",
        "to": "lebanese-forces"
      }
    ]
  }
];
