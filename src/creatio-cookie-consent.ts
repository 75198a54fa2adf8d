/**
 * The registering entry for bundlers: starts the protection at once (the guard must be in place
 * before any tag manager runs), then defines the element once, however many times it is loaded.
 */
import { startCore } from './core.js';
import { CreatioCookieConsent } from './element/creatio-cookie-consent.js';

startCore();

if (!customElements.get('creatio-cookie-consent')) customElements.define('creatio-cookie-consent', CreatioCookieConsent);

declare global {
  interface HTMLElementTagNameMap {
    'creatio-cookie-consent': CreatioCookieConsent;
  }
}
