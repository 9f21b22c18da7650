// The extension pages' words: browser.i18n with the _locales messages, and the UI language that
// also picks entity names. Components read `t` from context, so they never call browser.* themselves.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '../../public/_locales/en/messages.json';
import type { UiLang } from '../page/card-model';

export type { UiLang };
export type Messages = Record<string, { message: string; description?: string }>;
/** A message by key, with `{0}`, `{1}` … replaced by the arguments. */
export type Translate = (key: string, ...args: Array<string | number>) => string;

export interface I18n {
  t: Translate;
  lang: UiLang;
}

/** Plain `{n}` placeholders rather than i18n's `$1`: the same wording works from JSON in tests. */
function fill(text: string, args: Array<string | number>): string {
  return text.replace(/\{(\d)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/** A translator over a messages.json object (tests, and the fallback for a missing key). */
export function translator(messages: Messages): Translate {
  return (key, ...args) => fill(messages[key]?.message ?? key, args);
}

/** A translator over `browser.i18n.getMessage`, falling back to the English file for a missing key. */
export function i18nTranslator(getMessage: (key: string) => string, fallback: Messages = en): Translate {
  const backup = translator(fallback);
  return (key, ...args) => {
    const text = getMessage(key);
    return text ? fill(text, args) : backup(key, ...args);
  };
}

/** German when the browser speaks German, English otherwise (entity names exist in both). */
export function uiLang(language: string | undefined): UiLang {
  return language?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** "1 article" / "3 articles": keys `<key>_one` and `<key>_other`. */
export function plural(t: Translate, key: string, n: number): string {
  return t(n === 1 ? `${key}_one` : `${key}_other`, n);
}

export const I18nContext = createContext<I18n>({ t: translator(en), lang: 'en' });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The browser's words and language, for the page roots (popup, dashboard, options). */
export function browserI18n(i18n: { getMessage: (key: never) => string; getUILanguage: () => string }): I18n {
  const getMessage = i18n.getMessage as unknown as (key: string) => string;
  return { t: i18nTranslator((key) => getMessage(key)), lang: uiLang(i18n.getUILanguage()) };
}
