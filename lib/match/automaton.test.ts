// The automaton the extension ships: compiled at build time, parsed on the page, same answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entities } from '../kb';
import { compile } from './automaton';
import { Matcher } from './matcher';

describe('a compiled automaton', () => {
  it('survives JSON and finds exactly what compiling in place finds', () => {
    const shipped = JSON.parse(JSON.stringify(compile(entities)));
    const text = ['000_3d0ec83b2bf05ee9.txt', '003_083dbebda428789f.txt']
      .map((f) => readFileSync(new URL(`../../tests/fixtures/seeds/${f}`, import.meta.url), 'utf8'))
      .join('\n\n');
    const fromEntities = new Matcher(entities).annotate(text);
    expect(fromEntities.length).toBeGreaterThan(50);
    expect(new Matcher(shipped).annotate(text)).toEqual(fromEntities);
  });

  it('does not mistake object-prototype names for words', () => {
    const matcher = new Matcher(JSON.parse(JSON.stringify(compile(entities))));
    expect(matcher.annotate('constructor __proto__ toString hasOwnProperty valueOf')).toEqual([]);
  });
});
