/**
 * English: inside the interface file; every other language is a pack with the same keys and those
 * only the preferences show (./en-preferences.ts, whose English comes with the preferences' pack). A
 * test holds them together.
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
  functional: "Functional",
  analytical: "Analytical",
  gpc: "Global Privacy Control is on: analytics stay off.",
  marketing: "Marketing",
};

export default texts;
