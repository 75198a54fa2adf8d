/**
 * The drop-in script (`creatio-cookie-consent.js`): the protection core. It starts the guard at once
 * (before any tag manager runs) and loads the interface — Lit, the element, its styles, English —
 * from `creatio-cookie-consent.ui.js` beside itself, only when the page needs it: no valid decision,
 * a settings request, or, on a returning visit, once the page has loaded.
 */
import { startCore } from './core.js';
import { beside, script } from './lazy.drop-in.js';

startCore(window, { script, loadInterface: () => beside('ui') });
