// W3C Web Annotation (JSON-LD): the reader's notes on articles and the entities Lagebild found in
// them, as annotations on the article URL with TextQuoteSelector and TextPositionSelector, in one
// AnnotationCollection — the shape Hypothesis-style tools read. Pure apart from hashing ids.
import { locateName } from './locate';
import { entityFacts, iso, liveNotes, type EntityFacts, type ExportLang, type Snapshot } from './snapshot';
import { uuidv5 } from './uuid';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Selector =
  | { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

type Body =
  | { type: 'TextualBody'; purpose: 'commenting' | 'tagging'; value: string; format: 'text/plain' }
  | { type: 'SpecificResource'; purpose: 'identifying'; source: string };

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting' | 'identifying';
  created: string;
  modified: string;
  body: Body[];
  target: { source: string; selector?: Selector[] };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generated: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

/** Entities as IRIs, so that a tool can group annotations on the same actor across articles. */
export const entityIri = (id: string) => `urn:lagebild:entity:${encodeURIComponent(id)}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export async function toWebAnnotations(s: Snapshot, exportedAt: number, lang: ExportLang = 'en'): Promise<AnnotationCollection> {
  const articles = new Map(s.articles.map((a) => [a.id, a]));
  const facts = new Map<string, EntityFacts>();
  const factsOf = (id: string) => facts.get(id) ?? facts.set(id, entityFacts(id, s.ownEntities, lang)).get(id)!;
  const entityBodies = (id: string): Body[] => [
    { type: 'TextualBody', purpose: 'tagging', value: factsOf(id).name, format: 'text/plain' },
    { type: 'SpecificResource', purpose: 'identifying', source: entityIri(id) },
  ];

  const items: Annotation[] = [];
  for (const n of liveNotes(s)) {
    const article = n.articleId !== undefined ? articles.get(n.articleId) : undefined;
    if (!article) continue; // a note on an entity alone has no page to sit on
    const selector: Selector[] = [];
    if (n.quote) selector.push({ type: 'TextQuoteSelector', exact: n.quote.exact, prefix: n.quote.prefix, suffix: n.quote.suffix });
    if (n.position) selector.push({ type: 'TextPositionSelector', start: n.position.start, end: n.position.end });
    items.push({
      id: `urn:uuid:${UUID.test(n.id) ? n.id.toLowerCase() : await uuidv5(`note:${n.id}`)}`,
      type: 'Annotation',
      motivation: n.text ? 'commenting' : 'highlighting',
      created: iso(n.created),
      modified: iso(n.updated),
      body: [
        ...(n.text ? [{ type: 'TextualBody', purpose: 'commenting', value: n.text, format: 'text/plain' } as const] : []),
        ...(n.entityId !== undefined ? entityBodies(n.entityId) : []),
      ],
      target: { source: article.url, ...(selector.length && { selector }) },
    });
  }

  for (const m of s.mentions) {
    const article = articles.get(m.articleId);
    if (!article) continue;
    const found = m.snippets[0] !== undefined ? locateName(m.snippets[0], factsOf(m.entityId)) : undefined;
    const selector: Selector[] = found
      ? [
          { type: 'TextQuoteSelector', exact: found.exact, prefix: found.prefix, suffix: found.suffix },
          { type: 'TextPositionSelector', start: m.firstOffset, end: m.firstOffset + found.exact.length },
        ]
      : m.snippets[0] !== undefined && !m.snippets[0].includes('…')
        ? [{ type: 'TextQuoteSelector', exact: m.snippets[0] }]
        : [];
    items.push({
      id: `urn:uuid:${await uuidv5(`mention:${article.url}#${m.entityId}`)}`,
      type: 'Annotation',
      motivation: 'identifying',
      created: iso(article.firstSeen),
      modified: iso(m.lastSeen),
      body: entityBodies(m.entityId),
      target: { source: article.url, ...(selector.length && { selector }) },
    });
  }

  const id = `urn:uuid:${await uuidv5(`annotations:${iso(exportedAt)}`)}`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Lagebild: notes and mentions',
    generated: iso(exportedAt),
    total: items.length,
    first: { id: `urn:uuid:${await uuidv5(`annotations-page-1:${iso(exportedAt)}`)}`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export async function webAnnotationJson(s: Snapshot, exportedAt: number, lang: ExportLang = 'en'): Promise<string> {
  return `${JSON.stringify(await toWebAnnotations(s, exportedAt, lang), null, 2)}\n`;
}
