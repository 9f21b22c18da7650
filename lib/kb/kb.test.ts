// Validates the whole curated base: ids, links, names, descriptions, dates and coverage.
import { describe, expect, it } from 'vitest';
import { annotate } from '../match/index';
import { tokenize } from '../match/tokenizer';
import { entities, getEntity } from './index';
import type { Entity } from './types';

/** A form as the matcher sees it: its words' keys joined by spaces. */
function formKey(form: string): string {
  const tokens = tokenize(form);
  const keys: string[] = [];
  for (let i = 0; i < tokens.count; i++) keys.push(tokens.key(i));
  return keys.join(' ');
}

const ofType = (type: Entity['type']) => entities.filter((e) => e.type === type);

describe('the knowledge base', () => {
  it('has unique, readable ids', () => {
    const seen = new Set<string>();
    const duplicates = entities.filter((e) => (seen.has(e.id) ? true : (seen.add(e.id), false))).map((e) => e.id);
    expect(duplicates).toEqual([]);
    expect(entities.filter((e) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('resolves every link and every role body', () => {
    const broken: string[] = [];
    for (const e of entities) {
      for (const link of e.links ?? []) if (!getEntity(link.to)) broken.push(`${e.id} → ${link.rel} → ${link.to}`);
      for (const role of e.roles ?? []) if (role.of && !getEntity(role.of)) broken.push(`${e.id} role of ${role.of}`);
    }
    expect(broken).toEqual([]);
  });

  it('describes every entity in German and English', () => {
    const missing = entities.filter((e) => !e.description.de.trim() || !e.description.en.trim() || !e.names.de || !e.names.en);
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('writes role dates as YYYY, YYYY-MM or YYYY-MM-DD, ending after they start', () => {
    const bad: string[] = [];
    const date = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
    for (const e of entities) {
      for (const role of e.roles ?? []) {
        if (role.from && !date.test(role.from)) bad.push(`${e.id} from ${role.from}`);
        if (role.to && !date.test(role.to)) bad.push(`${e.id} to ${role.to}`);
        if (role.from && role.to && role.to < role.from.slice(0, role.to.length)) bad.push(`${e.id} ${role.from}–${role.to}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('lets no two entities claim the same name or alias; shared forms are short or guarded', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of entities) {
      if (e.highlight === false) continue;
      const guarded = new Set((e.guarded ?? []).map((g) => formKey(g)));
      for (const form of [...Object.values(e.names), ...(e.aliases ?? [])]) {
        if (!form) continue;
        const key = formKey(form);
        if (!key || guarded.has(key)) continue;
        if (!owners.has(key)) owners.set(key, new Set());
        owners.get(key)!.add(e.id);
      }
      for (const acronym of e.acronyms ?? []) {
        const key = '=' + acronym;
        if (!owners.has(key)) owners.set(key, new Set());
        owners.get(key)!.add(e.id);
      }
    }
    const clashes = [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('gives Russian and Belarusian persons their Cyrillic name', () => {
    const missing = ofType('person')
      .filter((e) => e.links?.some((l) => l.rel === 'citizen-of' && (l.to === 'russia' || l.to === 'belarus')))
      .filter((e) => !e.names.ru || !/[\u0400-\u04ff]/.test(e.names.ru));
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('gives guarded forms something to be vouched by', () => {
    // A guarded form with no cue words can still count after a co-mention; flag the ones with neither.
    const orphans = entities.filter((e) => e.guarded?.length && !(e.cues?.length || e.subtype) && !e.links?.length);
    expect(orphans.map((e) => e.id)).toEqual([]);
  });

  it('gives every cue a word to look for', () => {
    // The matcher drops a cue of punctuation alone ("«"): it would vouch for nothing.
    const wordless = entities.flatMap((e) => (e.cues ?? []).filter((cue) => !/[\p{L}\p{N}]/u.test(cue)).map((cue) => `${e.id}: "${cue}"`));
    expect(wordless).toEqual([]);
  });

  it('covers the field: ≥ 300 actors and systems besides the states, and every state', () => {
    expect(entities.length - ofType('state').length).toBeGreaterThanOrEqual(300);
    expect(ofType('state').length).toBeGreaterThanOrEqual(240);
    expect(ofType('person').length).toBeGreaterThanOrEqual(150);
    expect(ofType('organization').length).toBeGreaterThanOrEqual(60);
    expect(ofType('weapon').length).toBeGreaterThanOrEqual(60);
  });

  it.each([
    ['sergei-shoigu', ['Schoigu', 'Shoigu', 'Shoygu', 'Choïgou', 'Шойгу', 'Sergej Schoigu']],
    ['nikolai-patrushev', ['Patruschew', 'Patrushev', 'Nikolai Patruschew']],
    ['vladimir-putin', ['Putin', 'Wladimir Putin', 'Путин']],
    ['irgc', ['IRGC', 'KSIR', 'Revolutionsgarden']],
    ['snsc', ['SNSC', 'Oberster Nationaler Sicherheitsrat']],
    ['quds-force', ['Quds-Truppen', 'Quds Force']],
    ['shahed-136', ['Shahed-136', 'Geran-2']],
    ['su-35', ['Su-35']],
    ['ballistic-missile', ['ballistische Rakete', 'ballistic missile']],
    ['masoud-pezeshkian', ['Pezeshkian', 'Peseschkian', 'Masoud Pezeshkian']],
    ['kim-jong-un', ['Kim Jong-un', 'Kim Jong Un']],
    ['bashar-al-assad', ['Bashar al-Assad', 'Assad']],
    ['ali-akbar-ahmadian', ['Ali Akbar Ahmadian']],
    ['antony-blinken', ['Antony Blinken', 'Blinken']],
    ['nour-news', ['Nour News Agency']],
    ['tass', ['TASS']],
  ])('finds %s by every spelling the press uses', (id, forms) => {
    expect(getEntity(id), id).toBeDefined();
    for (const form of forms) expect(annotate(form).map((m) => m.id), form).toEqual([id]);
  });

  it('finds every listed name, alias and acronym as its own entity in a sentence', { timeout: 60_000 }, () => {
    // Not forms by design: display names with a qualifier in brackets or after a comma, spaced
    // dashes, "St." abbreviations, and a state's possessive ("Russia's Interior Ministry" is Russia
    // and a ministry).
    const unusable = /[(),]| [–—] |\bSt\. |\bvz\. /;
    const states = new Set(ofType('state').flatMap((e) => [...Object.values(e.names), ...(e.aliases ?? [])].map((n) => n!.toLowerCase())));
    const statePossessive = (name: string) => {
      const match = /^(.+?)['’]s /.exec(name);
      return !!match && states.has(match[1]!.toLowerCase());
    };
    const misses: string[] = [];
    for (const e of entities) {
      if (e.highlight === false) continue;
      const guarded = new Set((e.guarded ?? []).map((g) => g.toLowerCase()));
      for (const name of [...Object.values(e.names), ...(e.aliases ?? []), ...(e.acronyms ?? [])]) {
        if (!name || guarded.has(name.toLowerCase()) || unusable.test(name) || statePossessive(name)) continue;
        if (!annotate(`Nach Angaben von ${name} wurde gestern nichts gesagt.`).some((m) => m.id === e.id)) misses.push(`${e.id}: ${name}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('knows who held the Security Council secretariat when', () => {
    const role = (id: string) => getEntity(id)?.roles?.find((r) => r.of === 'russian-security-council' && /secretary/i.test(r.title.en));
    expect(role('nikolai-patrushev')).toMatchObject({ from: expect.stringMatching(/^2008/), to: expect.stringMatching(/^2024/) });
    expect(role('sergei-shoigu')).toMatchObject({ from: expect.stringMatching(/^2024-05/) });
    expect(getEntity('quds-force')?.links).toContainEqual({ rel: 'part-of', to: 'irgc' });
  });
});
