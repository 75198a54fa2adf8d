import { expect } from '@open-wc/testing';
import { askFrame, waitFor } from '../support/helpers.js';

// A page shown in a frame with `sandbox="allow-scripts"` (a CMS's preview pane, a portal's widget)
// has an opaque origin: there is no jar to read or write, and `document.cookie` throws a
// SecurityError where any other page reads an empty string. Nothing can be stored, so nothing needs
// guarding, but the page must not see an exception, tags still start denied, and the visitor can
// still decide for the page.
describe('in a sandboxed frame (an opaque origin, no cookies at all)', function () {
  this.timeout(20000);
  let page: HTMLIFrameElement;
  const ask = (command: string) => askFrame(page, command);

  beforeEach(async () => {
    await fetch('/__receipts?clear');
    page = document.createElement('iframe');
    page.setAttribute('sandbox', 'allow-scripts');
    page.src = '/test/fixtures/sandboxed.html';
    const loaded = new Promise((r) => page.addEventListener('load', r, { once: true }));
    document.body.append(page);
    await loaded;
  });
  afterEach(() => page.remove());

  it('starts denied and shows the banner without an exception', async () => {
    let report = await ask('look');
    expect(report.origin).to.equal('null');
    await waitFor(async () => (report = await ask('look')).banner, 5000);
    // The watchers' first look comes after the load, and then every second.
    await new Promise((r) => setTimeout(r, 1500));
    report = await ask('look');
    expect(report.seen.errors).to.deep.equal([]);
    expect(report.consentMode).to.deep.equal(['default denied']);
    expect(report.tagRan).to.equal(false);
    expect(report.seen.events.map((e) => e.type)).to.deep.equal(['creatio-consent-ready']);
  });

  it('lets the visitor decide for the page, without an exception', async () => {
    await waitFor(async () => (await ask('look')).defined, 5000);
    let report = await ask('accept');
    expect(report.consent).to.include({ necessary: true, functional: true, analytical: true });
    expect(report.banner, 'the banner is gone').to.equal(false);
    await waitFor(async () => (report = await ask('look')).tagRan);
    expect(report.consentMode).to.deep.equal(['default denied', 'update granted']);
    expect(report.seen.events.map((e) => e.type)).to.deep.equal(['creatio-consent-ready', 'creatio-consent-change']);
    await new Promise((r) => setTimeout(r, 1500));
    report = await ask('reject');
    expect(report.consent).to.include({ analytical: false });
    await new Promise((r) => setTimeout(r, 300));
    expect((await ask('look')).seen.errors).to.deep.equal([]);
    // Said once, as for any consent-url on another origin — not a SecurityError from each attempt.
    expect((await ask('look')).warnings).to.deep.equal(["creatio-cookie-consent: consent-url is not on this page's origin; receipts wait for one that is: /__consent"]);
    // Its `consent-url` is on the server the frame came from, but not same-origin: an opaque origin
    // is no origin's, and a receipt from it would be a cross-origin request the endpoint refuses.
    expect(await (await fetch('/__receipts')).json(), 'nothing sent, not even a preflight').to.deep.equal([]);
  });
});
