import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../settings';
import { EXPORT_FORMATS, exportFromDb, importBackupText, type ExportFile } from './index';
import { EXPORTED_AT, hostileDb } from './test-data';

const SETTINGS: Settings = { paused: true, disabledSites: ['example.org'], recordPrivate: false };

async function everyFormat(db: Awaited<ReturnType<typeof hostileDb>>, now: number): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  for (const format of EXPORT_FORMATS) files.push(...(await exportFromDb(db, format, { scope: { kind: 'all' }, now, settings: SETTINGS })));
  return files;
}

describe('export → clear → import → export', () => {
  it('gives the same files in every format', async () => {
    const db = await hostileDb();
    const before = await everyFormat(db, EXPORTED_AT);
    expect(before.map((f) => f.filename)).toEqual([
      expect.stringMatching(/^lagebild-notes-\d{4}-\d\d-\d\d\.md$/),
      expect.stringMatching(/^lagebild-mentions-\d{4}-\d\d-\d\d\.csv$/),
      expect.stringMatching(/^lagebild-notes-\d{4}-\d\d-\d\d\.csv$/),
      expect.stringMatching(/^lagebild-backup-\d{4}-\d\d-\d\d\.json$/),
      expect.stringMatching(/^lagebild-annotations-\d{4}-\d\d-\d\d\.jsonld$/),
      expect.stringMatching(/^lagebild-stix-\d{4}-\d\d-\d\d\.json$/),
    ]);
    const backup = before.find((f) => f.filename.startsWith('lagebild-backup-'))!;

    await Promise.all([db.articles.clear(), db.mentions.clear(), db.notes.clear(), db.ownEntities.clear()]);
    expect((await everyFormat(db, EXPORTED_AT)).find((f) => f.filename.endsWith('.md'))!.text).toContain('Nothing in this scope.');

    let settings: Settings = defaultSettings;
    const result = await importBackupText(db, backup.text, 'replace', { get: async () => settings, set: async (s) => void (settings = s) });
    expect(result.ok).toBe(true);
    expect(settings).toEqual(SETTINGS);
    expect(await everyFormat(db, EXPORTED_AT)).toEqual(before);
  });

  it('a later export differs only where the export time is written', async () => {
    const db = await hostileDb();
    const a = await everyFormat(db, EXPORTED_AT);
    const b = await everyFormat(db, EXPORTED_AT + 3_600_000);
    const stamp = (f: ExportFile) => f.text
      .replace(/Exported \d{4}-\d\d-\d\d \d\d:\d\d UTC/, 'Exported TIME')
      .replace(/"(exportedAt|generated)": "[^"]+"/g, '"$1": "TIME"')
      .replace(/"(bundle--|urn:uuid:)[0-9a-f-]{36}",\n {2}"(objects|type)"/g, '"ID", "$2"')
      .replace(/"id": "urn:uuid:[0-9a-f-]{36}",\n {4}"type": "AnnotationPage"/, '"PAGE"');
    expect(b.map(stamp)).toEqual(a.map(stamp));
  });
});
