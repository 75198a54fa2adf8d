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
};

export default texts;
