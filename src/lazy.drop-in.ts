/**
 * The drop-in's lazily loaded files, beside the script (`creatio-cookie-consent.<name>.js`), found
 * from the script's own address: the script element is read while the script runs.
 */
import type { loadDeferred as Deferred } from './lazy.js';

/**
 * The drop-in's own script element, through `Document.prototype`: markup a page lets in (an
 * `<img name="currentScript">` in a comment) shadows `document.currentScript` as a named property
 * of the document (DOM clobbering), and where the script comes after it (Creatio's bootstrap adds
 * it once the page has loaded) the files would be loaded from the image's address — another's
 * script — and the image's `data-*` read as the configuration.
 */
export const script = Reflect.get(Document.prototype, 'currentScript', document) as HTMLScriptElement | null;

const base = script?.src || document.baseURI;

/** A file beside the script, as an ES module. */
export const beside = (name: string) => import(/* @vite-ignore */ new URL(`creatio-cookie-consent.${name}.js`, base).href);

export const loadDeferred: typeof Deferred = () => beside('deferred');
