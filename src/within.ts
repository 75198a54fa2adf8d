/**
 * How long the interface waits for a pack (a language, the preferences' additions) before it goes
 * on without it: a request that hangs must not keep the banner from showing or the preferences from
 * opening. A pack that arrives later is not used on this page, so nothing changes under the
 * visitor's eyes.
 */
export const PACK_WAIT_MS = 3000;

/** `load`, or a rejection once `ms` have passed, whichever comes first. */
export const within = <T>(load: Promise<T>, ms = PACK_WAIT_MS): Promise<T> =>
  Promise.race([load, new Promise<never>((_, fail) => setTimeout(fail, ms))]);
