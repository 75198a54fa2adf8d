/**
 * What the interface loads when it needs it: the built-in languages besides English, and what the
 * preferences add when they first open (the cookie lists with Creatio's cookie table, the dialog's
 * styles). Ordinary dynamic imports: a small chunk each, for bundlers and in the drop-in's folder
 * (`creatio-cookie-consent.<name>.js` beside the interface file, found from its own address).
 */
import type { Texts } from './i18n/index.js';

/**
 * `_again`: after a failure, what gives the new attempt an address of its own (a fragment, which the
 * request does not carry), added to the file's address in the drop-in's build (../rollup.config.mjs):
 * Firefox keeps a module's failure for the document's life (whatwg/html#6768). Bundlers load their
 * chunks their own way.
 */
type Load<M> = (_again?: string) => Promise<M>;

export const LANGUAGE_PACKS: Record<string, Load<{ default: Texts }>> = {
  de: (_again) => import('./i18n/de.js'),
  fr: (_again) => import('./i18n/fr.js'),
  es: (_again) => import('./i18n/es.js'),
  it: (_again) => import('./i18n/it.js'),
  nl: (_again) => import('./i18n/nl.js'),
  pt: (_again) => import('./i18n/pt.js'),
  pl: (_again) => import('./i18n/pl.js'),
  uk: (_again) => import('./i18n/uk.js'),
  ar: (_again) => import('./i18n/ar.js'),
};

export const loadPreferences: Load<typeof import('./element/preferences.js')> = (_again) => import('./element/preferences.js');
