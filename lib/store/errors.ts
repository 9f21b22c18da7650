// Turns a failed write into a Result a reader can understand. A failed Dexie transaction is rolled
// back as a whole, so whatever was stored before the failing write is still there.
import { err, ok, type Result } from '../messages';

export const QUOTA_MESSAGE =
  'Lagebild could not save this: the disk is full or the browser’s storage quota is used up. ' +
  'What was saved before is intact. Free disk space, or export and delete old articles, then try again.';

/** Run a write and answer a Result; quota errors get the message above, the rest a generic one. */
export async function guardWrite<T>(what: string, write: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await write());
  } catch (error) {
    if (isQuotaError(error)) return err('quota', QUOTA_MESSAGE);
    if (error instanceof StoreInputError) return err(error.code, error.message);
    console.error(`[lagebild] ${what} failed`, error);
    return err('internal', `Lagebild could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Thrown inside a write for a reader-caused failure (a note that does not exist, an empty text). */
export class StoreInputError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'StoreInputError';
  }
}

/**
 * A DOMException named QuotaExceededError, Dexie's QuotaExceededError wrapping it, or an abort whose
 * cause was one (Dexie.AbortError with `inner`). Firefox reports a full disk the same way.
 */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
