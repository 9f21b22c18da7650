// Thirty-first breadth round: English reporting on Russia's armed forces and war industry — the ministry, commanders, units, drone forces, arms makers, 2025–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Persons named beside the ministry and the arms makers.
  {
    id: 'mikhail-fradkov',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Michail Fradkow', en: 'Mikhail Fradkov', ru: 'Михаил Фрадков' },
    aliases: ['Michail Fradkov'],
    description: {
      de: 'Russischer Regierungschef von 2004 bis 2007, danach bis 2016 Chef des Auslandsgeheimdienstes SWR; Vater des Vizeverteidigungsministers Pawel Fradkow.',
      en: 'Russia’s prime minister from 2004 to 2007 and then head of the SVR foreign intelligence service until 2016; father of deputy defence minister Pavel Fradkov.',
    },
    roles: [
      { title: { de: 'Ministerpräsident Russlands', en: 'Prime Minister of Russia' }, of: 'russia', from: '2004', to: '2007' },
      { title: { de: 'Direktor des SWR', en: 'Director of the SVR' }, of: 'svr', from: '2007', to: '2016' },
    ],
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'related-to', to: 'pavel-fradkov' }, { rel: 'related-to', to: 'svr' }],
  },
  {
    id: 'alexander-leonov-npom',
    type: 'person',
    subtype: 'businessman',
    names: { de: 'Alexander Leonow', en: 'Alexander Leonov', ru: 'Александр Леонов' },
    description: {
      de: 'Generaldirektor und Generalkonstrukteur der NPO Maschinostrojenija in Reutow, des Herstellers der Seezielrakete Zirkon.',
      en: 'General director and general designer of NPO Mashinostroyeniya in Reutov, the maker of the Zircon anti-ship missile.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'leads', to: 'npo-mashinostroyeniya' }],
  },
  // Bodies of the ministry, the General Staff and the Kremlin.
  {
    id: 'operational-training-directorate-general-staff',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Verwaltung für operative Ausbildung des Generalstabs', en: 'Operational Training Directorate of the General Staff', ru: 'Управление оперативной подготовки Генерального штаба' },
    aliases: ['Operational Training Directorate', 'General Staff Operational Training Directorate', 'Operational Training Department of the General Staff', 'Verwaltung für operative Ausbildung'],
    description: {
      de: 'Abteilung des russischen Generalstabs für die operative Ausbildung der Streitkräfte; ihr Chef Fanil Sarwarow wurde im Dezember 2025 in Moskau durch eine Autobombe getötet.',
      en: 'Department of the Russian General Staff in charge of the forces’ operational training; its head Fanil Sarvarov was killed by a car bomb in Moscow in December 2025.',
    },
    links: [{ rel: 'part-of', to: 'russian-general-staff' }, { rel: 'related-to', to: 'fanil-sarvarov' }],
  },
  {
    id: 'main-organisation-mobilisation-directorate',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Hauptverwaltung für Organisation und Mobilmachung des Generalstabs', en: 'Main Organisation and Mobilisation Directorate', ru: 'Главное организационно-мобилизационное управление Генерального штаба' },
    aliases: ['Main Organizational and Mobilization Directorate', 'Main Organisational and Mobilisation Directorate', 'Main Organizational-Mobilization Directorate', 'Main Organisational-Mobilisation Directorate', 'Main Organization and Mobilization Directorate', 'Main Organisation and Mobilisation Directorate of the General Staff', 'Main Organizational and Mobilization Directorate of the General Staff'],
    acronyms: ['GOMU'],
    description: {
      de: 'Abteilung des russischen Generalstabs, die Struktur und Mobilmachung der Streitkräfte plant; geleitet von Generaloberst Jewgeni Burdinski.',
      en: 'Department of the Russian General Staff that plans the structure and mobilisation of the armed forces; headed by Colonel General Yevgeny Burdinsky.',
    },
    links: [{ rel: 'part-of', to: 'russian-general-staff' }, { rel: 'related-to', to: 'yevgeny-burdinsky' }],
  },
  {
    id: 'main-directorate-international-military-cooperation',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Hauptverwaltung für internationale militärische Zusammenarbeit', en: 'Main Directorate of International Military Cooperation', ru: 'Главное управление международного военного сотрудничества Министерства обороны' },
    aliases: ['Main Directorate for International Military Cooperation', 'International Military Cooperation Directorate'],
    acronyms: ['GUMVS'],
    description: {
      de: 'Abteilung des russischen Verteidigungsministeriums für die militärischen Beziehungen zu anderen Staaten, etwa in Afrika und Asien.',
      en: 'Department of the Russian defence ministry that handles military ties with other states, for instance in Africa and Asia.',
    },
    links: [{ rel: 'part-of', to: 'russian-defence-ministry' }],
  },
  {
    id: '12th-main-directorate-mod',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '12. Hauptverwaltung des Verteidigungsministeriums', en: '12th Main Directorate of the Defence Ministry', ru: '12-е Главное управление Министерства обороны' },
    aliases: ['12th Main Directorate', '12th Main Directorate of the Defense Ministry', '12th Main Directorate of the Ministry of Defence', '12th Main Directorate of the Ministry of Defense', 'Twelfth Main Directorate', '12. Hauptverwaltung', '12th GUMO'],
    description: {
      de: 'Abteilung des russischen Verteidigungsministeriums, die die Atomsprengköpfe verwahrt, wartet und transportiert.',
      en: 'Department of the Russian defence ministry that stores, maintains and moves the country’s nuclear warheads.',
    },
    links: [{ rel: 'part-of', to: 'russian-defence-ministry' }],
  },
  {
    id: 'long-range-aviation',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Russische Fernfliegerkräfte', en: 'Russian Long-Range Aviation', ru: 'Дальняя авиация' },
    aliases: ['Russische Fernfliegerkräfte', 'Dalnyaya Aviatsiya', 'Russian Long Range Aviation'],
    description: {
      de: 'Bomberkommando der russischen Luft- und Weltraumkräfte mit den Tu-95, Tu-160 und Tu-22M3, die Marschflugkörper auf die Ukraine abfeuern; geführt von Sergej Kobylasch.',
      en: 'Bomber command of the Russian Aerospace Forces flying the Tu-95, Tu-160 and Tu-22M3 that launch cruise missiles at Ukraine; led by Sergei Kobylash.',
    },
    links: [{ rel: 'part-of', to: 'russian-aerospace-forces' }, { rel: 'related-to', to: 'sergei-kobylash' }, { rel: 'related-to', to: 'tu-95' }, { rel: 'related-to', to: 'tu-160' }, { rel: 'related-to', to: 'tu-22m3' }],
  },
  {
    id: 'kuznetsov-naval-academy',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Marineakademie „Admiral Kusnezow“', en: 'Kuznetsov Naval Academy', ru: 'Военно-морская академия имени Н. Г. Кузнецова' },
    aliases: ['N.G. Kuznetsov Naval Academy', 'Naval Academy named after Admiral Kuznetsov', 'Admiral Kuznetsov Naval Academy', 'Kusnezow-Marineakademie', 'Kuznetsov Naval Academy in St Petersburg'],
    description: {
      de: 'Höchste Lehranstalt der russischen Marine in Sankt Petersburg, benannt nach Admiral Nikolai Kusnezow.',
      en: 'The Russian Navy’s senior academy in St Petersburg, named after Admiral Nikolai Kuznetsov.',
    },
    links: [{ rel: 'part-of', to: 'russian-navy' }],
  },
  {
    id: 'presidential-directorate-for-public-projects',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Verwaltung für gesellschaftliche Projekte des Präsidenten', en: 'Presidential Directorate for Public Projects', ru: 'Управление Президента по общественным проектам' },
    aliases: ['Presidential Directorate for Social Projects', 'Kremlin Directorate for Public Projects', 'Kremlin Directorate for Social Projects', 'Directorate for Public Projects', 'Directorate for Social Projects', 'Presidential Directorate for Social and Public Projects'],
    description: {
      de: 'Abteilung der russischen Präsidialverwaltung unter Sergej Nowikow, zuständig für patriotische Kampagnen und die Kriegsheimkehrer.',
      en: 'Department of the Russian presidential administration under Sergei Novikov, in charge of patriotic campaigns and of returning war veterans.',
    },
    links: [{ rel: 'part-of', to: 'kremlin' }, { rel: 'related-to', to: 'sergei-novikov-kremlin' }],
  },
  {
    id: 'voyennye-advokaty',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Wojennyje Adwokaty', en: 'Voyennye Advokaty', ru: 'Военные адвокаты' },
    aliases: ['Voennye Advokaty', 'Voyenniye Advokaty', 'Voyennyye Advokaty'],
    guarded: ['Military Lawyers', 'Militäranwälte'],
    cues: ['telegram', 'kanal', 'mobiliz', 'mobilis', 'conscript', 'einberuf', 'contract soldier'],
    description: {
      de: 'Russischer Telegram-Kanal von Juristen, der Soldaten, Mobilisierte und Wehrpflichtige berät und über Einberufungsregeln berichtet.',
      en: 'Russian Telegram channel run by lawyers that advises soldiers, mobilised men and conscripts and reports on draft rules.',
    },
    links: [{ rel: 'related-to', to: 'russia' }],
  },
  {
    id: 'unified-military-register',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Einheitliches Register der Wehrerfassung', en: 'Unified Military Register', ru: 'Единый реестр воинского учёта' },
    aliases: ['Unified Register of Military Registration', 'Unified Military Registration Register', 'Unified Register of Military Service', 'unified military register', 'Einheitliches Militärregister', 'digitales Wehrregister Russlands'],
    description: {
      de: 'Digitales russisches Register der Wehrpflichtigen, über das seit 2024/25 elektronische Einberufungsbescheide und Ausreisesperren laufen.',
      en: 'Russia’s digital register of men liable for service, used since 2024–25 for electronic call-up notices and exit bans.',
    },
    links: [{ rel: 'related-to', to: 'russian-defence-ministry' }],
  },
  // Industry.
  {
    id: 'aleksin-chemical-plant',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Chemiekombinat Aleksin', en: 'Aleksin Chemical Plant', ru: 'Алексинский химический комбинат' },
    aliases: ['Aleksinsky Chemical Plant', 'Aleksinsky chemical combine', 'Aleksin Chemical Combine', 'Alexin Chemical Plant', 'Aleksin chemical works', 'Chemiewerk Aleksin', 'Chemiefabrik Aleksin'],
    description: {
      de: 'Rostec-Werk in Aleksin im Gebiet Tula, das Schießpulver und Munitionskomponenten herstellt; im November 2024 von ukrainischen Drohnen getroffen.',
      en: 'Rostec plant in Aleksin, Tula region, making gunpowder and ammunition components; hit by Ukrainian drones in November 2024.',
    },
    links: [{ rel: 'part-of', to: 'rostec' }],
  },
  {
    id: 'kolmar-group',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Kolmar', en: 'Kolmar', ru: 'Колмар' },
    aliases: ['Kolmar Group', 'Kolmar coal company', 'Kolmar-Gruppe'],
    description: {
      de: 'Kohlekonzern in Jakutien, der lange der Familie von Sergej Ziwiljow und der Vizeverteidigungsministerin Anna Ziwiljowa gehörte.',
      en: 'Coal company in Yakutia long owned by the family of Sergei Tsivilev and deputy defence minister Anna Tsivileva.',
    },
    links: [{ rel: 'related-to', to: 'sergei-tsivilev' }, { rel: 'related-to', to: 'anna-tsivileva' }],
  },
];
