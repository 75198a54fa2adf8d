/** The module entry: everything, with no side effects. Import `creatio-cookie-consent/define` to register the element. */
export { CreatioCookieConsent } from './element/creatio-cookie-consent.js';
export { ConsentController } from './element/consent-controller.js';
export { ModalController } from './element/modal-controller.js';
export { startCore, type CoreOptions } from './core.js';
export { ConsentRuntime } from './runtime/runtime.js';
export { configFrom, type AttributeReader, type ConsentConfig } from './consent/config.js';
export { step, initial, granted, refusedCookies, type ConsentState, type Effects, type Input } from './consent/machine.js';
export { ConsentChangeEvent, ConsentReadyEvent, type ConsentChangeDetail, type ConsentReadyDetail, type Listener } from './events.js';
export { decodeRecord, encodeRecord, FORMAT, type ConsentRecord } from './consent/record.js';
export { isValid, decide, type Cause } from './consent/policy.js';
export { CATALOGUE } from './consent/cookie-table.js';
export { type CatalogueEntry } from './consent/catalogue.js';
export { type Categories } from './consent/categories.js';
export { CONSENT_COOKIE, readRecord } from './cookies/jar.js';
export { consentModeState } from './integrations/consent-mode.js';
export { type ConsentReceipt } from './integrations/receipt.js';
export { TEXT_KEYS, type Texts } from './i18n/index.js';
export { PREFERENCES_TEXTS } from './i18n/en-preferences.js';
