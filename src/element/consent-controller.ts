import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import type { AttributeReader } from '../consent/config.js';
import { startCore } from '../core.js';
import type { ConsentRuntime } from '../runtime/runtime.js';

/**
 * Connects an element to the page's consent runtime: while connected it hears every change (and
 * renders again), and it hands the runtime the element's configuration. The runtime never knows
 * the element.
 */
export class ConsentController implements ReactiveController {
  /** The page's runtime: started by the script tag (or the registering module) before any element. */
  readonly runtime: ConsentRuntime = startCore();
  #unsubscribe?: () => void;
  readonly #host: ReactiveControllerHost;
  readonly #read: AttributeReader;

  /** `read` gives the host's configuring attributes, by their names (`expires-days`). */
  constructor(host: ReactiveControllerHost, read: AttributeReader) {
    (this.#host = host).addController(this);
    this.#read = read;
  }

  hostConnected(): void {
    this.#unsubscribe = this.runtime.subscribe(() => this.#host.requestUpdate());
    this.configure();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
  }

  /** Hands the runtime the element's configuration (again, after an attribute changed). */
  configure(): void {
    this.runtime.configure(this.#read);
  }
}
