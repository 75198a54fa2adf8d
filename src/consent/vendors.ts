/**
 * The vendors a page can name in `integrations`, told through their own consent APIs
 * (../integrations/vendors.ts): each with the category that governs it and the cookies it adds
 * there. Only `creatio-cookie-consent.vendors.js` carries them: the plain drop-in is built with
 * ./vendors.none.ts instead, so a page that names no vendor pays nothing for them.
 */
export type VendorCookies = Readonly<Record<string, readonly [category: string, cookies: string]>>;

export const VENDOR_COOKIES: VendorCookies | null = {
  clarity: ['analytical', '_clck _clsk CLID MUID'],
  matomo: ['analytical', '_pk_* mtm_*'],
  uet: ['marketing', '_uetsid _uetvid _uetmsclkid'],
  meta: ['marketing', '_fbp _fbc'],
};
