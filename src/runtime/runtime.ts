/**
 * The browser half of the product: feeds the state machine (../consent/machine.ts) with what
 * happens on the page and carries out the effects it returns through the adapters — the write
 * guard, clearing, the decision cookie, Consent Mode, script gating, receipts, other tabs. Every
 * global comes from the window it is given. It knows nothing of elements: views subscribe.
 */
import { NECESSARY, refuseAll, type Categories } from '../consent/categories.js';
import { STORAGE_MARK, configFrom, type AttributeReader } from '../consent/config.js';
import { isNecessary, refuses, type BlockTest } from '../consent/governed.js';
import { advance, granted, initialFromTag, known, refusedCookies, same, type ConsentState, type Effects, type Input } from '../consent/machine.js';
import type { Cause } from '../consent/policy.js';
import { CONSENT_COOKIE, type ConsentRecord } from '../consent/record.js';
import { clearCookies } from '../cookies/clear.js';
import { frameGuard, rootsToWatch } from '../cookies/frames.js';
import { guardRealm, type CookieStoreLike } from '../cookies/guard.js';
import { isBound, jarOf, jarSoon, onChange, readRecord, type CookieLister } from '../cookies/jar.js';
import type { RecordStore } from '../cookies/store.js';
import { ConsentChangeEvent, ConsentReadyEvent, type ConsentReadyDetail, type Listener } from '../events.js';
import { consentDefault, consentUpdate } from '../integrations/consent-mode.js';
import { alive, GATED, takeGated, watchInserted } from '../integrations/script-gate.js';
import { vendorSignals } from '../integrations/vendors.js';
import { later, type Later } from './later.js';
import { whenParsed } from './schedule.js';

type Store = EventTarget & CookieStoreLike & CookieLister;

export class ConsentRuntime {
  #state: ConsentState;
  #blocks: BlockTest = () => false;
  #listeners = new Set<Listener>();
  #seenJar = '';
  #parsed = false;
  #ready = false;
  /** An asynchronous read of the jar is on its way: nothing reads it synchronously unless it must. */
  #reading = false;
  /** Writes through the guard so far; the jar as last read, with the writes it has seen; whether someone else wrote the decision since. */
  #writes = 0;
  #jar: [string, number] | undefined;
  #stale = false;
  readonly #gatedRoots = new Set<WeakRef<ShadowRoot>>();
  readonly #win: Window;
  readonly #doc: Document;
  readonly #base: AttributeReader;
  readonly #store: Store | undefined;
  readonly #later: Later;
  /** The nonce of the script that started it, empty where none: a gated script runs only with it (../integrations/activate.ts says why). */
  readonly nonce: string;

