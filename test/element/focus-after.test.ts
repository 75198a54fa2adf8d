import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { byName, clearAllCookies, freshElement } from '../support/helpers.js';

/** WCAG 2.4.3: a decision removes the control that had focus; focus goes somewhere sensible, and the next Tab stays in the page. */
describe('focus after a decision', () => {
  let top: HTMLAnchorElement;
  beforeEach(async () => {
    await clearAllCookies();
    top = document.createElement('a');
    top.href = '#top';
    top.textContent = 'The first link of the page';
    document.body.prepend(top);
    (document.activeElement as HTMLElement | null)?.blur();
  });
  afterEach(() => top.remove());

  it('Enter on Accept all: the next Tab goes to the top of the page, not out of it', async () => {
    const el = await freshElement();
    await sendKeys({ press: 'Tab' }); // the first Tab of the page lands on the banner
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Accept all');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'the next Tab').to.equal(top);
  });

  it('Save choices after Customize: focus goes to the settings button when there is one', async () => {
    const el = await freshElement(html`<creatio-cookie-consent settings-button></creatio-cookie-consent>`);
    byName(el, 'Customize').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    byName(el, 'Save choices').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.contain('settings-button');
  });

  it('returns focus to where it was before the banner took it', async () => {
    const el = await freshElement();
    top.focus();
    byName(el, 'Reject all').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(top);
  });
});
