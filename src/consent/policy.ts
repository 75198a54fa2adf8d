import { NECESSARY, type Categories } from './categories.js';
import { FORMAT, frozen, type ConsentRecord } from './record.js';

const DAY = 864e5;

/**
 * What a decision was caused by; receipts and change events carry it. `config` is a change of the
 * page's configuration after it was final (e.g. a script raised `revision`); `session` only in a
 * receipt that repeats the decision for a new sign-in; `embed` an embed's "Always allow" (../integrations/embeds.ts).
 */
export type Cause = 'accept-all' | 'reject-all' | 'save' | 'api' | 'other-tab' | 'reset' | 'config' | 'session' | 'embed';

/**
 * What a change event tells was its cause: a decision's, or `expired`, a decision that reached the
 * configured lifetime while the page was open (nobody decided anything: no receipt carries it).
 */
export type ChangeCause = Cause | 'expired';

/** Whether a record says something about every category offered (one added since is a question the visitor was never asked). */
export const answersEvery = (record: ConsentRecord, offered: readonly string[]): boolean => offered.every((c) => typeof record.categories[c] == 'boolean');

/**
 * Whether a stored record still answers for the visitor: it must exist, be of the current
 * revision or later, be younger than the configured lifetime (a cookie whose expiry was stretched
 * by hand does not stretch consent), and say something about every category offered now (a
 * category added since is a question the visitor was never asked).
 */
export function isValid(
  record: ConsentRecord | null | undefined,
  revision: number,
  expiresDays: number,
  now: Date,
  offered: readonly string[] = [],
): record is ConsentRecord {
  if (!record || record.rev < revision || !answersEvery(record, offered)) return false;
  const updated = Date.parse(record.updated);
  // A decision from the future is a tampered or badly clocked one; a day of skew is tolerated.
  return updated <= now.getTime() + DAY && now.getTime() - updated < expiresDays * DAY;
}

/**
 * A new record for a decision. Keeps the consent id and first-consent time of the previous valid
 * record, so one visitor's changes link up in the receipts.
 */
export function decide(
  previous: ConsentRecord | null,
  categories: Categories,
  revision: number,
  now: Date,
  randomId: () => string,
): ConsentRecord {
  const at = now.toISOString();
  return frozen({
    v: FORMAT,
    id: previous?.id ?? randomId(),
    rev: revision,
    created: previous?.created ?? at,
    updated: at,
    categories: { ...categories, [NECESSARY]: true },
  });
}
