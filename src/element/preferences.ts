/**
 * What the preferences add when they first open, as one pack: the cookie lists (with Creatio's cookie
 * table) and the dialog's own styles. The drop-in loads it from `creatio-cookie-consent.preferences.js`
 * beside its interface file; without it the preferences still open and decide (see ../packs.ts).
 */
export { cookieList } from './cookie-list.js';
export { preferencesStyles } from './preferences-styles.js';
