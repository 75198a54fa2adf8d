/**
 * What the core watches once the page has loaded (loaded with ../deferred.ts, off the page's
 * critical path): cookies that arrive from a server, another realm or another tab, the browser
 * coming back online, and the page's storage (./storage.ts). The changes the browser reports are
 * followed from the core's start (../runtime/runtime.ts). The cookie is the truth; a broadcast
 * only says "read it again", so a tab that misses a message still converges on its next look
 * (focus, visibility, the poll).
 */

import type { loadBeside } from '../lazy.js';
import { activate } from './activate.js';
import { holdConsentMode } from './consent-mode-hold.js';
import { diagnose } from './diagnostics.js';
import { tellSession } from './receipt.js';
import { HELD_FRAMES } from './script-gate.js';
import { governStorage } from './storage.js';

export interface Watcher {
  /**
   * Look at the jar again: `soon` without blocking (the Cookie Store API), else `document.cookie`
   * now. `names`: the cookies a change the browser reported was of (the runtime looks only where
   * one of them concerns the decision).
   */
  look(soon: boolean, names?: string[]): void;
  /** The browser is back online, or the page has loaded: receipts that failed before go out. */
  online(): void;
  /** The shadow roots (a component's, open or closed) found holding gated markup so far. */
  roots(): ShadowRoot[];
  /**
   * The core's loader (../lazy.ts `loadBeside`): the embeds' pack, and the interface for the
   * decision's writer. A core of an earlier build (a cached one, beside files of this build) hands
   * none: its page's held frames stay held, without placeholders, until it is fetched again.
   */
  beside?: typeof loadBeside;
}

/**
 * Starts watching and returns how to tell other tabs to read the jar again. Where the Cookie Store
 * API reports cookie changes, another tab's decision arrives as a change of the decision cookie, so
 * the channel — a round trip to the browser — is opened only where the jar is polled instead.
 */
export function watch(win: Window, store: object | undefined, { look, online, roots, beside }: Watcher): (message: string) => void {
  let channel: BroadcastChannel | null = null;
  try {
    if (!store) (channel = new (win as unknown as typeof globalThis).BroadcastChannel('creatio-cookie-consent')).onmessage = () => look(false);
  } catch {
    // No BroadcastChannel (very old browsers, some sandboxed frames): visibility still converges.
  }
  const doc = win.document;
  // Where gated markup may be: the document, and the shadow roots the core found holding some.
  const within = (): ParentNode[] => [doc, ...roots()];
  // What an administrator got wrong, said in the console: now, and at each look for what comes later.
  const mistakes = diagnose(win, within);
  doc.addEventListener('visibilitychange', () => doc.visibilityState === 'visible' && look(false));
  const storage = governStorage(win);
  const session = tellSession(win);
  const consentMode = holdConsentMode(win);
  // A frame held back for its category, in the page or a component's shadow root, gets a placeholder
  // (./embeds.ts, a file of its own) once the page has one; the one-second look finds one inserted
  // later, and then a shadow root not seen before. It comes through the core's loader, and is handed
  // what it shares with this file rather than importing it: in the drop-in this file may have come
  // under an address of its own.
  // A file that failed to come (a server's 503, a deployment caught half-way) is asked for again ten
  // seconds later, then twice as long after each failure; the frames stay held meanwhile, and the
  // console says why. Not a pack that threw as it started: placed again, its frames would be twice.
  let wait = 1e4;
  const find = () => {
    if (beside && within().some((root) => root.querySelector(HELD_FRAMES)))
      (embeds = () => {}),
        beside('embeds')
          .then(
            ({ placeEmbeds }) => (embeds = placeEmbeds(win, { roots: within, activate, writer: () => beside('ui').then((ui) => ui.recordStore) })),
            (error) => (win.setTimeout(() => (embeds = find), wait), (wait *= 2), Promise.reject(error)),
          )
          .catch((error) => console.warn('creatio-cookie-consent:', error));
  };
  let embeds = find;
  // And a look every second where no event comes (Firefox reports no change of a partitioned
  // cookie), at the page's storage and Consent Mode too.
  win.setInterval(() => (look(false), storage(), embeds(), session(), mistakes(), consentMode()), 1000);
  win.addEventListener('online', online);
  // The first look catches up on what came before the watchers; receipts that failed on earlier
  // pages go out now (reading localStorage is a round trip to the browser: not during the load).
  look(true);
  online();
  embeds();
  session();
  mistakes();
  return (message) => {
    try {
      channel?.postMessage(message);
    } catch {
      // A closed channel is no reason to fail a decision.
    }
  };
}
