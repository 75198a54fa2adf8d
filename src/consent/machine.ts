/**
 * The consent state machine: what the page is configured with, what the visitor decided, and what
 * follows from an input — as data. No DOM, no clock of its own, no randomness: the runtime
 * (../runtime/runtime.ts) feeds it inputs and carries out the effects it returns, in order.
 *
 * Until the configuration is final (the page's own attributes are known) and the jar was read,
 * nothing is granted: a stored decision the page's configuration makes invalid (an older
 * revision, a category it never answered, an expiry the page shortened) never grants anything,
 * not even for a moment.
 */
import { changedCategories, refuseAll, type Categories } from './categories.js';
import { configFrom, type AttributeReader, type ConsentConfig } from './config.js';
import { decision } from './decision.js';
import { answersEvery, isValid, type Cause, type ChangeCause } from './policy.js';
import type { ConsentRecord } from './record.js';

export interface ConsentState {
  readonly config: ConsentConfig;
  /** Whether the configuration is the page's own: until then every grant is held. */
  readonly final: boolean;
  /** The record read from the jar or made here; `undefined` until the jar was read. */
  readonly stored: ConsentRecord | null | undefined;
  /**
   * The stored record while it is of this revision and not past its expiry, under the final
   * configuration, though it may not answer every category this page offers (it was made on a page
   * of the site that offers others): a new decision follows it. Grants nothing of itself.
   */
  readonly followed: ConsentRecord | null;
  /** The stored record while it answers under the final configuration, else `null`. */
  readonly record: ConsentRecord | null;
}

export type Input =
  /** The page's configuration; `final` once it is the page's own (it stays final). */
  | { type: 'configure'; config: ConsentConfig; final: boolean }
  /** What the jar holds now; `other-tab` when it changed under this page. */
  | { type: 'read'; record: ConsentRecord | null; cause?: 'other-tab' }
  /** A decision: offered categories not named `true` are refused. `id` is used for a first decision. */
  | { type: 'decide'; choice: Partial<Categories>; cause: Cause; id: string }
  | { type: 'reset' };

/**
 * What follows from an input, carried out in this order (the order of the fields): store or erase
 * the decision and tell other tabs; replace the guard's list; clear what it refuses; update Consent
 * Mode; run what is now granted; send the receipt; announce the change. A field that is absent has
 * nothing to do.
 */
export interface Effects {
  store?: ConsentRecord;
  erase?: true;
  /** Tell other tabs to read the jar again. */
  broadcast?: true;
  /** The names and patterns whose writes are dropped from now on. */
  guard?: string[];
  /** Delete the visible cookies the guard refuses. */
  clear?: true;
  /** `gtag('consent', 'update', …)` with these categories. */
  consentMode?: Categories;
  /** Run or load gated scripts and frames whose category is granted. */
  release?: true;
  receipt?: { record: ConsentRecord; cause: Cause; refused: string[] };
  change?: { cause: ChangeCause; changed: string[] };
}

/** Whether the decision is known: the configuration is final and the jar was read. */
export const known = (state: ConsentState): boolean => state.final && state.stored !== undefined;

/** The state per category now: with no valid decision (or none known yet) every optional one is refused. */
export function granted({ config, record }: ConsentState): Categories {
  const state = refuseAll(config.categories);
  if (record) for (const c of config.categories) state[c] = record.categories[c] === true;
  return state;
}

/**
 * What a decision made now starts from (the preferences' switches; `setConsent`, whose `choice`
 * goes over it, booleans only): the visitor's answers to the categories offered, where the decision
 * followed has one, the others refused. While the page asks about a category that decision never
 * answered, these grant nothing; with a valid decision they are what it grants.
 */
export function answers({ config, followed }: ConsentState, choice?: unknown): Categories {
  const on = refuseAll(config.categories);
  const named = Object(choice) as Partial<Categories>;
  for (const c of config.categories) on[c] = Object.hasOwn(named, c) && typeof named[c] == 'boolean' ? named[c]! : followed?.categories[c] === true;
  return on;
}

