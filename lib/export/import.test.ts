import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../settings';
import { recordVisit } from '../store/articles';
import { freshDb } from '../store/test-db';
import { backupJson, type Backup } from './json-backup';
import { describeImport, importBackupText, parseBackup } from './import';
import { readSnapshot } from './snapshot';
import { EXPORTED_AT, hostileDb, T0 } from './test-data';

async function hostileBackup(): Promise<Backup> {
  return JSON.parse(backupJson(await readSnapshot(await hostileDb()), defaultSettings, EXPORTED_AT));
}

function broken(backup: Backup, change: (b: Backup) => void): string {
  const copy = structuredClone(backup);
  change(copy);
  return JSON.stringify(copy);
}

describe('parseBackup: what is wrong and where', () => {
  const cases: [string, (b: Backup) => void, string][] = [
    ['a note time that is text', (b) => ((b.notes[3] as { created: unknown }).created = 'yesterday'), 'notes[3].created: expected a number, got "yesterday"'],
    ['a missing article URL', (b) => delete (b.articles[1] as Partial<Backup['articles'][0]>).url, 'articles[1].url: missing, expected a string'],
    ['a count below zero', (b) => (b.mentions[2]!.count = -1), 'mentions[2].count: expected a number of at least 0'],
    ['a fractional id', (b) => (b.articles[0]!.id = 1.5), 'articles[0].id: expected an integer'],
    ['snippets that are not a list', (b) => ((b.mentions[0] as { snippets: unknown }).snippets = 'text'), 'mentions[0].snippets: expected an array, got "text"'],
    ['an unknown entity type', (b) => ((b.ownEntities[0] as { type: string }).type = 'ship'), 'ownEntities[0].type: expected "person" or "organization" or "state" or "weapon"'],
    ['a note on nothing', (b) => { delete b.notes[0]!.entityId; delete b.notes[0]!.articleId; }, 'notes[0]: a note needs an entityId or an articleId'],
    ['a mention of an article the file lacks', (b) => (b.mentions[1]!.articleId = 99), 'mentions[1].articleId: no article with id 99 in the file'],
    ['an article twice', (b) => (b.articles[1]!.url = b.articles[0]!.url), `articles[1].url: ${'https://morgenkurier.example/ausland/schoigu-iran-nordkorea-100.html'} appears twice`],
    ['settings of the wrong kind', (b) => ((b.settings as { paused: unknown }).paused = 'no'), 'settings.paused: expected a boolean, got "no"'],
  ];
  it.each(cases)('%s', async (_name, change, message) => {
    const result = parseBackup(broken(await hostileBackup(), change));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
  });

  it('says when a file is not JSON, not a backup, or from a newer version', () => {
    expect(parseBackup('{"format": "lagebild-backup",').ok).toBe(false);
    const notJson = parseBackup('nope');
    expect(!notJson.ok && notJson.error.message).toMatch(/^This file is not JSON/);
    const other = parseBackup('{"type": "bundle"}');
    expect(!other.ok && other.error.message).toMatch(/not a Lagebild backup/);
    const newer = parseBackup('{"format": "lagebild-backup", "version": 9}');
    expect(!newer.ok && newer.error.message).toMatch(/newer Lagebild \(format version 9\)/);
  });

  it('counts the further problems', async () => {
    const result = parseBackup(broken(await hostileBackup(), (b) => {
      (b.notes[0] as { created: unknown }).created = null;
      (b.notes[1] as { updated: unknown }).updated = null;
    }));
    expect(!result.ok && result.error.message).toBe('notes[0].created: expected a number, got null (and 1 more problem). Nothing was imported.');
  });
});

