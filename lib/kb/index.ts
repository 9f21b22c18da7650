// The curated knowledge base joined from its region files and the generated states; lookup by id.
// Data only: no matching, no DOM.
import type { Entity } from './types';
import { entities as breadthWeapons } from './data/breadth-weapons';
import { entities as breadthWest } from './data/breadth-west';
import { entities as breadthEast } from './data/breadth-east';
import { entities as breadthEn2 } from './data/breadth-en2';
import { entities as breadthDe2 } from './data/breadth-de2';
import { entities as breadth3DeEast } from './data/breadth3-de-east';
import { entities as breadth3EnEast } from './data/breadth3-en-east';
import { entities as breadth3DeMideast } from './data/breadth3-de-mideast';
import { entities as breadth3EnMideast } from './data/breadth3-en-mideast';
import { entities as breadth4DeDefence } from './data/breadth4-de-defence';
import { entities as breadth4EnUs } from './data/breadth4-en-us';
import { entities as breadth4Weapons } from './data/breadth4-weapons';
import { entities as breadth4RuDomestic } from './data/breadth4-ru-domestic';
import { entities as breadth5DeFront } from './data/breadth5-de-front';
import { entities as breadth5EnIsrael } from './data/breadth5-en-israel';
import { entities as breadth5DeNahost } from './data/breadth5-de-nahost';
import { entities as breadth5EnDiplomacy } from './data/breadth5-en-diplomacy';
import { entities as breadth6EnEurope } from './data/breadth6-en-europe';
import { entities as breadth6DeUkraine } from './data/breadth6-de-ukraine';
import { entities as breadth6EnLevantGulf } from './data/breadth6-en-levant-gulf';
import { entities as breadth6AsiaCaucasus } from './data/breadth6-asia-caucasus';
import { entities as breadth7DeRussland } from './data/breadth7-de-russland';
import { entities as breadth7EnIranYemen } from './data/breadth7-en-iran-yemen';
import { entities as breadth7EnUkraineWar } from './data/breadth7-en-ukraine-war';
import { entities as breadth7DeWesten } from './data/breadth7-de-westen';
import { entities as breadth7Weapons } from './data/breadth7-weapons';
import { entities as breadth8DeNahostIran } from './data/breadth8-de-nahost-iran';
import { entities as breadth8EnRussia } from './data/breadth8-en-russia';
import { entities as breadth8EnKoreaChina } from './data/breadth8-en-korea-china';
import { entities as breadth8DeUkrainePolitik } from './data/breadth8-de-ukraine-politik';
import { entities as breadth8EnSyriaIraqTurkey } from './data/breadth8-en-syria-iraq-turkey';
import { entities as breadth8EnAfricaRussia } from './data/breadth8-en-africa-russia';
import { entities as breadth8DeSicherheit } from './data/breadth8-de-sicherheit';
import { entities as breadth9EnUkraineFront } from './data/breadth9-en-ukraine-front';
import { entities as breadth9DeRusslandInnen } from './data/breadth9-de-russland-innen';
import { entities as breadth9EnIranNuclear } from './data/breadth9-en-iran-nuclear';
import { entities as breadth9EnIsraelLebanon } from './data/breadth9-en-israel-lebanon';
import { entities as breadth9EnUsEuropePolicy } from './data/breadth9-en-us-europe-policy';
import { entities as breadth9DeRuestung } from './data/breadth9-de-ruestung';
import { entities as breadth9EnBelarusMoldovaCaucasus } from './data/breadth9-en-belarus-moldova-caucasus';
import { entities as breadth10EnOccupiedTerritories } from './data/breadth10-en-occupied-territories';
import { entities as breadth10DeFriedensgespraeche } from './data/breadth10-de-friedensgespraeche';
import { entities as breadth10EnNorthKoreaRussia } from './data/breadth10-en-north-korea-russia';
import { entities as breadth10EnSanctionsShadowFleet } from './data/breadth10-en-sanctions-shadow-fleet';
import { entities as breadth10EnHybridSabotage } from './data/breadth10-en-hybrid-sabotage';
import { entities as breadth10DeIranInnen } from './data/breadth10-de-iran-innen';
import { entities as breadth10EnGulfRedSea } from './data/breadth10-en-gulf-red-sea';
import { entities as breadth11DeOstflanke } from './data/breadth11-de-ostflanke';
import { entities as breadth11EnUkrainePolitics } from './data/breadth11-en-ukraine-politics';
import { entities as breadth11EnRussiaEconomy } from './data/breadth11-en-russia-economy';
import { entities as breadth11DeNahostGaza } from './data/breadth11-de-nahost-gaza';
import { entities as breadth11EnIraqKurdsTurkey } from './data/breadth11-en-iraq-kurds-turkey';
import { entities as breadth11EnWireMix } from './data/breadth11-en-wire-mix';
import { entities as breadth11DePresseMix } from './data/breadth11-de-presse-mix';
import { entities as breadth12EnIranIsraelWar } from './data/breadth12-en-iran-israel-war';
import { entities as breadth12EnDroneMissileWar } from './data/breadth12-en-drone-missile-war';
import { entities as breadth12DeNordkoreaAsien } from './data/breadth12-de-nordkorea-asien';
import { entities as breadth12EnRussiaMilitaryPolitics } from './data/breadth12-en-russia-military-politics';
import { entities as breadth12DeEuropaSicherheit } from './data/breadth12-de-europa-sicherheit';
import { entities as breadth13EnWireMix2 } from './data/breadth13-en-wire-mix2';
import { entities as breadth13DePresseMix2 } from './data/breadth13-de-presse-mix2';
import { entities as breadth13EnAsiaKoreaChina } from './data/breadth13-en-asia-korea-china';
import { entities as breadth13EnRussiaElitesRegions } from './data/breadth13-en-russia-elites-regions';
import { entities as breadth13DeUkraineFront } from './data/breadth13-de-ukraine-front';
import { entities as breadth13DeIranJemenGolf } from './data/breadth13-de-iran-jemen-golf';
import { entities as breadth13EnSyriaLebanonNewOrder } from './data/breadth13-en-syria-lebanon-new-order';
import { entities as breadth14EnWireMix3 } from './data/breadth14-en-wire-mix3';
import { entities as breadth14DePresseMix3 } from './data/breadth14-de-presse-mix3';
import { entities as breadth14DeRusslandWirtschaft } from './data/breadth14-de-russland-wirtschaft';
import { entities as breadth14EnIranPoliticsNuclear } from './data/breadth14-en-iran-politics-nuclear';
import { entities as breadth14DeIsraelGazaLibanon } from './data/breadth14-de-israel-gaza-libanon';
import { entities as breadth15EnWireMix4 } from './data/breadth15-en-wire-mix4';
import { entities as breadth15EnWireMix5 } from './data/breadth15-en-wire-mix5';
import { entities as breadth15DePresseMix4 } from './data/breadth15-de-presse-mix4';
import { entities as breadth15DePresseMix5 } from './data/breadth15-de-presse-mix5';
import { entities as breadth15DeSyrienIrakTuerkei } from './data/breadth15-de-syrien-irak-tuerkei';
import { entities as breadth15EnKoreaJapanTaiwan } from './data/breadth15-en-korea-japan-taiwan';
import { entities as breadth16EnWireMix6 } from './data/breadth16-en-wire-mix6';
import { entities as breadth16DePresseMix6 } from './data/breadth16-de-presse-mix6';
import { entities as breadth16DeRusslandUkraine2025 } from './data/breadth16-de-russland-ukraine-2025';
import { entities as breadth16EnIranIsrael2025 } from './data/breadth16-en-iran-israel-2025';
import { entities as breadth17EnWireMix7 } from './data/breadth17-en-wire-mix7';
import { entities as breadth17DePresseMix7 } from './data/breadth17-de-presse-mix7';
import { entities as breadth17EnUkraineFrontUnits } from './data/breadth17-en-ukraine-front-units';
import { entities as breadth17DeWirtschaftSanktionen } from './data/breadth17-de-wirtschaft-sanktionen';
import { entities as breadth17EnMiddleEastRegional } from './data/breadth17-en-middle-east-regional';
import { entities as breadth18EnWireMix8 } from './data/breadth18-en-wire-mix8';
import { entities as breadth18DePresseMix8 } from './data/breadth18-de-presse-mix8';
import { entities as breadth18DeNahostIran2025 } from './data/breadth18-de-nahost-iran-2025';
import { entities as breadth18EnRussiaPoliticsSecurity } from './data/breadth18-en-russia-politics-security';
import { entities as breadth19EnWireMix9 } from './data/breadth19-en-wire-mix9';
import { entities as breadth19DePresseMix9 } from './data/breadth19-de-presse-mix9';
import { entities as breadth19EnAnalysisThinktanks } from './data/breadth19-en-analysis-thinktanks';
import { entities as breadth19DeAchseRusslandIranNordkorea } from './data/breadth19-de-achse-russland-iran-nordkorea';
import { entities as breadth20EnWireMix10 } from './data/breadth20-en-wire-mix10';
import { entities as breadth20DePresseMix10 } from './data/breadth20-de-presse-mix10';
import { entities as breadth20EnLatest20252026 } from './data/breadth20-en-latest-2025-2026';
import { entities as breadth20DeLatest20252026 } from './data/breadth20-de-latest-2025-2026';
import { entities as breadth21EnWireMix11 } from './data/breadth21-en-wire-mix11';
import { entities as breadth21DePresseMix11 } from './data/breadth21-de-presse-mix11';
import { entities as breadth21EnWorldPress } from './data/breadth21-en-world-press';
import { entities as breadth21DeRegionalAtCh } from './data/breadth21-de-regional-at-ch';
import { entities as breadth22EnWireMix12 } from './data/breadth22-en-wire-mix12';
import { entities as breadth22DePresseMix12 } from './data/breadth22-de-presse-mix12';
import { entities as breadth22EnAnalysis2 } from './data/breadth22-en-analysis-2';
import { entities as breadth22EnDefencePress } from './data/breadth22-en-defence-press';
import { entities as breadth23EnWireMix13 } from './data/breadth23-en-wire-mix13';
import { entities as breadth23DePresseMix13 } from './data/breadth23-de-presse-mix13';
import { entities as breadth23EnIsraelLebanonYemen } from './data/breadth23-en-israel-lebanon-yemen';
import { entities as breadth23DeRusslandUkraineKrieg } from './data/breadth23-de-russland-ukraine-krieg';
import { entities as breadth24EnWireMix14 } from './data/breadth24-en-wire-mix14';
import { entities as breadth24DePresseMix14 } from './data/breadth24-de-presse-mix14';
import { entities as breadth24DeNordkoreaIranSyrien } from './data/breadth24-de-nordkorea-iran-syrien';
import { entities as breadth24EnRussiaUkraineIndependent } from './data/breadth24-en-russia-ukraine-independent';
import { entities as breadth25EnWireMix15 } from './data/breadth25-en-wire-mix15';
import { entities as breadth25DePresseMix15 } from './data/breadth25-de-presse-mix15';
import { entities as breadth25EnUsPolicy } from './data/breadth25-en-us-policy';
import { entities as breadth25DeRuestungBundeswehr } from './data/breadth25-de-ruestung-bundeswehr';
import { entities as breadth26EnWireMix16 } from './data/breadth26-en-wire-mix16';
import { entities as breadth26DePresseMix16 } from './data/breadth26-de-presse-mix16';
import { entities as breadth26EnGazaWar } from './data/breadth26-en-gaza-war';
import { entities as breadth26DeOsteuropaBelarusBaltikum } from './data/breadth26-de-osteuropa-belarus-baltikum';
import { entities as breadth27EnWireMix17 } from './data/breadth27-en-wire-mix17';
import { entities as breadth27DePresseMix17 } from './data/breadth27-de-presse-mix17';
import { entities as breadth27DeIranInnenpolitik } from './data/breadth27-de-iran-innenpolitik';
import { entities as breadth27EnUkrainePolitics2026 } from './data/breadth27-en-ukraine-politics-2026';
import { entities as breadth28EnWireMix18 } from './data/breadth28-en-wire-mix18';
import { entities as breadth28DePresseMix18 } from './data/breadth28-de-presse-mix18';
import { entities as breadth28EnIran20252026 } from './data/breadth28-en-iran-2025-2026';
import { entities as breadth28DeUkraineFront20252026 } from './data/breadth28-de-ukraine-front-2025-2026';
import { entities as breadth29EnWireMix19 } from './data/breadth29-en-wire-mix19';
import { entities as breadth29DePresseMix19 } from './data/breadth29-de-presse-mix19';
import { entities as breadth29EnSyria20252026 } from './data/breadth29-en-syria-2025-2026';
import { entities as breadth29DeIsraelGaza20252026 } from './data/breadth29-de-israel-gaza-2025-2026';
import { entities as breadth30EnWireMix20 } from './data/breadth30-en-wire-mix20';
import { entities as breadth30DePresseMix20 } from './data/breadth30-de-presse-mix20';
import { entities as breadth30DeRusslandInnen20242026 } from './data/breadth30-de-russland-innen-2024-2026';
import { entities as breadth30EnNorthKorea20242026 } from './data/breadth30-en-north-korea-2024-2026';
import { entities as breadth31EnWireMix21 } from './data/breadth31-en-wire-mix21';
import { entities as breadth31DePresseMix21 } from './data/breadth31-de-presse-mix21';
import { entities as breadth31DeLibanonJemen20242026 } from './data/breadth31-de-libanon-jemen-2024-2026';
import { entities as breadth31EnRussiaMilitary20252026 } from './data/breadth31-en-russia-military-2025-2026';
import { entities as breadth32EnWireMix22 } from './data/breadth32-en-wire-mix22';
import { entities as breadth32DePresseMix22 } from './data/breadth32-de-presse-mix22';
import { entities as breadth32DeIranIsrael20252026 } from './data/breadth32-de-iran-israel-2025-2026';
import { entities as breadth32EnUkraineState20252026 } from './data/breadth32-en-ukraine-state-2025-2026';
import { entities as breadth33EnWireMix23 } from './data/breadth33-en-wire-mix23';
import { entities as breadth33DePresseMix23 } from './data/breadth33-de-presse-mix23';
import { entities as breadth33EnUsUkMediaMix } from './data/breadth33-en-us-uk-media-mix';
import { entities as breadth33DeKriegUkraine2026 } from './data/breadth33-de-krieg-ukraine-2026';
import { entities as breadth4Spellings } from './data/breadth4-spellings';
import { entities as auditDe } from './data/audit-de';
import { entities as auditEn } from './data/audit-en';
import { entities as fieldEast } from './data/field-east';
import { entities as fieldMiddleEast } from './data/field-middle-east';
import { entities as fieldWestAsia } from './data/field-west-asia';
import { entities as iranMiddleEast } from './data/iran-middle-east';
import { entities as northKoreaWest } from './data/north-korea-west';
import { entities as organizationsExtra } from './data/organizations-extra';
import { entities as peopleExtra } from './data/people-extra';
import { entities as russiaUkraineBelarus } from './data/russia-ukraine-belarus';
import { entities as weapons } from './data/weapons';
import { entities as weaponsMore } from './data/weapons-more';
import { buildStates } from './states';

