/**
 * Script gating: `<script type="text/plain" data-consent-category="…">` (with `src` or inline) and
 * `<iframe data-src data-consent-category="…">` run or load once their category is granted — at
 * start, on consent, and when inserted later. Finding them is here, in the core; running them is
 * ./activate.ts, loaded the first time a page has one to run.
 */

import { FRAMES } from '../cookies/frames.js';

export const GATED = 'script[type="text/plain"][data-consent-category],iframe[data-src][data-consent-category]';

/** Gated frames not loaded yet: those the embeds' placeholders (./embeds.ts) stand in for while refused. */
export const HELD_FRAMES = 'iframe[data-src][data-consent-category]:not([data-consent-activated])';

/**
 * Takes the gated elements in `root` whose category is granted now, in document order, and marks
 * them so that none is taken twice.
 */
export function takeGated(root: ParentNode, granted: (category: string) => boolean): Element[] {
  return [...((root as Element).matches?.(GATED) ? [root as Element] : []), ...root.querySelectorAll(GATED)].filter(
    (element) =>
      !element.hasAttribute('data-consent-activated') &&
      granted(element.getAttribute('data-consent-category') ?? '') &&
      (element.setAttribute('data-consent-activated', ''), true),
  );
}

/** Watches for gated elements inserted later (by the parser after this script, or by other code). */
export function watchGated(doc: Document, found: (root: Element) => void): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === 1 && ((node as Element).childElementCount || (node as Element).matches(`script,${FRAMES}`))) found(node as Element);
  });
  observer.observe(doc, { childList: true, subtree: true });
  return observer;
}
