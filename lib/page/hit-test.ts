// Finds the mention under the pointer: the Highlight API has no events, so we ask where the caret
// would fall and check the candidate ranges' boxes. Reads layout only; never changes the page.

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The DOM position under a viewport point, or undefined where the browser has none. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | undefined {
  const caretDoc = doc as CaretDocument;
  try {
    if (typeof caretDoc.caretPositionFromPoint === 'function') {
      const position = caretDoc.caretPositionFromPoint(x, y);
      return position ? { node: position.offsetNode, offset: position.offset } : undefined;
    }
    if (typeof caretDoc.caretRangeFromPoint === 'function') {
      const range = caretDoc.caretRangeFromPoint(x, y);
      return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
    }
  } catch {
    // Some pages' layouts make these throw (e.g. points over cross-origin frames): no hit.
  }
  return undefined;
}

/** The text nodes the caret point may belong to: itself, or the children around an element offset. */
export function textNodesAt(point: CaretPoint): Text[] {
  if (point.node.nodeType === 3) return [point.node as Text];
  const nodes: Text[] = [];
  const children = point.node.childNodes;
  for (const child of [children[point.offset - 1], children[point.offset]]) {
    if (child?.nodeType === 3) nodes.push(child as Text);
  }
  return nodes;
}

/** Whether any of the range's line boxes contains the point; `slop` in CSS pixels. */
export function rangeContainsPoint(range: Range, x: number, y: number, slop = 1): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop) return true;
  }
  return false;
}

/**
 * The first candidate whose range is under the point. `candidatesOf` names the mentions on a text
 * node; `rangeOf` gives a live Range for measuring (static ranges have no boxes).
 */
export function hitTest<T>(
  doc: Document,
  x: number,
  y: number,
  candidatesOf: (node: Text) => readonly T[] | undefined,
  rangeOf: (candidate: T) => Range | undefined,
): T | undefined {
  const point = caretAt(doc, x, y);
  if (!point) return undefined;
  for (const node of textNodesAt(point)) {
    for (const candidate of candidatesOf(node) ?? []) {
      const range = rangeOf(candidate);
      if (range && rangeContainsPoint(range, x, y)) return candidate;
    }
  }
  return undefined;
}
