import { expect } from '@open-wc/testing';
import { banner, byName, clearAllCookies, decisionIn, dialog, elementWithin, frame, seenIn, switchNamed, waitFor } from '../support/helpers.js';

type Page = Window & typeof globalThis & { analyticsTagRan?: boolean };

/** The categories of the decision stored in the framed page. */
const decided = (page: HTMLIFrameElement) => decisionIn(page)?.categories ?? null;

/** Each test with an empty jar and no frame left from the one before. */
function isolated(): void {
  beforeEach(clearAllCookies);
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    await clearAllCookies();
  });
}

/**
 * SES's `lockdown()` (hardened JavaScript: MetaMask's LavaMoat, wallet pages, Agoric) freezes every
 * intrinsic before the page's other scripts run, `Symbol` among them. Lit adds `Symbol.metadata` to
 * `Symbol` when its module is evaluated, which throws on a frozen `Symbol`: the interface file
 * failed, and the visitor was never asked (no banner, a settings link that opened nothing).
 */
describe('a page hardened with SES lockdown() before the drop-in', () => {
  isolated();

  it('shows the banner; a click on it stores the decision and runs the gated tag', async () => {
    const page = await frame('/test/fixtures/lockdown.html');
    const win = page.contentWindow as Page;
    expect(win.Object.isFrozen(win.Symbol), 'the page is locked down').to.equal(true);
    const el = (await elementWithin(page, 5000))!;
    expect(el !== null, 'the interface').to.equal(true);
    expect(!!banner(el), 'the banner').to.equal(true);
    expect(win.analyticsTagRan, 'the gated tag before a decision').to.equal(undefined);
    byName(el, 'Accept all').click();
    await waitFor(() => decided(page) !== null);
    expect(decided(page)).to.deep.equal({ necessary: true, functional: true, analytical: true });
    await waitFor(() => win.analyticsTagRan === true);
    expect(seenIn(page).events.map((e) => e.type)).to.deep.equal(['creatio-consent-ready', 'creatio-consent-change']);
  });

  it('opens the preferences from a settings link, and saves a choice', async () => {
    const page = await frame('/test/fixtures/lockdown.html');
    const el = (await elementWithin(page, 5000))!;
    expect(el !== null, 'the interface').to.equal(true);
    byName(el, 'Reject all').click();
    await waitFor(() => decided(page) !== null);
    page.contentDocument!.querySelector<HTMLElement>('[data-cookie-settings]')!.click();
    await waitFor(() => dialog(el).open && !!el.shadowRoot!.querySelector('label'));
    switchNamed(el, 'Functional').click();
    byName(el, 'Save choices').click();
    await waitFor(() => decided(page)?.functional === true);
    expect(decided(page)).to.deep.equal({ necessary: true, functional: true, analytical: false });
    expect(seenIn(page).errors).to.deep.equal([]);
  });
});

/**
 * A page that freezes the DOM's prototypes (`Document`, `Element`, `Storage`, `CookieStore`) before
 * the drop-in leaves no write path to wrap. The core must still start: Consent Mode's default before
 * the page's tags, the banner, refused cookies cleared after the fact, and the console saying why.
 */
describe('a page that froze the DOM prototypes before the drop-in', () => {
  isolated();

  it('starts: Consent Mode denies before the tag, the banner asks, the console says writes are cleared only after the fact', async () => {
    const page = await frame('/test/fixtures/frozen-dom.html');
    const win = page.contentWindow as Page & { tagSawDefault?: boolean; warnings: string[] };
    expect(win.Object.isFrozen(win.Document.prototype), 'the page froze them').to.equal(true);
    expect(seenIn(page).errors, 'exceptions').to.deep.equal([]);
    expect(win.tagSawDefault, "Consent Mode's default before the tag").to.equal(true);
    const el = (await elementWithin(page, 5000))!;
    expect(el !== null, 'the interface').to.equal(true);
    expect(!!banner(el), 'the banner').to.equal(true);
    await waitFor(() => !page.contentDocument!.cookie.includes('_ga='), 3000);
    await waitFor(() => win.warnings.some((w) => /Document cookie, Storage setItem.* frozen before this script/.test(w)), 8000);
  });
});
