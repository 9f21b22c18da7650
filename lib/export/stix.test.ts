import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyScope } from './scope';
import { readSnapshot } from './snapshot';
import { stixJson, toStix, WEAPON_TYPE, type StixBundle, type StixObject } from './stix';
import { ARTICLE_A, EXPORTED_AT, HOSTILE, hostileDb } from './test-data';

// The official OASIS schemas, copied into the tests' fixtures (see their README there).
const SCHEMAS = fileURLToPath(new URL('../../tests/fixtures/stix2.1-schemas/schemas/', import.meta.url));
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? schemaFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []));
}

let validator: (path: string) => ValidateFunction;

beforeAll(() => {
  // The schemas' patterns are written for JavaScript's non-unicode regular expressions ("\-").
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  for (const file of schemaFiles(SCHEMAS)) {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    expect(schema.$id).toBe(BASE + relative(SCHEMAS, file)); // resolved locally, never fetched
    ajv.addSchema(schema);
  }
  validator = (path) => ajv.getSchema(BASE + path)!;
});

/** The schema each object type must satisfy; our declared custom object satisfies the core. */
function schemaFor(type: string): string {
  if (type === 'relationship') return 'sros/relationship.json';
  if (type === 'extension-definition') return 'common/extension-definition.json';
  if (type === WEAPON_TYPE) return 'common/core.json';
  return `sdos/${type}.json`;
}

function expectValid(validate: ValidateFunction, data: unknown, what: string) {
  const valid = validate(data);
  expect(valid ? [] : validate.errors!.map((e) => `${what}${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)).toEqual([]);
}

async function hostileBundle(): Promise<StixBundle> {
  return toStix(await readSnapshot(await hostileDb()), EXPORTED_AT);
}

describe('STIX 2.1 bundle', () => {
  it('is valid against the official STIX 2.1 schemas, the bundle and every object by its type', async () => {
    const bundle = await hostileBundle();
    // bundle.json lists some types only: any other (note, location, extension-definition, and ours)
    // falls to its custom-object branch, a oneOf over core.json and cyber-observable-core.json that
    // every SDO satisfies twice, so it can never pass there (upstream's defect; other users add the
    // missing types by hand). The bundle is checked with the types it lists; the others are
    // checked below against their own schemas like every object.
    const listed = new Set(['identity', 'threat-actor', 'report', 'relationship']);
    expect([...new Set(bundle.objects.map((o) => o.type).filter((t) => !listed.has(t)))].sort()).toEqual(['extension-definition', 'location', 'note', WEAPON_TYPE]);
    expectValid(validator('common/bundle.json'), { ...bundle, objects: bundle.objects.filter((o) => listed.has(o.type)) }, 'bundle');
    for (const object of bundle.objects) expectValid(validator(schemaFor(object.type)), object, `${object.type} ${String(object.name ?? object.id)}`);
  });

  it('keeps what the schemas cannot check: ids match types, refs resolve, modified is not before created', async () => {
    const bundle = await hostileBundle();
    const ids = new Set(bundle.objects.map((o) => o.id));
    expect(ids.size).toBe(bundle.objects.length);
    for (const o of bundle.objects) {
      expect(o.id.startsWith(`${o.type}--`)).toBe(true);
      expect(Date.parse(o.modified as string)).toBeGreaterThanOrEqual(Date.parse(o.created as string));
      const refs = [o.created_by_ref, o.source_ref, o.target_ref, ...((o.object_refs as string[] | undefined) ?? []), ...Object.keys((o.extensions as object | undefined) ?? {})];
      for (const ref of refs.filter((r): r is string => typeof r === 'string')) expect(ids, `${o.id} → ${ref}`).toContain(ref);
    }
  });

  it('maps people, organisations, states and weapons to the right objects', async () => {
    const bundle = await hostileBundle();
    const byLagebildId = (id: string) => bundle.objects.find((o) => (o.external_references as { external_id?: string }[] | undefined)?.some((r) => r.external_id === id))!;
    expect(byLagebildId('sergei-shoigu')).toMatchObject({ type: 'identity', identity_class: 'individual', name: 'Sergei Shoigu', roles: ['Secretary of the Security Council'] });
    expect(byLagebildId('irgc')).toMatchObject({ type: 'identity', identity_class: 'organization', sectors: ['defense'] });
    expect(byLagebildId('iran')).toMatchObject({ type: 'location', name: 'Iran', country: 'IR' });
    const shahed = byLagebildId('shahed-136');
    expect(shahed).toMatchObject({ type: WEAPON_TYPE, name: 'Shahed-136', weapon_type: 'loitering-munition', aliases: expect.arrayContaining(['Geran-2']) });
    const definition = bundle.objects.find((o) => o.type === 'extension-definition')!;
    expect(shahed.extensions).toEqual({ [definition.id]: { extension_type: 'new-sdo' } });
    expect(byLagebildId('own:drone-unit')).toMatchObject({ type: 'identity', identity_class: 'organization', name: 'Drohneneinheit "Nord"', description: HOSTILE.multiline });
    // The knowledge base's links between exported entities: Shahed-136 made by Iran.
    expect(bundle.objects).toContainEqual(expect.objectContaining({ type: 'relationship', relationship_type: 'made-by', source_ref: shahed.id, target_ref: byLagebildId('iran').id }));
  });

  it('each article a report on what it mentions, each note a note on its report and entity', async () => {
    const bundle = await hostileBundle();
    const report = bundle.objects.find((o) => o.type === 'report' && (o.external_references as { url: string }[])[0]!.url === ARTICLE_A.url)!;
    expect(report).toMatchObject({ name: ARTICLE_A.title, published: ARTICLE_A.published, lang: 'de', description: 'Der Morgenkurier · Jana Wolff' });
    const names = (report.object_refs as string[]).map((ref) => bundle.objects.find((o) => o.id === ref)!.name).sort();
    expect(names).toEqual(['Iran', 'Sergei Shoigu', 'Shahed-136']);
    const notes = bundle.objects.filter((o) => o.type === 'note');
    expect(notes.map((n) => n.content).sort()).toEqual([HOSTILE.emoji, HOSTILE.formula, HOSTILE.multiline, `${HOSTILE.html} ${HOSTILE.markdown}`].sort());
    const formula = notes.find((n) => n.content === HOSTILE.formula)!;
    expect(formula.abstract).toBe('“Schoigu traf im Iran ein”');
    expect(formula.object_refs).toEqual([report.id, expect.stringMatching(/^location--/)]);
  });

  it('ids are deterministic: a re-export differs only in the bundle id, which follows the export time', async () => {
    const s = await readSnapshot(await hostileDb());
    const a = await toStix(s, EXPORTED_AT);
    const b = await toStix(s, EXPORTED_AT + 60_000);
    expect(b.objects).toEqual(a.objects);
    expect(b.id).not.toBe(a.id);
    expect(await stixJson(s, EXPORTED_AT)).toBe(await stixJson(s, EXPORTED_AT));
    // One entity's export uses the same ids as the full one.
    const only = await toStix(applyScope(s, { kind: 'entity', entityId: 'irgc' }), EXPORTED_AT);
    const irgc = (o: StixObject) => o.name === 'Islamic Revolutionary Guard Corps';
    expect(only.objects.find(irgc)!.id).toBe(a.objects.find(irgc)!.id);
    for (const object of only.objects) expectValid(validator(schemaFor(object.type)), object, object.id);
  });
});
