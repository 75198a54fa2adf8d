import type { Texts } from './index.js';

const texts: Texts = {
  message: "Usiamo i cookie necessari al sito e, con il tuo consenso, cookie funzionali per riconoscerti e analitici per misurarne l’uso. Puoi cambiare scelta in qualsiasi momento.",
  policy: "Informativa sulla privacy",
  acceptAll: "Accetta tutti",
  rejectAll: "Rifiuta tutti",
  customize: "Personalizza",
  title: "Preferenze cookie",
  save: "Salva le scelte",
  close: "Chiudi",
  necessary: "Strettamente necessari",
  necessaryInfo: "Accesso, sicurezza e questa scelta.",
  functional: "Funzionali",
  functionalInfo: "Ricordano il tuo nome utente.",
  analytical: "Analitici",
  analyticalInfo: "Contano visite e utilizzo (Google Analytics).",
  alwaysOn: "Sempre attivi",
  cookies: "Cookie",
  cookie: "Cookie",
  duration: "Durata",
  purpose: "Finalità",
  session: "Sessione",
  httpOnly: "Impostato dal server (HttpOnly).",
  gpc: "Global Privacy Control è attivo: l’analisi resta spenta.",
  siteDefined: "Stabilita dal sito",
  marketing: "Marketing",
  marketingInfo: "Pubblicità personalizzata.",
};

export default texts;
