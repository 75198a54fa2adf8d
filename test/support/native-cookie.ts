/**
 * The browser's own `document.cookie` setter, taken before the product guards `Document.prototype`
 * (./helpers.ts imports this module first): how tests plant cookies a tag wrote before the script
 * arrived, or in an earlier visit.
 */
export const nativeCookieSet = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!.set!;
