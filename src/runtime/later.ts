/**
 * What the runtime hands to the deferred file (../deferred.ts), loading it the first time: receipts,
 * one at a time so a retry never races a new decision; granted gated scripts and frames, run in
 * document order after any taken before. (The deferred file tells a new session the decision
 * itself: ../integrations/receipt.ts `tellSession`.)
 */
import type { Made } from '../integrations/receipt.js';
import { loadDeferred } from '../lazy.js';

type Deferred = Awaited<ReturnType<typeof loadDeferred>>;

export interface Later {
  /** Uses the deferred file once it is here; a file that fails to load leaves the protection running. */
  run(use: (module: Deferred) => unknown): Promise<unknown>;
  /** Sends a receipt (`null`: only what waits from earlier pages) to `url`. */
  deliver(url: string, made: Made | null): void;
  /** Runs granted gated scripts and frames (taken from the page already). */
  activate(found: Element[]): void;
}

export function later(win: Window): Later {
  let sending: Promise<unknown> = Promise.resolve();
  let activating: Promise<unknown> = Promise.resolve();
  const run: Later['run'] = (use) => loadDeferred().then(use).catch((error) => console.warn('creatio-cookie-consent:', error));
  return {
    run,
    deliver: (url, made) => void (sending = sending.then(() => run((module) => module.deliver(win, url, made)))),
    activate: (found) => void (found.length && (activating = activating.then(() => run((module) => found.forEach(module.activate))))),
  };
}
