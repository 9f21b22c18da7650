import { describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import { i18nTranslator, plural, translator, uiLang } from './i18n';

describe('i18n', () => {
  it('fills {n} placeholders and picks singular or plural', () => {
    const t = translator(de);
    expect(plural(t, 'articles', 1)).toBe('1 Artikel');
    expect(plural(t, 'mentions', 3)).toBe('3 Erwähnungen');
    expect(t('entities_none_match', 'Xyz')).toBe('Kein Eintrag passt zu „Xyz“.');
  });

  it('falls back to English for a key the browser does not know', () => {
    const t = i18nTranslator(() => '');
    expect(t('tab_notes')).toBe('Notes');
  });

  it('has the same keys in German and English, and German for German browsers only', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    expect(uiLang('de-AT')).toBe('de');
    expect(uiLang('en-US')).toBe('en');
    expect(uiLang('fr')).toBe('en');
  });
});
