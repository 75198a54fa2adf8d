import type { Texts } from './index.js';

const texts: Texts = {
  message: "Usamos os cookies de que o site precisa e, com o seu consentimento, cookies funcionais para o reconhecer e analíticos para medir a utilização. Pode mudar a sua escolha a qualquer momento.",
  policy: "Política de privacidade",
  acceptAll: "Aceitar todos",
  rejectAll: "Rejeitar todos",
  customize: "Personalizar",
  title: "Preferências de cookies",
  save: "Guardar escolhas",
  close: "Fechar",
  necessary: "Estritamente necessários",
  necessaryInfo: "Início de sessão, segurança e esta escolha.",
  functional: "Funcionais",
  functionalInfo: "Lembram o seu nome de utilizador.",
  analytical: "Analíticos",
  analyticalInfo: "Contam visitas e utilização (Google Analytics).",
  alwaysOn: "Sempre ativos",
  cookies: "Cookies",
  cookie: "Cookie",
  duration: "Duração",
  purpose: "Finalidade",
  session: "Sessão",
  httpOnly: "Definido pelo servidor (HttpOnly).",
  gpc: "Global Privacy Control está ativo: a análise fica desligada.",
  siteDefined: "Definido pelo site",
  marketing: "Marketing",
  marketingInfo: "Publicidade personalizada.",
};

export default texts;
