// `npm run bench:match`: matcher throughput over ≥ 5 MB of real news text and automaton build time,
// against the mark.js way (one RegExp alternation of every alias) measured in the same run.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Entity } from '../lib/kb/types';
import type { Automaton } from '../lib/match/automaton';
import type { Matcher as MatcherClass } from '../lib/match/matcher';
import type { MatcherTables, PackedAutomaton } from '../lib/match/tables';
import { htmlToText } from './html-text';

const root = fileURLToPath(new URL('..', import.meta.url));

// Measure the code as it ships: bundled and minified as in the extension, not compiled module by
// module on the fly (tsx runs the same code about half as fast).
const bundle = join(mkdtempSync(join(tmpdir(), 'lagebild-bench-')), 'matcher.mjs');
await build({
  stdin: {
    contents:
      "export { entities } from './lib/kb/index'; export { compile } from './lib/match/automaton'; export { Matcher } from './lib/match/matcher'; export { pack, tablesOf } from './lib/match/tables';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  outfile: bundle,
  logLevel: 'warning',
});
const shipped = (await import(pathToFileURL(bundle).href)) as {
  entities: Entity[];
  compile: (entities: readonly Entity[]) => Automaton;
  tablesOf: (automaton: Automaton) => MatcherTables;
  pack: (tables: MatcherTables) => PackedAutomaton;
  Matcher: typeof MatcherClass;
};
const { entities, compile, tablesOf, pack, Matcher } = shipped;
/** What the extension build does: compile the base and pack the tables a page loads. */
const extensionBuild = () => pack(tablesOf(compile(entities)));
type Matcher = MatcherClass;
const TARGET_BYTES = 5 * 1024 * 1024;

function corpus(): { text: string; sources: number; article: { name: string; text: string } } {
  const dirs = [join(root, 'tests/fixtures/pages'), join(root, 'tests/fixtures/seeds')];
  const parts: string[] = [];
  // The longest real page: what a reader opens, for the first-page figure.
  let article = { name: '', text: '' };
  for (const dir of dirs) {
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => /\.(html|txt)$/.test(f));
    } catch {
      continue;
    }
    for (const file of files) {
      const raw = readFileSync(join(dir, file), 'utf8');
      const text = file.endsWith('.html') ? htmlToText(raw) : raw;
      parts.push(text);
      if (text.length > article.text.length) article = { name: file, text };
    }
  }
  const unique = parts.join('\n\n');
  // The real pages give about 100 KB of text together (1.6 MB of HTML); repeated to reach the size
  // the target names. The bench's figures are for this text: a page denser in names scans slower.
  let text = unique;
  while (Buffer.byteLength(text) < TARGET_BYTES) text += '\n\n' + unique;
  // One flat string, as a page's text is: a string built by += is a tree that is slower to read.
  return { text: Buffer.from(text, 'utf8').toString('utf8'), sources: parts.length, article };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function best(values: number[]): number {
  return Math.min(...values);
}

interface Timing {
  /** Milliseconds on the clock: what a page waits. */
  wall: number;
  /** Milliseconds of this process's CPU time, its background threads (GC, JIT) included. */
  cpu: number;
}

/**
 * No forced garbage collection between runs: on two cores its concurrent sweeping would compete
 * with the run measured (it doubled the figures when tried).
 */
function measure<T>(fn: () => T): [T, Timing] {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const result = fn();
  const wall = performance.now() - w0;
  const used = process.cpuUsage(c0);
  return [result, { wall, cpu: (used.user + used.system) / 1000 }];
}

const walls = (timings: Timing[]) => timings.map((t) => t.wall);
const cpus_ = (timings: Timing[]) => timings.map((t) => t.cpu);

/** A bare loop that hashes every ASCII letter of the text: no tokens, no lookups. This machine's speed today. */
function referenceLoop(text: string): number {
  let h = 0x811c9dc5 | 0;
  let words = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) h = Math.imul(h ^ (c | 0x20), 0x01000193);
    else if (c === 0x20) words++;
  }
  return h + words;
}

