import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from './snapshot';
import { ARTICLE_A, ARTICLE_B, EXPORTED_AT, HOSTILE, hostileDb } from './test-data';
import { ANNO_CONTEXT, entityIri, toWebAnnotations, webAnnotationJson, type Annotation } from './web-annotation';

describe('W3C Web Annotation export', () => {
  it('a collection of annotations on article URLs, notes with both selectors', async () => {
    const c = await toWebAnnotations(await readSnapshot(await hostileDb()), EXPORTED_AT);
    expect(c).toMatchObject({ '@context': ANNO_CONTEXT, type: 'AnnotationCollection', generated: '2026-11-23T23:59:00.000Z', first: { type: 'AnnotationPage', startIndex: 0 } });
    const items = c.first.items;
    expect(c.total).toBe(items.length);
    // Two notes on passages (the entity-only notes have no page), six mentions.
    expect(items.filter((a) => a.motivation === 'commenting')).toHaveLength(2);
    expect(items.filter((a) => a.motivation === 'identifying')).toHaveLength(6);

    const formulaNote = items.find((a) => a.body.some((b) => 'value' in b && b.value === HOSTILE.formula))!;
    expect(formulaNote.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(formulaNote.target).toEqual({
      source: ARTICLE_A.url,
      selector: [
        { type: 'TextQuoteSelector', exact: 'Schoigu traf im Iran ein', prefix: 'Teheran. ', suffix: ', sagt' },
        { type: 'TextPositionSelector', start: 20, end: 44 },
      ],
    });
    expect(formulaNote.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: HOSTILE.formula, format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Iran', format: 'text/plain' },
      { type: 'SpecificResource', purpose: 'identifying', source: entityIri('iran') },
    ]);
    const rtlNote = items.find((a) => a.target.selector?.some((s) => s.type === 'TextQuoteSelector' && s.exact === HOSTILE.rtl))!;
    expect(rtlNote.target.source).toBe(ARTICLE_B.url);
    expect(rtlNote.body[0]).toMatchObject({ value: `${HOSTILE.html} ${HOSTILE.markdown}` });
  });

  it('a mention points at the entity\'s name in the first snippet, at its first offset', async () => {
    const c = await toWebAnnotations(await readSnapshot(await hostileDb()), EXPORTED_AT);
    const mention = (url: string, id: string) =>
      c.first.items.find((a: Annotation) => a.motivation === 'identifying' && a.target.source === url && a.body.some((b) => 'source' in b && b.source === entityIri(id)))!;
    expect(mention(ARTICLE_A.url, 'sergei-shoigu').target.selector).toEqual([
      // 32 characters of context either side
      { type: 'TextQuoteSelector', exact: 'Schoigu', prefix: 'r russische Sicherheitsratschef ', suffix: ' traf in Teheran ein.' },
      { type: 'TextPositionSelector', start: 40, end: 47 },
    ]);
    expect(mention(ARTICLE_B.url, 'irgc').target.selector?.[0]).toEqual({ type: 'TextQuoteSelector', exact: 'IRGC', prefix: 'The ', suffix: ` said, ${HOSTILE.rtl.slice(0, 25)}` });
    // A snippet that does not name the entity quotes the snippet itself, without a position.
    expect(mention(ARTICLE_B.url, 'own:drone-unit').target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'Rubikon-like unit' }]);
  });

  it('ids are stable across exports; only the collection\'s own id and time follow the export time', async () => {
    const s = await readSnapshot(await hostileDb());
    const a = await webAnnotationJson(s, EXPORTED_AT);
    expect(await webAnnotationJson(s, EXPORTED_AT)).toBe(a);
    const later = await toWebAnnotations(s, EXPORTED_AT + 1000);
    expect(later.first.items).toEqual(JSON.parse(a).first.items);
    expect(a).toContain(HOSTILE.rtl);
  });
});
