import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import type { AttributeReader } from '../consent/config.js';
import { startCore } from '../core.js';
import { RUNTIME, TAG } from '../runtime/registry.js';
import type { ConsentRuntime } from '../runtime/runtime.js';

/**
 * Connects an element to the page's consent runtime: while connected it hears every change (and
 * renders again), and it hands the runtime the element's configuration. The runtime never knows
 * the element.
 */
export class ConsentController implements ReactiveController {
  /** Each host's controller, so that the page's element leaving can hand its place over (`hostDisconnected`). */
  static #of = new WeakMap<Element, ConsentController>();
  /** The page's runtime: started by the script tag (or the registering module) before any element. */
  readonly runtime: ConsentRuntime = startCore();
  #unsubscribe?: () => void;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #read: AttributeReader;

  /** `read` gives the host's configuring attributes, by their names (`expires-days`). */
  constructor(host: ReactiveControllerHost & HTMLElement, read: AttributeReader) {
    (this.#host = host).addController(this);
    this.#read = read;
    ConsentController.#of.set(host, this);
  }

  hostConnected(): void {
    this.#unsubscribe = this.runtime.subscribe(() => this.#host.requestUpdate());
    this.configure();
  }

  /**
   * The page's element leaving (a framework may mount the next view's before it unmounts this one's)
   * hands its place to the next in the document, which configures the page and shows from then on;
   * moved, it stays the page's.
   */
  hostDisconnected(): void {
    this.#unsubscribe?.();
    const host = this.#host;
    const doc = host.ownerDocument as unknown as Document & Record<symbol, Element | null>;
    // Not for a move, which takes the element out and puts it back before the task ends: an element
    // a visitor posted above it would have become the page's.
    queueMicrotask(() => !host.isConnected && doc[RUNTIME] === host && ((doc[RUNTIME] = null), ConsentController.#of.get(doc.querySelector(TAG)!)?.configure()));
  }

  /**
   * The page's element: the one the document keeps (see `configure`), else the host where that one
   * has left. Any other shows nothing and hands it its calls.
   */
  get page(): HTMLElement {
    const kept = (this.#host.ownerDocument as unknown as Record<symbol, HTMLElement | undefined>)[RUNTIME];
    return kept?.isConnected ? kept : this.#host;
  }

  /**
   * Hands the runtime the element's configuration (again, after an attribute changed), if it is the
   * page's: the one the document keeps under the runtime's symbol — the element the core took the
   * configuration from when the page was parsed (../core.ts) — else the first to connect, which the
   * document then keeps, for as long as it stays there. Another — a bootstrap's, a template's, or
   * markup a visitor posted that the page renders above its own, even before the elements upgrade
   * together in document order — would replace the page's revision and categories, and the cookies
   * they govern, with its own.
   */
  configure(): void {
    const doc = this.#host.ownerDocument as unknown as Record<symbol, Element | null | undefined>;
    // Taking the place renders: a configuration like the last one's changes nothing the runtime tells.
    if (!doc[RUNTIME]?.isConnected) (doc[RUNTIME] = this.#host), this.#host.requestUpdate();
    if (doc[RUNTIME] === this.#host) this.runtime.configure(this.#read);
  }
}
