/**
 * The drop-in's interface file is loaded by the core (../drop-in.ts), which has started the
 * runtime already: the element takes that one instead of carrying a second copy of the protection.
 */
import type { startCore as Start } from './core.js';
import { runtimeOf } from './runtime/registry.js';

export const startCore = runtimeOf as typeof Start;
