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
  purposes:
    ".ASPXAUTH|Estado de sessão iniciada, para acesso a recursos protegidos.\nBPMLOADER|ID de uma sessão anónima.\nBPMSESSIONID|ID da sessão.\nBPMCSRF|Proteção contra falsificação de pedidos entre sites.\nUserName|ID do utilizador para um início de sessão mais fácil; definido enquanto UserNameExpireDays for superior a 0.\nUserType|Tipo de utilizador, definido após o início de sessão.\nSsoSessionId|ID de sessão de um utilizador com início de sessão único.\nCookieConscent|As suas escolhas sobre cookies.\n_ga|Google Analytics: distingue os visitantes para contar as visitas.\n_ga_*|Google Analytics: estado da visita.\n_gid|Google Analytics: distingue os visitantes durante um dia.\n_gat|Google Analytics: limita a frequência dos pedidos.\n_gat_*|Google Analytics: limita a frequência dos pedidos.\n_gac_*|Google Analytics: a campanha publicitária de onde veio uma visita.\n_dc_gtm_*|Google Tag Manager: limita a frequência dos pedidos.\nbpmTrackingId|Rastreamento de sites do Creatio: distingue os visitantes para associar as suas visitas.\n_gcl_*|Google Ads: o clique num anúncio de onde veio uma visita.\nverto_session_uuid|Sessão de telefonia Verto para o Webitel.\nvisid_incap_*|Proteção DDoS e firewall: visitante de uma sessão.\nincap_ses_*|Proteção DDoS e firewall: sessão de um pedido.\n.AspNet.SharedCookie|Início de sessão único entre os serviços Creatio.\nCreatioIdentityServerAuthenticated|Estado de autenticação no Identity Service.\nExistingAlmUser|Estado do utilizador no Application Hub.\nidsrv.session|Sessão do Identity Service.\nsticky-session-id|Sessão fixa entre os microsserviços do Creatio.\nproduct|Produto de avaliação escolhido no Application Hub.\nbpmHref|Endereço da página atual.\nbpmRef|Endereço da página de onde veio.\nTotpSetupToken|Associa uma aplicação de autenticação (configuração de dois fatores).\nFirstFactor|Primeiro fator de um início de sessão com dois fatores.\nPasswordRecover|Estado de uma recuperação de palavra-passe.",
};

export default texts;
