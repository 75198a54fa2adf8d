import type { BlockTest } from '../consent/governed.js';
import { RUNTIME } from '../runtime/registry.js';
import { guardRealm } from './guard.js';

/** What holds a document of its own: an object's window can be written through as a frame's. */
export const FRAMES = 'iframe,frame,object';

/** A frame, or an object, whose source is its `data`. */
type Holder = HTMLIFrameElement & { data?: string };

/**
 * What guards the realm of each same-origin frame in a root too (the page, or what was inserted),
 * when it is found and each time it loads, unless the page in it runs this product itself: a tag in
 * a frame writes through its own `Document.prototype` (and `Storage.prototype`, into the same
 * storage: `keys` answers for storage keys). What a tag in the frame writes while no guard can
 * reach its realm yet (in the task that inserted the frame, or in a new document before its load
 * event) is looked for (`look`) every 10 ms while a frame of this site has not loaded and for 50 ms
 * after each load of any frame: Firefox reports no change of a partitioned cookie, a frame's load may
 * wait long on its subresources, and WebKit may tell a page of a frame's write only after the frame's
 * load event. One poll for the window however many frames wait (a look at the jar is a round trip
 * to the browser: a page of lazy embeds must not pay one per frame), each frame 10 s at most (a
 * lazy frame may never load).
 */
export function frameGuard(win: Window, test: BlockTest, keys: BlockTest, look: () => void): (root: ParentNode) => void {
  const waiting = new Set<Element>();
  // Hosts that share their last two labels: every host that can write a cookie this page sees does
  // (a public suffix of two labels, `co.uk`, makes more hosts look alike, which only costs looks).
  const site = (host: string) => host.replace(/\.$/, '').split('.').slice(-2).join();
  let poll = 0;
  const tick = () => {
    look();
    if (!waiting.size) win.clearInterval(poll), (poll = 0);
  };
  const wait = (frame: Element, ms: number) => {
    waiting.add(frame);
    win.setTimeout(() => waiting.delete(frame), ms);
    poll ||= win.setInterval(tick, 10);
  };
  // A frame moved or inserted again gets a second listener: its realm is guarded twice, which blocks
  // the same names (not worth the bytes a set of seen frames costs every page). An object's fallback
  // content may hold frames of its own.
  return (root) => {
    for (const frame of [...((root as Element).matches?.(FRAMES) ? [root as Holder] : []), ...root.querySelectorAll<Holder>(FRAMES)]) {
      // At once as well (a frame without a source, or with about:blank, has loaded during its insertion
      // — ad tags run their scripts in such frames — and a script added after the page's load, as
      // Creatio adds it, finds frames loaded already), unless the frame still shows its first document
      // while a web address is on its way: that document hands its window to the page the frame
      // loads, and Chromium binds a window's Cookie Store to the document that first used it (the page
      // would read the jar of the wrong path).
      const guard = (loaded?: Event) => {
        if (loaded) wait(frame, 50), look();
        try {
          const inner = frame.contentWindow!;
          if (!(RUNTIME in inner) && (loaded || inner.location.href != 'about:blank' || !/^http/.test(frame.src ?? frame.data))) guardRealm(inner, test, keys);
        } catch {
          // Another origin's frame (its cookies are its own), or one removed before it was looked at.
        }
      };
      frame.addEventListener('load', guard);
      guard();
      // Another site's frame writes its own site's cookies, never this page's: no looks while it
      // loads (a lazy video below the fold cost ten seconds of them), only after each load (it may
      // have been sent back to this site, as a sign-in's frame is). One on a host of this site may
      // write on a parent domain; one with no host (about:blank, none, an object's) is looked for.
      try {
        const host = new URL(frame.src).hostname;
        if (host && site(host) != site(win.location.hostname)) continue;
      } catch {}
      wait(frame, 1e4);
    }
  };
}

/**
 * The roots to look into for frames and gated markup, each handed to the `watch` given once the page
 * is parsed: the document, then each shadow root attached from the script's start on, open or
 * closed. No observer of the document sees into a shadow root, and a component renders its frame
 * there (a tag may hide one in a closed root). Roots attached before the page is parsed are handed
 * over with the document, later ones as they are attached. Roots attached before the script came,
 * and declarative ones (`<template shadowrootmode>`), which the parser makes without
 * `attachShadow`, are out of reach.
 */
export function rootsToWatch(win: Window): (watch: (root: ParentNode) => void) => void {
  const proto = (win as Window & typeof globalThis).Element.prototype;
  const attach = proto.attachShadow;
  const early: ParentNode[] = [win.document];
  let watch: (root: ParentNode) => void = (root) => early.push(root);
  // Where the page froze Element.prototype before us, no root is watched, and the start goes on.
  Reflect.set(proto, 'attachShadow', function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    watch(root);
    return root;
  });
  return (given) => early.splice(0).forEach((watch = given));
}