describe('importBackupText', () => {
  it('a bad file changes nothing, settings included', async () => {
    const db = await hostileDb();
    const before = await readSnapshot(db);
    const set = vi.fn();
    const text = broken(await hostileBackup(), (b) => ((b.notes[4] as { text: unknown }).text = 5));
    for (const mode of ['merge', 'replace'] as const) {
      const result = await importBackupText(db, text, mode, { get: async () => defaultSettings, set });
      expect(result).toEqual({ ok: false, error: { code: 'invalid', message: expect.stringContaining('notes[4].text: expected a string, got 5') } });
      expect(await readSnapshot(db)).toEqual(before);
    }
    expect(set).not.toHaveBeenCalled();
  });

  it('a write that fails half-way is rolled back whole', async () => {
    const db = await hostileDb();
    const before = await readSnapshot(db);
    const text = JSON.stringify(await hostileBackup());
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(db.notes, 'bulkAdd').mockImplementation(() => Promise.reject(new Error('disk on fire')) as never);
    const set = vi.fn();
    const result = await importBackupText(db, text, 'replace', { get: async () => defaultSettings, set });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('disk on fire') } });
    vi.restoreAllMocks();
    expect(await readSnapshot(db)).toEqual(before);
    expect(set).not.toHaveBeenCalled();
  });

  it('replace makes the memory exactly the file', async () => {
    const db = await freshDb();
    await recordVisit(db, { meta: { url: 'https://other.example/a', title: 'Other', site: 'Other', lang: 'en' }, mentions: [{ entityId: 'iran', count: 1, snippets: [], firstOffset: 0 }] }, T0);
    const backup = await hostileBackup();
    const result = await importBackupText(db, JSON.stringify(backup), 'replace');
    expect(result.ok && describeImport(result.value)).toBe('Replaced the memory with the backup: 2 articles, 6 mentions, 5 notes and 1 own entity.');
    const after = await readSnapshot(db);
    expect(after.articles.map((a) => a.url)).toEqual(backup.articles.map((a) => a.url));
  });

  it('merge keeps what the memory has, adds what is new, and maps article ids by URL', async () => {
    const backup = await hostileBackup();
    const db = await freshDb();
    // The memory already knows the second article, under id 1, seen later than the backup says.
    const url = backup.articles[1]!.url;
    await recordVisit(db, { meta: { url, title: 'Newer title', site: 'N', lang: 'en' }, mentions: [{ entityId: 'irgc', count: 9, snippets: ['newer'], firstOffset: 1 }] }, T0 + 10 * 86_400_000);
    let settings: Settings = { ...defaultSettings, disabledSites: ['a.example'], paused: true };
    const result = await importBackupText(db, JSON.stringify({ ...backup, settings: { ...backup.settings, disabledSites: ['b.example'] } }), 'merge', {
      get: async () => settings, set: async (s) => void (settings = s),
    });
    expect(result.ok && describeImport(result.value)).toBe(
      // The article both know takes the earlier first visit from the file.
      'Merged the backup: added 1 article, 5 mentions, 5 notes and 1 own entity; updated 1 article, no mentions, no notes and no own entities.',
    );
    const after = await readSnapshot(db);
    expect(after.articles.map((a) => [a.id, a.url, a.title])).toEqual([[1, url, 'Newer title'], [2, backup.articles[0]!.url, backup.articles[0]!.title]]);
    expect(after.articles[0]!.firstSeen).toBe(backup.articles[1]!.firstSeen);
    expect(after.mentions.find((m) => m.articleId === 1 && m.entityId === 'irgc')).toMatchObject({ count: 9, snippets: ['newer'] });
    expect(after.notes.find((n) => n.quote?.prefix === 'The IRGC said, ')?.articleId).toBe(1);
    expect(settings).toEqual({ ...defaultSettings, paused: true, disabledSites: ['a.example', 'b.example'] });

    // Merging the same file again changes nothing.
    const again = await importBackupText(db, JSON.stringify(backup), 'merge');
    expect(again.ok && describeImport(again.value)).toBe('Merged the backup: added no articles, no mentions, no notes and no own entities.');
    expect(await readSnapshot(db)).toEqual(after);
  });
});
