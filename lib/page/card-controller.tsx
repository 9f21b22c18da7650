// Opens the hover card for the mention under the pointer or stepped to with the keyboard, in a
// shadow root placed beside the mention. Listens on the page, never changes it (the host aside).
// Never imports lib/kb: the card's facts come from the background, the base stays out of the page.
import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard, type ActionOutcome, type CardHistory, type CardNote, type Loadable } from '../../components/HoverCard';
import cardCss from '../../components/HoverCard.css?inline';
import type { CardEntity, UiLang } from './card-model';
import { reportError, type PageMention, type PagePipeline } from './pipeline';

/** Where the card's facts and cross-article data come from (the background, through lib/messages.ts). */
export interface CardServices {
  /** The entity's facts in the reader's language; undefined when they cannot be had (no card then). */
  facts(entityId: string): Promise<CardEntity | undefined>;
  history(entityId: string): Promise<Loadable<CardHistory>>;
  note(entityId: string): Promise<Loadable<CardNote>>;
  /** Absent: notes are shown read-only. Answers the stored note on success. */
  saveNote?(entityId: string, previous: CardNote | undefined, text: string): Promise<ActionOutcome & { note?: CardNote }>;
  /** `quote` is the sentence around the mention, as a W3C TextQuoteSelector. */
  noteOnPassage?(mention: PageMention, quote: PassageQuote): Promise<ActionOutcome>;
  open?(entityId: string): Promise<ActionOutcome>;
}

export interface PassageQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface CardControllerOptions {
  ctx: ContentScriptContext;
  pipeline: PagePipeline;
  services: CardServices;
  lang: UiLang;
  /** Pointer rest before a card opens, and grace before it closes (to let the pointer reach it). */
  openDelayMs?: number;
  closeDelayMs?: number;
}

/** The tag of our shadow host; the walker and observer skip anything named `lagebild-*`. */
export const CARD_HOST_NAME = 'lagebild-card';

/** The sentence of `text` around [start, end): the quote kept by "Note on this passage". */
export function sentenceAround(text: string, start: number, end: number): PassageQuote {
  const boundary = /[.!?…]\s|\n\n/g;
  let from = 0;
  for (const match of text.slice(0, start).matchAll(boundary)) from = match.index + match[0].length;
  boundary.lastIndex = end;
  const after = boundary.exec(text);
  const to = after ? after.index + 1 : text.length;
  const squash = (value: string) => value.replace(/[\s\u00ad]+/g, (space) => (space.trim() === '' ? ' ' : '')).replace(/\u00ad/g, '');
  return {
    exact: squash(text.slice(from, to)).trim(),
    prefix: squash(text.slice(Math.max(0, from - 32), from)).trimStart(),
    suffix: squash(text.slice(to, to + 32)).trimEnd(),
  };
}

export class CardController {
  private ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  private uiLoading: Promise<ShadowRootContentScriptUi<HTMLElement> | undefined> | undefined;
  private shown: PageMention | undefined;
  private via: 'pointer' | 'keyboard' | undefined;
  private candidate: PageMention | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private pointer: { x: number; y: number; inCard: boolean } | undefined;
  private stopPositioning: (() => void) | undefined;
  private focusBefore: Element | null = null;
  private entity: CardEntity | undefined;
  /** Facts per entity id for the page's life, so that stepping back to an entity opens at once. */
  private readonly facts = new Map<string, CardEntity>();
  private readonly factsLoading = new Map<string, Promise<CardEntity | undefined>>();
  private history: Loadable<CardHistory> = { state: 'loading' };
  private note: Loadable<CardNote> = { state: 'loading' };
  private generation = 0;
  private lastToggle = 0;

  constructor(private readonly options: CardControllerOptions) {}

  start(signal: AbortSignal): void {
    const listen = { capture: true, passive: true, signal };
    window.addEventListener('pointermove', (event) => this.onPointerMove(event), listen);
    window.addEventListener('pointerdown', (event) => this.onPointerDown(event), listen);
    window.addEventListener('keydown', (event) => this.onKeyDown(event), { capture: true, signal });
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  destroy(): void {
    this.hide();
    cancelAnimationFrame(this.frame);
    this.ui?.remove();
    this.ui = undefined;
  }

  get isOpen(): boolean {
    return this.shown !== undefined;
  }

  get current(): PageMention | undefined {
    return this.shown;
  }

  /** What the open card says, for the local test hook (the closed shadow root hides it from pages). */
  describeCard(): { entityId: string; text: string; box: { left: number; top: number; width: number; height: number } } | undefined {
    const card = this.cardElement();
    if (!this.shown || !card) return undefined;
    const rect = card.getBoundingClientRect();
    // A note sits in a text field, whose words innerText leaves out: add what the fields hold.
    const fields = [...card.querySelectorAll('textarea')].map((field) => field.value).filter(Boolean);
    return { entityId: this.shown.id, text: [card.innerText, ...fields].join('\n'), box: { left: rect.left, top: rect.top, width: rect.width, height: rect.height } };
  }

  /** Step to the next or previous mention, scroll it into view and open its card. */
  step(direction: 1 | -1): void {
    const next = this.options.pipeline.step(this.shown, direction);
    if (next) this.reveal(next);
  }

  /** Scroll a mention into view and open its card as if stepped to (focus moves into the card). */
  reveal(mention: PageMention): boolean {
    const range = this.options.pipeline.liveRange(mention);
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) {
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    }
    void this.show(mention, 'keyboard').catch(reportError);
    return true;
  }

