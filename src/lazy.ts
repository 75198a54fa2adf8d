/**
 * What the core loads only when it is used: the deferred file (./deferred.ts), and what it hands
 * that file to load beside it: the held frames' placeholders (./integrations/embeds.ts) and the
 * decision's writer for their "Always allow". For bundlers ordinary dynamic imports; the drop-in
 * build swaps this file for ./lazy.drop-in.ts, which loads the same modules from files beside the
 * script.
 */
import type { RecordStore } from './cookies/store.js';

export const loadDeferred = (): Promise<typeof import('./deferred.js')> => import('./deferred.js');

/** What the deferred file may ask the core's loader for: the interface, for the decision's writer it exports, and the embeds' pack. */
export interface Beside {
  ui: { recordStore: RecordStore };
  embeds: typeof import('./integrations/embeds.js');
}

export const loadBeside = <N extends keyof Beside>(name: N): Promise<Beside[N]> =>
  (name === 'ui' ? import('./cookies/store.js') : import('./integrations/embeds.js')) as Promise<Beside[N]>;
