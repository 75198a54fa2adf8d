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
  purposes:
    ".ASPXAUTH|Estado de inicio de sesión, para acceder a recursos protegidos.\nBPMLOADER|ID de una sesión anónima.\nBPMSESSIONID|ID de la sesión.\nBPMCSRF|Protección contra la falsificación de solicitudes entre sitios.\nUserName|ID de usuario para iniciar sesión más fácilmente; se establece mientras UserNameExpireDays sea mayor que 0.\nUserType|Tipo de usuario, establecido tras iniciar sesión.\nSsoSessionId|ID de sesión de un usuario de inicio de sesión único.\nCookieConscent|Sus preferencias sobre cookies.\n_ga|Google Analytics: distingue a los visitantes para contar las visitas.\n_ga_*|Google Analytics: estado de la visita.\n_gid|Google Analytics: distingue a los visitantes durante un día.\n_gat|Google Analytics: limita la frecuencia de las solicitudes.\n_gat_*|Google Analytics: limita la frecuencia de las solicitudes.\n_gac_*|Google Analytics: la campaña publicitaria de la que procede una visita.\n_dc_gtm_*|Google Tag Manager: limita la frecuencia de las solicitudes.\nbpmTrackingId|Seguimiento web de Creatio: distingue a los visitantes para relacionar sus visitas.\n_gcl_*|Google Ads: el clic en un anuncio del que procede una visita.\nverto_session_uuid|Sesión de telefonía Verto para Webitel.\nvisid_incap_*|Protección DDoS y cortafuegos: visitante de una sesión.\nincap_ses_*|Protección DDoS y cortafuegos: sesión de una solicitud.\n.AspNet.SharedCookie|Inicio de sesión único entre los servicios de Creatio.\nCreatioIdentityServerAuthenticated|Estado de autenticación en Identity Service.\nExistingAlmUser|Estado del usuario en Application Hub.\nidsrv.session|Sesión de Identity Service.\nsticky-session-id|Sesión persistente entre los microservicios de Creatio.\nproduct|Producto de prueba elegido en Application Hub.\nbpmHref|Dirección de la página actual.\nbpmRef|Dirección de la página de la que viene.\nTotpSetupToken|Vincula una aplicación de autenticación (configuración en dos pasos).\nFirstFactor|Primer factor de un inicio de sesión en dos pasos.\nPasswordRecover|Estado de una recuperación de contraseña.",
};

export default texts;
