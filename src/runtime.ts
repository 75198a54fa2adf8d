/**
 * The browser-facing half of the product: one per page, started when the script runs (before the
 * element exists), it holds the decision and applies it — write guard, clearing, script gating,
 * Consent Mode, receipts, other tabs. The element configures it and renders its state.
 */
import { DEFAULT_CATEGORIES, DEFAULT_COOKIES, NECESSARY, changedCategories, grantAll, matcher, refuseAll, words, type Categories } from './consent/categories.js';
import { NECESSARY_PATTERNS } from './consent/catalogue.js';
import { decide, isValid, type Cause } from './consent/policy.js';
import type { ConsentRecord } from './consent/record.js';
import { clearCookies, visibleNames, type ClearResult } from './cookies/clear.js';
import { guardCookieStore, guardDocumentCookie } from './cookies/guard.js';
import { CONSENT_COOKIE, eraseRecord, readRecord, writeRecord } from './cookies/jar.js';
import { ConsentChangeEvent, ConsentReadyEvent, type ConsentReadyDetail } from './events.js';
import { consentDefault, consentUpdate } from './integrations/consent-mode.js';
import { receiptFor, sameOriginUrl, sendReceipt } from './integrations/receipt.js';
import { releaseGated, watchGated } from './integrations/script-gate.js';
import { watchOtherTabs } from './integrations/sync.js';

export interface ConsentConfig {
  /** The optional categories offered, in order. */
  categories: string[];
  /** Cookie names and patterns per category. */
  cookies: Record<string, string[]>;
  revision: number;
  expiresDays: number;
  /** `Domain` for the decision cookie; host-only when empty. */
  cookieDomain: string;
  /** Same-origin endpoint that receives every decision. */
  consentUrl: string;
}

export const defaultConfig = (): ConsentConfig => ({
  categories: [...DEFAULT_CATEGORIES],
  cookies: Object.fromEntries(Object.entries(DEFAULT_COOKIES).map(([c, list]) => [c, words(list)])),
  revision: 1,
  expiresDays: 365,
  cookieDomain: '',
  consentUrl: '',
});

/** Never governed, whatever a page author configures: Creatio's strictly necessary cookies and our own. */
const isNecessary = matcher([...NECESSARY_PATTERNS, CONSENT_COOKIE]);

const randomId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** Whether the browser sends Global Privacy Control. */
export const gpc = () => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

type Listener = () => void;

const whenIdle = (task: () => void): unknown =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 1000);

export class ConsentRuntime {
  config = defaultConfig();
  /** The stored decision; `undefined` until the jar is first read (see the constructor). */
  #record: ConsentRecord | null | undefined;
  /** Elements that render this runtime; the first one connected dispatches the change events. */
  readonly hosts: HTMLElement[] = [];
  #listeners = new Set<Listener>();
  #blocks: (name: string) => boolean;
  #broadcast: (message: string) => void = () => {};
  #sending: Promise<unknown> = Promise.resolve();
  #seenJar = '';
  #gating = false;

  readonly #doc: Document;

