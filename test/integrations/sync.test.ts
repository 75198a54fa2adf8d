import { expect } from '@open-wc/testing';
import { framedElement, byName, clearAllCookies, freshElement, frame, seenIn, waitFor } from '../support/helpers.js';

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
});
