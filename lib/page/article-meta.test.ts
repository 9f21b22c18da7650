import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { articleMeta, articleSeen, canonicalUrl, normalizeDate, stripTracking } from './article-meta';

// A quiet window: saved pages link stylesheets and iframes on hosts a test never reaches.
const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableIframePageLoading: true, handleDisabledFileLoadingAsSuccess: true },
});

function doc(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function fixture(path: string): Document {
  return doc(readFileSync(new URL(`../../tests/fixtures/${path}`, import.meta.url), 'utf8'));
}

describe('canonical URL', () => {
  const page = 'https://www.example.com/politik/artikel-1.html?utm_source=twitter&id=7&fbclid=abc#kommentare';
  it.each([
    ['link[rel=canonical] first', '<link rel="canonical" href="https://example.com/a"><meta property="og:url" content="https://example.com/b">', 'https://example.com/a'],
    ['a relative canonical is resolved against the page', '<link rel="canonical" href="/politik/artikel-1.html">', 'https://www.example.com/politik/artikel-1.html'],
    ['og:url when there is no canonical link', '<meta property="og:url" content="https://example.com/b">', 'https://example.com/b'],
    ['tracking parameters and fragment are removed from a canonical too', '<link rel="canonical" href="https://example.com/a?gclid=1&utm_medium=x&mc_cid=2&mc_eid=3&page=2#top">', 'https://example.com/a?page=2'],
    ['the page URL without utm_*, fbclid and fragment, other parameters kept', '', 'https://www.example.com/politik/artikel-1.html?id=7'],
    ['a canonical pointing at the home page from an article is ignored', '<link rel="canonical" href="https://www.example.com/"><meta property="og:url" content="https://www.example.com/politik/artikel-1.html">', 'https://www.example.com/politik/artikel-1.html'],
    ['a non-http canonical is ignored', '<link rel="canonical" href="javascript:alert(1)">', 'https://www.example.com/politik/artikel-1.html?id=7'],
  ])('%s', (_, head, expected) => {
    expect(canonicalUrl(doc(`<html><head>${head}</head><body></body></html>`), page)).toBe(expected);
  });

  it.each([
    ['https://a.example/x?utm_source=a&utm_campaign=b', 'https://a.example/x'],
    ['https://a.example/x?fbclid=1#frag', 'https://a.example/x'],
    ['https://a.example/x?q=%C3%BC&gclid=1', 'https://a.example/x?q=%C3%BC'],
    ['https://a.example/x?a=1&b=2', 'https://a.example/x?a=1&b=2'],
    ['https://a.example/x?wt_mc=tw.share', 'https://a.example/x'],
    ['https://a.example/x?utm%5Fsource=a&q=a+b&&', 'https://a.example/x?q=a+b'],
    ['https://a.example/x?', 'https://a.example/x'],
  ])('stripTracking(%s)', (input, expected) => {
    expect(stripTracking(input)).toBe(expected);
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2020-05-04T14:50:00+02:00', '2020-05-04T12:50:00.000Z'],
    ['2020-01-29T11:51:58Z ', '2020-01-29T11:51:58.000Z'],
    ['2024-09-18 09:15:00+0200', '2024-09-18T07:15:00.000Z'],
    ['2024-05-12', '2024-05-12T00:00:00.000Z'],
    ['Tue Jan 28 15:28:56 CET 2020', '2020-01-28T14:28:56.000Z'],
    ['12.05.2024', undefined],
    ['gestern', undefined],
    ['', undefined],
  ])('%j → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('articleMeta', () => {
  it('reads the demo article: canonical, og:title, site, language, JSON-LD author and date', () => {
    const meta = articleMeta(fixture('demo/schoigu-iran.html'), 'http://127.0.0.1:4321/demo/schoigu-iran.html?utm_source=test');
    expect(meta).toEqual({
      url: 'https://morgenkurier.example/ausland/schoigu-iran-nordkorea-100.html',
      title: 'Shoigu traf wenige Tage nach seinem Besuch in Nordkorea im Iran ein',
      site: 'Der Morgenkurier',
      lang: 'de',
      author: 'Jana Wolff',
      published: '2024-09-18T07:15:00.000Z',
    });
  });

  it('falls back to meta tags, <time datetime>, document.title and the host', () => {
    const meta = articleMeta(
      doc(`<html lang="en-GB"><head><title>Strike on depot | Example News</title><meta name="author" content=" Jane  Doe "></head>
        <body><aside><time datetime="2001-01-01">old</time></aside><article><time datetime="2025-06-13T04:00:00Z">13 June</time><p>Text</p></article></body></html>`),
      'https://www.example.org/world/strike?utm_source=x#c',
    );
    expect(meta).toEqual({
      url: 'https://www.example.org/world/strike',
      title: 'Strike on depot | Example News',
      site: 'example.org',
      lang: 'en-GB',
      author: 'Jane Doe',
      published: '2025-06-13T04:00:00.000Z',
    });
  });

  it('reads JSON-LD inside @graph and with several authors, and ignores broken JSON-LD', () => {
    const meta = articleMeta(
      doc(`<html><head>
        <script type="application/ld+json">{ broken </script>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
          {"@type":["NewsArticle"],"headline":"Drohnen über Kiew","inLanguage":"de-DE","datePublished":"2025-01-02T03:04:05+01:00",
           "author":[{"@type":"Person","name":"A. Autor"},{"@type":"Person","name":"B. Autorin"},"https://x.example/autor"],
           "publisher":{"@type":"Organization","name":"Kiewer Blatt"}}]}</script></head><body></body></html>`),
      'https://x.example/drohnen',
    );
    expect(meta).toEqual({
      url: 'https://x.example/drohnen',
      title: 'Drohnen über Kiew',
      site: 'Kiewer Blatt',
      lang: 'de-DE',
      author: 'A. Autor, B. Autorin',
      published: '2025-01-02T02:04:05.000Z',
    });
  });

  // Real pages as their sites served them (tests/fixtures/pages/README.md).
  it.each([
    ['fr.de.nordkorea.html', {
      url: 'https://www.fr.de/politik/kim-jong-un-nordkorea-bilder-diktator-donald-trump-zr-13680734.html',
      // og:site_name is a URL there: the host is the better name.
      site: 'fr.de', lang: 'de', published: '2020-05-04T12:50:00.000Z',
    }],
    ['faz.net.streaming.html', {
      // The canonical link wins over og:url's short form.
      url: 'https://www.faz.net/aktuell/wirtschaft/nutzerbasierte-abrechnung-musik-stars-fordern-neues-streaming-modell-16604622.html',
      title: 'Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell',
      site: 'FAZ.NET', lang: 'de',
      // JSON-LD datePublished in Java's Date.toString() form; the <time> elements are later comments.
      published: '2020-01-28T14:28:56.000Z',
    }],
    ['jungle.world-Imperialismus-Phantom.html', {
      url: 'https://jungle.world/artikel/2023/43/diskussion-begriff-imperialismus-das-phantom',
      title: 'Das Imperialismus-Phantom', site: 'jungle.world', lang: 'de', author: 'Ernst Lohoff',
    }],
    ['timesofisrael.com.washington.html', {
      url: 'https://www.timesofisrael.com/state-of-washington-swears-in-first-native-american-jewish-supreme-court-justice/',
      title: 'State of Washington swears in first Native American-Jewish Supreme Court justice', lang: 'en-US',
    }],
  ])('real page %s', (file, expected) => {
    const meta = articleMeta(fixture(`pages/${file}`), `http://127.0.0.1:4321/pages/${file}`);
    expect(meta).toMatchObject(expected);
    expect(meta.title).not.toBe('');
  });
});

describe('articleSeen', () => {
  it('is the request the background records: the page meta and one summary per entity', () => {
    const text = 'Schoigu traf Pezeshkian in Teheran.\n\nSchoigu reiste weiter.';
    const spans = [
      { start: 0, end: 7, id: 'sergei-shoigu' },
      { start: 13, end: 23, id: 'masoud-pezeshkian' },
      { start: 37, end: 44, id: 'sergei-shoigu' },
    ];
    const seen = articleSeen(fixture('demo/schoigu-iran.html'), { url: 'http://127.0.0.1:4321/demo/schoigu-iran.html', text, mentions: spans });
    expect(seen.meta.url).toBe('https://morgenkurier.example/ausland/schoigu-iran-nordkorea-100.html');
    expect(seen.mentions).toEqual([
      { entityId: 'sergei-shoigu', count: 2, firstOffset: 0, snippets: ['Schoigu traf Pezeshkian in Teheran.', 'Schoigu reiste weiter.'] },
      { entityId: 'masoud-pezeshkian', count: 1, firstOffset: 13, snippets: ['Schoigu traf Pezeshkian in Teheran.'] },
    ]);
  });
});
