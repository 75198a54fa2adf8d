import { pack } from '../pack.js';
import { loadPreferences } from '../packs.js';

/**
 * What the preferences add (./preferences.ts): the cookie lists, the dialog's styles and English
 * texts. Its value is `null` when it could not be had (an interface file without its packs, beside
 * packs of another version, or a request that hangs): the preferences then open and decide without
 * them.
 */
export const extras = pack(loadPreferences, ({ cookieList, preferencesStyles, preferencesTexts: texts }) => {
  if (typeof cookieList !== 'function' || typeof preferencesStyles !== 'string' || typeof texts !== 'object') return null;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(preferencesStyles);
  return { cookieList, sheet, texts };
});
/**
 * Starts loading the preferences' pack, again where it gave nothing: pointing at "Customize" calls
 * it, and the preferences about to open.
 */
export const loadExtras = (): unknown => extras.load(true);

