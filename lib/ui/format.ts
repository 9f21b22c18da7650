// Dates and numbers as the reader's language writes them (Intl); pure, no browser.* calls.
import type { UiLang } from './i18n';

const LOCALE: Record<UiLang, string> = { de: 'de-DE', en: 'en-GB' };

/** "18. Sept. 2024" / "18 Sept 2024"; undefined for a missing or unreadable date. */
export function formatDate(date: number | string | undefined, lang: UiLang): string | undefined {
  if (date === undefined || date === '') return undefined;
  const value = new Date(date);
  if (Number.isNaN(value.getTime())) return undefined;
  return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'short', year: 'numeric' }).format(value);
}

/** Date and time, for "last seen". */
export function formatDateTime(date: number | undefined, lang: UiLang): string | undefined {
  if (date === undefined) return undefined;
  const value = new Date(date);
  if (Number.isNaN(value.getTime())) return undefined;
  return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(value);
}

export function formatNumber(n: number, lang: UiLang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(n);
}

/** Only web links are followed: a stored URL could hold `javascript:`. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
