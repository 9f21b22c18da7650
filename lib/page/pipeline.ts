// Ties the page's parts together: read the visible text, match it, paint the mentions, follow changes.
// Never changes the page's DOM; everything it starts stops with its AbortSignal or destroy().
import type { Mention } from '../match';
import { HighlightPainter, type MentionType } from './highlight-painter';
import { hitTest } from './hit-test';
import { BatchedObserver, type DomChanges } from './observer';
import { BLOCK_SEPARATOR, isBlockElement, isInReadableContext, nodesOf, readText, spanFor, walkText, type PageText } from './text-walker';

/** A mention found on the page and painted. */
export interface PageMention {
  id: string;
  type: MentionType;
  /** The text as it stands on the page (soft hyphens included). */
  text: string;
  /** What the painter holds; a StaticRange where the browser has one. */
  range: AbstractRange;
  /** Every text node the mention touches, first to last. */
  nodes: Text[];
  /** The text read together with the mention, and where the mention sits in it (for snippets). */
  context: { text: string; start: number; end: number };
}

/** The article as annotated so far: one text with offsets, ready for `summarizeMentions`. */
export interface AnnotatedArticle {
  url: string;
  text: string;
  mentions: Array<Pick<Mention, 'start' | 'end' | 'id' | 'type' | 'text'>>;
}

export interface PipelineOptions {
  annotate: (text: string) => Mention[];
  document?: Document;
  painter?: HighlightPainter;
  /** After the first reading of an article, and again (debounced) when later text adds mentions. */
  onAnnotated?: (article: AnnotatedArticle) => void;
  /** A single-page navigation reached another article (URL without its fragment changed). */
  onNavigated?: (url: string) => void;
  /** Changed nodes per frame above which the page is read again as a whole. */
  rescanThreshold?: number;
  /** Delay before reporting mentions that arrived after the first reading. */
  reportDelayMs?: number;
  /** Time slice of uninterrupted work before giving the page its turn. */
  sliceMs?: number;
}

/** Up to this many earlier mention texts are put before a re-read part, so short forms ("Kim") count. */
const CONTEXT_MENTIONS = 120;
/**
 * Roughly how much text is matched in one go before the page gets its turn: a few milliseconds at
 * the matcher's speed (bench:match), and a whole article in nearly every case, so that a guarded
 * word ("Democratic Party") is judged by every co-mention in the article, not only by those before
 * its part.
 */
const MATCH_PART_CHARS = 100_000;

let warned = false;
/** Never throw into the page: report once, and ignore a reloaded extension's stale script. */
export function reportError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (/Extension context invalidated/i.test(message)) return;
  if (warned) return;
  warned = true;
  console.warn('[lagebild] a part of the page could not be annotated:', error);
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function urlWithoutHash(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}

export class PagePipeline {
  readonly painter: HighlightPainter;
  private readonly doc: Document;
  private readonly byNode = new Map<Text, PageMention[]>();
  private readonly all = new Set<PageMention>();
  private ordered: PageMention[] | undefined;
  private observer: BatchedObserver | undefined;
  private signal: AbortSignal = new AbortController().signal;
  private readonly stop = new AbortController();

  private pending: DomChanges = { changed: new Set(), removed: false, overflow: false };
  private rescanRequested = false;
  private working: Promise<void> | undefined;
  private url = '';
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private current: PageMention | undefined;

  constructor(private readonly options: PipelineOptions) {
    this.doc = options.document ?? document;
    this.painter = options.painter ?? new HighlightPainter();
  }

  /** Read and paint the page, then follow its changes until the signal aborts or destroy(). */
  async start(signal?: AbortSignal): Promise<void> {
    this.signal = signal ? AbortSignal.any([signal, this.stop.signal]) : this.stop.signal;
    if (this.signal.aborted) return;
    this.signal.addEventListener('abort', () => this.destroy(), { once: true });
    this.url = urlWithoutHash(this.doc.location?.href ?? '');
    const root = this.doc.body ?? this.doc.documentElement;
    this.observer = new BatchedObserver(root, (changes) => this.enqueue(changes), { threshold: this.options.rescanThreshold });
    this.observer.start(this.signal);
    this.rescanRequested = true;
    await this.work();
  }

