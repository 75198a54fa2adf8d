/**
 * What the interface loads when it needs it, not with the script: the built-in languages besides
 * English, and what the preferences add when they first open (the cookie lists with Creatio's
 * cookie table, the dialog's styles). For
 * bundlers these are ordinary dynamic imports (a small chunk each); the drop-in build swaps this
 * file for ./packs.drop-in.ts, which loads the same modules from files beside the script.
 */
export const LANGUAGE_PACKS: Record<string, () => Promise<{ default: string }>> = {
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

export const loadPreferences = (): Promise<typeof import('./element/preferences-pack.js')> => import('./element/preferences-pack.js');
