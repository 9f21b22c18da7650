// The automaton the extension ships: compiled and packed at build time, decoded on the page, same answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { entities } from '../kb';
import { compile } from './automaton';
import { Matcher } from './matcher';
import { pack, tablesOf, unpack } from './tables';

describe('a compiled automaton', () => {
  // Compiling ~1,000 entities twice takes seconds on a loaded machine: a generous time limit.
  const compiled = compile(entities);

  it('survives JSON and finds exactly what compiling in place finds', { timeout: 30_000 }, () => {
    const shipped = JSON.parse(JSON.stringify(compiled));
    const text = ['000_3d0ec83b2bf05ee9.txt', '003_083dbebda428789f.txt']
      .map((f) => readFileSync(new URL(`../../tests/fixtures/seeds/${f}`, import.meta.url), 'utf8'))
      .join('\n\n');
    const fromEntities = new Matcher(compiled).annotate(text);
    expect(fromEntities.length).toBeGreaterThan(50);
    expect(new Matcher(shipped).annotate(text)).toEqual(fromEntities);
  });

  it('packed as the extension build ships it, finds exactly the same', { timeout: 30_000 }, () => {
    const shipped = JSON.stringify(pack(tablesOf(compiled)));
    const packed = JSON.parse(shipped);
    expect(typeof packed.data).toBe('string');
    const texts = ['000_3d0ec83b2bf05ee9.txt', '003_083dbebda428789f.txt']
      .map((f) => readFileSync(new URL(`../../tests/fixtures/seeds/${f}`, import.meta.url), 'utf8'))
      .concat(['Kim Jong Un traf Putin; Kims Schwester Kim Yo Jong sprach von Su-35-Kampfjets und Shahed-136-Drohnen.']);
    const fromEntities = new Matcher(compiled);
    const fromPacked = new Matcher(packed);
    expect(fromPacked.formCount).toBe(fromEntities.formCount);
    for (const text of texts) expect(fromPacked.annotate(text)).toEqual(fromEntities.annotate(text));
  });

  it('unpacks to the very tables it packed, offsets and links by index included', { timeout: 30_000 }, () => {
    const tables = tablesOf(compiled);
    const unpacked = unpack(JSON.parse(JSON.stringify(pack(tables))));
    expect(unpacked.firstEdge).toEqual(tables.firstEdge);
    expect(unpacked.firstAccept).toEqual(tables.firstAccept);
    expect(unpacked.related).toEqual(tables.related);
    expect(unpacked.owners).toEqual(tables.owners);
    expect(unpacked.adjectives).toEqual(tables.adjectives);
    expect(unpacked.adjectives['sudkoreanischen']).toBe('south-korea');
    expect(Object.keys(unpacked.related).length).toBeGreaterThan(100);
  });

  it('decodes the same where only atob is there to read base64', { timeout: 30_000 }, () => {
    const packed = JSON.parse(JSON.stringify(pack(tablesOf(compiled))));
    const text = 'Kim Jong Un traf Putin; Kims Schwester Kim Yo Jong sprach von Su-35-Kampfjets und Shahed-136-Drohnen.';
    const expected = new Matcher(compiled).annotate(text);
    vi.stubGlobal('Buffer', undefined);
    try {
      expect(new Matcher(packed).annotate(text)).toEqual(expected);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('lists each reading of a text word once, so that no name is walked twice', () => {
    // "Kim", "Jong" and "Un" each begin some names and go on in others: their readings had been
    // listed once per place, and "Kim Jong Un" was walked as 18 identical matches.
    const { words } = tablesOf(compiled);
    const readings = new Set<number>();
    for (let e = 0; e < words.key.length; e++) readings.add((words.key[e]! * 256 + words.tail[e]!) * 256 + words.suffix[e]!);
    expect(words.key.length).toBeGreaterThan(100_000);
    expect(readings.size).toBe(words.key.length);
  });

  it('refuses a packed automaton of another format with a clear message', () => {
    const packed = { ...JSON.parse(JSON.stringify(pack(tablesOf(compiled)))), lengths: [1, 2] };
    expect(() => new Matcher(packed)).toThrow(/not in the format this matcher reads/);
  });

  it('does not mistake object-prototype names for words', { timeout: 30_000 }, () => {
    const matcher = new Matcher(JSON.parse(JSON.stringify(pack(tablesOf(compiled)))));
    expect(matcher.annotate('constructor __proto__ toString hasOwnProperty valueOf')).toEqual([]);
  });
});
