import { expect, html } from '@open-wc/testing';
import { browserCookies, byName, clearAllCookies, cookieHeader, freshElement, has, plant, waitFor } from '../support/helpers.js';

/** Holes an auditor found besides the guard's: what the defaults govern, and how names and numbers are read. */
describe('consent integrity', () => {
  beforeEach(clearAllCookies);
  afterEach(clearAllCookies);

  // gtag.js and Google Tag Manager set these besides _ga and _ga_*; Google Ads sets _gcl_*.
  const family = ['_gid', '_gat', '_gat_UA1', '_gac_UA1', '_gac_gb_UA1', '_dc_gtm_UA1'];

  it('Reject all clears the whole Google Analytics family, and Google Ads\' _gcl_* where marketing is offered', async () => {
    plant(...[...family, '_gcl_au'].map((name) => `${name}=planted; path=/; domain=example.test`));
    const el = await freshElement(html`<creatio-cookie-consent categories="functional analytical marketing"></creatio-cookie-consent>`);
    byName(el, 'Reject all').click();
    for (const name of [...family, '_gcl_au']) expect(has(name), name).to.equal(false);
    for (const name of family) document.cookie = `${name}=again; path=/`;
    expect(await cookieHeader()).not.to.match(/_gid|_gat|_gac|_dc_gtm/);
  });

  // Creatio Marketing's website tracking script (on a company's site, beside landing pages) keeps
  // its visitor's id in bpmTrackingId (spelt BpmTrackingId in older documentation) on the parent
  // domain for 180 days: an analytics identifier, unlike bpmHref and bpmRef, which Creatio's table
  // calls strictly necessary.
  it('governs Creatio\'s website tracking id as analytical: refused, cleared, and let through once granted', async () => {
    plant('bpmTrackingId=planted; path=/; domain=example.test', 'bpmHref=https%3A%2F%2Fapp.example.test%2F; path=/; domain=example.test');
    const el = await freshElement();
    document.cookie = 'BpmTrackingId=before; path=/; domain=example.test';
    expect(has('BpmTrackingId'), 'written before a decision').to.equal(false);
    byName(el, 'Reject all').click();
    expect(has('bpmTrackingId'), 'cleared on rejection').to.equal(false);
    expect(has('bpmHref'), 'strictly necessary, left').to.equal(true);
    el.setConsent({ analytical: true });
    document.cookie = 'bpmTrackingId=granted; path=/; domain=example.test';
    expect(has('bpmTrackingId'), 'granted').to.equal(true);
  });

  // The decision the page's API hands out (the `consent` property, the events' detail) is the one
  // the runtime acts on: changed in place by a listener, it would grant without a decision, a
  // receipt or an event.
  it('the decision handed out cannot be changed in place: only deciding changes it', async () => {
    const el = await freshElement();
    const heard: unknown[] = [];
    el.addEventListener('creatio-consent-change', (e) => heard.push(e.detail.consent));
    byName(el, 'Reject all').click();
    for (const record of [el.consent, ...heard] as { rev: number; categories: Record<string, boolean> }[]) {
      try {
        record.categories.analytical = true;
      } catch {
        // frozen: strict code throws
      }
      try {
        record.rev = 99;
      } catch {
        // frozen
      }
    }
    expect(el.consent!.categories.analytical, 'the decision').to.equal(false);
    expect(el.consent!.rev).to.equal(1);
    const script = Object.assign(document.createElement('script'), { type: 'text/plain', text: 'window.changedInPlaceRan = true' });
    script.dataset.consentCategory = 'analytical';
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 500));
    script.remove();
    expect((window as unknown as { changedInPlaceRan?: boolean }).changedInPlaceRan, 'a gated analytics script inserted after').to.equal(undefined);
  });

  it('governs UserName whatever its case (Creatio reads names so), GA names as written', async () => {
    const el = await freshElement();
    byName(el, 'Reject all').click();
    document.cookie = 'username=alice; path=/';
    document.cookie = 'USERNAME=bob; path=/';
    document.cookie = '_GA=not-google; path=/';
    expect(has('username') || has('USERNAME'), 'a case variant of UserName').to.equal(false);
    expect(has('_GA'), 'Google Analytics reads only _ga: _GA is someone else\'s').to.equal(true);
    document.cookie = '_GA=; max-age=0; path=/';
  });

  it('does not let a "necessary" gated script through: necessary is not a gate', async () => {
    const el = await freshElement();
    el.acceptAll();
    const gated = (category: string) => {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.consentCategory = category;
      script.textContent = `window.${category}GateRan = true;`;
      return document.body.appendChild(script);
    };
    const script = gated('necessary');
    gated('analytical'); // the control: a granted category runs
    await waitFor(() => (window as unknown as { analyticalGateRan?: boolean }).analyticalGateRan === true);
    expect((window as unknown as { necessaryGateRan?: boolean }).necessaryGateRan).to.equal(undefined);
    script.remove();
  });

  it('reads expires-days="1e9" as the browsers\' 400-day cap, not as 1 day', async () => {
    const el = await freshElement(html`<creatio-cookie-consent expires-days="1e9"></creatio-cookie-consent>`);
    el.acceptAll();
    const [decision] = (await browserCookies()).filter((c) => c.name === 'CookieConscent');
    const days = (decision.expires * 1000 - Date.now()) / 864e5;
    expect(days).to.be.within(399, 400.01);
  });
});
