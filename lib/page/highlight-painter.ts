// Paints mentions with the CSS Custom Highlight API: one named Highlight per entity type.
// Only paints ranges it is given; never adds an element, attribute or style rule to the page's DOM.

export type MentionType = 'person' | 'organization' | 'state' | 'weapon';

export const MENTION_TYPES: readonly MentionType[] = ['person', 'organization', 'state', 'weapon'];

/** Names in the page's highlight registry; the `lagebild-` prefix keeps them apart from the page's own. */
export const HIGHLIGHT_NAMES: Record<MentionType, string> = {
  person: 'lagebild-person',
  organization: 'lagebild-organization',
  state: 'lagebild-state',
  weapon: 'lagebild-weapon',
};

/** The mention the reader stepped to with the keyboard or is hovering: drawn above the others. */
export const CURRENT_HIGHLIGHT_NAME = 'lagebild-current';

type Registry = Pick<HighlightRegistry, 'set' | 'delete' | 'get'>;

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightPainter {
  private readonly highlights = new Map<MentionType, Highlight>();
  private readonly current: Highlight;
  private visible = true;

  constructor(private readonly registry: Registry = CSS.highlights) {
    for (const type of MENTION_TYPES) this.highlights.set(type, new Highlight());
    this.current = new Highlight();
    // Above the type highlights, which all keep the default priority 0.
    this.current.priority = 1;
    this.register();
  }

  paint(type: MentionType, range: AbstractRange): void {
    this.highlights.get(type)?.add(range);
  }

  erase(type: MentionType, range: AbstractRange): void {
    this.highlights.get(type)?.delete(range);
    this.current.delete(range);
  }

  /** Mark one range as the current mention, or none. */
  setCurrent(range: AbstractRange | undefined): void {
    this.current.clear();
    if (range) this.current.add(range);
  }

  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
    this.current.clear();
  }

  get isVisible(): boolean {
    return this.visible;
  }

  /** Hide or show all highlights without forgetting them. */
  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    if (visible) this.register();
    else this.unregister();
  }

  destroy(): void {
    this.unregister();
    this.clear();
  }

  private register(): void {
    for (const [type, highlight] of this.highlights) this.registry.set(HIGHLIGHT_NAMES[type], highlight);
    this.registry.set(CURRENT_HIGHLIGHT_NAME, this.current);
  }

  private unregister(): void {
    // Only remove what is ours: the page may have registered its own highlights.
    for (const [type, highlight] of this.highlights) {
      if (this.registry.get(HIGHLIGHT_NAMES[type]) === highlight) this.registry.delete(HIGHLIGHT_NAMES[type]);
    }
    if (this.registry.get(CURRENT_HIGHLIGHT_NAME) === this.current) this.registry.delete(CURRENT_HIGHLIGHT_NAME);
  }
}