  /** `base`: the script tag's `data-*`, under the element's attributes (../consent/machine.ts `initialFromTag`); `nonce`: its nonce. */
  constructor(win: Window, base: AttributeReader = () => null, nonce = '') {
    this.nonce = nonce;
    this.#win = win;
    this.#later = later(win);
    const doc = (this.#doc = win.document);
    this.#base = base;
    this.#state = initialFromTag(base, win.location.hostname);
    this.#run({ guard: refusedCookies(this.#state) });
    // The first read of document.cookie is a synchronous round trip, the costliest thing this script would do on a load: the
    // Cookie Store lists the jar without blocking where it exists (where only it decides, even a list writes overtook: `#read`);
    // elsewhere it is read once the page is parsed, or when a governed write must be answered, dropped unread until final.
    const store = (this.#store = (win as unknown as { cookieStore?: Store }).cookieStore);
    if (store?.getAll) (this.#reading = true), jarSoon(store, (jar) => ((this.#reading = false), this.#read(this.#bound || !this.#writes ? jar : undefined)));
    const test: BlockTest = (name) => {
      this.#writes++;
      // Someone else wrote the decision cookie (another library, another copy of a page): the next
      // write that may be governed is answered after looking at the jar again, not on the old decision.
      if (name === CONSENT_COOKIE) this.#stale = true;
      else if (this.#stale && !isNecessary(name)) (this.#stale = false), this.#onJar();
      return answer(name);
    };
    const answer: BlockTest = (name) =>
      this.#blocks(name) && (!this.#state.final || this.#state.stored !== undefined || (this.#read(undefined, true), this.#blocks(name)));
    // Storage keys are governed as names of their own (../consent/config.ts); their writes leave the jar as it was.
    const keys: BlockTest = (key) => answer(STORAGE_MARK + key);
    guardRealm(win, test, keys);
    consentDefault(win, refuseAll(this.#state.config.categories), base); // needs no decision, and must precede every later tag
    vendorSignals?.(win, this.#state.config.integrations!, null);
    const roots = rootsToWatch(win);
    const parsed = () => {
      this.#parsed = true;
      // Through the Cookie Store where there is one: in Chromium the poll's reads of document.cookie cost about twice its lists.
      const guardFrames = frameGuard(win, test, keys, () => this.#jarSoon((jar) => this.#onJar(jar)));
      roots(watchInserted((root) => (this.#release(root), guardFrames(root))));
      // A page with gated scripts reads the decision now, not when the asynchronous read arrives.
      this.#read(undefined, !!doc.querySelector(GATED));
      this.#announce();
    };
    // Given back by the back/forward cache, or shown after Chromium prerendered it, where another page may have changed the
    // decision since: looked at before the page's own listeners act (these are the first), though the watchers have not come.
    win.addEventListener('pageshow', (event) => event.persisted && this.#onJar());
    doc.addEventListener('prerenderingchange', () => this.#onJar());
    // A reported change concerns the decision only through its own cookies and the names it refuses. Followed from the start,
    // not once the watchers come: another tab's decision arrives so, and a page's tags act while it loads (seconds, for some).
    const look = (soon: boolean, names?: string[]) =>
      names?.every((name) => !name.includes(CONSENT_COOKIE) && !this.#blocks(name)) || (soon ? this.#jarSoon((jar) => this.#onJar(jar)) : this.#onJar());
    onChange(store, look);
    const online = () => this.#state.config.consentUrl && this.#later.deliver(this.#state.config.consentUrl, null);
    this.#later.watch(store, { look, online, roots: () => alive(this.#gatedRoots) });
    whenParsed(doc, parsed);
  }

  /** Whether the decision is bound to this host by its companion (../cookies/jar.ts `isBound`). */
  get #bound(): boolean {
    return isBound(this.#state.config.cookieDomain, this.#win.location.protocol);
  }

  /** The configuration and decision now. Reading it changes nothing. */
  get state(): ConsentState {
    return this.#state;
  }

  /** The valid decision, `null` while the visitor has none (or it is not known yet). */
  get record(): ConsentRecord | null {
    return this.#state.record;
  }

  /** The state per category; with no decision every optional category is refused. */
  get categories(): Categories {
    return granted(this.#state);
  }

  /** What the page's events tell: whether there is a decision, the categories, the record. */
  get detail(): ConsentReadyDetail {
    return { decided: !!this.record, categories: this.categories, consent: this.record };
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Applies the page's configuration: `read` gives an attribute (an element's), the script tag's
   * `data-*` fill in what it does not say. `final`: this is the page's own configuration; grants
   * held until then are given now, if the stored decision answers under it.
   */
  configure(read: AttributeReader, final = true): void {
    const wasKnown = known(this.#state);
    const wasBound = this.#bound;
    this.#input({ type: 'configure', config: configFrom((name) => read(name) ?? this.#base(name), this.#win.location.hostname), final });
    // A vendor the element names hears its default now if it has not (those the script tag names heard it at once).
    vendorSignals?.(this.#win, this.#state.config.integrations!, null);
    this.#read();
    // Sharing the decision with subdomains or not changes which record counts: read it again.
    if (wasBound !== this.#bound) (this.#seenJar = ''), this.#onJar();
    // A known page looks again (a change event is a task away): at once if the decision was written since, else without blocking.
    if (wasKnown && this.#stale) (this.#stale = false), this.#onJar();
    else if (wasKnown) this.#jarSoon((jar) => this.#onJar(jar, undefined));
    this.#announce();
  }

  /** Records a decision (offered categories not named `true` refused, others ignored), made and written by `records` (../cookies/store.ts). */
  decide(choice: Partial<Categories>, cause: Cause, records: RecordStore): void {
    this.#read(undefined, true);
    this.#input({ type: 'decide', choice, cause, id: records.id(this.#win.crypto) }, records);
  }

  /** Forgets the decision: everything optional is refused again and the banner asks. */
  reset(records: RecordStore): void {
    this.#read(undefined, true);
    this.#input({ type: 'reset' }, records);
  }

  /** The jar without blocking (./jar.ts `jarSoon`), or `undefined` when a write since may have changed it. */
  #jarSoon(use: (jar?: string) => void, before = this.#writes): void {
    jarSoon(this.#store, (jar) => use(this.#writes === before ? jar : undefined));
  }

  /**
   * The first read of the decision: `jar` from the asynchronous read; without it the jar is read now, unless that read is on its
   * way and nothing `must` have it at once, or the decision is bound to this host: only the list decides then (../cookies/jar.ts
   * `jarSoon` says why; what must be answered before it is refused).
   */
  #read(jar?: string, must = false): void {
    if (this.#state.stored !== undefined) return;
    if (jar === undefined && (this.#reading && (this.#bound || !must) || (!must && !this.#state.final && !this.#parsed))) return;
    this.#reading = false;
    jar ??= jarOf(this.#doc);
    this.#jar = [jar, this.#writes];
    this.#input({ type: 'read', record: readRecord(jar, this.#bound) });
    this.#announce();
  }

  #announce(): void {
    if (this.#ready || !this.#parsed || !known(this.#state)) return;
    this.#ready = true;
    this.#notify(new ConsentReadyEvent(this.detail));
  }

  #notify(event?: ConsentReadyEvent | ConsentChangeEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  #input(input: Input, records?: RecordStore): void {
    const { state, effects } = advance(this.#state, input, new Date(), records?.decision);
    const changed = state !== this.#state;
    this.#state = state;
    this.#run(effects, records);
    if (changed) this.#notify();
  }

  /** `records`: given with a decision or a reset, the only inputs that store or erase. */
  #run({ store, erase, broadcast, guard, clear, consentMode, release, receipt, change }: Effects, records?: RecordStore): void {
    const { config } = this.#state;
    if (records) {
      if (store) records.write(store, config);
      if (erase) records.erase(config);
      this.#stale = false;
    }
    if (broadcast) this.#later.broadcast('changed');
    if (guard) this.#blocks = refuses(guard);
    let cleared = { removed: [] as string[], remaining: [] as string[] };
    if (clear) {
      // The jar as just read, if nothing was written since: no second round trip to the browser.
      const jar = this.#jar?.[1] === this.#writes ? this.#jar[0] : jarOf(this.#doc);
      cleared = clearCookies(this.#blocks, this.#doc, jar);
      this.#seenJar = cleared.removed.length || cleared.remaining.length ? jarOf(this.#doc) : jar;
    }
    if (consentMode) consentUpdate(this.#win, consentMode), vendorSignals?.(this.#win, config.integrations!, consentMode);
    // Before the parser is done, `parsed` releases them all, in document order (then the shadow roots').
    if (release && this.#parsed) [this.#doc, ...alive(this.#gatedRoots)].forEach((root) => this.#release(root));
    if (receipt) this.#later.deliver(config.consentUrl, receipt, records?.owe?.(receipt));
    if (change) this.#notify(new ConsentChangeEvent({ ...this.detail, ...change, cleared: cleared.removed, remaining: cleared.remaining }));
  }

  /** The jar changed (a server, another tab, another realm): clear what is refused, follow another tab's decision. Read where `#read` reads. */
  #onJar(jar?: string, cause: 'other-tab' | undefined = 'other-tab', tries = 4): void {
    if (!known(this.#state)) return;
    const listed = jar !== undefined || (this.#bound && !!this.#store?.getAll);
    if (jar === undefined && listed) return jarSoon(this.#store, (list) => list !== undefined && this.#onJar(list, cause, tries));
    jar ??= jarOf(this.#doc);
    // The jar as it was: the decision may still have reached its expiry since.
    if (jar === this.#seenJar) return this.#input({ type: 'read', record: this.#state.stored! });
    const record = readRecord(jar, this.#bound);
    // A list can lag this page's write, document.cookie another's (../cookies/jar.ts `jarSoon`): a change is followed once both show it.
    if (listed && !same(record, this.#state.stored) && !same(record, readRecord(jarOf(this.#doc), this.#bound)))
      return void (tries && this.#win.setTimeout(() => this.#jarSoon((list) => this.#onJar(list, cause, tries - 1)), 50));
    this.#jar = [(this.#seenJar = jar), this.#writes];
    const { removed, remaining } = clearCookies(this.#blocks, this.#doc, jar);
    // What is left is tried again on the next look: a frame's write can reach the jar after the deletion here meant to undo it.
    if (removed.length || remaining.length) this.#seenJar = remaining.length ? '' : jarOf(this.#doc);
    this.#input({ type: 'read', record, cause });
  }

  /** Takes the granted gated scripts and frames in `root` and runs them in document order, after any taken before. */
  #release(root: ParentNode): void {
    // `necessary` is not a gate: only a category the visitor granted lets marked markup run.
    this.#later.release(takeGated(root, (c) => c !== NECESSARY && this.categories[c] === true, this.#gatedRoots));
  }
}