  destroy(): void {
    if (!this.stop.signal.aborted) this.stop.abort();
    this.observer?.destroy();
    clearTimeout(this.reportTimer);
    this.painter.destroy();
    this.all.clear();
    this.byNode.clear();
    this.ordered = undefined;
  }

  /** Resolves when everything seen so far is painted (pending mutations included). */
  async idle(): Promise<void> {
    this.observer?.flush();
    while (this.working) await this.working;
  }

  /** Tell the pipeline the URL may have changed (WXT's `wxt:locationchange`, popstate). */
  checkLocation(): void {
    const url = urlWithoutHash(this.doc.location?.href ?? '');
    if (url === this.url || this.signal.aborted) return;
    this.url = url;
    try {
      this.options.onNavigated?.(url);
    } catch (error) {
      reportError(error);
    }
    // Another article: read it afresh so its record and its short forms start from nothing.
    this.rescanRequested = true;
    void this.work();
  }

  /** Mentions in document order. */
  mentions(): PageMention[] {
    if (!this.ordered) {
      this.ordered = [...this.all].sort((a, b) => {
        if (a.nodes[0] === b.nodes[0]) return a.context.start - b.context.start;
        const position = a.nodes[0]!.compareDocumentPosition(b.nodes[0]!);
        return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      });
    }
    return this.ordered;
  }

  /** A live Range for measuring or scrolling to a mention; undefined once its text has gone. */
  liveRange(mention: PageMention): Range | undefined {
    const { range } = mention;
    if (!mention.nodes.every((node) => node.isConnected)) return undefined;
    try {
      const live = this.doc.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live;
    } catch {
      return undefined;
    }
  }

  /** The mention under a viewport point. */
  mentionAt(x: number, y: number): PageMention | undefined {
    if (!this.painter.isVisible) return undefined;
    return hitTest(this.doc, x, y, (node) => this.byNode.get(node), (mention) => this.liveRange(mention));
  }

  /** The next (or previous) mention after `from`, wrapping around. */
  step(from: PageMention | undefined, direction: 1 | -1): PageMention | undefined {
    const list = this.mentions();
    if (!list.length) return undefined;
    const index = from ? list.indexOf(from) : -1;
    if (index === -1) return direction === 1 ? list[0] : list[list.length - 1];
    return list[(index + direction + list.length) % list.length];
  }

  /** Mark a mention as the current one (keyboard stepping, open card), or none. */
  setCurrent(mention: PageMention | undefined): void {
    this.current = mention && this.all.has(mention) ? mention : undefined;
    this.painter.setCurrent(this.current?.range);
  }

  setVisible(visible: boolean): void {
    this.painter.setVisible(visible);
  }

  toggleVisible(): boolean {
    this.painter.setVisible(!this.painter.isVisible);
    return this.painter.isVisible;
  }

  /** The article as annotated so far: one text and offsets into it, mentions in document order. */
  article(): AnnotatedArticle {
    const parts: string[] = [];
    const offsets = new Map<string, number>();
    let length = 0;
    const mentions: AnnotatedArticle['mentions'] = [];
    for (const mention of this.mentions()) {
      let base = offsets.get(mention.context.text);
      if (base === undefined) {
        if (length) {
          parts.push(BLOCK_SEPARATOR);
          length += BLOCK_SEPARATOR.length;
        }
        base = length;
        offsets.set(mention.context.text, base);
        parts.push(mention.context.text);
        length += mention.context.text.length;
      }
      mentions.push({ start: base + mention.context.start, end: base + mention.context.end, id: mention.id, type: mention.type, text: mention.text });
    }
    return { url: this.url, text: parts.join(''), mentions };
  }

  // --- work -----------------------------------------------------------------------------------

  private enqueue(changes: DomChanges): void {
    if (this.signal.aborted) return;
    for (const node of changes.changed) this.pending.changed.add(node);
    this.pending.removed ||= changes.removed;
    this.pending.overflow ||= changes.overflow;
    // Single-page apps change the URL along with the DOM: notice it with the mutations.
    this.checkLocation();
    void this.work();
  }

