import { runtimeOf } from '../runtime/registry.js';
import { httpUrl } from '../url.js';
import { warn } from './diagnostics.js';
import { alive } from './script-gate.js';

/**
 * Runs a gated script or loads a gated frame (./script-gate.ts finds them). Loaded by the core the
 * first time a page has one to run: most pages have none.
 */
type Policy = { createScript(s: string): unknown; createScriptURL(s: string): unknown };
let policy: Policy | null | undefined;

/**
 * Under `require-trusted-types-for 'script'` a script's text and `src` need trusted values. The
 * markup being re-activated was written by the page author, so passing it through is what the
 * page asked for; the policy is created only when a gated script actually runs.
 */
function trusted(win: Window): Policy | null {
  if (policy === undefined) {
    const tt = (win as unknown as { trustedTypes?: { createPolicy(n: string, p: object): Policy } }).trustedTypes;
    try {
      policy = tt ? tt.createPolicy('creatio-cookie-consent', { createScript: (s: string) => s, createScriptURL: (s: string) => s }) : null;
    } catch {
      policy = null; // the page's `trusted-types` directive does not allow our policy name
    }
  }
  return policy;
}

/** Whether this window's withdrawals are watched (the deferred file is a module of the window's own). */
let watching: boolean | undefined;

/**
 * Frames loaded in a shadow root or out of the page, which no query of the document finds, for a
 * withdrawal to unload: kept weakly, so none of the views an application dropped is kept, while
 * one it keeps out of the page comes back with its frame unloaded.
 */
const inRoots = new Set<WeakRef<Element>>();

/**
 * A frame, unlike a script that ran, can stop: when the visitor withdraws the category a frame was
 * loaded for (here, in another tab, or by forgetting the decision), it is unloaded (without `src` it
 * holds about:blank) and held again, so that the embeds' placeholder comes back and a new grant
 * loads it again. Only a withdrawal does it: a frame loaded once for a category never granted stays.
 */
function unloadOnWithdrawal(win: Window): void {
  const runtime = runtimeOf(win);
  if (watching || !runtime) return;
  watching = true;
  // Only a change event names what changed: other notices (a state the view renders) look at nothing.
  runtime.subscribe((event) => {
    const changed = (event?.detail as { changed?: string[] } | undefined)?.changed;
    if (!changed) return;
    for (const frame of [...win.document.querySelectorAll('iframe[data-consent-activated]'), ...alive(inRoots)]) {
      const category = frame.getAttribute('data-consent-category')!;
      if (changed.includes(category) && !runtime.categories[category]) frame.removeAttribute('data-consent-activated'), frame.removeAttribute('src');
    }
  });
}

/** A type the browser runs from a `src` (with no parameters, as the browser wants it): the others are never fetched. */
const RUNS = /^(module|(text|application)\/(x-)?(java|ecma)script)$/i;

/**
 * Runs a gated script (a copy of it, with its real type) or loads a gated frame's `data-src`.
 * Resolves, for a script fetched from its address, once it has run or failed: what follows it in
 * the page waits for it, as the parser would make it wait.
 */
export function activate(element: Element): Promise<unknown> | void {
  // By its name, not `instanceof`: a frame made in another realm (a same-origin frame's document)
  // is no HTMLIFrameElement of this window, and as a script its text would have run.
  if (element.localName == 'iframe') {
    const src = element.getAttribute('data-src');
    if (!httpUrl(src, element.ownerDocument.baseURI)) return;
    element.setAttribute('src', src!);
    if (element.getRootNode() != element.ownerDocument) inRoots.add(new WeakRef(element));
    return unloadOnWithdrawal(element.ownerDocument.defaultView!);
  }
  const doc = element.ownerDocument;
  const win = doc.defaultView!;
  // Where the page's script has a nonce, a gated script runs only with it: under 'strict-dynamic' the
  // copy made here would run whatever it holds, and markup a visitor posted cannot know the nonce.
  const { nonce } = element as HTMLElement;
  const own = runtimeOf(win)?.nonce;
  if (own && nonce != own)
    return warn(`<script data-consent-category="${element.getAttribute('data-consent-category')}"> lacks this script's nonce: it does not run`);
  const script = doc.createElement('script');
  const tt = trusted(win);
  for (const { name, value } of Array.from(element.attributes)) {
    if (name === 'type' || name === 'src') continue;
    script.setAttribute(name, value);
  }
  // Under a nonce-based policy the page's nonce is on the gated element, but browsers hide the
  // attribute's value once the page is parsed: the copy above has it empty. Its property has it.
  if (nonce) script.nonce = nonce;
  // `data-type` carries the real type, e.g. `module`.
  const type = element.getAttribute('data-type');
  if (type) script.type = type;
  const src = element.getAttribute('src');
  // Inserted scripts are async by default; gated ones keep their document order unless marked async.
  if (!element.hasAttribute('async')) script.async = false;
  try {
    if (src) script.src = (tt ? tt.createScriptURL(src) : src) as string;
    else script.text = (tt ? tt.createScript(element.textContent ?? '') : element.textContent ?? '') as string;
  } catch {
    // Trusted Types enforced, and the page's `trusted-types` list leaves our policy out: the script
    // stays inert, and the administrator is told what to allow.
    return warn(`the page's trusted-types directive does not allow the policy "creatio-cookie-consent": gated scripts cannot run`);
  }
  element.replaceWith(script);
  // Not one marked `async`, nor one the browser never fetches (a data type, `nomodule`, a script
  // that was no longer in the page): nothing would say it is done.
  if (src && !script.async && script.isConnected && RUNS.test(script.type || 'text/javascript') && (script.type == 'module' || !script.noModule))
    return new Promise((done) => (script.addEventListener('load', done), script.addEventListener('error', done)));
}

/** What was handed over so far, run one after another: a later grant's scripts wait for an earlier one's. */
let running: Promise<unknown> = Promise.resolve();

/** Runs or loads `element` if its category is still granted, else holds it back again. */
const take = (element: Element) =>
  runtimeOf(element.ownerDocument.defaultView!)?.categories[element.getAttribute('data-consent-category')!] === true
    ? activate(element)
    : element.removeAttribute('data-consent-activated');

/**
 * Runs what a grant took from the page (../runtime/later.ts), if its category is still granted when
 * this file gets to it: a withdrawal in between (another tab, the visitor's second thoughts,
 * `reset()`) holds it back again, for the next grant to take. Scripts run in document order, each
 * once the one before it has run; a frame loads at once (a video must not wait for a slow tag).
 */
export function release(found: Element[]): void {
  for (const frame of found) if (frame.localName != 'script') take(frame);
  running = running
    .then(async () => {
      for (const script of found) if (script.localName == 'script') await take(script);
    })
    // What went wrong is said, and later grants still run.
    .catch((error) => console.warn('creatio-cookie-consent:', error));
}
