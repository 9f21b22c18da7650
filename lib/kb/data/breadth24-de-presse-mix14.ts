// Twenty-fourth breadth round: a fourteenth random sample of German press reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // German Navy ships the press names on Unifil, Aspides and Baltic duty: the F125, F124 and F123
  // frigates, the first K130 corvettes and the replenishment ships. Their names are German states and
  // cities, so only the forms with the ship type are listed.
  {
    id: 'f125-frigate', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte F125', en: 'F125 frigate' },
    aliases: ['F125', 'F-125', 'Baden-Württemberg-Klasse', 'Baden-Württemberg class', 'Baden-Württemberg-class', 'Fregatten der Klasse F125', 'Fregattenklasse F125'],
    description: {
      de: 'Klasse von vier großen Stabilisierungsfregatten der Deutschen Marine, gebaut für lange Einsätze fern der Heimat.',
      en: 'Class of four large stabilisation frigates of the German Navy, built for long deployments far from home.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }],
  },
  {
    id: 'fgs-nordrhein-westfalen', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Nordrhein-Westfalen', en: 'frigate Nordrhein-Westfalen' },
    aliases: ['FGS Nordrhein-Westfalen', 'Nordrhein-Westfalen frigate', 'F223'],
    description: {
      de: 'Zweites Schiff der Fregattenklasse F125 der Deutschen Marine.',
      en: 'Second ship of the German Navy’s F125 frigate class.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }, { rel: 'instance-of', to: 'f125-frigate' }],
  },
  {
    id: 'fgs-sachsen-anhalt', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Sachsen-Anhalt', en: 'frigate Sachsen-Anhalt' },
    aliases: ['FGS Sachsen-Anhalt', 'Sachsen-Anhalt frigate', 'F224'],
    description: {
      de: 'Drittes Schiff der Fregattenklasse F125 der Deutschen Marine; 2025 im Unifil-Marineverband vor dem Libanon.',
      en: 'Third ship of the German Navy’s F125 frigate class; with Unifil’s maritime task force off Lebanon in 2025.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }, { rel: 'instance-of', to: 'f125-frigate' }, { rel: 'related-to', to: 'unifil' }],
  },
  {
    id: 'fgs-rheinland-pfalz', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Rheinland-Pfalz', en: 'frigate Rheinland-Pfalz' },
    aliases: ['FGS Rheinland-Pfalz', 'Rheinland-Pfalz frigate', 'F225'],
    description: {
      de: 'Viertes und letztes Schiff der Fregattenklasse F125 der Deutschen Marine.',
      en: 'Fourth and last ship of the German Navy’s F125 frigate class.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }, { rel: 'instance-of', to: 'f125-frigate' }],
  },
  {
    id: 'f124-frigate', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte F124', en: 'F124 frigate' },
    aliases: ['F124', 'F-124', 'Sachsen-Klasse', 'Sachsen class', 'Sachsen-class', 'Fregatten der Klasse F124', 'Fregattenklasse F124'],
    description: {
      de: 'Klasse von drei Luftverteidigungsfregatten der Deutschen Marine mit SM-2-Raketen; Hessen und Hamburg fuhren 2024 im Roten Meer für die EU-Mission Aspides.',
      en: 'Class of three German Navy air-defence frigates carrying SM-2 missiles; Hessen and Hamburg served in the Red Sea with the EU’s Aspides mission in 2024.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }, { rel: 'related-to', to: 'eunavfor-aspides' }],
  },
  {
    id: 'fgs-sachsen', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Sachsen', en: 'frigate Sachsen' },
    aliases: ['FGS Sachsen', 'Sachsen frigate', 'F219'],
    description: {
      de: 'Typschiff der Luftverteidigungsfregatten F124 der Deutschen Marine.',
      en: 'Lead ship of the German Navy’s F124 air-defence frigates.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }, { rel: 'instance-of', to: 'f124-frigate' }],
  },
  {
    id: 'fgs-brandenburg', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Brandenburg', en: 'frigate Brandenburg' },
    aliases: ['FGS Brandenburg', 'Brandenburg frigate', 'F215'],
    description: {
      de: 'Typschiff der U-Jagd-Fregatten F123 der Deutschen Marine.',
      en: 'Lead ship of the German Navy’s F123 anti-submarine frigates.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }, { rel: 'instance-of', to: 'brandenburg-class-frigate' }],
  },
  {
    id: 'fgs-schleswig-holstein', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Schleswig-Holstein', en: 'frigate Schleswig-Holstein' },
    aliases: ['FGS Schleswig-Holstein', 'Schleswig-Holstein frigate', 'F216'],
    description: {
      de: 'Fregatte der Klasse F123 (Brandenburg-Klasse) der Deutschen Marine.',
      en: 'Frigate of the German Navy’s F123 (Brandenburg) class.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }, { rel: 'instance-of', to: 'brandenburg-class-frigate' }],
  },
  {
    id: 'fgs-bayern', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Bayern', en: 'frigate Bayern' },
    aliases: ['FGS Bayern', 'Bayern frigate', 'F217'],
    description: {
      de: 'Fregatte der Klasse F123 (Brandenburg-Klasse) der Deutschen Marine.',
      en: 'Frigate of the German Navy’s F123 (Brandenburg) class.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }, { rel: 'instance-of', to: 'brandenburg-class-frigate' }],
  },
  {
    id: 'fgs-mecklenburg-vorpommern', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Mecklenburg-Vorpommern', en: 'frigate Mecklenburg-Vorpommern' },
    aliases: ['FGS Mecklenburg-Vorpommern', 'Mecklenburg-Vorpommern frigate', 'F218'],
    description: {
      de: 'Fregatte der Klasse F123 (Brandenburg-Klasse) der Deutschen Marine.',
      en: 'Frigate of the German Navy’s F123 (Brandenburg) class.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }, { rel: 'instance-of', to: 'brandenburg-class-frigate' }],
  },
  {
    id: 'fgs-braunschweig', type: 'weapon', subtype: 'ship',
    names: { de: 'Korvette Braunschweig', en: 'corvette Braunschweig' },
    aliases: ['FGS Braunschweig', 'Braunschweig corvette', 'F260'],
    description: {
      de: 'Typschiff der Korvetten K130 der Deutschen Marine.',
      en: 'Lead ship of the German Navy’s K130 corvettes.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }, { rel: 'instance-of', to: 'k130-corvette' }],
  },
  {
    id: 'fgs-magdeburg', type: 'weapon', subtype: 'ship',
    names: { de: 'Korvette Magdeburg', en: 'corvette Magdeburg' },
    aliases: ['FGS Magdeburg', 'Magdeburg corvette', 'F261'],
    description: {
      de: 'Korvette der Klasse K130 (Braunschweig-Klasse) der Deutschen Marine.',
      en: 'Corvette of the German Navy’s K130 (Braunschweig) class.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }, { rel: 'instance-of', to: 'k130-corvette' }],
  },
  {
    id: 'fgs-erfurt', type: 'weapon', subtype: 'ship',
    names: { de: 'Korvette Erfurt', en: 'corvette Erfurt' },
    aliases: ['FGS Erfurt', 'Erfurt corvette', 'F262'],
    description: {
      de: 'Korvette der Klasse K130 (Braunschweig-Klasse) der Deutschen Marine.',
      en: 'Corvette of the German Navy’s K130 (Braunschweig) class.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }, { rel: 'instance-of', to: 'k130-corvette' }],
  },
  {
    id: 'fgs-oldenburg', type: 'weapon', subtype: 'ship',
    names: { de: 'Korvette Oldenburg', en: 'corvette Oldenburg' },
    aliases: ['FGS Oldenburg', 'Oldenburg corvette', 'F263'],
    description: {
      de: 'Korvette der Klasse K130 (Braunschweig-Klasse) der Deutschen Marine.',
      en: 'Corvette of the German Navy’s K130 (Braunschweig) class.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }, { rel: 'instance-of', to: 'k130-corvette' }],
  },
  {
    id: 'fgs-frankfurt-am-main', type: 'weapon', subtype: 'ship',
    names: { de: 'Einsatzgruppenversorger Frankfurt am Main', en: 'replenishment ship Frankfurt am Main' },
    aliases: ['EGV Frankfurt am Main', 'FGS Frankfurt am Main'],
    description: {
      de: 'Versorgungsschiff der Berlin-Klasse der Deutschen Marine, das Verbände auf See mit Treibstoff, Munition und Proviant versorgt.',
      en: 'Berlin-class replenishment ship of the German Navy that keeps naval groups at sea supplied with fuel, ammunition and food.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }],
  },
  {
    id: 'fgs-bonn', type: 'weapon', subtype: 'ship',
    names: { de: 'Einsatzgruppenversorger Bonn', en: 'replenishment ship Bonn' },
    aliases: ['EGV Bonn', 'FGS Bonn'],
    description: {
      de: 'Versorgungsschiff der Berlin-Klasse der Deutschen Marine; führte 2024 die Nato-Marinegruppe SNMG1 als Flaggschiff.',
      en: 'Berlin-class replenishment ship of the German Navy; flagship of NATO’s SNMG1 naval group in 2024.',
    },
    links: [{ rel: 'used-by', to: 'german-navy' }],
  },
  // Russian landing craft, patrol and assault boats hit by Ukrainian naval drones in Crimea and the
  // Sea of Azov, and the classes of ships already in the base.
  {
    id: 'serna-class-landing-craft', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsboot der Serna-Klasse', en: 'Serna-class landing craft', ru: 'Серна' },
    aliases: ['Serna-Klasse', 'Serna class', 'Serna-class', 'Projekt 11770', 'Project 11770'],
    description: {
      de: 'Schnelles russisches Landungsboot mit Luftkavernen-Rumpf (Projekt 11770); Boote dieser Klasse wurden 2023 auf der Krim von ukrainischen Seedrohnen versenkt.',
      en: 'Fast Russian air-cavity landing craft (Project 11770); boats of the class were sunk by Ukrainian naval drones in Crimea in 2023.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'ondatra-class-landing-craft', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsboot der Ondatra-Klasse', en: 'Ondatra-class landing craft', ru: 'Акула (проект 1176)' },
    aliases: ['Ondatra-Klasse', 'Ondatra class', 'Ondatra-class', 'Projekt 1176', 'Project 1176'],
    description: {
      de: 'Kleines sowjetisches Landungsboot (Projekt 1176, Nato-Name Ondatra) der russischen Marine.',
      en: 'Small Soviet-era landing craft (Project 1176, NATO name Ondatra) in Russian naval service.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'dugong-class-landing-craft', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsboot der Dugong-Klasse', en: 'Dugong-class landing craft', ru: 'Дюгонь' },
    aliases: ['Dugong-Klasse', 'Dugong class', 'Dugong-class', 'Projekt 21820', 'Project 21820'],
    description: {
      de: 'Russisches Luftkavernen-Landungsboot (Projekt 21820), größerer Nachfolger der Serna-Klasse.',
      en: 'Russian air-cavity landing craft (Project 21820), a larger successor of the Serna class.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'alligator-class-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff der Alligator-Klasse', en: 'Alligator-class landing ship', ru: 'Тапир (проект 1171)' },
    aliases: ['Alligator-Klasse', 'Alligator class', 'Alligator-class', 'Tapir-Klasse', 'Tapir class', 'Projekt 1171', 'Project 1171'],
    description: {
      de: 'Sowjetische Klasse großer Landungsschiffe (Projekt 1171 „Tapir“), zu der die Saratow und die Orsk der Schwarzmeerflotte gehören.',
      en: 'Soviet class of large landing ships (Project 1171 “Tapir”) to which the Black Sea Fleet’s Saratov and Orsk belong.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'bykov-class-patrol-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Patrouillenschiff der Bykow-Klasse', en: 'Bykov-class patrol ship', ru: 'Проект 22160' },
    aliases: ['Bykow-Klasse', 'Bykov-Klasse', 'Bykov class', 'Bykov-class', 'Wassili-Bykow-Klasse', 'Vasily Bykov class', 'Projekt 22160', 'Project 22160'],
    description: {
      de: 'Klasse russischer Patrouillenschiffe (Projekt 22160), von denen die Schwarzmeerflotte mehrere einsetzt; die Sergej Kotow wurde 2024 von ukrainischen Seedrohnen versenkt.',
      en: 'Class of Russian patrol ships (Project 22160) several of which serve in the Black Sea Fleet; the Sergey Kotov was sunk by Ukrainian naval drones in 2024.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }],
  },
  {
    id: 'tarantul-class-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Raketenkorvette der Tarantul-Klasse', en: 'Tarantul-class corvette', ru: 'Молния (проект 1241)' },
    aliases: ['Tarantul-Klasse', 'Tarantul class', 'Tarantul-class', 'Projekt 1241', 'Project 1241'],
    description: {
      de: 'Sowjetische Klasse kleiner Raketenkorvetten (Projekt 1241 „Molnija“); die Iwanowez der Schwarzmeerflotte gehörte zu ihr.',
      en: 'Soviet class of small missile corvettes (Project 1241 “Molniya”); the Black Sea Fleet’s Ivanovets was one of them.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'grachonok-class-boat', type: 'weapon', subtype: 'ship',
    names: { de: 'Anti-Sabotage-Boot der Gratschonok-Klasse', en: 'Grachonok-class anti-sabotage boat', ru: 'Грачонок' },
    aliases: ['Gratschonok-Klasse', 'Grachonok-Klasse', 'Grachonok class', 'Grachonok-class', 'Projekt 21980', 'Project 21980'],
    description: {
      de: 'Russisches Boot zur Abwehr von Kampfschwimmern und Saboteuren (Projekt 21980), das Häfen wie Sewastopol schützt.',
      en: 'Russian boat for countering combat divers and saboteurs (Project 21980) that guards ports such as Sevastopol.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'mangust-class-boat', type: 'weapon', subtype: 'ship',
    names: { de: 'Patrouillenboot der Mangust-Klasse', en: 'Mangust-class patrol boat', ru: 'Мангуст' },
    aliases: ['Mangust-Klasse', 'Mangust class', 'Mangust-class', 'Projekt 12150', 'Project 12150'],
    description: {
      de: 'Schnelles russisches Patrouillenboot (Projekt 12150) der Marine und der Grenztruppen des FSB.',
      en: 'Fast Russian patrol boat (Project 12150) used by the navy and the FSB border guard.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }, { rel: 'used-by', to: 'fsb' }],
  },
  {
    id: 'bk-16-assault-boat', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsboot BK-16', en: 'BK-16 assault boat', ru: 'БК-16' },
    aliases: ['BK-16', 'BK 16', 'Projekt 02510', 'Project 02510'],
    description: {
      de: 'Russisches Hochgeschwindigkeits-Landungsboot (Projekt 02510) für Marineinfanterie und Spezialkräfte, auf der Krim mehrfach Ziel ukrainischer Drohnen.',
      en: 'Russian high-speed assault boat (Project 02510) for marines and special forces, repeatedly targeted by Ukrainian drones in Crimea.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  // German Army, Air Force and Navy units the press names next to the ministers and ships.
  {
    id: 'fallschirmjaegerregiment-26',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Fallschirmjägerregiment 26', en: 'Airborne Regiment 26' },
    aliases: ['Fallschirmjäger-Regiment 26', 'FschJgRgt 26', 'Paratrooper Regiment 26'],
    description: {
      de: 'Fallschirmjägerregiment des Heeres in der Luftlandebrigade 1.',
      en: 'German Army paratrooper regiment in Airborne Brigade 1.',
    },
    links: [{ rel: 'part-of', to: 'luftlandebrigade-1' }],
  },
  {
    id: 'fallschirmjaegerregiment-31',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Fallschirmjägerregiment 31', en: 'Airborne Regiment 31' },
    aliases: ['Fallschirmjäger-Regiment 31', 'FschJgRgt 31', 'Paratrooper Regiment 31'],
    description: {
      de: 'Fallschirmjägerregiment des Heeres in der Luftlandebrigade 1, das auch Evakuierungseinsätze stellt.',
      en: 'German Army paratrooper regiment in Airborne Brigade 1 that also provides evacuation missions.',
    },
    links: [{ rel: 'part-of', to: 'luftlandebrigade-1' }],
  },
  {
    id: 'kampfhubschrauberregiment-36',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Kampfhubschrauberregiment 36', en: 'Attack Helicopter Regiment 36' },
    aliases: ['KpfHubschrRgt 36', 'Kampfhubschrauberregiment 36 Kurhessen', 'Attack Helicopter Regiment 36 Kurhessen'],
    description: {
      de: 'Einziger Kampfhubschrauberverband des Heeres, ausgerüstet mit dem Tiger.',
      en: 'The German Army’s only attack-helicopter regiment, flying the Tiger.',
    },
    links: [{ rel: 'part-of', to: 'bundeswehr' }],
  },
  {
    id: 'transporthubschrauberregiment-30',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Transporthubschrauberregiment 30', en: 'Transport Helicopter Regiment 30' },
    aliases: ['TrspHubschrRgt 30'],
    description: {
      de: 'Transporthubschrauberverband des Heeres, ausgerüstet mit dem NH90.',
      en: 'German Army transport-helicopter regiment flying the NH90.',
    },
    links: [{ rel: 'part-of', to: 'bundeswehr' }],
  },
  {
    id: 'artilleriebataillon-131',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Artilleriebataillon 131', en: 'Artillery Battalion 131' },
    aliases: ['ArtBtl 131'],
    description: {
      de: 'Artilleriebataillon des Heeres mit Panzerhaubitzen 2000.',
      en: 'German Army artillery battalion equipped with the PzH 2000.',
    },
    links: [{ rel: 'part-of', to: 'bundeswehr' }],
  },
  {
    id: 'raketenartilleriebataillon-132',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Raketenartilleriebataillon 132', en: 'Rocket Artillery Battalion 132' },
    aliases: ['RakArtBtl 132'],
    description: {
      de: 'Raketenartilleriebataillon des Heeres mit dem Mehrfachraketenwerfer MARS II.',
      en: 'German Army rocket-artillery battalion equipped with the MARS II launcher.',
    },
    links: [{ rel: 'part-of', to: 'bundeswehr' }],
  },
  {
    id: 'artilleriebataillon-325',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Artilleriebataillon 325', en: 'Artillery Battalion 325' },
    aliases: ['ArtBtl 325'],
    description: {
      de: 'Artilleriebataillon des Heeres in Munster.',
      en: 'German Army artillery battalion based in Munster.',
    },
    links: [{ rel: 'part-of', to: 'bundeswehr' }],
  },
  {
    id: 'flugabwehrraketengruppe-21',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Flugabwehrraketengruppe 21', en: 'Air Defence Missile Group 21' },
    aliases: ['FlaRakGrp 21', 'FlaRakGr 21'],
    description: {
      de: 'Patriot-Verband der Luftwaffe im Flugabwehrraketengeschwader 1.',
      en: 'Patriot unit of the German Air Force in Air Defence Missile Wing 1.',
    },
    links: [{ rel: 'part-of', to: 'flugabwehrraketengeschwader-1' }],
  },
  {
    id: 'flugabwehrraketengruppe-24',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Flugabwehrraketengruppe 24', en: 'Air Defence Missile Group 24' },
    aliases: ['FlaRakGrp 24', 'FlaRakGr 24'],
    description: {
      de: 'Patriot-Verband der Luftwaffe im Flugabwehrraketengeschwader 1.',
      en: 'Patriot unit of the German Air Force in Air Defence Missile Wing 1.',
    },
    links: [{ rel: 'part-of', to: 'flugabwehrraketengeschwader-1' }],
  },
  {
    id: 'flugabwehrraketengruppe-26',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Flugabwehrraketengruppe 26', en: 'Air Defence Missile Group 26' },
    aliases: ['FlaRakGrp 26', 'FlaRakGr 26'],
    description: {
      de: 'Patriot-Verband der Luftwaffe im Flugabwehrraketengeschwader 1.',
      en: 'Patriot unit of the German Air Force in Air Defence Missile Wing 1.',
    },
    links: [{ rel: 'part-of', to: 'flugabwehrraketengeschwader-1' }],
  },
  {
    id: 'marinefliegergeschwader-3',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Marinefliegergeschwader 3', en: 'Naval Air Wing 3' },
    aliases: ['Marinefliegergeschwader 3 Graf Zeppelin', 'Naval Air Wing 3 Graf Zeppelin'],
    acronyms: ['MFG 3'],
    description: {
      de: 'Seefernaufklärer-Geschwader der Deutschen Marine in Nordholz, das die P-8A Poseidon übernimmt.',
      en: 'German Navy maritime-patrol wing at Nordholz that is taking over the P-8A Poseidon.',
    },
    links: [{ rel: 'part-of', to: 'german-navy' }],
  },
  {
    id: 'marinefliegergeschwader-5',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Marinefliegergeschwader 5', en: 'Naval Air Wing 5' },
    acronyms: ['MFG 5'],
    description: {
      de: 'Bordhubschrauber-Geschwader der Deutschen Marine in Nordholz.',
      en: 'German Navy shipborne-helicopter wing at Nordholz.',
    },
    links: [{ rel: 'part-of', to: 'german-navy' }],
  },
  {
    id: '1-ubootgeschwader',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '1. Ubootgeschwader', en: '1st Submarine Squadron' },
    aliases: ['1. U-Boot-Geschwader', '1. Uboot-Geschwader', 'Ubootgeschwader', 'U-Boot-Geschwader Eckernförde'],
    description: {
      de: 'Verband der U-Boote der Klasse 212A der Deutschen Marine in Eckernförde.',
      en: 'German Navy squadron of Type 212A submarines at Eckernförde.',
    },
    links: [{ rel: 'part-of', to: 'german-navy' }],
  },
  {
    id: '2-fregattengeschwader',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '2. Fregattengeschwader', en: '2nd Frigate Squadron' },
    aliases: [],
    description: {
      de: 'Fregattenverband der Deutschen Marine in Wilhelmshaven.',
      en: 'German Navy frigate squadron at Wilhelmshaven.',
    },
    links: [{ rel: 'part-of', to: 'german-navy' }],
  },
  {
    id: '4-fregattengeschwader',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '4. Fregattengeschwader', en: '4th Frigate Squadron' },
    aliases: [],
    description: {
      de: 'Fregattenverband der Deutschen Marine in Wilhelmshaven.',
      en: 'German Navy frigate squadron at Wilhelmshaven.',
    },
    links: [{ rel: 'part-of', to: 'german-navy' }],
  },
  {
    id: '1-korvettengeschwader',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '1. Korvettengeschwader', en: '1st Corvette Squadron' },
    aliases: ['Korvettengeschwader'],
    description: {
      de: 'Verband der K130-Korvetten der Deutschen Marine in Rostock-Warnemünde.',
      en: 'German Navy squadron of K130 corvettes at Rostock-Warnemünde.',
    },
    links: [{ rel: 'part-of', to: 'german-navy' }],
  },
  {
    id: '3-minensuchgeschwader',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '3. Minensuchgeschwader', en: '3rd Minesweeping Squadron' },
    aliases: [],
    description: {
      de: 'Minenabwehrverband der Deutschen Marine in Kiel.',
      en: 'German Navy mine-countermeasures squadron at Kiel.',
    },
    links: [{ rel: 'part-of', to: 'german-navy' }],
  },
  // Naval systems of the Black Sea war the sample's peers name.
  {
    id: 'bal-coastal-missile-system', type: 'weapon', subtype: 'missile',
    names: { de: 'Küstenraketensystem Bal', en: 'Bal coastal missile system', ru: 'Бал' },
    aliases: ['3K60 Bal', 'Bal-E', 'Bal coastal defence system', 'Küstenschutzsystem Bal', 'Raketensystem Bal'],
    guarded: ['Bal'],
    cues: ['küste', 'coastal', 'raketensystem', 'missile system', 'startrampe', 'launcher', 'krim', 'crimea', 'ch-35', 'kh-35', 'schiffsabwehr', 'anti-ship'],
    description: {
      de: 'Russisches mobiles Küstenabwehrsystem, das Seezielflugkörper Ch-35 verschießt; auf der Krim mehrfach Ziel ukrainischer Angriffe.',
      en: 'Russian mobile coastal-defence system firing Kh-35 anti-ship missiles; repeatedly struck by Ukraine in Crimea.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }, { rel: 'related-to', to: 'kh-35' }],
  },
  {
    id: 'hetman-sahaidachny-frigate', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Hetman Sahajdatschnyj', en: 'frigate Hetman Sahaidachny', uk: 'Гетьман Сагайдачний' },
    aliases: ['Hetman Sahaidachny', 'Hetman Sahajdatschnyj', 'Hetman Sahaidatschny', 'Getman Sagaidachny', 'Fregatte Hetman Sahaidatschnyj'],
    description: {
      de: 'Früheres Flaggschiff der ukrainischen Marine, eine Fregatte der Krivak-Klasse, die im März 2022 in Mykolajiw selbst versenkt wurde, damit sie Russland nicht in die Hände fällt.',
      en: 'Former flagship of the Ukrainian Navy, a Krivak-class frigate scuttled in Mykolaiv in March 2022 to keep it out of Russian hands.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-navy' }],
  },
  // Russian navy ship classes and the big ships of the Northern and Pacific fleets the press names
  // beside the Black Sea losses.
  {
    id: 'udaloy-class-destroyer', type: 'weapon', subtype: 'ship',
    names: { de: 'Zerstörer der Udaloy-Klasse', en: 'Udaloy-class destroyer', ru: 'Проект 1155' },
    aliases: ['Udaloy-Klasse', 'Udaloi-Klasse', 'Udaloy class', 'Udaloy-class', 'Projekt 1155', 'Project 1155'],
    description: {
      de: 'Sowjetische Klasse großer U-Jagd-Zerstörer (Projekt 1155), Rückgrat der Nord- und der Pazifikflotte.',
      en: 'Soviet class of large anti-submarine destroyers (Project 1155), the backbone of the Northern and Pacific fleets.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'krivak-class-frigate', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte der Krivak-Klasse', en: 'Krivak-class frigate', ru: 'Проект 1135' },
    aliases: ['Krivak-Klasse', 'Kriwak-Klasse', 'Krivak class', 'Krivak-class', 'Projekt 1135', 'Project 1135'],
    description: {
      de: 'Sowjetische Fregattenklasse (Projekt 1135), zu der die Ladny und die Pytliwy der Schwarzmeerflotte sowie die ukrainische Hetman Sahajdatschnyj gehören.',
      en: 'Soviet frigate class (Project 1135) that includes the Black Sea Fleet’s Ladny and Pytlivy and Ukraine’s Hetman Sahaidachny.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'nanuchka-class-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Raketenschiff der Nanuchka-Klasse', en: 'Nanuchka-class corvette', ru: 'Проект 1234' },
    aliases: ['Nanuchka-Klasse', 'Nanutschka-Klasse', 'Nanuchka class', 'Nanuchka-class', 'Projekt 1234', 'Project 1234'],
    description: {
      de: 'Sowjetische Klasse kleiner Raketenschiffe (Projekt 1234 „Owod“) mit Seezielflugkörpern.',
      en: 'Soviet class of small missile ships (Project 1234 “Ovod”) armed with anti-ship missiles.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'grisha-class-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Jagd-Korvette der Grisha-Klasse', en: 'Grisha-class corvette', ru: 'Проект 1124' },
    aliases: ['Grisha-Klasse', 'Grischa-Klasse', 'Grisha class', 'Grisha-class', 'Projekt 1124', 'Project 1124'],
    description: {
      de: 'Sowjetische Klasse kleiner U-Jagd-Schiffe (Projekt 1124 „Albatros“), noch in der Schwarzmeerflotte im Dienst.',
      en: 'Soviet class of small anti-submarine ships (Project 1124 “Albatros”), still in service with the Black Sea Fleet.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'steregushchiy-class-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Korvette der Steregushchiy-Klasse', en: 'Steregushchiy-class corvette', ru: 'Проект 20380' },
    aliases: ['Steregushchiy-Klasse', 'Steregushchy-Klasse', 'Steregushchiy class', 'Steregushchiy-class', 'Projekt 20380', 'Project 20380'],
    description: {
      de: 'Russische Mehrzweckkorvetten (Projekt 20380), vor allem in der Baltischen und der Pazifikflotte.',
      en: 'Russian multi-role corvettes (Project 20380), mainly in the Baltic and Pacific fleets.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'slava-class-cruiser', type: 'weapon', subtype: 'ship',
    names: { de: 'Kreuzer der Slava-Klasse', en: 'Slava-class cruiser', ru: 'Проект 1164' },
    aliases: ['Slava-Klasse', 'Slawa-Klasse', 'Slava class', 'Slava-class', 'Projekt 1164', 'Project 1164'],
    description: {
      de: 'Sowjetische Klasse von Raketenkreuzern (Projekt 1164 „Atlant“); die Moskwa, 2022 von ukrainischen Neptun-Raketen versenkt, gehörte zu ihr.',
      en: 'Soviet class of missile cruisers (Project 1164 “Atlant”); the Moskva, sunk by Ukrainian Neptune missiles in 2022, was one of them.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }, { rel: 'related-to', to: 'moskva-cruiser' }],
  },
  {
    id: 'kirov-class-cruiser', type: 'weapon', subtype: 'ship',
    names: { de: 'Kreuzer der Kirow-Klasse', en: 'Kirov-class battlecruiser', ru: 'Проект 1144' },
    aliases: ['Kirow-Klasse', 'Kirov-Klasse', 'Kirov class', 'Kirov-class', 'Projekt 1144', 'Project 1144'],
    description: {
      de: 'Atomgetriebene schwere Raketenkreuzer der russischen Marine (Projekt 1144 „Orlan“), darunter die Pjotr Weliki.',
      en: 'Nuclear-powered heavy missile cruisers of the Russian navy (Project 1144 “Orlan”), among them the Pyotr Veliky.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }, { rel: 'related-to', to: 'pyotr-veliky' }],
  },
  {
    id: 'sovremenny-class-destroyer', type: 'weapon', subtype: 'ship',
    names: { de: 'Zerstörer der Sowremenny-Klasse', en: 'Sovremenny-class destroyer', ru: 'Проект 956' },
    aliases: ['Sowremenny-Klasse', 'Sovremenny-Klasse', 'Sovremenny class', 'Sovremenny-class', 'Projekt 956', 'Project 956'],
    description: {
      de: 'Sowjetische Zerstörerklasse (Projekt 956) für den Kampf gegen Überwasserschiffe; nur noch wenige Schiffe sind im Dienst.',
      en: 'Soviet destroyer class (Project 956) built to fight surface ships; only a few remain in service.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }],
  },
  {
    id: 'admiral-gorshkov-class', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte der Admiral-Gorschkow-Klasse', en: 'Admiral Gorshkov-class frigate', ru: 'Проект 22350' },
    aliases: ['Gorschkow-Klasse', 'Gorshkov-class', 'Gorshkov class', 'Projekt 22350', 'Project 22350'],
    description: {
      de: 'Modernste Fregattenklasse der russischen Marine (Projekt 22350), Träger der Hyperschallrakete Zirkon.',
      en: 'The Russian navy’s most modern frigate class (Project 22350), carrier of the Zircon hypersonic missile.',
    },
    links: [{ rel: 'used-by', to: 'russian-navy' }, { rel: 'related-to', to: 'zircon' }],
  },
  {
    id: 'severomorsk-destroyer', type: 'weapon', subtype: 'ship',
    names: { de: 'Zerstörer Seweromorsk', en: 'destroyer Severomorsk', ru: 'Североморск' },
    aliases: ['Zerstörer Severomorsk', 'Severomorsk destroyer'],
    description: {
      de: 'U-Jagd-Zerstörer der Udaloy-Klasse der russischen Nordflotte.',
      en: 'Udaloy-class anti-submarine destroyer of Russia’s Northern Fleet.',
    },
    links: [{ rel: 'used-by', to: 'northern-fleet' }, { rel: 'instance-of', to: 'udaloy-class-destroyer' }],
  },
  {
    id: 'admiral-levchenko-destroyer', type: 'weapon', subtype: 'ship',
    names: { de: 'Zerstörer Admiral Lewtschenko', en: 'destroyer Admiral Levchenko', ru: 'Адмирал Левченко' },
    aliases: ['Admiral Lewtschenko', 'Admiral Levchenko'],
    description: {
      de: 'U-Jagd-Zerstörer der Udaloy-Klasse der russischen Nordflotte.',
      en: 'Udaloy-class anti-submarine destroyer of Russia’s Northern Fleet.',
    },
    links: [{ rel: 'used-by', to: 'northern-fleet' }, { rel: 'instance-of', to: 'udaloy-class-destroyer' }],
  },
  {
    id: 'admiral-chabanenko-destroyer', type: 'weapon', subtype: 'ship',
    names: { de: 'Zerstörer Admiral Tschabanenko', en: 'destroyer Admiral Chabanenko', ru: 'Адмирал Чабаненко' },
    aliases: ['Admiral Tschabanenko', 'Admiral Chabanenko'],
    description: {
      de: 'Einziger Zerstörer der verbesserten Udaloy-Klasse (Projekt 1155.1) in der russischen Nordflotte.',
      en: 'The only destroyer of the improved Udaloy class (Project 1155.1), serving in Russia’s Northern Fleet.',
    },
    links: [{ rel: 'used-by', to: 'northern-fleet' }, { rel: 'instance-of', to: 'udaloy-class-destroyer' }],
  },
  {
    id: 'vice-admiral-kulakov-destroyer', type: 'weapon', subtype: 'ship',
    names: { de: 'Zerstörer Wizeadmiral Kulakow', en: 'destroyer Vice-Admiral Kulakov', ru: 'Вице-адмирал Кулаков' },
    aliases: ['Wizeadmiral Kulakow', 'Vizeadmiral Kulakow', 'Vice-Admiral Kulakov', 'Vice Admiral Kulakov'],
    description: {
      de: 'U-Jagd-Zerstörer der Udaloy-Klasse der russischen Nordflotte.',
      en: 'Udaloy-class anti-submarine destroyer of Russia’s Northern Fleet.',
    },
    links: [{ rel: 'used-by', to: 'northern-fleet' }, { rel: 'instance-of', to: 'udaloy-class-destroyer' }],
  },
  {
    id: 'ladny-frigate', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Ladny', en: 'frigate Ladny', ru: 'Ладный' },
    aliases: ['Ladny', 'Ladnyy', 'Ladnyj'],
    description: {
      de: 'Fregatte der Krivak-Klasse der russischen Schwarzmeerflotte.',
      en: 'Krivak-class frigate of Russia’s Black Sea Fleet.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'instance-of', to: 'krivak-class-frigate' }],
  },
  {
    id: 'orsk-landing-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Landungsschiff Orsk', en: 'landing ship Orsk', ru: 'Орск' },
    aliases: ['Orsk landing ship', 'Großes Landungsschiff Orsk'],
    description: {
      de: 'Großes Landungsschiff der Alligator-Klasse (Projekt 1171) der russischen Schwarzmeerflotte.',
      en: 'Alligator-class (Project 1171) large landing ship of Russia’s Black Sea Fleet.',
    },
    links: [{ rel: 'used-by', to: 'black-sea-fleet' }, { rel: 'instance-of', to: 'alligator-class-landing-ship' }],
  },
  {
    id: 'varyag-cruiser', type: 'weapon', subtype: 'ship',
    names: { de: 'Kreuzer Warjag', en: 'cruiser Varyag', ru: 'Варяг' },
    aliases: ['Kreuzer Varyag', 'Raketenkreuzer Warjag', 'Varyag cruiser'],
    description: {
      de: 'Raketenkreuzer der Slava-Klasse und Flaggschiff der russischen Pazifikflotte.',
      en: 'Slava-class missile cruiser and flagship of Russia’s Pacific Fleet.',
    },
    links: [{ rel: 'used-by', to: 'pacific-fleet' }, { rel: 'instance-of', to: 'slava-class-cruiser' }],
  },
  // Middle East missiles and warships the press names that the base lacked: the Houthi Zulfiqar
  // (Sulfikar; the bare 'Zulfiqar' stays with the Iranian zolfaghar), Israel's Sa'ar 5 corvettes, Iran's Moudge frigates and older navy ships.
  {
    id: 'houthi-zulfiqar-missile', type: 'weapon', subtype: 'ballistic-missile',
    names: { de: 'Sulfikar-Rakete der Huthi', en: 'Houthi Zulfiqar missile', ar: 'ذو الفقار' },
    aliases: ['Sulfikar-Rakete', 'Dhu al-Fiqar missile', 'Thulfiqar missile'],
    // 'Zulfiqar' is also Iran's Zolfaghar: this one with a Houthi cue.
    guarded: ['Sulfikar', 'Dhu al-Fiqar', 'Thulfiqar', 'Zulfiqar'],
    cues: ['rakete', 'missile', 'ballist', 'huthi', 'houthi', 'jemen', 'yemen', 'ansarollah', 'ansar allah', 'sari', 'saree', 'abgefeuert', 'fired', 'ben gurion', 'ben-gurion'],
    description: {
      de: 'Ballistische Mittelstreckenrakete der Huthi-Miliz, mit der sie nach eigenen Angaben Israel und den Flughafen Ben Gurion angreift.',
      en: 'Medium-range ballistic missile of the Houthi militia, which it says it fires at Israel and Ben Gurion airport.',
    },
    links: [{ rel: 'used-by', to: 'houthis' }, { rel: 'instance-of', to: 'ballistic-missile' }],
  },
  {
    id: 'saar-5-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Korvette der Sa’ar-5-Klasse', en: 'Sa’ar 5-class corvette', he: 'סער 5' },
    aliases: ["Sa'ar 5", 'Sa’ar 5', 'Saar 5', "Sa'ar-5-Klasse", 'Saar-5-Klasse', "Sa'ar 5 class", 'Eilat-Klasse'],
    description: {
      de: 'Klasse von drei Korvetten der israelischen Marine (Eilat, Lahav, Hanit); die Hanit wurde 2006 von einer Hisbollah-Rakete getroffen.',
      en: 'Class of three Israeli Navy corvettes (Eilat, Lahav, Hanit); the Hanit was hit by a Hezbollah missile in 2006.',
    },
    links: [{ rel: 'used-by', to: 'israeli-navy' }],
  },
  {
    id: 'ins-hanit', type: 'weapon', subtype: 'ship',
    names: { de: 'INS Hanit', en: 'INS Hanit', he: 'חנית' },
    aliases: ['Korvette Hanit'],
    description: {
      de: 'Israelische Korvette der Sa’ar-5-Klasse, im Libanonkrieg 2006 von einer Hisbollah-Seezielrakete getroffen.',
      en: 'Israeli Sa’ar 5-class corvette, hit by a Hezbollah anti-ship missile in the 2006 Lebanon war.',
    },
    links: [{ rel: 'used-by', to: 'israeli-navy' }, { rel: 'instance-of', to: 'saar-5-corvette' }],
  },
  {
    id: 'ins-eilat-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'INS Eilat', en: 'INS Eilat', he: 'אילת' },
    aliases: ['Korvette Eilat'],
    description: {
      de: 'Typschiff der Sa’ar-5-Korvetten der israelischen Marine.',
      en: 'Lead ship of the Israeli Navy’s Sa’ar 5 corvettes.',
    },
    links: [{ rel: 'used-by', to: 'israeli-navy' }, { rel: 'instance-of', to: 'saar-5-corvette' }],
  },
  {
    id: 'ins-lahav', type: 'weapon', subtype: 'ship',
    names: { de: 'INS Lahav', en: 'INS Lahav', he: 'להב' },
    aliases: ['Korvette Lahav'],
    description: {
      de: 'Korvette der Sa’ar-5-Klasse der israelischen Marine.',
      en: 'Sa’ar 5-class corvette of the Israeli Navy.',
    },
    links: [{ rel: 'used-by', to: 'israeli-navy' }, { rel: 'instance-of', to: 'saar-5-corvette' }],
  },
  {
    id: 'moudge-class-frigate', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte der Moudge-Klasse', en: 'Moudge-class frigate', fa: 'موج' },
    aliases: ['Moudge-Klasse', 'Mowj-Klasse', 'Moudge class', 'Mowj class', 'Jamaran-Klasse', 'Jamaran class'],
    description: {
      de: 'In Iran gebaute Fregattenklasse der regulären Marine, zu der Jamaran, Dena und Sahand gehören.',
      en: 'Iranian-built frigate class of the regular navy that includes the Jamaran, Dena and Sahand.',
    },
    links: [{ rel: 'used-by', to: 'iranian-navy' }],
  },
  {
    id: 'iris-alvand', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Alvand', en: 'IRIS Alvand', fa: 'الوند' },
    aliases: ['IRIS Alvand', 'Zerstörer Alvand'],
    description: {
      de: 'Ältere, in Großbritannien gebaute Fregatte der iranischen Marine aus der Zeit vor der Revolution.',
      en: 'Older British-built frigate of the Iranian navy dating from before the revolution.',
    },
    links: [{ rel: 'used-by', to: 'iranian-navy' }],
  },
  {
    id: 'iris-kharg', type: 'weapon', subtype: 'ship',
    names: { de: 'Versorgungsschiff Kharg', en: 'IRIS Kharg', fa: 'خارک' },
    aliases: ['IRIS Kharg', 'Kharg-Versorgungsschiff', 'Marineschiff Kharg'],
    description: {
      de: 'Größtes Schiff der iranischen Marine, ein Versorger, der im Juni 2021 im Golf von Oman nach einem Brand sank.',
      en: 'The Iranian navy’s largest ship, a replenishment vessel that sank after a fire in the Gulf of Oman in June 2021.',
    },
    links: [{ rel: 'used-by', to: 'iranian-navy' }],
  },
  {
    id: 'iris-damavand', type: 'weapon', subtype: 'ship',
    names: { de: 'Fregatte Damavand', en: 'IRIS Damavand', fa: 'دماوند' },
    aliases: ['IRIS Damavand', 'Zerstörer Damavand'],
    description: {
      de: 'Fregatte der Moudge-Klasse der iranischen Marine im Kaspischen Meer; das erste Schiff dieses Namens lief 2018 vor Bandar Anzali auf Grund.',
      en: 'Moudge-class frigate of the Iranian navy in the Caspian Sea; the first ship of the name ran aground off Bandar Anzali in 2018.',
    },
    links: [{ rel: 'used-by', to: 'iranian-navy' }, { rel: 'instance-of', to: 'moudge-class-frigate' }],
  },
  {
    id: 'iris-tareq', type: 'weapon', subtype: 'ship',
    names: { de: 'U-Boot Tareq', en: 'IRIS Tareq', fa: 'طارق' },
    aliases: ['IRIS Tareq', 'U-Boot Tarek'],
    description: {
      de: 'U-Boot der Kilo-Klasse der iranischen Marine, in den 1990er-Jahren aus Russland gekauft.',
      en: 'Kilo-class submarine of the Iranian navy, bought from Russia in the 1990s.',
    },
    links: [{ rel: 'used-by', to: 'iranian-navy' }, { rel: 'instance-of', to: 'kilo-class-submarine' }],
  },
  // Ukrainian navy ships and boat classes named in reports on the Black Sea war; the ship names are
  // places, so only the forms with the ship type are listed.
  {
    id: 'donbas-command-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Kommandoschiff Donbas', en: 'command ship Donbas', uk: 'Донбас' },
    aliases: ['Führungsschiff Donbas', 'Donbas command ship'],
    description: {
      de: 'Früheres Kommando- und Werkstattschiff der ukrainischen Marine, 2022 im Hafen von Mariupol verloren.',
      en: 'Former command and repair ship of the Ukrainian Navy, lost in the port of Mariupol in 2022.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-navy' }],
  },
  {
    id: 'simferopol-reconnaissance-ship', type: 'weapon', subtype: 'ship',
    names: { de: 'Aufklärungsschiff Simferopol', en: 'reconnaissance ship Simferopol', uk: 'Сімферополь' },
    aliases: ['Simferopol reconnaissance ship', 'Aufklärungsschiff Simferopil'],
    description: {
      de: 'Mittleres Aufklärungsschiff der ukrainischen Marine, 2019 vom Stapel gelaufen; im August 2025 bei einem russischen Seedrohnenangriff im Donaudelta getroffen.',
      en: 'Medium reconnaissance ship of the Ukrainian Navy launched in 2019; hit by a Russian naval-drone attack in the Danube delta in August 2025.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-navy' }],
  },
  {
    id: 'island-class-patrol-boat', type: 'weapon', subtype: 'ship',
    names: { de: 'Patrouillenboot der Island-Klasse', en: 'Island-class patrol boat' },
    aliases: ['Island-Klasse', 'Island class', 'Island-class'],
    description: {
      de: 'Ehemalige Patrouillenboote der US-Küstenwache, die die USA der ukrainischen Marine überlassen haben.',
      en: 'Former US Coast Guard patrol boats handed over to the Ukrainian Navy.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-navy' }, { rel: 'made-by', to: 'united-states' }],
  },
  {
    id: 'sloviansk-patrol-boat', type: 'weapon', subtype: 'ship',
    names: { de: 'Patrouillenboot Slowjansk', en: 'patrol boat Sloviansk', uk: 'Слов’янськ' },
    aliases: ['Patrouillenboot Sloviansk', 'Sloviansk patrol boat', 'Slovyansk patrol boat'],
    description: {
      de: 'Patrouillenboot der Island-Klasse der ukrainischen Marine, im März 2022 von einem russischen Flugkörper versenkt.',
      en: 'Island-class patrol boat of the Ukrainian Navy, sunk by a Russian missile in March 2022.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-navy' }, { rel: 'instance-of', to: 'island-class-patrol-boat' }],
  },
  {
    id: 'vinnytsia-corvette', type: 'weapon', subtype: 'ship',
    names: { de: 'Korvette Winnyzja', en: 'corvette Vinnytsia', uk: 'Вінниця' },
    aliases: ['Korvette Vinnytsia', 'Vinnytsia corvette'],
    description: {
      de: 'Frühere U-Jagd-Korvette der Grisha-Klasse der ukrainischen Marine.',
      en: 'Former Grisha-class anti-submarine corvette of the Ukrainian Navy.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-navy' }, { rel: 'instance-of', to: 'grisha-class-corvette' }],
  },
  {
    id: 'gyurza-m-gunboat', type: 'weapon', subtype: 'ship',
    names: { de: 'Panzerboot Gjurza-M', en: 'Gyurza-M gunboat', uk: 'Гюрза-М' },
    aliases: ['Gjurza-M', 'Gyurza-M', 'Hjurza-M', 'Gyurza-M class'],
    description: {
      de: 'Kleines gepanzertes Artillerieboot der ukrainischen Marine; zwei davon brachte Russland 2018 bei dem Zwischenfall in der Straße von Kertsch auf.',
      en: 'Small armoured artillery boat of the Ukrainian Navy; Russia seized two of them in the 2018 Kerch Strait incident.',
    },
    links: [{ rel: 'used-by', to: 'ukrainian-navy' }],
  },
];
