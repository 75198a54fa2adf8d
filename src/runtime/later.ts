/**
 * What the runtime hands to the deferred file (../deferred.ts), loading it the first time: receipts,
 * one at a time so a retry never races a new decision; the decision told again in a new session;
 * granted gated scripts and frames, run in document order after any taken before.
 */
import type { Made } from '../integrations/receipt.js';
import { loadDeferred } from '../lazy.js';

type Deferred = Awaited<ReturnType<typeof loadDeferred>>;

export interface Later {
  /** Uses the deferred file once it is here; a file that fails to load leaves the protection running. */
  run(use: (module: Deferred) => unknown): Promise<unknown>;
  /** Sends a receipt (`null`: only what waits from earlier pages) to `url`. */
  deliver(url: string, made: Made | null): void;
  /**
   * A new sign-in (Creatio's `BPMCSRF` changes) sets HttpOnly `UserName` again, which the script
   * cannot see: a decision that refuses something is told to the server once per session.
   */
  session(url: string, jar: string, made: Made): void;
  /** Runs granted gated scripts and frames (taken from the page already). */
  activate(found: Element[]): void;
}

export function later(win: Window): Later {
  let sending: Promise<unknown> = Promise.resolve();
  let activating: Promise<unknown> = Promise.resolve();
  /** The session (`BPMCSRF`) the decision was last told to the server in, from this page. */
  let told: string | undefined;
  const run: Later['run'] = (use) => loadDeferred().then(use).catch((error) => console.warn('creatio-cookie-consent:', error));
  return {
    run,
    deliver: (url, made) => void (sending = sending.then(() => run((module) => module.deliver(win, url, made)))),
    session(url, jar, made) {
      const token = /(?:^|; )BPMCSRF=([^;]*)/.exec(jar)?.[1];
      if (!token || token === told) return;
      told = token;
      if (made.refused.length) sending = sending.then(() => run((module) => module.reassert(win, url, made, token)));
    },
    activate: (found) => void (found.length && (activating = activating.then(() => run((module) => found.forEach(module.activate))))),
  };
}
