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
  purposes:
    ".ASPXAUTH|Stato di accesso, per accedere alle risorse protette.\nBPMLOADER|ID di una sessione anonima.\nBPMSESSIONID|ID della sessione.\nBPMCSRF|Protezione dalla falsificazione di richieste tra siti.\nUserName|ID utente per un accesso più semplice; impostato finché UserNameExpireDays è maggiore di 0.\nUserType|Tipo di utente, impostato dopo l’accesso.\nSsoSessionId|ID di sessione di un utente con accesso unico (SSO).\nCookieConscent|Le tue scelte sui cookie.\n_ga|Google Analytics: distingue i visitatori per contare le visite.\n_ga_*|Google Analytics: stato della visita.\n_gid|Google Analytics: distingue i visitatori per un giorno.\n_gat|Google Analytics: limita la frequenza delle richieste.\n_gat_*|Google Analytics: limita la frequenza delle richieste.\n_gac_*|Google Analytics: la campagna pubblicitaria da cui proviene una visita.\n_dc_gtm_*|Google Tag Manager: limita la frequenza delle richieste.\nbpmTrackingId|Tracciamento del sito web di Creatio: distingue i visitatori per collegare le loro visite.\n_gcl_*|Google Ads: il clic sull’annuncio da cui proviene una visita.\nverto_session_uuid|Sessione di telefonia Verto per Webitel.\nvisid_incap_*|Protezione DDoS e firewall: visitatore di una sessione.\nincap_ses_*|Protezione DDoS e firewall: sessione di una richiesta.\n.AspNet.SharedCookie|Accesso unico (SSO) tra i servizi Creatio.\nCreatioIdentityServerAuthenticated|Stato di autenticazione presso Identity Service.\nExistingAlmUser|Stato dell’utente in Application Hub.\nidsrv.session|Sessione di Identity Service.\nsticky-session-id|Sessione persistente tra i microservizi di Creatio.\nproduct|Prodotto di prova scelto in Application Hub.\nbpmHref|Indirizzo della pagina corrente.\nbpmRef|Indirizzo della pagina da cui provieni.\nTotpSetupToken|Collega un’app di autenticazione (configurazione a due fattori).\nFirstFactor|Primo fattore di un accesso a due fattori.\nPasswordRecover|Stato di un recupero della password.",
};

export default texts;