/**
 * In the extension the base is a file of its own beside the scripts (wxt.config.ts writes it as rows,
 * lib/kb/transport.ts), which each page or worker that needs it loads once (lib/kb/load.ts): the
 * scripts stay small, and the region files and i18n-iso-countries stay out of the bundles. Tests and
 * the command line build the base from sources at once.
 */
// Comma-separated in one string constant: the bundler folds a string constant in `entities` below
// and then leaves the region files out of the extension's scripts.
declare const __LAGEBILD_KB_FILES__: string | undefined;
const FILE_LIST = typeof __LAGEBILD_KB_FILES__ === 'string' ? __LAGEBILD_KB_FILES__ : undefined;

/** The base's files in the extension's package, in order, or undefined where the base is built from sources. */
export const KB_FILES = FILE_LIST?.split(',');

function fromSources(): Entity[] {
  return [...russiaUkraineBelarus, ...iranMiddleEast, ...northKoreaWest, ...weapons, ...peopleExtra, ...organizationsExtra,
    ...fieldEast, ...fieldMiddleEast, ...fieldWestAsia, ...weaponsMore, ...breadthWest, ...breadthWeapons, ...breadthEast, ...auditEn, ...auditDe, ...breadthEn2, ...breadthDe2,
    ...breadth3DeEast, ...breadth3EnEast, ...breadth3DeMideast, ...breadth3EnMideast,
    ...breadth4DeDefence, ...breadth4EnUs, ...breadth4Weapons, ...breadth4RuDomestic, ...breadth4Spellings,
    ...breadth5DeFront, ...breadth5EnIsrael, ...breadth5DeNahost, ...breadth5EnDiplomacy,
    ...breadth6EnEurope, ...breadth6DeUkraine, ...breadth6EnLevantGulf, ...breadth6AsiaCaucasus,
    ...breadth7DeRussland, ...breadth7EnIranYemen, ...breadth7EnUkraineWar, ...breadth7DeWesten, ...breadth7Weapons,
    ...breadth8DeNahostIran, ...breadth8EnRussia, ...breadth8EnKoreaChina, ...breadth8DeUkrainePolitik, ...breadth8EnSyriaIraqTurkey,
    ...breadth8EnAfricaRussia, ...breadth8DeSicherheit, ...breadth9EnUkraineFront, ...breadth9DeRusslandInnen, ...breadth9EnIranNuclear,
    ...breadth9EnIsraelLebanon, ...breadth9EnUsEuropePolicy, ...breadth9DeRuestung, ...breadth9EnBelarusMoldovaCaucasus,
    ...breadth10EnOccupiedTerritories, ...breadth10DeFriedensgespraeche, ...breadth10EnNorthKoreaRussia, ...breadth10EnSanctionsShadowFleet,
    ...breadth10EnHybridSabotage, ...breadth10DeIranInnen, ...breadth10EnGulfRedSea,
    ...breadth11DeOstflanke, ...breadth11EnUkrainePolitics, ...breadth11EnRussiaEconomy, ...breadth11DeNahostGaza,
    ...breadth11EnIraqKurdsTurkey, ...breadth11EnWireMix, ...breadth11DePresseMix,
    ...breadth12EnIranIsraelWar, ...breadth12EnDroneMissileWar, ...breadth12DeNordkoreaAsien, ...breadth12EnRussiaMilitaryPolitics, ...breadth12DeEuropaSicherheit,
    ...breadth13EnWireMix2, ...breadth13DePresseMix2, ...breadth13EnAsiaKoreaChina, ...breadth13EnRussiaElitesRegions,
    ...breadth13DeUkraineFront, ...breadth13DeIranJemenGolf, ...breadth13EnSyriaLebanonNewOrder,
    ...breadth14EnWireMix3, ...breadth14DePresseMix3, ...breadth14DeRusslandWirtschaft,
    ...breadth14EnIranPoliticsNuclear, ...breadth14DeIsraelGazaLibanon,
    ...breadth15EnWireMix4, ...breadth15EnWireMix5, ...breadth15DePresseMix4,
    ...breadth15DePresseMix5, ...breadth15DeSyrienIrakTuerkei, ...breadth15EnKoreaJapanTaiwan,
    ...breadth16EnWireMix6, ...breadth16DePresseMix6, ...breadth16DeRusslandUkraine2025, ...breadth16EnIranIsrael2025,
    ...breadth17EnWireMix7, ...breadth17DePresseMix7, ...breadth17EnUkraineFrontUnits, ...breadth17DeWirtschaftSanktionen, ...breadth17EnMiddleEastRegional,
    ...breadth18EnWireMix8, ...breadth18DePresseMix8, ...breadth18DeNahostIran2025, ...breadth18EnRussiaPoliticsSecurity,
    ...breadth19EnWireMix9, ...breadth19DePresseMix9, ...breadth19EnAnalysisThinktanks, ...breadth19DeAchseRusslandIranNordkorea,
    ...breadth20EnWireMix10, ...breadth20DePresseMix10, ...breadth20EnLatest20252026, ...breadth20DeLatest20252026,
    ...breadth21EnWireMix11, ...breadth21DePresseMix11, ...breadth21EnWorldPress, ...breadth21DeRegionalAtCh,
    ...breadth22EnWireMix12, ...breadth22DePresseMix12, ...breadth22EnAnalysis2, ...breadth22EnDefencePress,
    ...breadth23EnWireMix13, ...breadth23DePresseMix13, ...breadth23EnIsraelLebanonYemen, ...breadth23DeRusslandUkraineKrieg,
    ...breadth24EnWireMix14, ...breadth24DePresseMix14, ...breadth24DeNordkoreaIranSyrien, ...breadth24EnRussiaUkraineIndependent,
    ...breadth25EnWireMix15, ...breadth25DePresseMix15, ...breadth25EnUsPolicy, ...breadth25DeRuestungBundeswehr,
    ...breadth26EnWireMix16, ...breadth26DePresseMix16, ...breadth26EnGazaWar, ...breadth26DeOsteuropaBelarusBaltikum,
    ...breadth27EnWireMix17, ...breadth27DePresseMix17, ...breadth27DeIranInnenpolitik, ...breadth27EnUkrainePolitics2026,
    ...breadth28EnWireMix18, ...breadth28DePresseMix18, ...breadth28EnIran20252026, ...breadth28DeUkraineFront20252026,
    ...breadth29EnWireMix19, ...breadth29DePresseMix19, ...breadth29EnSyria20252026, ...breadth29DeIsraelGaza20252026,
    ...breadth30EnWireMix20, ...breadth30DePresseMix20, ...breadth30DeRusslandInnen20242026, ...breadth30EnNorthKorea20242026,
    ...breadth31EnWireMix21, ...breadth31DePresseMix21, ...breadth31DeLibanonJemen20242026, ...breadth31EnRussiaMilitary20252026,
    ...breadth32EnWireMix22, ...breadth32DePresseMix22, ...breadth32DeIranIsrael20252026, ...breadth32EnUkraineState20252026,
    ...breadth33EnWireMix23, ...breadth33DePresseMix23, ...breadth33EnUsUkMediaMix, ...breadth33DeKriegUkraine2026, ...buildStates()];
}

/** Every curated entity; empty in the extension until lib/kb/load.ts has put the base in place. */
export let entities: Entity[] = FILE_LIST ? [] : fromSources();

let byId = new Map(entities.map((entity) => [entity.id, entity]));

export function getEntity(id: string): Entity | undefined {
  return byId.get(id);
}

/** Puts the base that lib/kb/load.ts read from the extension's file in place. */
export function useEntities(loaded: Entity[]): void {
  entities = loaded;
  byId = new Map(loaded.map((entity) => [entity.id, entity]));
}

export type { Entity, EntityType, Subtype, Lang, Role, Link, LinkRel } from './types';
