// The two seed reports Lagebild was specified from, with every mention a reader expects, in order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate } from './index';

const seed = (name: string) => readFileSync(new URL(`../../tests/fixtures/seeds/${name}`, import.meta.url), 'utf8');

const PATRUSCHEW: Array<[string, string]> = [
  ['Nour News Agency', 'nour-news'],
  ['russischen Nationalen Sicherheitsrates', 'russian-security-council'],
  ['Nikolai Patruschew', 'nikolai-patrushev'],
  ['ballistischer Raketen', 'ballistic-missile'],
  ['Russland', 'russia'],
  ['Nachrichtenagentur Nour', 'nour-news'],
  ['Patruschews', 'nikolai-patrushev'],
  ['Obersten Nationalen Sicherheitsrates', 'snsc'],
  ['SNSC', 'snsc'],
  ['Ali Shamkhani', 'ali-shamkhani'],
  ['Patruschew', 'nikolai-patrushev'],
  ['Patruschew', 'nikolai-patrushev'],
  ['Nachrichtenagentur Nour', 'nour-news'],
  ['SNSC', 'snsc'],
  ['SNSC', 'snsc'],
  ['Patruschews', 'nikolai-patrushev'],
  ['Iran', 'iran'],
  ['Iran', 'iran'],
  ['Ukraine', 'ukraine'],
  ['Quds-Truppen', 'quds-force'],
  ['Korps der Islamischen Revolutionsgarden', 'irgc'],
  ['IRGC', 'irgc'],
  ['Qassem Soleimani', 'qassem-soleimani'],
  ['Russland', 'russia'],
  ['Kreml', 'kremlin'],
  ['Israel', 'israel'],
  ['Saudi-Arabien', 'saudi-arabia'],
  ['Patruschews', 'nikolai-patrushev'],
  ['Iran', 'iran'],
  ['Patruschew', 'nikolai-patrushev'],
  ['UNDERSTANDING WAR', 'isw'],
  ['UNDERSTANDING WAR', 'isw'],
];

const SCHOIGU: Array<[string, string]> = [
  ['Shoigu', 'sergei-shoigu'],
  ['Nordkorea', 'north-korea'],
  ['Iran', 'iran'],
  ['russischen Sicherheitsrats', 'russian-security-council'],
  ['Sergej Schoigu', 'sergei-shoigu'],
  ['Iran', 'iran'],
  ['Kim Jong-un', 'kim-jong-un'],
  ['Bloomberg', 'bloomberg'],
  ['Schoigus', 'sergei-shoigu'],
  ['Iran', 'iran'],
  ['Bloomberg', 'bloomberg'],
  ['Shoigu', 'sergei-shoigu'],
  ['Wladimir Putin', 'vladimir-putin'],
  ['Masoud Pezeshkian', 'masoud-pezeshkian'],
  ['Ali Akbar Ahmadian', 'ali-akbar-ahmadian'],
  ['russische Sicherheitsrat', 'russian-security-council'],
  ['Shoigu', 'sergei-shoigu'],
  ['Bashar al-Assad', 'bashar-al-assad'],
  ['TASS', 'tass'],
  ['Russland', 'russia'],
  ['Iran', 'iran'],
  ['Russland', 'russia'],
  ['ballistischen Raketen', 'ballistic-missile'],
  ['Islamische Republik', 'iran'],
  ['Su-35', 'su-35'],
  ['Vereinigten Staaten', 'united-states'],
  ['Großbritannien', 'united-kingdom'],
  ['Russische Föderation', 'russia'],
  ['Iran', 'iran'],
  ['Vereinigten Staaten', 'united-states'],
  ['Iran', 'iran'],
  ['Russland', 'russia'],
  ['ballistischen Raketen', 'ballistic-missile'],
  ['US', 'united-states'],
  ['Antony Blinken', 'antony-blinken'],
];

describe.each([
  ['000_3d0ec83b2bf05ee9.txt', 'Patruschew in Teheran', PATRUSCHEW],
  ['003_083dbebda428789f.txt', 'Schoigu in Iran', SCHOIGU],
])('seed %s (%s)', (file, _title, expected) => {
  const text = seed(file);
  const mentions = annotate(text);

  it('finds every expected mention and nothing else, in order', () => {
    expect(mentions.map((m) => [m.text, m.id])).toEqual(expected);
  });

  it('gives offsets that cut exactly the mention out of the file', () => {
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
