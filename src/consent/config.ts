/**
 * The page's configuration, from attributes: the element's (`revision="2"`) over the script tag's
 * (`data-revision="2"`). Pure: the caller says how an attribute is read.
 */
import { DEFAULT_COOKIES, parseCategories, words } from './categories.js';
import { fitDomain } from './domains.js';
import { VENDOR_COOKIES } from './vendors.js';

export interface ConsentConfig {
  /** The optional categories offered, in order. */
  categories: string[];
  /**
   * The names and patterns each category governs: its cookies, and its `localStorage` /
   * `sessionStorage` keys (`<category>-storage`) written `=key`, which no cookie name can be.
   */
  cookies: Record<string, string[]>;
  /** Policy revision: a decision on an older one asks again. */
  revision: number;
  /** Lifetime of a decision, in days. */
  expiresDays: number;
  /** `Domain` for the decision cookie; host-only when empty. */
  cookieDomain: string;
  /** Same-origin endpoint that receives every decision. */
  consentUrl: string;
  /** The vendors told through their own consent APIs (`integrations`, only in the `.vendors.js` drop-in), see ../integrations/vendors.ts. */
  integrations?: string[];
}

/**
 * What marks a storage key among the names the categories govern beside cookie names (`=key`): no
 * cookie name can start with it (a cookie's name ends at its first `=`).
 */
export const STORAGE_MARK = '=';

/** The storage key a governed name stands for, or `undefined` for a cookie name. */
export const storageKeyOf = (name: string): string | undefined => (name[0] === STORAGE_MARK ? name.slice(1) : undefined);

/** Reads one attribute by its element name (`expires-days`); `null`/`undefined` when absent. */
export type AttributeReader = (name: string) => string | null | undefined;

/** Clamps an attribute number (`12`, `1e9`, `7 days`) into a safe integer range, or gives the default. */
export function toInt(value: unknown, fallback: number, min: number, max: number): number {
  // parseFloat reads a number through its text, and null or undefined as NaN.
  const n = parseFloat(<string>value);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.trunc(n))) : fallback;
}

/** The configuration the attributes describe; anything malformed falls back to its default. */
export function configFrom(read: AttributeReader, hostname: string): ConsentConfig {
  const categories = parseCategories(read('categories'));
  const cookies: Record<string, string[]> = {};
  // The catalogue's categories govern their cookies even on a page that does not offer them: there
  // the visitor was never asked, so nothing grants them (Google Ads' `_gcl_*` without `marketing`).
  for (const c of new Set([...Object.keys(DEFAULT_COOKIES), ...categories]))
    cookies[c] = [...words(read(`${c}-cookies`) ?? DEFAULT_COOKIES[c]), ...words(read(`${c}-storage`)).map((key) => STORAGE_MARK + key)];
  // So are a named vendor's, in its category, added to what the page lists there.
  const integrations: string[] = [];
  if (VENDOR_COOKIES)
    for (const v of words(read('integrations')))
      if (Object.hasOwn(VENDOR_COOKIES, v)) {
        const [c, names] = VENDOR_COOKIES[v];
        integrations.push(v);
        cookies[c] = [...(cookies[c] ?? words(read(`${c}-cookies`) ?? DEFAULT_COOKIES[c])), ...words(names)];
      }
  return {
    categories,
    cookies,
    revision: toInt(read('revision'), 1, 0, 1e9),
    // Browsers keep no cookie longer than 400 days.
    expiresDays: toInt(read('expires-days'), 365, 1, 400),
    cookieDomain: fitDomain(read('cookie-domain'), hostname),
    consentUrl: read('consent-url') ?? '',
    ...(VENDOR_COOKIES && { integrations }),
  };
}
