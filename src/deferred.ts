/**
 * What the core loads the first time it needs it (`creatio-cookie-consent.deferred.js` beside the
 * drop-in; a chunk for bundlers): sending receipts to `consent-url`, and running gated scripts and
 * frames. A page that has neither never loads it.
 */
export { deliver, reassert } from './integrations/receipt.js';
export { activate } from './integrations/activate.js';
