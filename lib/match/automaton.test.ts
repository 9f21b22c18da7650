// The automaton the extension ships: compiled at build time, parsed on the page, same answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entities } from '../kb';
import { compile } from './automaton';
import { Matcher } from './matcher';

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

  it('does not mistake object-prototype names for words', { timeout: 30_000 }, () => {
    const matcher = new Matcher(JSON.parse(JSON.stringify(compiled)));
    expect(matcher.annotate('constructor __proto__ toString hasOwnProperty valueOf')).toEqual([]);
  });
});
