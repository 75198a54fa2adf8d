/**
 * The page's configuration, from attributes: the element's (`revision="2"`) over the script tag's
 * (`data-revision="2"`). Pure: the caller says how an attribute is read.
 */
import { DEFAULT_COOKIES, parseCategories, words } from './categories.js';
import { fitDomain } from './domains.js';

export interface ConsentConfig {
  /** The optional categories offered, in order. */
  categories: string[];
  /** Cookie names and patterns per category. */
  cookies: Record<string, string[]>;
  /** Policy revision: a decision on an older one asks again. */
  revision: number;
  /** Lifetime of a decision, in days. */
  expiresDays: number;
  /** `Domain` for the decision cookie; host-only when empty. */
  cookieDomain: string;
  /** Same-origin endpoint that receives every decision. */
  consentUrl: string;
}

/** Reads one attribute by its element name (`expires-days`); `null`/`undefined` when absent. */
export type AttributeReader = (name: string) => string | null | undefined;

/** Clamps an attribute number into a safe integer range, or gives the default. */
export function toInt(value: unknown, fallback: number, min: number, max: number): number {
  const n = typeof value === 'number' ? value : parseInt(String(value ?? ''), 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.trunc(n))) : fallback;
}

/** The configuration the attributes describe; anything malformed falls back to its default. */
export function configFrom(read: AttributeReader, hostname: string): ConsentConfig {
  const categories = parseCategories(read('categories'));
  const cookies: Record<string, string[]> = {};
  for (const c of new Set([...Object.keys(DEFAULT_COOKIES), ...categories])) cookies[c] = words(read(`${c}-cookies`) ?? DEFAULT_COOKIES[c]);
  return {
    categories,
    cookies,
    revision: toInt(read('revision'), 1, 0, 1e9),
    expiresDays: toInt(read('expires-days'), 365, 1, 3650),
    cookieDomain: fitDomain(read('cookie-domain'), hostname),
    consentUrl: read('consent-url') ?? '',
  };
}
