// What an article says about itself: canonical URL, title, site, language, author, publication date,
// read from link/meta tags, JSON-LD and <time>. A pure function of a Document: it reads, never writes.
import type { ArticleMeta, ArticleSeen } from '../messages';
import { summarizeMentions, type MentionSpan } from '../store/snippets';

/** Query parameters that only say where a click came from; two URLs differing in them are one article. */
const TRACKING_PARAM = /^(utm_.*|mc_.*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|igshid|yclid|twclid|_ga|_gl|wt_mc|wt_zmc|xtor|ocid)$/i;

const ARTICLE_TYPES = new Set([
  'NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'LiveBlogPosting', 'BlogPosting', 'Report',
]);

/**
 * The `article/seen` request for an annotated article: the page's meta and one summary per entity
 * (count, first offset, up to three sentences). The content script sends it after each reading.
 */
export function articleSeen(doc: Document, article: { url: string; text: string; mentions: readonly MentionSpan[] }): ArticleSeen {
  return { meta: articleMeta(doc, article.url), mentions: summarizeMentions(article.text, article.mentions) };
}

export function articleMeta(doc: Document, pageUrl: string = doc.URL): ArticleMeta {
  const ld = jsonLdArticle(doc);
  const url = canonicalUrl(doc, pageUrl);
  const author = clean(jsonLdNames(ld?.author)) || plainAuthor(meta(doc, 'name', 'author')) || plainAuthor(meta(doc, 'property', 'article:author'));
  const published =
    normalizeDate(ld?.datePublished) ??
    firstDate(
      meta(doc, 'property', 'article:published_time'),
      meta(doc, 'property', 'og:published_time'),
      meta(doc, 'itemprop', 'datePublished'),
      meta(doc, 'name', 'date'),
      meta(doc, 'name', 'pubdate'),
      meta(doc, 'name', 'publishdate'),
      meta(doc, 'name', 'dc.date.issued'),
      meta(doc, 'name', 'dcterms.date'),
      meta(doc, 'name', 'parsely-pub-date'),
    ) ??
    timeElementDate(doc);
  return {
    url,
    title:
      clean(meta(doc, 'property', 'og:title')) ||
      clean(stringOf(ld?.headline)) ||
      clean(meta(doc, 'name', 'twitter:title')) ||
      clean(doc.title) ||
      url,
    site: siteName(clean(meta(doc, 'property', 'og:site_name')) || clean(jsonLdNames(ld?.publisher)), url),
    lang: language(doc, stringOf(ld?.inLanguage)),
    ...(author && { author }),
    ...(published && { published }),
  };
}

/**
 * The URL that names the article: link[rel=canonical], else og:url, else the page URL; always
 * without fragment and tracking parameters. A canonical pointing to a site's home page from an
 * article is a known misconfiguration and ignored, or every article of that site would be one.
 */
export function canonicalUrl(doc: Document, pageUrl: string = doc.URL): string {
  const page = parseHttp(pageUrl);
  const candidates = [
    doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.getAttribute('href'),
    meta(doc, 'property', 'og:url'),
  ];
  for (const href of candidates) {
    const url = href ? parseHttp(href.trim(), pageUrl) : undefined;
    if (!url) continue;
    if (url.pathname === '/' && !url.search && page && page.pathname !== '/') continue;
    return stripTracking(url.href);
  }
  return stripTracking(pageUrl);
}

/** The URL without fragment and tracking parameters (utm_*, fbclid, gclid, mc_* …). */
export function stripTracking(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  url.hash = '';
  // Split the query by hand rather than through URLSearchParams: its iterators are not iterable in
  // Firefox content scripts (the page's URL seen through an Xray), and the kept parameters stay
  // encoded exactly as the site wrote them.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && !TRACKING_PARAM.test(decodeKey(part.split('=')[0]!)));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  return url.href;
}

