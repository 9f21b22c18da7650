// Real news pages (tests/fixtures/pages/, saved by trafilatura): what a reader expects marked, and
// on the off-topic pages nothing a reader would call wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../scripts/html-text';
import { annotate } from './index';

const page = (name: string) => htmlToText(readFileSync(new URL(`../../tests/fixtures/pages/${name}`, import.meta.url), 'utf8'));

/** Person, organisation and weapon mentions (states aside) as id → count. */
function actors(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of annotate(text)) if (m.type !== 'state') counts[m.id] = (counts[m.id] ?? 0) + 1;
  return counts;
}

describe('off-topic pages: nothing a reader would call wrong', () => {
  it.each([
    // A Spiegel essay on a North American nightmare: the magazine itself, the NYT and NATO are right,
    // and so are Matteo Salvini in a teaser ("Sardinen gegen Salvini") and the group's "manager
    // magazin" in the footer; so are the platforms the story runs on ("legt Relotius auf Facebook
    // ein Fake-Profil", "eine WhatsApp-Nachricht", "auf Karten und Google Earth").
    ['spiegel.de.albtraum.html', ['der-spiegel', 'facebook', 'giovanni-di-lorenzo', 'google', 'manager-magazin', 'matteo-salvini', 'nato', 'new-york-times', 'whatsapp']],
    // A FAZ page on streaming: the paper, the agency, Trump, the EU and the Bundestag are named, and
    // Bosch in a teaser ("Bosch in der Bredouille … Bosch – dem größten Zulieferer"), WhatsApp in
    // the menu ("Whatsapp & Co.").
    ['faz.net.streaming.html', ['berthold-kohler', 'bundestag', 'donald-trump', 'dpa', 'european-union', 'faz', 'juergen-kaube', 'robert-bosch-gmbh', 'whatsapp']],
  ])('%s', (file, allowed) => {
    const found = Object.keys(actors(page(file))).sort();
    expect(found.filter((id) => !allowed.includes(id))).toEqual([]);
    expect(annotate(page(file)).filter((m) => m.type === 'weapon')).toEqual([]);
  });
});

describe('pages on the field', () => {
  it('North Korea report: Kim Jong Un in every form, his sister and forebears by name', () => {
    const text = page('fr.de.nordkorea.html');
    const mentions = annotate(text);
    const texts = (id: string) => mentions.filter((m) => m.id === id).map((m) => m.text);
    // Every occurrence in the page's text, not only most.
    expect(texts('kim-jong-un').filter((t) => t === 'Kim Jong Un')).toHaveLength(text.match(/Kim Jong Un(?!s)/g)!.length);
    expect(texts('kim-jong-un')).toContain('Kim Jong Uns');
    expect(texts('kim-yo-jong')).toContain('Kim Yo Jong');
    expect(texts('kim-il-sung')).toContain('Kim Il Sung');
    expect(texts('north-korea').length).toBeGreaterThan(10);
    expect(texts('kcna')).toEqual(['KCNA']);
  });

  it('essay on imperialism: "Wladimir Putins" and the "Putin-Regime" compound', () => {
    const mentions = annotate(page('jungle.world-Imperialismus-Phantom.html'));
    const putin = mentions.filter((m) => m.id === 'vladimir-putin').map((m) => m.text);
    expect(putin).toContain('Wladimir Putins');
    expect(putin.filter((t) => t === 'Putin')).toHaveLength(5);
    expect(mentions.map((m) => m.id)).toEqual(expect.arrayContaining(['xi-jinping', 'olaf-scholz', 'friedrich-merz', 'kremlin', 'russia', 'ukraine']));
  });

  it('English politics page: Netanyahu, Gantz, Katz, the Mossad and Likud, not the state in "Israel Katz"', () => {
    const counts = actors(page('timesofisrael.com.washington.html'));
    expect(counts).toMatchObject({ 'benjamin-netanyahu': 8, 'benny-gantz': 1, 'israel-katz': 1, mossad: 4, likud: 4, idf: 2 });
  });

  it('Amnesty on autonomous weapons: the organisation, not the generic weapon words', () => {
    const counts = actors(page('amnesty.de-waffensysteme.html'));
    expect(counts['amnesty-international']).toBeGreaterThan(30);
    expect(Object.keys(counts).filter((id) => /weapon|drone|robot/.test(id))).toEqual([]);
  });
});
