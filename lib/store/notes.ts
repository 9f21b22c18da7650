// The reader's notes: create, edit, delete with undo, and the lists the UI shows.
// Writes answer Results (a full disk is a message, not a crash); queries take the db for liveQuery.
import type { Result } from '../messages';
import { matchingIds } from './entities';
import { guardWrite, StoreInputError } from './errors';
import { noteWords, tokenize, type LagebildDB, type Note, type TextQuote } from './schema';

export const NOTE_MAX_LEN = 20_000;

export interface NoteInput {
  text: string;
  entityId?: string;
  articleId?: number;
  quote?: TextQuote;
  position?: { start: number; end: number };
}

export function createNote(db: LagebildDB, input: NoteInput, now: number = Date.now()): Promise<Result<Note>> {
  return guardWrite('save the note', async () => {
    const text = checkText(input.text, input.quote !== undefined);
    if (input.entityId === undefined && input.articleId === undefined) {
      throw new StoreInputError('invalid', 'A note belongs to an entity or to an article.');
    }
    const note: Note = {
      id: crypto.randomUUID(),
      ...(input.entityId !== undefined && { entityId: input.entityId }),
      ...(input.articleId !== undefined && { articleId: input.articleId }),
      ...(input.quote && { quote: { exact: input.quote.exact, prefix: input.quote.prefix, suffix: input.quote.suffix } }),
      ...(input.position && { position: { start: input.position.start, end: input.position.end } }),
      text,
      created: now,
      updated: now,
      words: [],
    };
    note.words = noteWords(note);
    await db.notes.add(note);
    return note;
  });
}

/** Change a note's text. Answers the note as it was before, which `revertNote` puts back (undo). */
export function updateNote(db: LagebildDB, id: string, text: string, now: number = Date.now()): Promise<Result<{ before: Note; after: Note }>> {
  return guardWrite('save the note', () =>
    db.transaction('rw', db.notes, async () => {
      const before = await liveNote(db, id);
      const after: Note = { ...before, text: checkText(text, before.quote !== undefined), updated: Math.max(now, before.updated) };
      after.words = noteWords(after);
      await db.notes.put(after);
      return { before, after };
    }),
  );
}

/** Undo an edit: put back the note as `updateNote` answered it in `before`. */
export function revertNote(db: LagebildDB, before: Note): Promise<Result<Note>> {
  return guardWrite('undo the edit', () =>
    db.transaction('rw', db.notes, async () => {
      await liveNote(db, before.id);
      await db.notes.put(before);
      return before;
    }),
  );
}

/** Delete a note so that it can be restored (undo); it disappears from every list at once. */
export function deleteNote(db: LagebildDB, id: string, now: number = Date.now()): Promise<Result<Note>> {
  return guardWrite('delete the note', () =>
    db.transaction('rw', db.notes, async () => {
      const note = { ...(await liveNote(db, id)), deletedAt: now };
      await db.notes.put(note);
      return note;
    }),
  );
}

/** Undo a delete. */
export function restoreNote(db: LagebildDB, id: string): Promise<Result<Note>> {
  return guardWrite('restore the note', () =>
    db.transaction('rw', db.notes, async () => {
      const note = await db.notes.get(id);
      if (!note) throw new StoreInputError('not-found', 'This note no longer exists.');
      delete note.deletedAt;
      await db.notes.put(note);
      return note;
    }),
  );
}

/** Remove for good the notes deleted before `before` (epoch ms): the undo window is over. */
export function purgeDeletedNotes(db: LagebildDB, before: number): Promise<Result<number>> {
  return guardWrite('clean up deleted notes', () =>
    db.notes.filter((n) => n.deletedAt !== undefined && n.deletedAt < before).delete(),
  );
}

/**
 * All notes, newest first. `search` keeps notes whose text or quote has words starting with every
 * word of the query, or that are on an entity one of whose names matches the whole query.
 */
export async function listNotes(db: LagebildDB, search = ''): Promise<Note[]> {
  const words = tokenize(search);
  if (words.length === 0) {
    return db.notes.orderBy('created').reverse().filter((n) => n.deletedAt === undefined).toArray();
  }
  const [byWords, own] = await db.transaction('r', db.notes, db.ownEntities, () =>
    Promise.all([notesWithWords(db, words), db.ownEntities.toArray()]),
  );
  const entityIds = [...matchingIds(search, own)];
  const byEntity = entityIds.length ? await db.notes.where('entityId').anyOf(entityIds).toArray() : [];
  const found = new Map<string, Note>();
  for (const n of [...byWords, ...byEntity]) if (n.deletedAt === undefined) found.set(n.id, n);
  return [...found.values()].sort((a, b) => b.created - a.created);
}

/** Notes having, for every query word, a word that starts with it (the `*words` index, version 2). */
async function notesWithWords(db: LagebildDB, words: string[]): Promise<Note[]> {
  const [first, ...rest] = [...words].sort((a, b) => b.length - a.length); // the longest word narrows most
  const candidates = await db.notes.where('words').startsWith(first!).distinct().toArray();
  return candidates.filter((n) => rest.every((w) => n.words.some((nw) => nw.startsWith(w))));
}

/** The notes on one entity, newest first. */
export function notesForEntity(db: LagebildDB, entityId: string): Promise<Note[]> {
  return db.notes
    .where('entityId')
    .equals(entityId)
    .filter((n) => n.deletedAt === undefined)
    .toArray()
    .then((notes) => notes.sort((a, b) => b.created - a.created));
}

async function liveNote(db: LagebildDB, id: string): Promise<Note> {
  const note = await db.notes.get(id);
  if (!note || note.deletedAt !== undefined) throw new StoreInputError('not-found', 'This note no longer exists.');
  return note;
}

/** A note on a passage may be just the passage; any other note needs text. */
function checkText(text: string, hasQuote: boolean): string {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (!trimmed && !hasQuote) throw new StoreInputError('invalid', 'A note needs some text.');
  if (trimmed.length > NOTE_MAX_LEN) throw new StoreInputError('invalid', `A note can be at most ${NOTE_MAX_LEN} characters long.`);
  return trimmed;
}
