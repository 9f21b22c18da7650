// Fourth breadth round: entities that the curators' spelling reports found missing from the base.
import type { Entity } from '../types';

export const entities: Entity[] = [
  {
    id: 'zaporizhzhia-nuclear-power-plant',
    type: 'organization',
    subtype: 'company',
    names: { de: 'AKW Saporischschja', en: 'Zaporizhzhia Nuclear Power Plant', uk: 'Запорізька атомна електростанція', ru: 'Запорожская атомная электростанция' },
    aliases: [
      'Atomkraftwerk Saporischschja', 'Kernkraftwerk Saporischschja', 'AKW Saporischja', 'Atomkraftwerk Saporischja',
      'Zaporizhzhia NPP', 'Zaporizhzhia nuclear plant', 'Zaporizhzhia nuclear power station', 'Zaporizhzhia atomic power plant',
      'Zaporizhia nuclear power plant', 'Zaporizhia nuclear plant', 'Zaporozhye nuclear power plant', 'Zaporozhye nuclear plant', 'Zaporozhye NPP',
      'Запорізька АЕС', 'Запорожская АЭС', 'centrale nucléaire de Zaporijjia',
    ],
    acronyms: ['ZNPP'],
    description: {
      de: 'Größtes Atomkraftwerk Europas mit sechs Reaktoren bei Enerhodar in der Südukraine; seit März 2022 von russischen Truppen besetzt und von der IAEA überwacht.',
      en: 'Europe’s largest nuclear power plant, six reactors near Enerhodar in southern Ukraine; held by Russian troops since March 2022 and watched by the IAEA.',
    },
    links: [
      { rel: 'related-to', to: 'ukraine' }, { rel: 'related-to', to: 'energoatom' }, { rel: 'related-to', to: 'rosatom' },
      { rel: 'related-to', to: 'iaea' },
    ],
  },
];
