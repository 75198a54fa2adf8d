/**
 * The receipts waiting for `consent-url`, in the page's `localStorage`: what a decision queues in
 * the task that makes it (the decision's writer, ../cookies/store.ts), and what ./receipt.ts sends,
 * oldest first. Apart from the sending, so that the interface file carries only this.
 */
import type { Categories } from '../consent/categories.js';
import type { Cause } from '../consent/policy.js';
import { OWN_KEYS, randomId, type ConsentRecord } from '../consent/record.js';

/**
 * The JSON body POSTed to `consent-url` on every decision: the record of consent, and what the
 * server should expire because the script cannot (HttpOnly cookies such as Creatio's `UserName`).
 */
export interface ConsentReceipt {
  /** Random id of this receipt, kept when it is sent again: the server stores it once under this key. */
  receiptId: string;
  consentId: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  categories: Categories;
  cause: Cause;
  /** Names and patterns of the cookies of refused categories. */
  refusedCookies: string[];
  /** The page the decision was made on: origin and path, never its query string or fragment (they can carry tokens). */
  url: string;
}

const PENDING = `${OWN_KEYS}pending`;

/** A decision to send a receipt for, as the state machine hands it over. */
export interface Made {
  record: ConsentRecord;
  cause: Cause;
  /** Names and patterns of the refused categories' cookies. */
  refused: string[];
}

/** A page's address as a receipt gives it: origin and path, never its query string or fragment. */
const pageOf = (page: Location) => page.origin + page.pathname;

/** The receipt of a decision made on `page` (a `Location`, or its address as `pageOf` gives it): a new `receiptId`, kept when it is sent again. */
export function receiptFor(record: ConsentRecord, cause: Cause, refusedCookies: string[], page: Location | string): ConsentReceipt {
  return {
    receiptId: randomId(crypto),
    consentId: record.id,
    revision: record.rev,
    createdAt: record.created,
    updatedAt: record.updated,
    categories: record.categories,
    cause,
    refusedCookies,
    url: typeof page == 'string' ? page : pageOf(page),
  };
}

/**
 * What waits, the last 20 at most; a decision queued by `owe` as its receipt (given its id here:
 * `keep` it before sending). A receipt holds no `record`: asked for its own, or a polluted
 * `Object.prototype.record` would make every waiting receipt the attacker's decision. An item that
 * is neither (no `consentId`, which every version's receipts have; anything on the page can write
 * the key) is dropped alone: the queue is written back from this, and a read that failed on one
 * item would have emptied it.
 */
export function pending(win: Window): ConsentReceipt[] {
  try {
    const list = JSON.parse(win.localStorage.getItem(PENDING) ?? '[]');
    return Array.isArray(list)
      ? list.slice(-20).flatMap((item) => {
          try {
            return Object.hasOwn(item, 'record') ? [receiptFor(item.record, item.cause, item.refused, item.url)] : typeof item.consentId == 'string' ? [item] : [];
          } catch {
            return [];
          }
        })
      : [];
  } catch {
    return [];
  }
}

/** Whether the queue was written: not where storage is disabled or full (the decision itself is safe in its cookie). */
export function keep(win: Window, list: ConsentReceipt[]): boolean {
  try {
    if (list.length) win.localStorage.setItem(PENDING, JSON.stringify(list.slice(-20)));
    else win.localStorage.removeItem(PENDING);
    return true;
  } catch {
    return false;
  }
}

/**
 * Queues a decision for its receipt at once, in the task that made it, so that a page that goes
 * away before the deferred file is here to send it (a reload on the change event, a link followed
 * at once) loses nothing: the next page sends it. Queued as it is (with the page's address), made
 * into a receipt when it is read (`pending`): the interface file carries only this. Whether it is
 * queued (not where storage is disabled or holds something else: the core then hands the decision
 * to `deliver`). The decision's writer calls it (../cookies/store.ts); ./receipt.ts sends it.
 */
export function owe(win: Window, made: Made): boolean {
  try {
    const list = JSON.parse(win.localStorage.getItem(PENDING) ?? '[]');
    win.localStorage.setItem(PENDING, JSON.stringify([...list, { ...made, url: pageOf(win.location) }].slice(-20)));
    return true;
  } catch {
    return false;
  }
}