  constructor(doc: Document = document) {
    this.#doc = doc;
    // The page's first read of document.cookie is a synchronous round trip to the browser's network
    // process, and in <head>, while the page loads, it was the costliest thing this script did (a
    // fifth of its main-thread time). So the jar is read when something first needs the decision:
    // the element rendering, the parser finishing, or a write of a cookie some category governs —
    // the guard asks before it answers, so no write is let through or dropped on a guess.
    const governed = matcher(Object.values(this.config.cookies).flat());
    const waiting = (name: string) => governed(name) && !isNecessary(name) && (this.#load(), this.#blocks === waiting || this.#blocks(name));
    this.#blocks = waiting;
    guardDocumentCookie(doc, (name) => this.#blocks(name));
    const store = (window as unknown as { cookieStore?: EventTarget & Parameters<typeof guardCookieStore>[0] }).cookieStore;
    guardCookieStore(store, (name) => this.#blocks(name));
    // Needs no decision (nothing is granted before one) and must precede every later tag; the
    // update follows when the jar is read, within the default's wait_for_update.
    consentDefault(refuseAll(this.config.categories));
    // What can wait for the parser waits: gated elements are looked for once it is done, not on
    // every node it inserts, and the cookie and tab watchers (each a round trip to the browser
    // process) start then too. Together they were most of the script's main-thread time on a load.
    const whenParsed = () => {
      this.#gating = true;
      releaseGated(doc, (c) => this.granted(c));
      watchGated(doc, (c) => this.granted(c));
      // Cookies can also arrive from the server (Set-Cookie) or another tab: look at each change
      // where the Cookie Store API reports them, and poll the cheap cookie string where it does not
      // (there a broadcast brings another tab's decision at once, rather than within the second).
      this.#broadcast = watchOtherTabs(() => this.refresh(), !store);
      if (store) store.addEventListener('change', () => this.#onJarChange());
      else setInterval(() => this.#onJarChange(), 1000);
      // The decision, if nothing needed it yet, and whatever changed while the page was parsing.
      const jar = doc.cookie;
      this.#load(jar);
      this.#onJarChange(jar);
    };
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', whenParsed, { once: true });
    else whenParsed();
    doc.addEventListener('click', (event) => {
      const opener = (event.composedPath()[0] as Element | undefined)?.closest?.('[data-cookie-settings]');
      const host = this.hosts[0] as (HTMLElement & { showPreferences?: () => void }) | undefined;
      if (opener && host?.showPreferences) {
        event.preventDefault();
        host.showPreferences();
      }
    });
  }

  /** The valid stored decision, `null` when the visitor has not decided (or must decide again). */
  get record(): ConsentRecord | null {
    if (this.#record === undefined) this.#load();
    return this.#record!;
  }

  set record(record: ConsentRecord | null) {
    this.#record = record;
  }

  /** The first read of the jar: the stored decision, the guard's list, Consent Mode, clearing. */
  #load(jar: string = this.#doc.cookie): void {
    if (this.#record !== undefined) return;
    this.#record = this.#stored(jar);
    this.#rebuild();
    if (this.#record) consentUpdate(this.categories);
    this.#clear(jar);
  }

  /** The current state per category; with no decision every optional category is refused. */
  get categories(): Categories {
    const state = refuseAll(this.config.categories);
    if (this.record) for (const c of this.config.categories) state[c] = this.record.categories[c] === true;
    return state;
  }

  granted(category: string): boolean {
    return category === NECESSARY || (!!this.record && this.categories[category] === true);
  }

  get detail(): ConsentReadyDetail {
    return { decided: !!this.record, categories: this.categories, consent: this.record };
  }

  /** The names and patterns of every refused category's cookies. */
  get refusedCookies(): string[] {
    const granted = this.categories;
    return Object.entries(this.config.cookies).flatMap(([c, list]) => (granted[c] ? [] : list));
  }

  #announced = false;

  /** Fires `creatio-consent-ready` on `target`, once per page however many elements there are. */
  announce(target: EventTarget): void {
    if (this.#announced) return;
    this.#announced = true;
    target.dispatchEvent(new ConsentReadyEvent(this.detail));
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Applies the element's attributes. The stored decision is re-read: a raised revision asks again. */
  configure(config: ConsentConfig): void {
    const endpoint = this.config.consentUrl;
    if (this.#record === undefined) {
      // Nothing needed the decision yet: read it once, under the page author's configuration.
      this.config = config;
      this.#load();
    } else {
      const before = this.categories;
      this.config = config;
      const jar = this.#doc.cookie;
      this.record = this.#stored(jar);
      this.#apply(before, undefined, jar);
    }
    // Receipts that failed earlier go out once the page is idle: the first localStorage read of a
    // page is a round trip to the browser, and nothing on screen waits for it. A decision made in
    // the meantime has sent the queue with its own receipt already.
    if (config.consentUrl && config.consentUrl !== endpoint) {
      const sending = this.#sending;
      whenIdle(() => sending === this.#sending && this.#flushReceipts());
    }
  }

  acceptAll(): void {
    const all = grantAll(this.config.categories);
    // Global Privacy Control: accepting "all" does not include measurement and ads; the visitor can
    // still switch them on one by one in the preferences.
    if (gpc()) all.analytical = all.marketing = false;
    this.decide(all, 'accept-all');
  }

  rejectAll(): void {
    this.decide(refuseAll(this.config.categories), 'reject-all');
  }

  /** Records a decision; categories that are not offered are ignored, unlisted ones are refused. */
  decide(choice: Partial<Categories>, cause: Cause): void {
    const before = this.categories;
    const state = refuseAll(this.config.categories);
    for (const c of this.config.categories) state[c] = choice[c] === true;
    const record = decide(this.record, state, this.config.revision, new Date(), randomId);
    writeRecord(record, this.#options);
    // Held as made, not read back: with cookies disabled the decision still holds for this page,
    // and an older record of ours still visible elsewhere must not win over it.
    this.record = record;
    this.#changed(before, cause);
    if (this.config.consentUrl) {
      const receipt = receiptFor(record, cause, this.refusedCookies);
      this.#queue((url) => sendReceipt(url, receipt));
    }
  }

  /** Forgets the decision: everything optional is refused again and the banner asks. */
  reset(): void {
    const before = this.categories;
    eraseRecord(this.#options);
    this.record = null;
    this.#changed(before, 'reset');
  }

  /** Re-reads the stored decision (another tab may have changed it) and applies a difference. */
  refresh(jar?: string): void {
    const before = this.categories;
    const record = this.#stored(jar);
    if (JSON.stringify(record) === JSON.stringify(this.record)) return;
    this.record = record;
    this.#apply(before, 'other-tab');
  }

  get #options() {
    return { expiresDays: this.config.expiresDays, domain: this.config.cookieDomain };
  }

  #stored(jar?: string): ConsentRecord | null {
    const record = readRecord(jar);
    return isValid(record, this.config.revision, this.config.expiresDays, new Date()) ? record : null;
  }

  #changed(before: Categories, cause: Cause): void {
    this.#broadcast('changed');
    this.#apply(before, cause);
  }

  #rebuild(): void {
    const refused = matcher(this.refusedCookies);
    // The short refused-list test first: most writes are of other cookies and stop there.
    this.#blocks = (name) => refused(name) && !isNecessary(name);
  }

  /** Clears refused cookies; `jar` is a fresh read of document.cookie when the caller has one. */
  #clear(jar: string = this.#doc.cookie): ClearResult {
    const result = clearCookies(this.#blocks, this.#doc, jar);
    this.#seenJar = result.removed.length || result.remaining.length ? this.#doc.cookie : jar;
    return result;
  }

  #apply(before: Categories, cause?: Cause, jar?: string): void {
    this.#rebuild();
    const { removed, remaining } = this.#clear(jar);
    const after = this.categories;
    const changed = changedCategories(before, after);
    if (changed.length || cause) consentUpdate(after);
    // Before the parser is done, whenParsed releases them all, in document order.
    if (this.#gating) releaseGated(this.#doc, (c) => this.granted(c));
    for (const listener of this.#listeners) listener();
    if (cause)
      (this.hosts[0] ?? this.#doc).dispatchEvent(
        new ConsentChangeEvent({ ...this.detail, changed, cause, cleared: removed, remaining }),
      );
  }

  #onJarChange(jar: string = this.#doc.cookie): void {
    if (jar === this.#seenJar) return;
    this.#seenJar = jar;
    if (visibleNames(this.#blocks, jar).length) this.#clear(jar);
    this.refresh(jar);
  }

  #flushReceipts(): void {
    this.#queue((url) => sendReceipt(url, null));
  }

  /** Receipts go out one at a time, so a retry never races a new decision. */
  #queue(send: (url: string) => Promise<boolean>): void {
    const url = sameOriginUrl(this.config.consentUrl);
    if (url) this.#sending = this.#sending.then(() => send(url));
  }
}

const KEY = Symbol.for('creatio-cookie-consent');

/**
 * The page's runtime, started on first use. Kept on `window` under a registered symbol, so a
 * second copy of the script (loaded twice, or once as a module and once as the drop-in) shares it
 * instead of installing a second guard.
 */
export function consentRuntime(): ConsentRuntime {
  const w = window as unknown as Record<symbol, ConsentRuntime | undefined>;
  return (w[KEY] ??= new ConsentRuntime(document));
}
