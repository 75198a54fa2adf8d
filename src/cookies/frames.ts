import type { BlockTest } from '../consent/governed.js';
import { RUNTIME } from '../runtime/registry.js';
import { guardRealm } from './guard.js';

/**
 * Guards the realm of each same-origin frame in `root` too, each time it loads, unless the page in
 * it runs this product itself: a tag in a frame writes through its own `Document.prototype` (and
 * `Storage.prototype`, into the same storage: `keys` answers for storage keys). What a
 * tag in the frame writes before its first load event, while no guard can reach its realm yet, is
 * looked for (`look`) every 10 ms until then and once at it: Firefox reports no change of a
 * partitioned cookie, and a frame's load may wait long on its subresources. (At most 10 s: a lazy
 * frame may never load.)
 */
export function guardFrames(root: ParentNode, test: BlockTest, keys: BlockTest, look: () => void): void {
  // A frame moved or inserted again gets a second listener: its realm is guarded twice, which blocks
  // the same names (not worth the bytes a set of seen frames costs every page).
  for (const frame of root instanceof HTMLIFrameElement ? [root] : Array.from(root.querySelectorAll('iframe'))) {
    const win = frame.ownerDocument.defaultView!;
    const poll = win.setInterval(look, 10);
    win.setTimeout(() => win.clearInterval(poll), 1e4);
    frame.addEventListener('load', () => {
      win.clearInterval(poll);
      look();
      try {
        const inner = frame.contentWindow;
        if (inner && !(RUNTIME in inner)) guardRealm(inner, test, keys);
      } catch {
        // Another origin's frame: its cookies are its own.
      }
    });
  }
}
