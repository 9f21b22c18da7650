import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { listNotes } from './notes';
import { CURRENT_VERSION, defineVersions, LagebildDB, tokenize } from './schema';

// Name lookups are not under test here; keep the curated base (edited by others) out of it.
vi.mock('../kb', () => ({ entities: [], getEntity: () => undefined }));

describe('schema', () => {
  it('opens at the current version with every table the queries use', async () => {
    const db = new LagebildDB(`schema-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'mentions', 'notes', 'ownEntities']);
    await db.delete();
  });

  it('keeps one article per URL and one mention row per article and entity', async () => {
    const db = new LagebildDB(`schema-${crypto.randomUUID()}`);
    const article = { url: 'https://a.example/1', title: 'T', site: 'a', lang: 'de', firstSeen: 1, lastSeen: 1 };
    const id = await db.articles.add(article as never);
    await expect(db.articles.add(article as never)).rejects.toThrow(/ConstraintError|unique/i);
    await db.mentions.put({ articleId: id, entityId: 'iran', count: 1, snippets: [], firstOffset: 0, lastSeen: 1 });
    await db.mentions.put({ articleId: id, entityId: 'iran', count: 4, snippets: [], firstOffset: 0, lastSeen: 2 });
    expect(await db.mentions.toArray()).toMatchObject([{ entityId: 'iran', count: 4 }]);
    await db.delete();
  });
});

describe('tokenize', () => {
  it('lower-cases, drops diacritics and punctuation, keeps digits', () => {
    expect(tokenize('Schoigu trifft Ali Laridschani in Teheran — Shahed-136, Pjöngjang!')).toEqual([
      'schoigu', 'trifft', 'ali', 'laridschani', 'in', 'teheran', 'shahed', '136', 'pjongjang',
    ]);
  });
});

describe('migration from version 1', () => {
  it('upgrades a database filled under version 1 to the current version with nothing lost', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    defineVersions(v1, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    const articles = [
      { id: 1, url: 'https://morgenkurier.example/a', title: 'Patruschew in Teheran', site: 'Der Morgenkurier', lang: 'de', author: 'Anna Brenner', published: '2022-11-09T17:30:00.000Z', firstSeen: 100, lastSeen: 200 },
      { id: 2, url: 'https://morgenkurier.example/b', title: 'Schoigu im Iran', site: 'Der Morgenkurier', lang: 'de', firstSeen: 300, lastSeen: 300 },
    ];
    const mentions = [
      { articleId: 1, entityId: 'nikolai-patrushev', count: 5, snippets: ['Patruschew ist in Teheran eingetroffen.'], firstOffset: 10, lastSeen: 200 },
      { articleId: 1, entityId: 'iran', count: 2, snippets: ['Iran liefert Raketen.'], firstOffset: 40, lastSeen: 200 },
      { articleId: 2, entityId: 'iran', count: 3, snippets: ['Schoigu im Iran.'], firstOffset: 0, lastSeen: 300 },
    ];
    const v1Notes = [
      { id: 'n1', entityId: 'iran', text: 'Lieferungen ballistischer Raketen beobachten', created: 400, updated: 400 },
      { id: 'n2', articleId: 1, quote: { exact: 'Sicherheitsrat', prefix: 'des russischen ', suffix: ', Nikolai' }, text: 'Wer genau?', created: 500, updated: 600, deletedAt: 700 },
    ];
    await v1.table('articles').bulkAdd(articles);
    await v1.table('mentions').bulkAdd(mentions);
    await v1.table('notes').bulkAdd(v1Notes);
    v1.close();

    const db = new LagebildDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.articles.orderBy('id').toArray()).toEqual(articles);
    expect(await db.mentions.orderBy('[articleId+entityId]').toArray()).toEqual(
      [...mentions].sort((a, b) => a.articleId - b.articleId || a.entityId.localeCompare(b.entityId)),
    );
    const notes = await db.notes.orderBy('id').toArray();
    expect(notes.map(({ words: _, ...rest }) => rest)).toEqual(v1Notes);
    // What version 2 adds works on the old data: full-text search over notes written under version 1,
    // including words of the quoted passage; the deleted one stays deleted.
    expect((await listNotes(db, 'ballist')).map((n) => n.id)).toEqual(['n1']);
    expect(notes.find((n) => n.id === 'n2')?.words).toEqual(expect.arrayContaining(['wer', 'genau', 'sicherheitsrat']));
    expect(await listNotes(db, 'sicherheitsrat')).toEqual([]);
    expect(await db.ownEntities.count()).toBe(0);
    await db.delete();
  });
});
