import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { banner, byName, clearAllCookies, freshElement, inWebKit } from '../support/helpers.js';

// A fixed box is drawn on every printed page, over the page's text: a visitor who prints an article
// or a record before deciding would lose a strip of each sheet to the banner.
describe('printing the page', () => {
  beforeEach(clearAllCookies);

  // Firefox over WebDriver BiDi cannot emulate print media (puppeteer does it over CDP only, and
  // the command's failure prints a stack on the server), nor can WebKit over WebDriver: there the
  // tests skip, rather than pass untried.
  let printing = false;
  const media = async (context: Mocha.Context, media: 'print' | 'screen') => {
    if (navigator.userAgent.includes('Firefox/') || inWebKit) context.skip();
    await emulateMedia({ media });
    printing = media === 'print';
  };
  afterEach(async () => {
    if (printing) await emulateMedia({ media: 'screen' });
    printing = false;
  });

  const drawn = (box: Element | null | undefined) => !!box && box.getClientRects().length > 0;

  it('prints neither the banner nor the settings button, and shows both again on screen', async function () {
    const el = await freshElement(html`<creatio-cookie-consent settings-button></creatio-cookie-consent>`);
    await media(this, 'print');
    expect(matchMedia('print').matches, 'print emulated').to.equal(true);
    expect(drawn(banner(el)), 'banner printed').to.equal(false);
    await media(this, 'screen');
    expect(drawn(banner(el)), 'banner on screen').to.equal(true);

    byName(el, 'Reject all').click();
    await el.updateComplete;
    const settings = el.shadowRoot!.querySelector('[part~="settings-button"]');
    expect(drawn(settings), 'settings button on screen').to.equal(true);
    await media(this, 'print');
    expect(drawn(settings), 'settings button printed').to.equal(false);
  });

  it('prints the preferences when they are open: the visitor asked for them', async function () {
    const el = await freshElement();
    await el.showPreferences();
    await media(this, 'print');
    expect(drawn(el.shadowRoot!.querySelector('dialog[open]'))).to.equal(true);
  });
});
