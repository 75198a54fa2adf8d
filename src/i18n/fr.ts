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
};

export default texts;
