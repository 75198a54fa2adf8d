import { render, type TemplateResult } from 'lit/html.js';

/** How a property meets its attribute; the same shape as LitElement's `static properties`. */
export interface PropertyOptions {
  /** The attribute's name (the property's name in lower case when absent); `false` for none. */
  attribute?: string | false;
  /** `Boolean`: present means `true`. Anything else is kept as the attribute's string. */
  type?: BooleanConstructor;
  /** Writes the property back to its attribute, for CSS (`:host([open])`). */
  reflect?: boolean;
}

const attributeOf = (name: string, options: PropertyOptions) => (options.attribute ?? name.toLowerCase()) as string | false;

/**
 * The part of LitElement this element uses — declared reactive properties tied to attributes,
 * updates batched into one microtask, `updateComplete`, adopted styles — over Lit's own template
 * engine (lit-html). LitElement's base class brings about 2.7 KB gzip of features this element never
 * uses (controllers, converters, `hasChanged`, SSR hooks, polyfill support); the drop-in pays for
 * every byte on every page view, so the element carries only this.
 */
export abstract class LiteElement extends HTMLElement {
  /** @internal */
  static properties: Record<string, PropertyOptions> = {};
  /** @internal */
  static styles = '';
  static #sheets = new WeakMap<object, CSSStyleSheet>();

  /** @internal Read by `customElements.define`, before any instance exists: the accessors go on then. */
  static get observedAttributes(): string[] {
    if (!Object.hasOwn(this.prototype, Object.keys(this.properties)[0] ?? '')) LiteElement.#accessors(this);
    const names = Object.entries(this.properties).map(([name, options]) => attributeOf(name, options));
    return names.filter((name): name is string => !!name);
  }

  // Private statics need the base class itself as receiver, hence the class passed in.
  static #accessors(ctor: typeof LiteElement): void {
    for (const name of Object.keys(ctor.properties))
      Object.defineProperty(ctor.prototype, name, {
        get(this: LiteElement) {
          return this.#values.get(name);
        },
        set(this: LiteElement, value: unknown) {
          if (this.#values.get(name) === value && this.#values.has(name)) return;
          this.#values.set(name, value);
          this.#changed.add(name);
          this.requestUpdate();
        },
        configurable: true,
      });
  }

  #values = new Map<string, unknown>();
  #changed = new Set<string>();
  #pending: Promise<boolean> = Promise.resolve(true);
  #scheduled = false;
  /** @internal */
  hasUpdated = false;

  #early?: [string, unknown][] = [];

  constructor() {
    super();
    // A page may set properties on the element before the script upgrades it: they sit on the
    // instance, in front of the accessors. Taken off now, put back (over the subclass's defaults)
    // when the element connects.
    const self = this as unknown as Record<string, unknown>;
    for (const name of Object.keys((this.constructor as typeof LiteElement).properties))
      if (Object.hasOwn(this, name)) {
        this.#early!.push([name, self[name]]);
        delete self[name];
      }
  }

  /** @internal The shadow root the template renders into. */
  get renderRoot(): ShadowRoot {
    const ctor = this.constructor as typeof LiteElement;
    if (!this.shadowRoot) {
      let sheet = LiteElement.#sheets.get(ctor);
      if (!sheet) {
        // An adopted sheet is not inline style: it passes `style-src 'self'` with no nonce.
        sheet = new CSSStyleSheet();
        sheet.replaceSync(ctor.styles);
        LiteElement.#sheets.set(ctor, sheet);
      }
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
    }
    return this.shadowRoot!;
  }

  /** @internal Resolves once pending property changes are rendered. */
  get updateComplete(): Promise<boolean> {
    return this.#pending;
  }

  /** @internal Schedules one render for every change made in this task. */
  requestUpdate(): void {
    if (this.#scheduled || !this.isConnected) return;
    this.#scheduled = true;
    this.#pending = Promise.resolve().then(async () => {
      await this.beforeUpdate();
      this.#scheduled = false;
      if (this.isConnected) this.#update();
      return true;
    });
  }

  connectedCallback(): void {
    for (const [name, value] of this.#early ?? []) (this as unknown as Record<string, unknown>)[name] = value;
    this.#early = undefined;
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  /** @internal */
  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const properties = (this.constructor as typeof LiteElement).properties;
    for (const [name, options] of Object.entries(properties))
      if (attributeOf(name, options) === attribute) (this as unknown as Record<string, unknown>)[name] = options.type === Boolean ? value !== null : value;
  }

  /** @internal Awaited before each render (changes made meanwhile join it); `updateComplete` waits too. */
  protected beforeUpdate(): unknown {
    return undefined;
  }

  /** @internal Runs before each render with the names of the properties that changed. */
  protected willUpdate(_changed: Set<string>): void {}

  /** @internal */
  protected abstract render(): TemplateResult;

  #update(): void {
    const changed = this.#changed;
    this.#changed = new Set();
    this.willUpdate(changed);
    const properties = (this.constructor as typeof LiteElement).properties;
    for (const name of changed) {
      const options = properties[name];
      const attribute = attributeOf(name, options);
      if (!options.reflect || !attribute) continue;
      const value = this.#values.get(name);
      // Setting the same value back triggers attributeChangedCallback with no change: no loop.
      const text = options.type === Boolean ? (value ? '' : null) : value == null ? null : String(value);
      if (text === null) this.removeAttribute(attribute);
      else if (this.getAttribute(attribute) !== text) this.setAttribute(attribute, text);
    }
    render(this.render(), this.renderRoot, { host: this });
    this.hasUpdated = true;
  }
}
