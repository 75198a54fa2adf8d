/**
 * What the preferences add when they first open, as one pack: the cookie lists (with Creatio's cookie
 * table), the dialog's own styles and the English of what only the dialog says. The drop-in loads it
 * from `creatio-cookie-consent.preferences.js` beside its interface file; without it the preferences
 * still open and decide (see ../packs.ts).
 */
export { cookieList } from './cookie-list.js';
export { preferencesStyles } from './preferences-styles.js';
export { PREFERENCES_TEXTS as preferencesTexts } from '../i18n/en-preferences.js';
