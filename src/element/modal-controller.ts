import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';

type Host = ReactiveElement & { open: boolean; readonly renderRoot: HTMLElement | DocumentFragment };

/** The focused element, looking into shadow roots, so focus can go back where it was. */
const deepActive = (): HTMLElement | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
};

/**
 * Whether a modal dialog is open: one of the page's, or one in a component's shadow root (Material's
 * md-dialog), which the document's `:modal` does not see, but where focus is while it is open.
 */
const modal = (): boolean => {
  for (let node: Node | null = deepActive(); node; node = node.parentNode ?? (node as ShadowRoot).host)
    if ((node as Element).matches?.(':modal')) return true;
  return !!document.querySelector(':modal');
};

/**
 * The preferences dialog's behaviour, in the spirit of Shoelace's `internal/modal.ts`: the host's
 * `open` is the truth and the native `<dialog>` follows it after each update (so opening and closing
 * in one task never leaves a modal open), focus moves in and stays in, and goes back where it came
 * from. While the banner asks, the first Tab of a page not yet clicked lands on its first stop.
 */
export class ModalController implements ReactiveController {
  #opener: HTMLElement | null = null;
  /** The page's element that had focus before one of ours took it. */
  #before: HTMLElement | null = null;
  /** Our control that had focus when an update began. */
  #focused: Element | null = null;
  /** Whether we closed the dialog, and its `close` event is still to come. */
  #closing = false;

  readonly #host: Host;

