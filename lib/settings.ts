// The reader's settings, typed, with defaults, kept in browser.storage.local under one key.
// Reading never fails: a missing or damaged value falls back to the defaults field by field.
import { browser } from 'wxt/browser';

export interface Settings {
  /** Stop highlighting and recording everywhere until unpaused. */
  paused: boolean;
  /** Hosts where Lagebild does nothing; "example.com" also covers its subdomains. */
  disabledSites: string[];
  /** Record articles read in private / incognito windows (they are highlighted either way). */
  recordPrivate: boolean;
}

export const defaultSettings: Readonly<Settings> = Object.freeze({
  paused: false,
  disabledSites: [],
  recordPrivate: false,
});

export const SETTINGS_KEY = 'settings';

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set'>;

export async function getSettings(area: StorageArea = browser.storage.local): Promise<Settings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  return withDefaults(stored);
}

/** Change some settings; answers the settings as now stored. */
export async function updateSettings(patch: Partial<Settings>, area: StorageArea = browser.storage.local): Promise<Settings> {
  const next = withDefaults({ ...(await getSettings(area)), ...patch });
  next.disabledSites = [...new Set(next.disabledSites.map(normalizeSite).filter(Boolean))];
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Call `listener` with the new settings whenever they change in any context. Answers an unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'local' && SETTINGS_KEY in changes) listener(withDefaults(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Whether `url` is on a site the reader disabled (the host or any subdomain of it). */
export function isSiteDisabled(settings: Settings, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return settings.disabledSites.some((site) => {
    const s = normalizeSite(site);
    return s !== '' && (host === s || host.endsWith(`.${s}`));
  });
}

/** "https://www.Example.com/path" → "example.com"; a bare host stays as it is, lower-cased. */
export function normalizeSite(site: string): string {
  const trimmed = site.trim().toLowerCase();
  if (!trimmed) return '';
  let host = trimmed;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return '';
  }
  return host.replace(/^www\./, '');
}

function withDefaults(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    paused: typeof s.paused === 'boolean' ? s.paused : defaultSettings.paused,
    disabledSites: Array.isArray(s.disabledSites) ? s.disabledSites.filter((x): x is string => typeof x === 'string') : [],
    recordPrivate: typeof s.recordPrivate === 'boolean' ? s.recordPrivate : defaultSettings.recordPrivate,
  };
}
