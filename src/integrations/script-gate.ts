/**
 * Script gating: `<script type="text/plain" data-consent-category="…">` (with `src` or inline) and
 * `<iframe data-src data-consent-category="…">` run or load once their category is granted — at
 * start, on consent, and when inserted later. Finding them is here, in the core; running them is
 * ./activate.ts, loaded the first time a page has one to run.
 */

import { FRAMES } from '../cookies/frames.js';

export const GATED = 'script[type="text/plain"][data-consent-category],iframe[data-src][data-consent-category]';

/**
 * Gated frames not loaded yet: those the embeds' placeholders (./embeds.ts) stand in for while
 * refused. One with `src` as well loaded at once: no placeholder calls it blocked.
 */
export const HELD_FRAMES = 'iframe[data-src][data-consent-category]:not([data-consent-activated],[src])';

/**
 * Takes the gated elements in `root` whose category is granted now, in document order, and marks
 * them so that none is taken twice. A shadow root holding gated markup is kept in `held`: a grant's
 * walk of the document does not reach into it. Kept weakly: a visitor who never decides keeps none
 * of the views an application has dropped, while one it keeps out of the page (a cached route, a
 * hidden tab) is still walked, and what it holds runs or loads when it is put back.
 */
export function takeGated(root: ParentNode, granted: (category: string) => boolean, held: Set<WeakRef<ShadowRoot>>): Element[] {
  const home = (root as Node).getRootNode() as ShadowRoot;
  if (home.host && home.querySelector(GATED) && !alive(held).includes(home)) held.add(new WeakRef(home));
  return [...((root as Element).matches?.(GATED) ? [root as Element] : []), ...root.querySelectorAll(GATED)].filter(
    (element) =>
      !element.hasAttribute('data-consent-activated') &&
      granted(element.getAttribute('data-consent-category') ?? '') &&
      (element.setAttribute('data-consent-activated', ''), true),
  );
}

/** What `held` still has (what the application dropped is let go). */
export const alive = <T extends object>(held: Set<WeakRef<T>>): T[] => [...held].flatMap((kept) => kept.deref() ?? (held.delete(kept), []));

/**
 * What an administrator got wrong in `root`, each as the console says it: an element that names a
 * category the page does not offer (a typo, the "analytics" of other consent managers' examples, or
 * `necessary`, which is not a gate) never runs; one not held back (a script without
 * `type="text/plain"`, a frame with `src`) runs or loads at once. Used by the deferred file only.
 */
export const misgated = (root: ParentNode, offered: readonly string[]): string[] =>
  [...root.querySelectorAll('[data-consent-category]:not([data-consent-activated])')].flatMap((element) => {
    const name = element.getAttribute('data-consent-category')!;
    // Held back: a script of type text/plain, a frame with data-src and no src.
    if (!element.matches('[type="text/plain"],[data-src]:not([src])'))
      return `<${element.localName} data-consent-category="${name}"> is not held back: a script needs type="text/plain", a frame data-src and no src`;
    return offered.includes(name) ? [] : `data-consent-category="${name}" is not offered here (${offered.join(' ')}): it never runs`;
  });

/**
 * Looks into each root it is given (the document, a shadow root) and watches it for gated elements
 * and frames inserted later (by the parser after this script, or by other code). An application
 * renders much more than it inserts of these: one look whether a node is or holds one, which stops
 * at the first, spares most insertions the walks of finding them.
 */
export function watchInserted(found: (root: ParentNode) => void): (root: ParentNode) => void {
  const wanted = `script,${FRAMES}`;
  // By index: a NodeList's iterator was a good part of what an application inserting many rows
  // paid here (docs/performance.md).
  const observer = new MutationObserver((records) => {
    for (const { addedNodes } of records)
      for (let i = 0, node; (node = addedNodes[i] as Element); i++) if (node.nodeType === 1 && (node.matches(wanted) || node.querySelector(wanted))) found(node);
  });
  // Options without a prototype: it starts once the page is parsed, after the page's libraries, and
  // a polluted `Object.prototype.attributeFilter` would make a plain object throw.
  return (root) => (observer.observe(root, <MutationObserverInit>{ __proto__: null, childList: true, subtree: true }), found(root));
}
