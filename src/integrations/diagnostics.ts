/**
 * What the console tells an administrator (the README's "When something is wrong" lists each
 * message): mistakes that would otherwise fail silently — nothing asks, nothing is gated, the tags
 * ran before their default. Loaded with the deferred file, once the page has loaded: the core
 * carries none of it.
 */
import { pageElement, runtimeOf } from '../runtime/registry.js';
import { defaultCameLate } from './consent-mode.js';
import { misgated } from './script-gate.js';

const said = new Set<string>();

/** Says `message` in the console, prefixed, once per page: a look that finds it again stays quiet. */
export const warn = (message: string): void => {
  if (!said.has(message)) said.add(message), console.warn(`creatio-cookie-consent: ${message}`);
};

/**
 * Says what is wrong now, and returns the look for what comes later (gated markup, `within` the
 * document and the shadow roots the core found gated markup in).
 */
export function diagnose(win: Window, within: () => ParentNode[]): () => void {
  const doc = win.document;
  const runtime = runtimeOf(win);
  // The plain drop-in is built without the vendors (its configuration has no `integrations`): a page
  // that names them there would think them told. Named by the page: its element, not one posted.
  if (!runtime?.state.config.integrations && (pageElement(doc)?.hasAttribute('integrations') || doc.querySelector('script[data-integrations]')))
    warn('data-integrations needs creatio-cookie-consent.vendors.js');
  // A domain the page cannot share its decision on is not used (../consent/config.ts): the
  // subdomains an administrator meant to share it with would ask again, with nothing said.
  // Read as the configuration is: the page's element's attribute (not one a visitor posted above
  // it), else the script tag's.
  const domain = (pageElement(doc)?.getAttribute('cookie-domain') ?? doc.querySelector<HTMLElement>('script[data-cookie-domain]')?.dataset.cookieDomain)?.trim();
  if (domain && runtime && !runtime.state.config.cookieDomain)
    warn(`cookie-domain="${domain}" is not ${win.location.hostname} or a parent domain of it: the decision stays host-only`);
  // Else nothing on the page shows that the tags ran undenied at first.
  if (defaultCameLate((win as unknown as { dataLayer?: unknown }).dataLayer))
    warn("Google's tags started first, without the Consent Mode default: load this script before their snippet");
  // A write path still the browser's own: the page froze its prototype (or made it unconfigurable)
  // before the script came, so the guard could not wrap it. What is written there is stored, then
  // cleared, where the guard would have held it back.
  const unwrapped = ['Document cookie', 'Storage setItem', 'CookieStore set'].filter((path) => {
    const [type, name] = path.split(' ');
    const own = Object.getOwnPropertyDescriptor((win as unknown as Record<string, { prototype: object } | undefined>)[type]?.prototype ?? {}, name);
    return own && /\[native code\]/.test(String(own.set ?? own.value));
  });
  if (unwrapped.length) warn(`${unwrapped.join(', ')} frozen before this script: what is written there is stored, then cleared`);
  // Without an element nothing asks the visitor. Said late enough for one a page adds after its load
  // (a Freedom UI component does); not where a decision stands, as nothing needs asking.
  // Nor with one inside a box the page hides (a footer hidden on small screens, a closed
  // <details>): the top layer does not lift the banner out of a hidden ancestor.
  win.setTimeout(() => {
    if (runtime?.state.record) return;
    const element = pageElement(doc);
    const unasked = 'nothing asks the visitor, and every optional category stays refused';
    if (!element) warn(`no <creatio-cookie-consent> in the document 3 s after the load: ${unasked}`);
    else if (element.shadowRoot?.querySelector('[part~=banner]')?.checkVisibility?.(<CheckVisibilityOptions>{ visibilityProperty: true }) === false)
      warn(`<creatio-cookie-consent>'s banner does not show (a hidden ancestor, or the page's CSS): ${unasked}`);
  }, 3000);
  // A gated element misspelt stays inert, or runs, silently; a single-page application inserts more.
  return () => within().flatMap((root) => misgated(root, runtime?.state.config.categories ?? [])).forEach(warn);
}
