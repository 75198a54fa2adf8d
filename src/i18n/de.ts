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
  purposes:
    ".ASPXAUTH|Anmeldestatus, für den Zugriff auf geschützte Bereiche.\nBPMLOADER|ID einer anonymen Sitzung.\nBPMSESSIONID|ID der Sitzung.\nBPMCSRF|Schutz vor Cross-Site-Request-Forgery.\nUserName|Benutzer-ID für eine einfachere Anmeldung; gesetzt, solange UserNameExpireDays über 0 liegt.\nUserType|Benutzertyp, gesetzt nach der Anmeldung.\nSsoSessionId|Sitzungs-ID eines Single-Sign-On-Benutzers.\nCookieConscent|Ihre Auswahl zu Cookies.\n_ga|Google Analytics: unterscheidet Besucher, um Besuche zu zählen.\n_ga_*|Google Analytics: Zustand des Besuchs.\n_gid|Google Analytics: unterscheidet Besucher für einen Tag.\n_gat|Google Analytics: begrenzt die Anzahl der Anfragen.\n_gat_*|Google Analytics: begrenzt die Anzahl der Anfragen.\n_gac_*|Google Analytics: die Werbekampagne, über die ein Besuch kam.\n_dc_gtm_*|Google Tag Manager: begrenzt die Anzahl der Anfragen.\nbpmTrackingId|Creatio-Website-Tracking: unterscheidet Besucher, um ihre Besuche zu verknüpfen.\n_gcl_*|Google Ads: der Anzeigenklick, über den ein Besuch kam.\nverto_session_uuid|Verto-Telefoniesitzung für Webitel.\nvisid_incap_*|DDoS-Schutz und Firewall: Besucher einer Sitzung.\nincap_ses_*|DDoS-Schutz und Firewall: Sitzung einer Anfrage.\n.AspNet.SharedCookie|Single Sign-On über Creatio-Dienste hinweg.\nCreatioIdentityServerAuthenticated|Anmeldestatus beim Identity Service.\nExistingAlmUser|Benutzerstatus im Application Hub.\nidsrv.session|Sitzung des Identity Service.\nsticky-session-id|Feste Sitzung zwischen Creatio-Microservices.\nproduct|Im Application Hub gewähltes Testprodukt.\nbpmHref|Adresse der aktuellen Seite.\nbpmRef|Adresse der Seite, von der Sie kamen.\nTotpSetupToken|Verknüpft eine Authenticator-App (Zwei-Faktor-Einrichtung).\nFirstFactor|Erster Faktor einer Zwei-Faktor-Anmeldung.\nPasswordRecover|Stand einer Passwort-Wiederherstellung.",
};

export default texts;
