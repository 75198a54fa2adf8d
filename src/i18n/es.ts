import type { Texts } from './index.js';

const texts: Texts = {
  message: "Usamos las cookies que el sitio necesita y, con su consentimiento, cookies funcionales para recordarle y analíticas para medir el uso. Puede cambiar su elección en cualquier momento.",
  policy: "Política de privacidad",
  acceptAll: "Aceptar todo",
  rejectAll: "Rechazar todo",
  customize: "Personalizar",
  title: "Preferencias de cookies",
  save: "Guardar selección",
  close: "Cerrar",
  necessary: "Estrictamente necesarias",
  necessaryInfo: "Inicio de sesión, seguridad y esta elección.",
  functional: "Funcionales",
  functionalInfo: "Recuerdan su nombre de usuario.",
  analytical: "Analíticas",
  analyticalInfo: "Cuentan visitas y uso (Google Analytics).",
  alwaysOn: "Siempre activas",
  cookies: "Cookies",
  cookie: "Cookie",
  duration: "Duración",
  purpose: "Finalidad",
  session: "Sesión",
  httpOnly: "La pone el servidor (HttpOnly).",
  gpc: "Global Privacy Control está activo: la analítica sigue apagada.",
  siteDefined: "Definida por el sitio",
  marketing: "Marketing",
  marketingInfo: "Publicidad personalizada.",
};

export default texts;
