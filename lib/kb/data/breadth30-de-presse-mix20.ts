// Thirtieth breadth round: a twentieth random sample of the German press on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // ── Ukraine: Kyiv's wartime administration ─────────────────────────────────────────────────
  {
    id: 'mykhailo-shamanov',
    type: 'person',
    subtype: 'spokesperson',
    names: { de: 'Mychajlo Schamanow', en: 'Mykhailo Shamanov', uk: 'Михайло Шаманов' },
    description: {
      de: 'Sprecher der Militärverwaltung der Stadt Kiew, meldet nach russischen Raketen- und Drohnenangriffen Schäden und Opfer in der Hauptstadt.',
      en: 'Spokesman of the Kyiv City Military Administration who reports damage and casualties in the capital after Russian missile and drone strikes.',
    },
    roles: [{ title: { de: 'Sprecher der Militärverwaltung der Stadt Kiew', en: 'Spokesman of the Kyiv City Military Administration' }, of: 'kyiv-city-military-administration' }],
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'member-of', to: 'kyiv-city-military-administration' }],
  },
  // ── Iran: a ballistic missile that shares its name with a drone family ─────────────────────
  {
    id: 'ababil-ballistic-missile',
    type: 'weapon',
    subtype: 'ballistic-missile',
    names: { de: 'Ababil-Rakete', en: 'Ababil missile' },
    aliases: ['Ababil ballistic missile', 'ballistische Rakete Ababil', 'Ababil-Kurzstreckenrakete', 'Ababil short-range ballistic missile'],
    guarded: ['Ababil'],
    cues: ['ballistisch', 'ballistic', 'kurzstrecken', 'short-range', 'fateh-360', 'fath-360', 'fath 360', 'fateh 360', 'rakete', 'missile'],
    description: {
      de: 'Iranische ballistische Kurzstreckenrakete; laut Reuters vereinbarten Iran und Russland Ende 2023 ihre Lieferung zusammen mit der Fath-360 – nicht die gleichnamige Drohnenfamilie.',
      en: 'Iranian short-range ballistic missile; according to Reuters Iran and Russia agreed in late 2023 on its delivery together with the Fath-360 — not the drone family of the same name.',
    },
    links: [{ rel: 'instance-of', to: 'ballistic-missile' }, { rel: 'made-by', to: 'iran' }, { rel: 'related-to', to: 'fath-360' }, { rel: 'related-to', to: 'russia' }],
  },
  // ── Hezbollah: field commanders Israel killed in 2024 ───────────────────────────────────────
  {
    id: 'abu-ali-rida',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Abu Ali Rida', en: 'Abu Ali Rida' },
    aliases: ['Abu Ali Ridha', 'Abu Ali Reda'],
    description: {
      de: 'Hisbollah-Kommandeur für den Abschnitt um Baraachit im Südlibanon, verantwortlich für Raketen- und Panzerabwehrangriffe; laut israelischer Armee im Oktober 2024 getötet.',
      en: 'Hezbollah commander for the Baraachit sector in southern Lebanon, in charge of rocket and anti-tank attacks; killed in October 2024 according to the Israeli army.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'member-of', to: 'hezbollah' }],
  },
  {
    id: 'mohammed-qassem-al-shaer',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Mohammed Kassem al-Schaer', en: 'Mohammed Qassem al-Shaer' },
    aliases: ['Mohammed Qassem al-Schaer', 'Mohammad Qassem al-Shaer', 'Muhammad Qasim al-Shaer', 'Mohammed Kassem al-Shaer'],
    description: {
      de: 'Ranghoher Kommandeur der Radwan-Eliteeinheit der Hisbollah; im September 2024 bei einem israelischen Luftangriff in Karaun in der westlichen Bekaa-Ebene getötet.',
      en: 'Senior commander of Hezbollah’s elite Radwan Force; killed in an Israeli air strike in Qaraoun in the western Bekaa in September 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'member-of', to: 'hezbollah' }, { rel: 'member-of', to: 'radwan-force' }],
  },
  // ── Korea: a US–South Korean exercise Pyongyang condemns ────────────────────────────────────
  {
    id: 'iron-mace',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Übung Iron Mace', en: 'Iron Mace' },
    aliases: ['Iron Mace', 'Planspiel Iron Mace', 'Iron Mace exercise', 'Iron Mace tabletop exercise'],
    description: {
      de: 'Planspiel der USA und Südkoreas, das die nukleare Abschreckung der USA mit den konventionellen Kräften Südkoreas verzahnen soll; von Nordkorea als Provokation verurteilt.',
      en: 'Tabletop exercise of the United States and South Korea meant to integrate US nuclear deterrence with South Korea’s conventional forces; condemned by North Korea as a provocation.',
    },
    links: [{ rel: 'related-to', to: 'us-forces-korea' }, { rel: 'related-to', to: 'south-korean-armed-forces' }, { rel: 'related-to', to: 'freedom-edge' }],
  },
  // ── Analysts and reporters the German press quotes ─────────────────────────────────────────
  {
    id: 'arman-mahmoudian',
    type: 'person',
    subtype: 'official',
    names: { de: 'Arman Mahmoudian', en: 'Arman Mahmoudian' },
    description: {
      de: 'Iran- und Russland-Experte, Dozent für russische und Nahost-Studien an der University of South Florida; kommentiert die Rüstungszusammenarbeit Teherans mit Moskau.',
      en: 'Iran and Russia analyst teaching Russian and Middle East studies at the University of South Florida; comments on Tehran’s arms cooperation with Moscow.',
    },
    links: [{ rel: 'related-to', to: 'iran' }, { rel: 'related-to', to: 'russia' }],
  },
  {
    id: 'wladimir-van-wilgenburg',
    type: 'person',
    subtype: 'official',
    names: { de: 'Wladimir van Wilgenburg', en: 'Wladimir van Wilgenburg' },
    aliases: ['Vladimir van Wilgenburg'],
    description: {
      de: 'Niederländischer Journalist und Analyst, berichtet für Kurdistan24 über die Kurden, die SDF und den Krieg in Syrien und Irak.',
      en: 'Dutch journalist and analyst who reports for Kurdistan24 on the Kurds, the SDF and the war in Syria and Iraq.',
    },
    links: [{ rel: 'related-to', to: 'kurdistan24' }, { rel: 'related-to', to: 'sdf' }],
  },
  {
    id: 'julian-roepke',
    type: 'person',
    subtype: 'official',
    names: { de: 'Julian Röpke', en: 'Julian Röpke' },
    aliases: ['Julian Roepke'],
    description: {
      de: 'Deutscher Journalist der Bild, der den Frontverlauf des Ukraine-Kriegs mit eigenen Karten und Lageanalysen verfolgt.',
      en: 'German journalist at Bild who follows the front line of the war in Ukraine with his own maps and situation analyses.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'bild' }],
  },
  // ── Russia: the volunteer corps raised in 2022 ─────────────────────────────────────────────
  {
    id: 'russia-3rd-army-corps',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '3. Armeekorps (Russland)', en: '3rd Army Corps (Russia)', ru: '3-й армейский корпус' },
    aliases: ['russisches 3. Armeekorps', 'Russian 3rd Army Corps', '3rd Army Corps of Russia', '3. Armeekorps der russischen Armee'],
    description: {
      de: 'Russischer Großverband, 2022 aus Freiwilligenbataillonen aufgestellt und in Mulino bei Nischni Nowgorod ausgebildet; im Herbst 2022 in die Ukraine verlegt – nicht das gleichnamige ukrainische Korps.',
      en: 'Russian formation raised in 2022 from volunteer battalions and trained at Mulino near Nizhny Novgorod; sent to Ukraine in autumn 2022 — not the Ukrainian corps of the same number.',
    },
    links: [{ rel: 'part-of', to: 'russian-armed-forces' }],
  },
  {
    id: 'thomas-van-linge',
    type: 'person',
    subtype: 'official',
    names: { de: 'Thomas van Linge', en: 'Thomas van Linge' },
    description: {
      de: 'Niederländischer Konfliktbeobachter, der aus offenen Quellen Lagekarten der Kriege in Syrien, Irak und Libyen erstellt.',
      en: 'Dutch conflict observer who draws situation maps of the wars in Syria, Iraq and Libya from open sources.',
    },
    links: [{ rel: 'related-to', to: 'syria' }],
  },
  // ── Hezbollah: its top decision body ───────────────────────────────────────────────────────
  {
    id: 'hezbollah-shura-council',
    type: 'organization',
    subtype: 'armed-group',
    names: { de: 'Schura-Rat der Hisbollah', en: 'Hezbollah Shura Council' },
    aliases: ['Hisbollah-Schura-Rat', 'Schurarat der Hisbollah', 'Shura-Rat der Hisbollah', 'Shura Council of Hezbollah', 'Hezbollah’s Shura Council', "Hezbollah's Shura Council"],
    description: {
      de: 'Oberstes Entscheidungsgremium der Hisbollah unter Vorsitz ihres Generalsekretärs; wählt diesen und legt die politische und militärische Linie fest.',
      en: 'Hezbollah’s highest decision-making body, chaired by its secretary-general; elects him and sets the group’s political and military course.',
    },
    links: [{ rel: 'part-of', to: 'hezbollah' }, { rel: 'related-to', to: 'naim-qassem' }],
  },
  {
    id: 'khider-al-shabia',
    type: 'person',
    subtype: 'militia-leader',
    names: { de: 'Chider al-Schabia', en: 'Khider al-Shabia' },
    description: {
      de: 'Hisbollah-Befehlshaber im an die Golanhöhen grenzenden Südostlibanon; laut israelischer Armee verantwortlich für den Raketenangriff auf Madschdal Schams im Juli 2024 und am 2. Oktober 2024 getötet.',
      en: 'Hezbollah commander for the part of south-eastern Lebanon bordering the Golan Heights; according to the Israeli army behind the July 2024 rocket strike on Majdal Shams and killed on 2 October 2024.',
    },
    links: [{ rel: 'citizen-of', to: 'lebanon' }, { rel: 'member-of', to: 'hezbollah' }],
  },
];
