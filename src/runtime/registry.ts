/**
 * Where a window keeps its consent runtime (../core.ts starts one per window): a second copy of the
 * script, the drop-in's interface file and the deferred file find it there, and a same-origin frame
 * that has one guards itself.
 */
import type { ConsentRuntime } from './runtime.js';

export const RUNTIME = Symbol.for('creatio-cookie-consent');

/** The window's runtime, if one was started there. */
export const runtimeOf = (win: Window = window): ConsentRuntime | undefined => (win as unknown as Record<symbol, ConsentRuntime | undefined>)[RUNTIME];
