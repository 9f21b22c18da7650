import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, MENTION_COLUMNS, NOTE_COLUMNS } from './csv';
import { readSnapshot } from './snapshot';
import { ARTICLE_A, ARTICLE_B, HOSTILE, hostileDb } from './test-data';

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('CSV', () => {
  it('one row per entity and article, with counts, dates and snippets', async () => {
    const { mentions } = toCsv(await readSnapshot(await hostileDb()));
    expect(mentions.split('\r\n')[0]).toBe(`\uFEFF${MENTION_COLUMNS.join(',')}`);
    const rows = parse(mentions);
    expect(rows).toHaveLength(6);
    const shoigu = rows.find((r) => r.entity_id === 'sergei-shoigu')!;
    expect(shoigu).toMatchObject({
      entity_name: 'Sergei Shoigu', entity_type: 'person', article_url: ARTICLE_A.url, site: 'Der Morgenkurier',
      published: '2024-09-18T07:15:00.000Z', first_seen: '2024-09-18T07:15:00.123Z', mentions: '4',
    });
    // A snippet that is a formula is kept, but neutralised with a leading apostrophe.
    expect(shoigu.snippets).toBe(`Der russische Sicherheitsratschef Schoigu traf in Teheran ein.\n${HOSTILE.formula}`);
    const own = rows.find((r) => r.entity_id === 'own:drone-unit')!;
    expect(own).toMatchObject({ entity_name: 'Drohneneinheit "Nord"', entity_type: 'organization', site: 'News, Example', article_title: ARTICLE_B.title });
  });

  it('neutralises cells a spreadsheet would run as formulas: = + - @ TAB CR', async () => {
    const { mentions, notes } = toCsv(await readSnapshot(await hostileDb()));
    const noteRows = parse(notes);
    expect(noteRows.map((r) => r.text)).toContain(`'${HOSTILE.formula}`);
    const iranB = parse(mentions).find((r) => r.entity_id === 'iran' && r.article_url === ARTICLE_B.url)!;
    expect(iranB.snippets).toBe("'+49 Iran -1 @all");
    const title = parse(mentions).find((r) => r.article_url === ARTICLE_A.url)!.article_title;
    expect(title).toBe(ARTICLE_A.title); // "=SUM" inside a cell is not at its start: left alone
    // No cell of either file starts with a formula character any more.
    for (const row of [...parse(mentions), ...noteRows]) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('neutralises a formula that goes on over several lines', () => {
    const note = { id: 'n1', entityId: 'iran', text: `${HOSTILE.formula}\nzweite Zeile`, created: 0, updated: 0, words: [] };
    for (const text of [note.text, '-1\r\n+2', '@SUM(A1)\n']) {
      const { notes } = toCsv({ articles: [], mentions: [], notes: [{ ...note, text }], ownEntities: [] });
      expect(parse(notes)[0]!.text).toBe(`'${text}`);
    }
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, and keeps HTML, emoji and RTL text as text', async () => {
    const { notes } = toCsv(await readSnapshot(await hostileDb()));
    expect(notes).toContain(`"${HOSTILE.multiline.replace(/"/g, '""')}"`);
    expect(notes.endsWith('\r\n')).toBe(true);
    const rows = parse(notes);
    expect(Object.keys(rows[0]!)).toEqual([...NOTE_COLUMNS]);
    expect(rows).toHaveLength(4); // the deleted note is not exported
    expect(rows.map((r) => r.text)).toEqual(expect.arrayContaining([HOSTILE.multiline, HOSTILE.emoji, `${HOSTILE.html} ${HOSTILE.markdown}`]));
    const rtl = rows.find((r) => r.quote === HOSTILE.rtl)!;
    expect(rtl).toMatchObject({ article_url: ARTICLE_B.url, position_start: '19', entity_id: '', entity_name: '' });
    expect(rows.find((r) => r.entity_id === 'irgc')?.entity_name).toBe('Islamic Revolutionary Guard Corps');
  });
});
