/**
 * English: inside the interface file; every other language is a pack with the same keys and those
 * of the cookie lists (./en-cookie-lists.ts, whose English comes with the preferences' pack). A test
 * holds them together.
 */
const texts = {
  message: "We use cookies this site needs to work and, with your consent, functional cookies to remember you and analytical cookies to measure use. You can change your choice at any time.",
  policy: "Privacy policy",
  acceptAll: "Accept all",
  rejectAll: "Reject all",
  customize: "Customize",
  title: "Cookie preferences",
  save: "Save choices",
  close: "Close",
  necessary: "Strictly necessary",
  necessaryInfo: "Sign-in, security and this choice.",
  functional: "Functional",
  functionalInfo: "Remember your user name for sign-in.",
  analytical: "Analytical",
  analyticalInfo: "Count visits and usage (Google Analytics).",
  alwaysOn: "Always on",
  gpc: "Global Privacy Control is on: analytics stay off.",
  marketing: "Marketing",
  marketingInfo: "Personalised ads.",
};

export default texts;
