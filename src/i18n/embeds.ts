/**
 * The embeds' placeholder texts (../integrations/embeds.ts), per built-in language: what is held
 * back and from where (`{host}`), its two buttons, what "Always allow" turns on (`{category}`: it
 * grants the whole category on the whole site, not the one host), and the built-in categories'
 * labels as the interface's switches have them (a test holds them together). Kept with the
 * placeholders' pack, not in the interface's languages: only a page with a held-back frame loads them.
 */
type Labels = Readonly<Record<'functional' | 'analytical' | 'marketing', string>>;

export const EMBED_TEXTS: Readonly<Record<string, readonly [message: string, loadOnce: string, alwaysAllow: string, grants: string, labels: Labels]>> = {
  en: ['Content from {host} is blocked: it may set cookies.', 'Load once', 'Always allow', '“Always allow” turns on the “{category}” category for the whole site.', { functional: 'Functional', analytical: 'Analytical', marketing: 'Marketing' }],
  de: ['Inhalt von {host} ist blockiert: Er kann Cookies setzen.', 'Einmal laden', 'Immer erlauben', '„Immer erlauben“ aktiviert die Kategorie „{category}“ für die ganze Website.', { functional: 'Funktional', analytical: 'Analyse', marketing: 'Marketing' }],
  fr: ['Le contenu de {host} est bloqué : il peut déposer des cookies.', 'Charger une fois', 'Toujours autoriser', '« Toujours autoriser » active la catégorie « {category} » pour tout le site.', { functional: 'Fonctionnels', analytical: 'Analytiques', marketing: 'Marketing' }],
  es: ['El contenido de {host} está bloqueado: puede instalar cookies.', 'Cargar una vez', 'Permitir siempre', '«Permitir siempre» activa la categoría «{category}» en todo el sitio.', { functional: 'Funcionales', analytical: 'Analíticas', marketing: 'Marketing' }],
  it: ['Il contenuto di {host} è bloccato: può impostare cookie.', 'Carica una volta', 'Consenti sempre', '«Consenti sempre» attiva la categoria «{category}» per tutto il sito.', { functional: 'Funzionali', analytical: 'Analitici', marketing: 'Marketing' }],
  nl: ['Inhoud van {host} is geblokkeerd: deze kan cookies plaatsen.', 'Eenmalig laden', 'Altijd toestaan', '„Altijd toestaan” zet de categorie „{category}” aan voor de hele site.', { functional: 'Functioneel', analytical: 'Analytisch', marketing: 'Marketing' }],
  pt: ['O conteúdo de {host} está bloqueado: pode definir cookies.', 'Carregar uma vez', 'Permitir sempre', '«Permitir sempre» ativa a categoria «{category}» em todo o site.', { functional: 'Funcionais', analytical: 'Analíticos', marketing: 'Marketing' }],
  pl: ['Treść z {host} jest zablokowana: może zapisywać pliki cookie.', 'Wczytaj raz', 'Zawsze zezwalaj', '„Zawsze zezwalaj” włącza kategorię „{category}” w całej witrynie.', { functional: 'Funkcjonalne', analytical: 'Analityczne', marketing: 'Marketing' }],
  uk: ['Вміст із {host} заблоковано: він може встановлювати файли cookie.', 'Завантажити один раз', 'Завжди дозволяти', '«Завжди дозволяти» вмикає категорію «{category}» для всього сайту.', { functional: 'Функціональні', analytical: 'Аналітичні', marketing: 'Маркетинг' }],
  ar: ['المحتوى من {host} محظور: قد يضع ملفات تعريف الارتباط.', 'تحميل مرة واحدة', 'السماح دائمًا', '«السماح دائمًا» يفعّل فئة «{category}» على الموقع كله.', { functional: 'وظيفية', analytical: 'تحليلية', marketing: 'تسويق' }],
};
