import { expect, html } from '@open-wc/testing';
import type { CreatioCookieConsent } from '../../src/element/creatio-cookie-consent.js';
import { clearAllCookies, dialog, freshElement } from '../support/helpers.js';
import { setViewport } from '@web/test-runner-commands';

// WCAG 1.4.12 Text Spacing: a visitor's own style (line height 1.5, paragraphs 2 em apart, letters
// 0.12 em, words 0.16 em) loses no content and no function. Applied inside the shadow root, as a
// user style that reaches it would, at 320 px wide.
const SPACING = 'line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important;';

function spaced(el: CreatioCookieConsent): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`* { ${SPACING} } p { margin-bottom: 2em !important; }`);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

/** What a visitor would miss: text cut off by its box, controls over one another or out of the page. */
function losses(within: Element): string[] {
  const found: string[] = [];
  const name = (e: Element) => `${e.localName}${e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : ''} "${e.textContent!.trim().slice(0, 30)}"`;
  const all = [...within.querySelectorAll('*')].filter((e) => e.getClientRects().length);
  for (const e of all) {
    const style = getComputedStyle(e);
    const clipsX = /hidden|clip/.test(style.overflowX);
    const clipsY = /hidden|clip/.test(style.overflowY);
    if ((clipsX && e.scrollWidth > e.clientWidth + 1) || (clipsY && e.scrollHeight > e.clientHeight + 1)) found.push(`clipped: ${name(e)}`);
    if (style.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1) found.push(`cut short: ${name(e)}`);
  }
  const controls = all.filter((e) => e.matches('button, a, input, summary, label'));
  for (const c of controls) {
    const r = c.getBoundingClientRect();
    if (r.left < -1 || r.right > innerWidth + 1) found.push(`out of the page: ${name(c)}`);
    // Text wider than its control spills over what is beside it.
    if (c.scrollWidth > c.clientWidth + 1 && c.clientWidth) found.push(`spills out: ${name(c)}`);
  }
  const boxes = controls.filter((c) => c.matches('button, a, summary')).map((c) => [c, c.getBoundingClientRect()] as const);
  for (const [i, [a, ra]] of boxes.entries())
    for (const [b, rb] of boxes.slice(i + 1))
      if (!a.contains(b) && !b.contains(a) && ra.left < rb.right - 1 && rb.left < ra.right - 1 && ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1) found.push(`overlap: ${name(a)} / ${name(b)}`);
  return found;
}

describe('text spacing (WCAG 1.4.12) at 320 px', () => {
  beforeEach(async () => {
    await clearAllCookies();
    await setViewport({ width: 320, height: 640 });
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'de', 'uk', 'ar'])
    for (const state of ['banner', 'preferences'] as const)
      it(`loses nothing: ${state}, ${lang}`, async () => {
        const el = await freshElement(html`<creatio-cookie-consent lang=${lang} policy-url="/privacy"></creatio-cookie-consent>`);
        await new Promise((r) => setTimeout(r, 200));
        spaced(el);
        if (state === 'preferences') {
          await el.showPreferences();
          await new Promise((r) => setTimeout(r, 300));
          dialog(el).querySelectorAll('details').forEach((d) => (d.open = true));
        }
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        const within = state === 'banner' ? el.shadowRoot!.querySelector('[part~="banner"]')! : dialog(el);
        const button = within.querySelector('button')!;
        expect(parseFloat(getComputedStyle(button).wordSpacing), 'the spacing applies').to.be.above(0);
        expect(losses(within)).to.deep.equal([]);
      });
});
