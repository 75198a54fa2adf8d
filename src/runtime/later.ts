/**
 * What the runtime hands to the deferred file (../deferred.ts), loading it the first time: watching
 * the jar and other tabs once the page has loaded and is idle (five seconds in at the latest);
 * receipts, one at a time so a retry never races a new decision; granted gated scripts and frames,
 * run in document order after any taken before. (The deferred file tells a new session the decision itself:
 * ../integrations/receipt.ts `tellSession`.)
 */
import type { Made } from '../integrations/receipt.js';
import { loadBeside, loadDeferred } from '../lazy.js';
import { afterLoad } from './schedule.js';

type Deferred = Awaited<ReturnType<typeof loadDeferred>>;

export interface Later {
  /** Sends a receipt (`null`: only what waits from earlier pages) to `url`; `owed`: the decision's writer queued it already. */
  deliver(url: string, made: Made | null, owed?: boolean): void;
  /** Runs granted gated scripts and frames (taken from the page already), those still granted when it gets to them. */
  release(found: Element[]): void;
  /**
   * Cookies also arrive from a server, another realm or another tab: watched once the page has
   * loaded and is idle (each watcher is a round trip to the browser). `look`: the jar may have
   * changed (`soon`: read it without blocking). A file that failed is asked for again, ten seconds
   * later, then twice as long after each failure: a page open for hours is not left unwatched by a
   * server's hiccup, a deployment's minutes or a time without a network.
   */
  watch(store: Parameters<Deferred['watch']>[1], handlers: Omit<Parameters<Deferred['watch']>[2], 'beside'>): void;
  /** Tells other tabs (once the watchers run) to read the jar again. */
  broadcast(message: string): void;
}

export function later(win: Window): Later {
  let sending: Promise<unknown> = Promise.resolve();
  let broadcast: Later['broadcast'] = () => {};
  // Taken from the page and not yet run, in document order: where the file failed to come (a load
  // the visitor stopped ends its request), the next time it comes runs them, at the latest after the load.
  const taken: Element[] = [];
  const release = (module: Deferred) => module.release(taken.splice(0));
  // A file that fails to load leaves the protection running; `failed` is told only of a failed load.
  const run = (use: (module: Deferred) => unknown, failed = () => {}) =>
    loadDeferred()
      .then(use, (error) => (failed(), Promise.reject(error)))
      .catch((error) => console.warn('creatio-cookie-consent:', error));
  return {
    deliver: (url, made, owed) => void (sending = sending.then(() => run((module) => module.deliver(win, url, made, owed)))),
    release: (found) => void (taken.push(...found) && run(release)),
    // Five seconds in at the latest: a page whose load never ends (WebKit's, stopped) is watched too.
    // Where the file fails to come, tried again ten seconds later, then twice as long after each
    // failure; not where the watchers threw as they started, which a second start would install
    // again in part. The embeds' pack and the writer come through the core's loader: the pack
    // decides with the interface the core loaded, and a file fetched again after a failure comes
    // under an address of its own.
    watch: (store, handlers) => {
      const start = (wait: number): unknown =>
        run(
          (module) => (release(module), (broadcast = module.watch(win, store, { ...handlers, beside: loadBeside }))),
          () => win.setTimeout(start, wait, wait * 2),
        );
      afterLoad(win, () => start(1e4), 5e3);
    },
    broadcast: (message) => broadcast(message),
  };
}
