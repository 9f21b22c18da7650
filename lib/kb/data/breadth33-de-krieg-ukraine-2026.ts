// Thirty-third breadth round: German-language reporting on the war in Ukraine, late 2025 and 2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Russian finance and sanctions: exchanges, payment infrastructure, banks.
  {
    id: 'garantex',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Garantex', en: 'Garantex', ru: 'Гарантекс' },
    aliases: ['Garantex Europe', 'Kryptobörse Garantex', 'Garantex exchange'],
    description: {
      de: 'In Moskau betriebene Kryptobörse, über die sanktionierte russische Akteure Geld bewegten; 2022 von den USA sanktioniert, im März 2025 von US-, deutschen und finnischen Behörden abgeschaltet; Nachfolgerin ist Grinex.',
      en: 'Moscow-run cryptocurrency exchange used to move money for sanctioned Russian actors; sanctioned by the US in 2022 and taken down by US, German and Finnish authorities in March 2025; succeeded by Grinex.',
    },
    links: [{ rel: 'part-of', to: 'russia' }, { rel: 'related-to', to: 'grinex' }],
  },
  {
    id: 't-bank',
    type: 'organization',
    subtype: 'company',
    names: { de: 'T-Bank', en: 'T-Bank', ru: 'Т-Банк' },
    aliases: ['Tinkoff Bank', 'Tinkoff-Bank', 'Tinkoff', 'Tinkow-Bank', 'TBank'],
    description: {
      de: 'Große russische Online-Bank, bis 2024 Tinkoff Bank; gegründet von Oleg Tinkow, seit 2022 unter Kontrolle von Wladimir Potanins Interros.',
      en: 'Large Russian online bank, called Tinkoff Bank until 2024; founded by Oleg Tinkov and controlled by Vladimir Potanin’s Interros since 2022.',
    },
    links: [{ rel: 'part-of', to: 'russia' }, { rel: 'related-to', to: 'oleg-tinkov' }, { rel: 'related-to', to: 'interros' }],
  },
  {
    id: 'national-clearing-centre-russia',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Nationales Clearingzentrum', en: 'National Clearing Centre', ru: 'Национальный клиринговый центр' },
    aliases: ['National Clearing Center', 'Nationales Clearing-Zentrum'],
    guarded: ['NCC'],
    cues: ['clearing', 'börse', 'exchange', 'moex', 'moskau', 'moscow', 'russ', 'sanktion', 'sanction', 'nsd', 'depot'],
    description: {
      de: 'Zentrale Gegenpartei und Clearingstelle der Moskauer Börse; im Juni 2024 zusammen mit der Börse von den USA sanktioniert.',
      en: 'Central counterparty and clearing house of the Moscow Exchange; sanctioned by the US together with the exchange in June 2024.',
    },
    links: [{ rel: 'part-of', to: 'moscow-exchange' }, { rel: 'part-of', to: 'russia' }],
  },
  {
    id: 'nspk',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Nationales System für Zahlungskarten', en: 'National Payment Card System', ru: 'Национальная система платёжных карт' },
    aliases: ['National Card Payment System', 'Nationale Zahlungskartensystem'],
    acronyms: ['NSPK'],
    description: {
      de: 'Tochter der russischen Zentralbank, die das Kartenzahlungssystem Mir betreibt; nach dem Rückzug von Visa und Mastercard 2022 das Rückgrat des russischen Kartenverkehrs.',
      en: 'Subsidiary of the Bank of Russia that operates the Mir card payment system; the backbone of Russian card payments since Visa and Mastercard withdrew in 2022.',
    },
    links: [{ rel: 'part-of', to: 'bank-of-russia' }, { rel: 'related-to', to: 'mir-payment-system' }],
  },
  {
    id: 'teboil',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Teboil', en: 'Teboil' },
    description: {
      de: 'Finnische Tankstellenkette im Besitz des russischen Ölkonzerns Lukoil; geriet nach den US-Sanktionen gegen Lukoil im Herbst 2025 in Lieferschwierigkeiten.',
      en: 'Finnish filling-station chain owned by the Russian oil company Lukoil; ran into supply trouble after the US sanctioned Lukoil in autumn 2025.',
    },
    links: [{ rel: 'part-of', to: 'lukoil' }],
  },
  {
    id: 'fesco',
    type: 'organization',
    subtype: 'company',
    names: { de: 'FESCO', en: 'FESCO', ru: 'ФЕСКО' },
    aliases: ['Fesco', 'Far Eastern Shipping Company', 'Fernöstliche Reederei', 'FESCO Transport Group', 'Transportgruppe FESCO'],
    description: {
      de: 'Russische Reederei- und Logistikgruppe mit Sitz in Wladiwostok, betreibt Containerlinien, Häfen und Bahnverkehre im Fernen Osten.',
      en: 'Russian shipping and logistics group based in Vladivostok, running container lines, ports and rail services in the Far East.',
    },
    links: [{ rel: 'part-of', to: 'russia' }],
  },
  // Weapons and vehicles delivered to Ukraine.
  {
    id: 'bmc-kirpi',
    type: 'weapon',
    subtype: 'armoured-vehicle',
    names: { de: 'BMC Kirpi', en: 'BMC Kirpi' },
    aliases: ['Kirpi MRAP', 'Kirpi-MRAP', 'Kirpi II'],
    guarded: ['Kirpi'],
    cues: ['mrap', 'fahrzeug', 'vehicle', 'bmc', 'gepanzert', 'armoured', 'armored', 'türk', 'turk', 'transporter', 'panzer', 'minengeschützt', 'mine-resistant'],
    description: {
      de: 'Minengeschütztes Radfahrzeug (MRAP) des türkischen Herstellers BMC; an die ukrainischen Streitkräfte geliefert.',
      en: 'Mine-resistant wheeled vehicle (MRAP) made by the Turkish manufacturer BMC; supplied to the Ukrainian armed forces.',
    },
    links: [{ rel: 'made-by', to: 'turkey' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  {
    id: 'ypr-765',
    type: 'weapon',
    subtype: 'armoured-vehicle',
    names: { de: 'YPR-765', en: 'YPR-765' },
    aliases: ['YPR 765', 'YPR765', 'YPR-765 PRI'],
    description: {
      de: 'Kettenschützenpanzer der niederländischen Armee auf Basis des amerikanischen AIFV; die Niederlande gaben ab 2022 Fahrzeuge an die Ukraine ab.',
      en: 'Tracked armoured personnel carrier of the Dutch army, based on the American AIFV; the Netherlands handed vehicles to Ukraine from 2022.',
    },
    links: [{ rel: 'used-by', to: 'netherlands' }, { rel: 'used-by', to: 'ukrainian-armed-forces' }],
  },
  // Russian formations.
  {
    id: 'ru-1st-army-corps',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: '1. Armeekorps der DVR', en: '1st Army Corps of the DPR', ru: '1-й армейский корпус' },
    aliases: ['1st Donetsk Army Corps', '1. Donezker Armeekorps', '1st Army Corps DPR', '1. Armeekorps der Donezker Volksrepublik', '1st Army Corps of the Donetsk People’s Republic'],
    guarded: ['1. Armeekorps', '1st Army Corps'],
    cues: ['russ', 'dvr', 'dpr', 'donezk', 'donetsk', 'separatist', 'volksrepublik', "people's republic", 'moskau', 'moscow', 'kreml'],
    description: {
      de: 'Aus der Volksmiliz der selbsternannten Volksrepublik Donezk hervorgegangenes Korps, seit 2023 Teil der russischen Streitkräfte und an der Donbass-Front eingesetzt.',
      en: 'Corps that grew out of the people’s militia of the self-proclaimed Donetsk People’s Republic; part of the Russian armed forces since 2023 and fighting on the Donbas front.',
    },
    links: [{ rel: 'part-of', to: 'russian-armed-forces' }, { rel: 'related-to', to: 'donetsk-peoples-republic' }],
  },
  // Firms named in strike and sanctions reports.
  {
    id: 'petrotel-lukoil',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Petrotel-Lukoil', en: 'Petrotel-Lukoil' },
    aliases: ['Petrotel Lukoil', 'Raffinerie Petrotel', 'Petrotel refinery', 'Petrotel-Raffinerie'],
    guarded: ['Petrotel'],
    cues: ['raffinerie', 'refinery', 'lukoil', 'ploiești', 'ploiesti', 'rumän', 'romania', 'öl', 'oil', 'sanktion', 'sanction'],
    description: {
      de: 'Ölraffinerie in Ploiești (Rumänien) im Besitz des russischen Konzerns Lukoil; nach den US-Sanktionen gegen Lukoil 2025 Teil der Debatte um den Verkauf der Auslandsbeteiligungen.',
      en: 'Oil refinery in Ploiești, Romania, owned by the Russian company Lukoil; after the 2025 US sanctions on Lukoil part of the debate over the sale of its foreign assets.',
    },
    links: [{ rel: 'part-of', to: 'lukoil' }],
  },
  {
    id: 'epicentr',
    type: 'organization',
    subtype: 'company',
    names: { de: 'Epizentr', en: 'Epicentr', uk: 'Епіцентр К' },
    aliases: ['Epicentr K', 'Epizentr K', 'Epicenter K', 'Baumarkt Epizentr', 'Epicentr hypermarket'],
    guarded: ['Epicentr', 'Epizentr'],
    cues: ['baumarkt', 'hypermarkt', 'hypermarket', 'einkaufs', 'shopping', 'markt', 'store', 'kette', 'chain', 'charkiw', 'kharkiv', 'angriff', 'strike', 'ukrain'],
    description: {
      de: 'Größte ukrainische Baumarkt- und Einzelhandelskette; ihr Baumarkt in Charkiw wurde im Mai 2024 von russischen Gleitbomben zerstört.',
      en: 'Ukraine’s largest DIY and retail chain; its hypermarket in Kharkiv was destroyed by Russian glide bombs in May 2024.',
    },
    links: [{ rel: 'part-of', to: 'ukraine' }],
  },
];
