import { expect, html } from '@open-wc/testing';
import { framedElement, browserCookies, clearAllCookies, cookieHeader, freshElement, frame, plant, serverSets } from '../support/helpers.js';

// Every strictly necessary cookie of Creatio's table, as the browser would hold them; the HttpOnly
// ones are set by the server, the others by script and on the parent domain, with odd values.
const SCRIPT_SET = [
  'BPMCSRF=tok%3Den==; path=/',
  'UserType=General; path=/',
  'bpmHref=https%3A%2F%2Fapp.example.test%2F0%2FNui; path=/; domain=example.test',
  'bpmRef=; path=/',
  'visid_incap_123=abc; path=/; domain=example.test',
  'incap_ses_9_123=def; path=/',
  'verto_session_uuid=1-2-3; path=/',
  'sticky-session-id=s1; path=/',
  'product=studio; path=/',
  'TotpSetupToken=t; path=/',
  'FirstFactor=f; path=/',
  'PasswordRecover=p; path=/',
  'CreatioIdentityServerAuthenticated=true; path=/',
  'ExistingAlmUser=1; path=/',
  'idsrv.session=xyz; path=/',
  'SsoSessionId=sso; path=/',
];
const SERVER_SET = [
  '.ASPXAUTH=AUTHTOKEN; Path=/; HttpOnly; Secure',
  'BPMSESSIONID=sess; Path=/; HttpOnly',
  'BPMLOADER=loader; Path=/; HttpOnly',
  '.AspNet.SharedCookie=shared; Path=/; HttpOnly; Domain=example.test',
];

const snapshot = async () =>
  (await browserCookies())
    .filter((c) => !['CookieConscent', '__Host-CookieConscent', 'UserName'].includes(c.name) && !c.name.startsWith('_ga'))
    .map(({ name, value, domain, path, expires, httpOnly, secure }) => JSON.stringify({ name, value, domain, path, expires, httpOnly, secure }))
    .sort();

describe('strictly necessary cookies', () => {
  beforeEach(clearAllCookies);
  afterEach(async () => {
    await serverSets(...SERVER_SET.map((c) => c.replace(/=[^;]*/, '=; Max-Age=0')));
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('are byte-for-byte unchanged by every action, even with a pattern that covers everything', async () => {
    plant(...SCRIPT_SET);
    await serverSets(...SERVER_SET);
    const before = await snapshot();
    expect(before).to.have.length(SCRIPT_SET.length + SERVER_SET.length);
    // The decision and its companion are ours to write.
    const necessaryHeader = async () => (await cookieHeader()).split('; ').filter((c) => !/^(__Host-)?CookieConscent=/.test(c)).join('; ');
    const header = await necessaryHeader();

    const el = await freshElement(html`<creatio-cookie-consent functional-cookies="*" analytical-cookies="* _ga*"></creatio-cookie-consent>`);
    el.acceptAll();
    el.rejectAll();
    el.setConsent({ functional: true });
    await el.showPreferences();
    el.rejectAll();
    el.reset();
    // Another tab decides and withdraws.
    const other = await frame('/test/fixtures/page.html');
    const otherEl = (await framedElement(other));
    await otherEl.updateComplete;
    otherEl.acceptAll();
    otherEl.rejectAll();
    await new Promise((r) => setTimeout(r, 1200));

    expect(await snapshot()).to.deep.equal(before);
    expect(await necessaryHeader()).to.equal(header);
  });
});
