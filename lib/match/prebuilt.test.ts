import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entities } from '../kb';
import { compile } from './automaton';
import { Matcher } from './matcher';
import { AUTOMATON_GLOBAL, automatonScripts, joinParts, prebuiltAutomaton } from './prebuilt';
import { pack, tablesOf } from './tables';

const json = JSON.stringify(pack(tablesOf(compile(entities))));
const limit = Math.ceil(json.length / 3);
const scripts = automatonScripts(json, limit);
const sentence = 'Schoigu traf in Teheran den Sekretär des Obersten Nationalen Sicherheitsrates; Shahed-136-Drohnen und Su-35-Kampfjets.';

/** The global of a content-script world after the browser ran the given scripts in order. */
function worldAfter(sources: readonly string[]): Record<string, unknown> {
  const world: Record<string, unknown> = {};
  for (const source of sources) runInNewContext(source, world);
  return world;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the automaton as content scripts of its own', () => {
  it('comes in scripts under the size asked for, which together leave the whole automaton', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const source of scripts) expect(new TextEncoder().encode(source).length).toBeLessThanOrEqual(limit);
    expect(joinParts(worldAfter(scripts)[AUTOMATON_GLOBAL], scripts.length)).toEqual(JSON.parse(json));
  });

  it('gives the page the mentions that the base compiled here gives, and lets the parts go', () => {
    const world = worldAfter(scripts);
    vi.stubGlobal(AUTOMATON_GLOBAL, world[AUTOMATON_GLOBAL]);
    vi.stubGlobal('__LAGEBILD_AUTOMATON__', scripts.length);
    const automaton = prebuiltAutomaton();
    expect(automaton).toBeDefined();
    expect(new Matcher(automaton!).annotate(sentence)).toEqual(new Matcher(entities).annotate(sentence));
    expect(AUTOMATON_GLOBAL in globalThis).toBe(false);
  });

  it('says how many parts it found when one did not run', () => {
    const world = worldAfter([scripts[0]!, scripts[2]!]);
    expect(() => joinParts(world[AUTOMATON_GLOBAL], scripts.length)).toThrow(`found 2 of the ${scripts.length} parts`);
    expect(() => joinParts(undefined, scripts.length)).toThrow(`found 0 of the ${scripts.length} parts`);
  });

  it('is absent where the bundle was built without one', () => {
    expect(prebuiltAutomaton()).toBeUndefined();
  });
});
