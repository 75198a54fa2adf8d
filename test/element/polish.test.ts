import { expect, html } from '@open-wc/testing';
import { byName, clearAllCookies, contrast, dialog, frame, framedElement, freshElement } from '../support/helpers.js';

describe('what an expert audit looks at besides axe', () => {
  beforeEach(clearAllCookies);

  it("follows the visitor's font size: text in relative units, not pixels", async () => {
    // A larger default font size in the browser's settings sets the root's font size, as here.
    document.documentElement.style.fontSize = '20px';
    try {
      const el = await freshElement();
      const section = el.shadowRoot!.querySelector<HTMLElement>('[part~="banner"]')!;
      expect(getComputedStyle(section).fontSize).to.equal('17.5px');
      expect(getComputedStyle(byName(el, 'Accept all')).fontSize).to.equal('17.5px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  // Bootstrap 3 sets `html { font-size: 10px }` (others 62.5%) and sizes its own text from there: the
  // banner's rem-sized text was 8.75 px on such a page. The visitor's default size (`medium`) holds as a floor.
  it("keeps the visitor's default size as a floor on a page that shrinks its root font (Bootstrap 3's 10px)", async () => {
    document.documentElement.style.fontSize = '10px';
    try {
      const el = await freshElement(html`<creatio-cookie-consent settings-button></creatio-cookie-consent>`);
      const section = el.shadowRoot!.querySelector<HTMLElement>('[part~="banner"]')!;
      expect(getComputedStyle(section).fontSize).to.equal('14px');
      expect(getComputedStyle(byName(el, 'Accept all')).fontSize).to.equal('14px');
      await el.showPreferences();
      expect(getComputedStyle(dialog(el)).fontSize).to.equal('14px');
      el.acceptAll();
      await el.updateComplete;
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="settings-button"]')!).fontSize).to.equal('14px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('says which buttons open a dialog (Customize, the settings button) and no others', async () => {
    const el = await freshElement(html`<creatio-cookie-consent settings-button></creatio-cookie-consent>`);
    expect(byName(el, 'Customize').getAttribute('aria-haspopup')).to.equal('dialog');
    expect(byName(el, 'Accept all').hasAttribute('aria-haspopup')).to.equal(false);
    expect(byName(el, 'Reject all').hasAttribute('aria-haspopup')).to.equal(false);
    byName(el, 'Reject all').click();
    await el.updateComplete;
    const settings = el.shadowRoot!.querySelector('[part~="settings-button"]')!;
    expect(settings.getAttribute('aria-haspopup')).to.equal('dialog');
  });

  for (const theme of ['light', 'dark'])
    it(`draws a secondary button's edge at 3:1 or more against its background (${theme})`, async () => {
      const el = await freshElement(html`<creatio-cookie-consent theme=${theme}></creatio-cookie-consent>`);
      const customize = byName(el, 'Customize');
      const background = getComputedStyle(customize.parentElement!.parentElement!).backgroundColor;
      expect(contrast(getComputedStyle(customize).borderTopColor, background)).to.be.at.least(3);
    });

  it('leads with Save choices in the preferences; Accept all and Reject all look the same', async () => {
    const el = await freshElement();
    await el.showPreferences();
    const look = (name: string) => {
      const style = getComputedStyle(byName(el, name));
      return [style.backgroundColor, style.color, style.borderTopColor].join(' ');
    };
    expect(look('Accept all')).to.equal(look('Reject all'));
    expect(look('Save choices')).not.to.equal(look('Accept all'));
    // Save choices is filled with the accent colour; the other two are not filled.
    expect(getComputedStyle(byName(el, 'Save choices')).backgroundColor).to.equal(getComputedStyle(byName(el, 'Save choices')).borderTopColor);
    expect(getComputedStyle(byName(el, 'Accept all')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  // A legacy page without a doctype is in quirks mode, whose tables inherit neither the font nor
  // the colour: in the dark theme the cookie lists were black on the dialog's dark grey.
  it('keeps the cookie lists in the dialog\'s colour and size on a page in quirks mode (dark theme)', async () => {
    const page = await frame('/test/fixtures/quirks.html');
    expect(page.contentDocument!.compatMode).to.equal('BackCompat');
    const el = await framedElement(page);
    await el.showPreferences();
    const style = (element: Element) => page.contentWindow!.getComputedStyle(element);
    const box = style(dialog(el));
    const cells = Array.from(dialog(el).querySelectorAll('th, td'));
    expect(cells.length).to.be.greaterThan(0);
    for (const cell of cells) {
      expect([style(cell).color, style(cell).fontSize], cell.textContent!).to.deep.equal([box.color, box.fontSize]);
      expect(contrast(style(cell).color, box.backgroundColor)).to.be.at.least(4.5);
    }
    page.remove();
  });

  it('has no second banner landmark in the dialog, and names its cookie tables', async () => {
    const el = await freshElement();
    await el.showPreferences();
    expect(dialog(el).querySelector('header'), 'a <header> in a dialog is a banner landmark').to.equal(null);
    const tables = Array.from(dialog(el).querySelectorAll('table'));
    expect(tables.length).to.be.greaterThan(0);
    for (const table of tables) expect(table.getAttribute('aria-label')).to.equal('Cookies');
  });
});
