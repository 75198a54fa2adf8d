import { expect } from '@open-wc/testing';
import { byName, clearAllCookies, cookieHeader, frame, framedElement, has, seenIn, serverSets, waitFor } from '../support/helpers.js';

type Page = Window & typeof globalThis & { attackerRan?: boolean };

/** Each test with an empty jar and no frame left from the one before. */
function isolated(): void {
  beforeEach(clearAllCookies);
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    await clearAllCookies();
  });
}

/**
 * DOM clobbering: markup without script (a comment, an article a site renders as HTML) whose
 * `<img name="currentScript">` shadows `document.currentScript`, as a named property of the document
 * does. Where the drop-in is added after such markup (Creatio's bootstrap adds it once the page has
 * loaded), it must neither load its files from the image's address (the attacker's script) nor
 * read its configuration from the image's `data-*`.
 */
describe('a page whose document.currentScript (and Terrasoft) markup clobbers', () => {
  isolated();

  it('loads its interface from beside itself, not from the address of the image', async () => {
    const page = await frame('/test/fixtures/clobbered.html');
    const win = page.contentWindow as Page;
    expect((win.document as unknown as Record<string, unknown>).currentScript, 'the clobbering works in this browser').to.be.instanceOf(win.HTMLImageElement);
    // The interface is fetched at once: there is no decision.
    await waitFor(() => !!win.attackerRan || !!win.customElements.get('creatio-cookie-consent'));
    expect(win.attackerRan, "the image's address was taken for the script's").to.equal(undefined);
    const el = await framedElement(page);
    expect(el.shadowRoot!.querySelector('[part~="banner"]'), 'the banner, from the real interface').to.exist;
  });

  // On a page without Creatio's `Terrasoft`, links can make one: its culture then read as a link's
  // address, whose scheme picked a built-in language (Arabic, right to left) for the page's visitors.
  // Firefox names only the first element of a repeated id on the window, not a collection of them:
  // these links make no culture there.
  it("speaks the page's language, not one that links named Terrasoft make up", async function () {
    const page = await frame('/test/fixtures/clobbered.html');
    const win = page.contentWindow as Page & { Terrasoft?: { currentUserCultureName?: unknown } };
    if (String(win.Terrasoft?.currentUserCultureName) !== 'ar-x:post') this.skip();
    const el = await framedElement(page);
    const banner = el.shadowRoot!.querySelector('[part~="banner"]')!;
    expect([banner.getAttribute('lang'), banner.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
  });

  // Read from the page's runtime: this test page's own guard reaches the frame first (it guards
  // same-origin frames), so a write there would be refused whatever the frame's runtime says.
  it("takes no configuration from the image's data-*", async () => {
    const page = await frame('/test/fixtures/clobbered.html');
    type Runtime = { state: { config: { cookies: Record<string, string[]> } } };
    const slot = page.contentWindow as unknown as Record<symbol, Runtime | undefined>;
    await waitFor(() => !!slot[Symbol.for('creatio-cookie-consent')]);
    expect(slot[Symbol.for('creatio-cookie-consent')]!.state.config.cookies.analytical, 'the image says data-analytical-cookies="nothing"').to.include('_ga');
  });
});

/**
 * The same with the jar itself: an `<img name="cookie">` shadows `document.cookie`. Read through it,
 * the jar was an image (the core threw); written through it, Chromium stores nothing: refused cookies
 * a server set stayed, and the visitor's decision was never stored.
 */
describe('a page whose document.cookie markup clobbers', () => {
  isolated();

  it('stores the decision, clears what it refuses, and throws nothing', async () => {
    const page = await frame('/test/fixtures/clobbered-cookie.html');
    const doc = page.contentDocument!;
    expect(String((doc as unknown as Record<string, unknown>).cookie), 'the clobbering works in this browser').to.equal('[object HTMLImageElement]');
    const el = await framedElement(page);
    byName(el, 'Accept all').click();
    expect(await cookieHeader(), 'the decision is stored').to.contain('CookieConscent=');
    // This test page runs the product too, on the same jar: it follows the decision before a
    // server sets _ga, and the withdrawal below is checked in the task that makes it, before it
    // could follow that too.
    const here = (window as unknown as Record<symbol, { categories: Record<string, boolean> }>)[Symbol.for('creatio-cookie-consent')];
    await waitFor(() => here.categories.analytical === true);
    await serverSets('_ga=GA1.1.server; Path=/');
    expect(has('_ga'), 'granted: kept').to.equal(true);
    el.setConsent({ analytical: false });
    // Read in the framed page, through the accessor its markup shadows: WebKit keeps each document's
    // copy of the jar, and this page's copy hears of a write from another document a moment later.
    const jar = Object.getOwnPropertyDescriptor((page.contentWindow as Page).Document.prototype, 'cookie')!.get!.call(doc) as string;
    expect(jar.split('; ').some((c) => c.startsWith('_ga=')), 'withdrawn: cleared at once').to.equal(false);
    expect(await cookieHeader(), 'and from the jar the server reads').not.to.contain('_ga=');
    expect(seenIn(page).errors).to.deep.equal([]);
  });
});
