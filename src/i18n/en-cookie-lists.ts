/**
 * The cookie lists' texts in English. Only the preferences' cookie lists use them, so they come with
 * the preferences' pack (../element/cookie-list.ts), not with the interface; every other language
 * carries them in its own pack, and a page author's `texts` may override them like any other.
 */
export const COOKIE_LIST_TEXTS = {
  cookies: 'Cookies',
  cookie: 'Cookie',
  duration: 'Duration',
  purpose: 'Purpose',
  session: 'Session',
  httpOnly: 'Set by the server (HttpOnly).',
  siteDefined: 'Set by the site',
};
