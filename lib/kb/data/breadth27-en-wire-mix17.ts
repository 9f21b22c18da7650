// Twenty-seventh breadth round: a seventeenth random sample of English wire and newspaper reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Infantry anti-tank weapons of the Soviet and Russian families, met in reports from Ukraine, Gaza and Lebanon.
  {
    id: 'rpg-18', type: 'weapon',
    names: { de: 'RPG-18', en: 'RPG-18', ru: 'РПГ-18' },
    aliases: ['RPG-18 Mukha', 'RPG-18 Muha'],
    description: {
      de: 'Sowjetische Einweg-Panzerabwehrwaffe der 1970er Jahre, Vorbild späterer Einwegrohre; noch in Beständen Russlands und der Ukraine.',
      en: 'Soviet single-use anti-tank rocket launcher of the 1970s; still held in Russian and Ukrainian stocks.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },
  {
    id: 'rpg-22', type: 'weapon',
    names: { de: 'RPG-22', en: 'RPG-22', ru: 'РПГ-22' },
    aliases: ['RPG-22 Netto'],
    description: {
      de: 'Sowjetische Einweg-Panzerabwehrwaffe im Kaliber 72,5 mm, Nachfolger der RPG-18.',
      en: 'Soviet single-use 72.5 mm anti-tank rocket launcher, successor of the RPG-18.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },
  {
    id: 'rpg-26', type: 'weapon',
    names: { de: 'RPG-26', en: 'RPG-26', ru: 'РПГ-26' },
    aliases: ['RPG-26 Aglen'],
    description: {
      de: 'Sowjetische Einweg-Panzerabwehrwaffe im Kaliber 72,5 mm, bei russischen und ukrainischen Truppen verbreitet.',
      en: 'Soviet single-use 72.5 mm anti-tank rocket launcher, common with Russian and Ukrainian troops.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'instance-of', to: 'anti-tank-missile' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'rpg-28', type: 'weapon',
    names: { de: 'RPG-28', en: 'RPG-28', ru: 'РПГ-28' },
    aliases: ['RPG-28 Klyukva', 'RPG-28 Kljukwa'],
    description: {
      de: 'Russische Einweg-Panzerabwehrwaffe im Kaliber 125 mm mit Tandemladung gegen reaktive Panzerung.',
      en: 'Russian single-use 125 mm anti-tank rocket launcher with a tandem warhead against reactive armour.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'instance-of', to: 'anti-tank-missile' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'rpg-29', type: 'weapon',
    names: { de: 'RPG-29', en: 'RPG-29', ru: 'РПГ-29' },
    aliases: ['RPG-29 Vampir', 'RPG-29 Wampir'],
    description: {
      de: 'Sowjetische wiederverwendbare Panzerbüchse mit Tandemgefechtskopf; von der Hisbollah 2006 gegen israelische Panzer eingesetzt.',
      en: 'Soviet reusable anti-tank launcher with a tandem warhead; used by Hezbollah against Israeli tanks in 2006.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'instance-of', to: 'anti-tank-missile' }, { rel: 'used-by', to: 'hezbollah' }],
  },
  {
    id: 'rpg-32', type: 'weapon',
    names: { de: 'RPG-32', en: 'RPG-32', ru: 'РПГ-32' },
    aliases: ['RPG-32 Hashim', 'RPG-32 Barkas'],
    description: {
      de: 'Russische Panzerbüchse, gemeinsam mit Jordanien entwickelt und dort als Hashim gebaut.',
      en: 'Russian anti-tank launcher, developed together with Jordan and built there as the Hashim.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'made-by', to: 'jordan' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },
  {
    id: 'rpo-a-shmel', type: 'weapon',
    names: { de: 'RPO-A Schmel', en: 'RPO-A Shmel', ru: 'РПО-А «Шмель»' },
    aliases: ['RPO-A', 'RPO-A Schmel', 'RPO Shmel'],
    guarded: ['Shmel', 'Schmel'],
    cues: ['thermobar', 'flamethrower', 'flammenwerfer', 'rocket launcher', 'raketenwerfer', 'launcher', 'werfer', 'infantry', 'infanterie', 'rpo'],
    description: {
      de: 'Sowjetischer Einweg-Raketenwerfer mit thermobarischem Gefechtskopf, als „Infanterie-Flammenwerfer“ geführt; in der Ukraine von beiden Seiten eingesetzt.',
      en: 'Soviet single-use rocket launcher with a thermobaric warhead, classed as an infantry flamethrower; used by both sides in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'spg-9', type: 'weapon', subtype: 'artillery',
    names: { de: 'SPG-9', en: 'SPG-9', ru: 'СПГ-9' },
    aliases: ['SPG-9 Kopyo', 'SPG-9M', 'SPG-9 recoilless rifle', 'SPG-9 recoilless gun'],
    description: {
      de: 'Sowjetisches rückstoßfreies 73-mm-Geschütz auf Dreibein, bei Armeen und Milizen von der Ukraine bis Syrien verbreitet.',
      en: 'Soviet 73 mm tripod-mounted recoilless gun, widespread among armies and militias from Ukraine to Syria.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: '9k111-fagot', type: 'weapon',
    names: { de: '9K111 Fagot', en: '9K111 Fagot', ru: '9К111 «Фагот»' },
    aliases: ['Fagot ATGM', 'Fagot anti-tank missile', 'AT-4 Spigot', 'Fagot-Panzerabwehrrakete'],
    // A slur in English: only beside a weapons word.
    guarded: ['Fagot'],
    cues: ['atgm', 'anti-tank', 'antitank', 'panzerabwehr', 'missile', 'rakete', 'launcher', 'konkurs', 'kornet', 'guided'],
    description: {
      de: 'Sowjetische drahtgelenkte Panzerabwehrrakete der 1970er Jahre, auch von Milizen im Nahen Osten genutzt.',
      en: 'Soviet wire-guided anti-tank missile of the 1970s, also in the hands of Middle Eastern militias.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'instance-of', to: 'anti-tank-missile' }],
  },
  {
    id: '9k115-metis', type: 'weapon',
    names: { de: '9K115 Metis', en: '9K115 Metis', ru: '9К115 «Метис»' },
    aliases: ['Metis-M', 'Metis-M1', '9K115-2 Metis-M', 'AT-7 Saxhorn', 'AT-13 Saxhorn-2', 'Metis ATGM', 'Metis anti-tank missile'],
    guarded: ['Metis'],
    cues: ['atgm', 'anti-tank', 'antitank', 'panzerabwehr', 'missile', 'rakete', 'launcher', 'hezbollah', 'hisbollah', 'kornet', 'konkurs', 'guided'],
    description: {
      de: 'Sowjetische und russische tragbare Panzerabwehrrakete; die Hisbollah setzte die Version Metis-M 2006 und seit 2023 gegen Israel ein.',
      en: 'Soviet and Russian man-portable anti-tank missile; Hezbollah fired the Metis-M version at Israel in 2006 and again from 2023.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'instance-of', to: 'anti-tank-missile' }, { rel: 'used-by', to: 'hezbollah' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'mt-12-rapira', type: 'weapon', subtype: 'artillery',
    names: { de: 'MT-12 Rapira', en: 'MT-12 Rapira', ru: 'МТ-12 «Рапира»' },
    aliases: ['MT-12', 'Rapira anti-tank gun', 'MT-12 anti-tank gun', 'Rapira-Panzerabwehrkanone'],
    guarded: ['Rapira'],
    cues: ['gun', 'kanone', 'anti-tank', 'panzerabwehr', '100mm', '100-mm', 'artillery', 'artillerie'],
    description: {
      de: 'Sowjetische gezogene 100-mm-Panzerabwehrkanone, in der Ukraine von beiden Seiten auch als Feldgeschütz genutzt.',
      en: 'Soviet towed 100 mm anti-tank gun, used by both sides in Ukraine also as a field gun.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  // Machine guns, rifles and grenade launchers of both sides.
  {
    id: 'pkm-machine-gun', type: 'weapon',
    names: { de: 'PKM', en: 'PKM', ru: 'ПКМ' },
    aliases: ['PKM machine gun', 'PK machine gun', 'PKM-Maschinengewehr', 'Kalashnikov PKM'],
    description: {
      de: 'Sowjetisches 7,62-mm-Mehrzweck-Maschinengewehr von Kalaschnikow, Standard-MG russischer und ukrainischer Truppen und vieler Milizen.',
      en: 'Soviet 7.62 mm general-purpose machine gun by Kalashnikov, standard with Russian and Ukrainian troops and many militias.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'pkp-pecheneg', type: 'weapon',
    names: { de: 'PKP Petscheneg', en: 'PKP Pecheneg', ru: 'ПКП «Печенег»' },
    aliases: ['PKP Pecheneg machine gun', 'Pecheneg machine gun'],
    guarded: ['Pecheneg', 'Petscheneg'],
    cues: ['machine gun', 'maschinengewehr', 'gun', 'mg', 'rifle', 'kalashnikov', 'pkm'],
    description: {
      de: 'Russisches 7,62-mm-Maschinengewehr, aus dem PKM weiterentwickelt.',
      en: 'Russian 7.62 mm machine gun developed from the PKM.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'dshk', type: 'weapon',
    names: { de: 'DSchK', en: 'DShK', ru: 'ДШК' },
    aliases: ['DShKM', 'DShK machine gun', 'DShK heavy machine gun'],
    guarded: ['Dushka'],
    cues: ['machine gun', 'maschinengewehr', 'gun', 'calibre', 'caliber', 'kaliber', 'technical', 'pickup'],
    description: {
      de: 'Sowjetisches schweres 12,7-mm-Maschinengewehr („Duschka“), oft auf Pick-ups von Milizen in Syrien, Jemen und Libyen.',
      en: 'Soviet 12.7 mm heavy machine gun ("Dushka"), often mounted on militia pickups in Syria, Yemen and Libya.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }],
  },
  {
    id: 'kpv-machine-gun', type: 'weapon',
    names: { de: 'KPW', en: 'KPV', ru: 'КПВ' },
    aliases: ['KPVT', 'KPV heavy machine gun', 'KPV machine gun', 'KPVT machine gun', 'KPWT'],
    description: {
      de: 'Sowjetisches schweres 14,5-mm-Maschinengewehr; als KPWT Turmwaffe des BTR-80 und anderer Radpanzer.',
      en: 'Soviet 14.5 mm heavy machine gun; as the KPVT the turret gun of the BTR-80 and other wheeled vehicles.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }],
  },
  {
    id: 'ak-74', type: 'weapon',
    names: { de: 'AK-74', en: 'AK-74', ru: 'АК-74' },
    aliases: ['AK-74M', 'AKS-74', 'AKS-74U', 'AK 74', 'AK74'],
    description: {
      de: 'Sowjetisches Sturmgewehr im Kaliber 5,45 mm, Standardwaffe der russischen und lange auch der ukrainischen Armee.',
      en: 'Soviet 5.45 mm assault rifle, standard arm of the Russian army and long of Ukraine’s too.',
    },
    links: [{ rel: 'made-by', to: 'kalashnikov-concern' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'ak-12', type: 'weapon',
    names: { de: 'AK-12', en: 'AK-12', ru: 'АК-12' },
    aliases: ['AK-12 rifle', 'AK-12 assault rifle', 'AK 12'],
    description: {
      de: 'Russisches Sturmgewehr des Kalaschnikow-Konzerns, seit 2018 bei der russischen Armee eingeführt.',
      en: 'Russian assault rifle from Kalashnikov Concern, introduced in the Russian army from 2018.',
    },
    links: [{ rel: 'made-by', to: 'kalashnikov-concern' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'svd-dragunov', type: 'weapon',
    names: { de: 'SWD Dragunow', en: 'SVD Dragunov', ru: 'СВД' },
    aliases: ['Dragunov sniper rifle', 'Dragunow-Scharfschützengewehr', 'SVD sniper rifle', 'SVD Dragunow'],
    guarded: ['Dragunov', 'Dragunow'],
    cues: ['rifle', 'gewehr', 'sniper', 'scharfschütz', 'marksman'],
    description: {
      de: 'Sowjetisches halbautomatisches Scharfschützengewehr im Kaliber 7,62 mm, bei Armeen und Milizen weit verbreitet.',
      en: 'Soviet 7.62 mm semi-automatic marksman rifle, widespread among armies and militias.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }],
  },
  {
    id: 'vss-vintorez', type: 'weapon',
    names: { de: 'WSS Wintores', en: 'VSS Vintorez', ru: 'ВСС «Винторез»' },
    aliases: ['VSS Vintorez rifle'],
    guarded: ['Vintorez', 'Wintores'],
    cues: ['rifle', 'gewehr', 'sniper', 'scharfschütz', 'suppressed', 'schalldämpf', 'special forces', 'spezialkräfte'],
    description: {
      de: 'Sowjetisches schallgedämpftes Scharfschützengewehr der Spezialkräfte.',
      en: 'Soviet suppressed sniper rifle of special forces.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }],
  },
  {
    id: 'asvk-kord', type: 'weapon',
    names: { de: 'ASWK', en: 'ASVK', ru: 'АСВК' },
    aliases: ['ASVK Kord', 'ASVK rifle', 'ASVK-M'],
    description: {
      de: 'Russisches 12,7-mm-Anti-Materiel-Gewehr des Degtjarjow-Werks, bei russischen Scharfschützen in der Ukraine im Einsatz.',
      en: 'Russian 12.7 mm anti-materiel rifle from the Degtyaryov plant, used by Russian snipers in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'ags-17', type: 'weapon',
    names: { de: 'AGS-17', en: 'AGS-17', ru: 'АГС-17' },
    aliases: ['AGS-17 Plamya', 'AGS-17 grenade launcher'],
    description: {
      de: 'Sowjetischer automatischer 30-mm-Granatwerfer; seine VOG-17-Granaten werfen beide Seiten in der Ukraine auch von Drohnen ab.',
      en: 'Soviet 30 mm automatic grenade launcher; both sides in Ukraine also drop its VOG-17 grenades from drones.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'ags-30', type: 'weapon',
    names: { de: 'AGS-30', en: 'AGS-30', ru: 'АГС-30' },
    aliases: ['AGS-30 Atlant', 'AGS-30 grenade launcher'],
    description: {
      de: 'Russischer leichter automatischer 30-mm-Granatwerfer, Nachfolger des AGS-17.',
      en: 'Russian lightweight 30 mm automatic grenade launcher, successor of the AGS-17.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'vog-17', type: 'weapon',
    names: { de: 'VOG-17', en: 'VOG-17', ru: 'ВОГ-17' },
    aliases: ['VOG-17M', 'WOG-17', 'VOG-17 grenade'],
    description: {
      de: 'Sowjetische 30-mm-Splittergranate des AGS-17; in der Ukraine vielfach umgebaut und von Drohnen abgeworfen.',
      en: 'Soviet 30 mm fragmentation grenade of the AGS-17; in Ukraine widely modified and dropped from drones.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'related-to', to: 'ags-17' }],
  },
  {
    id: 'vog-25', type: 'weapon',
    names: { de: 'VOG-25', en: 'VOG-25', ru: 'ВОГ-25' },
    aliases: ['VOG-25P', 'WOG-25', 'VOG-25 grenade'],
    description: {
      de: 'Sowjetische 40-mm-Granate für Unterlauf-Granatwerfer; in der Ukraine häufig als Drohnen-Abwurfmunition umgebaut.',
      en: 'Soviet 40 mm grenade for under-barrel launchers; in Ukraine often converted into a drone-dropped munition.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }],
  },
  {
    id: 'm2-browning', type: 'weapon',
    names: { de: 'M2 Browning', en: 'M2 Browning', },
    aliases: ['Browning M2', 'M2HB', 'M2 Browning machine gun', 'Browning M2 machine gun'],
    description: {
      de: 'US-amerikanisches schweres 12,7-mm-Maschinengewehr, seit den 1930er Jahren im Dienst; an die Ukraine geliefert.',
      en: 'American 12.7 mm heavy machine gun in service since the 1930s; supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'us-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'mk-19-grenade-launcher', type: 'weapon',
    names: { de: 'Mk 19', en: 'Mk 19', },
    aliases: ['Mk 19 grenade launcher', 'Mark 19 grenade launcher', 'Mk19 grenade launcher', 'Mk 19 automatic grenade launcher'],
    description: {
      de: 'US-amerikanischer automatischer 40-mm-Granatwerfer; Teil der US-Militärhilfe für die Ukraine.',
      en: 'American 40 mm automatic grenade launcher; part of US military aid to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'us-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'fn-mag', type: 'weapon',
    names: { de: 'FN MAG', en: 'FN MAG' },
    aliases: ['FN MAG machine gun', 'MAG 58'],
    description: {
      de: 'Belgisches 7,62-mm-Mehrzweck-Maschinengewehr von FN Herstal, in vielen NATO-Armeen und der Ukraine im Einsatz.',
      en: 'Belgian 7.62 mm general-purpose machine gun by FN Herstal, in service with many NATO armies and Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'belgium' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'm240-machine-gun', type: 'weapon',
    names: { de: 'M240', en: 'M240' },
    aliases: ['M240 machine gun', 'M240B', 'M240L', 'M240B machine gun'],
    description: {
      de: 'US-Version des FN-MAG-Maschinengewehrs, Standard-MG der US-Streitkräfte.',
      en: 'US version of the FN MAG machine gun, the standard medium machine gun of the US forces.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'variant-of', to: 'fn-mag' }, { rel: 'used-by', to: 'us-armed-forces' }],
  },
  {
    id: 'm4-carbine', type: 'weapon',
    names: { de: 'M4-Karabiner', en: 'M4 carbine' },
    aliases: ['M4A1 carbine', 'M4 rifle', 'M4A1 rifle', 'M4-Sturmgewehr'],
    description: {
      de: 'US-amerikanischer Karabiner im Kaliber 5,56 mm, Standardwaffe der US-Streitkräfte und der israelischen Armee.',
      en: 'American 5.56 mm carbine, standard arm of the US forces and of the Israeli army.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'us-armed-forces' }, { rel: 'used-by', to: 'idf' }],
  },
  // Mortars of the Soviet family.
  {
    id: '2b14-podnos', type: 'weapon', subtype: 'artillery',
    names: { de: '2B14 Podnos', en: '2B14 Podnos', ru: '2Б14 «Поднос»' },
    aliases: ['2B14', '2B14 mortar', 'Podnos mortar', 'Podnos-Mörser'],
    guarded: ['Podnos'],
    cues: ['mortar', 'mörser', 'granatwerfer', '82mm', '82-mm', '82 mm'],
    description: {
      de: 'Sowjetischer leichter 82-mm-Mörser, bei russischen und ukrainischen Truppen verbreitet.',
      en: 'Soviet light 82 mm mortar, common with Russian and Ukrainian troops.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: '2s12-sani', type: 'weapon', subtype: 'artillery',
    names: { de: '2S12 Sani', en: '2S12 Sani', ru: '2С12 «Сани»' },
    aliases: ['2S12', '2B11 mortar', '2S12 mortar'],
    description: {
      de: 'Sowjetisches 120-mm-Mörsersystem (Mörser 2B11 mit Transportfahrzeug), von beiden Seiten in der Ukraine genutzt.',
      en: 'Soviet 120 mm mortar system (the 2B11 mortar with its vehicle), used by both sides in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'used-by', to: 'russian-armed-forces' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: '2b9-vasilek', type: 'weapon', subtype: 'artillery',
    names: { de: '2B9 Wasiljok', en: '2B9 Vasilek', ru: '2Б9 «Василёк»' },
    aliases: ['2B9', '2B9 Vasilyok', '2B9 automatic mortar', 'Vasilek automatic mortar'],
    guarded: ['Vasilek', 'Vasilyok', 'Wasiljok'],
    cues: ['mortar', 'mörser', '82mm', '82-mm', '82 mm', 'automatic'],
    description: {
      de: 'Sowjetischer automatischer 82-mm-Mörser, der Magazine mit vier Granaten verschießt.',
      en: 'Soviet 82 mm automatic mortar firing four-round clips.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }],
  },
  // Mines.
  {
    id: 'pfm-1-mine', type: 'weapon',
    names: { de: 'PFM-1', en: 'PFM-1', ru: 'ПФМ-1' },
    aliases: ['PFM-1S', 'PFM-1 mine', 'PFM-1 butterfly mine', 'Schmetterlingsmine', 'Schmetterlingsminen', 'butterfly mine', 'butterfly mines', 'petal mine', 'petal mines'],
    description: {
      de: 'Sowjetische verstreubare Antipersonenmine („Schmetterlingsmine“), von Raketenwerfern verschossen; laut Human Rights Watch in der Ukraine eingesetzt.',
      en: 'Soviet scatterable anti-personnel "butterfly" mine delivered by rocket launchers; reported used in Ukraine by Human Rights Watch.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }],
  },
  {
    id: 'pom-2-mine', type: 'weapon',
    names: { de: 'POM-2', en: 'POM-2', ru: 'ПОМ-2' },
    aliases: ['POM-2R', 'POM-2 mine', 'POM-2 Otek'],
    description: {
      de: 'Sowjetische verstreubare Splitter-Antipersonenmine mit Stolperdrähten, in der Ukraine aus der Luft und per Rakete verlegt.',
      en: 'Soviet scatterable fragmentation anti-personnel mine with tripwires, laid in Ukraine by rockets and from the air.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }],
  },
  {
    id: 'pom-3-mine', type: 'weapon',
    names: { de: 'POM-3', en: 'POM-3', ru: 'ПОМ-3' },
    aliases: ['POM-3 Medallion', 'POM-3 Medalyon', 'POM-3 mine'],
    description: {
      de: 'Russische verstreubare Springmine mit seismischem Zünder, von Russland in der Ukraine eingesetzt.',
      en: 'Russian scatterable bounding mine with a seismic fuze, used by Russia in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'mon-50-mine', type: 'weapon',
    names: { de: 'MON-50', en: 'MON-50', ru: 'МОН-50' },
    aliases: ['MON-50 mine', 'MON-90', 'MON-100'],
    description: {
      de: 'Sowjetische gerichtete Splittermine nach dem Vorbild der US-Claymore; die größeren MON-90 und MON-100 folgen demselben Prinzip.',
      en: 'Soviet directional fragmentation mine modelled on the US Claymore; the larger MON-90 and MON-100 work the same way.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }],
  },
  {
    id: 'ozm-72-mine', type: 'weapon',
    names: { de: 'OZM-72', en: 'OZM-72', ru: 'ОЗМ-72' },
    aliases: ['OZM-72 mine', 'OZM-4'],
    description: {
      de: 'Sowjetische Splitter-Springmine, die vor der Detonation etwa einen Meter hochspringt.',
      en: 'Soviet bounding fragmentation mine that jumps about a metre before it explodes.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }],
  },
  // Vehicles: Soviet stock and Western deliveries to Ukraine.
  {
    id: 'btr-70', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'BTR-70', en: 'BTR-70', ru: 'БТР-70' },
    aliases: ['BTR-70M'],
    description: {
      de: 'Sowjetischer achträdriger Schützenpanzerwagen der 1970er Jahre, Vorgänger des BTR-80.',
      en: 'Soviet eight-wheeled armoured personnel carrier of the 1970s, predecessor of the BTR-80.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'bmd-2', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'BMD-2', en: 'BMD-2', ru: 'БМД-2' },
    aliases: ['BMD-1', 'BMD-1P'],
    description: {
      de: 'Sowjetische luftlandefähige Schützenpanzer (BMD-1, BMD-2) der russischen Luftlandetruppen, in der Ukraine in großer Zahl verloren.',
      en: 'Soviet air-droppable infantry fighting vehicles (BMD-1, BMD-2) of Russia’s airborne troops, lost in large numbers in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'ural-4320', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Ural-4320', en: 'Ural-4320', ru: 'Урал-4320' },
    aliases: ['Ural-4320 truck', 'Ural 4320'],
    description: {
      de: 'Sowjetischer und russischer geländegängiger Militär-Lkw, Träger des Grad-Raketenwerfers und vieler Nachschubkolonnen.',
      en: 'Soviet and Russian off-road military truck, carrier of the Grad launcher and of many supply convoys.',
    },
    links: [{ rel: 'made-by', to: 'russia' }, { rel: 'used-by', to: 'russian-armed-forces' }],
  },
  {
    id: 'gaz-66', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'GAZ-66', en: 'GAZ-66', ru: 'ГАЗ-66' },
    aliases: ['GAZ-66 truck'],
    description: {
      de: 'Sowjetischer geländegängiger Lkw mit Allradantrieb, bei beiden Seiten in der Ukraine noch im Dienst.',
      en: 'Soviet four-wheel-drive off-road truck, still in service with both sides in Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }],
  },
  {
    id: 'm1117-guardian', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'M1117 Guardian', en: 'M1117 Guardian' },
    aliases: ['M1117', 'M1117 armored security vehicle', 'M1117 ASV'],
    description: {
      de: 'US-amerikanischer gepanzerter Radwagen der Militärpolizei, von den USA an die Ukraine geliefert.',
      en: 'American wheeled armoured security vehicle of the military police, supplied by the US to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'sisu-xa-180', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Sisu XA-180', en: 'Sisu XA-180' },
    aliases: ['XA-180', 'Patria XA-180', 'XA-180 Pasi'],
    description: {
      de: 'Finnischer sechsrädriger Transportpanzer („Pasi“), aus nordischen und baltischen Beständen an die Ukraine abgegeben.',
      en: 'Finnish six-wheeled armoured personnel carrier ("Pasi"), given to Ukraine from Nordic and Baltic stocks.',
    },
    links: [{ rel: 'made-by', to: 'finland' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'bvs10-viking', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'BvS10 Viking', en: 'BvS10 Viking' },
    aliases: ['BvS10', 'BvS 10', 'BvS10 Viking amphibious vehicle'],
    description: {
      de: 'Schwedisches gepanzertes Gelenk-Kettenfahrzeug von BAE Systems Hägglunds; Großbritannien und die Niederlande lieferten es an die Ukraine.',
      en: 'Swedish articulated armoured tracked vehicle by BAE Systems Hägglunds; Britain and the Netherlands supplied it to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'sweden' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'foxhound-vehicle', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Foxhound', en: 'Foxhound' },
    aliases: ['Foxhound patrol vehicle', 'Foxhound armoured vehicle', 'Foxhound vehicles'],
    guarded: ['Foxhound'],
    cues: ['vehicle', 'fahrzeug', 'armoured', 'armored', 'gepanzert', 'patrol', 'jackal', 'mastiff', 'husky', 'british', 'briti', 'delivered', 'geliefert', 'ukrain'],
    description: {
      de: 'Britisches minengeschütztes Patrouillenfahrzeug, aus britischen Beständen an die Ukraine geliefert.',
      en: 'British mine-protected patrol vehicle, supplied to Ukraine from British stocks.',
    },
    links: [{ rel: 'made-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'jackal-vehicle', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Jackal', en: 'Jackal' },
    aliases: ['Jackal patrol vehicle', 'Jackal armoured vehicle', 'Jackal vehicles', 'Jackal 2'],
    guarded: ['Jackal'],
    cues: ['vehicle', 'fahrzeug', 'armoured', 'armored', 'gepanzert', 'patrol', 'foxhound', 'mastiff', 'husky', 'british', 'briti'],
    description: {
      de: 'Britisches leicht gepanzertes Aufklärungs- und Patrouillenfahrzeug, auch an die Ukraine geliefert.',
      en: 'British lightly armoured reconnaissance and patrol vehicle, also supplied to Ukraine.',
    },
    links: [{ rel: 'made-by', to: 'united-kingdom' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'iveco-lmv', type: 'weapon', subtype: 'armoured-vehicle',
    names: { de: 'Iveco LMV', en: 'Iveco LMV' },
    aliases: ['Iveco Lince', 'LMV Lince', 'Iveco LMV Lince'],
    description: {
      de: 'Italienisches leichtes gepanzertes Mehrzweckfahrzeug (Lince), von Italien an die Ukraine geliefert und in Russland als Rys lizenzgebaut.',
      en: 'Italian light multirole armoured vehicle (Lince), supplied by Italy to Ukraine and licence-built in Russia as the Rys.',
    },
    links: [{ rel: 'made-by', to: 'italy' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 't-72m1', type: 'weapon', subtype: 'tank',
    names: { de: 'T-72M1', en: 'T-72M1', ru: 'Т-72М1' },
    aliases: ['T-72M1R', 'T-72M'],
    description: {
      de: 'Exportversion des sowjetischen T-72, von Polen und Tschechien 2022 zu Hunderten an die Ukraine abgegeben.',
      en: 'Export version of the Soviet T-72, given to Ukraine by Poland and the Czech Republic by the hundreds in 2022.',
    },
    links: [{ rel: 'made-by', to: 'soviet-union' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'm-55s-tank', type: 'weapon', subtype: 'tank',
    names: { de: 'M-55S', en: 'M-55S' },
    aliases: ['M-55 S', 'M55S', 'M-55S tank'],
    description: {
      de: 'Slowenische Modernisierung des T-55-Panzers; Slowenien gab 2022 rund 28 Stück an die Ukraine ab.',
      en: 'Slovenian upgrade of the T-55 tank; Slovenia gave about 28 of them to Ukraine in 2022.',
    },
    links: [{ rel: 'made-by', to: 'slovenia' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  // Gaza's health officials and hospitals, and the UN's people there.
  {
    id: 'youssef-abu-al-rish', type: 'person', subtype: 'official',
    names: { de: 'Jussef Abu al-Risch', en: 'Youssef Abu al-Rish', ar: 'يوسف أبو الريش' },
    aliases: ['Youssef Abu al-Reesh', 'Yousef Abu al-Rish', 'Yousef Abu Al-Reesh', 'Youssef Abu Al Rish', 'Youssef Abu al-Reish', 'Youssef Abu Rish', 'Yusuf Abu al-Rish', 'Youssef Abu Reesh'],
    description: {
      de: 'Arzt und stellvertretender Gesundheitsminister der Hamas-Verwaltung im Gazastreifen, seit Mitte der 2010er Jahre eine ihrer Stimmen zur Lage der Krankenhäuser.',
      en: 'Physician and deputy health minister of the Hamas-run administration in Gaza, one of its voices on the state of the hospitals since the mid-2010s.',
    },
    links: [{ rel: 'citizen-of', to: 'palestine' }, { rel: 'member-of', to: 'gaza-health-ministry' }],
  },
  {
    id: 'mohammed-zaqout', type: 'person', subtype: 'official',
    names: { de: 'Mohammed Sakut', en: 'Mohammed Zaqout', ar: 'محمد زقوت' },
    aliases: ['Mohammed Zaqout', 'Muhammad Zaqout', 'Mohammad Zaqout', 'Mohammed Zakout', 'Mohammed Zaqqout', 'Mohammed Zaqut'],
    description: {
      de: 'Generaldirektor der Krankenhäuser im Gesundheitsministerium des Gazastreifens, im Krieg häufig zitiert zu Treibstoffmangel und zerstörten Kliniken.',
      en: 'Director general of hospitals at the Gaza health ministry, often quoted during the war on fuel shortages and destroyed hospitals.',
    },
    links: [{ rel: 'citizen-of', to: 'palestine' }, { rel: 'member-of', to: 'gaza-health-ministry' }],
  },
  {
    id: 'thomas-white-unrwa', type: 'person', subtype: 'official',
    names: { de: 'Thomas White', en: 'Thomas White' },
    // A common name (also a former US Army secretary): only beside UNRWA or Gaza.
    guarded: ['Thomas White', 'Tom White'],
    cues: ['unrwa', 'gaza', 'gazastreifen', 'palestin', 'palästin', 'refugee', 'flüchtling', 'un agency', 'un-hilfswerk', 'khan younis', 'chan junis', 'rafah'],
    description: {
      de: 'Leiter der UNRWA-Angelegenheiten im Gazastreifen in den ersten Kriegsmonaten 2023/24, oft zitiert zu Angriffen auf UN-Schulen und Notunterkünfte.',
      en: 'UNRWA’s director of affairs in Gaza in the first months of the 2023–24 war, often quoted on strikes on UN schools and shelters.',
    },
    links: [{ rel: 'member-of', to: 'unrwa' }],
  },
  {
    id: 'al-amal-hospital-khan-younis', type: 'organization', subtype: 'government-body',
    names: { de: 'Al-Amal-Krankenhaus', en: 'Al-Amal Hospital', ar: 'مستشفى الأمل' },
    aliases: ['al-Amal Hospital', 'al-Amal hospital', 'Al Amal Hospital', 'Al-Amal hospital', 'Amal Hospital', 'Al-Amal-Klinik'],
    description: {
      de: 'Krankenhaus des Palästinensischen Roten Halbmonds in Chan Junis, 2024 von israelischen Truppen belagert und durchsucht.',
      en: 'Palestine Red Crescent hospital in Khan Younis, besieged and raided by Israeli troops in 2024.',
    },
    links: [{ rel: 'related-to', to: 'palestine' }, { rel: 'part-of', to: 'palestine-red-crescent-society' }],
  },
  {
    id: 'al-quds-hospital-gaza', type: 'organization', subtype: 'government-body',
    names: { de: 'Al-Quds-Krankenhaus', en: 'Al-Quds Hospital', ar: 'مستشفى القدس' },
    aliases: ['al-Quds Hospital', 'al-Quds hospital', 'Al Quds Hospital', 'Al-Quds hospital', 'Al-Quds-Klinik'],
    description: {
      de: 'Krankenhaus des Palästinensischen Roten Halbmonds in Tal al-Hawa in Gaza-Stadt, im November 2023 nach Kämpfen geräumt.',
      en: 'Palestine Red Crescent hospital in Tal al-Hawa, Gaza City, evacuated in November 2023 after fighting around it.',
    },
    links: [{ rel: 'related-to', to: 'palestine' }, { rel: 'part-of', to: 'palestine-red-crescent-society' }],
  },
  {
    id: 'kuwaiti-hospital-rafah', type: 'organization', subtype: 'government-body',
    names: { de: 'Kuwaitisches Krankenhaus', en: 'Kuwaiti Hospital' },
    aliases: ['Kuwait Hospital', 'Kuwaiti hospital', 'Kuwaiti Specialised Hospital', 'Kuwaiti Specialized Hospital', 'Kuwait Specialized Hospital', 'Kuwaiti-Krankenhaus'],
    description: {
      de: 'Kleines Krankenhaus in Rafah im Süden des Gazastreifens, zeitweise eines der letzten arbeitenden der Stadt.',
      en: 'Small hospital in Rafah in the southern Gaza Strip, at times one of the last working ones in the city.',
    },
    links: [{ rel: 'related-to', to: 'palestine' }],
  },
  {
    id: 'turkish-palestinian-friendship-hospital', type: 'organization', subtype: 'government-body',
    names: { de: 'Türkisch-Palästinensisches Freundschaftskrankenhaus', en: 'Turkish-Palestinian Friendship Hospital' },
    aliases: ['Turkish Palestinian Friendship Hospital', 'Turkish-Palestinian Friendship Hospital in Gaza', 'Turkish Friendship Hospital', 'Turkish hospital in Gaza'],
    description: {
      de: 'Von der Türkei gebautes Krebskrankenhaus im zentralen Gazastreifen, das einzige spezialisierte für Krebspatienten; im Krieg außer Betrieb gesetzt und 2025 von Israel zerstört.',
      en: 'Turkish-built cancer hospital in the central Gaza Strip, the only one for cancer patients; put out of service in the war and destroyed by Israel in 2025.',
    },
    links: [{ rel: 'related-to', to: 'palestine' }, { rel: 'related-to', to: 'turkey' }],
  },
  {
    id: 'alhurra', type: 'organization', subtype: 'news-agency',
    names: { de: 'Alhurra', en: 'Alhurra', ar: 'الحرة' },
    aliases: ['Al-Hurra', 'Al Hurra', 'Alhurra TV', 'Al-Hurra TV', 'Alhurra television'],
    description: {
      de: 'Von der US-Regierung finanzierter arabischsprachiger Fernsehsender mit Sitz in Virginia, 2025 nach Kürzungen stark eingeschränkt.',
      en: 'US government-funded Arabic-language television channel based in Virginia, sharply cut back in 2025.',
    },
    links: [{ rel: 'related-to', to: 'united-states' }],
  },
  // Doctors and UN staff quoted on Gaza.
  {
    id: 'mads-gilbert', type: 'person', subtype: 'official',
    names: { de: 'Mads Gilbert', en: 'Mads Gilbert' },
    description: {
      de: 'Norwegischer Notfallmediziner, der in mehreren Gaza-Kriegen im Schifa-Krankenhaus arbeitete; Israel verweigert ihm seit 2014 die Einreise nach Gaza.',
      en: 'Norwegian emergency physician who worked at al-Shifa hospital during several Gaza wars; barred by Israel from entering Gaza since 2014.',
    },
    links: [{ rel: 'citizen-of', to: 'norway' }],
  },
  {
    id: 'akihiro-seita', type: 'person', subtype: 'official',
    names: { de: 'Akihiro Seita', en: 'Akihiro Seita' },
    description: {
      de: 'Japanischer Arzt, Gesundheitsdirektor des UN-Palästinenserhilfswerks UNRWA.',
      en: 'Japanese physician, director of health at the UN agency for Palestinian refugees, UNRWA.',
    },
    links: [{ rel: 'citizen-of', to: 'japan' }, { rel: 'member-of', to: 'unrwa' }],
  },
  {
    id: 'gemma-connell', type: 'person', subtype: 'official',
    names: { de: 'Gemma Connell', en: 'Gemma Connell' },
    description: {
      de: 'Mitarbeiterin des UN-Nothilfebüros OCHA, 2024 Teamleiterin in Gaza und oft zitierte Zeugin der Lage in Rafah.',
      en: 'Official of the UN humanitarian office OCHA, its team lead in Gaza in 2024 and an often-quoted witness of conditions in Rafah.',
    },
    links: [{ rel: 'related-to', to: 'united-nations' }],
  },
  // Western munitions missing from the base.
  {
    id: 'm72-law', type: 'weapon',
    names: { de: 'M72 LAW', en: 'M72 LAW' },
    aliases: ['M72', 'M72 light anti-tank weapon', 'M72 Light Anti-Armor Weapon', 'M72A7', 'M72 EC'],
    description: {
      de: 'US-amerikanische Einweg-Panzerabwehrwaffe, heute von der norwegischen Nammo gebaut; in großer Zahl an die Ukraine geliefert.',
      en: 'American single-use anti-tank rocket launcher, now built by Norway’s Nammo; supplied to Ukraine in large numbers.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'instance-of', to: 'anti-tank-missile' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'hydra-70', type: 'weapon',
    names: { de: 'Hydra 70', en: 'Hydra 70' },
    aliases: ['Hydra-70', 'Hydra 70 rockets', 'Hydra-70-Raketen'],
    description: {
      de: 'Ungelenkte US-amerikanische 70-mm-Raketen für Hubschrauber und Flugzeuge; mit dem APKWS-Lenksatz auch gegen Drohnen eingesetzt.',
      en: 'American unguided 70 mm rockets for helicopters and aircraft; with the APKWS guidance kit also fired at drones.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'us-armed-forces' }],
  },
  {
    id: 'agm-154-jsow', type: 'weapon',
    names: { de: 'AGM-154 JSOW', en: 'AGM-154 JSOW' },
    aliases: ['AGM-154', 'Joint Standoff Weapon', 'AGM-154C'],
    acronyms: ['JSOW'],
    description: {
      de: 'US-amerikanische präzisionsgelenkte Gleitbombe, von Kampfflugzeugen außerhalb der Reichweite gegnerischer Luftabwehr abgeworfen.',
      en: 'American precision-guided glide weapon, released by fighters from outside the reach of enemy air defences.',
    },
    links: [{ rel: 'made-by', to: 'united-states' }, { rel: 'used-by', to: 'us-armed-forces' }],
  },
  {
    id: 'stopfake', type: 'organization', subtype: 'news-agency',
    names: { de: 'StopFake', en: 'StopFake', uk: 'StopFake' },
    aliases: ['StopFake.org', 'Stop Fake'],
    description: {
      de: 'Ukrainisches Faktencheck-Projekt, 2014 von Journalisten der Kyjiw-Mohyla-Akademie gegründet, um russische Falschmeldungen zu widerlegen.',
      en: 'Ukrainian fact-checking project founded in 2014 by journalists of the Kyiv-Mohyla Academy to debunk Russian false stories.',
    },
    links: [{ rel: 'related-to', to: 'ukraine' }],
  },
];
