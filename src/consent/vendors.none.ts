import type { VendorCookies } from './vendors.js';

/** The plain drop-in's stand-in for ./vendors.ts: no vendor can be named, `integrations` is not read. */
export const VENDOR_COOKIES: VendorCookies | null = null;
