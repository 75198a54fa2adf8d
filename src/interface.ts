/**
 * The drop-in's interface file (`creatio-cookie-consent.ui.js`): defines the element, once, and lends
 * the decision's writer to what decides outside it (../cookies/store-loader.drop-in.ts).
 */
import { CreatioCookieConsent } from './element/creatio-cookie-consent.js';

export { recordStore } from './cookies/store.js';

if (!customElements.get('creatio-cookie-consent')) customElements.define('creatio-cookie-consent', CreatioCookieConsent);
