import type { Texts } from './index.js';

const texts: Texts = {
  message: "Używamy plików cookie niezbędnych do działania witryny, a za Twoją zgodą także funkcjonalnych, by Cię rozpoznać, i analitycznych, by mierzyć korzystanie. Wybór możesz zawsze zmienić.",
  policy: "Polityka prywatności",
  acceptAll: "Akceptuj wszystkie",
  rejectAll: "Odrzuć wszystkie",
  customize: "Dostosuj",
  title: "Ustawienia cookie",
  save: "Zapisz wybór",
  close: "Zamknij",
  necessary: "Niezbędne",
  necessaryInfo: "Logowanie, bezpieczeństwo i ten wybór.",
  functional: "Funkcjonalne",
  functionalInfo: "Zapamiętują nazwę użytkownika.",
  analytical: "Analityczne",
  analyticalInfo: "Liczą wizyty i użycie (Google Analytics).",
  alwaysOn: "Zawsze włączone",
  cookies: "Pliki cookie",
  cookie: "Plik cookie",
  duration: "Czas",
  purpose: "Cel",
  session: "Sesja",
  httpOnly: "Ustawiany przez serwer (HttpOnly).",
  gpc: "Global Privacy Control jest włączony: analityka pozostaje wyłączona.",
  siteDefined: "Określa witryna",
  marketing: "Marketing",
  marketingInfo: "Spersonalizowane reklamy.",
  purposes:
    ".ASPXAUTH|Stan zalogowania, do dostępu do chronionych zasobów.\nBPMLOADER|Identyfikator sesji anonimowej.\nBPMSESSIONID|Identyfikator sesji.\nBPMCSRF|Ochrona przed fałszowaniem żądań między witrynami.\nUserName|Identyfikator użytkownika ułatwiający logowanie; ustawiany, gdy UserNameExpireDays jest większe od 0.\nUserType|Typ użytkownika, ustawiany po zalogowaniu.\nSsoSessionId|Identyfikator sesji użytkownika logowania jednokrotnego.\nCookieConscent|Twoje wybory dotyczące plików cookie.\n_ga|Google Analytics: rozróżnia odwiedzających, aby liczyć wizyty.\n_ga_*|Google Analytics: stan wizyty.\n_gid|Google Analytics: rozróżnia odwiedzających przez jeden dzień.\n_gat|Google Analytics: ogranicza częstotliwość żądań.\n_gat_*|Google Analytics: ogranicza częstotliwość żądań.\n_gac_*|Google Analytics: kampania reklamowa, z której pochodzi wizyta.\n_dc_gtm_*|Google Tag Manager: ogranicza częstotliwość żądań.\nbpmTrackingId|Śledzenie witryny Creatio: rozróżnia odwiedzających, aby powiązać ich wizyty.\n_gcl_*|Google Ads: kliknięcie reklamy, z którego pochodzi wizyta.\nverto_session_uuid|Sesja telefonii Verto dla Webitel.\nvisid_incap_*|Ochrona przed DDoS i zapora: odwiedzający w sesji.\nincap_ses_*|Ochrona przed DDoS i zapora: sesja żądania.\n.AspNet.SharedCookie|Logowanie jednokrotne w usługach Creatio.\nCreatioIdentityServerAuthenticated|Stan uwierzytelnienia w Identity Service.\nExistingAlmUser|Status użytkownika w Application Hub.\nidsrv.session|Sesja Identity Service.\nsticky-session-id|Stała sesja między mikrousługami Creatio.\nproduct|Produkt próbny wybrany w Application Hub.\nbpmHref|Adres bieżącej strony.\nbpmRef|Adres strony, z której przyszedłeś.\nTotpSetupToken|Wiąże aplikację uwierzytelniającą (konfiguracja dwuskładnikowa).\nFirstFactor|Pierwszy składnik logowania dwuskładnikowego.\nPasswordRecover|Stan odzyskiwania hasła.",
};

export default texts;
