import { refusedCookies } from '../consent/machine.js';
import { OWN_KEYS } from '../consent/record.js';
import { jarOf } from '../cookies/jar.js';
import { runtimeOf } from '../runtime/registry.js';
import { httpUrl } from '../url.js';
import { warn } from './diagnostics.js';
import { keep, pending, receiptFor, type ConsentReceipt, type Made } from './queue.js';

export { owe, receiptFor, type ConsentReceipt, type Made } from './queue.js';

/** Resolves `url` against the page; only a same-origin http(s) URL is accepted. */
export function sameOriginUrl(url: string | null | undefined, base: string): string | null {
  const target = httpUrl(url, base);
  return target && new URL(target).origin === new URL(base).origin ? target : null;
}

/** Creatio's anti-CSRF token, which also names the sign-in session. */
const csrfOf = (win: Window) => /(?:^|;\s*)BPMCSRF=([^;]*)/.exec(jarOf(win.document))?.[1];

/**
 * The answers that refuse the receipt itself (malformed, too large, unprocessable): sending it
 * again cannot succeed, and keeping it would hold back every later receipt behind it.
 */
const REFUSED = [400, 413, 422];

/** Whether the receipt is done with: delivered (`2xx`) or refused for what it is. */
async function post(win: Window, url: string, receipt: ConsentReceipt, timeoutMs: number): Promise<boolean> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const csrf = csrfOf(win);
  // Creatio checks its anti-CSRF token in this header on every POST.
  if (csrf) headers.BPMCSRF = csrf;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    // Without a prototype: a member a polluted `Object.prototype` holds (`integrity`, `mode`) would
    // make every request fail, and the receipts wait for ever.
    const response = await win.fetch(url, <RequestInit>{
      __proto__: null,
      method: 'POST',
      headers,
      body: JSON.stringify(receipt),
      credentials: 'same-origin',
      keepalive: true,
      signal: abort.signal,
      // A redirect (a sign-in wall) is followed with a GET, without the receipt: whatever answers
      // then never had it. It stays queued, for when the endpoint answers itself.
      redirect: 'manual',
    });
    if (response.type == 'opaqueredirect') console.warn('creatio-cookie-consent: consent-url redirects; the receipt waits:', url);
    if (response.ok) return true;
    // Dropped for good (a server set up for other categories than the page's refuses every one): said where an administrator looks.
    const refused = REFUSED.includes(response.status);
    if (refused) console.warn('creatio-cookie-consent: consent-url refused a receipt:', response.status, await response.text().catch(() => ''));
    return refused;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends the receipt of a decision to `consentUrl` (only a same-origin http(s) one), after whatever
 * is waiting from earlier pages; `null` sends only what is waiting. `owed`: the decision's writer
 * queued it already (`owe`). The core loads this module when it first needs it.
 */
export function deliver(win: Window, consentUrl: string, made: Made | null, owed?: boolean): Promise<boolean> {
  // An opaque origin (a frame sandboxed without allow-same-origin) is no URL's: its address names
  // a server whose origin it does not have.
  const url = win.origin != 'null' ? sameOriginUrl(consentUrl, win.location.href) : null;
  // Else an administrator waits for receipts that never come, with nothing said.
  if (!url) warn(`consent-url is not on this page's origin; receipts wait for one that is: ${consentUrl}`);
  // The server has heard of the decision in this session: no need to repeat it for the session.
  if (made) newSession(win, csrfOf(win));
  return url ? sendReceipt(win, url, made && !owed ? receiptFor(made.record, made.cause, made.refused, win.location) : null) : Promise.resolve(false);
}

const SESSION = `${OWN_KEYS}session`;

/**
 * Whether `token` (Creatio's BPMCSRF) names a session the server has not heard the decision in,
 * remembering that it has now. Across tabs and page loads; a digest, not the token, is kept.
 */
function newSession(win: Window, token: string | undefined): boolean {
  let digest = 2166136261; // FNV-1a
  for (const c of token ?? '') digest = Math.imul(digest ^ c.charCodeAt(0), 16777619);
  const key = (digest >>> 0).toString(36);
  try {
    if (!token || win.localStorage.getItem(SESSION) === key) return false;
    win.localStorage.setItem(SESSION, key);
  } catch {
    // No storage: said again on each page of a new session, which costs a request, not a decision.
  }
  return true;
}

/**
 * A new sign-in (Creatio's `BPMCSRF` changes) sets HttpOnly `UserName` again, which no script can
 * see: a decision that refuses something is repeated to the server once per session (cause
 * `session`), so that it expires what the visitor refused. Returns a look, taken once the page has
 * loaded and every second after (./watch.ts): off the page's load, where the request would compete.
 */
export function tellSession(win: Window): () => void {
  /** The session this page looked at last: a new one is checked against what every page told. */
  let told: string | undefined;
  const runtime = runtimeOf(win);
  return () => {
    const state = runtime?.state;
    // The jar is read only on pages that send receipts.
    if (!state?.record || !state.config.consentUrl) return;
    const token = csrfOf(win);
    if (!token || token === told) return;
    told = token;
    const refused = refusedCookies(state);
    // A receipt of this decision still waiting (behind a slow one, or its page went before it was
    // sent) tells the session when it goes: sent again as the session's, one decision would be
    // recorded twice.
    const { id, updated } = state.record;
    const waiting = pending(win).some((receipt) => receipt.consentId === id && receipt.updatedAt === updated);
    if (refused.length && newSession(win, token) && !waiting) void deliver(win, state.config.consentUrl, { record: state.record, cause: 'session', refused });
  };
}

/**
 * Sends the receipts that are waiting, oldest first, then the new one. One that fails stays queued
 * in localStorage and goes out with the next page load or decision, so a failing endpoint delays
 * the record of consent but never loses it (the decision itself is already in its cookie). One the
 * server refuses for what it is (400, 413, 422) is dropped. Resolves to whether nothing is left
 * waiting; never rejects.
 */
export async function sendReceipt(win: Window, url: string, receipt: ConsentReceipt | null, timeoutMs = 10_000): Promise<boolean> {
  // Tabs of one site share the queue: one at a time sends it, so two tabs loading together do not
  // both send what an earlier page left (Web Locks, where the browser has them).
  // A browser that blocks every cookie refuses the page its storage and the lock with it: there is
  // no queue to share, and the receipt goes at once (sendQueued itself never rejects).
  const locks = (win.navigator as Navigator & { locks?: LockManager }).locks;
  const send = () => sendQueued(win, url, receipt, timeoutMs);
  return locks ? locks.request('creatio-cookie-consent:receipts', send).catch(send) : send();
}

async function sendQueued(win: Window, url: string, receipt: ConsentReceipt | null, timeoutMs: number): Promise<boolean> {
  const all = receipt ? [...pending(win), receipt] : pending(win);
  // Kept as read, too: a decision `owe` queued keeps the receipt id it was just given.
  if (all.length) keep(win, all);
  const sent = new Set<string>();
  for (const item of all) {
    if (!(await post(win, url, item, timeoutMs))) break;
    sent.add(JSON.stringify(item));
  }
  // Another decision may have queued meanwhile, and made the full queue drop its oldest: what went
  // out is dropped as it was sent, not by its place, which has moved. Not by `receiptId`: a version
  // that gave none queued receipts without.
  keep(win, pending(win).filter((item) => !sent.has(JSON.stringify(item))));
  return all.every((item) => sent.has(JSON.stringify(item)));
}
