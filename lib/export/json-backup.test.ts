import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings';
import { freshDb } from '../store/test-db';
import { backupJson, BACKUP_FORMAT, BACKUP_VERSION } from './json-backup';
import { importBackupText } from './import';
import { readSnapshot } from './snapshot';
import { ARTICLE_A, EXPORTED_AT, HOSTILE, hostileDb } from './test-data';

const SETTINGS = { paused: false, disabledSites: ['bild.de'], recordPrivate: true };

describe('JSON backup', () => {
  it('holds everything with a format version, hostile text intact', async () => {
    const db = await hostileDb();
    const json = backupJson(await readSnapshot(db), SETTINGS, EXPORTED_AT);
    const backup = JSON.parse(json);
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-11-23T23:59:00.000Z', settings: SETTINGS });
    expect(backup.articles).toHaveLength(2);
    expect(backup.articles[0]).toEqual({ id: 1, ...ARTICLE_A, firstSeen: expect.any(Number), lastSeen: expect.any(Number) });
    expect(backup.mentions).toHaveLength(6);
    expect(backup.notes).toHaveLength(5);
    expect(backup.notes.filter((n: { deletedAt?: number }) => n.deletedAt)).toHaveLength(1);
    expect(backup.notes.map((n: { text: string }) => n.text)).toEqual(expect.arrayContaining([HOSTILE.multiline, HOSTILE.formula, HOSTILE.emoji]));
    expect(backup.notes[0]).not.toHaveProperty('words');
    expect(backup.ownEntities).toEqual([expect.objectContaining({ id: 'own:drone-unit', description: HOSTILE.multiline })]);
  });

  it('round trip: export → clear → import → export gives the same file', async () => {
    const db = await hostileDb();
    const first = backupJson(await readSnapshot(db), SETTINGS, EXPORTED_AT);
    await db.delete();
    await db.open();
    expect((await readSnapshot(db)).articles).toEqual([]);

    let stored = defaultSettings as typeof SETTINGS;
    const result = await importBackupText(db, first, 'replace', { get: async () => stored, set: async (s) => void (stored = s) });
    expect(result.ok).toBe(true);
    expect(stored).toEqual(SETTINGS);
    expect(backupJson(await readSnapshot(db), stored, EXPORTED_AT)).toBe(first);
    // Search works on imported notes: the words are computed again.
    expect((await db.notes.where('words').startsWith('hyperlink').toArray()).map((n) => n.text)).toEqual([HOSTILE.formula]);
  });

  it('the same memory gives the same bytes however the records were written', async () => {
    const a = await hostileDb();
    const json = backupJson(await readSnapshot(a), SETTINGS, EXPORTED_AT);
    const b = await freshDb();
    await importBackupText(b, json, 'merge');
    expect(backupJson(await readSnapshot(b), SETTINGS, EXPORTED_AT)).toBe(json);
  });
});
