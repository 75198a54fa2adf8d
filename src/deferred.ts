/**
 * What the core loads the first time it needs it (`creatio-cookie-consent.deferred.js` beside the
 * drop-in; a chunk for bundlers): sending receipts to `consent-url`, running gated scripts and
 * frames, and watching the jar once the page has loaded.
 */
export { deliver } from './integrations/receipt.js';
export { release } from './integrations/activate.js';
export { watch } from './integrations/watch.js';
