// Watches the page for text that arrives, changes or leaves, and hands over one batch per frame.
// Observes only; reports nodes, never reads text or touches the DOM itself.
import { OWN_ELEMENT_PREFIX } from './text-walker';

export interface DomChanges {
  /** Nodes whose text may be new or different: added subtrees, changed text nodes, their parents. */
  changed: Set<Node>;
  /** Some nodes left the page: ranges on them must go. */
  removed: boolean;
  /** More changed than is worth following one by one: read the page again instead. */
  overflow: boolean;
}

export interface ObserverOptions {
  /** Above this many changed nodes in one batch, one rescan is cheaper than following each. */
  threshold?: number;
  /** Schedules the batch; defaults to the next animation frame (a hidden tab waits until shown). */
  schedule?: (callback: () => void) => () => void;
}

// Attribute changes that show or hide text; class and style changes are too frequent to follow.
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'open', 'contenteditable'];

function isOwn(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toUpperCase().startsWith(OWN_ELEMENT_PREFIX);
}

function nextFrame(callback: () => void): () => void {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(() => callback());
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(callback, 16);
  return () => clearTimeout(id);
}

export class BatchedObserver {
  private readonly observer: MutationObserver;
  private pending: DomChanges = { changed: new Set(), removed: false, overflow: false };
  private cancelScheduled: (() => void) | undefined;
  private readonly threshold: number;
  private readonly schedule: (callback: () => void) => () => void;

  constructor(
    private readonly target: Node,
    private readonly onBatch: (changes: DomChanges) => void,
    options: ObserverOptions = {},
  ) {
    this.threshold = options.threshold ?? 400;
    this.schedule = options.schedule ?? nextFrame;
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  start(signal?: AbortSignal): void {
    if (signal?.aborted) return;
    this.observer.observe(this.target, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
    signal?.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Hand over what has been collected now, without waiting for the frame. */
  flush(): void {
    this.collect(this.observer.takeRecords());
    this.cancelScheduled?.();
    this.cancelScheduled = undefined;
    this.deliver();
  }

  destroy(): void {
    this.observer.disconnect();
    this.cancelScheduled?.();
    this.cancelScheduled = undefined;
    this.pending = { changed: new Set(), removed: false, overflow: false };
  }

  private collect(records: MutationRecord[]): void {
    const pending = this.pending;
    for (const record of records) {
      if (pending.overflow) break;
      if (isOwn(record.target)) continue;
      if (record.type === 'childList') {
        let ours = true;
        for (const node of record.addedNodes) {
          if (isOwn(node)) continue;
          ours = false;
          pending.changed.add(node);
        }
        for (const node of record.removedNodes) {
          if (isOwn(node)) continue;
          ours = false;
          pending.removed = true;
        }
        // Removing or adding a node can join or split words around it: its parent is read again.
        if (!ours) pending.changed.add(record.target);
      } else {
        pending.changed.add(record.target);
      }
      if (pending.changed.size > this.threshold) pending.overflow = true;
    }
    if ((pending.changed.size || pending.removed || pending.overflow) && !this.cancelScheduled) {
      this.cancelScheduled = this.schedule(() => {
        this.cancelScheduled = undefined;
        this.deliver();
      });
    }
  }

  private deliver(): void {
    const changes = this.pending;
    if (!changes.changed.size && !changes.removed && !changes.overflow) return;
    this.pending = { changed: new Set(), removed: false, overflow: false };
    this.onBatch(changes);
  }
}
