import Cookies from 'js-cookie';
import { decodeRecord, encodeRecord, type ConsentRecord } from '../consent/record.js';

/** Creatio's own spelling of the consent cookie's name. */
export const CONSENT_COOKIE = 'CookieConscent';

/**
 * Binds the decision to this host. A sibling subdomain can write `CookieConscent` on the parent
 * domain (tenants of one cloud share it), but no other host can set a `__Host-` cookie for this
 * one: where the decision is host-only on https, a record counts only if this companion names it.
 */
export const COMPANION_COOKIE = '__Host-CookieConscent';

/** What the companion holds: the record's id and when it was last changed. */
const binding = (record: ConsentRecord) => `${record.id}.${record.updated}`;

/**
 * Every cookie the page can see, in the browser's order, duplicates kept: `document.cookie` lists a
 * name once per domain/path it is set on, and js-cookie's `get` would keep only one of them.
 */
export function cookieList(jar: string): [name: string, value: string][] {
  return jar
    ? jar.split('; ').map((pair) => {
        const at = pair.indexOf('=');
        return at < 0 ? ['', pair] : [pair.slice(0, at), pair.slice(at + 1)];
      })
    : [];
}

/** The part of the Cookie Store API that lists the cookies a page sees. */
export interface CookieLister {
  getAll?(): Promise<{ name: string; value: string }[]>;
}

/**
 * The jar as `document.cookie` gives it, read without blocking the page where the Cookie Store API
 * can list it; `use` gets `undefined` where it cannot (then read `document.cookie`).
 */
export function jarSoon(store: CookieLister | undefined, use: (jar?: string) => void): void {
  if (!store?.getAll) return use();
  store.getAll().then(
    (list) => use(list.map(({ name, value }) => `${name}=${value}`).join('; ')),
    () => use(),
  );
}

const decodeValue = (value: string): string | null => {
  try {
    return Cookies.converter.read(value, CONSENT_COOKIE);
  } catch {
    // Malformed percent-encoding (e.g. a lone %E0) makes decodeURIComponent throw.
    return null;
  }
};

/**
 * The visitor's decision as stored by us. Several `CookieConscent` cookies may be visible (Creatio's
 * own sites set one of another format on `.creatio.com`); foreign or damaged ones are skipped, never
 * removed, and the newest of ours wins. `bound`: only the one the companion names counts (a record
 * the visitor did not make here, or none at all, means no decision).
 */
export function readRecord(jar: string, bound = false): ConsentRecord | null {
  const list = cookieList(jar);
  const companion = bound ? decodeValue(list.find(([name]) => name === COMPANION_COOKIE)?.[1] ?? '') : null;
  let best: ConsentRecord | null = null;
  for (const [name, value] of list) {
    if (name !== CONSENT_COOKIE) continue;
    const raw = decodeValue(value);
    const record = raw === null ? null : decodeRecord(raw);
    if (record && (!bound || binding(record) === companion) && (!best || record.updated > best.updated)) best = record;
  }
  return best;
}

/**
 * Where and how long the decision is stored. js-cookie writes the global `document`: the runtime
 * that passes these runs on the page's own window.
 */
export interface StoreOptions {
  expiresDays: number;
  /** `Secure`, on https pages. */
  secure: boolean;
  /** Share the decision with subdomains; host-only when empty. */
  domain?: string;
  /** Write the companion that binds the decision to this host (host-only, https). */
  bound?: boolean;
}

const attributes = ({ domain, secure }: StoreOptions) => ({
  path: '/',
  sameSite: 'Lax' as const,
  secure,
  ...(domain ? { domain } : {}),
});

export function writeRecord(record: ConsentRecord, options: StoreOptions): void {
  const expires = options.expiresDays;
  Cookies.set(CONSENT_COOKIE, encodeRecord(record), { ...attributes(options), expires });
  // `__Host-`: Secure, Path=/, no Domain, or the browser refuses it.
  if (options.bound) Cookies.set(COMPANION_COOKIE, binding(record), { path: '/', sameSite: 'Lax', secure: true, expires });
  // A `Domain` the browser refuses (a public suffix such as `co.uk`, which the configuration cannot
  // tell from a parent domain) stores nothing: then the decision is kept host-only.
  else if (options.domain && readRecord(document.cookie)?.updated !== record.updated) writeRecord(record, { ...options, domain: '' });
}

/** Removes our decision. A foreign `CookieConscent` on another domain is left where it is. */
export function eraseRecord(options: StoreOptions): void {
  Cookies.remove(CONSENT_COOKIE, attributes(options));
  if (options.domain) Cookies.remove(CONSENT_COOKIE, { path: '/' });
  if (options.bound) Cookies.remove(COMPANION_COOKIE, { path: '/', secure: true });
}
