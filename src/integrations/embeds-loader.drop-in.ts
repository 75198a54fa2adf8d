/**
 * In the drop-in the embeds' pack is the file beside this one (`creatio-cookie-consent.embeds.js`, a
 * build of its own that imports nothing). Each attempt after the first asks under an address of its
 * own, a fragment, which the request does not carry: Firefox keeps a module's failure for the
 * document's life (../lazy.drop-in.ts says more).
 */
import { BUILD } from '../build.js';
import type { loadEmbeds as Embeds } from './embeds-loader.js';

let tries = 0;

/** Relative to this module, as an import is. */
export const loadEmbeds: typeof Embeds = () => import(/* @vite-ignore */ `./creatio-cookie-consent.embeds.js${BUILD}${tries++ ? `#${tries}` : ''}`);
