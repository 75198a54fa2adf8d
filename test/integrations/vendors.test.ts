import { expect } from '@open-wc/testing';
import { clearAllCookies, deferredIn, frame, framedElement, waitFor } from '../support/helpers.js';

type Call = [vendor: string, ...args: unknown[]];
const calls = (page: HTMLIFrameElement) => ((page.contentWindow as unknown as { vendorCalls?: Call[] }).vendorCalls ?? []).map((c) => JSON.parse(JSON.stringify(c)) as Call);
/** What one vendor's library was told, in order (UET's queue is flat: one item per entry). */
const told = (page: HTMLIFrameElement, vendor: string) => calls(page).filter((c) => c[0] === vendor).map((c) => (vendor === 'uet' ? c[1] : c.slice(1)));

const DENIED = { ad_Storage: 'denied', analytics_Storage: 'denied' };
const GRANTED = { ad_Storage: 'granted', analytics_Storage: 'granted' };

/** Every vendor's library has read its queue (they come late, as from the vendor's servers). */
const libraries = (page: HTMLIFrameElement) =>
  waitFor(() => ['clarity', 'uet', 'meta', 'matomo'].every((v) => calls(page).some((c) => c[0] === v)));

/** The calls a decision adds, once all four have them. */
async function after(page: HTMLIFrameElement, act: () => void): Promise<Record<string, unknown[]>> {
  const before = Object.fromEntries(['clarity', 'uet', 'meta', 'matomo'].map((v) => [v, told(page, v).length]));
  act();
  await waitFor(() => told(page, 'matomo').length > before.matomo && told(page, 'uet').length >= before.uet + 3);
  return Object.fromEntries(['clarity', 'uet', 'meta', 'matomo'].map((v) => [v, told(page, v).slice(before[v])]));
}

