import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { inline, link, toMarkdown } from './markdown';
import { applyScope } from './scope';
import { readSnapshot } from './snapshot';
import { ARTICLE_A, EXPORTED_AT, HOSTILE, hostileDb } from './test-data';

describe('Markdown report', () => {
  it('per entity its facts, notes and articles; per article its entities and passage notes', async () => {
    const md = toMarkdown(await readSnapshot(await hostileDb()), { exportedAt: EXPORTED_AT });
    expect(md).toMatch(/^# Lagebild report\n\nExported 2026-11-23 23:59 UTC · Scope: all · 2 articles, 5 entities, 4 notes\n\n## Entities\n/);
    const shoigu = section(md, '### Sergei Shoigu');
    expect(shoigu).toContain('*person · official* — Secretary of Russia\'s Security Council since May 2024');
    expect(shoigu).toContain('- Roles: Secretary of the Security Council, Security Council of the Russian Federation (since 2024-05-12)');
    expect(shoigu).toContain(`- 2024-09-18 · [${inline(ARTICLE_A.title)}](<${ARTICLE_A.url}>) · Der Morgenkurier · 4 mentions`);
    expect(shoigu).toContain('  > Der russische Sicherheitsratschef Schoigu traf in Teheran ein.');
    // The note's three lines stay three lines of one quote, none of them read as markup.
    expect(shoigu).toContain('  > Erste Zeile, mit Komma\n  > zweite "Zeile"\n  > dritte; Zeile');
    const article = section(md, `### 2024-09-18 · ${inline(ARTICLE_A.title)}`);
    expect(article).toContain(`Der Morgenkurier · by Jana Wolff · <${ARTICLE_A.url}>`);
    expect(article).toContain('Mentions: Iran (6), Sergei Shoigu (4), Shahed-136 (1)');
    expect(article).toContain('  > “Schoigu traf im Iran ein”');
    expect(md).not.toContain('gelöscht'); // deleted notes stay out
    expect(md.endsWith('\n') && !md.endsWith('\n\n')).toBe(true);
  });

  it('hostile text stays text: no HTML, no links, no headings from page or note content', async () => {
    const md = toMarkdown(await readSnapshot(await hostileDb()), { exportedAt: EXPORTED_AT });
    // Every angle bracket is escaped, except around our own links.
    expect(md.match(/(^|[^\\])<(?!https?:\/\/)/gm)).toBeNull();
    expect(md).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(md).toContain('\\[Link\\](javascript:alert(1))');
    expect(md).toContain('\\*fett\\* \\[Link\\](javascript:alert(1)) \\| Tabelle \\| \\`code\\`');
    expect(md).toContain('  > \\+49 Iran -1 @all'); // a snippet that would start a list
    expect(md).toContain(HOSTILE.emoji);
    expect(md).toContain(HOSTILE.rtl);
    expect(md).toContain(`  > \\${HOSTILE.formula.replace('&', '\\&')}`);
    // Every heading is one of ours.
    for (const heading of md.match(/^#+ .*/gm) ?? []) expect(heading).toMatch(/^(# Lagebild report|## (Entities|Articles)|### .+)$/);
  });

  it('narrows to one entity, and speaks German when asked', async () => {
    const s = applyScope(await readSnapshot(await hostileDb()), { kind: 'entity', entityId: 'irgc' });
    const md = toMarkdown(s, { exportedAt: EXPORTED_AT, scope: 'entity irgc', lang: 'de' });
    expect(md).toContain('# Lagebild-Bericht');
    expect(md).toContain('### Islamische Revolutionsgarde');
    expect(md).not.toContain('Sergej Schoigu');
    expect(md).toContain(HOSTILE.emoji); // the note on the IRGC
  });

  it('links only web addresses and escapes what would break a link', () => {
    expect(link('javascript:alert(1)', 'x')).toBe('x (javascript:alert(1))');
    expect(link('https://a.example/x y>z', 'T [1]')).toBe('[T \\[1\\]](<https://a.example/x%20y%3Ez>)');
    expect(inline('a\nb  \r\n c')).toBe('a b c');
  });
});

function section(md: string, heading: string): string {
  const start = md.indexOf(`${heading}\n`);
  expect(start, `${heading} in\n${md}`).toBeGreaterThanOrEqual(0);
  const next = md.indexOf('\n### ', start + heading.length);
  return md.slice(start, next === -1 ? undefined : next);
}
