/**
 * Writing the decision: what deciding needs and reading does not. Only the interface and the
 * embeds' pack decide, so the core, which runs on every page, reads the decision (./jar.ts) and
 * carries none of this; the runtime is handed it with each decision.
 */
import Cookies from 'js-cookie';
import { encodeRecord, randomId, type ConsentRecord } from '../consent/record.js';
import { COMPANION_COOKIE, CONSENT_COOKIE, binding } from './jar.js';

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
  // js-cookie returns what it wrote: its first pair is how the jar lists the cookie once stored.
  const [stored] = Cookies.set(CONSENT_COOKIE, encodeRecord(record), { ...attributes(options), expires })!.split(';');
  // `__Host-`: Secure, Path=/, no Domain, or the browser refuses it.
  if (options.bound) Cookies.set(COMPANION_COOKIE, binding(record), { path: '/', sameSite: 'Lax', secure: true, expires });
  // A `Domain` the browser refuses (a public suffix such as `co.uk`, which the configuration cannot
  // tell from a parent domain) stores nothing: then the decision is kept host-only.
  else if (options.domain && !document.cookie.includes(stored)) writeRecord(record, { ...options, domain: '' });
}

/** Removes our decision. A foreign `CookieConscent` on another domain is left where it is. */
export function eraseRecord(options: StoreOptions): void {
  Cookies.remove(CONSENT_COOKIE, attributes(options));
  if (options.domain) Cookies.remove(CONSENT_COOKIE, { path: '/' });
  if (options.bound) Cookies.remove(COMPANION_COOKIE, { path: '/', secure: true });
}

/** What the runtime is handed to carry out a decision (`ConsentRuntime.decide`, `reset`). */
export interface RecordStore {
  write: typeof writeRecord;
  erase: typeof eraseRecord;
  /** A new record's id. */
  id: typeof randomId;
}

/** The decision cookie, written with js-cookie on the page's own document. */
export const recordStore: RecordStore = { write: writeRecord, erase: eraseRecord, id: randomId };
