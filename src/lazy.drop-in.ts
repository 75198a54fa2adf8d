/**
 * The drop-in's lazily loaded files, beside the script (`creatio-cookie-consent.<name>.js`), found
 * from the script's own address: the script element is read while the script runs.
 */
import { BUILD } from './build.js';
import type { loadBeside as Beside, loadDeferred as Deferred } from './lazy.js';

/**
 * The drop-in's own script element, through `Document.prototype`: markup a page lets in (an
 * `<img name="currentScript">` in a comment) shadows `document.currentScript` as a named property
 * of the document (DOM clobbering), and where the script comes after it (Creatio's bootstrap adds
 * it once the page has loaded) the files would be loaded from the image's address — another's
 * script — and the image's `data-*` read as the configuration.
 */
export const script = Reflect.get(Document.prototype, 'currentScript', document) as HTMLScriptElement | null;

const base = script?.src || document.baseURI;

/** Each file's latest attempt. */
const loads: Record<string, Promise<any>> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any
let tries = 0;

/**
 * A file beside the script, as an ES module: the attempt that came, or, after one that failed, a new
 * one — a call while one is on its way waits for it. A new attempt asks under an address of its own
 * (a fragment, which the request does not carry): Firefox keeps a module's failure for the
 * document's life (whatwg/html#6768), and answers every later import of the same address with it.
 * So no file imports another by its address: what a pack takes from one comes through here.
 */
export const beside = (name: string) =>
  (loads[name] = (loads[name] ?? Promise.reject()).catch((failure) => import(/* @vite-ignore */ new URL(`creatio-cookie-consent.${name}.js${BUILD}${failure ? `#${++tries}` : ''}`, base).href)));

export const loadDeferred: typeof Deferred = () => beside('deferred');

/**
 * Handed to the deferred file: the embeds' pack (a build of its own that imports nothing), and the
 * interface, which exports the decision's writer, so "Always allow" writes with the module the core
 * loaded (after a failure, the one fetched again), not a second js-cookie or an address that failed.
 */
export const loadBeside: typeof Beside = beside;
