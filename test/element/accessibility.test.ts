import { expect, html } from '@open-wc/testing';
import type { CreatioCookieConsent } from '../../src/element/creatio-cookie-consent.js';
import { framedElement, banner, clearAllCookies, dialog, freshElement, axeViolations as violationsIn, loadAxe } from '../support/helpers.js';

/** axe on the element, shadow DOM included, as a visitor's assistive technology meets it. */
async function axeViolations(el: CreatioCookieConsent) {
  await el.updateComplete;
  return violationsIn(el);
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  before(() => loadAxe());
  beforeEach(clearAllCookies);

  // Creatio's Freedom UI tokens (../shared/creatio/INTEGRATION.md) inherit into the shadow DOM; a page
  // may also set the primary colour alone.
  const TOKENS = {
    none: '',
    'Freedom UI tokens':
      '--crt-font-family: Montserrat, sans-serif; --crt-palette-primary-500: #004fd6; --crt-palette-primary-contrast-500: #fff; --crt-palette-background-500: #fff; --crt-palette-foreground-500: #181818; --crt-palette-border-500: #e3e3e3; --crt-body-1-font-size: 14px',
    'the primary token alone': '--crt-palette-primary-500: #004fd6',
  };
  for (const [tokens, style] of Object.entries(TOKENS))
  for (const theme of ['light', 'dark'])
    for (const lang of ['en', 'ar'])
      for (const state of ['banner', 'preferences'] as const)
        it(`has no violation: ${state}, ${theme}, ${lang}${style ? `, ${tokens}` : ''}`, async () => {
          const host = await freshElement(html`<div><creatio-cookie-consent theme=${theme} lang=${lang} policy-url="/privacy"></creatio-cookie-consent></div>`);
          // Through the CSSOM: the test page's policy allows no inline style attribute.
          host.style.cssText = style;
          const el = host.querySelector('creatio-cookie-consent')!;
          await el.updateComplete;
          if (state === 'preferences') {
            await el.showPreferences();
            dialog(el).querySelectorAll('details').forEach((d) => (d.open = true));
          }
          expect(await axeViolations(el)).to.deep.equal([]);
          await expect(el).to.be.accessible();
        });

  it('lays Arabic out right to left', async () => {
    const el = await freshElement(html`<creatio-cookie-consent lang="ar"></creatio-cookie-consent>`);
    expect(banner(el)!.dir).to.equal('rtl');
    expect(getComputedStyle(banner(el)!).direction).to.equal('rtl');
  });

  it('refuses a javascript: policy URL and renders attribute text as text', async () => {
    const el = await freshElement(html`<creatio-cookie-consent policy-url="javascript:alert(1)"></creatio-cookie-consent>`);
    expect(banner(el)!.querySelector('a')).to.equal(null);
    el.policyUrl = 'https://example.test/privacy';
    el.texts = { message: '<img src=x onerror="window.pwned=1">Hello', policy: '<b>Policy</b>' };
    await el.updateComplete;
    expect(banner(el)!.querySelector('img,b')).to.equal(null);
    expect(banner(el)!.textContent).to.contain('<img src=x');
    expect(banner(el)!.querySelector('a')!.href).to.equal('https://example.test/privacy');
  });

  it('overlays the page: the banner appears with no layout shift', async function () {
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
    const { frame } = await import('../support/helpers.js');
    const page = await frame('/test/fixtures/layout.html');
    const w = page.contentWindow as unknown as { cls: number; ready: Promise<void> };
    await w.ready;
    const el = (await framedElement(page));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="banner"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(w.cls).to.equal(0);
    page.remove();
  });

  it('keeps touch targets at least 24 px and fits a 320 px wide viewport', async () => {
    const el = await freshElement();
    for (const b of banner(el)!.querySelectorAll('button')) {
      const r = b.getBoundingClientRect();
      expect(Math.min(r.width, r.height)).to.be.at.least(24);
    }
    const { frame } = await import('../support/helpers.js');
    const page = await frame('/test/fixtures/page.html');
    page.style.width = '320px';
    const framed = (await framedElement(page));
    await framed.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(page.contentDocument!.documentElement.scrollWidth).to.be.at.most(320);
    for (const b of framed.shadowRoot!.querySelectorAll('[part~="banner"] button')) expect(b.getBoundingClientRect().right).to.be.at.most(320);
    page.remove();
  });

  // The audit's own loading: where its first load fails, the second address must bring axe, or every
  // audit here would fail for the tool, not for the product.
  it('the audit tool loads from its second address too', async () => {
    const first = (window as unknown as { axe?: object }).axe;
    delete (window as unknown as { axe?: object }).axe;
    await loadAxe(true);
    const again = (window as unknown as { axe?: { run?: unknown } }).axe;
    expect(typeof again?.run).to.equal('function');
    expect(again, 'evaluated anew').not.to.equal(first);
  });
});
