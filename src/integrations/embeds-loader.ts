/**
 * The embeds' pack (./embeds.ts), loaded by the deferred file when the page has a held frame. For
 * bundlers an ordinary dynamic import; the drop-in build swaps this file for
 * ./embeds-loader.drop-in.ts, which loads it from the file beside the deferred one.
 */
export const loadEmbeds = (): Promise<typeof import('./embeds.js')> => import('./embeds.js');
