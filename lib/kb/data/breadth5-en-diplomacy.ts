// Fifth breadth round: entities met in the English press on diplomacy over Ukraine and North Korea, 2025-2026.
import type { Entity } from '../types';

export const entities: Entity[] = [
  {
    id: 'kira-rudik',
    type: 'person',
    subtype: 'politician',
    names: { de: 'Kira Rudik', en: 'Kira Rudik', uk: 'Кіра Рудик' },
    aliases: ['Kira Rudyk'],
    description: {
      de: 'Ukrainische Oppositionsabgeordnete in der Werchowna Rada und Vorsitzende der Partei Holos.',
      en: 'Ukrainian opposition member of the Verkhovna Rada and leader of the Holos party.',
    },
    links: [{ rel: 'citizen-of', to: 'ukraine' }, { rel: 'leads', to: 'holos-party' }, { rel: 'member-of', to: 'verkhovna-rada' }],
  },
  {
    id: 'georgy-zinoviev',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Georgi Sinowjew', en: 'Georgy Zinoviev', ru: 'Георгий Зиновьев' },
    aliases: ['Georgiy Zinoviev', 'Georgi Zinoviev', 'Georgy Zinovyev', 'Georgi Sinowjew', 'Georgij Sinowjew'],
    description: {
      de: 'Russischer Diplomat, Botschafter Russlands in Südkorea; wurde in Seoul wegen der nordkoreanischen Truppen in Russland einbestellt.',
      en: 'Russian diplomat, Russia’s ambassador to South Korea; summoned in Seoul over North Korean troops in Russia.',
    },
    links: [{ rel: 'citizen-of', to: 'russia' }, { rel: 'member-of', to: 'russian-foreign-ministry' }],
  },
  {
    id: 'kim-hong-kyun',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Kim Hong-kyun', en: 'Kim Hong-kyun', ko: '김홍균' },
    aliases: ['Kim Hong Kyun', 'Kim Hongkyun'],
    description: {
      de: 'Südkoreanischer Diplomat, Erster Vize-Außenminister unter Präsident Yoon.',
      en: 'South Korean diplomat, first vice foreign minister under President Yoon.',
    },
    links: [{ rel: 'citizen-of', to: 'south-korea' }, { rel: 'member-of', to: 'south-korean-foreign-ministry' }],
  },
  {
    id: 'euractiv',
    type: 'organization',
    subtype: 'news-agency',
    names: { de: 'Euractiv', en: 'Euractiv' },
    aliases: ['EurActiv', 'Euractiv.com', 'Euractiv.de'],
    description: {
      de: 'Brüsseler Nachrichtenportal zur EU-Politik mit Ausgaben in mehreren Sprachen.',
      en: 'Brussels-based news site on EU policy with editions in several languages.',
    },
  },
  {
    id: 'sonata-coulter',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Sonata Coulter', en: 'Sonata Coulter' },
    description: {
      de: 'US-Diplomatin im Europa- und Eurasien-Referat des Außenministeriums; leitete 2025 die US-Delegation bei den Gesprächen mit Russland in Istanbul über die Arbeit der Botschaften.',
      en: 'US State Department diplomat for European and Eurasian affairs; led the US side in the 2025 Istanbul talks with Russia on the work of the embassies.',
    },
    links: [{ rel: 'citizen-of', to: 'united-states' }, { rel: 'member-of', to: 'us-state-department' }],
  },
  {
    id: 'hwang-joon-kook',
    type: 'person',
    subtype: 'diplomat',
    names: { de: 'Hwang Joon-kook', en: 'Hwang Joon-kook', ko: '황준국' },
    aliases: ['Hwang Joon Kook', 'Hwang Jun-kook', 'Hwang Jun-guk'],
    description: {
      de: 'Südkoreanischer Diplomat, UN-Botschafter Südkoreas; warf Nordkorea vor, die Ukraine als Testgelände für seine Raketen zu nutzen.',
      en: 'South Korean diplomat, South Korea’s ambassador to the UN; accused North Korea of using Ukraine as a testing ground for its missiles.',
    },
    links: [{ rel: 'citizen-of', to: 'south-korea' }, { rel: 'member-of', to: 'south-korean-foreign-ministry' }],
  },
  {
    id: 'inter-mediate',
    type: 'organization',
    subtype: 'think-tank',
    names: { de: 'Inter Mediate', en: 'Inter Mediate' },
    aliases: ['Inter-Mediate'],
    description: {
      de: 'Britische Organisation zur Vermittlung in bewaffneten Konflikten, gegründet von Jonathan Powell.',
      en: 'British charity that mediates in armed conflicts, founded by Jonathan Powell.',
    },
    links: [{ rel: 'related-to', to: 'jonathan-powell' }],
  },
  {
    id: 'state-property-fund-of-ukraine',
    type: 'organization',
    subtype: 'government-body',
    names: { de: 'Staatlicher Vermögensfonds der Ukraine', en: 'State Property Fund of Ukraine', uk: 'Фонд державного майна України' },
    aliases: ['State Property Fund', 'Ukraine State Property Fund', 'Ukrainian State Property Fund', 'Staatlicher Vermögensfonds'],
    description: {
      de: 'Ukrainische Behörde, die Staatsunternehmen verwaltet und privatisiert; 2022–2023 von Rustem Umerow geleitet.',
      en: 'Ukrainian agency that manages and privatises state enterprises; headed by Rustem Umerov in 2022–2023.',
    },
    links: [{ rel: 'part-of', to: 'ukraine' }],
  },
];
