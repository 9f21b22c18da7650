// Twenty-eighth breadth round: an eighteenth random sample of the German press on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Ukrainian separate reconnaissance battalions (passage 02: "131. separaten Aufklärungsbataillons").
  {
    id: 'ua-131st-reconnaissance-battalion',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '131. Separates Aufklärungsbataillon', en: '131st Separate Reconnaissance Battalion', uk: '131-й окремий розвідувальний батальйон' },
    aliases: ['131. separates Aufklärungsbataillon', '131. Aufklärungsbataillon', '131st Reconnaissance Battalion', '131st Separate Recon Battalion', '131 ORB'],
    description: {
      de: 'Aufklärungsbataillon des ukrainischen Heeres, 2015 aus Kompanien zweier anderer Aufklärungsbataillone gebildet; meldete im November 2022 die Befreiung von Snihuriwka.',
      en: 'Ukrainian Ground Forces reconnaissance battalion formed in 2015 from companies of two other recon battalions; announced the liberation of Snihurivka in November 2022.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-ground-forces' }],
  },
  {
    id: 'ua-54th-reconnaissance-battalion',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '54. Separates Aufklärungsbataillon', en: '54th Separate Reconnaissance Battalion', uk: '54-й окремий розвідувальний батальйон' },
    aliases: ['54. separates Aufklärungsbataillon', '54. Aufklärungsbataillon', '54th Reconnaissance Battalion', '54th Separate Recon Battalion', '54 ORB'],
    description: {
      de: 'Aufklärungsbataillon des ukrainischen Heeres, seit 2014 im Donbas und nach 2022 unter anderem im Gebiet Charkiw eingesetzt.',
      en: 'Ukrainian Ground Forces reconnaissance battalion, deployed in the Donbas since 2014 and, after 2022, in Kharkiv oblast among other sectors.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-ground-forces' }],
  },
  {
    id: 'ua-74th-reconnaissance-battalion',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '74. Separates Aufklärungsbataillon', en: '74th Separate Reconnaissance Battalion', uk: '74-й окремий розвідувальний батальйон' },
    aliases: ['74. separates Aufklärungsbataillon', '74. Aufklärungsbataillon', '74th Reconnaissance Battalion', '74th Separate Recon Battalion', '74 ORB'],
    description: {
      de: 'Aufklärungsbataillon des ukrainischen Heeres aus dem Gebiet Dnipropetrowsk; kämpfte um den Flughafen Donezk und nach 2022 an den Abschnitten Awdijiwka und Wuhledar.',
      en: 'Ukrainian Ground Forces reconnaissance battalion from Dnipropetrovsk oblast; fought at Donetsk airport and, after 2022, on the Avdiivka and Vuhledar sectors.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-ground-forces' }],
  },
  {
    id: 'ua-132nd-reconnaissance-battalion',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '132. Separates Aufklärungsbataillon', en: '132nd Separate Reconnaissance Battalion', uk: '132-й окремий розвідувальний батальйон' },
    aliases: ['132. separates Aufklärungsbataillon', '132. Aufklärungsbataillon', '132nd Reconnaissance Battalion', '132nd Separate Recon Battalion', '132 ORB'],
    description: {
      de: 'Aufklärungsbataillon der ukrainischen Luftsturmtruppen, 2018 aufgestellt; 2022 an der Grenze zu Belarus, bei Isjum und später bei Bachmut eingesetzt.',
      en: 'Reconnaissance battalion of Ukraine’s Air Assault Forces, formed in 2018; deployed on the Belarus border, near Izium and later at Bakhmut in 2022–2023.',
    },
    links: [{ rel: 'part-of', to: 'ukrainian-air-assault-forces' }],
  },
  // The E5 defence ministers' format (passage 08: "Group of Five").
  {
    id: 'e5-group',
    type: 'organization',
    subtype: 'international-organization',
    names: { de: 'E5-Gruppe', en: 'European Group of Five' },
    aliases: ['E5-Format', 'E5 format', 'E5-Staaten', 'E5 group', 'E5-Verteidigungsminister', 'E5 defence ministers', 'European Group of Five', 'Europäische Gruppe der Fünf'],
    acronyms: ['E5'],
    // 'E5' and 'Group of Five' name other things too (G5 Sahel, grades, engines): only with a defence cue.
    guarded: ['E5', 'Gruppe der Fünf', 'Fünfer-Gruppe', 'Group of Five'],
    cues: ['verteidigungsminister', 'defence minister', 'defense minister', 'pistorius', 'healey', 'crosetto', 'kosiniak', 'vautrin', 'lecornu', 'ukraine', 'format', 'treffen', 'meeting', 'frankreich', 'france', 'polen', 'poland', 'italien', 'italy'],
    description: {
      de: 'Treffen der Verteidigungsminister Deutschlands, Frankreichs, Großbritanniens, Italiens und Polens, im November 2024 auf Initiative von Boris Pistorius in Berlin begonnen; berät über Ukraine-Hilfe und europäische Verteidigung.',
      en: 'Meeting of the defence ministers of Germany, France, the UK, Italy and Poland, started in Berlin in November 2024 on Boris Pistorius’s initiative; deals with aid to Ukraine and European defence.',
    },
    links: [{ rel: 'related-to', to: 'germany' }, { rel: 'related-to', to: 'france' }, { rel: 'related-to', to: 'united-kingdom' }, { rel: 'related-to', to: 'poland' }, { rel: 'related-to', to: 'boris-pistorius' }],
  },
  // Italian deputy defence ministers (the E5 meetings name them when Crosetto is absent).
  {
    id: 'isabella-rauti',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Isabella Rauti', en: 'Isabella Rauti' },
    description: {
      de: 'Italienische Senatorin der Fratelli d’Italia und seit 2022 Staatssekretärin im Verteidigungsministerium in Rom.',
      en: 'Italian senator of the Brothers of Italy and, since 2022, under-secretary of state at the defence ministry in Rome.',
    },
    roles: [{ title: { de: 'Staatssekretärin im Verteidigungsministerium', en: 'Under-secretary of state for defence' }, of: 'italy-defence-ministry', from: '2022' }],
    links: [{ rel: 'citizen-of', to: 'italy' }, { rel: 'member-of', to: 'brothers-of-italy' }],
  },
  {
    id: 'matteo-perego-di-cremnago',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Matteo Perego di Cremnago', en: 'Matteo Perego di Cremnago' },
    aliases: ['Perego di Cremnago'],
    description: {
      de: 'Italienischer Abgeordneter der Forza Italia und seit 2022 Staatssekretär im Verteidigungsministerium in Rom.',
      en: 'Italian MP of Forza Italia and, since 2022, under-secretary of state at the defence ministry in Rome.',
    },
    roles: [{ title: { de: 'Staatssekretär im Verteidigungsministerium', en: 'Under-secretary of state for defence' }, of: 'italy-defence-ministry', from: '2022' }],
    links: [{ rel: 'citizen-of', to: 'italy' }, { rel: 'member-of', to: 'forza-italia' }],
  },
  // Iranian dailies (passage 10: Faezeh Hashemi's "Zan"), the reformist papers of 1998–2000 and two current ones.
  {
    id: 'zan-newspaper',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Tageszeitung Zan', en: 'Zan newspaper', fa: 'زن' },
    aliases: ['Zeitung Zan', 'Zan daily', 'Zan-Zeitung', 'Frauenzeitung Zan'],
    description: {
      de: 'Iranische Frauen-Tageszeitung, 1998 von Faezeh Hashemi gegründet und 1999 von der Justiz verboten.',
      en: 'Iranian women’s daily founded by Faezeh Hashemi in 1998 and banned by the judiciary in 1999.',
    },
    links: [{ rel: 'related-to', to: 'faezeh-hashemi' }, { rel: 'related-to', to: 'iran' }],
  },
  {
    id: 'salam-newspaper',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Tageszeitung Salam', en: 'Salam newspaper', fa: 'سلام' },
    aliases: ['Zeitung Salam', 'Salam daily', 'Salam-Zeitung'],
    description: {
      de: 'Reformnahe iranische Tageszeitung des Klerikers Mohammad Musawi-Choeiniha; ihr Verbot im Juli 1999 löste die Teheraner Studentenproteste aus.',
      en: 'Reformist Iranian daily of the cleric Mohammad Mousavi Khoeiniha; its closure in July 1999 set off the Tehran student protests.',
    },
    links: [{ rel: 'related-to', to: 'mohammad-mousavi-khoeiniha' }, { rel: 'related-to', to: 'iran' }],
  },
  {
    id: 'khordad-newspaper',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Tageszeitung Khordad', en: 'Khordad newspaper', fa: 'خرداد' },
    aliases: ['Zeitung Khordad', 'Khordad daily', 'Zeitung Chordad', 'Tageszeitung Chordad'],
    description: {
      de: 'Reformorientierte iranische Tageszeitung von Abdollah Nuri, 1999 mit seiner Verurteilung durch das Sondergericht für Geistliche eingestellt.',
      en: 'Reformist Iranian daily run by Abdollah Nouri, shut down in 1999 when the Special Clerical Court convicted him.',
    },
    links: [{ rel: 'related-to', to: 'abdollah-nouri' }, { rel: 'related-to', to: 'iran' }],
  },
  {
    id: 'sobh-e-emrooz',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Sobh-e Emrooz', en: 'Sobh-e Emrooz', fa: 'صبح امروز' },
    aliases: ['Sobh-e Emruz', 'Sobh-e-Emrooz', 'Sobhe Emrooz'],
    description: {
      de: 'Reformorientierte Teheraner Tageszeitung von Saeed Hadscharian, im Frühjahr 2000 verboten.',
      en: 'Reformist Tehran daily published by Saeed Hajjarian, banned in spring 2000.',
    },
    links: [{ rel: 'related-to', to: 'saeed-hajjarian' }, { rel: 'related-to', to: 'iran' }],
  },
  {
    id: 'jameah-newspaper',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Tageszeitung Jameah', en: 'Jameah newspaper', fa: 'جامعه' },
    aliases: ['Zeitung Jameah', 'Jameah daily', 'Zeitung Dschameeh', 'Jameeh newspaper'],
    description: {
      de: 'Erste große Reformzeitung der Chatami-Jahre, 1998 gegründet und im selben Jahr verboten; erschien danach unter neuen Namen weiter.',
      en: 'First major reformist daily of the Khatami years, founded in 1998 and banned the same year; it reappeared under new titles.',
    },
    links: [{ rel: 'related-to', to: 'iran' }],
  },
  {
    id: 'neshat-newspaper',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Tageszeitung Neshat', en: 'Neshat newspaper', fa: 'نشاط' },
    aliases: ['Zeitung Neshat', 'Neshat daily', 'Zeitung Neschat'],
    description: {
      de: 'Reformorientierte iranische Tageszeitung, 1999 als Nachfolgerin verbotener Blätter gegründet und im selben Jahr geschlossen.',
      en: 'Reformist Iranian daily launched in 1999 as successor to banned papers and closed the same year.',
    },
    links: [{ rel: 'related-to', to: 'iran' }],
  },
  {
    id: 'khorasan-newspaper',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Tageszeitung Khorasan', en: 'Khorasan newspaper', fa: 'روزنامه خراسان' },
    aliases: ['Zeitung Khorasan', 'Khorasan daily', 'Zeitung Chorasan', 'Tageszeitung Chorasan'],
    description: {
      de: 'Konservative Tageszeitung aus Maschhad, eine der ältesten des Iran.',
      en: 'Conservative daily from Mashhad, one of Iran’s oldest newspapers.',
    },
    links: [{ rel: 'related-to', to: 'iran' }],
  },
  {
    id: 'siasat-e-rooz',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Siasat-e Rooz', en: 'Siasat-e Rooz', fa: 'سیاست روز' },
    aliases: ['Siasat-e-Rooz', 'Siyasat-e Ruz', 'Siasat Rooz'],
    description: {
      de: 'Konservative Teheraner Tageszeitung mit Nähe zum Lager der Prinzipalisten.',
      en: 'Conservative Tehran daily close to the principlist camp.',
    },
    links: [{ rel: 'related-to', to: 'iran' }],
  },
  // Outlets cited from Israel, Gaza and Syria that the base lacked.
  {
    id: 'globes',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Globes', en: 'Globes', he: 'גלובס' },
    aliases: ['Globes-Zeitung', 'Wirtschaftszeitung Globes', 'Globes newspaper'],
    guarded: ['Globes'],
    cues: ['israel', 'wirtschaftszeitung', 'wirtschaftsblatt', 'business daily', 'business newspaper', 'financial daily', 'tel aviv', 'zeitung', 'newspaper'],
    description: {
      de: 'Israelische Wirtschaftstageszeitung aus Tel Aviv mit englischsprachigem Online-Angebot.',
      en: 'Israeli business daily from Tel Aviv with an English-language website.',
    },
    links: [{ rel: 'related-to', to: 'israel' }],
  },
  {
    id: 'davar-news',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Davar', en: 'Davar', he: 'דבר' },
    aliases: ['Davar1', 'Davar Rishon'],
    guarded: ['Davar'],
    cues: ['histadrut', 'israel', 'nachrichtenseite', 'news site', 'website', 'zeitung', 'newspaper', 'reported', 'berichtet'],
    description: {
      de: 'Israelische Nachrichtenseite des Gewerkschaftsbunds Histadrut, 2016 unter dem Namen von dessen früherer Tageszeitung neu gegründet.',
      en: 'Israeli news site of the Histadrut labour federation, relaunched in 2016 under the name of its former daily.',
    },
    links: [{ rel: 'related-to', to: 'israel' }],
  },
  {
    id: 'halab-today',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Halab Today', en: 'Halab Today', ar: 'حلب اليوم' },
    aliases: ['Halab Today TV', 'Halab al-Yawm'],
    description: {
      de: 'Syrischer Oppositions-Fernsehsender aus der Region Aleppo.',
      en: 'Syrian opposition television channel from the Aleppo region.',
    },
    links: [{ rel: 'related-to', to: 'syria' }],
  },
  {
    id: 'deirezzor-24',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'DeirEzzor 24', en: 'DeirEzzor 24', ar: 'دير الزور 24' },
    aliases: ['Deir ez-Zor 24', 'Deir Ezzor 24', 'DeirEzzor24', 'Deir al-Zor 24', 'Deir es-Sor 24'],
    description: {
      de: 'Syrisches Aktivisten-Nachrichtennetz, das über die Provinz Deir ez-Zor berichtet.',
      en: 'Syrian activist news network reporting on Deir ez-Zor province.',
    },
    links: [{ rel: 'related-to', to: 'syria' }],
  },
];
