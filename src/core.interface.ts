/**
 * The drop-in's interface file is loaded by the core (../drop-in.ts), which has started the
 * runtime already: the element takes that one instead of carrying a second copy of the protection.
 */
import type { startCore as Start } from './core.js';

export const startCore: typeof Start = (win = window) => (win as unknown as Record<symbol, ReturnType<typeof Start>>)[Symbol.for('creatio-cookie-consent')];