describe('vendor consent APIs (data-integrations)', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [fixture, where] of [
    ['vendors.html', 'after the script, as advised'],
    ['vendors-first.html', 'before the script: their queues exist already'],
  ])
    it(`tells each vendor "no consent" before its first call, then the decision, then a withdrawal (snippets ${where})`, async () => {
      const page = await frame(`/test/fixtures/${fixture}`);
      await libraries(page);
      expect(told(page, 'clarity')).to.deep.equal([['consentv2', DENIED], ['set', 'page', 'home']]);
      expect(told(page, 'uet')).to.deep.equal(['consent', 'default', { ad_storage: 'denied' }, 'pageLoad']);
      expect(told(page, 'meta')).to.deep.equal([['consent', 'revoke'], ['init', '123456789'], ['track', 'PageView']]);
      expect(told(page, 'matomo')).to.deep.equal([['requireCookieConsent'], ['trackPageView'], ['enableLinkTracking'], ['setSiteId', '1']]);

      const el = await framedElement(page);
      expect(await after(page, () => el.acceptAll())).to.deep.equal({
        clarity: [['consentv2', GRANTED]],
        uet: ['consent', 'update', { ad_storage: 'granted' }],
        meta: [['consent', 'grant']],
        matomo: [['rememberCookieConsentGiven']],
      });
      expect(await after(page, () => el.setConsent({ marketing: false }))).to.deep.equal({
        clarity: [['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]],
        uet: ['consent', 'update', { ad_storage: 'denied' }],
        meta: [['consent', 'revoke']],
        matomo: [['rememberCookieConsentGiven']],
      });
      expect(await after(page, () => el.reset())).to.deep.equal({
        clarity: [['consentv2', DENIED]],
        uet: ['consent', 'update', { ad_storage: 'denied' }],
        meta: [['consent', 'revoke']],
        matomo: [['forgetCookieConsentGiven']],
      });
    });

  // Meta's snippet makes its queue itself: where the asynchronous read of the stored decision came
  // before the snippet ran (under load, in CI, it does), the queue starts with the decision instead
  // of the default. Either way Meta is told before its `init`, and told the decision last.
  it('on a later page with a stored decision: the default first (Meta: or the decision itself), the decision after the page\u2019s own calls', async () => {
    const first = await frame('/test/fixtures/vendors.html');
    (await framedElement(first)).acceptAll();
    first.remove();
    const page = await frame('/test/fixtures/vendors.html');
    await libraries(page);
    const meta = () => JSON.stringify(told(page, 'meta'));
    const metaOrders = [
      [['consent', 'revoke'], ['init', '123456789'], ['track', 'PageView'], ['consent', 'grant']],
      [['consent', 'grant'], ['init', '123456789'], ['track', 'PageView']],
    ].map((order) => JSON.stringify(order));
    const counts = () => ['matomo', 'clarity', 'uet'].map((vendor) => told(page, vendor).length);
    // Six seconds: under the whole suite's load Firefox once took more than three. On a timeout the
    // assertions below say what each vendor was told.
    await waitFor(() => metaOrders.includes(meta()) && counts().join() === '5,3,7', 6000).catch(() => {});
    expect(metaOrders, 'what Meta was told').to.include(meta());
    expect(told(page, 'clarity')[0]).to.deep.equal(['consentv2', DENIED]);
    expect(told(page, 'clarity')).to.deep.include(['consentv2', GRANTED]);
    expect(told(page, 'uet').slice(0, 3)).to.deep.equal(['consent', 'default', { ad_storage: 'denied' }]);
    expect(told(page, 'uet')).to.include('pageLoad');
    expect(told(page, 'uet').join()).to.contain('consent,update,[object Object]');
    expect(told(page, 'matomo')[0]).to.deep.equal(['requireCookieConsent']);
    expect(told(page, 'matomo')).to.deep.include(['rememberCookieConsentGiven']);
    expect(counts(), 'matomo, clarity, uet').to.deep.equal([5, 3, 7]);
  });

  it('governs the vendors\u2019 cookies: _clck, _clsk, CLID, MUID, _pk_*, mtm_* by analytical; _fbp, _fbc, _uet* by marketing', async () => {
    const page = await frame('/test/fixtures/vendors.html');
    const doc = page.contentDocument!;
    const names = ['_clck', '_clsk', 'CLID', 'MUID', '_pk_id.1.abcd', 'mtm_cookie_consent', '_fbp', '_fbc', '_uetsid', '_uetvid'];
    const write = () => names.forEach((n) => (doc.cookie = `${n}=1; path=/`));
    const present = () => names.filter((n) => doc.cookie.split('; ').some((p) => p.startsWith(`${n}=`)));
    write();
    expect(present(), 'refused before a decision').to.deep.equal([]);
    const el = await framedElement(page);
    el.setConsent({ analytical: true });
    write();
    expect(present()).to.deep.equal(['_clck', '_clsk', 'CLID', 'MUID', '_pk_id.1.abcd', 'mtm_cookie_consent']);
    el.setConsent({ analytical: false, marketing: true });
    expect(present(), 'cleared on withdrawal').to.deep.equal([]);
    write();
    expect(present()).to.deep.equal(['_fbp', '_fbc', '_uetsid', '_uetvid']);
  });

  it('tells a vendor the element names its default when the element is parsed, before the page\u2019s later calls', async () => {
    const page = await frame('/test/fixtures/vendors-element.html');
    const win = page.contentWindow as unknown as { _paq: unknown[][]; fbq: unknown };
    expect(win._paq).to.deep.equal([['requireCookieConsent'], ['trackPageView']]);
    expect('fbq' in win, 'Meta\u2019s snippet is awaited').to.equal(true);
    expect(win.fbq).to.equal(undefined);
  });

  for (const [fixture, what] of [
    ['gtm.html', 'the plain drop-in, no vendor named'],
    ['vendors-none.html', 'the vendors\u2019 drop-in, no vendor named'],
    ['vendors-plain.html', 'the plain drop-in, vendors named'],
  ])
    it(`creates no vendor global: ${what}`, async () => {
      const page = await frame(`/test/fixtures/${fixture}`);
      const win = page.contentWindow as unknown as Record<string, unknown>;
      for (const name of ['clarity', 'uetq', 'fbq', '_paq']) expect(name in win, name).to.equal(false);
    });

  for (const [fixture, where] of [
    ['vendors-plain.html', 'its script tag'],
    ['vendors-plain-element.html', 'its element'],
  ])
    it(`the plain drop-in says, once the page has loaded, that data-integrations needs the vendors\u2019 one: named on ${where}`, async () => {
      const page = await frame(`/test/fixtures/${fixture}`);
      const win = page.contentWindow as unknown as { warnings: string[] };
      await waitFor(() => win.warnings.length > 0, 5000);
      expect(win.warnings).to.deep.equal(['creatio-cookie-consent: data-integrations needs creatio-cookie-consent.vendors.js']);
    });

  it('the plain drop-in says nothing of vendors that only an element a visitor posted names', async () => {
    const page = await frame('/test/fixtures/posted-element.html');
    const win = page.contentWindow as unknown as { warnings: string[] };
    await waitFor(() => deferredIn(page.contentWindow!), 10000);
    await new Promise((r) => setTimeout(r, 300));
    expect(page.contentDocument!.querySelector('[integrations]'), 'the posted element').to.not.equal(null);
    expect(win.warnings).to.deep.equal([]);
  });
});
