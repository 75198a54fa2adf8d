import { expect } from '@open-wc/testing';
import type { CreatioCookieConsent } from '../../src/element/creatio-cookie-consent.js';
import { sendMouse } from '@web/test-runner-commands';
import { banner, byName, clearAllCookies, dialog, waitFor } from '../support/helpers.js';

/** The middle of an element, where a visitor clicks it. */
const middle = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2];
};

/** The page's element, put by the page inside `parent`, once rendered. */
async function inside(parent: Element): Promise<CreatioCookieConsent> {
  const el = document.createElement('creatio-cookie-consent');
  el.toggleAttribute('settings-button', true);
  parent.append(el);
  await el.updateComplete;
  return el;
}

/** Whether a click at the middle of `control` reaches it: nothing of the page's lies over it. */
const reachable = (el: CreatioCookieConsent, control: Element) => el.shadowRoot!.elementFromPoint(...middle(control)) === control;

/**
 * The element renders where the administrator put it, inside the page's own layout: a box that makes
 * a containing block for fixed boxes (a smooth-scroll library's transformed wrapper, a page turned
 * grey for a day of mourning, `contain`), or a stacking context under the page's own fixed boxes.
 */
describe('the banner and the settings button over the page\'s layout', () => {
  let wrapper: HTMLElement;
  beforeEach(clearAllCookies);
  afterEach(() => wrapper.remove());

  for (const style of ['transform: translate3d(0, 0, 0)', 'filter: grayscale(1)', 'contain: paint'])
    it(`stay on the screen's edge inside a long wrapper with ${style}, where a click reaches them`, async () => {
      wrapper = Object.assign(document.createElement('div'), { style: `${style}; height: 4000px` });
      document.body.prepend(wrapper);
      const el = await inside(wrapper);
      const box = banner(el)!.getBoundingClientRect();
      expect(Math.round(box.bottom), 'the banner\'s bottom edge').to.equal(innerHeight);
      expect(reachable(el, byName(el, 'Accept all')), 'Accept all under the pointer').to.equal(true);
      el.acceptAll();
      await el.updateComplete;
      const settings = el.shadowRoot!.querySelector('[part~="settings-button"]')!;
      expect(settings.getBoundingClientRect().bottom, 'the settings button on the screen').to.be.below(innerHeight);
      expect(reachable(el, settings), 'the settings button under the pointer').to.equal(true);
    });

  it("stay over the page's fixed box of a higher z-index, where their element sits in a stacking context of a lower one", async () => {
    wrapper = document.createElement('div');
    wrapper.innerHTML = '<div style="position: fixed; inset: auto 0 0; height: 50vh; z-index: 10; background: red">a chat widget</div><main style="position: relative; z-index: 1"></main>';
    document.body.prepend(wrapper);
    const el = await inside(wrapper.querySelector('main')!);
    expect(reachable(el, byName(el, 'Accept all')), 'Accept all under the pointer').to.equal(true);
    el.rejectAll();
    await el.updateComplete;
    expect(reachable(el, el.shadowRoot!.querySelector('[part~="settings-button"]')!), 'the settings button under the pointer').to.equal(true);
  });

  // A view the application took out of the page still renders (its element is no longer the page's one).
  it('leave an element out of the page rendering without an error', async () => {
    wrapper = document.createElement('div');
    document.body.prepend(wrapper);
    const el = await inside(wrapper);
    el.acceptAll();
    wrapper.remove();
    el.reset();
    expect(await el.updateComplete).to.equal(true);
  });

  // What the page's box passes down by inheritance: a nav bar's `white-space: nowrap`, an overlay
  // layer's `pointer-events: none` (its children take them back), an off-canvas menu's
  // `visibility: hidden`. The banner and the dialog would run off the screen, take no click, not show.
  for (const style of ['white-space: nowrap', 'pointer-events: none', 'visibility: hidden'])
    it(`show whole and answer inside a page's box with ${style}`, async () => {
      wrapper = Object.assign(document.createElement('nav'), { style });
      document.body.prepend(wrapper);
      const el = await inside(wrapper);
      const box = banner(el)!;
      expect(box.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions), 'the banner shows').to.equal(true);
      expect(box.scrollWidth, 'the banner\'s content within its width').to.be.at.most(box.clientWidth);
      expect(reachable(el, byName(el, 'Accept all')), 'Accept all under the pointer').to.equal(true);
      await el.showPreferences();
      const modal = dialog(el);
      expect(modal.scrollWidth, 'the dialog\'s content within its width').to.be.at.most(modal.clientWidth);
      expect(reachable(el, byName(el, 'Save choices')), 'Save choices under the pointer').to.equal(true);
      el.closePreferences();
    });

  // What is outside a modal dialog is inert: over the page's own, the banner would look clickable and
  // not answer. Once it closes, the banner goes up over the page's boxes as it would have at once.
  it('stay under a modal dialog the page has open, as the rest of the page, and go up when it closes', async () => {
    wrapper = document.createElement('div');
    wrapper.innerHTML = '<dialog>Subscribe to our newsletter</dialog><div style="position: fixed; inset: auto 0 0; height: 50vh; z-index: 10; background: red">a chat widget</div><main style="position: relative; z-index: 1"></main>';
    document.body.prepend(wrapper);
    const modal = wrapper.querySelector('dialog')!;
    modal.showModal();
    const el = await inside(wrapper.querySelector('main')!);
    expect(document.elementFromPoint(...middle(byName(el, 'Accept all'))), "the dialog's backdrop over it").to.equal(modal);
    expect(banner(el)!.matches(':popover-open'), 'the banner in the top layer, over the dialog').to.equal(false);
    modal.close();
    await waitFor(() => reachable(el, byName(el, 'Accept all')));
  });

  // Ours is a modal dialog like the page's: the settings button goes up once it has closed, whether
  // the visitor decided with the keyboard (focus goes back to the banner's button, gone) or pointer.
  for (const how of ['Save choices', 'Reject all'])
    it(`put the settings button in the top layer as soon as "${how}" in the preferences closes them`, async () => {
      wrapper = Object.assign(document.createElement('div'), { style: 'transform: translate3d(0, 0, 0); height: 4000px' });
      document.body.prepend(wrapper);
      const el = await inside(wrapper);
      byName(el, 'Customize').focus();
      await el.showPreferences();
      byName(el, how).click();
      await el.updateComplete;
      const settings = el.shadowRoot!.querySelector('[part~="settings-button"]')!;
      expect(settings.matches(':popover-open'), 'the settings button in the top layer').to.equal(true);
      expect(settings.getBoundingClientRect().bottom, 'the settings button on the screen').to.be.below(innerHeight);
    });

  // A component library's dialog (Material's md-dialog) is a native one in its shadow root: the
  // document's `:modal` does not see it, nor does its `close` leave that root. It has focus while it
  // is open, and focus comes back to the page when it closes.
  for (const back of ['to the control that opened it', 'to nowhere, and the visitor clicks the page'])
    it(`stay under a modal dialog in a shadow root of the page's, and go up when it closes, focus going back ${back}`, async () => {
      wrapper = document.createElement('div');
      wrapper.innerHTML = '<button>Subscribe</button><div></div><div style="position: fixed; inset: auto 0 0; height: 50vh; z-index: 10; background: red">a chat widget</div><main style="position: relative; z-index: 1"></main>';
      document.body.prepend(wrapper);
      const component = wrapper.querySelector('div')!;
      component.attachShadow({ mode: 'open' }).innerHTML = '<dialog><p>Subscribe to our newsletter</p><button>Close</button></dialog>';
      const modal = component.shadowRoot!.querySelector('dialog')!;
      if (back.startsWith('to the control')) wrapper.querySelector('button')!.focus();
      modal.showModal();
      const el = await inside(wrapper.querySelector('main')!);
      expect(document.elementFromPoint(...middle(byName(el, 'Accept all'))), "the dialog's backdrop over it").to.equal(component);
      // Inert, the banner takes no pointer: drawn over the backdrop, it would look as if it answered.
      expect(banner(el)!.matches(':popover-open'), 'the banner in the top layer, over the dialog').to.equal(false);
      modal.close();
      if (!back.startsWith('to the control')) await sendMouse({ type: 'click', position: [5, 5] });
      await waitFor(() => reachable(el, byName(el, 'Accept all')));
    });

});
