/**
 * Writing the decision: what deciding needs and reading does not. Only the interface and the
 * embeds' pack decide, so the core, which runs on every page, reads the decision (./jar.ts) and
 * carries none of this; the runtime is handed it with each decision.
 */
import Cookies from 'js-cookie';
import { decision } from '../consent/decision.js';
import { COMPANION_COOKIE, CONSENT_COOKIE, encodeRecord, randomId, type ConsentRecord } from '../consent/record.js';
import { owe, type Made } from '../integrations/queue.js';
import { binding, isBound, jarOf, shadowed, toJar } from './jar.js';

/**
 * Where and how long the decision is stored: the page's configuration (../consent/config.ts). It is
 * `Secure` on https pages, and there host-only decisions are bound to the host by their companion.
 * js-cookie writes the global `document`: the runtime that passes these runs on the page's own window.
 */
export interface StoreOptions {
  expiresDays: number;
  /** Share the decision with subdomains; host-only when empty. */
  cookieDomain: string;
}

const https = () => location.protocol === 'https:';

// js-cookie writes no attribute whose value is empty: an empty `domain` is a host-only cookie.
// `framed`: for a page framed by another site, where a `Lax` cookie is not stored at all: `None`,
// in the partition of the site that frames it (`Partitioned`), which only https allows (elsewhere
// the browser refuses the write, and Firefox says so in the console: none is tried there).
const attributes = (domain: string, framed?: boolean) => ({
  path: '/',
  sameSite: (framed ? 'None' : 'Lax') as 'None' | 'Lax',
  secure: https(),
  partitioned: framed,
  domain,
});

/**
 * js-cookie's `set`, which writes through `document.cookie`: where markup shadows it (./jar.ts
 * `jarOf`), and Chromium stores nothing, what it wrote goes through the accessor itself. js-cookie
 * also writes every attribute its options inherit (`for…in`): on a page whose `Object.prototype` a
 * library's flaw polluted (`Domain`, `Path`, `max-age`), the decision went where the next page does
 * not read it, or nowhere, and a withdrawn one stood. Such a write is undone and made again with
 * only the attributes given. Returns what was written.
 */
function put(name: string, value: string, options: Cookies.CookieAttributes): string {
  const text = Cookies.set(name, value, options)!;
  const given = text
    .split('; ')
    .filter((part, i) => !i || Object.hasOwn(options, part.split('=')[0]))
    .join('; ');
  if (given !== text) toJar(document, `${text}; max-age=0`);
  if (given !== text || shadowed(document)) toJar(document, given);
  return given;
}

/** js-cookie's `remove`, through `put`. */
const drop = (name: string, options: Cookies.CookieAttributes) => put(name, '', { ...options, expires: -1 });

export function writeRecord(record: ConsentRecord, { expiresDays: expires, cookieDomain }: StoreOptions): void {
  // Whether the jar took it: js-cookie returns what it wrote, whose first pair is how the jar lists it.
  const write = (domain: string, framed?: boolean) => {
    const [stored] = put(CONSENT_COOKIE, encodeRecord(record), { ...attributes(domain, framed), expires }).split(';');
    return jarOf(document).includes(stored);
  };
  try {
    // A `Domain` the browser refuses (a public suffix such as `co.uk`, which the configuration cannot
    // tell from a parent domain) stores nothing: then the decision is kept host-only; and where a
    // `Lax` cookie is not stored (a frame of another site), in the frame's partition.
    const framed = !write(cookieDomain) && !(cookieDomain && write('')) && https() && write('', true);
    // `__Host-`: Secure (a bound decision is on https), Path=/, no Domain, or the browser refuses it.
    if (isBound(cookieDomain, location.protocol)) put(COMPANION_COOKIE, binding(record), { ...attributes('', framed), expires });
  } catch {
    // No jar (a frame sandboxed without `allow-same-origin` throws on every write): the decision holds for this page only.
  }
}

/** Removes our decision, wherever `writeRecord` put it. A foreign `CookieConscent` on another domain is left where it is. */
export function eraseRecord({ cookieDomain: domain }: StoreOptions): void {
  try {
    // On http the first pass again, not a partitioned copy, which only https holds.
    for (const framed of [false, https()]) {
      drop(CONSENT_COOKIE, attributes(domain, framed));
      if (domain) drop(CONSENT_COOKIE, attributes('', framed));
      if (isBound(domain, location.protocol)) drop(COMPANION_COOKIE, attributes('', framed));
    }
  } catch {
    // No jar, nothing stored (`writeRecord`).
  }
}

/** What the runtime is handed to carry out a decision (`ConsentRuntime.decide`, `reset`). */
export interface RecordStore {
  /** The rule a decision and a reset follow (../consent/decision.ts). */
  decision: typeof decision;
  write: typeof writeRecord;
  erase: typeof eraseRecord;
  /** A new record's id. */
  id: typeof randomId;
  /**
   * Queues the decision's receipt (`consent-url`) in the same task as the cookie, so that a page
   * leaving at once loses neither; whether it did. Without it the receipt goes when the deferred
   * file is here.
   */
  owe?: (made: Made) => boolean;
}

/** The decision's rule; its cookie, written with js-cookie on the page's own document; its receipt, queued with it. */
export const recordStore: RecordStore = { decision, write: writeRecord, erase: eraseRecord, id: randomId, owe: (made) => owe(window, made) };
