/**
 * What the core loads only when it is used (./deferred.ts). For bundlers an ordinary dynamic
 * import; the drop-in build swaps this file for ./lazy.drop-in.ts, which loads the same module from
 * a file beside the script.
 */
export const loadDeferred = (): Promise<typeof import('./deferred.js')> => import('./deferred.js');
