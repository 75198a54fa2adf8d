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
  purposes:
    ".ASPXAUTH|Aanmeldstatus, voor toegang tot beveiligde onderdelen.\nBPMLOADER|ID van een anonieme sessie.\nBPMSESSIONID|ID van de sessie.\nBPMCSRF|Bescherming tegen cross-site request forgery.\nUserName|Gebruikers-ID om makkelijker aan te melden; gezet zolang UserNameExpireDays groter is dan 0.\nUserType|Gebruikerstype, gezet na het aanmelden.\nSsoSessionId|Sessie-ID van een gebruiker met eenmalige aanmelding (SSO).\nCookieConscent|Uw keuzes over cookies.\n_ga|Google Analytics: onderscheidt bezoekers om bezoeken te tellen.\n_ga_*|Google Analytics: status van het bezoek.\n_gid|Google Analytics: onderscheidt bezoekers gedurende een dag.\n_gat|Google Analytics: beperkt het aantal verzoeken.\n_gat_*|Google Analytics: beperkt het aantal verzoeken.\n_gac_*|Google Analytics: de advertentiecampagne waar een bezoek vandaan kwam.\n_dc_gtm_*|Google Tag Manager: beperkt het aantal verzoeken.\nbpmTrackingId|Creatio-websitetracking: onderscheidt bezoekers om hun bezoeken te koppelen.\n_gcl_*|Google Ads: de advertentieklik waar een bezoek vandaan kwam.\nverto_session_uuid|Verto-telefoniesessie voor Webitel.\nvisid_incap_*|DDoS-bescherming en firewall: bezoeker van een sessie.\nincap_ses_*|DDoS-bescherming en firewall: sessie van een verzoek.\n.AspNet.SharedCookie|Eenmalige aanmelding (SSO) over Creatio-diensten heen.\nCreatioIdentityServerAuthenticated|Aanmeldstatus bij Identity Service.\nExistingAlmUser|Gebruikersstatus in Application Hub.\nidsrv.session|Sessie van Identity Service.\nsticky-session-id|Vaste sessie tussen Creatio-microservices.\nproduct|In Application Hub gekozen proefproduct.\nbpmHref|Adres van de huidige pagina.\nbpmRef|Adres van de pagina waar u vandaan kwam.\nTotpSetupToken|Koppelt een authenticator-app (instellen van tweestapsverificatie).\nFirstFactor|Eerste factor van een aanmelding in twee stappen.\nPasswordRecover|Stand van een wachtwoordherstel.",
};

export default texts;