  constructor(host: Host) {
    (this.#host = host).addController(this);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#tabToBanner, true);
    // A click or a touch sets where the browser's Tab starts: from then on its order rules.
    document.addEventListener('pointerdown', this.#onPointer, true);
    document.addEventListener('focusin', this.#onFocus);
    // A page's modal dialog closing lets the banner go up; `close` does not bubble. One in a shadow
    // root is not heard closing: focus coming back, or the visitor's next click, lifts it then.
    document.addEventListener('close', this.#lift, true);
    this.#host.addEventListener('focusin', this.#remember);
  }

  #untab = (): void => document.removeEventListener('keydown', this.#tabToBanner, true);

  #onPointer = (): void => {
    this.#untab();
    this.#lift();
  };

  /**
   * The banner and the settings button show in the top layer: an ancestor's transform, filter or
   * `contain` (a smooth-scroll library's wrapper) made their fixed boxes scroll with the page, and
   * an ancestor's stacking context put them under the page's own boxes, whatever their z-index.
   * Not over a modal dialog, ours or the page's: they would show above it, and not answer (what
   * is outside a modal is inert).
   */
  #lift = (): void => {
    for (const box of this.#host.renderRoot.querySelectorAll<HTMLElement>('[part~=banner],[part~=settings-button]'))
      if (box.showPopover && box.isConnected && !this.#host.open && !box.matches(':popover-open') && !modal()) (box.popover = 'manual'), box.showPopover();
  };

  hostDisconnected(): void {
    this.#untab();
    document.removeEventListener('pointerdown', this.#onPointer, true);
    document.removeEventListener('focusin', this.#onFocus);
    document.removeEventListener('close', this.#lift, true);
    document.removeEventListener('scroll', this.#unhide, true);
    this.#host.removeEventListener('focusin', this.#remember);
  }

  /**
   * What takes focus on the page never stays under the banner, nor under the settings button once
   * the visitor has decided (WCAG 2.4.11). The browser scrolls it into view, but not clear of them
   * where the page cannot scroll further (its last link): then the one that covers it moves to the
   * top of the screen, and back when focus lands under it there.
   */
  #unhide = (): void => {
    const ours = this.#host.renderRoot.querySelector('[part~="banner"],[part~="settings-button"]');
    // Boxes are measured only while one shows. Focus within it reaches the document as focus on the
    // host, whose box (display: contents) is empty: it overlaps nothing.
    const edge = ours?.getBoundingClientRect();
    const at = edge && document.activeElement?.getBoundingClientRect();
    if (at && at.bottom > edge.top && at.top < edge.bottom && at.right > edge.left && at.left < edge.right) ours!.toggleAttribute('data-top');
  };

  /**
   * Looked at when focus comes, and at the scroll that follows it: WebKit brings what took focus
   * into view a rendering update after telling of it (the page's scroll, or a container's).
   */
  #onFocus = (): void => {
    this.#lift();
    this.#unhide();
    document.addEventListener('scroll', this.#unhide, { capture: true, once: true });
  };

  #remember = (event: FocusEvent): void => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && from !== this.#host) this.#before = from;
  };

  hostUpdate(): void {
    this.#focused = (this.#host.renderRoot as ShadowRoot).activeElement;
  }

  hostUpdated(): void {
    // A decision took away the control that had focus (the banner, the dialog's content): focus goes
    // back where it was before, else to the settings button, else to the top of the page — never
    // nowhere, from where the next Tab would leave the page (WCAG 2.4.3).
    const lost = this.#focused && !this.#focused.isConnected && !this.#host.open;
    this.#focused = null;
    if (lost) queueMicrotask(() => this.#refocus());
    const dialog = this.#dialog;
    if (this.#host.open && dialog && !dialog.open) {
      this.#opener = deepActive();
      dialog.showModal();
      if (!dialog.contains(this.#host.renderRoot.querySelector(':focus'))) this.#focusable()[0]?.focus();
    } else if (!this.#host.open && dialog?.open) dialog.close(), (this.#closing = true);
    // Once ours has closed: while it is open, it is a modal like any other.
    this.#lift();
    if (!this.#host.open && this.#opener) {
      const back = this.#opener;
      this.#opener = null;
      if (back.isConnected) back.focus();
    }
  }

  #refocus(): void {
    if (document.activeElement !== document.body) return;
    const target = this.#before?.isConnected ? this.#before : this.#host.renderRoot.querySelector<HTMLElement>('[part~="settings-button"]');
    if (target) return target.focus();
    // The top of the page: focusing the root for a moment moves the sequential focus starting point there.
    const root = document.documentElement;
    root.tabIndex = -1;
    root.focus({ preventScroll: true });
    root.removeAttribute('tabindex');
  }

  /**
   * The dialog's own `close` (Escape) closed it: the host follows. Not where we closed it: its event
   * comes a task later, when the host may be opening again (after a wait for a pack).
   */
  readonly onClose = (): void => {
    if (!this.#closing && !this.#dialog?.open) this.#host.open = false;
    this.#closing = false;
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    // The modal dialog makes the page inert, but Tab can still leave for the browser's own UI.
    const list = this.#focusable();
    const current = this.#host.renderRoot.querySelector(':focus');
    const edge = list.at(event.shiftKey ? 0 : -1);
    if (current === edge || !list.includes(current as HTMLElement)) {
      event.preventDefault();
      list.at(event.shiftKey ? -1 : 0)?.focus();
    }
  };

  /**
   * The dialog's tab stops in the browser's order: whatever the browser makes focusable in sequence
   * (`tabIndex` 0 or more), enabled and rendered — not a list of selectors that misses one.
   */
  #focusable(): HTMLElement[] {
    return [...(this.#dialog?.querySelectorAll<HTMLElement>('*') ?? [])].filter(
      (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0,
    );
  }

  /**
   * Done on the key press rather than by focusing the banner on load, which would force a layout
   * during page load and pull a screen reader away from the page.
   */
  #tabToBanner = (event: KeyboardEvent): void => {
    // The banner's first stop in its own order: its privacy policy link, else Accept all.
    const first = this.#host.renderRoot.querySelector<HTMLElement>('[part~="banner"] :is(a,button)');
    const active = document.activeElement;
    if (event.key === 'Tab' && !event.shiftKey && first && !this.#host.open && (!active || active === document.body)) {
      event.preventDefault();
      first.focus();
    }
  };
}
