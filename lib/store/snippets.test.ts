import { describe, expect, it } from 'vitest';
import { sentenceAround, summarizeMentions } from './snippets';

/** Offsets of the first occurrence of `needle`, as the matcher would report them. */
function at(text: string, needle: string, from = 0): [number, number] {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`${needle} not in text`);
  return [start, start + needle.length];
}

describe('sentenceAround', () => {
  const cases: { name: string; text: string; mention: string; expected: string }[] = [
    {
      name: 'the middle sentence of three',
      text: 'Erster Satz. Schoigu reiste nach Teheran. Dritter Satz.',
      mention: 'Schoigu',
      expected: 'Schoigu reiste nach Teheran.',
    },
    {
      name: 'question and exclamation marks end sentences',
      text: 'Wer kam? Patruschew kam nach Teheran! Und dann?',
      mention: 'Patruschew',
      expected: 'Patruschew kam nach Teheran!',
    },
    {
      name: 'a closing quote after the full stop',
      text: '„Das ist alles.“ Laridschani sagte nichts weiter. Ende.',
      mention: 'Laridschani',
      expected: 'Laridschani sagte nichts weiter.',
    },
    {
      name: 'German ordinal dates and abbreviations do not end a sentence',
      text: 'Vorher. Am 3. Oktober traf Dr. Schoigu u. a. Vertreter z. B. der IRGC in Teheran. Danach.',
      mention: 'IRGC',
      expected: 'Am 3. Oktober traf Dr. Schoigu u. a. Vertreter z. B. der IRGC in Teheran.',
    },
    {
      name: 'initials do not end a sentence',
      text: 'Gestern. Der Vize J. D. Vance sprach über Iran. Heute.',
      mention: 'Iran',
      expected: 'Der Vize J. D. Vance sprach über Iran.',
    },
    {
      name: 'a year before the full stop does end a sentence',
      text: 'Das war im Jahr 2022. Chamenei schwieg.',
      mention: 'Chamenei',
      expected: 'Chamenei schwieg.',
    },
    {
      name: 'blocks are sentences even without punctuation',
      text: 'Iran und Russland\n\nEine Überschrift ohne Punkt\n\nText.',
      mention: 'Russland',
      expected: 'Iran und Russland',
    },
    {
      name: 'whitespace collapsed, soft hyphens and zero-width spaces dropped',
      text: 'Vorher.  Der   Sicher\u00adheitsrat\u200b\n traf  Patruschew.   B.',
      mention: 'Patruschew',
      expected: 'Der Sicherheitsrat traf Patruschew.',
    },
    {
      name: 'a mention at the very start and end of the text',
      text: 'Hamas',
      mention: 'Hamas',
      expected: 'Hamas',
    },
  ];
  it.each(cases)('$name', ({ text, mention, expected }) => {
    const [start, end] = at(text, mention);
    expect(sentenceAround(text, start, end, 240)).toBe(expected);
  });

  it('cuts a long sentence at word boundaries around the mention and marks the cuts', () => {
    const before = 'wort '.repeat(60);
    const after = ' weiter'.repeat(60);
    const text = `${before}Schoigu traf Laridschani${after}.`;
    const [start, end] = at(text, 'Schoigu');
    const snippet = sentenceAround(text, start, end, 80);
    expect(snippet.length).toBeLessThanOrEqual(80);
    expect(snippet).toContain('Schoigu');
    expect(snippet.startsWith('…wort ')).toBe(true);
    expect(snippet.endsWith('weiter…')).toBe(true);
    expect(snippet).not.toMatch(/ …|… /);
  });

  it('keeps the mention when it sits at the end of a long sentence', () => {
    const text = `${'Vorspann '.repeat(50)}endet mit Hisbollah.`;
    const [start, end] = at(text, 'Hisbollah');
    const snippet = sentenceAround(text, start, end, 60);
    expect(snippet.length).toBeLessThanOrEqual(60);
    expect(snippet.endsWith('Hisbollah.')).toBe(true);
    expect(snippet.startsWith('…')).toBe(true);
  });
});

describe('summarizeMentions', () => {
  it('groups by entity in order of first appearance, counts all, keeps three distinct sentences', () => {
    const text =
      'Schoigu kam. Schoigu sprach. Iran schwieg. Schoigu ging. Schoigu kam wieder. Schoigu, Schoigu.';
    const spans = [...text.matchAll(/Schoigu|Iran/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      id: m[0] === 'Iran' ? 'iran' : 'sergei-shoigu',
    }));
    // The matcher may report mentions in any order.
    const summary = summarizeMentions(text, spans.reverse());
    expect(summary).toEqual([
      { entityId: 'sergei-shoigu', count: 6, firstOffset: 0, snippets: ['Schoigu kam.', 'Schoigu sprach.', 'Schoigu ging.'] },
      { entityId: 'iran', count: 1, firstOffset: text.indexOf('Iran'), snippets: ['Iran schwieg.'] },
    ]);
  });

  it('does not repeat a sentence naming the entity twice', () => {
    const text = 'Kim traf Kim. Ende.';
    const summary = summarizeMentions(text, [
      { start: 0, end: 3, id: 'kim' },
      { start: 9, end: 12, id: 'kim' },
    ]);
    expect(summary[0]).toMatchObject({ count: 2, snippets: ['Kim traf Kim.'] });
  });
});
