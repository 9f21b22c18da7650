// STIX 2.1 bundle for threat-intelligence platforms (OpenCTI, MISP): people and organisations as
// identity (threat-actor for armed groups, intelligence services and militia leaders), states as
// location, weapons systems as a `weapon-system` object declared by an extension-definition, each
// article as a report referring to what it mentions, notes as note objects, and the knowledge
// base's links between exported entities as relationships. Ids are UUIDv5 of the entity id or
// article URL, so loading a re-export updates objects instead of doubling them.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { getEntity } from '../kb';
import type { Article } from '../store/schema';
import { compare, entityFacts, entityIds, iso, liveNotes, type EntityFacts, type Snapshot } from './snapshot';
import { uuidv5 } from './uuid';

countries.registerLocale(en);

export type StixObject = Record<string, unknown> & { type: string; id: string };

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

export const WEAPON_TYPE = 'weapon-system';

/** Fixed times for the objects that describe Lagebild itself, so they never change between exports. */
const DEFINED = '2026-01-01T00:00:00.000Z';

const sid = async (type: string, name: string) => `${type}--${await uuidv5(`${type}:${name}`)}`;

/** The Lagebild identity that created the extension definition, reports and notes. */
async function producer(): Promise<StixObject> {
  return {
    type: 'identity', spec_version: '2.1', id: await sid('identity', 'lagebild'), created: DEFINED, modified: DEFINED,
    name: 'Lagebild', identity_class: 'system',
    description: 'Browser extension that marks actors and weapons systems in news articles and keeps the reader\'s notes.',
  };
}

async function weaponExtension(producerId: string): Promise<StixObject> {
  return {
    type: 'extension-definition', spec_version: '2.1', id: await sid('extension-definition', WEAPON_TYPE),
    created_by_ref: producerId, created: DEFINED, modified: DEFINED,
    name: 'Lagebild weapon system',
    description: 'A weapons system or class of weapons named in news reporting (missile, drone, air defence, tank, ship …).',
    schema: `New SDO "${WEAPON_TYPE}". Properties: name (string, required), description (string), aliases (list of strings), ` +
      'weapon_type (string: missile, ballistic-missile, cruise-missile, hypersonic-missile, drone, loitering-munition, aircraft, ' +
      'helicopter, air-defence, rocket-artillery, artillery, tank, armoured-vehicle, ship, weapon-class), ' +
      'plus the common properties of a STIX Domain Object.',
    version: '1.0.0',
    extension_types: ['new-sdo'],
  };
}

const THREAT_ACTOR_SUBTYPES: Record<string, string[] | undefined> = {
  'armed-group': [],
  'intelligence-service': ['nation-state', 'spy'],
  'militia-leader': [],
};

const SECTORS: Record<string, string[]> = {
  'government-body': ['government-national'],
  'security-body': ['government-national'],
  'intelligence-service': ['government-national'],
  'armed-forces': ['defense'],
  'international-organization': ['government-national'],
  'news-agency': ['communications'],
  company: ['defense'],
};

interface Span { created: number; modified: number }

/** One STIX object for an entity, by what it is. */
async function entityObject(f: EntityFacts, span: Span, extensionId: string): Promise<StixObject> {
  const common = {
    spec_version: '2.1', created: iso(span.created), modified: iso(span.modified),
    name: f.name,
    ...(f.description && { description: f.description }),
    external_references: [{ source_name: 'lagebild', external_id: f.id }],
  };
  const aliases = f.aliases.length ? { aliases: f.aliases } : {};
  if (f.type === 'state') {
    const code = countries.getAlpha2Code(f.name, 'en') ?? (f.entity ? countries.getAlpha2Code(f.entity.names.en, 'en') : undefined);
    return { type: 'location', id: await sid('location', f.id), ...common, country: code ?? f.name };
  }
  if (f.type === 'weapon') {
    return {
      type: WEAPON_TYPE, id: await sid(WEAPON_TYPE, f.id), ...common, ...aliases,
      ...(f.subtype && { weapon_type: f.subtype }),
      extensions: { [extensionId]: { extension_type: 'new-sdo' } },
    };
  }
  const actorTypes = f.subtype ? THREAT_ACTOR_SUBTYPES[f.subtype] : undefined;
  if (actorTypes) {
    return {
      type: 'threat-actor', id: await sid('threat-actor', f.id), ...common, ...aliases,
      ...(actorTypes.length && { threat_actor_types: actorTypes }),
    };
  }
  const current = f.roles.filter((r) => !r.to).map((r) => r.title.en);
  return {
    type: 'identity', id: await sid('identity', f.id), ...common,
    identity_class: f.type === 'person' ? 'individual' : f.type === 'organization' ? 'organization' : 'unknown',
    ...(current.length && { roles: current }),
    ...(f.subtype && SECTORS[f.subtype] && { sectors: SECTORS[f.subtype] }),
  };
}

