/**
 * The rule for a decision and a reset: the record they make, and what they store, erase and tell.
 * Only what decides needs it (the interface, the embeds' "Always allow"), so the core, which runs on
 * every page and only reads, leaves it out (./machine.ts `advance`).
 */
import { MAX_CATEGORIES, NECESSARY, refuseAll } from './categories.js';
import type { ConsentState, Decision, Effects } from './machine.js';
import { decide, type Cause } from './policy.js';
import type { ConsentRecord } from './record.js';

/**
 * The record stored after `input`, its cause, and what a receipt reports (`made`: the decision made,
 * or the refusals a reset of one leaves); sets the effects that store or erase it.
 */
export function decision(state: ConsentState, input: Decision, now: Date, effects: Effects): { stored: ConsentRecord | null; cause: Cause; made?: ConsentRecord } {
  const { config, followed } = state;
  /** What the decision a new one follows answered, for other pages' categories too. */
  const previous = followed?.categories ?? {};
  const answered = Object.keys(previous).filter((c) => c != NECESSARY);
  if (input.type == 'reset') {
    effects.erase = effects.broadcast = true;
    // The server hears of it too: it expires what the reset refuses (HttpOnly `UserName`). Every
    // category is refused now: those this page offers, and those the record answered for others.
    const made = followed ? { ...followed, updated: now.toISOString(), categories: refuseAll([...config.categories, ...answered]) } : undefined;
    return { stored: null, cause: 'reset', made };
  }
  const choice = refuseAll(config.categories);
  // What the choice holds, not what a polluted prototype answers for it (`rejectAll` passes `{}`).
  for (const c of config.categories) choice[c] = Object.hasOwn(input.choice, c) && input.choice[c] === true;
  // Pages of a site may offer different categories and share the decision: the answers it follows
  // for categories this page does not offer are kept ("Reject all" refuses them), as many as a
  // record holds. Naming one here grants nothing of it: the visitor was not asked.
  for (const c of answered) if (!(c in choice) && Object.keys(choice).length <= MAX_CATEGORIES) choice[c] = input.cause != 'reject-all' && previous[c];
  const made = (effects.store = decide(followed, choice, config.revision, now, () => input.id));
  effects.broadcast = true;
  return { stored: made, cause: input.cause, made };
}