  /** One worker at a time; whatever arrives meanwhile is handled in the next round. */
  private work(): Promise<void> {
    if (this.working) return this.working;
    this.working = (async () => {
      try {
        while (!this.signal.aborted && (this.rescanRequested || this.pending.changed.size || this.pending.removed || this.pending.overflow)) {
          if (this.rescanRequested || this.pending.overflow) {
            this.rescanRequested = false;
            this.pending = { changed: new Set(), removed: false, overflow: false };
            await this.rescan();
          } else {
            const changes = this.pending;
            this.pending = { changed: new Set(), removed: false, overflow: false };
            await this.update(changes);
          }
        }
      } catch (error) {
        reportError(error);
      } finally {
        this.working = undefined;
      }
    })();
    return this.working;
  }

  private async rescan(): Promise<void> {
    const root = this.doc.body ?? this.doc.documentElement;
    const pageText = await this.runSliced(walkText(root));
    if (this.signal.aborted) return;
    const found = await this.matchInParts(pageText.text);
    if (this.signal.aborted) return;
    this.clear();
    await this.paintAll(pageText, found, 0);
    if (this.signal.aborted) return;
    this.report();
  }

  private async update(changes: DomChanges): Promise<void> {
    if (changes.removed) this.dropDisconnected();
    const roots = this.rootsOf(changes.changed);
    if (roots.size === 0) return;
    this.dropInside(roots);
    const before = this.all.size;
    const context = this.contextPrefix();
    for (const root of roots) {
      if (this.signal.aborted) return;
      if (!root.isConnected || (root.nodeType === 1 && !isInReadableContext(root as Element))) continue;
      try {
        const pageText = readText(root);
        if (!pageText.text.trim()) continue;
        const found = this.match(context + pageText.text);
        await this.paintAll(pageText, found, context.length);
      } catch (error) {
        reportError(error);
      }
    }
    if (this.all.size !== before) this.scheduleReport();
  }

  private match(text: string): Mention[] {
    try {
      return this.options.annotate(text);
    } catch (error) {
      reportError(error);
      return [];
    }
  }

  /** Paint mentions found in `offset + pageText.text`; those inside the context prefix are skipped. */
  private async paintAll(pageText: PageText, found: Mention[], offset: number): Promise<void> {
    const sliceMs = this.options.sliceMs ?? 8;
    let deadline = performance.now() + sliceMs;
    for (const mention of found) {
      if (mention.start < offset) continue;
      try {
        this.add(pageText, mention, offset);
      } catch (error) {
        reportError(error);
      }
      if (performance.now() > deadline) {
        await yieldToPage();
        if (this.signal.aborted) return;
        deadline = performance.now() + sliceMs;
      }
    }
  }

