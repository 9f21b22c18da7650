// Thirty-second breadth round: a twenty-second random sample of English wire and newspaper reporting on all five conflicts, 2022–2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Iranians hanged as alleged Mossad agents (named in wire copy on Iran's espionage executions).
  {
    id: 'mohammad-faramarzi',
    type: 'person',
    names: { de: 'Mohammad Faramarzi', en: 'Mohammad Faramarzi', fa: 'محمد فرامرزی' },
    description: {
      de: 'Kurdischer Iraner, im Januar 2024 zusammen mit drei weiteren Männern hingerichtet; das Regime warf ihnen einen Sabotageplan des Mossad gegen eine Rüstungsanlage in Isfahan vor, Menschenrechtler sprechen von erzwungenen Geständnissen.',
      en: 'Iranian Kurd executed with three other men in January 2024; Tehran accused them of a Mossad sabotage plot against a defence-industry site in Isfahan, rights groups cite forced confessions.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'mohsen-mazloum' }],
  },
  {
    id: 'mohsen-mazloum',
    type: 'person',
    names: { de: 'Mohsen Mazloum', en: 'Mohsen Mazloum', fa: 'محسن مظلوم' },
    description: {
      de: 'Kurdischer Iraner, im Januar 2024 als angeblicher Mossad-Agent hingerichtet; nach Angaben von Iran Human Rights ein politischer Gefangener aus dem Umfeld der Komala.',
      en: 'Iranian Kurd hanged in January 2024 as an alleged Mossad agent; according to Iran Human Rights a political prisoner linked to Komala.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'komala' }],
  },
  {
    id: 'vafa-azarbar',
    type: 'person',
    names: { de: 'Wafa Azarbar', en: 'Vafa Azarbar', fa: 'وفا آذربار' },
    aliases: ['Vafa Azarbar'],
    description: {
      de: 'Einer der vier Kurden, die Iran im Januar 2024 wegen angeblicher Zusammenarbeit mit dem Mossad hinrichten ließ.',
      en: 'One of the four Kurdish men Iran executed in January 2024 for alleged collaboration with the Mossad.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'mohsen-mazloum' }],
  },
  {
    id: 'pejman-fatehi',
    type: 'person',
    names: { de: 'Pejman Fatehi', en: 'Pejman Fatehi', fa: 'پژمان فاتحی' },
    aliases: ['Pezhman Fatehi'],
    description: {
      de: 'Kurdischer Iraner, im Januar 2024 mit drei Mitangeklagten unter dem Vorwurf der Mossad-Spionage gehängt.',
      en: 'Iranian Kurd hanged in January 2024 with three co-defendants on charges of spying for the Mossad.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'mohsen-mazloum' }],
  },
  {
    id: 'hossein-ordoukhanzadeh',
    type: 'person',
    names: { de: 'Hossein Ordoukhanzadeh', en: 'Hossein Ordoukhanzadeh', fa: 'حسین اردوخان‌زاده' },
    aliases: ['Hossein Ordukhanzadeh'],
    description: {
      de: 'Einer von vier Männern, die Iran 2022 als angebliche Mossad-Agenten wegen Entführung und Spionage hinrichtete.',
      en: 'One of four men Iran executed in 2022 as alleged Mossad agents on kidnapping and espionage charges.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'mossad' }],
  },
  {
    id: 'shahin-imani-mahmoudabad',
    type: 'person',
    names: { de: 'Shahin Imani Mahmoudabad', en: 'Shahin Imani Mahmoudabad', fa: 'شاهین ایمانی محمودآباد' },
    description: {
      de: 'Im Jahr 2022 in Iran mit drei weiteren Männern als angeblicher Mossad-Spion hingerichtet.',
      en: 'Executed in Iran in 2022 together with three other men as an alleged Mossad spy.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'hossein-ordoukhanzadeh' }],
  },
  {
    id: 'milad-ashrafi-atbatan',
    type: 'person',
    names: { de: 'Milad Ashrafi Atbatan', en: 'Milad Ashrafi Atbatan', fa: 'میلاد اشرفی آتباتان' },
    description: {
      de: 'Einer der vier 2022 in Iran wegen angeblicher Zusammenarbeit mit dem israelischen Geheimdienst Gehängten.',
      en: 'One of the four men hanged in Iran in 2022 for alleged collaboration with Israeli intelligence.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'hossein-ordoukhanzadeh' }],
  },
  {
    id: 'manouchehr-shahbandi-bojandi',
    type: 'person',
    names: { de: 'Manouchehr Shahbandi Bojandi', en: 'Manouchehr Shahbandi Bojandi', fa: 'منوچهر شاه‌بندی بجندی' },
    description: {
      de: 'Im Jahr 2022 in Iran hingerichtet; ein Gericht warf ihm und drei anderen vor, im Auftrag des Mossad gehandelt zu haben.',
      en: 'Executed in Iran in 2022; a court accused him and three others of acting on behalf of the Mossad.',
    },
    links: [{ rel: 'citizen-of', to: 'iran' }, { rel: 'related-to', to: 'hossein-ordoukhanzadeh' }],
  },
  // North and South Korean space launchers and satellites.
  {
    id: 'malligyong-1-1',
    type: 'weapon',
    names: { de: 'Malligyong-1-1', en: 'Malligyong-1-1', ko: '만리경-1-1호' },
    aliases: ['Malligyong 1-1', 'Mallegyong-1-1', 'Manrigyong-1-1', 'Malligyong-2', 'Malligyong 2'],
    description: {
      de: 'Nordkoreanischer militärischer Aufklärungssatellit, dessen Start im Mai 2024 scheiterte, als die neue Trägerrakete kurz nach dem Abheben in Sohae explodierte.',
      en: 'North Korean military reconnaissance satellite lost in May 2024 when its new carrier rocket exploded shortly after lift-off from Sohae.',
    },
    links: [{ rel: 'made-by', to: 'north-korea' }, { rel: 'related-to', to: 'malligyong-1' }, { rel: 'related-to', to: 'nata-north-korea' }],
  },
  {
    id: 'nuri-rocket',
    type: 'weapon',
    names: { de: 'Nuri', en: 'Nuri', ko: '누리호' },
    aliases: ['KSLV-II', 'KSLV-2', 'Nuri rocket', 'Nuri-Rakete'],
    guarded: ['Nuri'],
    cues: ['rakete', 'rocket', 'trägerrakete', 'launch', 'start', 'satellit', 'satellite', 'südkorea', 'south korea', 'naro', 'weltraum', 'space', 'orbit', 'stufe', 'stage'],
    description: {
      de: 'Dreistufige südkoreanische Trägerrakete (KSLV-II), seit 2022 erfolgreich gestartet; Seouls ziviles Gegenstück zu Nordkoreas Satellitenraketen.',
      en: 'Three-stage South Korean space launch vehicle (KSLV-II), flying successfully since 2022; Seoul’s civilian counterpart to the North’s satellite rockets.',
    },
    links: [{ rel: 'made-by', to: 'south-korea' }],
  },
  // Newspapers quoted in wire copy that the base lacked.
  {
    id: 'gulf-times',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Gulf Times', en: 'Gulf Times' },
    description: {
      de: 'Englischsprachige Tageszeitung aus Doha in Katar.',
      en: 'English-language daily newspaper published in Doha, Qatar.',
    },
    links: [{ rel: 'part-of', to: 'qatar' }],
  },
  {
    id: 'the-peninsula-qatar',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'The Peninsula', en: 'The Peninsula' },
    aliases: ['The Peninsula Qatar'],
    guarded: ['The Peninsula'],
    cues: ['newspaper', 'zeitung', 'daily', 'qatar', 'katar', 'doha', 'reported', 'berichtete', 'told', 'sagte', 'interview'],
    description: {
      de: 'Englischsprachige Tageszeitung aus Katar mit Sitz in Doha.',
      en: 'English-language daily newspaper of Qatar, based in Doha.',
    },
    links: [{ rel: 'part-of', to: 'qatar' }],
  },
  {
    id: 'deseret-news',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Deseret News', en: 'Deseret News' },
    description: {
      de: 'Tageszeitung aus Salt Lake City in Utah, im Besitz der Kirche Jesu Christi der Heiligen der Letzten Tage.',
      en: 'Daily newspaper from Salt Lake City, Utah, owned by the Church of Jesus Christ of Latter-day Saints.',
    },
    links: [{ rel: 'part-of', to: 'united-states' }],
  },
  // Russia's nuclear-weapons and nuclear-export complex under Rosatom, and the missile designer MITT.
  {
    id: 'vniief',
    type: 'organization',
    subtype: 'company',
    names: { de: 'VNIIEF', en: 'VNIIEF', ru: 'Всероссийский научно-исследовательский институт экспериментальной физики' },
    aliases: ['RFNC-VNIIEF', 'Russian Federal Nuclear Center VNIIEF', 'Russian Federal Nuclear Centre in Sarov', 'Arzamas-16', 'ВНИИЭФ', 'WNIIEF'],
    description: {
      de: 'Russlands wichtigstes Kernwaffen-Entwicklungszentrum in Sarow (früher Arsamas-16), Teil von Rosatom.',
      en: 'Russia’s leading nuclear-weapons design centre in Sarov (formerly Arzamas-16), part of Rosatom.',
    },
    links: [{ rel: 'part-of', to: 'rosatom' }, { rel: 'related-to', to: 'nuclear-weapon' }],
  },
  {
    id: 'vniitf',
    type: 'organization',
    subtype: 'company',
    names: { de: 'VNIITF', en: 'VNIITF', ru: 'Всероссийский научно-исследовательский институт технической физики' },
    aliases: ['RFNC-VNIITF', 'Chelyabinsk-70', 'ВНИИТФ', 'WNIITF'],
    description: {
      de: 'Zweites russisches Kernwaffen-Entwicklungszentrum in Sneschinsk im Ural (früher Tscheljabinsk-70), gehört zu Rosatom.',
      en: 'Russia’s second nuclear-weapons design centre at Snezhinsk in the Urals (formerly Chelyabinsk-70), belonging to Rosatom.',
    },
    links: [{ rel: 'part-of', to: 'rosatom' }, { rel: 'related-to', to: 'nuclear-weapon' }],
  },
  {
    id: 'mayak-production-association',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Produktionsvereinigung Majak', en: 'Mayak Production Association', ru: 'Производственное объединение «Маяк»' },
    aliases: ['Mayak plant', 'Mayak nuclear plant', 'Mayak nuclear complex', 'Majak-Anlage', 'Atomanlage Majak', 'Mayak PA'],
    description: {
      de: 'Rosatom-Kombinat in Osjorsk bei Tscheljabinsk für Plutonium und Wiederaufarbeitung; Ort der Kyschtym-Katastrophe von 1957.',
      en: 'Rosatom plutonium and reprocessing complex at Ozyorsk near Chelyabinsk; site of the 1957 Kyshtym disaster.',
    },
    links: [{ rel: 'part-of', to: 'rosatom' }],
  },
  {
    id: 'tenex',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Tenex', en: 'Tenex', ru: 'Техснабэкспорт' },
    aliases: ['Techsnabexport', 'TENEX', 'Tekhsnabeksport'],
    description: {
      de: 'Rosatom-Tochter, die angereichertes Uran und Anreicherungsleistungen ins Ausland verkauft, auch an westliche Kraftwerksbetreiber.',
      en: 'Rosatom subsidiary selling enriched uranium and enrichment services abroad, including to Western utilities.',
    },
    links: [{ rel: 'part-of', to: 'rosatom' }],
  },
  {
    id: 'atomstroyexport',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Atomstroyexport', en: 'Atomstroyexport', ru: 'Атомстройэкспорт' },
    aliases: ['Atomstrojexport', 'ASE Group'],
    description: {
      de: 'Rosatom-Unternehmen, das Atomkraftwerke im Ausland baut, darunter das iranische Kraftwerk Buschehr.',
      en: 'Rosatom company building nuclear power plants abroad, among them Iran’s Bushehr plant.',
    },
    links: [{ rel: 'part-of', to: 'rosatom' }, { rel: 'related-to', to: 'iran' }],
  },
  {
    id: 'rusatom-overseas',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Rusatom Overseas', en: 'Rusatom Overseas', ru: 'Русатом Оверсиз' },
    description: {
      de: 'Rosatom-Tochter, die Atomkraftwerksprojekte im Ausland anbahnt und vermarktet.',
      en: 'Rosatom subsidiary that promotes and sets up nuclear power projects abroad.',
    },
    links: [{ rel: 'part-of', to: 'rosatom' }],
  },
  {
    id: 'kurchatov-institute',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Kurtschatow-Institut', en: 'Kurchatov Institute', ru: 'Курчатовский институт' },
    aliases: ['National Research Centre Kurchatov Institute', 'National Research Center Kurchatov Institute', 'Kurchatov Institute of Atomic Energy', 'Kurtschatow-Institut'],
    description: {
      de: 'Führendes russisches Nuklearforschungszentrum in Moskau, geleitet von Putins Vertrautem Michail Kowaltschuk.',
      en: 'Russia’s leading nuclear research centre in Moscow, headed by Putin confidant Mikhail Kovalchuk.',
    },
    links: [{ rel: 'part-of', to: 'russia' }, { rel: 'related-to', to: 'mikhail-kovalchuk' }],
  },
  // Israeli spyware maker and another newspaper.
  {
    id: 'candiru',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Candiru', en: 'Candiru' },
    aliases: ['Saito Tech'],
    description: {
      de: 'Israelischer Hersteller von Spähsoftware für Regierungen; 2021 zusammen mit der NSO Group auf die schwarze Liste des US-Handelsministeriums gesetzt.',
      en: 'Israeli maker of spyware sold to governments; blacklisted by the US Commerce Department in 2021 together with NSO Group.',
    },
    links: [{ rel: 'part-of', to: 'israel' }, { rel: 'related-to', to: 'nso-group' }],
  },
  {
    id: 'cyprus-mail',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Cyprus Mail', en: 'Cyprus Mail' },
    description: {
      de: 'Englischsprachige Tageszeitung aus Nikosia auf Zypern.',
      en: 'English-language daily newspaper from Nicosia, Cyprus.',
    },
    links: [{ rel: 'part-of', to: 'cyprus' }],
  },
];
