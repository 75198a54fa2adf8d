import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { clearAllCookies, freshElement } from '../support/helpers.js';

/**
 * While the banner asks, the first Tab of a page the visitor has not used goes to the banner, to
 * its first stop in its own order (the privacy policy link). A click or a touch sets where the
 * browser's Tab starts: from then on the browser's order rules, and the banner is not jumped to.
 */
describe('the first Tab', () => {
  let text: HTMLParagraphElement;
  let next: HTMLAnchorElement;
  beforeEach(async () => {
    await clearAllCookies();
    text = document.createElement('p');
    text.textContent = 'Some text of the page, clicked to select it.';
    next = document.createElement('a');
    next.href = '#next';
    next.textContent = 'The link after the text';
    document.body.prepend(text, next);
    (document.activeElement as HTMLElement | null)?.blur();
  });
  afterEach(() => {
    text.remove();
    next.remove();
  });

  it('of a page not yet clicked lands on the banner, on its privacy policy link first', async () => {
    const el = await freshElement(html`<creatio-cookie-consent policy-url="/privacy"></creatio-cookie-consent>`);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Privacy policy');
  });

  it('after a click on the page follows the browser\'s order from there, not to the banner', async () => {
    const el = await freshElement(html`<creatio-cookie-consent policy-url="/privacy"></creatio-cookie-consent>`);
    const box = text.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
    expect(document.activeElement?.localName, 'a click on text focuses nothing').to.equal('body');
    await sendKeys({ press: 'Tab' });
    // Compared by name: chai's message for a mismatch would try to print the whole element.
    expect(document.activeElement?.textContent, 'the next link after the text').to.equal(next.textContent);
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });
});
