// Dexie liveQuery as a Preact hook: the page re-renders whenever the data it read changes, also
// when the background writes while the reader reads in another tab.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type Live<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

export function useLive<T>(query: () => Promise<T> | T, deps: readonly unknown[]): Live<T> {
  const [result, setResult] = useState<Live<T>>({ state: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ state: 'ready', value }),
      error: (error: unknown) => setResult({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}
