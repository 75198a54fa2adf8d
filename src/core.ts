/**
 * The protection core's start: one runtime per window, configured from the script tag's `data-*`
 * and the page's first `<creatio-cookie-consent>`, announcing the decision with the page's events,
 * and opening the preferences from any `[data-cookie-settings]`. Events and Consent Mode never wait
 * for the interface: in the drop-in it loads only when the page needs it.
 */
import type { AttributeReader } from './consent/config.js';
import { known } from './consent/machine.js';
import type { CreatioCookieConsent } from './element/creatio-cookie-consent.js';
import { RUNTIME, TAG, pageElement } from './runtime/registry.js';
import { ConsentRuntime } from './runtime/runtime.js';
import { afterLoad, whenParsed } from './runtime/schedule.js';

export interface CoreOptions {
  /** The script tag that loaded the core: its `data-*` attributes configure the page, and a gated script runs only with its `nonce` (where it has one). */
  script?: HTMLScriptElement | null;
  /** Brings the element's definition (the drop-in's interface file); absent when it is bundled. */
  loadInterface?: () => Promise<unknown>;
}

/**
 * The page's runtime, started once. Kept on the window under a registered symbol, so a second copy
 * of the script (loaded twice, or once as a module and once as the drop-in) shares it instead of
 * installing a second guard.
 */
export function startCore(win: Window = window, { script, loadInterface = () => Promise.resolve() }: CoreOptions = {}): ConsentRuntime {
  const slot = win as unknown as Record<symbol, ConsentRuntime | undefined>;
  if (slot[RUNTIME]) return slot[RUNTIME];
  const doc = win.document;
  const data: AttributeReader = (name) => script?.getAttribute(`data-${name}`);
  const runtime = (slot[RUNTIME] = new ConsentRuntime(win, data, script?.nonce));
  const element = () => pageElement<CreatioCookieConsent>(doc);

  let loading: Promise<unknown> | undefined;
  const load = () =>
    (loading ??= loadInterface()
      .then(() => win.customElements.whenDefined(TAG))
      // Without its interface the protection runs on (nothing is granted without a decision), and
      // the page's next need of it fetches it again, where the browser fetches a failed module
      // again (Chromium; Firefox keeps the failure for the document's life).
      .catch((error) => ((loading = undefined), console.warn('creatio-cookie-consent:', error))));

  // Events come from the page's element where it has one (a listener on it hears them, not on one
  // posted above it), else from the document; both bubble there.
  // No valid decision: the banner must ask. No decision of ours in the jar at all means the same,
  // whatever the configuration turns out to be: the interface is fetched while the page parses.
  const ask = () => {
    const { state } = runtime;
    if (((known(state) && !state.record) || state.stored === null) && (element() || doc.readyState === 'loading')) void load();
  };
  runtime.subscribe((event) => {
    if (event) (element() ?? doc).dispatchEvent(event);
    ask();
  });

  // The first element's attributes are the page's configuration: final now if it is already there,
  // else once the page is parsed (until then every grant is held). The document keeps which element
  // that was, under a symbol no markup can set: one rendered above it later configures nothing
  // (./element/consent-controller.ts).
  const configure = () => {
    const el = ((doc as unknown as Record<symbol, Element | null>)[RUNTIME] = element());
    runtime.configure((name) => el?.getAttribute(name));
  };
  if (element()) configure();
  else whenParsed(doc, configure);

  // With a decision, the element and its API still come for page scripts, but after the page's load;
  // and where the page needed them before and their file failed (a server's hiccup, a deployment
  // caught half-way), they are fetched again then, once: the banner comes after all.
  afterLoad(win, async () => (await loading, load()));
  // And a banner whose file failed, five seconds in, where the load never ends (WebKit never
  // completes a document whose load the visitor stopped, while its interface was on its way).
  win.setTimeout(ask, 5e3);

  doc.addEventListener('click', (event) => {
    // Up the composed path, not `closest` from the target: a component's button (Shoelace's, a Lit
    // one) is in its shadow root, and the attribute is on the host.
    const opener = event.composedPath().find((node) => (node as Element).matches?.('[data-cookie-settings]'));
    const el = element();
    if (!opener || !el) return;
    event.preventDefault();
    // At once when the interface is here: focus and the dialog follow the click in the same task.
    // Without it (its file missing or refused), `load` has said why in the console, and nothing opens.
    if (win.customElements.get(TAG)) void el.showPreferences();
    else void load().then(() => el.showPreferences?.());
  });
  return runtime;
}
