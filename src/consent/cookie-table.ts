/**
 * Creatio's own table of platform cookies (Creatio 8.1 Academy, "Platform cookies"), kept as data:
 * the preferences' cookie lists (../element/cookie-list.ts, loaded when they first open) describe
 * cookies from here. Which cookies are strictly necessary — what the protection needs at once — is
 * in ./catalogue.ts.
 */
import type { CatalogueEntry } from './catalogue.js';

// One row a cookie: name, category (n/f/a), duration, purpose, HttpOnly. Packed as strings: it is
// paid by every visitor who opens the preferences. Which Creatio products use a cookie (a column
// of Creatio's table) is left out: the visitor is not shown it.
const ROWS =
  '.ASPXAUTH|n|0|Signed-in state, for access to protected resources.\n' +
  'BPMLOADER|n|0|ID of an anonymous session.\n' +
  'BPMSESSIONID|n|0|ID of the session.\n' +
  'BPMCSRF|n|0|Protection against cross-site request forgery.\n' +
  'UserName|f|-1|User ID for an easier sign-in; set while UserNameExpireDays is above 0.|1\n' +
  'UserType|n|0|User type, set after sign-in.\n' +
  'SsoSessionId|n|0|Session ID of a Single Sign-On user.\n' +
  'CookieConscent|n|365|Your cookie consent choices.\n' +
  '_ga|a|365|Google Analytics: tells visitors apart to count visits.\n' +
  '_ga_*|a|365|Google Analytics: state of the visit.\n' +
  // Not in Creatio's table: what gtag.js and Google Tag Manager set besides (Google's documentation).
  '_gid|a|1|Google Analytics: tells visitors apart for a day.\n' +
  '_gat|a|0.0007|Google Analytics: limits the rate of requests.\n' +
  '_gat_*|a|0.0007|Google Analytics: limits the rate of requests.\n' +
  '_gac_*|a|90|Google Analytics: the ad campaign a visit came from.\n' +
  '_dc_gtm_*|a|0.0007|Google Tag Manager: limits the rate of requests.\n' +
  // Not in Creatio's table either: what Creatio Marketing's website tracking script sets on a
  // company's site (INTEGRATION.md), its visitor's id on the parent domain.
  'bpmTrackingId|a|180|Creatio website tracking: tells visitors apart to link their visits.\n' +
  '_gcl_*|m|90|Google Ads: the ad click a visit came from.\n' +
  'verto_session_uuid|n|1|Verto telephony session for Webitel.\n' +
  'visid_incap_*|n|365|DDoS protection and firewall: visitor of a session.\n' +
  'incap_ses_*|n|0|DDoS protection and firewall: session of a request.\n' +
  '.AspNet.SharedCookie|n|0|Single Sign-On across Creatio services.\n' +
  'CreatioIdentityServerAuthenticated|n|0|Identity Service authentication state.\n' +
  'ExistingAlmUser|n|0|User status in Application Hub.\n' +
  'idsrv.session|n|0|Identity Service session.\n' +
  'sticky-session-id|n|0|Sticky session between Creatio microservices.\n' +
  'product|n|0|Trial product chosen in Application Hub.\n' +
  'bpmHref|n|180|Address of the current page.\n' +
  'bpmRef|n|180|Address of the page you came from.\n' +
  'TotpSetupToken|n|0.014|Binds an authenticator app (two-factor set-up).\n' +
  'FirstFactor|n|0.014|First factor of a two-factor sign-in.\n' +
  'PasswordRecover|n|0.014|State of a password recovery.';

const CATEGORY_OF: Record<string, string> = { n: 'necessary', f: 'functional', a: 'analytical', m: 'marketing' };

export const CATALOGUE: readonly CatalogueEntry[] = ROWS.split('\n').map((row) => {
  const [name, c, days, purpose, httpOnly] = row.split('|');
  return {
    name,
    category: CATEGORY_OF[c],
    duration: +days,
    purpose,
    httpOnly: !!httpOnly,
  };
});