/** A time as STIX wants it (RFC 3339 with milliseconds, UTC), or undefined for one it cannot read. */
function stixTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : iso(ms);
}

export async function toStix(s: Snapshot, exportedAt: number): Promise<StixBundle> {
  const me = await producer();
  const extension = await weaponExtension(me.id);
  const articles = new Map<number, Article>(s.articles.map((a) => [a.id, a]));
  const notes = liveNotes(s);

  // When the reader first and last met each entity: its objects' created and modified times.
  const spans = new Map<string, Span>();
  const widen = (id: string, from: number, to: number) => {
    const span = spans.get(id);
    spans.set(id, span ? { created: Math.min(span.created, from), modified: Math.max(span.modified, to) } : { created: from, modified: Math.max(from, to) });
  };
  for (const m of s.mentions) {
    const a = articles.get(m.articleId);
    if (a) widen(m.entityId, a.firstSeen, Math.max(m.lastSeen, a.firstSeen));
  }
  for (const n of notes) if (n.entityId !== undefined) widen(n.entityId, n.created, n.updated);

  const entityObjects = new Map<string, StixObject>();
  for (const id of entityIds(s)) {
    entityObjects.set(id, await entityObject(entityFacts(id, s.ownEntities, 'en'), spans.get(id)!, extension.id));
  }

  // The knowledge base's links where both ends are in the bundle.
  const relationships: StixObject[] = [];
  for (const [id, from] of entityObjects) {
    for (const link of getEntity(id)?.links ?? []) {
      const to = entityObjects.get(link.to);
      if (!to) continue;
      const span = { created: Math.max(spans.get(id)!.created, spans.get(link.to)!.created), modified: Math.max(spans.get(id)!.modified, spans.get(link.to)!.modified) };
      relationships.push({
        type: 'relationship', spec_version: '2.1', id: await sid('relationship', `${id} ${link.rel} ${link.to}`),
        created_by_ref: me.id, created: iso(span.created), modified: iso(span.modified),
        relationship_type: link.rel, source_ref: from.id, target_ref: to.id,
      });
    }
  }

  const reports: StixObject[] = [];
  const reportIds = new Map<number, string>();
  for (const a of s.articles) {
    const refs = s.mentions
      .filter((m) => m.articleId === a.id)
      .map((m) => entityObjects.get(m.entityId)!.id)
      .sort(compare);
    const id = await sid('report', a.url);
    reportIds.set(a.id, id);
    reports.push({
      type: 'report', spec_version: '2.1', id, created_by_ref: me.id,
      created: iso(a.firstSeen), modified: iso(Math.max(a.firstSeen, a.lastSeen)),
      name: a.title || a.url,
      description: [a.site, a.author].filter(Boolean).join(' · ') || a.url,
      published: stixTime(a.published) ?? iso(a.firstSeen),
      report_types: ['threat-report'],
      ...(a.lang && { lang: a.lang }),
      object_refs: refs.length ? refs : [me.id],
      external_references: [{ source_name: a.site || new URL(a.url).host, url: webAddress(a.url) }],
    });
  }

  const noteObjects: StixObject[] = [];
  for (const n of notes) {
    const refs = [
      ...(n.articleId !== undefined && reportIds.has(n.articleId) ? [reportIds.get(n.articleId)!] : []),
      ...(n.entityId !== undefined && entityObjects.has(n.entityId) ? [entityObjects.get(n.entityId)!.id] : []),
    ];
    if (!refs.length) continue;
    noteObjects.push({
      type: 'note', spec_version: '2.1', id: await sid('note', n.id), created_by_ref: me.id,
      created: iso(n.created), modified: iso(Math.max(n.created, n.updated)),
      ...(n.quote && { abstract: `“${n.quote.exact}”` }),
      content: n.text || n.quote?.exact || '',
      object_refs: refs,
    });
  }

  const entitiesSorted = [...entityObjects.values()].sort((x, y) => compare(x.id, y.id));
  return {
    type: 'bundle',
    id: await sid('bundle', iso(exportedAt)),
    objects: [me, extension, ...entitiesSorted, ...relationships.sort((x, y) => compare(x.id, y.id)), ...reports, ...noteObjects],
  };
}

/** STIX wants a URI: the WHATWG parser percent-encodes what a page's URL may carry raw (quotes, spaces). */
function webAddress(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return encodeURI(url);
  }
}

export async function stixJson(s: Snapshot, exportedAt: number): Promise<string> {
  return `${JSON.stringify(await toStix(s, exportedAt), null, 2)}\n`;
}
