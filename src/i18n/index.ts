import ar from './ar.js';
import de from './de.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import it from './it.js';
import nl from './nl.js';
import pl from './pl.js';
import pt from './pt.js';
import uk from './uk.js';

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

/** Each language is one `|`-separated string: it is paid on every page view, so it carries no keys. */
export const LANGUAGES: Record<string, string> = { en, de, fr, es, it, nl, pt, pl, uk, ar };

const RTL = /^(ar|he|fa|ur)\b/;

/**
 * The built-in language for a list of wanted tags ("de-DE", "pt-BR", ...): first match by primary
 * subtag, else the `fallback` list's first match, else English. The fallback is a function because
 * reading `navigator.languages` is not free on a page load, and a page's `lang` usually decides first.
 */
export function pickLanguage(wanted: readonly (string | null | undefined)[], fallback?: () => readonly string[]): string {
  const match = (list: readonly (string | null | undefined)[]) =>
    list.map((tag) => String(tag ?? '').toLowerCase().split(/[-_]/)[0]).find((primary) => Object.hasOwn(LANGUAGES, primary));
  return match(wanted) ?? match(fallback?.() ?? []) ?? 'en';
}

export const isRtl = (lang: string): boolean => RTL.test(lang);

/** The texts of a language, with the page author's overrides on top (only string values are taken). */
export function textsFor(lang: string, overrides?: Partial<Record<string, unknown>> | null): Texts {
  const list = (LANGUAGES[lang] ?? en).split('|');
  const texts = Object.fromEntries(TEXT_KEYS.map((key, i) => [key, list[i]])) as Texts;
  if (overrides && typeof overrides === 'object')
    for (const [key, value] of Object.entries(overrides)) if (typeof value === 'string' && key !== '__proto__') texts[key] = value;
  return texts;
}