  async show(mention: PageMention, via: 'pointer' | 'keyboard'): Promise<void> {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    let entity = this.facts.get(mention.id);
    if (!entity) {
      // A hide, or another show, while the facts are on their way wins over this one.
      const asked = ++this.generation;
      entity = await this.loadFacts(mention.id);
      // Without facts there is no card to show, as for an id the base does not know.
      if (!entity || asked !== this.generation) return;
    }
    this.entity = entity;
    if (this.shown !== mention && via === 'keyboard' && !this.shown) this.focusBefore = document.activeElement;
    this.shown = mention;
    this.via = via;
    this.options.pipeline.setCurrent(mention);
    const generation = ++this.generation;
    const ui = await this.mountUi();
    if (!ui || this.shown !== mention || generation !== this.generation) return;

    // Cross-article data arrives after the card is up: first "loading", then the answer.
    this.history = { state: 'loading' };
    this.note = { state: 'loading' };
    this.renderCard();
    this.place(mention);
    if (via === 'keyboard') this.cardElement()?.focus({ preventScroll: true });
    const { services } = this.options;
    const [history, note] = await Promise.all([
      services.history(mention.id).catch((): Loadable<CardHistory> => ({ state: 'missing' })),
      services.note(mention.id).catch((): Loadable<CardNote> => ({ state: 'missing' })),
    ]);
    if (generation !== this.generation) return;
    this.history = history;
    this.note = note;
    this.renderCard();
  }

  hide(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.generation++;
    this.candidate = undefined;
    if (!this.shown) return;
    const hadFocus = this.ui?.shadowHost.contains(document.activeElement) || document.activeElement === this.ui?.shadowHost;
    this.shown = undefined;
    this.via = undefined;
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    this.options.pipeline.setCurrent(undefined);
    if (this.ui) render(null, this.ui.uiContainer);
    if (hadFocus && this.focusBefore instanceof HTMLElement) this.focusBefore.focus({ preventScroll: true });
    this.focusBefore = null;
  }

  // --- events ---------------------------------------------------------------------------------

