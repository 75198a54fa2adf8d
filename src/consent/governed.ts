/**
 * Which cookie names (and `=key` storage keys) the guard drops and the clearing deletes: those a
 * refused category governs, never a strictly necessary one, whatever a page configures — a
 * `functional-cookies="*"` must not log the visitor out of Creatio, nor make it forget the decision.
 */
import { CREATIO_NAMES, NECESSARY_PATTERNS } from './catalogue.js';
import { matcher } from './categories.js';
import { STORAGE_MARK } from './config.js';
import { COMPANION_COOKIE, OWN_KEYS } from './record.js';

/** Answers whether a name is refused (its write dropped, the cookie deleted). */
export type BlockTest = (name: string) => boolean;

let necessary: BlockTest | undefined;

/** Creatio's strictly necessary cookies, ours (`CookieConscent` is in Creatio's table) and our storage keys, compiled when first asked. */
export const isNecessary: BlockTest = (name) => (necessary ??= matcher([...NECESSARY_PATTERNS, COMPANION_COOKIE, `${STORAGE_MARK + OWN_KEYS}*`], CREATIO_NAMES))(name);

/** The test for the names a refused list governs: the short list first, most writes are of other cookies and stop there. */
export function refuses(refused: readonly string[]): BlockTest {
  const test = matcher(refused, CREATIO_NAMES);
  return (name) => test(name) && !isNecessary(name);
}
