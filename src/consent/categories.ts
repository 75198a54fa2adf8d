/** The category that is always granted and never switchable. */
export const NECESSARY = 'necessary';

/** The optional categories offered when the page author does not say otherwise. */
export const DEFAULT_CATEGORIES = ['functional', 'analytical'];

/** The cookies each default category governs (SPEC §3), from Creatio's table. */
export const DEFAULT_COOKIES: Readonly<Record<string, string>> = {
  functional: 'UserName',
  analytical: '_ga _ga_*',
};

/** Consent per category; `necessary` is always `true`. */
export type Categories = Record<string, boolean>;

/** A category name as the attributes spell it: lower-case, short, safe as an object key. */
const CATEGORY_NAME = /^[a-z][a-z\d-]{0,30}$/;

export const isCategoryName = (name: string): boolean =>
  CATEGORY_NAME.test(name) && name !== '__proto__' && name !== 'constructor';

/** Splits a space-separated attribute into unique, non-empty words. */
export const words = (value: string | null | undefined): string[] =>
  [...new Set(String(value ?? '').split(/\s+/).filter(Boolean))];

/**
 * The optional categories an attribute offers: unknown or malformed words are dropped,
 * `necessary` cannot be listed (it is not optional).
 */
export const parseCategories = (value: string | null | undefined): string[] =>
  value == null ? [...DEFAULT_CATEGORIES] : words(value).filter((c) => isCategoryName(c) && c !== NECESSARY);

/**
 * Compiles cookie name patterns (`*` matches any run of characters) into one test.
 * Patterns are matched against the whole name and case-sensitively, as browsers compare names.
 */
export function matcher(patterns: readonly string[]): (name: string) => boolean {
  if (!patterns.length) return () => false;
  const source = patterns
    .map((p) => p.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*'))
    .join('|');
  const re = new RegExp(`^(?:${source})$`);
  return (name) => re.test(name);
}

/** Every optional category refused: the state with no decision (opt-in, nothing pre-ticked). */
export const refuseAll = (offered: readonly string[]): Categories =>
  Object.fromEntries([[NECESSARY, true], ...offered.map((c) => [c, false])]);

export const grantAll = (offered: readonly string[]): Categories =>
  Object.fromEntries([[NECESSARY, true], ...offered.map((c) => [c, true])]);

/** The names of the categories whose value differs between two states. */
export const changedCategories = (before: Categories | null, after: Categories): string[] =>
  Object.keys({ ...before, ...after }).filter((c) => c !== NECESSARY && !!before?.[c] !== !!after[c]);
