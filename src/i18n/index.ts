import en from './en.js';
import { LANGUAGE_PACKS as PACKS } from '../packs.js';
import { within } from '../within.js';

/** The names of the texts, in the order every language file lists them. */
export const TEXT_KEYS = [
  'message',
  'policy',
  'acceptAll',
  'rejectAll',
  'customize',
  'title',
  'save',
  'close',
  'necessary',
  'necessaryInfo',
  'functional',
  'functionalInfo',
  'analytical',
  'analyticalInfo',
  'alwaysOn',
  'cookies',
  'cookie',
  'duration',
  'purpose',
  'session',
  'httpOnly',
  'gpc',
  'siteDefined',
  'marketing',
  'marketingInfo',
] as const;

export type TextKey = (typeof TEXT_KEYS)[number];
/** Every text of the interface; page authors may override any of them (and add `<category>` / `<category>Info`). */
export type Texts = Record<TextKey, string> & Record<string, string>;

/** The built-in languages: English is inside the script, the others load when needed (see `loadLanguage`). */
export const LANGUAGES: readonly string[] = ['en', ...Object.keys(PACKS)];

/**
 * Each language is one `|`-separated string (it carries no keys: every byte is paid), held here
 * once loaded; `null` for a language whose pack could not be loaded, which then shows in English.
 */
const loaded: Record<string, string | null> = { en };
const loading: Record<string, Promise<unknown>> = {};

/**
 * The language to render for `lang` now: itself once its texts are here, English if they could not
 * be loaded, `undefined` while they are on their way.
 */
export function readyLanguage(lang: string): string | undefined {
  const texts = loaded[lang];
  return texts ? lang : texts === null || !Object.hasOwn(PACKS, lang) ? 'en' : undefined;
}

/** Loads a built-in language's texts once; never rejects (a missing, late or odd pack means English). */
export function loadLanguage(lang: string): Promise<unknown> | undefined {
  if (readyLanguage(lang)) return;
  return (loading[lang] ??= within(PACKS[lang]()).then(
    // A pack from another version of the script (one file updated, not the other) has other texts
    // in other places: English is better than labels on the wrong buttons.
    (pack) => (loaded[lang] = String(pack.default).split('|').length === TEXT_KEYS.length ? pack.default : null),
    () => (loaded[lang] = null),
  ));
}

const RTL = /^(ar|he|fa|ur)\b/;

/**
 * The built-in language for a list of wanted tags ("de-DE", "pt-BR", ...): first match by primary
 * subtag, else the `fallback` list's first match, else English. The fallback is a function because
 * reading `navigator.languages` is not free on a page load, and a page's `lang` usually decides first.
 */
export function pickLanguage(wanted: readonly (string | null | undefined)[], fallback?: () => readonly string[]): string {
  const match = (list: readonly (string | null | undefined)[]) =>
    list.map((tag) => String(tag ?? '').toLowerCase().split(/[-_]/)[0]).find((primary) => LANGUAGES.includes(primary));
  return match(wanted) ?? match(fallback?.() ?? []) ?? 'en';
}

export const isRtl = (lang: string): boolean => RTL.test(lang);

/** The texts of a loaded language (else English), with the page author's overrides on top (only string values are taken). */
export function textsFor(lang: string, overrides?: Partial<Record<string, unknown>> | null): Texts {
  const list = (loaded[lang] || en).split('|');
  const texts = Object.fromEntries(TEXT_KEYS.map((key, i) => [key, list[i]])) as Texts;
  if (overrides && typeof overrides === 'object')
    for (const [key, value] of Object.entries(overrides)) if (typeof value === 'string' && key !== '__proto__') texts[key] = value;
  return texts;
}
