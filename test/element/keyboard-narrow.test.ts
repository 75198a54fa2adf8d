import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CreatioCookieConsent } from '../../src/element/creatio-cookie-consent.js';
import { byName, clearAllCookies, freshElement } from '../support/helpers.js';

const focused = (el: CreatioCookieConsent) => el.shadowRoot!.activeElement as HTMLElement | null;
const label = (node: HTMLElement | null) =>
  !node ? 'nothing' : node.id || node.getAttribute('aria-label') || node.textContent!.trim().slice(0, 24) || node.className || node.tagName;

/**
 * WCAG 2.1.1 at 320 CSS px, every cookie list open: the tables scroll sideways, and the browsers make
 * each scrolling wrapper a Tab stop of its own. Every control must still be reachable, both ways.
 */
describe('keyboard at 320 px with every list open', () => {
  beforeEach(clearAllCookies);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const shift of [false, true])
    it(`reaches every switch and every button with ${shift ? 'Shift+Tab' : 'Tab'}`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await freshElement();
      byName(el, 'Customize').focus();
      await el.showPreferences();
      // Open every list (the preferences' pack is there once the dialog opens).
      el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('details[open]').length, 'lists open').to.be.greaterThan(0);
      byName(el, 'Close').focus();
      const seen = new Set<string>();
      if (shift) await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 30; i++) {
        await sendKeys({ press: 'Tab' });
        seen.add(label(focused(el)));
      }
      if (shift) await sendKeys({ up: 'Shift' });
      for (const wanted of ['switch-functional', 'switch-analytical', 'Save choices', 'Accept all', 'Reject all', 'Close'])
        expect([...seen], `${wanted} reached`).to.include(wanted);
      expect(seen.has('nothing'), 'focus never left the dialog').to.equal(false);
    });
});
