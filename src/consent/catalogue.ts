/**
 * What the protection needs to know of Creatio's cookie table at once: which cookies are strictly
 * necessary (never blocked or cleared, whatever patterns a page author configures). The whole
 * table, with the durations and purposes only the preferences show, is in ./cookie-table.ts.
 */

/** How long a cookie lives: days, `0` for a session cookie, `-1` when a system setting decides. */
export type Duration = number;

export interface CatalogueEntry {
  /** Cookie name; `*` is a wildcard. */
  name: string;
  /** `necessary`, `functional` or `analytical`. */
  category: string;
  duration: Duration;
  /** Creatio's description, shortened. */
  purpose: string;
  /** Set by the server with `HttpOnly`: no script can read, block or delete it. */
  httpOnly?: boolean;
}

/** Creatio's strictly necessary cookies, in the order of its table (a test holds the two together). */
export const NECESSARY_NAMES = (
  '.ASPXAUTH BPMLOADER BPMSESSIONID BPMCSRF UserType SsoSessionId CookieConscent verto_session_uuid visid_incap_* ' +
  'incap_ses_* .AspNet.SharedCookie CreatioIdentityServerAuthenticated ExistingAlmUser idsrv.session sticky-session-id ' +
  'product bpmHref bpmRef TotpSetupToken FirstFactor PasswordRecover'
).split(' ');

/**
 * Creatio's own cookie names, which its server reads case-insensitively: governed so (its website
 * tracking id is spelt `BpmTrackingId` in older documentation).
 */
export const CREATIO_NAMES = ['UserName', 'bpmTrackingId', ...NECESSARY_NAMES];

/** The strictly necessary names and patterns: the guard and the clearing never touch these. */
// Creatio's table prints `.ASPXAUTH` without its dot; both spellings are protected.
export const NECESSARY_PATTERNS = ['ASPXAUTH', ...NECESSARY_NAMES];
