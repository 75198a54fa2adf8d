import type { Texts } from './index.js';

const texts: Texts = {
  message: "Wir verwenden Cookies, die diese Website braucht, und mit Ihrer Einwilligung funktionale Cookies, um Sie wiederzuerkennen, und Analyse-Cookies, um die Nutzung zu messen. Sie können Ihre Wahl jederzeit ändern.",
  policy: "Datenschutzerklärung",
  acceptAll: "Alle akzeptieren",
  rejectAll: "Alle ablehnen",
  customize: "Anpassen",
  title: "Cookie-Einstellungen",
  save: "Auswahl speichern",
  close: "Schließen",
  necessary: "Unbedingt erforderlich",
  necessaryInfo: "Anmeldung, Sicherheit und diese Auswahl.",
  functional: "Funktional",
  functionalInfo: "Merkt sich Ihren Benutzernamen für die Anmeldung.",
  analytical: "Analyse",
  analyticalInfo: "Zählt Besuche und Nutzung (Google Analytics).",
  alwaysOn: "Immer aktiv",
  cookies: "Cookies",
  cookie: "Cookie",
  duration: "Dauer",
  purpose: "Zweck",
  session: "Sitzung",
  httpOnly: "Vom Server gesetzt (HttpOnly).",
  gpc: "Global Privacy Control ist aktiv: Analyse bleibt aus.",
  siteDefined: "Von der Website festgelegt",
  marketing: "Marketing",
  marketingInfo: "Personalisierte Werbung.",
};

export default texts;