function decodeKey(key: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/**
 * An ISO 8601 time (UTC) from what pages put in date fields: ISO dates with or without time and
 * zone (also with a space instead of "T", or stray whitespace), and Java's Date.toString()
 * ("Tue Jan 28 15:28:56 CET 2020", seen on faz.net). Anything else, such as "12.05.2024" whose
 * day and month Date.parse would swap, gives undefined.
 */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  let time = NaN;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    const [, date, clock, zone] = iso;
    const offset = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`) : clock ? 'Z' : '';
    time = Date.parse(clock ? `${date}T${clock}${offset}` : date!);
  } else {
    const java = /^(?:[A-Z][a-z]{2} )?([A-Z][a-z]{2}) (\d{1,2}) (\d{2}:\d{2}:\d{2}) ([A-Z]{3,4}) (\d{4})$/.exec(s);
    const zone = java && ZONES[java[4]!];
    const month = java && MONTHS.indexOf(java[1]!);
    if (java && zone && month !== null && month >= 0) {
      time = Date.parse(`${java[5]}-${pad(month + 1)}-${pad(Number(java[2]))}T${java[3]}${zone}`);
    }
  }
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ZONES: Record<string, string> = { UTC: 'Z', GMT: 'Z', CET: '+01:00', CEST: '+02:00', MEZ: '+01:00', MESZ: '+02:00', BST: '+01:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00', EST: '-05:00', EDT: '-04:00', PST: '-08:00', PDT: '-07:00' };
const pad = (n: number) => String(n).padStart(2, '0');

function firstDate(...values: (string | undefined)[]): string | undefined {
  for (const v of values) {
    const date = normalizeDate(v);
    if (date) return date;
  }
  return undefined;
}

/** <time datetime>: the one marked as publication date, else the first in the article, else the first. */
function timeElementDate(doc: Document): string | undefined {
  const selectors = ['time[itemprop="datePublished"][datetime]', 'time[pubdate][datetime]', 'article time[datetime]', 'time[datetime]'];
  for (const selector of selectors) {
    const date = normalizeDate(doc.querySelector(selector)?.getAttribute('datetime'));
    if (date) return date;
  }
  return undefined;
}

function language(doc: Document, ldLanguage: string | undefined): string {
  const candidates = [
    doc.documentElement.getAttribute('lang'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    meta(doc, 'property', 'og:locale'),
    ldLanguage,
  ];
  for (const c of candidates) {
    const tag = c?.trim().split(/[\s,]/)[0]?.replace('_', '-');
    if (tag && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) return tag;
  }
  return '';
}

/** A site name that is a URL ("https://www.fr.de") or missing becomes the host without "www.". */
function siteName(name: string, url: string): string {
  const fromUrl = (href: string) => {
    try {
      return new URL(href).hostname.replace(/^www\./, '');
    } catch {
      return '';
    }
  };
  if (/^https?:\/\//i.test(name)) return fromUrl(name) || fromUrl(url);
  return name || fromUrl(url);
}

/** meta[name|property|itemprop=key] content; the key is compared case-insensitively. */
function meta(doc: Document, attr: 'name' | 'property' | 'itemprop', key: string): string | undefined {
  return doc.querySelector(`meta[${attr}="${key}" i][content]`)?.getAttribute('content') ?? undefined;
}

type LdObject = Record<string, unknown>;

/** The first JSON-LD object typed as an article, looking into arrays and @graph. */
function jsonLdArticle(doc: Document): LdObject | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  // An index loop: a NodeList seen from a Firefox content script is not reliably iterable.
  for (let i = 0; i < scripts.length; i++) {
    const data = parseJson(scripts[i]!.textContent ?? '');
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: unknown, depth: number): LdObject | undefined {
  if (depth > 4 || typeof data !== 'object' || data === null) return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const obj = data as LdObject;
  const types = ([] as unknown[]).concat(obj['@type']);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) return obj;
  return findArticle(obj['@graph'], depth + 1);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Some CMSs put raw line breaks and tabs inside JSON strings.
      return JSON.parse(text.replace(/[\n\r\t]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** A JSON-LD person or organization (or a list of them) as "Name, Name". */
function jsonLdNames(value: unknown): string {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (typeof v === 'string' ? v : stringOf((v as LdObject | null)?.name)))
    .filter((n): n is string => !!n && !/^https?:\/\//i.test(n.trim()));
  return [...new Set(names.map(clean))].filter(Boolean).join(', ');
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

/** article:author is often a profile URL; only a name is an author. */
function plainAuthor(value: string | undefined): string {
  const name = clean(value);
  return /^https?:\/\//i.test(name) ? '' : name;
}

function clean(value: string | undefined | null): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function parseHttp(href: string, base?: string): URL | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
