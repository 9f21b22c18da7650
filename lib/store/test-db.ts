// For unit tests only: a fresh, uniquely named database in fake-indexeddb, deleted after each test.
// The fake is passed explicitly, so it does not matter whether Dexie was imported first.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { LagebildDB } from './schema';

const opened: LagebildDB[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

export async function freshDb(): Promise<LagebildDB> {
  const db = new LagebildDB(`lagebild-test-${crypto.randomUUID()}`, { indexedDB, IDBKeyRange });
  await db.open();
  opened.push(db);
  return db;
}