/** The mark.js way: every name, alias and acronym escaped into one case-insensitive alternation. */
function baselineRegExp(): RegExp {
  const forms = new Set<string>();
  for (const e of entities) {
    if (e.highlight === false) continue;
    for (const f of [...Object.values(e.names), ...(e.aliases ?? []), ...(e.acronyms ?? [])]) if (f) forms.add(f);
  }
  const escaped = [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

const { text, sources, article } = corpus();
const mb = Buffer.byteLength(text) / (1024 * 1024);

// What every page does: load the automaton the extension build compiled and packed, then scan. The
// automaton is compiled in a child process, as the build does it elsewhere: compiling here first
// would train the JIT on thousands of names and measure a tokenizer no page runs.
const child = spawnSync(
  process.execPath,
  ['--input-type=module', '-e', `import { compile, entities, pack, tablesOf } from ${JSON.stringify(pathToFileURL(bundle).href)}; process.stdout.write(JSON.stringify(pack(tablesOf(compile(entities)))));`],
  { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
);
if (child.status !== 0) throw new Error(`compiling the automaton failed: ${child.stderr}`);
const shippedJson = child.stdout;

// What a reader waits for on the first page: the first load, JIT cold, and the first scan of one
// real article, timed in a process shaped like a page's content script — the matcher and the packed
// automaton only. This process also holds the base's 16,000 entity objects, which no page loads;
// their heap made its own first load a fifth slower.
const pageBundle = join(dirname(bundle), 'page.mjs');
await build({
  stdin: { contents: "export { Matcher } from './lib/match/matcher';", resolveDir: root, loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  outfile: pageBundle,
  logLevel: 'warning',
});
const shippedFile = join(dirname(bundle), 'automaton.json');
const articleFile = join(dirname(bundle), 'article.txt');
writeFileSync(shippedFile, shippedJson);
writeFileSync(articleFile, article.text);
const page = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `import { readFileSync } from 'node:fs'; import { Matcher } from ${JSON.stringify(pathToFileURL(pageBundle).href)};
const json = readFileSync(${JSON.stringify(shippedFile)}, 'utf8'); const text = readFileSync(${JSON.stringify(articleFile)}, 'utf8');
const c0 = process.cpuUsage(); const w0 = performance.now(); const m = new Matcher(JSON.parse(json)); const w1 = performance.now(); const c1 = process.cpuUsage(c0);
const mentions = m.annotate(text).length; const w2 = performance.now();
process.stdout.write(JSON.stringify({ load: w1 - w0, loadCpu: (c1.user + c1.system) / 1000, scan: w2 - w1, mentions }));`,
  ],
  { encoding: 'utf8' },
);
if (page.status !== 0) throw new Error(`the page's first load failed: ${page.stderr}`);
const first = JSON.parse(page.stdout) as { load: number; loadCpu: number; scan: number; mentions: number };
const coldLoad: Timing = { wall: first.load, cpu: first.loadCpu };
const coldArticle: Timing = { wall: first.scan, cpu: 0 };
const articleMentions = first.mentions;

let matcher: Matcher = new Matcher(JSON.parse(shippedJson) as PackedAutomaton);
const loads: Timing[] = [];
for (let i = 0; i < 7; i++) {
  const [m, timing] = measure(() => new Matcher(JSON.parse(shippedJson) as PackedAutomaton));
  matcher = m;
  loads.push(timing);
}

matcher.annotate(text.slice(0, 200_000)); // warm up the JIT
const runs: Timing[] = [];
let mentions = 0;
for (let i = 0; i < 7; i++) {
  const [found, timing] = measure(() => matcher.annotate(text));
  mentions = found.length;
  runs.push(timing);
}
const ours = mb / (median(walls(runs)) / 1000);
const oursCpu = mb / (median(cpus_(runs)) / 1000);
const references: number[] = [];
for (let i = 0; i < 7; i++) references.push(measure(() => referenceLoop(text))[1].wall);
const reference = mb / (median(references) / 1000);

// What the extension build does once.
const [, coldBuild] = measure(extensionBuild);
const builds: Timing[] = [];
for (let i = 0; i < 7; i++) builds.push(measure(extensionBuild)[1]);

// The alternation is far slower; it runs over a 256 KB slice and is reported per MB alike.
const [regexp, regexpBuild] = measure(baselineRegExp);
const slice = text.slice(0, 256 * 1024);
const sliceMb = Buffer.byteLength(slice) / (1024 * 1024);
regexp.lastIndex = 0;
const [baseMatches, baseRun] = measure(() => [...slice.matchAll(regexp)].length);
const baseline = sliceMb / (baseRun.wall / 1000);

const ms = (timings: Timing[]) => `${median(walls(timings)).toFixed(1)} ms median (CPU ${median(cpus_(timings)).toFixed(1)} ms), best ${best(walls(timings)).toFixed(1)} ms`;
const rows: Array<[string, string]> = [
  ['corpus', `${mb.toFixed(1)} MB of text from ${sources} real pages and seeds (repeated)`],
  ['entities / forms', `${matcher.entityCount} / ${matcher.formCount}`],
  ['automaton compile + pack (extension build)', `${ms(builds)}; first ${coldBuild.wall.toFixed(1)} ms`],
  ['first page, cold: load + scan of one article', `${(coldLoad.wall + coldArticle.wall).toFixed(1)} ms (${article.name}, ${(article.text.length / 1024).toFixed(0)} K characters, ${articleMentions} mentions; the scan ${coldArticle.wall.toFixed(1)} ms)`],
  ['automaton load (every page)', `${coldLoad.wall.toFixed(1)} ms with a cold JIT as on a page (CPU ${coldLoad.cpu.toFixed(1)} ms); warm ${ms(loads)}; ${(shippedJson.length / 1024).toFixed(0)} KB shipped`],
  ['Lagebild matcher', `${ours.toFixed(1)} MB/s median (CPU time: ${oursCpu.toFixed(1)} MB/s), ${mentions} mentions`],
  ['machine reference: a bare letter-hashing loop', `${reference.toFixed(0)} MB/s (the matcher runs at ${((100 * ours) / reference).toFixed(0)}% of it)`],
  ['baseline: one RegExp alternation', `${baseline.toPrecision(2)} MB/s over ${sliceMb.toFixed(2)} MB (${baseMatches} matches), build ${regexpBuild.wall.toFixed(1)} ms`],
  ['ratio', `${(ours / baseline).toFixed(0)}× the baseline`],
];
for (const [label, value] of rows) console.log(`${label.padEnd(46)} ${value}`);
console.log(`\nmachine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}; wall-clock figures unless CPU is named (CPU time counts the garbage collector's and compiler's background threads too)`);
