/**
 * The drop-in's lazily loaded files, beside the script (`creatio-cookie-consent.<name>.js`), found
 * from the script's own address: `document.currentScript` is read while the script runs.
 */
import type { loadDeferred as Deferred } from './lazy.js';

const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

/** A file beside the script, as an ES module. */
export const beside = (name: string) => import(/* @vite-ignore */ new URL(`creatio-cookie-consent.${name}.js`, base).href);

export const loadDeferred: typeof Deferred = () => beside('deferred');
