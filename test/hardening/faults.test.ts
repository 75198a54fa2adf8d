import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CreatioCookieConsent } from '../../src/element/creatio-cookie-consent.js';
import { sendReceipt, receiptFor } from '../../src/integrations/receipt.js';
import { later } from '../../src/runtime/later.js';
import { filesBeside, has, framedElement, elementWithin, banner, settingsLink, browserCookies, byName, clearAllCookies, freshElement, frame, plant, seenIn, serverSets, shortenWaits, token, waitFor, deferredIn } from '../support/helpers.js';


const heldPlaceholder = (page: HTMLIFrameElement) => page.contentDocument!.querySelector<HTMLElement>('[data-consent-placeholder]');
const heldButtons = (page: HTMLIFrameElement) => Array.from(heldPlaceholder(page)!.shadowRoot!.querySelectorAll('button'));

describe('faults', () => {
  beforeEach(async () => {
    await clearAllCookies();
    await fetch('/__receipts?clear');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('without the Cookie Store API: the guard holds and late server cookies are removed by looking', async () => {
    const page = await frame('/test/fixtures/faults.html?fault=no-cookie-store');
    const doc = page.contentDocument!;
    expect((page.contentWindow as unknown as { cookieStore?: unknown }).cookieStore).to.equal(undefined);
    await framedElement(page);
    doc.cookie = '_ga=GA1.1.1; path=/; domain=example.test';
    expect(doc.cookie).not.to.contain('_ga=');
    // The looking is the deferred file's, after the load and when the page is idle.
    await waitFor(() => deferredIn(page.contentWindow!), 5000);
    // A name only the framed page refuses, so only its own look at the jar can remove it.
    // With a cookie nobody refuses beside it, to show the server's answer arrived: the framed
    // page's own look may have taken late_probe away already.
    await serverSets('late_probe=1; Path=/; Domain=example.test', 'late_control=1; Path=/; Domain=example.test');
    expect(document.cookie).to.contain('late_control=1');
    await waitFor(() => !doc.cookie.includes('late_probe'));
    // Polled, not told of cookie changes: other tabs' decisions come by broadcast too.
    expect((page.contentWindow as unknown as { channelsOpened: number }).channelsOpened).to.equal(1);
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  // A cookie-domain that is not the page's host or a parent of it is not used: the decision is
  // stored for the host alone, and the subdomains the administrator meant to share it with ask again.
  for (const [domain, warned] of [
    ['example.test', false],
    ['.Example.test', false],
    ['app.example.test', false],
    ['other.example.test', true],
    ['example.com', true],
    ['test', true],
  ] as const)
    it(`cookie-domain="${domain}" on app.example.test: the console ${warned ? 'says the decision stays on this host' : 'stays quiet'}`, async () => {
      const page = await frame(`/test/fixtures/cookie-domain.html?domain=${encodeURIComponent(domain)}`);
      const win = page.contentWindow as unknown as { warnings: string[] };
      await waitFor(() => deferredIn(page.contentWindow!), 10000);
      await new Promise((r) => setTimeout(r, 300));
      expect(win.warnings).to.deep.equal(
        warned ? [`creatio-cookie-consent: cookie-domain="${domain}" is not app.example.test or a parent domain of it: the decision stays host-only`] : [],
      );
    });

  // The console reads the page's element, as the configuration does, not one a visitor posted above it.
  for (const [domain, posted, warned] of [
    ['', 'example.com', false],
    ['other.example.test', 'example.test', true],
  ] as const)
    it(`cookie-domain="${domain}" on app.example.test, "${posted}" on an element posted above: the console ${warned ? 'names the page\'s' : 'stays quiet'}`, async () => {
      const page = await frame(`/test/fixtures/cookie-domain.html?domain=${domain}&posted=${posted}`);
      const win = page.contentWindow as unknown as { warnings: string[] };
      await waitFor(() => deferredIn(page.contentWindow!), 10000);
      await new Promise((r) => setTimeout(r, 300));
      expect(page.contentDocument!.querySelector('creatio-cookie-consent')!.getAttribute('cookie-domain'), 'the posted element is first').to.equal(posted);
      expect(win.warnings).to.deep.equal(
        warned ? [`creatio-cookie-consent: cookie-domain="${domain}" is not app.example.test or a parent domain of it: the decision stays host-only`] : [],
      );
    });

  const nothingAsks = {
    '': 'no <creatio-cookie-consent> in the document 3 s after the load: nothing asks the visitor, and every optional category stays refused',
    '?late': '',
    // The top layer does not lift a box out of a hidden ancestor: the banner shows nothing.
    '?hidden': "<creatio-cookie-consent>'s banner does not show (a hidden ancestor, or the page's CSS): nothing asks the visitor, and every optional category stays refused",
  };
  for (const [search, warning] of Object.entries(nothingAsks))
    it(`a page with the script and ${{ '': 'no element', '?late': 'an element that comes a second after the load', '?hidden': 'its element in a hidden box' }[search]}: the console ${warning ? 'says nothing asks the visitor' : 'stays quiet'}`, async () => {
      const page = await frame(`/test/fixtures/no-element.html${search}`);
      const win = page.contentWindow as unknown as { warnings: string[] };
      const started = performance.now();
      if (warning) await waitFor(() => win.warnings.length > 0, 9000);
      else await new Promise((r) => setTimeout(r, 6000));
      expect(win.warnings).to.deep.equal(warning ? [`creatio-cookie-consent: ${warning}`] : []);
      if (warning) expect(performance.now() - started, 'not before the 3 s').to.be.above(2900);
    }).timeout(12000);

  // The console said why once, when the interface failed to load (after the page's load, or at the
  // click, whichever came first).
  it('a settings link without the interface file opens nothing, without an unhandled rejection', async () => {
    // The drop-in copied without its interface file (the held-frames page the test server serves so).
    const page = await frame('/__noui/page.html');
    const win = page.contentWindow as Window & typeof globalThis;
    const unhandled: unknown[] = [];
    win.addEventListener('unhandledrejection', (e) => unhandled.push(String(e.reason)));
    settingsLink(win.document).click();
    await new Promise((r) => setTimeout(r, 1000));
    expect(win.customElements.get('creatio-cookie-consent'), 'no interface').to.equal(undefined);
    expect(unhandled).to.deep.equal([]);
  });

  const warningsIn = (page: HTMLIFrameElement) => (page.contentWindow as unknown as { warnings: string[] }).warnings;

  // A server's hiccup, or a deployment caught half-way, answered the interface's first request with
  // a 503: the page had no banner, and a visitor's "Cookie settings" did nothing, until the next page.
  // Firefox keeps a module's failure for the document's life (whatwg/html#6768): it is asked for
  // under an address of its own each time (a fragment, which the request does not carry).
  // The retry waits for the load and then for the browser to be idle (2 s at most): a Firefox busy
  // with the rest of the suite once had no interface 5 s after the frame's load (not reproduced).
  it('an interface file that failed once is fetched again once the page has loaded: the banner comes after all', async () => {
    const page = await frame(`/__flakyui1-${token()}/page.html`);
    const el = await elementWithin(page, 10000);
    expect(el, 'the interface, at its second request').to.not.equal(null);
    expect(banner(el!), 'the banner').to.exist;
    expect(warningsIn(page), 'the console said why the first failed').to.have.length(1);
    expect(seenIn(page).errors).to.deep.equal([]);
  }).timeout(15000);

  it('an interface file that failed at the start and after the load is fetched again at a settings click, which opens the preferences', async () => {
    const page = await frame(`/__flakyui2-${token()}/page.html`);
    const win = page.contentWindow as Window & typeof globalThis;
    await waitFor(() => warningsIn(page).length === 2, 5000);
    settingsLink(win.document).click();
    const el = await elementWithin(page, 3000);
    expect(el, 'the interface, at its third request').to.not.equal(null);
    await waitFor(() => el!.open && !!el!.shadowRoot!.querySelector('dialog')?.open);
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  // Asked for again, not in a loop: a file that stays missing costs the page a request at the start,
  // one after the load, and one at each state the runtime tells meanwhile or click, each failure a
  // warning in the console (a loop would be hundreds). A bound, not the retry: the two tests above
  // are the retry's.
  it('an interface file that keeps failing is asked for a few times, not in a loop', async () => {
    const page = await frame(`/__flakyui9-${token()}/page.html`);
    await new Promise((r) => setTimeout(r, 3500));
    expect(warningsIn(page).length).to.be.within(1, 3);
    expect(page.contentWindow!.customElements.get('creatio-cookie-consent'), 'no interface').to.equal(undefined);
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  // A file fetched again after a failure is asked for under an address of its own (Firefox keeps a
  // module's failure for the document's life): what the packs take from it is that copy, never the
  // address that failed (Firefox: the writer would not load) nor a second copy (a second guard's
  // worth of state).
  it('after the interface came at its second request, "Always allow" on a held frame stores the decision, with the interface asked for twice', async () => {
    const page = await frame(`/__flakyui1-${token()}/page.html?page=embeds`);
    const win = page.contentWindow as Window & typeof globalThis;
    expect(await elementWithin(page, 10000), 'the interface, at its second request').to.not.equal(null);
    await waitFor(() => !!heldPlaceholder(page), 10000);
    heldButtons(page)[1].click();
    await waitFor(() => has('CookieConscent'), 3000);
    expect(win.document.getElementById('video')!.getAttribute('src'), 'the frame loads').to.not.equal(null);
    expect(
      filesBeside(win).filter((u) => u.pathname.endsWith('.ui.js')),
      'the interface asked for at the start and once again',
    ).to.have.length(2);
    expect(warningsIn(page), 'the first failure, said once').to.have.length(1);
    expect(seenIn(page).errors).to.deep.equal([]);
  }).timeout(20000);

  // The deferred file when the watchers are due (nothing on the page needed it before), and the
  // embeds' pack it loads: each asked for again ten seconds after it failed, the held frame held
  // meanwhile and placed once it comes; one copy of each runs.
  for (const [flaky, what] of [
    ['deferred', 'a deferred file that failed when the watchers were due'],
    ['embeds', "an embeds' pack that failed once"],
  ] as const)
    it(`${what} is fetched again ten seconds later: the held frame gets its placeholder`, async () => {
      const page = await frame(`/__flaky${flaky}1-${token()}/page.html?page=embeds`);
      const win = page.contentWindow as Window & typeof globalThis;
      await waitFor(() => warningsIn(page).length === 1, 10000);
      expect(heldPlaceholder(page), 'none while the file is missing').to.equal(null);
      await waitFor(() => !!heldPlaceholder(page), 20000);
      expect(filesBeside(win).filter((u) => u.pathname.endsWith(`.${flaky}.js`)), 'the file asked for twice').to.have.length(2);
      heldButtons(page)[0].click();
      expect(win.document.getElementById('video')!.getAttribute('src'), '"Load once" loads the frame').to.not.equal(null);
      expect(warningsIn(page)).to.have.length(1);
      expect(seenIn(page).errors).to.deep.equal([]);
    }).timeout(35000);

  // So is a language's pack: the banner that showed in English stays so until the preferences open
  // (their request to open is the moment the visitor's eyes move to them); then both speak German.
  it("a language's pack that failed once is asked for again when the preferences next open: they open in it", async () => {
    const page = await frame(`/__flakyde1-${token()}/page.html`);
    const win = page.contentWindow as Window & typeof globalThis;
    const el = (await elementWithin(page, 10000))!;
    const accept = () => el.shadowRoot!.querySelector('[part~="accept"]')!.textContent!.trim();
    expect(accept(), 'the banner, in English after the failure').to.equal('Accept all');
    await el.showPreferences();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('h2')!.textContent!.trim(), 'the preferences').to.equal('Cookie-Einstellungen');
    expect(dialog.getAttribute('lang')).to.equal('de');
    expect(accept(), 'the banner').to.equal('Alle akzeptieren');
    expect(filesBeside(win).filter((u) => u.pathname.endsWith('.de.js')), 'asked for twice').to.have.length(2);
    expect(seenIn(page).errors).to.deep.equal([]);
  }).timeout(20000);

  // And for as long as it fails (a deployment's minutes, a time without a network): asked for again
  // twice as long after each failure (the page's long waits shortened).
  for (const flaky of ['deferred', 'embeds'] as const)
    it(`the ${flaky === 'deferred' ? 'deferred file' : "embeds' pack"} is asked for again twice as long after each failure, for as long as it fails`, async () => {
      const page = await frame(`/__flaky${flaky}5-${token()}/page.html?page=embeds`);
      const win = page.contentWindow as Window & typeof globalThis;
      const waits = shortenWaits(win);
      await waitFor(() => !!heldPlaceholder(page), 20000);
      expect(waits, 'the waits before each new attempt').to.deep.equal([1e4, 2e4, 4e4, 8e4, 16e4]);
      expect(filesBeside(win).filter((u) => u.pathname.endsWith(`.${flaky}.js`)), 'five failures, then the file').to.have.length(6);
      expect(warningsIn(page), 'each failure said').to.have.length(5);
      expect(seenIn(page).errors).to.deep.equal([]);
    }).timeout(30000);

  // The preferences' pack (the cookie lists, the dialog's styles, the categories' descriptions) that
  // failed once, at a server's hiccup or a moment offline: on a page that lives for hours (Creatio's
  // is one application), every later opening showed the dialog without them until the next load.
  // Asked for again when they next open, not while they are open (nothing changes under the
  // visitor's eyes); in Firefox under an address of its own.
  it("a preferences' pack that failed once is asked for again when they next open: they open whole", async () => {
    const page = await frame(`/__flakypreferences1-${token()}/page.html`);
    const win = page.contentWindow as Window & typeof globalThis;
    const el = (await elementWithin(page, 10000))!;
    const dialog = () => el.shadowRoot!.querySelector('dialog')!;
    await el.showPreferences();
    expect(dialog().open, 'the first opening, without the pack').to.equal(true);
    expect(dialog().querySelector('table'), 'no cookie lists the first time').to.equal(null);
    dialog().querySelector<HTMLElement>('[role="switch"]:not(:disabled)')!.click();
    await el.updateComplete;
    expect(filesBeside(win).filter((u) => u.pathname.endsWith('.preferences.js')), 'not asked for again while they are open').to.have.length(1);
    el.closePreferences();
    await el.updateComplete;
    await el.showPreferences();
    expect(dialog().open).to.equal(true);
    const rows = Array.from(dialog().querySelectorAll<HTMLTableRowElement>('tbody tr'), (r) => Array.from(r.cells, (c) => c.textContent!.trim()).join(' | '));
    expect(rows.find((r) => r.startsWith('_ga |')) ?? 'none', 'the cookie lists').to.match(/^_ga \| 1 year \| Google Analytics/);
    expect(getComputedStyle(dialog()).borderTopLeftRadius, "the dialog's styles").to.equal('8px');
    expect(filesBeside(win).filter((u) => u.pathname.endsWith('.preferences.js')), 'asked for twice').to.have.length(2);
    expect(seenIn(page).errors).to.deep.equal([]);
  }).timeout(20000);

  // Watchers that threw as they started (something on the page they did not expect) did not fail to
  // come: started again, they would install a second interval and listeners beside the first's.
  it('watchers that threw as they started are not started again', async () => {
    const win = (await frame('/test/fixtures/blank.html')).contentWindow!;
    const waits = shortenWaits(win);
    let starts = 0;
    // The start's look (`soon`) throws; the interval's looks after it do not.
    const look = (soon: boolean) => {
      if (soon) throw new Error(`a look that throws (${++starts})`);
    };
    later(win).watch({}, { look, online: () => {}, roots: () => [] });
    await waitFor(() => starts > 0, 10000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(waits, 'no new attempt scheduled').to.deep.equal([]);
    expect(starts).to.equal(1);
  });

  it('a page with a held frame whose embeds\' pack is missing keeps the frame held, without an unhandled rejection', async () => {
    const page = await frame('/__noembeds/page.html');
    const win = page.contentWindow as Window & typeof globalThis;
    const unhandled: unknown[] = [];
    win.addEventListener('unhandledrejection', (e) => unhandled.push(String(e.reason)));
    // The deferred file looks for held frames once the page has loaded and is idle, then every second.
    await new Promise((r) => setTimeout(r, 2500));
    expect(win.document.getElementById('video')!.getAttribute('src'), 'still held').to.equal(null);
    expect(unhandled).to.deep.equal([]);
  });

  it('composes with a library that wrapped document.cookie first', async () => {
    const page = await frame('/test/fixtures/faults.html?fault=wrapped');
    const el = await framedElement(page);
    const doc = page.contentDocument!;
    const writes = (page.contentWindow as unknown as { wrappedWrites: string[] }).wrappedWrites;
    writes.length = 0;
    doc.cookie = '_ga=1; path=/';
    doc.cookie = 'allowed=1; path=/';
    expect(writes, 'a refused write never reaches the other library').to.deep.equal(['allowed']);
    el.acceptAll();
    expect(writes).to.include('CookieConscent');
    doc.cookie = '_ga=2; path=/';
    expect(writes.at(-1)).to.equal('_ga');
    expect(doc.cookie).to.contain('_ga=2');
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  for (const [name, url] of [
    ['answering 500', '/__consent?status=500'],
    ['unreachable', '/__consent?destroy=1'],
  ])
    it(`keeps the decision and queues the receipt when consent-url is ${name}`, async () => {
      const rejections: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
      addEventListener('unhandledrejection', onRejection);
      const el = await freshElement(html`<creatio-cookie-consent consent-url=${url}></creatio-cookie-consent>`);
      byName(el, 'Reject all').click();
      expect(el.consent!.categories.functional).to.equal(false);
      await waitFor(() => JSON.parse(localStorage.getItem('creatio-cookie-consent:pending') ?? '[]').length === 1);
      await new Promise((r) => setTimeout(r, 300));
      removeEventListener('unhandledrejection', onRejection);
      expect(rejections).to.deep.equal([]);
      expect(document.cookie).to.contain('CookieConscent=');
    });

  it('gives up on an endpoint that does not answer in time, keeping the receipt', async () => {
    const record = { v: 1, id: 'abcdefgh', rev: 1, created: new Date().toISOString(), updated: new Date().toISOString(), categories: { necessary: true } };
    const started = Date.now();
    const ok = await sendReceipt(window, '/__consent?delay=3000', receiptFor(record, 'api', [], location), 300);
    expect(ok).to.equal(false);
    expect(Date.now() - started).to.be.below(2000);
    expect(JSON.parse(localStorage.getItem('creatio-cookie-consent:pending')!)).to.have.length(1);
  });

  it('two elements on one page share one decision and one event per change', async () => {
    const [a, b] = Array.from(
      (await fixture(html`<div><creatio-cookie-consent></creatio-cookie-consent><creatio-cookie-consent></creatio-cookie-consent></div>`)).children,
    ) as CreatioCookieConsent[];
    await a.updateComplete;
    await b.updateComplete;
    let events = 0;
    const count = () => events++;
    document.addEventListener('creatio-consent-change', count);
    (a.shadowRoot!.querySelector('[part~="accept"]') as HTMLElement).click();
    document.removeEventListener('creatio-consent-change', count);
    await b.updateComplete;
    expect(events).to.equal(1);
    expect(banner(a)).to.equal(null);
    expect(banner(b)).to.equal(null);
    expect(b.consent).to.deep.equal(a.consent);
  });

  it('an element removed and added again works, with no doubled events', async () => {
    const el = await freshElement();
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    let events = 0;
    const count = () => events++;
    document.addEventListener('creatio-consent-change', count);
    byName(el, 'Accept all').click();
    document.removeEventListener('creatio-consent-change', count);
    expect(events).to.equal(1);
    el.remove();
    el.rejectAll();
    parent.append(el);
    await el.updateComplete;
    expect(banner(el)).to.equal(null);
    expect(el.consent!.categories.analytical).to.equal(false);
  });

  it('a removed element leaves the keyboard alone', async () => {
    const el = await freshElement();
    el.remove();
    const after = document.createElement('button');
    after.textContent = 'page button';
    document.body.append(after);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
    after.remove();
  });

  it('a cookie jar near the browser\'s limits: the decision is stored and GA is cleared', async () => {
    // Near Chromium's 180 cookies a domain, one of them near the 4 KB a cookie may hold (kept
    // below what the test server's HTTP/2 header limit takes in one request).
    const filler = Array.from({ length: 150 }, (_, i) => `fill${i}=${'x'.repeat(i ? 30 : 3900)}; path=/`);
    plant(...filler, '_ga=GA1.1.1; path=/; domain=example.test');
    const el = await freshElement();
    await waitFor(() => !document.cookie.includes('_ga='), 1000);
    byName(el, 'Reject all').click();
    expect(document.cookie).to.contain('CookieConscent=');
    expect(el.consent).to.not.equal(null);
    // Cleaned before anything talks to the test server: its HTTP/2 header limit is below the jar's.
    for (let i = 0; i < 150; i++) document.cookie = `fill${i}=; path=/; max-age=0`;
    expect((await browserCookies()).filter((c) => c.name === 'CookieConscent')).to.have.length(1);
  });
});
