/**
 * The registering entry: starts the protection at once (the guard must be in place before any tag
 * manager runs), then defines the element once, however many times the script is loaded.
 */
import { CreatioCookieConsent } from './element/creatio-cookie-consent.js';
import { loadLanguage, pickLanguage } from './i18n/index.js';
import { consentRuntime } from './runtime.js';

consentRuntime();
// A page that declares its language gets that language's pack on its way while it still parses,
// not once the parser reaches the element.
void loadLanguage(pickLanguage([document.documentElement.lang]));

if (!customElements.get('creatio-cookie-consent')) customElements.define('creatio-cookie-consent', CreatioCookieConsent);

declare global {
  interface HTMLElementTagNameMap {
    'creatio-cookie-consent': CreatioCookieConsent;
  }
}
