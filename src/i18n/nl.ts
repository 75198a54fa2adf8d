import type { Texts } from './index.js';

const texts: Texts = {
  message: "Wij gebruiken cookies die deze site nodig heeft en, met uw toestemming, functionele cookies om u te herkennen en analytische cookies om het gebruik te meten. U kunt uw keuze altijd wijzigen.",
  policy: "Privacybeleid",
  acceptAll: "Alles accepteren",
  rejectAll: "Alles weigeren",
  customize: "Aanpassen",
  title: "Cookievoorkeuren",
  save: "Keuze opslaan",
  close: "Sluiten",
  necessary: "Strikt noodzakelijk",
  necessaryInfo: "Inloggen, beveiliging en deze keuze.",
  functional: "Functioneel",
  functionalInfo: "Onthouden uw gebruikersnaam.",
  analytical: "Analytisch",
  analyticalInfo: "Tellen bezoeken en gebruik (Google Analytics).",
  alwaysOn: "Altijd aan",
  cookies: "Cookies",
  cookie: "Cookie",
  duration: "Duur",
  purpose: "Doel",
  session: "Sessie",
  httpOnly: "Door de server gezet (HttpOnly).",
  gpc: "Global Privacy Control staat aan: analyse blijft uit.",
  siteDefined: "Bepaald door de site",
  marketing: "Marketing",
  marketingInfo: "Gepersonaliseerde advertenties.",
};

export default texts;
