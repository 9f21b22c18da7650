// Thirty-first breadth round: a twenty-first random sample of the German press on all five conflicts, 2022–2026.
// The blind sample missed almost no data; its errors were spellings and context resolutions (see the round's spellings.md).
import type { Entity } from '../types';

export const entities: Entity[] = [
  // Russia: a drone unit named in German reports on the Gerbera decoy drone (t-online, July 2024);
  // without it "Stalins Falken" was read as Stalin.
  {
    id: 'stalins-falcons',
    type: 'organization',
    subtype: 'armed-forces',
    names: { de: 'Stalins Falken', en: "Stalin's Falcons", ru: 'Сталинские соколы' },
    aliases: ['Stalinsche Falken', 'Stalin Falcons', 'Stalinskie Sokoly'],
    description: {
      de: 'Russische Drohneneinheit, die 2024 Videos der Gerbera-Täuschungsdrohnen verbreitete; Berichten zufolge eng mit dem Drohnenwerk Alabuga verbunden.',
      en: 'Russian drone unit that in 2024 published videos of Gerbera decoy drones; reported to be closely tied to the Alabuga drone plant.',
    },
    links: [{ rel: 'related-to', to: 'gerbera' }, { rel: 'related-to', to: 'alabuga' }, { rel: 'related-to', to: 'russia' }],
  },
];
