/**
 * The embeds' placeholder texts (../integrations/embeds.ts), per built-in language: what is held
 * back and from where (`{host}`), and its two buttons. Kept with the placeholders' pack, not in the
 * interface's languages: only a page with a held-back frame loads them.
 */
export const EMBED_TEXTS: Readonly<Record<string, readonly [message: string, loadOnce: string, alwaysAllow: string]>> = {
  en: ['Content from {host} is blocked: it may set cookies.', 'Load once', 'Always allow'],
  de: ['Inhalt von {host} ist blockiert: Er kann Cookies setzen.', 'Einmal laden', 'Immer erlauben'],
  fr: ['Le contenu de {host} est bloqué : il peut déposer des cookies.', 'Charger une fois', 'Toujours autoriser'],
  es: ['El contenido de {host} está bloqueado: puede instalar cookies.', 'Cargar una vez', 'Permitir siempre'],
  it: ['Il contenuto di {host} è bloccato: può impostare cookie.', 'Carica una volta', 'Consenti sempre'],
  nl: ['Inhoud van {host} is geblokkeerd: deze kan cookies plaatsen.', 'Eenmalig laden', 'Altijd toestaan'],
  pt: ['O conteúdo de {host} está bloqueado: pode definir cookies.', 'Carregar uma vez', 'Permitir sempre'],
  pl: ['Treść z {host} jest zablokowana: może zapisywać pliki cookie.', 'Wczytaj raz', 'Zawsze zezwalaj'],
  uk: ['Вміст із {host} заблоковано: він може встановлювати файли cookie.', 'Завантажити один раз', 'Завжди дозволяти'],
  ar: ['المحتوى من {host} محظور: قد يضع ملفات تعريف الارتباط.', 'تحميل مرة واحدة', 'السماح دائمًا'],
};
