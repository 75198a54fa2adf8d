import type { Texts } from './index.js';

/** English: inside the interface file; every other language is a pack with the same keys (a test holds them together). */
const texts: Texts = {
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
  cookies: "Cookies",
  cookie: "Cookie",
  duration: "Duration",
  purpose: "Purpose",
  session: "Session",
  httpOnly: "Set by the server (HttpOnly).",
  gpc: "Global Privacy Control is on: analytics stay off.",
  siteDefined: "Set by the site",
  marketing: "Marketing",
  marketingInfo: "Personalised ads.",
};

export default texts;
