import { expect } from '@open-wc/testing';
import { banner, byName, clearAllCookies, deferredIn, frame, framedElement, freshElement, has, plant, waitFor } from '../support/helpers.js';

/**
 * A page on a sibling subdomain (tenants of one cloud share its parent domain) writes a
 * well-formed, newer record of ours granting everything on the parent domain. It must never grant
 * more than the visitor's own latest choice here, and a visitor who never decided still sees the
 * banner. (Host-only decisions on https are bound to the host by a `__Host-` companion.)
 */
describe('decisions a sibling subdomain forges', () => {
  beforeEach(clearAllCookies);
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    await clearAllCookies();
  });

  /** `companion`: the sibling also sets a nameless cookie whose value reads as this host's companion for the record. */
  const forge = async (companion = false) => {
    const at = new Date(Date.now() + 60_000).toISOString();
    const record = { v: 1, id: 'forged-by-a-sibling', rev: 99, created: at, updated: at, categories: { necessary: true, functional: true, analytical: true } };
    const value = encodeURIComponent(encodeURIComponent(JSON.stringify(record)));
    const binding = companion ? `&companion=${encodeURIComponent(`forged-by-a-sibling.${at}`)}` : '';
    const sibling = await frame(`https://other.example.test:${location.port}/test/fixtures/sibling.html?value=${value}${binding}`);
    sibling.remove();
    await waitFor(() => document.cookie.includes('forged-by-a-sibling'));
  };

  /**
   * The next page, once it knows the decision this page just wrote. In Chromium another document's
   * cookie write can reach the jar a moment after a new page's first read; that page then catches up
   * at its first look after load, which may come after its interface is defined.
   */
  const decidedNext = async () => {
    const next = await framedElement(await frame('/test/fixtures/page.html'));
    await waitFor(() => next.consent !== null, 2000);
    await next.updateComplete;
    return next;
  };

  it('does not override Reject all, in the open page or on the next one', async () => {
    const el = await freshElement();
    byName(el, 'Reject all').click();
    await forge();
    await new Promise((r) => setTimeout(r, 300)); // the change event of the forged cookie has come and gone
    expect(el.consent!.categories.analytical, 'the open page').to.equal(false);
    document.cookie = '_ga=GA1.1.after-forgery; path=/';
    expect(has('_ga')).to.equal(false);
    const next = await decidedNext();
    expect(next.consent!.categories).to.deep.include({ functional: false, analytical: false });
    expect(banner(next), 'decided: no banner').to.equal(null);
  });

  it('does not stand in for a decision the visitor never made: the banner asks', async () => {
    await forge();
    const next = await framedElement(await frame('/test/fixtures/page.html'));
    expect(next.consent).to.equal(null);
    expect(banner(next)).to.exist;
  });

  // WebKit stores a nameless cookie (`=__Host-CookieConscent=…`) that a sibling sets on the parent
  // domain, and lists it in `document.cookie` (and the Cookie header) as the host's own companion;
  // the Cookie Store lists it with an empty name. Chromium and Firefox refuse it.
  for (const page of ['page', 'gated'])
    it(`does not take a nameless cookie a sibling sets for the companion as one (${page}.html: the first read${page === 'gated' ? ' at once' : ''}, then the watchers' looks)`, async () => {
      await forge(true);
      const next = await frame(`/test/fixtures/${page}.html`);
      const win = next.contentWindow as Window & { inlineRuns?: number };
      // Past the watchers' first looks, which read document.cookie.
      await waitFor(() => deferredIn(win), 6000);
      await new Promise((r) => setTimeout(r, 1500));
      const el = await framedElement(next);
      const decided = el.consent;
      plant('=x; max-age=0; path=/; domain=example.test; secure');
      expect(decided, 'no decision').to.equal(null);
      expect(win.inlineRuns, 'the gated analytical script').to.equal(undefined);
      expect(banner(el)).to.exist;
    });

  it('leaves the visitor\'s own decision standing on the next page', async () => {
    const el = await freshElement();
    byName(el, 'Accept all').click();
    const next = await decidedNext();
    expect(next.consent!.id).to.equal(el.consent!.id);
    expect(banner(next)).to.equal(null);
  });
});
