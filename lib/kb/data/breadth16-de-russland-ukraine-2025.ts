// Sixteenth breadth round: German reporting on Russia and Ukraine in 2025–2026: the talks, the front, Kyiv after the reshuffle, Russia's elites.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Persons named in the passages and missing from the base.
  {
    id: 'sergei-gavrilov-duma',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Sergej Gawrilow', en: 'Sergei Gavrilov', ru: 'Сергей Гаврилов' },
    aliases: ['Sergei Gawrilow', 'Sergey Gavrilov'],
    description: {
      de: 'Russischer Abgeordneter der Staatsduma für die Kommunistische Partei (KPRF), leitet dort den Eigentumsausschuss; äußert sich oft in russischen Staatsmedien.',
      en: 'Russian State Duma deputy for the Communist Party (KPRF) who chairs its property committee; often quoted by Russian state media.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'state-duma' }, { rel: 'member-of', to: 'kprf' }],
  },
  {
    id: 'nikolai-mulyukin',
    type: 'person',
    subtype: 'official',
    names: { de: 'Nikolai Muljukin', en: 'Nikolai Mulyukin', ru: 'Николай Мулюкин' },
    aliases: ['Mykola Muliukin', 'Nikolay Mulyukin'],
    description: {
      de: 'Stellvertretender Generaldirektor des russischen Atomkonzerns Rosatom und Generalmajor der Polizei; die Ukraine wirft ihm die Plünderung des AKW Tschornobyl während der Besatzung 2022 vor.',
      en: 'Deputy director general of Russia\'s nuclear corporation Rosatom and a police major general; Ukraine accuses him of having the Chornobyl plant looted during the 2022 occupation.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'rosatom' }],
  },
  {
    id: 'marcin-jedrysiak',
    type: 'person',
    names: { de: 'Marcin Jędrysiak', en: 'Marcin Jędrysiak' },
    aliases: ['Marcin Jedrysiak'],
    description: {
      de: 'Polnischer Ukraine-Analyst am Warschauer Zentrum für Oststudien (OSW), zitiert zur Innenpolitik in Kiew und zur Korruptionsbekämpfung.',
      en: 'Polish Ukraine analyst at the Centre for Eastern Studies (OSW) in Warsaw, quoted on Kyiv\'s domestic politics and the fight against corruption.',
    },
    links: [{ rel: 'citizen-of', to: 'poland' }, { rel: 'member-of', to: 'osw' }],
  },
  // Media.
  {
    id: 'money-pl',
    type: 'organization',
    subtype: 'company',
    names: { de: 'money.pl', en: 'money.pl' },
    aliases: ['Money.pl'],
    description: {
      de: 'Polnisches Wirtschafts- und Nachrichtenportal der Gruppe Wirtualna Polska.',
      en: 'Polish business and news portal of the Wirtualna Polska group.',
    },
    links: [{ rel: 'part-of', to: 'poland' }],
  },
  // Military schools and academies of both sides.
  {
    id: 'moscow-higher-combined-arms-command-school',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Moskauer Höhere Militärkommandohochschule', en: 'Moscow Higher Combined Arms Command School', ru: 'Московское высшее общевойсковое командное училище' },
    aliases: ['Moskauer Höhere Allgemeine Kommandoschule', 'Moskauer Höhere Kommandoschule', 'Moscow Higher Military Command School', 'MVOKU'],
    description: {
      de: 'Russische Offiziersschule des Heeres in Moskau; Absolventen sind u. a. der ukrainische Oberbefehlshaber Syrskyj und mehrere russische Generäle.',
      en: 'Russian army officer school in Moscow; its graduates include Ukraine\'s commander-in-chief Syrskyi and several Russian generals.',
    },
    links: [{ rel: 'part-of', to: 'russian-ground-forces' }, { rel: 'related-to', to: 'oleksandr-syrskyi' }],
  },
  {
    id: 'russian-general-staff-academy',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Militärakademie des Generalstabs der russischen Streitkräfte', en: 'Military Academy of the General Staff of the Russian Armed Forces', ru: 'Военная академия Генерального штаба Вооружённых сил Российской Федерации' },
    aliases: ['Generalstabsakademie in Moskau', 'russische Generalstabsakademie', 'Russian General Staff Academy', 'Russian General Staff Military Academy', 'Militärakademie des russischen Generalstabs'],
    description: {
      de: 'Höchste Ausbildungsstätte der russischen Armee in Moskau, an der künftige Generäle und Stabsoffiziere geschult werden.',
      en: 'The Russian military\'s highest school in Moscow, training future generals and senior staff officers.',
    },
    links: [{ rel: 'part-of', to: 'russian-general-staff' }],
  },
  {
    id: 'strategic-rocket-forces-academy',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Militärakademie der Strategischen Raketentruppen „Peter der Große“', en: 'Peter the Great Military Academy of the Strategic Missile Forces', ru: 'Военная академия РВСН имени Петра Великого' },
    aliases: ['Peter-der-Große-Akademie', 'Peter the Great Military Academy', 'Militärakademie der Strategischen Raketentruppen', 'Military Academy of the Strategic Rocket Forces'],
    description: {
      de: 'Akademie der russischen Strategischen Raketentruppen in Balaschicha bei Moskau, bildet Offiziere für die Atomraketen aus.',
      en: 'Academy of Russia\'s Strategic Rocket Forces in Balashikha near Moscow, training the officers of its nuclear missile units.',
    },
    links: [{ rel: 'part-of', to: 'strategic-rocket-forces' }],
  },
  {
    id: 'mozhaisky-military-space-academy',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Militärische Raumfahrtakademie Moschaiski', en: 'Mozhaisky Military Space Academy', ru: 'Военно-космическая академия имени А. Ф. Можайского' },
    aliases: ['Moschaiski-Akademie', 'Mozhaisky Academy', 'Mozhaysky Military Space Academy', 'Militärraumfahrtakademie Moschaiski'],
    description: {
      de: 'Russische Militärakademie für Raumfahrt- und Weltraumtruppen in Sankt Petersburg.',
      en: 'Russian military academy for space and aerospace forces in Saint Petersburg.',
    },
    links: [{ rel: 'part-of', to: 'russian-aerospace-forces' }],
  },
  {
    id: 'zhukovsky-gagarin-air-force-academy',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Luftwaffenakademie Schukowski und Gagarin', en: 'Zhukovsky–Gagarin Air Force Academy', ru: 'Военно-воздушная академия имени Н. Е. Жуковского и Ю. А. Гагарина' },
    aliases: ['Schukowski-Gagarin-Akademie', 'Zhukovsky-Gagarin Air Force Academy', 'Zhukovsky and Gagarin Air Force Academy', 'Luftwaffenakademie in Woronesch', 'Voronezh Air Force Academy'],
    description: {
      de: 'Größte Ausbildungsstätte der russischen Luft- und Weltraumkräfte mit Sitz in Woronesch.',
      en: 'The largest school of Russia\'s Aerospace Forces, based in Voronezh.',
    },
    links: [{ rel: 'part-of', to: 'russian-aerospace-forces' }],
  },
  {
    id: 'kazan-higher-tank-command-school',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Kasaner Höhere Panzerkommandoschule', en: 'Kazan Higher Tank Command School', ru: 'Казанское высшее танковое командное училище' },
    aliases: ['Kasaner Panzerschule', 'Kazan Tank School', 'Kazan Higher Tank School'],
    description: {
      de: 'Russische Offiziersschule der Panzertruppe in Kasan (Tatarstan).',
      en: 'Russian officer school of the tank troops in Kazan, Tatarstan.',
    },
    links: [{ rel: 'part-of', to: 'russian-ground-forces' }],
  },
  {
    id: 'novosibirsk-higher-military-command-school',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Nowosibirsker Höhere Militärkommandoschule', en: 'Novosibirsk Higher Military Command School', ru: 'Новосибирское высшее военное командное училище' },
    aliases: ['Novosibirsk Higher Combined Arms Command School', 'Nowosibirsker Kommandoschule'],
    description: {
      de: 'Russische Offiziersschule in Nowosibirsk, die u. a. Offiziere für Aufklärung und Spezialkräfte ausbildet.',
      en: 'Russian officer school in Novosibirsk that trains, among others, reconnaissance and special-forces officers.',
    },
    links: [{ rel: 'part-of', to: 'russian-ground-forces' }],
  },
  {
    id: 'far-eastern-higher-combined-arms-command-school',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Fernöstliche Höhere Militärkommandoschule', en: 'Far Eastern Higher Combined Arms Command School', ru: 'Дальневосточное высшее общевойсковое командное училище' },
    aliases: ['Far Eastern Higher Combined Arms Command School in Blagoveshchensk', 'Fernöstliche Kommandoschule in Blagoweschtschensk'],
    description: {
      de: 'Russische Offiziersschule des Heeres in Blagoweschtschensk im Fernen Osten.',
      en: 'Russian army officer school in Blagoveshchensk in the Far East.',
    },
    links: [{ rel: 'part-of', to: 'russian-ground-forces' }],
  },
  {
    id: 'national-army-academy-ukraine',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Nationale Heeresakademie „Hetman Petro Sahajdatschnyj“', en: 'Hetman Petro Sahaidachny National Army Academy', uk: 'Національна академія сухопутних військ імені гетьмана Петра Сагайдачного' },
    aliases: ['Nationale Akademie der Landstreitkräfte', 'National Army Academy', 'Sahaidachny Academy', 'Sahajdatschnyj-Akademie', 'Heeresakademie in Lwiw', 'Lviv army academy'],
    description: {
      de: 'Offiziersakademie der ukrainischen Landstreitkräfte in Lwiw.',
      en: 'Officer academy of the Ukrainian Ground Forces in Lviv.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-ground-forces' }],
  },
  {
    id: 'national-defence-university-ukraine',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Nationale Verteidigungsuniversität der Ukraine', en: 'National Defence University of Ukraine', uk: 'Національний університет оборони України' },
    aliases: ['Nationale Verteidigungsuniversität der Ukraine „Iwan Tschernjachowskyj“', 'Ivan Cherniakhovskyi National Defence University of Ukraine', 'National Defense University of Ukraine', 'ukrainische Verteidigungsuniversität'],
    description: {
      de: 'Höchste militärische Hochschule der Ukraine in Kiew, bildet Stabsoffiziere und Generäle aus.',
      en: 'Ukraine\'s senior military university in Kyiv, training staff officers and generals.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'kharkiv-air-force-university',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Charkiwer Universität der Luftstreitkräfte „Iwan Koschedub“', en: 'Ivan Kozhedub Kharkiv National Air Force University', uk: 'Харківський національний університет Повітряних Сил імені Івана Кожедуба' },
    aliases: ['Kharkiv National Air Force University', 'Kharkiv Air Force University', 'Charkiwer Luftwaffenuniversität', 'Koschedub-Universität'],
    description: {
      de: 'Hochschule der ukrainischen Luftstreitkräfte in Charkiw, bildet Piloten und Flugabwehroffiziere aus.',
      en: 'University of the Ukrainian Air Force in Kharkiv, training pilots and air-defence officers.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-air-force' }],
  },
  {
    id: 'odesa-military-academy',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Militärakademie Odessa', en: 'Odesa Military Academy', uk: 'Військова академія (м. Одеса)' },
    aliases: ['Military Academy in Odesa', 'Military Academy of Odesa', 'Odessa Military Academy', 'Militärakademie in Odessa'],
    description: {
      de: 'Offiziershochschule der ukrainischen Streitkräfte in Odessa; Kyrylo Budanow hat hier studiert.',
      en: 'Officer school of the Ukrainian Armed Forces in Odesa; Kyrylo Budanov graduated from it.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-armed-forces' }, { rel: 'related-to', to: 'kyrylo-budanov' }],
  },
];
