import { describe, expect, it } from 'vitest';
import type { Entity } from '../kb/types';
import { cardEntity, formatPartialDate, formatPeriod, uiLanguage } from './card-model';

const shoigu: Entity = {
  id: 'sergei-shoigu',
  type: 'person',
  subtype: 'official',
  names: { de: 'Sergej Schoigu', en: 'Sergei Shoigu', ru: 'Сергей Шойгу', fr: 'Sergueï Choïgou' },
  description: { de: 'Sekretär des russischen Sicherheitsrats.', en: 'Secretary of Russia’s Security Council.' },
  roles: [
    { title: { de: 'Sekretär des Sicherheitsrats', en: 'Secretary of the Security Council' }, of: 'russian-security-council', from: '2024-05-12' },
    { title: { de: 'Verteidigungsminister', en: 'Minister of Defence' }, from: '2012-11', to: '2024-05-12' },
  ],
};

describe('card model', () => {
  it.each([
    ['de-DE', 'de'],
    ['de', 'de'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    [undefined, 'en'],
  ])('UI language for %s is %s', (language, expected) => {
    expect(uiLanguage(language)).toBe(expected);
  });

  it.each([
    ['2024', 'de', '2024'],
    ['2024-05', 'de', 'Mai 2024'],
    ['2024-05-12', 'de', '12. Mai 2024'],
    ['2024-05-12', 'en', '12 May 2024'],
  ] as const)('formats %s in %s as %s', (date, lang, expected) => {
    expect(formatPartialDate(date, lang)).toBe(expected);
  });

  it('says since/until/both', () => {
    expect(formatPeriod('2024', undefined, 'de')).toBe('seit 2024');
    expect(formatPeriod(undefined, '2012', 'en')).toBe('until 2012');
    expect(formatPeriod('2012', '2024', 'en')).toBe('2012 – 2024');
  });

  it('shows the German name, labels and roles for a German reader, other names beside it', () => {
    const card = cardEntity(shoigu, 'de', (id) => (id === 'russian-security-council' ? 'Sicherheitsrat Russlands' : undefined));
    expect(card.name).toBe('Sergej Schoigu');
    expect(card.typeLabel).toBe('Person');
    expect(card.subtypeLabel).toBe('Funktionär/in');
    expect(card.roles[0]).toEqual({ title: 'Sekretär des Sicherheitsrats', of: 'Sicherheitsrat Russlands', period: 'seit 12. Mai 2024' });
    expect(card.otherNames).toEqual([
      { lang: 'en', name: 'Sergei Shoigu' },
      { lang: 'ru', name: 'Сергей Шойгу' },
    ]);
  });

  it('shows the English name for everyone else', () => {
    const card = cardEntity(shoigu, 'en');
    expect(card.name).toBe('Sergei Shoigu');
    expect(card.description).toBe('Secretary of Russia’s Security Council.');
    expect(card.otherNames.map((other) => other.lang)).toEqual(['de', 'ru']);
  });
});
