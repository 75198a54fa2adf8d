import { expect, html, oneEvent } from '@open-wc/testing';
import { CONSENT_COOKIE } from '../../src/consent/record.js';
import { decodeRecord } from '../../src/consent/record.js';
import type { ConsentChangeEvent } from '../../src/events.js';
import { waitFor, framedElement, banner, browserCookies, byName, clearAllCookies, freshElement, frame, plant, seenIn } from '../support/helpers.js';

const stored = async () => (await browserCookies()).filter((c) => c.name === CONSENT_COOKIE);

describe('banner on a first visit', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows Accept all, Reject all and Customize, accept and reject styled alike', async () => {
    const el = await freshElement();
    expect(banner(el)).to.exist;
    const accept = byName(el, 'Accept all');
    const reject = byName(el, 'Reject all');
    byName(el, 'Customize');
    const look = (b: HTMLElement) => {
      const s = getComputedStyle(b);
      return [s.backgroundColor, s.color, s.fontWeight, s.fontSize, s.borderWidth, b.offsetHeight];
    };
    expect(look(reject)).to.deep.equal(look(accept));
    expect(el.consent).to.equal(null);
  });

  for (const [label, cause, functional, analytical] of [
    ['Accept all', 'accept-all', true, true],
    ['Reject all', 'reject-all', false, false],
  ] as const)
    it(`${label} stores the decision for 365 days and fires creatio-consent-change`, async () => {
      const el = await freshElement();
      const t0 = Date.now() / 1000;
      const event = oneEvent(document, 'creatio-consent-change') as Promise<ConsentChangeEvent>;
      byName(el, label).click();
      const { detail, bubbles, composed } = await event;
      expect({ bubbles, composed }).to.deep.equal({ bubbles: true, composed: true });
      expect(detail.categories).to.deep.equal({ necessary: true, functional, analytical });
      expect(detail.cause).to.equal(cause);
      expect(detail.changed).to.deep.equal(functional ? ['functional', 'analytical'] : []);

      const [cookie, ...more] = await stored();
      expect(more).to.have.length(0);
      expect(cookie).to.include({ path: '/', domain: 'app.example.test', secure: true, httpOnly: false, sameSite: 'Lax' });
      const days = (cookie.expires - t0) / 86400;
      expect(days).to.be.within(364.9, 365.1);
      const record = decodeRecord(decodeURIComponent(cookie.value))!;
      expect(record).to.include({ v: 1, rev: 1 });
      expect(record.id).to.match(/^[\w-]{8,}$/);
      expect(record.categories).to.deep.equal({ necessary: true, functional, analytical });
      expect(Date.parse(record.created)).to.be.closeTo(Date.now(), 5000);
      expect(el.consent).to.deep.equal(record);
      await el.updateComplete;
      expect(banner(el), 'banner gone').to.equal(null);
    });

  it('honours expires-days and revision', async () => {
    const el = await freshElement(html`<creatio-cookie-consent expires-days="30" revision="4"></creatio-cookie-consent>`);
    byName(el, 'Reject all').click();
    const [cookie] = await stored();
    expect((cookie.expires - Date.now() / 1000) / 86400).to.be.within(29.9, 30.1);
    expect(el.consent!.rev).to.equal(4);
  });

  it('asks again when the revision is raised', async () => {
    const first = await freshElement(html`<creatio-cookie-consent revision="1"></creatio-cookie-consent>`);
    byName(first, 'Accept all').click();
    first.remove();
    const same = await freshElement(html`<creatio-cookie-consent revision="1"></creatio-cookie-consent>`);
    expect(banner(same)).to.equal(null);
    same.remove();
    const raised = await freshElement(html`<creatio-cookie-consent revision="2"></creatio-cookie-consent>`);
    expect(banner(raised)).to.exist;
    expect(raised.consent).to.equal(null);
  });

  it('stores on the cookie-domain when it is a parent of this host', async () => {
    const el = await freshElement(html`<creatio-cookie-consent cookie-domain="example.test"></creatio-cookie-consent>`);
    byName(el, 'Reject all').click();
    const cookies = await stored();
    expect(cookies.map((c) => c.domain)).to.deep.equal(['.example.test']);
  });
});

describe('banner on the next page load', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('is hidden by a stored decision, and creatio-consent-ready reports it', async () => {
    const el = await freshElement();
    byName(el, 'Reject all').click();
    const page = await frame('/test/fixtures/page.html');
    const framed = (await framedElement(page));
    await framed.updateComplete;
    expect(framed.shadowRoot!.querySelector('[part~="banner"]')).to.equal(null);
    const seen = seenIn(page);
    expect(seen.errors).to.deep.equal([]);
    expect(seen.events.map((e) => e.type)).to.deep.equal(['creatio-consent-ready']);
    expect(seen.events[0].detail).to.deep.include({ decided: true, categories: { necessary: true, functional: false, analytical: false } });
  });

  for (const [name, value] of [
    ['damaged', '%7B%22v%22%3A1%2C'],
    ['bad percent-encoding', '%E0%A4%A'],
    ['foreign', 'true'],
    ['tampered', encodeURIComponent('{"v":1,"id":"abcdefgh","rev":1,"created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","categories":{"necessary":true,"analytical":"yes"}}')],
  ])
    it(`shows the banner for a ${name} value, without an error`, async () => {
      plant(`CookieConscent=${value}; path=/`);
      const page = await frame('/test/fixtures/page.html');
      const framed = (await framedElement(page));
      await framed.updateComplete;
      expect(framed.shadowRoot!.querySelector('[part~="banner"]')).to.exist;
      expect(seenIn(page).errors).to.deep.equal([]);
      // With no decision of ours in the jar the interface is fetched at once: it can render before
      // the page is parsed and the decision announced.
      await waitFor(() => seenIn(page).events.length > 0);
      expect(seenIn(page).events[0].detail).to.deep.include({ decided: false });
      expect(document.cookie, 'a foreign value is left alone').to.contain(`CookieConscent=${value}`);
    });

  it('is not shadowed by a foreign CookieConscent on the parent domain', async () => {
    const el = await freshElement();
    byName(el, 'Accept all').click();
    plant('CookieConscent=creatio-corporate-format; path=/; domain=example.test');
    const page = await frame('/test/fixtures/page.html');
    const framed = (await framedElement(page));
    await framed.updateComplete;
    expect(framed.shadowRoot!.querySelector('[part~="banner"]')).to.equal(null);
    expect(framed.consent!.categories.analytical).to.equal(true);
  });
});

describe('banner text', () => {
  beforeEach(clearAllCookies);
  it('can be replaced through the message slot', async () => {
    const el = await freshElement(html`<creatio-cookie-consent><span slot="message">Our own words.</span></creatio-cookie-consent>`);
    const slot = banner(el)!.querySelector<HTMLSlotElement>('slot[name="message"]')!;
    expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['Our own words.']);
  });
  it('is kept out of search results\u2019 snippets (`data-nosnippet`), the page\u2019s own message with it', async () => {
    // A crawler has no decision, so it renders the banner: without the mark its text can become
    // the page's description in search results. Google reads the mark on a <section>.
    const el = await freshElement(html`<creatio-cookie-consent><span slot="message">Our own words.</span></creatio-cookie-consent>`);
    const section = banner(el)!;
    expect(section.localName).to.equal('section');
    expect(section.hasAttribute('data-nosnippet')).to.equal(true);
    expect(section.contains(section.querySelector('slot[name="message"]'))).to.equal(true);
  });
});
