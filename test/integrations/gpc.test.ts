import { expect } from '@open-wc/testing';
import { banner, byName, clearAllCookies, dialog, freshElement, switchNamed } from '../support/helpers.js';

describe('Global Privacy Control', () => {
  beforeEach(async () => {
    await clearAllCookies();
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  });
  afterEach(() => delete (navigator as unknown as { globalPrivacyControl?: boolean }).globalPrivacyControl);

  it('keeps analytical refused on Accept all and says the signal is honoured', async () => {
    const el = await freshElement();
    expect(banner(el)!.textContent).to.contain('Global Privacy Control');
    byName(el, 'Accept all').click();
    expect(el.consent!.categories).to.deep.equal({ necessary: true, functional: true, analytical: false });
  });

  it('lets the visitor switch analytical on themselves', async () => {
    const el = await freshElement();
    await el.showPreferences();
    expect(dialog(el).textContent).to.contain('Global Privacy Control');
    switchNamed(el, 'Analytical').click();
    byName(el, 'Save choices').click();
    expect(el.consent!.categories.analytical).to.equal(true);
  });

  it('without the signal, Accept all grants analytical', async () => {
    delete (navigator as unknown as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    const el = await freshElement();
    expect(banner(el)!.textContent).not.to.contain('Global Privacy Control');
    el.acceptAll();
    expect(el.consent!.categories.analytical).to.equal(true);
  });
});
