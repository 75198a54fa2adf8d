/**
 * The decision's writer (./store.ts) for what decides outside the interface (the embeds' pack, which
 * the deferred file loads): fetched when first used. For bundlers an ordinary dynamic import; the
 * drop-in swaps this file for ./store-loader.drop-in.ts.
 */
export const loadRecordStore = () => import('./store.js').then((module) => module.recordStore);
