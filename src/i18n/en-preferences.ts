/**
 * The texts only the preferences show, in English: the categories' descriptions and the cookie
 * lists'. They come with the preferences' pack (../element/preferences.ts), which the dialog waits
 * for, not with the interface (all a banner-only visit needs); every other language carries them in
 * its own pack, and a page author's `texts` may override them like any other.
 */
export const PREFERENCES_TEXTS = {
  necessaryInfo: 'Sign-in, security and this choice.',
  functionalInfo: 'Remember your user name for sign-in.',
  analyticalInfo: 'Count visits and usage (Google Analytics).',
  alwaysOn: 'Always on',
  marketingInfo: 'Personalised ads.',
  cookies: 'Cookies',
  cookie: 'Cookie',
  duration: 'Duration',
  purpose: 'Purpose',
  session: 'Session',
  httpOnly: 'Set by the server (HttpOnly).',
  siteDefined: 'Set by the site',
};
