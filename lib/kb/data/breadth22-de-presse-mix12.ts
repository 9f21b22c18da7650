// Twenty-second breadth round: a twelfth random sample of German newspaper and broadcaster reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // West Bank: the Jenin theatre hit in army raids, and the Palestinian police forces.
  {
    id: 'freedom-theatre-jenin',
    type: 'organization',
    names: { de: 'Freedom Theatre', en: 'Freedom Theatre' },
    aliases: ['Freedom Theater', 'The Freedom Theatre', 'Freiheitstheater in Dschenin', 'Jenin Freedom Theatre', 'Freedom Theatre Jenin', 'Freedom Theater Jenin'],
    description: {
      de: 'Theater und Kulturzentrum im Flüchtlingslager Dschenin, 2006 von Juliano Mer-Khamis mitgegründet; wiederholt von israelischen Razzien betroffen.',
      en: 'Theatre and cultural centre in the Jenin refugee camp, co-founded in 2006 by Juliano Mer-Khamis; repeatedly caught up in Israeli raids.',
    },
    links: [{ rel: 'part-of', to: 'palestine' }, { rel: 'related-to', to: 'juliano-mer-khamis' }, { rel: 'related-to', to: 'zakaria-zubeidi' }],
  },
  {
    id: 'mustafa-sheta',
    type: 'person',
    names: { de: 'Mustafa Sheta', en: 'Mustafa Sheta' },
    aliases: ['Mustafa Shta', 'Mustafa Scheta'],
    description: {
      de: 'Palästinensischer Geschäftsführer des Freedom Theatre im Flüchtlingslager Dschenin; im Dezember 2023 von der israelischen Armee festgenommen.',
      en: 'Palestinian general manager of the Freedom Theatre in the Jenin refugee camp; detained by the Israeli army in December 2023.',
    },
    links: [{ rel: 'citizen-of', to: 'palestine' }, { rel: 'leads', to: 'freedom-theatre-jenin' }],
  },
  {
    id: 'juliano-mer-khamis',
    type: 'person',
    names: { de: 'Juliano Mer-Khamis', en: 'Juliano Mer-Khamis' },
    aliases: ['Juliano Mer Khamis', 'Juliano Mer-Chamis'],
    description: {
      de: 'Israelisch-palästinensischer Schauspieler und Regisseur, Mitgründer des Freedom Theatre in Dschenin; 2011 dort erschossen.',
      en: 'Israeli-Palestinian actor and director, co-founder of the Freedom Theatre in Jenin; shot dead there in 2011.',
    },
    links: [{ rel: 'related-to', to: 'freedom-theatre-jenin' }],
  },
  {
    id: 'palestinian-civil-police',
    type: 'organization',
    subtype: 'security-body',
    names: { de: 'Palästinensische Zivilpolizei', en: 'Palestinian Civil Police', ar: 'الشرطة المدنية الفلسطينية' },
    aliases: ['Palästinenserpolizei', 'palästinensische Polizei', 'Palestinian police', 'Palestinian Police Force', 'Palestinian Authority police', 'PA police', 'Polizei der Autonomiebehörde', 'Polizei der Palästinensischen Autonomiebehörde'],
    description: {
      de: 'Polizei der Palästinensischen Autonomiebehörde in den Städten des Westjordanlands, dem Innenministerium in Ramallah unterstellt.',
      en: 'The Palestinian Authority\'s police in the West Bank towns, under the interior ministry in Ramallah.',
    },
    links: [{ rel: 'part-of', to: 'palestinian-authority' }, { rel: 'related-to', to: 'palestinian-security-forces' }],
  },
  {
    id: 'gaza-police',
    type: 'organization',
    subtype: 'security-body',
    names: { de: 'Polizei im Gazastreifen', en: 'Gaza police' },
    aliases: ['Gaza-Polizei', 'Polizei in Gaza', 'Hamas-Polizei', 'Hamas police', 'Hamas-run police', 'Gaza police force'],
    description: {
      de: 'Von der Hamas geführte Polizei im Gazastreifen, dem dortigen Innenministerium unterstellt.',
      en: 'The Hamas-run police force in the Gaza Strip, under the Gaza interior ministry.',
    },
    links: [{ rel: 'related-to', to: 'hamas' }, { rel: 'part-of', to: 'palestine' }],
  },
  // Journalists named in bylines and as sources of German-language war reporting.
  {
    id: 'sven-hauberg',
    type: 'person',
    names: { de: "Sven Hauberg", en: "Sven Hauberg" },
    description: {
      de: "Redakteur der Zentralredaktion von Ippen Digital, schreibt seit 2022 vor allem über China und Ostasien; seine Texte erscheinen in Ippen-Portalen wie Merkur.de und Kreiszeitung.de.",
      en: "Editor at Ippen Digital’s central newsroom writing mainly on China and East Asia since 2022; his pieces run on Ippen sites such as Merkur.de and Kreiszeitung.de.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'ippen-media' }],
  },
  {
    id: 'ulf-mauder',
    type: 'person',
    names: { de: "Ulf Mauder", en: "Ulf Mauder" },
    description: {
      de: "Korrespondent der Deutschen Presse-Agentur in Moskau, berichtet über Russland und den Krieg gegen die Ukraine.",
      en: "Deutsche Presse-Agentur correspondent in Moscow covering Russia and its war on Ukraine.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'dpa' }],
  },
  {
    id: 'andreas-stein',
    type: 'person',
    names: { de: "Andreas Stein", en: "Andreas Stein" },
    description: {
      de: "Korrespondent der Deutschen Presse-Agentur in Kiew, berichtet über die Ukraine.",
      en: "Deutsche Presse-Agentur correspondent in Kyiv covering Ukraine.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'dpa' }],
  },
  {
    id: 'sara-lemel',
    type: 'person',
    names: { de: "Sara Lemel", en: "Sara Lemel" },
    description: {
      de: "Korrespondentin der Deutschen Presse-Agentur in Tel Aviv, berichtet über Israel und die Palästinensergebiete.",
      en: "Deutsche Presse-Agentur correspondent in Tel Aviv covering Israel and the Palestinian territories.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'dpa' }],
  },
  {
    id: 'ansgar-haase',
    type: 'person',
    names: { de: "Ansgar Haase", en: "Ansgar Haase" },
    description: {
      de: "Korrespondent der Deutschen Presse-Agentur in Brüssel, berichtet über EU und Nato, etwa über Sanktionen gegen Russland.",
      en: "Deutsche Presse-Agentur correspondent in Brussels covering the EU and NATO, including sanctions on Russia.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'dpa' }],
  },
  {
    id: 'carsten-hoffmann',
    type: 'person',
    names: { de: "Carsten Hoffmann", en: "Carsten Hoffmann" },
    description: {
      de: "Berliner Korrespondent der Deutschen Presse-Agentur für Verteidigungs- und Sicherheitspolitik.",
      en: "Berlin-based Deutsche Presse-Agentur correspondent for defence and security policy.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'dpa' }],
  },
  {
    id: 'pavel-lokshin',
    type: 'person',
    names: { de: "Pavel Lokshin", en: "Pavel Lokshin" },
    description: {
      de: "Russland-Korrespondent der „Welt“.",
      en: "Die Welt’s Russia correspondent.",
    },
    links: [{ rel: 'member-of', to: 'die-welt' }],
  },
  {
    id: 'christoph-b-schiltz',
    type: 'person',
    names: { de: "Christoph B. Schiltz", en: "Christoph B. Schiltz" },
    aliases: ["Christoph Schiltz"],
    description: {
      de: "Brüssel-Korrespondent der „Welt“ für EU und Nato.",
      en: "Die Welt’s Brussels correspondent for the EU and NATO.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'die-welt' }],
  },
  {
    id: 'philipp-fritz',
    type: 'person',
    names: { de: "Philipp Fritz", en: "Philipp Fritz" },
    description: {
      de: "Korrespondent der „Welt“ in Warschau für Mittel- und Osteuropa.",
      en: "Die Welt correspondent in Warsaw for Central and Eastern Europe.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'die-welt' }],
  },
  {
    id: 'jacques-schuster',
    type: 'person',
    names: { de: "Jacques Schuster", en: "Jacques Schuster" },
    description: {
      de: "Chefkommentator der „Welt“, schreibt über Außen- und Sicherheitspolitik.",
      en: "Chief commentator of Die Welt, writing on foreign and security policy.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'die-welt' }],
  },
  {
    id: 'thorsten-jungholt',
    type: 'person',
    names: { de: "Thorsten Jungholt", en: "Thorsten Jungholt" },
    description: {
      de: "Politikredakteur der „Welt“ mit Schwerpunkt Bundeswehr und Sicherheitspolitik.",
      en: "Die Welt political editor focusing on the Bundeswehr and security policy.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'die-welt' }],
  },
  {
    id: 'steffen-schwarzkopf',
    type: 'person',
    names: { de: "Steffen Schwarzkopf", en: "Steffen Schwarzkopf" },
    description: {
      de: "Reporter von WELT TV, berichtet aus Israel und dem Nahen Osten.",
      en: "WELT TV reporter covering Israel and the Middle East.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'die-welt' }],
  },
  {
    id: 'mathieu-von-rohr',
    type: 'person',
    names: { de: "Mathieu von Rohr", en: "Mathieu von Rohr" },
    description: {
      de: "Leiter des Auslandsressorts des „Spiegel“.",
      en: "Head of Der Spiegel’s foreign desk.",
    },
    links: [{ rel: 'member-of', to: 'der-spiegel' }],
  },
  {
    id: 'maximilian-popp',
    type: 'person',
    names: { de: "Maximilian Popp", en: "Maximilian Popp" },
    description: {
      de: "Auslandsredakteur des „Spiegel“, berichtet unter anderem über die Türkei, Migration und Kriege.",
      en: "Der Spiegel foreign editor reporting on Turkey, migration and wars among other things.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'der-spiegel' }],
  },
  {
    id: 'monika-bolliger',
    type: 'person',
    names: { de: "Monika Bolliger", en: "Monika Bolliger" },
    description: {
      de: "Nahost-Korrespondentin des „Spiegel“; zuvor für die NZZ tätig.",
      en: "Der Spiegel Middle East correspondent; previously with the NZZ.",
    },
    links: [{ rel: 'member-of', to: 'der-spiegel' }],
  },
  {
    id: 'raniah-salloum',
    type: 'person',
    names: { de: "Raniah Salloum", en: "Raniah Salloum" },
    description: {
      de: "Redakteurin des „Spiegel“ für den Nahen Osten.",
      en: "Der Spiegel editor covering the Middle East.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'der-spiegel' }],
  },
  {
    id: 'jan-puhl',
    type: 'person',
    names: { de: "Jan Puhl", en: "Jan Puhl" },
    description: {
      de: "Osteuropa-Redakteur des „Spiegel“, berichtet über Polen, die Ukraine und Russland.",
      en: "Der Spiegel Eastern Europe editor covering Poland, Ukraine and Russia.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'der-spiegel' }],
  },
  {
    id: 'konstantin-von-hammerstein',
    type: 'person',
    names: { de: "Konstantin von Hammerstein", en: "Konstantin von Hammerstein" },
    description: {
      de: "Redakteur im Berliner Büro des „Spiegel“, schreibt über Sicherheitspolitik und die Bundeswehr.",
      en: "Editor in Der Spiegel’s Berlin bureau writing on security policy and the Bundeswehr.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'der-spiegel' }],
  },
  {
    id: 'susanne-koelbl',
    type: 'person',
    names: { de: "Susanne Koelbl", en: "Susanne Koelbl" },
    description: {
      de: "Auslandsreporterin des „Spiegel“, bekannt für Berichte aus Afghanistan, Pakistan und Saudi-Arabien.",
      en: "Der Spiegel foreign reporter known for reporting from Afghanistan, Pakistan and Saudi Arabia.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'der-spiegel' }],
  },
  {
    id: 'fritz-schaap',
    type: 'person',
    names: { de: "Fritz Schaap", en: "Fritz Schaap" },
    description: {
      de: "Reporter des „Spiegel“, berichtet vor allem aus Afrika und aus Krisengebieten.",
      en: "Der Spiegel reporter covering mainly Africa and crisis zones.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'der-spiegel' }],
  },
  {
    id: 'hasnain-kazim',
    type: 'person',
    names: { de: "Hasnain Kazim", en: "Hasnain Kazim" },
    description: {
      de: "Deutscher Journalist und Autor, früher Korrespondent des „Spiegel“ in Pakistan, der Türkei und Österreich.",
      en: "German journalist and author, formerly Der Spiegel’s correspondent in Pakistan, Turkey and Austria.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'christoph-sydow',
    type: 'person',
    names: { de: "Christoph Sydow", en: "Christoph Sydow" },
    description: {
      de: "Deutscher Nahost-Journalist, lange Redakteur des „Spiegel“ für die arabische Welt.",
      en: "German Middle East journalist, long Der Spiegel’s editor for the Arab world.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'christian-meier-journalist',
    type: 'person',
    names: { de: "Christian Meier", en: "Christian Meier" },
    description: {
      de: "Nahost-Korrespondent der „Frankfurter Allgemeinen Zeitung“.",
      en: "Middle East correspondent of the Frankfurter Allgemeine Zeitung.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'faz' }],
  },
  {
    id: 'lorenz-hemicker',
    type: 'person',
    names: { de: "Lorenz Hemicker", en: "Lorenz Hemicker" },
    description: {
      de: "Redakteur der „Frankfurter Allgemeinen Zeitung“ für Sicherheitspolitik und Bundeswehr.",
      en: "Frankfurter Allgemeine Zeitung editor for security policy and the Bundeswehr.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'faz' }],
  },
  {
    id: 'marco-seliger',
    type: 'person',
    names: { de: "Marco Seliger", en: "Marco Seliger" },
    description: {
      de: "Korrespondent der „Neuen Zürcher Zeitung“ für Sicherheitspolitik in Deutschland; zuvor Chefredakteur des Magazins „loyal“ des Reservistenverbands.",
      en: "Neue Zürcher Zeitung correspondent for security policy in Germany; previously editor of the reservists’ magazine loyal.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'nzz' }],
  },
  {
    id: 'georg-haesler',
    type: 'person',
    names: { de: "Georg Häsler", en: "Georg Häsler" },
    aliases: ["Georg Häsler Sansano", "Georg Haesler"],
    description: {
      de: "Redakteur der „Neuen Zürcher Zeitung“ für Sicherheitspolitik und Militär.",
      en: "Neue Zürcher Zeitung editor for security policy and military affairs.",
    },
    links: [{ rel: 'member-of', to: 'nzz' }],
  },
  {
    id: 'inga-rogg',
    type: 'person',
    names: { de: "Inga Rogg", en: "Inga Rogg" },
    description: {
      de: "Nahost-Korrespondentin der „Neuen Zürcher Zeitung“.",
      en: "Middle East correspondent of the Neue Zürcher Zeitung.",
    },
    links: [{ rel: 'member-of', to: 'nzz' }],
  },
  {
    id: 'daniel-steinvorth',
    type: 'person',
    names: { de: "Daniel Steinvorth", en: "Daniel Steinvorth" },
    description: {
      de: "Korrespondent der „Neuen Zürcher Zeitung“, früher in Istanbul.",
      en: "Neue Zürcher Zeitung correspondent, formerly in Istanbul.",
    },
    links: [{ rel: 'member-of', to: 'nzz' }],
  },
  {
    id: 'christian-weisflog',
    type: 'person',
    names: { de: "Christian Weisflog", en: "Christian Weisflog" },
    description: {
      de: "Journalist der „Neuen Zürcher Zeitung“, früher deren Korrespondent in Moskau.",
      en: "Neue Zürcher Zeitung journalist, formerly its Moscow correspondent.",
    },
    links: [{ rel: 'member-of', to: 'nzz' }],
  },
  {
    id: 'patrick-zoll',
    type: 'person',
    names: { de: "Patrick Zoll", en: "Patrick Zoll" },
    description: {
      de: "Asien-Redakteur der „Neuen Zürcher Zeitung“, schreibt auch über die koreanische Halbinsel.",
      en: "Neue Zürcher Zeitung Asia editor who also covers the Korean peninsula.",
    },
    links: [{ rel: 'member-of', to: 'nzz' }],
  },
  {
    id: 'ulrich-ladurner',
    type: 'person',
    names: { de: "Ulrich Ladurner", en: "Ulrich Ladurner" },
    description: {
      de: "Redakteur und Korrespondent der „Zeit“ für Außenpolitik.",
      en: "Die Zeit editor and correspondent for foreign affairs.",
    },
    links: [{ rel: 'member-of', to: 'die-zeit' }],
  },
  {
    id: 'yassin-musharbash',
    type: 'person',
    names: { de: "Yassin Musharbash", en: "Yassin Musharbash" },
    description: {
      de: "Investigativreporter der „Zeit“ mit Schwerpunkt Terrorismus und Dschihadismus.",
      en: "Die Zeit investigative reporter focusing on terrorism and jihadism.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'die-zeit' }],
  },
  {
    id: 'sonja-zekri',
    type: 'person',
    names: { de: "Sonja Zekri", en: "Sonja Zekri" },
    description: {
      de: "Journalistin der „Süddeutschen Zeitung“, früher deren Korrespondentin in Moskau und Kairo.",
      en: "Süddeutsche Zeitung journalist, formerly its correspondent in Moscow and Cairo.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'sueddeutsche-zeitung' }],
  },
  {
    id: 'moritz-baumstieger',
    type: 'person',
    names: { de: "Moritz Baumstieger", en: "Moritz Baumstieger" },
    description: {
      de: "Redakteur im Auslandsressort der „Süddeutschen Zeitung“ mit Schwerpunkt Naher Osten.",
      en: "Süddeutsche Zeitung foreign desk editor focusing on the Middle East.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'sueddeutsche-zeitung' }],
  },
  {
    id: 'barbara-oertel',
    type: 'person',
    names: { de: "Barbara Oertel", en: "Barbara Oertel" },
    description: {
      de: "Leiterin des Auslandsressorts der „taz“, Osteuropa-Expertin.",
      en: "Head of the taz foreign desk and an Eastern Europe specialist.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'taz' }],
  },
  {
    id: 'judith-poppe',
    type: 'person',
    names: { de: "Judith Poppe", en: "Judith Poppe" },
    description: {
      de: "Israel-Korrespondentin der „taz“.",
      en: "Israel correspondent of the taz.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'taz' }],
  },
  {
    id: 'jannis-hagmann',
    type: 'person',
    names: { de: "Jannis Hagmann", en: "Jannis Hagmann" },
    description: {
      de: "Nahost-Redakteur der „taz“.",
      en: "Middle East editor of the taz.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'taz' }],
  },
  {
    id: 'martin-gehlen',
    type: 'person',
    names: { de: "Martin Gehlen", en: "Martin Gehlen" },
    description: {
      de: "Deutscher Nahost-Korrespondent mit Sitz in Tunis, schreibt für mehrere Tageszeitungen.",
      en: "German Middle East correspondent based in Tunis writing for several dailies.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'birgit-svensson',
    type: 'person',
    names: { de: "Birgit Svensson", en: "Birgit Svensson" },
    description: {
      de: "Deutsche Journalistin, berichtet seit Jahren aus Bagdad über Irak und Syrien.",
      en: "German journalist reporting from Baghdad on Iraq and Syria for many years.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'gemma-poerzgen',
    type: 'person',
    names: { de: "Gemma Pörzgen", en: "Gemma Pörzgen" },
    aliases: ["Gemma Poerzgen"],
    description: {
      de: "Deutsche freie Journalistin mit Schwerpunkt Osteuropa und Pressefreiheit.",
      en: "German freelance journalist specialising in Eastern Europe and press freedom.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'richard-herzinger',
    type: 'person',
    names: { de: "Richard Herzinger", en: "Richard Herzinger" },
    description: {
      de: "Deutscher Publizist, früher bei der „Welt“, schreibt über Russland, Ukraine und Freiheit des Westens.",
      en: "German essayist, formerly with Die Welt, writing on Russia, Ukraine and the defence of the West.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'anna-osius',
    type: 'person',
    names: { de: "Anna Osius", en: "Anna Osius" },
    description: {
      de: "Journalistin des WDR, berichtet für die ARD aus der arabischen Welt, auch aus dem ARD-Studio Kairo.",
      en: "WDR journalist reporting for ARD from the Arab world, including from its Cairo studio.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'wdr' }],
  },
  {
    id: 'nadja-kriewald',
    type: 'person',
    names: { de: "Nadja Kriewald", en: "Nadja Kriewald" },
    description: {
      de: "Reporterin von RTL und ntv, berichtet aus der Ukraine und aus Russland.",
      en: "RTL and ntv reporter covering Ukraine and Russia.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'rtl-deutschland' }],
  },
  {
    id: 'bernd-ulrich',
    type: 'person',
    names: { de: "Bernd Ulrich", en: "Bernd Ulrich" },
    description: {
      de: "Stellvertretender Chefredakteur der „Zeit“, schreibt über Politik und Krieg.",
      en: "Deputy editor-in-chief of Die Zeit, writing on politics and war.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'die-zeit' }],
  },
  {
    id: 'nikolaus-blome',
    type: 'person',
    names: { de: "Nikolaus Blome", en: "Nikolaus Blome" },
    description: {
      de: "Deutscher Journalist, leitet das Politikressort von RTL und ntv, Kolumnist des „Spiegel“.",
      en: "German journalist heading the politics desk of RTL and ntv and a Der Spiegel columnist.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'rtl-deutschland' }],
  },
  {
    id: 'dirk-kurbjuweit',
    type: 'person',
    names: { de: "Dirk Kurbjuweit", en: "Dirk Kurbjuweit" },
    description: {
      de: "Chefredakteur des „Spiegel“ seit 2023.",
      en: "Editor-in-chief of Der Spiegel since 2023.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'der-spiegel' }],
  },
  {
    id: 'ulrike-winkelmann',
    type: 'person',
    names: { de: "Ulrike Winkelmann", en: "Ulrike Winkelmann" },
    description: {
      de: "Chefredakteurin der „taz“ seit 2020.",
      en: "Editor-in-chief of the taz since 2020.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'taz' }],
  },
  {
    id: 'judith-wittwer',
    type: 'person',
    names: { de: "Judith Wittwer", en: "Judith Wittwer" },
    description: {
      de: "Chefredakteurin der „Süddeutschen Zeitung“ seit 2020.",
      en: "Editor-in-chief of the Süddeutsche Zeitung since 2020.",
    },
    links: [{ rel: 'member-of', to: 'sueddeutsche-zeitung' }],
  },
  {
    id: 'jakob-augstein',
    type: 'person',
    names: { de: "Jakob Augstein", en: "Jakob Augstein" },
    description: {
      de: "Deutscher Journalist und Verleger der Wochenzeitung „der Freitag“.",
      en: "German journalist and publisher of the weekly der Freitag.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  // Broadcast correspondents, presenters and analysts quoted in German war reporting.
  {
    id: 'elmar-thevessen',
    type: 'person',
    names: { de: "Elmar Theveßen", en: "Elmar Theveßen" },
    aliases: ["Elmar Thevessen"],
    description: {
      de: "Leiter des ZDF-Studios in Washington seit 2019, zuvor stellvertretender Chefredakteur und Terrorismus-Experte des Senders.",
      en: "Head of ZDF’s Washington studio since 2019, previously the broadcaster’s deputy editor-in-chief and terrorism expert.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'zdf' }],
  },
  {
    id: 'torsten-teichmann',
    type: 'person',
    names: { de: "Torsten Teichmann", en: "Torsten Teichmann" },
    description: {
      de: "ARD-Hörfunkkorrespondent in Tel Aviv für Israel und die Palästinensergebiete.",
      en: "ARD radio correspondent in Tel Aviv for Israel and the Palestinian territories.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'ard' }],
  },
  {
    id: 'moritz-behrendt',
    type: 'person',
    names: { de: "Moritz Behrendt", en: "Moritz Behrendt" },
    description: {
      de: "ARD-Hörfunkkorrespondent für die arabische Welt.",
      en: "ARD radio correspondent for the Arab world.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'ard' }],
  },
  {
    id: 'uwe-lueb',
    type: 'person',
    names: { de: "Uwe Lueb", en: "Uwe Lueb" },
    description: {
      de: "ARD-Hörfunkkorrespondent in Istanbul für die Türkei und die Region.",
      en: "ARD radio correspondent in Istanbul for Turkey and the region.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'ard' }],
  },
  {
    id: 'christian-buttkereit',
    type: 'person',
    names: { de: "Christian Buttkereit", en: "Christian Buttkereit" },
    description: {
      de: "ARD-Hörfunkkorrespondent in Istanbul.",
      en: "ARD radio correspondent in Istanbul.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'ard' }],
  },
  {
    id: 'markus-rosch',
    type: 'person',
    names: { de: "Markus Rosch", en: "Markus Rosch" },
    description: {
      de: "ARD-Korrespondent im Studio Istanbul, berichtet über die Türkei und Iran.",
      en: "ARD correspondent at its Istanbul studio, covering Turkey and Iran.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'ard' }],
  },
  {
    id: 'katrin-brand',
    type: 'person',
    names: { de: "Katrin Brand", en: "Katrin Brand" },
    description: {
      de: "ARD-Hörfunkkorrespondentin in Washington.",
      en: "ARD radio correspondent in Washington.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'ard' }],
  },
  {
    id: 'juergen-stryjak',
    type: 'person',
    names: { de: "Jürgen Stryjak", en: "Jürgen Stryjak" },
    aliases: ["Juergen Stryjak"],
    description: {
      de: "ARD-Hörfunkkorrespondent in Kairo für die arabische Welt.",
      en: "ARD radio correspondent in Cairo for the Arab world.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'ard' }],
  },
  {
    id: 'silvia-engels',
    type: 'person',
    names: { de: "Silvia Engels", en: "Silvia Engels" },
    description: {
      de: "Moderatorin beim Deutschlandfunk, führt dort Interviews zur Außen- und Sicherheitspolitik.",
      en: "Deutschlandfunk presenter who conducts interviews on foreign and security policy.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'deutschlandfunk' }],
  },
  {
    id: 'tobias-armbruester',
    type: 'person',
    names: { de: "Tobias Armbrüster", en: "Tobias Armbrüster" },
    aliases: ["Tobias Armbruester"],
    description: {
      de: "Moderator beim Deutschlandfunk, früher dessen Korrespondent in Washington.",
      en: "Deutschlandfunk presenter, formerly its Washington correspondent.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'deutschlandfunk' }],
  },
  {
    id: 'dominic-johnson',
    type: 'person',
    names: { de: "Dominic Johnson", en: "Dominic Johnson" },
    description: {
      de: "Redakteur im Auslandsressort der „taz“, zuständig für Afrika.",
      en: "taz foreign desk editor responsible for Africa.",
    },
    links: [{ rel: 'member-of', to: 'taz' }],
  },
  {
    id: 'julia-smirnova',
    type: 'person',
    names: { de: "Julia Smirnova", en: "Julia Smirnova" },
    description: {
      de: "Journalistin, früher Russland-Korrespondentin der „Welt“.",
      en: "Journalist, formerly Die Welt’s Russia correspondent.",
    },
    links: [{ rel: 'related-to', to: 'die-welt' }],
  },
  {
    id: 'gregor-mayer',
    type: 'person',
    names: { de: "Gregor Mayer", en: "Gregor Mayer" },
    description: {
      de: "Korrespondent der Deutschen Presse-Agentur in Budapest für Ungarn und Südosteuropa.",
      en: "Deutsche Presse-Agentur correspondent in Budapest for Hungary and south-eastern Europe.",
    },
    links: [{ rel: 'member-of', to: 'dpa' }],
  },
  {
    id: 'oliver-meier-arms-control',
    type: 'person',
    names: { de: "Oliver Meier", en: "Oliver Meier" },
    description: {
      de: "Deutscher Experte für Rüstungskontrolle und Nichtverbreitung, früher am Hamburger IFSH und bei der SWP.",
      en: "German arms-control and non-proliferation expert, formerly at Hamburg’s IFSH and the SWP.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'stefan-lukas',
    type: 'person',
    names: { de: "Stefan Lukas", en: "Stefan Lukas" },
    description: {
      de: "Deutscher Nahost- und Sicherheitsanalyst, häufig als Iran-Experte in deutschen Medien befragt.",
      en: "German Middle East and security analyst often interviewed by German media as an Iran expert.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'tom-cooper',
    type: 'person',
    names: { de: "Tom Cooper", en: "Tom Cooper" },
    description: {
      de: "Österreichischer Militärhistoriker und Luftfahrtautor, kommentiert den Ukraine-Krieg in Lageanalysen.",
      en: "Austrian military historian and aviation author who comments on the Ukraine war in situation reports.",
    },
    links: [{ rel: 'citizen-of', to: 'austria' }],
  },
  {
    id: 'andre-bank',
    type: 'person',
    names: { de: "André Bank", en: "André Bank" },
    description: {
      de: "Politikwissenschaftler am GIGA Institut für Nahost-Studien in Hamburg.",
      en: "Political scientist at the GIGA Institute for Middle East Studies in Hamburg.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  {
    id: 'thomas-demmelhuber',
    type: 'person',
    names: { de: "Thomas Demmelhuber", en: "Thomas Demmelhuber" },
    description: {
      de: "Politikwissenschaftler an der Universität Erlangen-Nürnberg mit Schwerpunkt Naher Osten.",
      en: "Political scientist at the University of Erlangen-Nuremberg specialising in the Middle East.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }],
  },
  // South Korean voices on the North Korean arms trade, and more correspondents who sign German reporting.
  {
    id: 'yoo-sang-bum',
    type: 'person',
    subtype: 'politician',
    names: { de: "Yoo Sang-bum", en: "Yoo Sang-bum", ko: "유상범" },
    aliases: ["Yoo Sang Bum", "Yu Sang-bum", "Yoo Sang-beom"],
    description: {
      de: "Südkoreanischer Abgeordneter der konservativen Partei People Power; gab als Mitglied des Geheimdienstausschusses Lageberichte des NIS zu Nordkoreas Waffenlieferungen an Russland weiter.",
      en: "South Korean People Power Party lawmaker; as a member of the intelligence committee he relayed NIS briefings on North Korean arms deliveries to Russia.",
    },
    links: [{ rel: 'citizen-of', to: 'south-korea' }],
  },
  {
    id: 'moon-chung-in',
    type: 'person',
    names: { de: "Moon Chung-in", en: "Moon Chung-in", ko: "문정인" },
    aliases: ["Moon Chung In", "Moon Chung-In"],
    description: {
      de: "Südkoreanischer Politikwissenschaftler, Sonderberater von Präsident Moon Jae-in für Wiedervereinigung und Sicherheit und früherer Vorsitzender des Sejong-Instituts.",
      en: "South Korean political scientist, special adviser on unification and security to President Moon Jae-in and former chairman of the Sejong Institute.",
    },
    links: [{ rel: 'citizen-of', to: 'south-korea' }],
  },
  {
    id: 'hubert-wetzel',
    type: 'person',
    names: { de: "Hubert Wetzel", en: "Hubert Wetzel" },
    description: {
      de: "Korrespondent der „Süddeutschen Zeitung“ in Brüssel für EU und Nato, zuvor in Washington.",
      en: "Süddeutsche Zeitung correspondent in Brussels for the EU and NATO, previously in Washington.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'sueddeutsche-zeitung' }],
  },
  {
    id: 'matthias-kolb',
    type: 'person',
    names: { de: "Matthias Kolb", en: "Matthias Kolb" },
    description: {
      de: "Korrespondent der „Süddeutschen Zeitung“ in Brüssel für EU und Nato, zuvor in Washington.",
      en: "Süddeutsche Zeitung correspondent in Brussels for the EU and NATO, previously in Washington.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'sueddeutsche-zeitung' }],
  },
  {
    id: 'nicolas-freund',
    type: 'person',
    names: { de: "Nicolas Freund", en: "Nicolas Freund" },
    description: {
      de: "Ukraine-Korrespondent der „Süddeutschen Zeitung“ in Kiew.",
      en: "Süddeutsche Zeitung Ukraine correspondent in Kyiv.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'sueddeutsche-zeitung' }],
  },
  {
    id: 'andrea-backhaus',
    type: 'person',
    names: { de: "Andrea Backhaus", en: "Andrea Backhaus" },
    description: {
      de: "Journalistin, berichtet für „Zeit Online“ aus dem Nahen Osten.",
      en: "Journalist reporting from the Middle East for Zeit Online.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'die-zeit' }],
  },
  {
    id: 'johannes-leithaeuser',
    type: 'person',
    names: { de: "Johannes Leithäuser", en: "Johannes Leithäuser" },
    aliases: ["Johannes Leithaeuser"],
    description: {
      de: "Politischer Korrespondent der „Frankfurter Allgemeinen Zeitung“ in Berlin mit Schwerpunkt Verteidigung.",
      en: "Frankfurter Allgemeine Zeitung political correspondent in Berlin focusing on defence.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'faz' }],
  },
  {
    id: 'katrin-kuntz',
    type: 'person',
    names: { de: "Katrin Kuntz", en: "Katrin Kuntz" },
    description: {
      de: "Reporterin des „Spiegel“, berichtet unter anderem aus der Ukraine.",
      en: "Der Spiegel reporter covering Ukraine among other places.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'der-spiegel' }],
  },
  {
    id: 'timofey-neshitov',
    type: 'person',
    names: { de: "Timofey Neshitov", en: "Timofey Neshitov" },
    aliases: ["Timofej Neschitow"],
    description: {
      de: "Reporter des „Spiegel“, schreibt über Russland.",
      en: "Der Spiegel reporter writing about Russia.",
    },
    links: [{ rel: 'member-of', to: 'der-spiegel' }],
  },
  {
    id: 'fiona-ehlers',
    type: 'person',
    names: { de: "Fiona Ehlers", en: "Fiona Ehlers" },
    description: {
      de: "Reporterin des „Spiegel“ im Auslandsressort.",
      en: "Der Spiegel reporter on the foreign desk.",
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'der-spiegel' }],
  },
  // Named on the off-topic pages of lib/match/pages.test.ts, rightly: the Zeit's editor, a FAZ publisher.
  {
    id: 'berthold-kohler',
    type: 'person',
    names: { de: 'Berthold Kohler', en: 'Berthold Kohler' },
    description: {
      de: 'Herausgeber der „Frankfurter Allgemeinen Zeitung“, zuständig für Politik.',
      en: 'Co-publisher of the Frankfurter Allgemeine Zeitung responsible for politics.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'faz' }],
  },
  {
    id: 'giovanni-di-lorenzo',
    type: 'person',
    names: { de: 'Giovanni di Lorenzo', en: 'Giovanni di Lorenzo' },
    description: {
      de: 'Chefredakteur der „Zeit“ seit 2004.',
      en: 'Editor-in-chief of Die Zeit since 2004.',
    },
    links: [{ rel: 'citizen-of', to: 'germany' }, { rel: 'member-of', to: 'die-zeit' }],
  },
];
