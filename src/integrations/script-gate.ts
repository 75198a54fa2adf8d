import { httpUrl } from '../url.js';

/**
 * Script gating: `<script type="text/plain" data-consent-category="…">` (with `src` or inline) and
 * `<iframe data-src data-consent-category="…">` run or load once their category is granted — at
 * start, on consent, and when inserted later.
 */

export const GATED = 'script[type="text/plain"][data-consent-category],iframe[data-src][data-consent-category]';

type Policy = { createScript(s: string): unknown; createScriptURL(s: string): unknown };
let policy: Policy | null | undefined;

/**
 * Under `require-trusted-types-for 'script'` a script's text and `src` need trusted values. The
 * markup being re-activated was written by the page author, so passing it through is what the
 * page asked for; the policy is created only when a gated script actually runs.
 */
function trusted(win: Window): Policy | null {
  if (policy === undefined) {
    const tt = (win as unknown as { trustedTypes?: { createPolicy(n: string, p: object): Policy } }).trustedTypes;
    try {
      policy = tt ? tt.createPolicy('creatio-cookie-consent', { createScript: (s: string) => s, createScriptURL: (s: string) => s }) : null;
    } catch {
      policy = null; // the page's `trusted-types` directive does not allow our policy name
    }
  }
  return policy;
}

function activate(element: Element): void {
  element.setAttribute('data-consent-activated', '');
  if (element instanceof HTMLIFrameElement) {
    const src = element.dataset.src;
    if (httpUrl(src, element.ownerDocument.baseURI)) element.src = src!;
    return;
  }
  const doc = element.ownerDocument;
  const script = doc.createElement('script');
  const tt = trusted(doc.defaultView!);
  for (const { name, value } of Array.from(element.attributes)) {
    if (name === 'type' || name === 'src') continue;
    script.setAttribute(name, value);
  }
  // `data-type` carries the real type, e.g. `module`.
  const type = element.getAttribute('data-type');
  if (type) script.type = type;
  const src = element.getAttribute('src');
  // Inserted scripts are async by default; gated ones keep their document order unless marked async.
  if (!element.hasAttribute('async')) script.async = false;
  if (src) script.src = (tt ? tt.createScriptURL(src) : src) as string;
  else script.text = (tt ? tt.createScript(element.textContent ?? '') : element.textContent ?? '') as string;
  element.replaceWith(script);
}

/** Activates every gated element in `root` whose category is granted now. */
export function releaseGated(root: ParentNode, granted: (category: string) => boolean): void {
  const found: Element[] = root instanceof Element && root.matches(GATED) ? [root] : [];
  found.push(...Array.from(root.querySelectorAll(GATED)));
  for (const element of found)
    if (!element.hasAttribute('data-consent-activated') && granted(element.getAttribute('data-consent-category') ?? ''))
      activate(element);
}

/** Watches for gated elements inserted later (by the parser after this script, or by other code). */
export function watchGated(doc: Document, granted: (category: string) => boolean): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of Array.from(record.addedNodes))
        if (node.nodeType === 1 && ((node as Element).childElementCount || /^(SCRIPT|IFRAME)$/.test(node.nodeName)))
          releaseGated(node as Element, granted);
  });
  observer.observe(doc, { childList: true, subtree: true });
  return observer;
}
