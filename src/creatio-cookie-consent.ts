/**
 * The registering entry: starts the protection at once (the guard must be in place before any tag
 * manager runs), then defines the element once, however many times the script is loaded.
 */
import { CreatioCookieConsent } from './element/creatio-cookie-consent.js';
import { consentRuntime } from './runtime.js';

consentRuntime();

if (!customElements.get('creatio-cookie-consent')) customElements.define('creatio-cookie-consent', CreatioCookieConsent);

declare global {
  interface HTMLElementTagNameMap {
    'creatio-cookie-consent': CreatioCookieConsent;
  }
}
