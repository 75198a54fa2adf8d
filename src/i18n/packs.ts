/**
 * The built-in languages besides English, each a module of its own, loaded when a visitor needs it.
 * For bundlers these are ordinary dynamic imports (one small chunk each); the drop-in build swaps
 * this file for ./packs.drop-in.ts, which loads the same texts from files beside the script.
 */
export const PACKS: Record<string, () => Promise<{ default: string }>> = {
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  it: () => import('./it.js'),
  nl: () => import('./nl.js'),
  pt: () => import('./pt.js'),
  pl: () => import('./pl.js'),
  uk: () => import('./uk.js'),
  ar: () => import('./ar.js'),
};
