/**
 * What the interface loads when it needs it: the built-in languages besides English, and what the
 * preferences add when they first open (the cookie lists with Creatio's cookie table, the dialog's
 * styles). Ordinary dynamic imports: a small chunk each, for bundlers and in the drop-in's folder
 * (`creatio-cookie-consent.<name>.js` beside the interface file, found from its own address).
 */
import type { Texts } from './i18n/index.js';

export const LANGUAGE_PACKS: Record<string, () => Promise<{ default: Texts }>> = {
  de: () => import('./i18n/de.js'),
  fr: () => import('./i18n/fr.js'),
  es: () => import('./i18n/es.js'),
  it: () => import('./i18n/it.js'),
  nl: () => import('./i18n/nl.js'),
  pt: () => import('./i18n/pt.js'),
  pl: () => import('./i18n/pl.js'),
  uk: () => import('./i18n/uk.js'),
  ar: () => import('./i18n/ar.js'),
};

/**
 * `_again`: after a failure, what gives the new attempt an address of its own (a fragment, which the
 * request does not carry), added to the file's address in the drop-in's build (../rollup.config.mjs):
 * Firefox keeps a module's failure for the document's life (whatwg/html#6768). Bundlers load their
 * chunks their own way.
 */
export const loadPreferences = (_again?: string): Promise<typeof import('./element/preferences.js')> => import('./element/preferences.js');
