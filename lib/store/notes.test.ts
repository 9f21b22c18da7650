import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { QUOTA_MESSAGE } from './errors';
import { createNote, deleteNote, listNotes, notesForEntity, purgeDeletedNotes, restoreNote, revertNote, updateNote } from './notes';
import type { Note } from './schema';
import { freshDb } from './test-db';

vi.mock('../kb', () => {
  const entities = [
    { id: 'irgc', type: 'organization', names: { de: 'Iranische Revolutionsgarde', en: 'Islamic Revolutionary Guard Corps', fa: 'سپاه پاسداران انقلاب اسلامی' }, acronyms: ['IRGC', 'IRGK'], description: { de: '', en: '' } },
  ];
  return { entities, getEntity: (id: string) => entities.find((e) => e.id === id) };
});

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('notes', () => {
  it('a note on a passage keeps the W3C quote and position', async () => {
    const db = await freshDb();
    const note = value(
      await createNote(db, {
        text: '  Wer genau?  ',
        articleId: 7,
        quote: { exact: 'Sicherheitsrates', prefix: 'Der Sekretär des russischen ', suffix: ', Nikolai Patruschew' },
        position: { start: 120, end: 136 },
      }, 1000),
    );
    expect(note).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      articleId: 7,
      quote: { exact: 'Sicherheitsrates', prefix: 'Der Sekretär des russischen ', suffix: ', Nikolai Patruschew' },
      position: { start: 120, end: 136 },
      text: 'Wer genau?',
      created: 1000,
      updated: 1000,
      words: expect.arrayContaining(['wer', 'genau', 'sicherheitsrates']),
    });
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('refuses an empty note and a note that belongs nowhere, with a message', async () => {
    const db = await freshDb();
    expect(await createNote(db, { text: '   ', entityId: 'iran' })).toEqual({ ok: false, error: { code: 'invalid', message: 'A note needs some text.' } });
    expect(await createNote(db, { text: 'Hallo' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await db.notes.count()).toBe(0);
  });

  it('edit, then undo the edit', async () => {
    const db = await freshDb();
    const note = value(await createNote(db, { text: 'Erste Fassung', entityId: 'iran' }, 1000));
    const { before, after } = value(await updateNote(db, note.id, 'Zweite Fassung', 2000));
    expect(before).toEqual(note);
    expect(after).toMatchObject({ text: 'Zweite Fassung', created: 1000, updated: 2000 });
    expect((await listNotes(db, 'zweite')).map((n) => n.text)).toEqual(['Zweite Fassung']);
    value(await revertNote(db, before));
    expect(await db.notes.get(note.id)).toEqual(note);
    expect(await listNotes(db, 'zweite')).toEqual([]);
  });

  it('delete hides the note everywhere; undo brings it back unchanged', async () => {
    const db = await freshDb();
    const note = value(await createNote(db, { text: 'Shahed-Lieferungen', entityId: 'iran', articleId: 1 }, 1000));
    value(await deleteNote(db, note.id, 2000));
    expect(await listNotes(db)).toEqual([]);
    expect(await listNotes(db, 'shahed')).toEqual([]);
    expect(await notesForEntity(db, 'iran')).toEqual([]);
    expect(await updateNote(db, note.id, 'x')).toMatchObject({ ok: false, error: { code: 'not-found' } });

    expect(value(await restoreNote(db, note.id))).toEqual(note);
    expect(await listNotes(db)).toEqual([note]);
  });

  it('purges deleted notes once the undo window is over, and only those', async () => {
    const db = await freshDb();
    const keep = value(await createNote(db, { text: 'bleibt', entityId: 'iran' }, 1000));
    const old = value(await createNote(db, { text: 'alt gelöscht', entityId: 'iran' }, 1000));
    const recent = value(await createNote(db, { text: 'eben gelöscht', entityId: 'iran' }, 1000));
    await deleteNote(db, old.id, 2000);
    await deleteNote(db, recent.id, 9000);
    expect(await purgeDeletedNotes(db, 5000)).toEqual({ ok: true, value: 1 });
    expect((await db.notes.toArray()).map((n) => n.id).sort()).toEqual([keep.id, recent.id].sort());
  });

  it('lists all notes newest first, and searches words by prefix, case and diacritics aside', async () => {
    const db = await freshDb();
    const make = async (text: string, created: number, extra: Partial<Note> = {}) =>
      value(await createNote(db, { text, entityId: 'iran', ...extra }, created));
    await make('Patruschew in Teheran: Raketen', 1000);
    await make('Schoigu traf Laridschani in Teheran', 3000);
    await make('Lieferung über Pjöngjang', 2000);

    expect((await listNotes(db)).map((n) => n.created)).toEqual([3000, 2000, 1000]);
    expect((await listNotes(db, 'tehe')).map((n) => n.created)).toEqual([3000, 1000]);
    expect((await listNotes(db, 'TEHERAN schoi')).map((n) => n.created)).toEqual([3000]);
    expect((await listNotes(db, 'pjongjang uber')).map((n) => n.created)).toEqual([2000]);
    expect(await listNotes(db, 'Kiew')).toEqual([]);
  });

  it('search finds notes on an entity by any of its names, in any language', async () => {
    const db = await freshDb();
    const onIrgc = value(await createNote(db, { text: 'Quds-Einheit beobachten', entityId: 'irgc' }, 1000));
    value(await createNote(db, { text: 'Nichts dazu', entityId: 'iran' }, 2000));
    for (const query of ['Revolutionsgarde', 'revolutionary guard', 'IRGK', 'سپاه']) {
      expect((await listNotes(db, query)).map((n) => n.id), query).toEqual([onIrgc.id]);
    }
  });

  it('a full disk on create or edit is a clear error and the stored note stays as it was', async () => {
    const db = await freshDb();
    const note = value(await createNote(db, { text: 'Original', entityId: 'iran' }));
    vi.spyOn(db.notes, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    vi.spyOn(db.notes, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    expect(await updateNote(db, note.id, 'Geändert')).toEqual({ ok: false, error: { code: 'quota', message: QUOTA_MESSAGE } });
    expect(await createNote(db, { text: 'Neu', entityId: 'iran' })).toEqual({ ok: false, error: { code: 'quota', message: QUOTA_MESSAGE } });
    vi.restoreAllMocks();
    expect(await db.notes.toArray()).toEqual([note]);
  });
});
