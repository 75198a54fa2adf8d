import { guardCookieStore, guardDocumentCookie, type BlockTest } from './guard.js';

/** Where a window keeps its runtime (../core.ts starts it): a frame that has one guards itself. */
export const RUNTIME = Symbol.for('creatio-cookie-consent');

/**
 * Guards the realm of each same-origin frame in `root` too, each time it loads, unless the page in
 * it runs this product itself: a tag in a frame writes through its own `Document.prototype`. What
 * a frame writes before its load event is cleared when the jar reports it (a change event; for
 * Firefox's partitioned cookies, the next look).
 */
export function guardFrames(root: ParentNode, test: BlockTest): void {
  // A frame moved or inserted again gets a second listener: its realm is guarded twice, which blocks
  // the same names (not worth the bytes a set of seen frames costs every page).
  for (const frame of root instanceof HTMLIFrameElement ? [root] : Array.from(root.querySelectorAll('iframe'))) {
    frame.addEventListener('load', () => {
      try {
        const win = frame.contentWindow as (Window & { cookieStore?: Parameters<typeof guardCookieStore>[0] }) | null;
        if (win && !(RUNTIME in win)) guardDocumentCookie(win.document, test), guardCookieStore(win.cookieStore, test);
      } catch {
        // Another origin's frame: its cookies are its own.
      }
    });
  }
}
