import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { banner, byName, clearAllCookies, freshElement } from '../support/helpers.js';

/**
 * WCAG 2.4.11 (focus not obscured): what has focus on the page never sits under the banner, not even
 * the page's last link on a page that cannot scroll any further to bring it above the banner.
 */
describe('focus on the page while the banner shows', () => {
  let filler: HTMLDivElement;
  let footer: HTMLAnchorElement;
  beforeEach(async () => {
    await clearAllCookies();
    filler = document.createElement('div');
    filler.style.height = '1500px';
    footer = document.createElement('a');
    footer.href = '#footer';
    footer.textContent = 'The footer link, last on the page';
    document.body.append(filler, footer);
  });
  afterEach(async () => {
    filler.remove();
    footer.remove();
    await setViewport({ width: 800, height: 600 });
  });

  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

  for (const [width, height] of [
    [1280, 800],
    [320, 640],
    [320, 256],
  ])
    it(`Shift+Tab from the banner to the page's last link leaves it in sight, not under the banner (${width}×${height})`, async () => {
      await setViewport({ width, height });
      const el = await freshElement();
      // Start from a focused element: the banner's first button.
      byName(el, 'Accept all').focus();
      // Out of the banner (Firefox makes a banner that scrolls inside itself a stop of its own).
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 3 && document.activeElement === el; i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement?.textContent).to.equal(footer.textContent);
      await frame();
      const link = footer.getBoundingClientRect();
      const box = banner(el)!.getBoundingClientRect();
      expect(link.top >= 0 && link.bottom <= height, 'in the viewport').to.equal(true);
      expect(link.bottom <= box.top || link.top >= box.bottom, `link ${link.top}–${link.bottom}, banner ${box.top}–${box.bottom}`).to.equal(true);
      // And back into the banner: its buttons are in sight wherever it is.
      await sendKeys({ press: 'Tab' });
      if (el.shadowRoot!.activeElement?.localName === 'section') await sendKeys({ press: 'Tab' });
      await frame();
      const button = byName(el, 'Accept all').getBoundingClientRect();
      expect(el.shadowRoot!.activeElement?.textContent).to.equal('Accept all');
      expect(button.top >= 0 && button.bottom <= height, 'Accept all in sight').to.equal(true);
    });

  // WCAG 2.4.11 for the floating settings button as for the banner: a decided visitor's focus on the
  // page's last link, in the corner the button sits in, is not under it.
  it('the settings button moves out of the way of what has focus on the page, and back', async () => {
    await setViewport({ width: 800, height: 600 });
    const el = await freshElement(html`<creatio-cookie-consent settings-button></creatio-cookie-consent>`);
    el.acceptAll();
    await el.updateComplete;
    const settings = el.shadowRoot!.querySelector('[part~="settings-button"]')!;
    const apart = (a: DOMRect, b: DOMRect) => a.bottom <= b.top || a.top >= b.bottom || a.right <= b.left || a.left >= b.right;
    footer.focus();
    await frame();
    expect(footer.getBoundingClientRect().bottom, 'the link is in the button\'s corner').to.be.above(innerHeight - 60);
    expect(apart(footer.getBoundingClientRect(), settings.getBoundingClientRect()), 'the focused link is clear of the button').to.equal(true);
    // Focus where the button went: it goes back.
    const top = document.createElement('a');
    top.href = '#top';
    top.textContent = 'A link at the top of the page';
    document.body.prepend(top);
    top.focus();
    await frame();
    expect(apart(top.getBoundingClientRect(), settings.getBoundingClientRect()), 'the link at the top is clear of it too').to.equal(true);
    top.remove();
  });

  // The edge line and the shadow set the banner off from the page (the line alone in forced colours,
  // which drop shadows): on the edge that faces the page, wherever the banner sits.
  it('moved to the top, it keeps its edge line and shadow toward the page', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await freshElement();
    const edge = () => {
      const style = getComputedStyle(banner(el)!);
      const shadowY = parseFloat(style.boxShadow.replace(/^rgba?\([^)]*\)\s*/, '').split(' ')[1]);
      return { top: style.borderTopWidth, bottom: style.borderBottomWidth, shadow: Math.sign(shadowY) };
    };
    expect(edge(), 'at the bottom').to.deep.equal({ top: '1px', bottom: '0px', shadow: -1 });
    byName(el, 'Accept all').focus();
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 3 && document.activeElement === el; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await frame();
    expect(banner(el)!.getBoundingClientRect().top, 'moved to the top').to.equal(0);
    expect(edge(), 'at the top').to.deep.equal({ top: '0px', bottom: '1px', shadow: 1 });
  });
});
