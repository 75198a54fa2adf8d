/**
 * Work that protects nothing during the page load waits until the page has loaded and is idle: on a
 * returning visitor's page the core then costs almost nothing before `load`.
 */
export function afterLoad(win: Window, task: () => void): void {
  const idle = () => (typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(task, { timeout: 2000 }) : win.setTimeout(task, 200));
  if (win.document.readyState === 'complete') idle();
  // Without options: each fires once per document, and a page whose prototype a library's flaw
  // polluted (`signal`, no AbortSignal) made an options object throw, the script's start with it.
  else win.addEventListener('load', idle);
}

/** Runs `task` once the document is parsed: now if it is. */
export function whenParsed(doc: Document, task: () => void): void {
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', task);
  else task();
}
