/**
 * The drop-in's packs: `creatio-cookie-consent.<name>.js` beside the script, resolved from the
 * script's own address, so the page's address does not matter. Read while the script runs:
 * `document.currentScript` is only set then. The nine languages besides English are 3.5 KB gzip and
 * the preferences' cookie lists and styles 1.4 KB that every page would otherwise pay on every view; a visitor who needs
 * one loads it once (about 450 B a language).
 */
import type { LANGUAGE_PACKS as Packs, loadPreferences as Preferences } from './packs.js';

const script = (document.currentScript as HTMLScriptElement | null)?.src;

const beside = (name: string) => () => import(/* @vite-ignore */ new URL(`creatio-cookie-consent.${name}.js`, script || document.baseURI).href);

export const LANGUAGE_PACKS: typeof Packs = Object.fromEntries(['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'uk', 'ar'].map((lang) => [lang, beside(lang)]));

export const loadPreferences: typeof Preferences = beside('preferences');
