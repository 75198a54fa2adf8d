import { expect } from '@open-wc/testing';
import { framedElement, byName, clearAllCookies, decisionIn, freshElement, frame, seenIn, waitFor } from '../support/helpers.js';

describe('other tabs', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));


  it('follow a decision and a withdrawal made in this tab within a second', async () => {
    const el = await freshElement();
    const other = await frame('/test/fixtures/page.html');
    const otherEl = (await framedElement(other));
    await otherEl.updateComplete;
    expect(otherEl.shadowRoot!.querySelector('[part~="banner"]')).to.exist;

    byName(el, 'Accept all').click();
    await waitFor(() => seenIn(other).events.some((e) => e.type === 'creatio-consent-change'), 1000);
    const change = seenIn(other).events.find((e) => e.type === 'creatio-consent-change')!;
    expect(change.detail).to.deep.include({ cause: 'other-tab', categories: { necessary: true, functional: true, analytical: true } });
    await otherEl.updateComplete;
    expect(otherEl.shadowRoot!.querySelector('[part~="banner"]'), 'banner gone there too').to.equal(null);

    // The other tab's guard now lets GA write; after a withdrawal here it clears and blocks there.
    // Read where it was written: Chromium serves document.cookie from a per-document cache, so
    // another document may see a write a moment later.
    other.contentDocument!.cookie = '_ga=GA1.1.5.5; path=/; domain=example.test';
    expect(other.contentDocument!.cookie).to.contain('_ga=GA1.1.5.5');
    el.rejectAll();
    await waitFor(() => seenIn(other).events.filter((e) => e.type === 'creatio-consent-change').length === 2, 1000);
    other.contentDocument!.cookie = '_ga=GA1.1.6.6; path=/; domain=example.test';
    expect(other.contentDocument!.cookie).not.to.contain('_ga=');
    expect(seenIn(other).errors).to.deep.equal([]);
  });

  // Chromium's Cookie Store can list the jar as it was before this page's own write, even when asked
  // after it: `document.cookie` goes to the browser on another channel. Followed, such a list takes
  // the visitor's decision back for a moment (an "other-tab" change to the old one: refused cookies
  // cleared, frames unloaded), then forward again. Here the list is held at the old decision.
  for (const [kind, url] of [
    ['bound to the host', '/test/fixtures/page.html'],
    ['shared with subdomains', '/test/fixtures/cookie-domain.html?domain=example.test'],
  ]) {
    it(`a list of the jar that lags this page's own decision does not take it back (${kind})`, async () => {
      const page = await frame(url);
      const el = await framedElement(page);
      el.acceptAll();
      await waitFor(() => decisionIn(page)?.categories.analytical === true);
      const store = (page.contentWindow as unknown as { cookieStore?: { getAll(): Promise<unknown> } }).cookieStore!;
      expect(store, 'the three engines tested list the jar').to.exist;
      const old = await store.getAll();
      store.getAll = () => Promise.resolve(old);
      const changes: { cause: string; categories: Record<string, boolean> }[] = [];
      page.contentDocument!.addEventListener('creatio-consent-change', (e) => changes.push((e as CustomEvent).detail));
      el.rejectAll();
      // The store's own change event for the write comes, and the look it asks for gets the old list.
      await new Promise((r) => setTimeout(r, 800));
      expect(changes.map((c) => [c.cause, c.categories.analytical])).to.deep.equal([['reject-all', false]]);
      expect(el.consent!.categories.analytical).to.equal(false);
      expect(decisionIn(page)!.categories.analytical).to.equal(false);
    });
  }
});
