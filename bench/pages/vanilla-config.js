// vanilla-cookieconsent 3.1 configured as our element is: three categories (necessary read-only,
// functional, analytics), autoclear of _ga*, English texts, a banner with accept / reject /
// customize and preferences with a section per category.
CookieConsent.run({
  // Its default hides the banner from automated browsers (navigator.webdriver), which the benchmark is.
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    functional: { autoClear: { cookies: [{ name: 'UserName' }] } },
    analytics: { autoClear: { cookies: [{ name: /^_ga/ }] } },
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Cookies',
          description:
            'We use cookies that this site needs to work. With your consent we also use functional cookies to remember you and analytical cookies to measure how the site is used. You can change your choice at any time.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Customize',
          footer: '<a href="/privacy">Privacy policy</a>',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Strictly necessary', description: 'Needed for sign-in, security and to remember this choice.', linkedCategory: 'necessary' },
            { title: 'Functional', description: 'Remember your user name for an easier sign-in.', linkedCategory: 'functional' },
            { title: 'Analytical', description: 'Count visits and see how the site is used (Google Analytics).', linkedCategory: 'analytics' },
          ],
        },
      },
    },
  },
});