  private add(pageText: PageText, mention: Mention, offset: number): void {
    const start = mention.start - offset;
    const end = mention.end - offset;
    const span = spanFor(pageText, start, end);
    if (!span) return;
    const nodes = nodesOf(pageText, start, end);
    if (!nodes.every((node) => node.isConnected)) return;
    const range = this.makeRange(span.startNode, span.startOffset, span.endNode, span.endOffset);
    const type = mention.type as MentionType;
    const painted: PageMention = {
      id: mention.id,
      type,
      text: pageText.text.slice(start, end),
      range,
      nodes,
      context: { text: pageText.text, start, end },
    };
    this.all.add(painted);
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(painted);
      else this.byNode.set(node, [painted]);
    }
    this.painter.paint(type, range);
    this.ordered = undefined;
  }

  private makeRange(startNode: Text, startOffset: number, endNode: Text, endOffset: number): AbstractRange {
    const init = { startContainer: startNode, startOffset, endContainer: endNode, endOffset };
    // StaticRange costs the browser nothing when the page changes; a live Range is the fallback.
    if (typeof StaticRange === 'function') return new StaticRange(init);
    const range = this.doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  }

  private remove(mention: PageMention): void {
    if (!this.all.delete(mention)) return;
    this.painter.erase(mention.type, mention.range);
    for (const node of mention.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const rest = list.filter((other) => other !== mention);
      if (rest.length) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
    if (this.current === mention) this.setCurrent(undefined);
    this.ordered = undefined;
  }

  private clear(): void {
    this.painter.clear();
    this.all.clear();
    this.byNode.clear();
    this.ordered = undefined;
    this.current = undefined;
  }

  private dropDisconnected(): void {
    for (const mention of [...this.all]) {
      if (!mention.nodes.every((node) => node.isConnected)) this.remove(mention);
    }
  }

  /** Mentions under any of the roots are read again, so the old ones go first. */
  private dropInside(roots: Set<Node>): void {
    for (const mention of [...this.all]) {
      for (let node: Node | null = mention.nodes[0]!; node; node = node.parentNode) {
        if (roots.has(node)) {
          this.remove(mention);
          break;
        }
      }
    }
  }

  /**
   * The smallest parts of the page to read again for the changed nodes: each one's nearest block
   * (so a word added inside a paragraph is read with its neighbours), none inside another.
   */
  private rootsOf(changed: Set<Node>): Set<Node> {
    const body = this.doc.body ?? this.doc.documentElement;
    const blocks = new Set<Node>();
    for (const node of changed) {
      if (!node.isConnected) continue;
      let block: Node | null = node.nodeType === 1 ? node : node.parentNode;
      while (block && block !== body && !(block.nodeType === 1 && isBlockElement(block as Element))) block = block.parentNode;
      blocks.add(block ?? body);
    }
    const roots = new Set<Node>();
    for (const block of blocks) {
      let nested = false;
      for (let parent = block.parentNode; parent; parent = parent.parentNode) {
        if (blocks.has(parent)) {
          nested = true;
          break;
        }
      }
      if (!nested) roots.add(block);
    }
    return roots;
  }

  /** Earlier mentions' texts, so that a re-read part knows which full names came before it. */
  private contextPrefix(texts: Iterable<string> = [...this.all].map((mention) => mention.text)): string {
    const unique = new Set<string>();
    for (const text of texts) {
      unique.add(text);
      if (unique.size >= CONTEXT_MENTIONS) break;
    }
    return unique.size ? [...unique].join(BLOCK_SEPARATOR) + BLOCK_SEPARATOR : '';
  }

  /**
   * Match a long text in parts cut at block boundaries, giving the page its turn between parts.
   * Each part gets the mention texts found before it as context, as a re-read block does, so
   * short forms still count; cue words only count within a sentence, which never spans a cut.
   */
  private async matchInParts(text: string): Promise<Mention[]> {
    const found: Mention[] = [];
    const earlier = new Set<string>();
    for (let from = 0; from < text.length; ) {
      let to = from + MATCH_PART_CHARS;
      if (to >= text.length) to = text.length;
      else {
        const cut = text.indexOf(BLOCK_SEPARATOR, to);
        to = cut === -1 ? text.length : cut;
      }
      const prefix = this.contextPrefix(earlier);
      for (const mention of this.match(prefix + text.slice(from, to))) {
        if (mention.start < prefix.length) continue;
        const shift = from - prefix.length;
        found.push({ ...mention, start: mention.start + shift, end: mention.end + shift });
        earlier.add(mention.text);
      }
      from = to;
      if (from < text.length) {
        await yieldToPage();
        if (this.signal.aborted) return found;
      }
    }
    return found;
  }

  private async runSliced<T>(steps: Generator<void, T, void>): Promise<T> {
    const sliceMs = this.options.sliceMs ?? 8;
    let deadline = performance.now() + sliceMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() > deadline) {
        await yieldToPage();
        deadline = performance.now() + sliceMs;
      }
    }
  }

  private report(): void {
    clearTimeout(this.reportTimer);
    this.reportTimer = undefined;
    try {
      this.options.onAnnotated?.(this.article());
    } catch (error) {
      reportError(error);
    }
  }

  private scheduleReport(): void {
    clearTimeout(this.reportTimer);
    this.reportTimer = setTimeout(() => {
      if (!this.signal.aborted) this.report();
    }, this.options.reportDelayMs ?? 2000);
  }
}
