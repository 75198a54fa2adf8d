/**
 * What the core loads only when it is used: the deferred file (./deferred.ts), and the decision's
 * writer for what decides outside the interface (the embeds' pack). For bundlers ordinary dynamic
 * imports; the drop-in build swaps this file for ./lazy.drop-in.ts, which loads the same modules
 * from files beside the script.
 */
import type { RecordStore } from './cookies/store.js';

export const loadDeferred = (): Promise<typeof import('./deferred.js')> => import('./deferred.js');

export const loadWriter = (): Promise<RecordStore> => import('./cookies/store.js').then((module) => module.recordStore);
