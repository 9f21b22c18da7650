// Twenty-third breadth round: German-language reporting on the war between Russia and Ukraine, 2022–2026.
import type { Entity } from '../types';

// Ship names that are also Russian towns (Grajworon, Serpuchow, Wyschni Wolotschok …) are guarded:
// they count beside a ship word, never as the town.
const SHIP_CUES = ['korvette', 'corvette', 'raketenschiff', 'missile ship', 'kriegsschiff', 'warship', 'schiff', 'ship', 'bujan', 'buyan', 'kalibr', 'flotte', 'fleet', 'flottille', 'flotilla', 'marine', 'navy'];

export const entities: Entity[] = [
  // ── Officials installed by Russia in occupied southern and eastern Ukraine ──
  {
    id: 'artyom-bardin',
    type: 'person',
    subtype: 'military',
    names: { de: 'Artjom Bardin', en: 'Artyom Bardin', ru: 'Артём Бардин' },
    // dpa and ORF wrote "Artjom Badrin" in September 2022.
    aliases: ['Artem Bardin', 'Artjom Badrin', 'Artyom Badrin'],
    shortForms: ['Badrin'],
    description: {
      de: 'Russischer Oberst, von den Besatzern als Militärkommandant der besetzten Hafenstadt Berdjansk eingesetzt; starb im September 2022 nach einem Autobombenanschlag.',
      en: 'Russian colonel installed by the occupiers as military commandant of the occupied port city of Berdyansk; died after a car bombing in September 2022.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-armed-forces' }],
  },
  {
    id: 'ivan-sushko',
    type: 'person',
    subtype: 'official',
    names: { de: 'Iwan Suschko', en: 'Ivan Sushko', uk: 'Іван Сушко', ru: 'Иван Сушко' },
    description: {
      de: 'Von Russland eingesetzter Verwaltungschef der besetzten Siedlung Mychajliwka im Gebiet Saporischschja; im August 2022 durch eine Autobombe getötet.',
      en: 'Russian-installed head of the occupied town of Mykhailivka in Zaporizhzhia region; killed by a car bomb in August 2022.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'related-to', to: 'russia' }],
  },
  {
    id: 'mikhail-filiponenko',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Michail Filiponenko', en: 'Mikhail Filiponenko', ru: 'Михаил Филипоненко', uk: 'Михайло Филипоненко' },
    aliases: ['Mykhailo Filiponenko', 'Mikhail Filiponeko'],
    description: {
      de: 'Früherer Chef der sogenannten Volksmiliz der „Volksrepublik Luhansk“ und Abgeordneter ihres Volksrats; im November 2023 in Luhansk durch eine Autobombe getötet, zu der sich der ukrainische Militärgeheimdienst bekannte.',
      en: 'Former head of the so-called People\'s Militia of the "Luhansk People\'s Republic" and member of its People\'s Council; killed by a car bomb in Luhansk in November 2023, claimed by Ukraine\'s military intelligence.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'luhansk-peoples-republic' }],
  },

  // ── Ukrainian mayors of front-line and once-occupied towns ──
  {
    id: 'volodymyr-buriak',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Wolodymyr Burjak', en: 'Volodymyr Buriak', uk: 'Володимир Буряк' },
    aliases: ['Volodymyr Buryak', 'Wladimir Burjak'],
    description: {
      de: 'Bürgermeister von Saporischschja von 2015 bis zu seinem Rücktritt im September 2021.',
      en: 'Mayor of Zaporizhzhia from 2015 until he resigned in September 2021.',
    },
    roles: [{ title: { de: 'Bürgermeister von Saporischschja', en: 'Mayor of Zaporizhzhia' }, from: '2015', to: '2021-09' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'oleksandr-saiuk',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Olexandr Sajuk', en: 'Oleksandr Saiuk', uk: 'Олександр Саюк' },
    aliases: ['Oleksandr Sayuk', 'Alexander Sayuk', 'Oleksandr Saiuk', 'Alexander Sajuk'],
    description: {
      de: 'Bürgermeister von Nikopol am Dnipro, das vom russisch besetzten Ufer mit dem AKW Saporischschja aus fast täglich beschossen wird.',
      en: 'Mayor of Nikopol on the Dnipro, shelled almost daily from the Russian-held bank across the river where the Zaporizhzhia nuclear plant stands.',
    },
    roles: [{ title: { de: 'Bürgermeister von Nikopol', en: 'Mayor of Nikopol' } }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'yurii-prylypko',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Jurij Prylypko', en: 'Yurii Prylypko', uk: 'Юрій Прилипко' },
    aliases: ['Yuriy Prylypko', 'Yuri Prylypko', 'Jurij Prilipko', 'Yuri Prilipko'],
    description: {
      de: 'Bürgermeister von Hostomel bei Kiew seit 2015; im März 2022 von russischen Soldaten erschossen, als er Brot und Medikamente verteilte.',
      en: 'Mayor of Hostomel near Kyiv from 2015; shot dead by Russian soldiers in March 2022 while handing out bread and medicine.',
    },
    roles: [{ title: { de: 'Bürgermeister von Hostomel', en: 'Mayor of Hostomel' }, from: '2015', to: '2022-03-07' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'yurii-bova',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Jurij Bowa', en: 'Yurii Bova', uk: 'Юрій Бова' },
    aliases: ['Yuriy Bova', 'Yuri Bova', 'Jurij Bova'],
    description: {
      de: 'Langjähriger Bürgermeister von Trostjanez im Gebiet Sumy, das im Frühjahr 2022 einen Monat lang russisch besetzt war.',
      en: 'Long-serving mayor of Trostianets in Sumy region, occupied by Russian troops for a month in spring 2022.',
    },
    roles: [{ title: { de: 'Bürgermeister von Trostjanez', en: 'Mayor of Trostianets' }, from: '2005' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'pavlo-kuzmenko',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Pawlo Kusmenko', en: 'Pavlo Kuzmenko', uk: 'Павло Кузьменко' },
    description: {
      de: 'Bürgermeister von Ochtyrka im Gebiet Sumy, einer grenznahen Stadt unter ständigem russischem Beschuss.',
      en: 'Mayor of Okhtyrka in Sumy region, a town near the Russian border under constant Russian fire.',
    },
    roles: [{ title: { de: 'Bürgermeister von Ochtyrka', en: 'Mayor of Okhtyrka' } }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'yevhen-matvieiev',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Jewhenij Matwjejew', en: 'Yevhen Matvieiev', uk: 'Євген Матвєєв' },
    aliases: ['Yevhen Matveyev', 'Yevgeny Matveyev', 'Jewhen Matwjejew'],
    description: {
      de: 'Bürgermeister von Dniprorudne im Gebiet Saporischschja; im März 2022 von russischen Truppen verschleppt und in Gefangenschaft gehalten.',
      en: 'Mayor of Dniprorudne in Zaporizhzhia region; abducted by Russian troops in March 2022 and held in captivity.',
    },
    roles: [{ title: { de: 'Bürgermeister von Dniprorudne', en: 'Mayor of Dniprorudne' } }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  {
    id: 'oleksandr-babych',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Olexandr Babytsch', en: 'Oleksandr Babych', uk: 'Олександр Бабич' },
    aliases: ['Oleksandr Babich', 'Alexander Babich', 'Olexander Babytsch'],
    description: {
      de: 'Bürgermeister von Hola Prystan im Gebiet Cherson; 2022 von den russischen Besatzern festgenommen und verschleppt.',
      en: 'Mayor of Hola Prystan in Kherson region; detained and taken away by the Russian occupiers in 2022.',
    },
    roles: [{ title: { de: 'Bürgermeister von Hola Prystan', en: 'Mayor of Hola Prystan' } }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },

  // ── Russian warships: Buyan-M missile corvettes, landing ships, minesweepers ──
  {
    id: 'vyshny-volochyok-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Raketenschiff Wyschni Wolotschok', en: 'missile ship Vyshny Volochyok', ru: 'Вышний Волочёк' },
    aliases: ['Korvette Wyschni Wolotschok', 'corvette Vyshny Volochyok', 'Vyshniy Volochyok corvette'],
    guarded: ['Wyschni Wolotschok', 'Vyshny Volochyok', 'Vyshniy Volochyok', 'Vyshny Volochek'],
    cues: SHIP_CUES,
    description: {
      de: 'Kleines Raketenschiff der Bujan-M-Klasse der Schwarzmeerflotte mit Kalibr-Marschflugkörpern; rammte im August 2025 im Asowschen Meer auf der Flucht vor ukrainischen Drohnen einen Tanker.',
      en: 'Buyan-M-class small missile ship of the Black Sea Fleet carrying Kalibr cruise missiles; rammed a tanker in the Sea of Azov in August 2025 while evading Ukrainian drones.',
    },
    links: [{ rel: 'variant-of', to: 'buyan-m-class' }, { rel: 'used-by', to: 'black-sea-fleet' }],
  },
  {
    id: 'grayvoron-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Raketenschiff Grajworon', en: 'missile ship Grayvoron', ru: 'Грайворон' },
    aliases: ['Korvette Grajworon', 'corvette Grayvoron'],
    guarded: ['Grajworon', 'Grayvoron', 'Graivoron'],
    cues: SHIP_CUES,
    description: {
      de: 'Kleines russisches Raketenschiff der Bujan-M-Klasse (Projekt 21631), Träger von Kalibr-Marschflugkörpern; benannt nach der Grenzstadt im Gebiet Belgorod.',
      en: 'Russian Buyan-M-class (Project 21631) small missile ship carrying Kalibr cruise missiles; named after the border town in Belgorod region.',
    },
    links: [{ rel: 'variant-of', to: 'buyan-m-class' }, { rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'veliky-ustyug-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Raketenschiff Weliki Ustjug', en: 'missile ship Veliky Ustyug', ru: 'Великий Устюг' },
    aliases: ['Korvette Weliki Ustjug', 'corvette Veliky Ustyug'],
    guarded: ['Weliki Ustjug', 'Veliky Ustyug', 'Velikiy Ustyug'],
    cues: SHIP_CUES,
    description: {
      de: 'Kleines Raketenschiff der Bujan-M-Klasse der Kaspischen Flottille; 2022 vor der Invasion ins Schwarze Meer verlegt und dort beschädigt.',
      en: 'Buyan-M-class small missile ship of the Caspian Flotilla; moved to the Black Sea before the 2022 invasion and damaged there.',
    },
    links: [{ rel: 'variant-of', to: 'buyan-m-class' }, { rel: 'used-by', to: 'caspian-flotilla' }],
  },
  {
    id: 'grad-sviyazhsk-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Raketenschiff Grad Swijaschsk', en: 'missile ship Grad Sviyazhsk', ru: 'Град Свияжск' },
    aliases: ['Grad Sviyazhsk', 'Grad Swijaschsk', 'Korvette Grad Swijaschsk', 'corvette Grad Sviyazhsk'],
    description: {
      de: 'Kleines Raketenschiff der Bujan-M-Klasse der Kaspischen Flottille, seit 2014 im Dienst, Träger von Kalibr-Marschflugkörpern.',
      en: 'Buyan-M-class small missile ship of the Caspian Flotilla, in service since 2014, carrying Kalibr cruise missiles.',
    },
    links: [{ rel: 'variant-of', to: 'buyan-m-class' }, { rel: 'used-by', to: 'caspian-flotilla' }],
  },
  {
    id: 'zeleny-dol-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Raketenschiff Seleny Dol', en: 'missile ship Zeleny Dol', ru: 'Зелёный Дол' },
    aliases: ['Korvette Seleny Dol', 'corvette Zeleny Dol', 'corvette Zelyony Dol'],
    guarded: ['Seleny Dol', 'Zeleny Dol', 'Zelyony Dol', 'Zelenyy Dol'],
    cues: SHIP_CUES,
    description: {
      de: 'Kleines russisches Raketenschiff der Bujan-M-Klasse, 2016 in Sewastopol in Dienst gestellt; Träger von Kalibr-Marschflugkörpern.',
      en: 'Russian Buyan-M-class small missile ship commissioned at Sevastopol in 2016; carries Kalibr cruise missiles.',
    },
    links: [{ rel: 'variant-of', to: 'buyan-m-class' }, { rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'serpukhov-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Raketenschiff Serpuchow', en: 'missile ship Serpukhov', ru: 'Серпухов' },
    aliases: ['Korvette Serpuchow', 'corvette Serpukhov'],
    guarded: ['Serpuchow', 'Serpukhov'],
    cues: SHIP_CUES,
    description: {
      de: 'Kleines russisches Raketenschiff der Bujan-M-Klasse, 2016 in Sewastopol in Dienst gestellt; Träger von Kalibr-Marschflugkörpern.',
      en: 'Russian Buyan-M-class small missile ship commissioned at Sevastopol in 2016; carries Kalibr cruise missiles.',
    },
    links: [{ rel: 'variant-of', to: 'buyan-m-class' }, { rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'orekhovo-zuyevo-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Raketenschiff Orechowo-Sujewo', en: 'missile ship Orekhovo-Zuyevo', ru: 'Орехово-Зуево' },
    aliases: ['Korvette Orechowo-Sujewo', 'corvette Orekhovo-Zuyevo'],
    guarded: ['Orechowo-Sujewo', 'Orekhovo-Zuyevo', 'Orekhovo-Zuevo'],
    cues: SHIP_CUES,
    description: {
      de: 'Kleines russisches Raketenschiff der Bujan-M-Klasse mit Kalibr-Marschflugkörpern.',
      en: 'Russian Buyan-M-class small missile ship armed with Kalibr cruise missiles.',
    },
    links: [{ rel: 'variant-of', to: 'buyan-m-class' }, { rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'ivan-gren-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Iwan Gren', en: 'landing ship Ivan Gren', ru: 'Иван Грен' },
    aliases: ['Ivan Gren', 'Iwan Gren', 'Iwan-Gren-Klasse', 'Ivan Gren class', 'Projekt 11711', 'Project 11711'],
    description: {
      de: 'Großes Landungsschiff der Nordflotte, Typschiff des Projekts 11711 (Iwan-Gren-Klasse), seit 2018 im Dienst.',
      en: 'Large landing ship of the Northern Fleet, lead ship of Project 11711 (Ivan Gren class), in service since 2018.',
    },
    links: [{ rel: 'used-by', to: 'northern-fleet' }],
  },
  {
    id: 'pyotr-morgunov-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Pjotr Morgunow', en: 'landing ship Pyotr Morgunov', ru: 'Пётр Моргунов' },
    aliases: ['Pjotr Morgunow', 'Pyotr Morgunov', 'Petr Morgunov'],
    description: {
      de: 'Zweites großes Landungsschiff des Projekts 11711 (Iwan-Gren-Klasse) der russischen Nordflotte.',
      en: 'Second large landing ship of Project 11711 (Ivan Gren class) of the Russian Northern Fleet.',
    },
    links: [{ rel: 'used-by', to: 'northern-fleet' }, { rel: 'variant-of', to: 'ivan-gren-landing-ship' }],
  },
  {
    id: 'kovrovets-minesweeper', type: 'weapon', subtype: 'ship',
    names: { de: 'Minensucher Kowrowez', en: 'minesweeper Kovrovets', ru: 'Ковровец' },
    aliases: ['Kovrovets', 'Kowrowez', 'Minensuchboot Kowrowez'],
    description: {
      de: 'Hochseeminensuchschiff der Natja-Klasse der russischen Schwarzmeerflotte.',
      en: 'Natya-class ocean minesweeper of the Russian Black Sea Fleet.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'ivan-golubets-minesweeper' }],
  },
  // Ropucha-class large landing ships of the Northern and Baltic fleets (sister ships of Olenegorsky Gornyak, Minsk, Novocherkassk).
  {
    id: 'kondopoga-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Kondopoga', en: 'landing ship Kondopoga', ru: 'Кондопога' },
    aliases: ['Landungsschiff „Kondopoga“', 'Kondopoga landing ship'],
    guarded: ['Kondopoga'],
    cues: ['landungsschiff', 'landing ship', 'ropucha', 'nordflotte', 'northern fleet', 'schiff', 'ship', 'kriegsschiff', 'warship'],
    description: {
      de: 'Großes Landungsschiff der Ropucha-Klasse der russischen Nordflotte.',
      en: 'Ropucha-class large landing ship of the Russian Northern Fleet.',
    },
    links: [{ rel: 'used-by', to: 'northern-fleet' }, { rel: 'related-to', to: 'ropucha-class' }],
  },
  {
    id: 'alexander-otrakovsky-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Alexander Otrakowski', en: 'landing ship Alexander Otrakovsky', ru: 'Александр Отраковский' },
    aliases: ['Alexander Otrakowski', 'Alexander Otrakovsky', 'Aleksandr Otrakovsky', 'Alexandr Otrakovskiy'],
    description: {
      de: 'Großes Landungsschiff der Ropucha-Klasse der russischen Nordflotte.',
      en: 'Ropucha-class large landing ship of the Russian Northern Fleet.',
    },
    links: [{ rel: 'used-by', to: 'northern-fleet' }, { rel: 'related-to', to: 'ropucha-class' }],
  },
  {
    id: 'georgy-pobedonosets-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Georgi Pobedonossez', en: 'landing ship Georgy Pobedonosets', ru: 'Георгий Победоносец' },
    aliases: ['Georgi Pobedonossez', 'Georgy Pobedonosets', 'Georgiy Pobedonosets', 'Georgi Pobedonosets'],
    description: {
      de: 'Großes Landungsschiff der Ropucha-Klasse der russischen Nordflotte; Anfang 2022 mit weiteren Landungsschiffen ins Schwarze Meer verlegt.',
      en: 'Ropucha-class large landing ship of the Russian Northern Fleet; moved to the Black Sea with other landing ships in early 2022.',
    },
    links: [{ rel: 'used-by', to: 'northern-fleet' }, { rel: 'related-to', to: 'ropucha-class' }],
  },
  {
    id: 'alexander-shabalin-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Alexander Schabalin', en: 'landing ship Alexander Shabalin', ru: 'Александр Шабалин' },
    aliases: ['Alexander Schabalin', 'Alexander Shabalin', 'Aleksandr Shabalin'],
    description: {
      de: 'Großes Landungsschiff der Ropucha-Klasse der russischen Baltischen Flotte.',
      en: 'Ropucha-class large landing ship of the Russian Baltic Fleet.',
    },
    links: [{ rel: 'used-by', to: 'baltic-fleet' }, { rel: 'related-to', to: 'ropucha-class' }],
  },
  {
    id: 'kaliningrad-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Kaliningrad', en: 'landing ship Kaliningrad', ru: 'Калининград' },
    aliases: ['Landungsschiff „Kaliningrad“', 'Kaliningrad landing ship'],
    description: {
      de: 'Großes Landungsschiff der Ropucha-Klasse der russischen Baltischen Flotte; Anfang 2022 ins Schwarze Meer verlegt.',
      en: 'Ropucha-class large landing ship of the Russian Baltic Fleet; moved to the Black Sea in early 2022.',
    },
    links: [{ rel: 'used-by', to: 'baltic-fleet' }, { rel: 'related-to', to: 'ropucha-class' }],
  },
  // Karakurt-class and further Buyan-M missile ships (Kalibr carriers).
  {
    id: 'sovetsk-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Raketenschiff Sowetsk', en: 'missile ship Sovetsk', ru: 'Советск' },
    aliases: ['Korvette Sowetsk', 'corvette Sovetsk'],
    guarded: ['Sowetsk', 'Sovetsk'],
    cues: SHIP_CUES.concat(['karakurt']),
    description: {
      de: 'Kleines Raketenschiff der Karakurt-Klasse (Projekt 22800) der russischen Baltischen Flotte, Träger von Kalibr-Marschflugkörpern.',
      en: 'Karakurt-class (Project 22800) small missile ship of the Russian Baltic Fleet, carrying Kalibr cruise missiles.',
    },
    links: [{ rel: 'variant-of', to: 'karakurt-class' }, { rel: 'used-by', to: 'baltic-fleet' }],
  },
  {
    id: 'odintsovo-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Raketenschiff Odinzowo', en: 'missile ship Odintsovo', ru: 'Одинцово' },
    aliases: ['Korvette Odinzowo', 'corvette Odintsovo'],
    guarded: ['Odinzowo', 'Odintsovo'],
    cues: SHIP_CUES.concat(['karakurt']),
    description: {
      de: 'Kleines Raketenschiff der Karakurt-Klasse (Projekt 22800) der russischen Baltischen Flotte, Träger von Kalibr-Marschflugkörpern.',
      en: 'Karakurt-class (Project 22800) small missile ship of the Russian Baltic Fleet, carrying Kalibr cruise missiles.',
    },
    links: [{ rel: 'variant-of', to: 'karakurt-class' }, { rel: 'used-by', to: 'baltic-fleet' }],
  },
  {
    id: 'uglich-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Raketenschiff Uglitsch', en: 'missile ship Uglich', ru: 'Углич' },
    aliases: ['Korvette Uglitsch', 'corvette Uglich'],
    guarded: ['Uglitsch', 'Uglich'],
    cues: SHIP_CUES,
    description: {
      de: 'Kleines Raketenschiff der Bujan-M-Klasse der Kaspischen Flottille, Träger von Kalibr-Marschflugkörpern.',
      en: 'Buyan-M-class small missile ship of the Caspian Flotilla, carrying Kalibr cruise missiles.',
    },
    links: [{ rel: 'variant-of', to: 'buyan-m-class' }, { rel: 'used-by', to: 'caspian-flotilla' }],
  },

  // ── Journalists killed in the war ──
  {
    id: 'bohdan-bitik',
    type: 'person',
    subtype: 'official',
    names: { de: 'Bohdan Bitik', en: 'Bohdan Bitik', uk: 'Богдан Бітік' },
    aliases: ['Bogdan Bitik'],
    description: {
      de: 'Ukrainischer Dolmetscher und Fixer, im April 2023 bei Cherson an der Seite eines Reporters der italienischen Zeitung La Repubblica von einem russischen Scharfschützen getötet.',
      en: 'Ukrainian interpreter and fixer, killed by a Russian sniper near Kherson in April 2023 while working with a reporter of Italy\'s La Repubblica.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }],
  },
  // ── Luhansk "People's Republic": the peers of Pasechnik ──
  {
    id: 'sergei-kozlov-lpr',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Sergej Koslow', en: 'Sergei Kozlov', ru: 'Сергей Козлов' },
    aliases: ['Sergey Kozlov', 'Sergei Koslow', 'Serhiy Kozlov'],
    description: {
      de: 'Regierungschef der von Russland kontrollierten „Volksrepublik Luhansk“ ab 2015.',
      en: 'Head of government of the Russian-controlled "Luhansk People\'s Republic" from 2015.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'luhansk-peoples-republic' }],
  },
  {
    id: 'denis-miroshnichenko',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Denis Miroschnitschenko', en: 'Denis Miroshnichenko', ru: 'Денис Мирошниченко' },
    aliases: ['Denys Miroshnychenko', 'Denis Miroshnychenko'],
    description: {
      de: 'Vorsitzender des Volksrats, des Parlaments der von Russland kontrollierten „Volksrepublik Luhansk“.',
      en: 'Chairman of the People\'s Council, the parliament of the Russian-controlled "Luhansk People\'s Republic".',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'luhansk-peoples-republic' }],
  },
  // ── Ukrainian Navy ──
  {
    id: 'yuri-olefirenko-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Jurij Olefirenko', en: 'landing ship Yuri Olefirenko', uk: 'Юрій Олефіренко' },
    aliases: ['Yuri Olefirenko', 'Yuriy Olefirenko', 'Jurij Olefirenko', 'Juri Olefirenko'],
    description: {
      de: 'Mittleres Landungsschiff der Polnocny-Klasse der ukrainischen Marine.',
      en: 'Polnocny-class medium landing ship of the Ukrainian Navy.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-navy' }],
  },
  // ── Further Russian ships hit or named around Snake Island and the Black Sea ──
  {
    id: 'vsevolod-bobrov-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Versorgungsschiff Wsewolod Bobrow', en: 'logistics ship Vsevolod Bobrov', ru: 'Всеволод Бобров' },
    aliases: ['Vsevolod Bobrov', 'Wsewolod Bobrow', 'Vsevolod Bobrow'],
    description: {
      de: 'Logistik- und Versorgungsschiff (Projekt 23120) der russischen Schwarzmeerflotte; die Ukraine meldete 2022 einen Treffer bei der Schlangeninsel.',
      en: 'Project 23120 logistics support ship of the Russian Black Sea Fleet; Ukraine reported hitting it near Snake Island in 2022.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }],
  },
  {
    id: 'vasily-bekh-tug', type: 'weapon', subtype: 'ship',
    names: { de: 'Schlepper Wassili Bech', en: 'tug Vasily Bekh', ru: 'Спасатель Василий Бех' },
    aliases: ['Spasatel Vasily Bekh', 'Spasatel Vasiliy Bekh', 'Vasily Bekh', 'Vasiliy Bekh', 'Wassili Bech', 'Spassatel Wassili Bech'],
    description: {
      de: 'Rettungsschlepper der russischen Schwarzmeerflotte, im Juni 2022 bei der Schlangeninsel von ukrainischen Harpoon-Seezielflugkörpern versenkt.',
      en: 'Rescue tug of the Russian Black Sea Fleet, sunk near Snake Island by Ukrainian Harpoon anti-ship missiles in June 2022.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'related-to', to: 'harpoon' }],
  },
  {
    id: 'priazovye-intelligence-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Aufklärungsschiff Priasowje', en: 'intelligence ship Priazovye', ru: 'Приазовье' },
    aliases: ['Aufklärungsschiff „Priasowje“', 'Priazovye intelligence ship', 'reconnaissance ship Priazovye'],
    guarded: ['Priasowje', 'Priazovye', 'Priazovie'],
    cues: ['aufklärungsschiff', 'spionageschiff', 'intelligence ship', 'reconnaissance ship', 'spy ship', 'schiff', 'ship', 'schwarzmeerflotte', 'black sea fleet'],
    description: {
      de: 'Fernmelde-Aufklärungsschiff der Wischnja-Klasse der russischen Schwarzmeerflotte.',
      en: 'Vishnya-class signals intelligence ship of the Russian Black Sea Fleet.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }],
  },
  {
    id: 'marshal-ustinov-cruiser', type: 'weapon', subtype: 'ship',
    names: { de: 'Raketenkreuzer Marschall Ustinow', en: 'missile cruiser Marshal Ustinov', ru: 'Маршал Устинов' },
    aliases: ['Marschall Ustinow', 'Marshal Ustinov', 'Kreuzer Marschall Ustinow', 'cruiser Marshal Ustinov'],
    description: {
      de: 'Raketenkreuzer der Slawa-Klasse der russischen Nordflotte, Schwesterschiff der 2022 versenkten „Moskwa“.',
      en: 'Slava-class missile cruiser of the Russian Northern Fleet, sister ship of the Moskva sunk in 2022.',
    },
    links: [{ rel: 'used-by', to: 'northern-fleet' }, { rel: 'related-to', to: 'moskva-cruiser' }],
  },
];
