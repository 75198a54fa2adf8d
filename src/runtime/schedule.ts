/**
 * Work that protects nothing during the page load waits until the page has loaded and is idle: on a
 * returning visitor's page the core then costs almost nothing before `load`. Both waits end when the
 * document says it is complete, not only on their events: a load the visitor stopped (Esc, the stop
 * button, a script's `window.stop()`), or left before its end for the back/forward cache, completes
 * the document without a load event, and a parser stopped so ends in Chromium without
 * DOMContentLoaded. A wait may also be given a bound (the watchers': WebKit never completes a
 * stopped load).
 */

/**
 * Runs `task` when the document is complete: its change to complete comes in the task that fires
 * `load`, just before it. Listeners without options: a page whose prototype a library's flaw
 * polluted (`signal`, no AbortSignal) made an options object throw, the script's start with it.
 */
const whenComplete = (doc: Document, task: () => void) => doc.addEventListener('readystatechange', () => doc.readyState == 'complete' && task());

export function afterLoad(win: Window, task: () => void, latest?: number): void {
  let once = 0;
  const idle = () => once++ || (typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(task, { timeout: 2000 }) : win.setTimeout(task, 200));
  if (win.document.readyState === 'complete') idle();
  // Else `latest` ms on, where given: WebKit never completes a document whose load was stopped.
  else whenComplete(win.document, idle), latest && win.setTimeout(idle, latest);
}

/**
 * Runs `task` once the document is parsed: now if it is, else at DOMContentLoaded (after the page's
 * deferred scripts, which then hear what it tells), or when the document completes without it.
 */
export function whenParsed(doc: Document, task: () => void): void {
  if (doc.readyState !== 'loading') return task();
  let done = false;
  const run = () => done || ((done = true), task());
  doc.addEventListener('DOMContentLoaded', run);
  whenComplete(doc, run);
}
