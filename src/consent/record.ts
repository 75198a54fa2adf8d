import { MAX_CATEGORIES, NECESSARY, isCategoryName, type Categories } from './categories.js';

/** Creatio's own spelling of the consent cookie's name. */
export const CONSENT_COOKIE = 'CookieConscent';

/**
 * Binds the decision to this host. A sibling subdomain can write `CookieConscent` on the parent
 * domain (tenants of one cloud share it), but no other host can set a `__Host-` cookie for this
 * one: where the decision is host-only on https, a record counts only if this companion names it.
 */
export const COMPANION_COOKIE = '__Host-CookieConscent';

/**
 * What the product keeps in storage begins so (the receipts waiting for the endpoint, the session
 * the server last heard of): no page's `<category>-storage` pattern governs it, or a `*` would lose
 * a receipt.
 */
export const OWN_KEYS = 'creatio-cookie-consent:';

/** The format version this code writes and accepts. */
export const FORMAT = 1;

/**
 * The decision stored in the `CookieConscent` cookie, as JSON. Servers read it too: the README
 * documents it, and changing a field means a new `v`.
 */
export interface ConsentRecord {
  /** Format version, always {@link FORMAT}. */
  v: number;
  /** Random id of this visitor's consent, kept across changes; links receipts together. */
  id: string;
  /** The policy revision the visitor decided on. */
  rev: number;
  /** When consent was first given (ISO 8601, UTC). */
  created: string;
  /** When the decision last changed (ISO 8601, UTC). */
  updated: string;
  /** The state of each category; `necessary` is always `true`. */
  categories: Categories;
}

/**
 * A record as the runtime holds it and hands it out (the element's `consent`, the events' detail):
 * frozen, categories too, so that a listener that changes it in place changes nothing. Only a
 * decision does, which stores it, tells the tags and sends its receipt. Its categories have no
 * prototype: a polluted `Object.prototype` cannot answer for a category the decision never held.
 */
export const frozen = (record: ConsentRecord): ConsentRecord => (Object.freeze(Object.setPrototypeOf(record.categories, null)), Object.freeze(record));

const ID = /^[\w-]{8,64}$/;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

const isTime = (value: unknown): value is string => typeof value === 'string' && ISO.test(value) && !isNaN(Date.parse(value));

/**
 * A random id for a consent or a receipt (the platform's `crypto` injected). randomUUID exists in
 * secure contexts only; on http pages 128 random bits in decimal serve as well.
 */
export const randomId = (crypto: Crypto): string => crypto.randomUUID?.() ?? crypto.getRandomValues(new Uint32Array(4)).join('-');

/**
 * Reads a record from the cookie's (already percent-decoded) value. Anything that is not exactly
 * our format — another consent manager's value, damaged or hand-edited JSON — gives `null`, which
 * callers treat as "no decision". Never throws, and copies only known fields, so `__proto__` or
 * `constructor` keys in the input reach nothing.
 */
export function decodeRecord(raw: string | null | undefined): ConsentRecord | null {
  if (!raw || raw.length > 4096 || raw[0] !== '{') return null;
  let data: Record<string, unknown>;
  try {
    // Read as given: a field the value lacks must not come from a polluted `Object.prototype`.
    data = Object.setPrototypeOf(JSON.parse(raw), null);
  } catch {
    return null;
  }
  // Starting with `{`, the value parsed to an object (not null, not a list) or threw.
  const { v, id, rev, created, updated, categories } = data;
  // Exactly our fields: anything added by hand or by another tool makes the value not ours.
  if (Object.keys(data).length !== 6) return null;
  if (
    v !== FORMAT ||
    typeof id !== 'string' ||
    !ID.test(id) ||
    !Number.isInteger(rev) ||
    (rev as number) < 0 ||
    !isTime(created) ||
    !isTime(updated) ||
    created > updated ||
    !categories ||
    typeof categories !== 'object' ||
    Array.isArray(categories)
  )
    return null;
  const entries = Object.entries(categories);
  if (entries.length > MAX_CATEGORIES + 1) return null;
  // Without a prototype: categories that lack `necessary` must not take it from a polluted one.
  const state = <Categories>(<unknown>{ __proto__: null });
  for (const [name, value] of entries) {
    if (!isCategoryName(name) || typeof value !== 'boolean') return null;
    state[name] = value;
  }
  if (state[NECESSARY] !== true) return null;
  return frozen({ v, id, rev: rev as number, created, updated, categories: state });
}

/** The cookie value for a record (JSON; js-cookie percent-encodes it on write). */
export const encodeRecord = (record: ConsentRecord): string => JSON.stringify(record);
