import en from './en.js';
import { LANGUAGE_PACKS as PACKS } from '../packs.js';
import { pack, type Pack } from '../pack.js';
import { pickFrom } from './pick.js';

/**
 * The names of the interface's texts: English's, which every language has too, besides those only
 * the preferences show (`PREFERENCES_TEXTS`, ./en-preferences.ts) (a test holds them together).
 */
export type TextKey = keyof typeof en;
export const TEXT_KEYS = Object.keys(en) as TextKey[];

/**
 * Every text of the interface; page authors may override any of them (and add `<category>` /
 * `<category>Info`). A language pack also carries `purposes`, the cookie table's purposes in its
 * language ("name|purpose", a line each): not a key of English's, whose purposes are the table's
 * own (../consent/cookie-table.ts), so the first visit does not carry them.
 */
export type Texts = Record<TextKey, string> & Record<string, string>;

/** The built-in languages: English is inside the script, the others load when needed (see `loadLanguage`). */
export const LANGUAGES: readonly string[] = ['en', ...Object.keys(PACKS)];

/**
 * Each language is an object with every key of TEXT_KEYS. A pack from another version of the
 * script (one file updated, not the other) that lacks a key counts as missing: English is better
 * than a button with no label.
 */
const packs: Record<string, Pack<Texts>> = {};
const packOf = (lang: string): Pack<Texts> | undefined =>
  Object.hasOwn(PACKS, lang)
    ? (packs[lang] ??= pack(PACKS[lang], ({ default: texts }) => (TEXT_KEYS.every((key) => typeof texts?.[key] === 'string') ? texts : null)))
    : undefined;

/**
 * The language to render for `lang` now: itself once its texts are here, English if they could not
 * be loaded (or it is not a pack), `undefined` while they are on their way.
 */
export function readyLanguage(lang: string): string | undefined {
  const languagePack = packOf(lang);
  return languagePack?.value ? lang : languagePack && languagePack.value === undefined ? undefined : 'en';
}

/**
 * Loads a built-in language's texts once (`again`: once more where they did not come); never rejects
 * (a missing, late or odd pack means English).
 */
export const loadLanguage = (lang: string, again?: unknown): Promise<unknown> | undefined => packOf(lang)?.load(again);

/** The built-in language for a list of wanted tags (./pick.ts `pickFrom`). */
export const pickLanguage = (wanted: readonly (string | null | undefined)[], fallback?: () => readonly string[]): string =>
  pickFrom((lang) => LANGUAGES.includes(lang), wanted, fallback);

export { isRtl, pageLanguages } from './pick.js';

/**
 * A page author's texts: a string for every language, and the texts of one language under its code
 * (`de: {acceptAll: '…'}`), over those. A string under a language's code is the label of a category
 * named so.
 */
export type TextOverrides = Record<string, string | Partial<Record<string, string>>>;

/**
 * The texts of a loaded language (else English), with the page author's overrides on top, those
 * for every language, then the language's own: only strings with words in them (an empty one
 * would leave a button or the banner without any).
 */
export function textsFor(lang: string, overrides?: Partial<Record<string, unknown>> | null): Texts {
  const texts: Texts = { ...(packOf(lang)?.value || en) };
  for (const source of [overrides, overrides && Object.hasOwn(overrides, lang) && overrides[lang]])
    if (source && typeof source === 'object')
      for (const [key, value] of Object.entries(source)) if (typeof value === 'string' && value.trim() && key !== '__proto__') texts[key] = value;
  return texts;
}
