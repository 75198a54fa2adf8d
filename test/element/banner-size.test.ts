import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { banner, byName, clearAllCookies, freshElement, waitFor } from '../support/helpers.js';

/**
 * The banner never covers more than 40% of the screen (WCAG 2.4.11: what has focus on the page
 * stays in sight above it); on a short screen it scrolls inside itself, and each of its buttons
 * scrolls into its view when focused.
 */
describe('the banner on small screens', () => {
  beforeEach(clearAllCookies);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [width, height] of [
    [375, 667],
    [320, 256],
    [1280, 800],
  ])
    it(`takes at most 40% of a ${width}×${height} screen, every button reachable`, async () => {
      // Showing when the screen takes its size, as when a phone is turned. (Styled after the change,
      // a banner was as tall as on the screen before in WebKit, when no element was on the page during
      // the change: WebKit shares its styles' viewport among shadow roots and updated none then.)
      const el = await freshElement();
      await setViewport({ width, height });
      const box = banner(el)!.getBoundingClientRect();
      expect(box.height, 'banner height').to.be.at.most(height * 0.4 + 1);
      expect(box.bottom).to.be.closeTo(height, 1);
      // As the keyboard goes through them: Accept all, then Tab, Tab.
      byName(el, 'Accept all').focus();
      for (const name of ['Accept all', 'Reject all', 'Customize']) {
        if (name !== 'Accept all') await sendKeys({ press: 'Tab' });
        const button = byName(el, name);
        expect(el.shadowRoot!.activeElement, name).to.equal(button);
        // Scrolled into the banner's view by the browser: WebKit does it some frames after the focus.
        const inSight = () => button.getBoundingClientRect().top >= box.top - 1 && button.getBoundingClientRect().bottom <= box.bottom + 1;
        await waitFor(inSight, 1000).catch(() => {});
        const at = button.getBoundingClientRect();
        expect(at.top, `${name} in sight`).to.be.at.least(box.top - 1);
        expect(at.bottom, `${name} in sight`).to.be.at.most(box.bottom + 1);
      }
    });

  it('on a phone (375×667) stacks its buttons full width, Accept all first; side by side on a wide screen', async () => {
    const el = await freshElement();
    await setViewport({ width: 375, height: 667 });
    const inner = banner(el)!.querySelector('p')!.getBoundingClientRect();
    const boxes = ['Accept all', 'Reject all', 'Customize'].map((name) => byName(el, name).getBoundingClientRect());
    for (const box of boxes) expect(box.width, 'as wide as the text above').to.be.closeTo(inner.width, 1);
    boxes.reduce((above, box) => (expect(box.top, 'stacked').to.be.at.least(above.bottom), box));
    await setViewport({ width: 1280, height: 800 });
    await new Promise((r) => requestAnimationFrame(r));
    const [accept, reject] = ['Accept all', 'Reject all'].map((name) => byName(el, name).getBoundingClientRect());
    expect(reject.top, 'one row').to.be.closeTo(accept.top, 1);
  });
});
