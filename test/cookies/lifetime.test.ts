import { expect } from '@open-wc/testing';
import { browserCookies, clearAllCookies, deferredIn, frame, plantDecision, seenIn, token, waitFor } from '../support/helpers.js';

const DAY = 864e5;
const stored = async (name: string) => (await browserCookies()).find((cookie) => cookie.name === name);

// Safari keeps a cookie a script writes for seven days at most, whatever expiry the script asks for
// (Intelligent Tracking Prevention caps "client-side" cookies, `document.cookie` and the Cookie
// Store alike): a visitor who decided and comes back every few days was asked again every week.
// The cap is planted here as Safari applies it, a real cookie of the decision's value kept for seven
// days, in browsers that keep what they are asked.
describe('the decision\u2019s cookie, where the browser keeps it for less than asked', () => {
  beforeEach(clearAllCookies);
  afterEach(clearAllCookies);

  it('is written again on each page for what is left of its term, and that is no change', async () => {
    for (const age of [100, 360]) {
      const at = new Date(Date.now() - age * DAY).toISOString();
      const record = { v: 1, id: token(), rev: 1, created: at, updated: at, categories: { necessary: true, functional: true, analytical: false } };
      plantDecision(record, `path=/; max-age=${7 * 86400}`);
      const page = await frame('/test/fixtures/page.html');
      await waitFor(() => deferredIn(page.contentWindow!), 8000);
      // What is left of the page's 365 days since the decision, to the second the cookie's date has.
      const end = (Date.parse(at) + 365 * DAY) / 1000;
      const kept = async () => Math.abs(((await stored('CookieConscent'))?.expires ?? 0) - end) < 5;
      await waitFor(kept, 8000).catch(() => {});
      const cookie = (await stored('CookieConscent'))!;
      expect((cookie.expires - Date.now() / 1000) / 86400, `decided ${age} days ago: days it is kept`).to.be.closeTo(365 - age, 0.01);
      expect(cookie.expires, 'to the second').to.be.closeTo(end, 5);
      expect(JSON.parse(decodeURIComponent(cookie.value)), 'the same record').to.deep.equal(record);
      // The companion that binds it to this host, kept as long.
      expect((await stored('__Host-CookieConscent'))!.expires, 'its companion').to.be.closeTo(end, 5);
      expect(seenIn(page).events.map((e) => e.type), 'told once, as it was read: no change').to.deep.equal(['creatio-consent-ready']);
      page.remove();
      await clearAllCookies();
    }
  });

  // The writer comes with the interface file, which takes a second here: another tab withdraws the
  // grant meanwhile. Written back, the page's older decision would undo the visitor's newer one.
  // (In WebKit a document's read comes from a cache that another document's write reaches a moment
  // later: there the Cookie Store is asked as well.)
  it('does not write back a decision another tab replaced since the page read it', async () => {
    const at = new Date(Date.now() - 10 * DAY).toISOString();
    const record = { v: 1, id: token(), rev: 1, created: at, updated: at, categories: { necessary: true, functional: true, analytical: true } };
    plantDecision(record, `path=/; max-age=${7 * 86400}`);
    const page = await frame(`/__slowui-${token()}/page.html?page=page`);
    const win = page.contentWindow as Window & typeof globalThis;
    const newer = { ...record, updated: new Date().toISOString(), categories: { necessary: true, functional: false, analytical: false } };
    // As the interface file runs (it defines the element), in the same task: the page has had no
    // chance to hear of it, as it may not where the browser reports no change (Firefox's partitioned cookies).
    const define = win.customElements.define;
    win.customElements.define = function (this: CustomElementRegistry, ...args: Parameters<CustomElementRegistry['define']>) {
      plantDecision(newer);
      return define.apply(this, args);
    };
    await waitFor(() => deferredIn(win) && !!win.customElements.get('creatio-cookie-consent'), 8000);
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.parse(decodeURIComponent((await stored('CookieConscent'))!.value)), 'the newer decision').to.deep.equal(newer);
    page.remove();
  });
});
