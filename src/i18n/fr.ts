import type { Texts } from './index.js';

const texts: Texts = {
  message: "Nous utilisons les cookies nécessaires au site et, avec votre accord, des cookies fonctionnels pour vous reconnaître et analytiques pour mesurer l’usage. Vous pouvez changer d’avis à tout moment.",
  policy: "Politique de confidentialité",
  acceptAll: "Tout accepter",
  rejectAll: "Tout refuser",
  customize: "Personnaliser",
  title: "Préférences de cookies",
  save: "Enregistrer",
  close: "Fermer",
  necessary: "Strictement nécessaires",
  necessaryInfo: "Connexion, sécurité et ce choix.",
  functional: "Fonctionnels",
  functionalInfo: "Mémorisent votre nom d’utilisateur.",
  analytical: "Analytiques",
  analyticalInfo: "Comptent les visites et l’usage (Google Analytics).",
  alwaysOn: "Toujours actifs",
  cookies: "Cookies",
  cookie: "Cookie",
  duration: "Durée",
  purpose: "Finalité",
  session: "Session",
  httpOnly: "Défini par le serveur (HttpOnly).",
  gpc: "Global Privacy Control est actif : l’analyse reste désactivée.",
  siteDefined: "Défini par le site",
  marketing: "Marketing",
  marketingInfo: "Publicité personnalisée.",
  purposes:
    ".ASPXAUTH|État de connexion, pour l’accès aux ressources protégées.\nBPMLOADER|Identifiant d’une session anonyme.\nBPMSESSIONID|Identifiant de la session.\nBPMCSRF|Protection contre la falsification de requêtes intersites.\nUserName|Identifiant de l’utilisateur pour une connexion plus simple ; défini tant que UserNameExpireDays est supérieur à 0.\nUserType|Type d’utilisateur, défini après la connexion.\nSsoSessionId|Identifiant de session d’un utilisateur en authentification unique.\nCookieConscent|Vos choix concernant les cookies.\n_ga|Google Analytics : distingue les visiteurs pour compter les visites.\n_ga_*|Google Analytics : état de la visite.\n_gid|Google Analytics : distingue les visiteurs pendant une journée.\n_gat|Google Analytics : limite le nombre de requêtes.\n_gat_*|Google Analytics : limite le nombre de requêtes.\n_gac_*|Google Analytics : la campagne publicitaire d’où vient une visite.\n_dc_gtm_*|Google Tag Manager : limite le nombre de requêtes.\nbpmTrackingId|Suivi de site Web Creatio : distingue les visiteurs pour relier leurs visites.\n_gcl_*|Google Ads : le clic publicitaire d’où vient une visite.\nverto_session_uuid|Session de téléphonie Verto pour Webitel.\nvisid_incap_*|Protection DDoS et pare-feu : visiteur d’une session.\nincap_ses_*|Protection DDoS et pare-feu : session d’une requête.\n.AspNet.SharedCookie|Authentification unique entre les services Creatio.\nCreatioIdentityServerAuthenticated|État d’authentification auprès d’Identity Service.\nExistingAlmUser|Statut de l’utilisateur dans Application Hub.\nidsrv.session|Session d’Identity Service.\nsticky-session-id|Session persistante entre les microservices de Creatio.\nproduct|Produit d’essai choisi dans Application Hub.\nbpmHref|Adresse de la page actuelle.\nbpmRef|Adresse de la page d’où vous venez.\nTotpSetupToken|Associe une application d’authentification (configuration à deux facteurs).\nFirstFactor|Premier facteur d’une connexion à deux facteurs.\nPasswordRecover|État d’une récupération de mot de passe.",
};

export default texts;