/** The names and patterns of every refused category's cookies and storage keys (`=key`). */
export function refusedCookies(state: ConsentState): string[] {
  const on = granted(state);
  return Object.entries(state.config.cookies).flatMap(([c, list]) => (on[c] ? [] : list));
}

function settle(config: ConsentConfig, final: boolean, stored: ConsentRecord | null | undefined, now: Date): ConsentState {
  const followed = final && isValid(stored, config.revision, config.expiresDays, now) ? stored! : null;
  return { config, final, stored, followed, record: followed && answersEvery(followed, config.categories) ? followed : null };
}

/** The state before any input: nothing read, nothing granted. */
export const initial = (config: ConsentConfig, final: boolean): ConsentState => settle(config, final, undefined, new Date(0));

/**
 * The state before any input, configured by the script tag's attributes (`read`). A tag that says
 * anything of the configuration carries the page's: final at once; else the page's element makes it so.
 */
export function initialFromTag(read: AttributeReader, hostname: string): ConsentState {
  let said = false;
  const config = configFrom((name) => {
    const value = read(name);
    said ||= value != null;
    return value;
  }, hostname);
  return initial(config, said);
}

/** Whether two values say the same (records, configurations: plain data). */
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A decision or a reset: the inputs only what decides gives (./decision.ts has their rule). */
export type Decision = Extract<Input, { type: 'decide' | 'reset' }>;

/** The next state and the effects that carry it out, in the order they must happen. */
export const step = (state: ConsentState, input: Input, now: Date): { state: ConsentState; effects: Effects } => advance(state, input, now, decision);

/**
 * `step`, with the rule for decisions and resets given by the caller: the core, which runs on every
 * page and only reads, carries none of it; the interface hands it over with each decision
 * (../cookies/store.ts `recordStore`).
 */
export function advance(state: ConsentState, input: Input, now: Date, decide?: typeof decision): { state: ConsentState; effects: Effects } {
  // Without a prototype, the input read as given and the effects as set: on a page whose
  // `Object.prototype` a library's flaw polluted, an absent `guard` or `cause` would read what the
  // pollution put there (a guard's list that refuses nothing, a change nobody made).
  input = <Input>(<unknown>{ __proto__: null, ...input });
  const effects = <Effects>{ __proto__: null };
  let { config, final, stored } = state;
  let cause: ChangeCause | undefined;
  /** What a receipt reports: the decision made, or the refusals a reset of one leaves. */
  let made: ConsentRecord | undefined;
  switch (input.type) {
    case 'configure':
      if (same(config, input.config) && (final || !input.final)) return { state, effects };
      config = input.config;
      final ||= input.final;
      break;
    case 'read':
      // The same record again: `expired` only if it no longer answers (below), else nothing.
      cause = stored !== undefined && same(stored, input.record) ? 'expired' : ((stored = input.record), input.cause);
      break;
    default:
      ({ stored, cause, made } = decide!(state, input, now, effects));
  }
  const next = settle(config, final, stored, now);
  // The same record read again is nothing, unless it reached the page's expiry since: a tab stays
  // open for days, and the cookie outlives an expiry the administrator shortened. (One from the
  // future that time made valid grants nothing on this page.)
  if (cause === 'expired' && (next.record || !state.record)) return { state, effects };
  const refused = refusedCookies(next);
  if (!same(refused, refusedCookies(state))) effects.guard = refused;
  if (!known(next)) return { state: next, effects };

  const first = !known(state);
  const after = granted(next);
  const changed = changedCategories(granted(state), after);
  if (!cause && !first && changed.length) cause = input.type === 'read' ? 'other-tab' : 'config';
  if (first || changed.length || cause) effects.clear = true;
  if ((first && next.record) || changed.length || cause) effects.consentMode = after;
  if (first || changed.some((c) => after[c])) effects.release = true;
  // Only a decision or a reset makes something to report: its cause is a decision's, never `expired`.
  if (made && config.consentUrl) effects.receipt = { record: made, cause: cause as Cause, refused };
  if (cause) effects.change = { cause, changed };
  return { state: next, effects };
}
