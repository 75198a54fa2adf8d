/**
 * Where a window keeps its consent runtime (../core.ts starts one per window): a second copy of the
 * script, the drop-in's interface file and the deferred file find it there, and a same-origin frame
 * that has one guards itself. Its document keeps the page's element under the same symbol.
 */
import type { ConsentRuntime } from './runtime.js';

export const RUNTIME = Symbol.for('creatio-cookie-consent');

export const TAG = 'creatio-cookie-consent';

/** The window's runtime, if one was started there. */
export const runtimeOf = (win: Window = window): ConsentRuntime | undefined => (win as unknown as Record<symbol, ConsentRuntime | undefined>)[RUNTIME];

/**
 * The page's element: the one its document keeps while it is there (the one that configures, see
 * ../element/consent-controller.ts), else the document's first. Only it shows anything, and the
 * page's events come from it: one a visitor posted above it takes none of that.
 */
export const pageElement = <E extends Element>(doc: Document): E | null => {
  const kept = (doc as unknown as Record<symbol, E | undefined>)[RUNTIME];
  return kept?.isConnected ? kept : doc.querySelector<E>(TAG);
};
