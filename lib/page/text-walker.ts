// Reads a page's visible text as a reader sees it and maps offsets in that text back to text nodes.
// Reads only: never changes a node, an attribute or a style of the page.

/** Put between blocks so that names never join across paragraphs, cells or list items. */
export const BLOCK_SEPARATOR = '\n\n';
/** A <br> is a line break inside a block: a name may continue across it. */
const LINE_BREAK = '\n';

/** Elements whose text a reader never sees as article text (or cannot, or is typing). */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK',
  'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP',
  'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG',
]);

/** Skipped elements that still stand apart from the words around them on screen. */
const SEPARATING_SKIPPED_TAGS = new Set([
  'PRE', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'CANVAS', 'IMG', 'PICTURE', 'SVG', 'MATH',
]);

/** Table cells and list entries stand apart even when a page restyles them as inline boxes. */
const SEPARATING_TAGS = new Set(['TD', 'TH', 'CAPTION', 'LI', 'DT', 'DD']);

/** Our own custom elements (the hover card's shadow host) all carry this prefix. */
export const OWN_ELEMENT_PREFIX = 'LAGEBILD-';

export interface TextChunk {
  node: Text;
  /** Offset of the node's first character in `PageText.text`. */
  start: number;
}

export interface PageText {
  /** The raw contents of the visible text nodes, joined; blocks separated by BLOCK_SEPARATOR. */
  text: string;
  /** One per text node, in document order, by increasing `start`. */
  chunks: TextChunk[];
}

export interface NodeSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

type Style = Pick<CSSStyleDeclaration, 'display' | 'visibility'>;

/**
 * Whether an element and its subtree are out of the reader's text by their markup alone (no style
 * lookup): scripts, form fields, code, `hidden`, `aria-hidden`, `contenteditable`, our own UI.
 */
export function isSkippedElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag.startsWith(OWN_ELEMENT_PREFIX)) return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return false;
}

function styleOf(element: Element): Style | undefined {
  const view = element.ownerDocument.defaultView;
  try {
    return view?.getComputedStyle(element) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Block-level boxes (and table cells, list items, flex/grid containers) separate text. */
function isBlockDisplay(display: string): boolean {
  if (display === '' || display === 'contents') return false;
  return !display.startsWith('inline') && display !== 'ruby' && display !== 'ruby-text';
}

/** Whether the element is laid out as a block; used to find where an incremental re-read starts. */
export function isBlockElement(element: Element): boolean {
  const style = styleOf(element);
  return style ? isBlockDisplay(style.display) : false;
}

/**
 * Whether text under `element` (inclusive) could be read at all: no skipped or display:none element
 * among it and its ancestors. Used before re-reading a part of the page that changed.
 */
export function isInReadableContext(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (isSkippedElement(current)) return false;
    if (styleOf(current)?.display === 'none') return false;
  }
  return true;
}

/**
 * Read the visible text under `root` in steps, yielding after every `batch` elements so that a
 * caller can give the page its turn on long pages. The finished PageText is the generator's value.
 */
export function* walkText(root: Node, batch = 250): Generator<void, PageText, void> {
  const parts: string[] = [];
  const chunks: TextChunk[] = [];
  let length = 0;
  // Separators are pending until text follows, so that empty blocks leave no trace.
  let pendingBreak = '';

  const pushBreak = (separator: string) => {
    if (length === 0) return;
    if (separator.length > pendingBreak.length) pendingBreak = separator;
  };

  const pushText = (node: Text) => {
    const data = node.data;
    if (data.length === 0) return;
    if (pendingBreak) {
      parts.push(pendingBreak);
      length += pendingBreak.length;
      pendingBreak = '';
    }
    chunks.push({ node, start: length });
    parts.push(data);
    length += data.length;
  };

  // Iterative depth-first walk; `exit` marks leaving a block element.
  type Frame = { node: Node; exit?: boolean; block?: boolean };
  const stack: Frame[] = [];
  const rootVisible = root.nodeType === 1 ? styleOf(root as Element)?.visibility : undefined;
  // Inherited visibility of the element whose children are being read.
  const visibleStack: boolean[] = [];

  const enterChildren = (node: Node) => {
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child });
  };

  let visible = rootVisible !== 'hidden' && rootVisible !== 'collapse';
  if (root.nodeType === 3) {
    pushText(root as Text);
    return { text: parts.join(''), chunks };
  }
  enterChildren(root);
  visibleStack.push(visible);

  let sinceYield = 0;
  while (stack.length) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (frame.exit) {
      visibleStack.pop();
      visible = visibleStack[visibleStack.length - 1] ?? true;
      if (frame.block) pushBreak(BLOCK_SEPARATOR);
      continue;
    }
    if (node.nodeType === 3) {
      if (visible) pushText(node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.tagName.toUpperCase() === 'BR') {
      pushBreak(LINE_BREAK);
      continue;
    }
    if (++sinceYield >= batch) {
      sinceYield = 0;
      yield;
    }
    if (isSkippedElement(element)) {
      // A form field or a code block still stands between the words around it.
      if (SEPARATING_SKIPPED_TAGS.has(element.tagName.toUpperCase())) pushBreak(BLOCK_SEPARATOR);
      continue;
    }
    const style = styleOf(element);
    if (style?.display === 'none') continue;
    const block = (style ? isBlockDisplay(style.display) : false) || SEPARATING_TAGS.has(element.tagName.toUpperCase());
    if (block) pushBreak(BLOCK_SEPARATOR);
    stack.push({ node: element, exit: true, block });
    if (style?.visibility) visible = style.visibility !== 'hidden' && style.visibility !== 'collapse';
    visibleStack.push(visible);
    enterChildren(element);
  }
  return { text: parts.join(''), chunks };
}

/** Read the visible text under `root` in one go. */
export function readText(root: Node): PageText {
  const steps = walkText(root, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Index of the chunk holding `offset` (the last chunk starting at or before it). */
function chunkAt(chunks: TextChunk[], offset: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (chunks[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Map `[start, end)` in `pageText.text` to text node positions. A span may cross several text nodes
 * (`<a>Sergej</a> Schoigu`); it never crosses a separator, because the matcher does not match there.
 */
export function spanFor(pageText: PageText, start: number, end: number): NodeSpan | undefined {
  const { chunks } = pageText;
  if (chunks.length === 0 || end <= start) return undefined;
  const first = chunks[chunkAt(chunks, start)]!;
  const last = chunks[chunkAt(chunks, end - 1)]!;
  const startOffset = start - first.start;
  const endOffset = end - last.start;
  if (startOffset < 0 || startOffset > first.node.data.length) return undefined;
  if (endOffset < 0 || endOffset > last.node.data.length) return undefined;
  return { startNode: first.node, startOffset, endNode: last.node, endOffset };
}

/** Every text node a span touches, in order (for hit tests and dropping removed text). */
export function nodesOf(pageText: PageText, start: number, end: number): Text[] {
  const { chunks } = pageText;
  if (chunks.length === 0 || end <= start) return [];
  const from = chunkAt(chunks, start);
  const to = chunkAt(chunks, end - 1);
  return chunks.slice(from, to + 1).map((chunk) => chunk.node);
}
