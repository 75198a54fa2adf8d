/** The drop-in's interface file (`creatio-cookie-consent.ui.js`): defines the element, once. */
import { CreatioCookieConsent } from './element/creatio-cookie-consent.js';

if (!customElements.get('creatio-cookie-consent')) customElements.define('creatio-cookie-consent', CreatioCookieConsent);