  private onPointerMove(event: PointerEvent): void {
    const host = this.ui?.shadowHost;
    this.pointer = { x: event.clientX, y: event.clientY, inCard: Boolean(host && event.composedPath().includes(host)) };
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        try {
          this.checkPointer();
        } catch (error) {
          reportError(error);
        }
      });
    }
  }

  private onPointerDown(event: PointerEvent): void {
    const host = this.ui?.shadowHost;
    if (this.shown && !(host && event.composedPath().includes(host))) {
      // A click elsewhere closes the card, unless it lands on the same mention.
      const hit = this.options.pipeline.mentionAt(event.clientX, event.clientY);
      if (hit !== this.shown) this.hide();
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    try {
      if (event.key === 'Escape' && this.shown) {
        this.hide();
        return;
      }
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event, this.ui?.shadow)) return;
      if (event.code === 'KeyN' || event.code === 'KeyP') {
        if (!this.options.pipeline.painter.isVisible) return;
        event.preventDefault();
        this.step(event.code === 'KeyN' ? 1 : -1);
      } else if (event.code === 'KeyL') {
        event.preventDefault();
        this.toggleHighlights();
      }
    } catch (error) {
      reportError(error);
    }
  }

  /** Show or hide all highlights (the in-page shortcut and the browser command both end here). */
  toggleHighlights(): boolean {
    // Where the browser passes the command's keys to the page too, the in-page shortcut and the
    // forwarded command arrive together: one press, one toggle.
    const now = Date.now();
    if (now - this.lastToggle < 100) return this.options.pipeline.painter.isVisible;
    this.lastToggle = now;
    const visible = this.options.pipeline.toggleVisible();
    if (!visible) this.hide();
    return visible;
  }

  private checkPointer(): void {
    const pointer = this.pointer;
    if (!pointer) return;
    if (pointer.inCard) {
      clearTimeout(this.closeTimer);
      clearTimeout(this.openTimer);
      return;
    }
    const hit = this.options.pipeline.mentionAt(pointer.x, pointer.y);
    if (hit && hit === this.shown) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (hit) {
      if (hit === this.candidate) return;
      this.candidate = hit;
      // Ask for the facts while the pointer rests, so that they are here when the card opens.
      void this.loadFacts(hit.id);
      clearTimeout(this.openTimer);
      this.openTimer = setTimeout(() => {
        this.candidate = undefined;
        void this.show(hit, 'pointer').catch(reportError);
      }, this.options.openDelayMs ?? 120);
      return;
    }
    this.candidate = undefined;
    clearTimeout(this.openTimer);
    // A card opened from the keyboard stays until Escape or the next step.
    if (this.shown && this.via === 'pointer') {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => this.hide(), this.options.closeDelayMs ?? 350);
    }
  }

  // --- card -----------------------------------------------------------------------------------

  private mountUi(): Promise<ShadowRootContentScriptUi<HTMLElement> | undefined> {
    if (this.ui) return Promise.resolve(this.ui);
    this.uiLoading ??= createShadowRootUi(this.options.ctx, {
      name: CARD_HOST_NAME,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: cardCss,
      // Closed: the card shows the reader's notes and history, which the page's scripts must not read.
      mode: 'closed',
      // Typing in the note must not trigger the page's own keyboard shortcuts.
      isolateEvents: true,
      onMount: (container) => container,
    })
      .then((ui) => {
        ui.mount();
        this.ui = ui;
        return ui;
      })
      .catch((error: unknown) => {
        reportError(error);
        this.uiLoading = undefined;
        return undefined;
      });
    return this.uiLoading;
  }

  /** The entity's facts, asked of the background once per page; a failed answer is asked again next time. */
  private loadFacts(entityId: string): Promise<CardEntity | undefined> {
    const cached = this.facts.get(entityId);
    if (cached) return Promise.resolve(cached);
    let loading = this.factsLoading.get(entityId);
    if (!loading) {
      loading = this.options.services
        .facts(entityId)
        .catch((error: unknown) => void reportError(error))
        .then((facts) => {
          this.factsLoading.delete(entityId);
          if (facts) this.facts.set(entityId, facts);
          return facts;
        });
      this.factsLoading.set(entityId, loading);
    }
    return loading;
  }

  private cardElement(): HTMLElement | null {
    return this.ui?.uiContainer.querySelector<HTMLElement>('.card') ?? null;
  }

  private renderCard(): void {
    const mention = this.shown;
    const ui = this.ui;
    const entity = this.entity;
    if (!mention || !ui || !entity || entity.id !== mention.id) return;
    const { lang, services } = this.options;
    const note = this.note;
    const previous = note.state === 'ready' ? note.value : undefined;
    render(
      <HoverCard
        entity={entity}
        lang={lang}
        history={this.history}
        note={note}
        onClose={() => this.hide()}
        onSaveNote={
          services.saveNote &&
          (async (text) => {
            const outcome = await services.saveNote!(mention.id, previous, text);
            if (outcome.ok && outcome.note && this.shown === mention) {
              this.note = { state: 'ready', value: outcome.note };
              this.renderCard();
            }
            return outcome;
          })
        }
        onNoteOnPassage={
          services.noteOnPassage &&
          (() => {
            const { text, start, end } = mention.context;
            return services.noteOnPassage!(mention, sentenceAround(text, start, end));
          })
        }
        onOpen={services.open && (() => services.open!(mention.id))}
      />,
      ui.uiContainer,
    );
  }

  private place(mention: PageMention): void {
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    const floating = this.cardElement();
    const range = this.options.pipeline.liveRange(mention);
    if (!floating || !range) return;
    const reference: VirtualElement = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const update = () => {
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(8),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Where neither side has room for the whole card, it keeps to the room there is and scrolls.
          size({
            padding: 8,
            apply({ availableHeight }) {
              floating.style.maxHeight = `${Math.max(180, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      })
        .then(({ x, y }) => {
          floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        })
        .catch(reportError);
    };
    this.stopPositioning = autoUpdate(reference, floating, update, { animationFrame: false });
  }
}

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

function isTyping(event: KeyboardEvent, cardShadow: ShadowRoot | undefined): boolean {
  let target = event.composedPath()[0];
  // Inside our closed card the path stops at its host: ask the card what has focus.
  if (cardShadow && target === cardShadow.host) target = cardShadow.activeElement ?? target;
  if (!(target instanceof Element)) return false;
  return target.closest(EDITABLE) !== null;
}
