/** The category that is always granted and never switchable. */
export const NECESSARY = 'necessary';

/** The optional categories offered when the page author does not say otherwise. */
export const DEFAULT_CATEGORIES = ['functional', 'analytical'];

/**
 * The cookies a category governs unless its `<category>-cookies` attribute says otherwise (SPEC §3):
 * Creatio's `UserName`; the whole Google Analytics family (gtag.js and GTM set more than the `_ga`
 * and `_ga_*` of Creatio's table) and Creatio Marketing's website tracking id; Google Ads' `_gcl_*`
 * (refused where no `marketing` category is offered: nothing there can grant them).
 */
export const DEFAULT_COOKIES: Readonly<Record<string, string>> = {
  functional: 'UserName',
  analytical: '_ga _ga_* _gid _gat _gat_* _gac_* _dc_gtm_* bpmTrackingId',
  marketing: '_gcl_*',
};

/** How many optional categories a page may offer: every one must fit in the decision cookie. */
export const MAX_CATEGORIES = 32;

/** Consent per category; `necessary` is always `true`. */
export type Categories = Record<string, boolean>;

/** A category name as the attributes spell it: lower-case, short, safe as an object key. */
const CATEGORY_NAME = /^[a-z][a-z\d-]{0,30}$/;

/**
 * `__proto__` cannot match the pattern; `constructor`, the one lower-case name every plain object
 * answers for, would read as a label or a text that is not there.
 */
export const isCategoryName = (name: string): boolean => CATEGORY_NAME.test(name) && name !== 'constructor';

/** Splits a space-separated attribute into unique, non-empty words. */
export const words = (value: string | null | undefined): string[] =>
  [...new Set(String(value ?? '').split(/\s+/).filter(Boolean))];

/**
 * The optional categories an attribute offers: unknown or malformed words are dropped,
 * `necessary` cannot be listed (it is not optional).
 */
export function parseCategories(value: string | null | undefined): string[] {
  const offered = value == null ? [...DEFAULT_CATEGORIES] : words(value).filter((c) => isCategoryName(c) && c !== NECESSARY);
  if (offered.length > MAX_CATEGORIES) console.warn(`creatio-cookie-consent: ${MAX_CATEGORIES} categories at most`);
  return offered.slice(0, MAX_CATEGORIES);
}

/**
 * Compiles cookie name patterns (`*` matches any run of characters) into one test, against the
 * whole name. Case-sensitively, as browsers compare names, except the patterns `caseless` names:
 * a server that reads cookie names case-insensitively (Creatio's, ASP.NET) reads `username` as
 * `UserName`.
 */
export function matcher(patterns: readonly string[], caseless: readonly string[] = []): (name: string) => boolean {
  const lower = caseless.map((name) => name.toLowerCase());
  // Not a regular expression: anyone (a tag, a server, a sibling subdomain) picks the names tested,
  // and one made against a pattern of several wildcards would make it backtrack for hours.
  const tests = patterns.map((pattern) => {
    const fold = lower.includes(pattern.toLowerCase());
    const [first, ...parts] = (fold ? pattern.toLowerCase() : pattern).split('*');
    const last = parts.pop();
    return (name: string) => {
      if (fold) name = name.toLowerCase();
      if (last === undefined) return name === first;
      let at = first.length;
      // Each part at its first place after the one before: with `*` alone, that finds a match if any.
      for (const part of parts) {
        if ((at = name.indexOf(part, at)) < 0) return false;
        at += part.length;
      }
      return name.startsWith(first) && name.length - last.length >= at && name.endsWith(last);
    };
  });
  return (name) => tests.some((test) => test(name));
}

/**
 * Every offered category at one value, `necessary` granted. The map has no prototype: with a page's
 * `Object.prototype` polluted (a flawed query parser or deep merge), a category it does not hold
 * reads `undefined`, not what the pollution says, in Consent Mode, gating and the page's own reads.
 */
const everyCategory = (offered: readonly string[], value: boolean): Categories =>
  Object.setPrototypeOf(Object.fromEntries([[NECESSARY, true], ...offered.map((c) => [c, value])]), null);

/** Every optional category refused: the state with no decision (opt-in, nothing pre-ticked). */
export const refuseAll = (offered: readonly string[]): Categories => everyCategory(offered, false);

export const grantAll = (offered: readonly string[]): Categories => everyCategory(offered, true);

/** The names of the categories whose value differs between two states. */
export const changedCategories = (before: Categories | null, after: Categories): string[] =>
  Object.keys({ ...before, ...after }).filter((c) => c !== NECESSARY && !!before?.[c] !== !!after[c]);
