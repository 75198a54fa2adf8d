import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CreatioCookieConsent } from '../../src/element/creatio-cookie-consent.js';
import type { ConsentChangeEvent } from '../../src/events.js';
import { banner, byName, clearAllCookies, dialog, freshElement, settingsLink, switchNamed } from '../support/helpers.js';

const focused = (el: CreatioCookieConsent) => el.shadowRoot!.activeElement as HTMLElement | null;
const nameOf = (node: Element | null) => (node?.getAttribute('aria-label') ?? node?.textContent ?? '').trim();
const opened = async (el: CreatioCookieConsent) => {
  await el.updateComplete;
  return dialog(el).open;
};

describe('preferences', () => {
  beforeEach(clearAllCookies);

  it('Customize opens a modal dialog with Functional and Analytical off and necessary always on', async () => {
    const el = await freshElement();
    byName(el, 'Customize').click();
    expect(await opened(el)).to.equal(true);
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(dialog(el).contains(focused(el)), 'focus moved into the dialog').to.equal(true);
    expect(switchNamed(el, 'Functional')).to.include({ checked: false, disabled: false });
    expect(switchNamed(el, 'Analytical')).to.include({ checked: false, disabled: false });
    expect(switchNamed(el, 'Strictly necessary')).to.include({ checked: true, disabled: true });
    expect(switchNamed(el, 'Analytical').getAttribute('role')).to.equal('switch');
    byName(el, 'Save choices');
    byName(el, 'Close');
  });

  it('describes each category under its switch, in English from the preferences\' pack unless the page says otherwise', async () => {
    const el = await freshElement();
    el.texts = { functionalInfo: 'Our own words.' };
    await el.showPreferences();
    const info = (c: string) => dialog(el).querySelector(`#info-${c}`)!.textContent!.trim();
    expect(info('necessary')).to.equal('Sign-in, security and this choice. Always on.');
    expect(info('analytical')).to.equal('Count visits and usage (Google Analytics).');
    expect(info('functional'), "the page's text wins").to.equal('Our own words.');
    expect(switchNamed(el, 'Analytical').getAttribute('aria-describedby')).to.equal('info-analytical');
  });

  it('Save choices stores exactly the switches', async () => {
    const el = await freshElement();
    byName(el, 'Customize').click();
    await el.updateComplete;
    switchNamed(el, 'Analytical').click();
    const event = oneEvent(document, 'creatio-consent-change') as Promise<ConsentChangeEvent>;
    byName(el, 'Save choices').click();
    const { detail } = await event;
    expect(detail.categories).to.deep.equal({ necessary: true, functional: false, analytical: true });
    expect(detail).to.include({ cause: 'save' });
    expect(detail.changed).to.deep.equal(['analytical']);
    expect(await opened(el)).to.equal(false);
    expect(banner(el)).to.equal(null);
  });

  it('Accept all and Reject all in the dialog decide and close it', async () => {
    const el = await freshElement();
    await el.showPreferences();
    const accepted = oneEvent(document, 'creatio-consent-change') as Promise<ConsentChangeEvent>;
    byName(el, 'Accept all').click();
    expect((await accepted).detail.categories).to.deep.equal({ necessary: true, functional: true, analytical: true });
    expect(await opened(el)).to.equal(false);
    await el.showPreferences();
    expect(switchNamed(el, 'Analytical').checked, 'reopened with the current state').to.equal(true);
    byName(el, 'Reject all').click();
    expect(el.consent!.categories).to.deep.equal({ necessary: true, functional: false, analytical: false });
  });

  it('the close button and Escape change nothing', async () => {
    const el = await freshElement();
    await el.showPreferences();
    switchNamed(el, 'Functional').click();
    byName(el, 'Close').click();
    expect(await opened(el)).to.equal(false);
    expect(el.consent).to.equal(null);
    await el.showPreferences();
    expect(switchNamed(el, 'Functional').checked).to.equal(false);
    await sendKeys({ press: 'Escape' });
    expect(await opened(el)).to.equal(false);
    expect(el.consent).to.equal(null);
    expect(banner(el)).to.exist;
  });

  it('lists each category\'s cookies from the catalogue', async () => {
    const el = await freshElement();
    await el.showPreferences();
    const sections = Array.from(dialog(el).querySelectorAll('section'));
    const rows = (title: string) => {
      const section = sections.find((s) => s.querySelector('label')!.textContent!.trim() === title)!;
      section.querySelector('details')!.open = true;
      return Array.from(section.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((td) => td.textContent!.trim()));
    };
    const functional = rows('Functional');
    expect(functional.map((r) => r[0])).to.deep.equal(['UserName']);
    expect(functional[0][2]).to.contain('HttpOnly');
    const analytical = rows('Analytical');
    expect(analytical.map((r) => r[0])).to.deep.equal(['_ga', '_ga_*', '_gid', '_gat', '_gat_*', '_gac_*', '_dc_gtm_*', 'bpmTrackingId']);
    expect(analytical[0][1]).to.equal('1 year');
    expect(analytical[0][2]).to.contain('Google Analytics');
    const necessary = rows('Strictly necessary');
    expect(necessary.map((r) => r[0])).to.include.members(['.ASPXAUTH', 'BPMCSRF', 'CookieConscent']);
    expect(necessary.find((r) => r[0] === 'BPMCSRF')![1]).to.equal('Session');
  });

  it('lists cookies only: the storage keys a category governs are not cookie rows', async () => {
    const el = await freshElement(html`<creatio-cookie-consent analytical-storage="_cltk probe_*"></creatio-cookie-consent>`);
    await el.showPreferences();
    const analytical = Array.from(dialog(el).querySelectorAll('section')).find((s) => s.querySelector('label')!.textContent!.trim() === 'Analytical')!;
    await waitUntil(() => analytical.querySelector('details'), 'the cookie list renders');
    expect(analytical.querySelector('summary')!.textContent).to.contain('(8)');
    expect(Array.from(analytical.querySelectorAll('tbody tr')).map((tr) => tr.children[0].textContent!.trim())).to.deep.equal(['_ga', '_ga_*', '_gid', '_gat', '_gat_*', '_gac_*', '_dc_gtm_*', 'bpmTrackingId']);
  });

  for (const [lang, dir, ga] of [
    ['de', 'ltr', 'Google Analytics: unterscheidet Besucher, um Besuche zu zählen.'],
    ['ar', 'rtl', 'Google Analytics: يميّز بين الزوار لعدّ الزيارات.'],
  ] as const)
    it(`gives the cookies' purposes in the visitor's language (${lang}), and marks what is left in English`, async () => {
      const el = await freshElement(html`<creatio-cookie-consent lang=${lang}></creatio-cookie-consent>`);
      await el.showPreferences();
      const rowOf = (name: string) => Array.from(dialog(el).querySelectorAll('tbody tr')).find((tr) => tr.children[0].textContent!.trim() === name)!;
      await waitUntil(() => rowOf('_ga'), 'the cookie list renders');
      rowOf('_ga').closest('details')!.open = true;
      const gaRow = rowOf('_ga');
      expect(gaRow.closest('[dir]')!.getAttribute('dir')).to.equal(dir);
      expect(gaRow.children[2].textContent!.trim()).to.equal(ga);
      expect(gaRow.children[2].querySelector('[lang]'), 'translated: no English part').to.equal(null);

      // A purpose the language lacks (here: the page author's own table leaves it out) stays English, marked so.
      el.texts = { purposes: 'UserName|-' };
      await el.updateComplete;
      const english = rowOf('_ga').children[2].querySelector('[lang]')!;
      expect(english.getAttribute('lang')).to.equal('en');
      expect(english.getAttribute('dir')).to.equal('ltr');
      expect(english.textContent).to.equal('Google Analytics: tells visitors apart to count visits.');
    });

  it('offers only the categories asked for, with their own cookies', async () => {
    const el = await freshElement(html`<creatio-cookie-consent categories="functional marketing" marketing-cookies="_fbp" .texts=${{ marketing: 'Ads' }}></creatio-cookie-consent>`);
    await el.showPreferences();
    expect(() => switchNamed(el, 'Analytical')).to.throw();
    switchNamed(el, 'Ads').click();
    byName(el, 'Save choices').click();
    expect(el.consent!.categories).to.deep.equal({ necessary: true, functional: false, marketing: true });
  });
});

describe('reopening and methods', () => {
  beforeEach(clearAllCookies);

  it('an element with data-cookie-settings opens the preferences, and focus returns to it', async () => {
    const el = await freshElement();
    el.rejectAll();
    const link = settingsLink(document, '#settings');
    link.focus();
    link.click();
    expect(await opened(el)).to.equal(true);
    expect(location.hash, 'the link did not navigate').to.equal('');
    await sendKeys({ press: 'Escape' });
    expect(await opened(el)).to.equal(false);
    expect(document.activeElement).to.equal(link);
    link.remove();
  });

  // A design system's button (Shoelace's, a Lit one) is a host with its <button> in an open shadow
  // root: the click's target is that inner button, and the attribute is on the host.
  it('a component with data-cookie-settings opens the preferences when its shadow root\'s button is clicked', async () => {
    if (!customElements.get('test-shadow-button'))
      customElements.define(
        'test-shadow-button',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML = '<button type="button"><span><slot></slot></span></button>';
          }
        },
      );
    const el = await freshElement();
    el.rejectAll();
    const host = document.createElement('test-shadow-button');
    host.dataset.cookieSettings = '';
    host.textContent = 'Cookie settings';
    document.body.append(host);
    host.shadowRoot!.querySelector('span')!.click();
    expect(await opened(el)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    host.remove();
  });

  it('the settings-button attribute shows a floating button after the decision', async () => {
    const el = await freshElement(html`<creatio-cookie-consent settings-button></creatio-cookie-consent>`);
    expect(() => byName(el, 'Cookie preferences')).to.throw();
    el.acceptAll();
    await el.updateComplete;
    byName(el, 'Cookie preferences').click();
    expect(await opened(el)).to.equal(true);
  });

  for (const [lang, side] of [['en', 'left'], ['ar', 'right']] as const)
    it(`puts the settings button on the reading start side (${lang}: ${side})`, async () => {
      const el = await freshElement(html`<creatio-cookie-consent settings-button lang=${lang}></creatio-cookie-consent>`);
      el.acceptAll();
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector('[part~="settings-button"]')!.getBoundingClientRect();
      const gap = side === 'left' ? box.left : document.documentElement.clientWidth - box.right;
      expect(gap).to.be.closeTo(16, 1);
    });

  const calls: [string, (el: CreatioCookieConsent) => unknown, string, Record<string, boolean>][] = [
    ['acceptAll()', (el) => el.acceptAll(), 'accept-all', { functional: true, analytical: true }],
    ['rejectAll()', (el) => el.rejectAll(), 'reject-all', { functional: false, analytical: false }],
    ['setConsent()', (el) => el.setConsent({ analytical: true }), 'api', { functional: false, analytical: true }],
  ];
  for (const [name, call, cause, state] of calls)
    it(`${name} decides and fires a change`, async () => {
      const el = await freshElement();
      const event = oneEvent(document, 'creatio-consent-change') as Promise<ConsentChangeEvent>;
      call(el);
      const { detail } = await event;
      expect(detail.cause).to.equal(cause);
      expect(detail.categories).to.deep.equal({ necessary: true, ...state });
      expect(el.consent!.categories).to.deep.equal({ necessary: true, ...state });
    });

  it('reset() forgets the decision and asks again', async () => {
    const el = await freshElement();
    el.acceptAll();
    const event = oneEvent(document, 'creatio-consent-change') as Promise<ConsentChangeEvent>;
    el.reset();
    const { detail } = await event;
    expect(detail).to.deep.include({ cause: 'reset', decided: false, categories: { necessary: true, functional: false, analytical: false } });
    expect(el.consent).to.equal(null);
    expect(document.cookie).not.to.contain('CookieConscent');
    await el.updateComplete;
    expect(banner(el)).to.exist;
  });

  it('showPreferences() then closePreferences() in one task leaves no modal open', async () => {
    const el = await freshElement();
    void el.showPreferences();
    el.closePreferences();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.open).to.equal(false);
    expect(dialog(el).open, 'no empty modal dialog keeps the page inert').to.equal(false);
    // And the other way round: the last call wins.
    el.closePreferences();
    await el.showPreferences();
    expect(dialog(el).open).to.equal(true);
  });

  it('showPreferences() opens the dialog', async () => {
    const el = await freshElement();
    await el.showPreferences();
    expect(dialog(el).open).to.equal(true);
  });

  // `open` is a public property, reflected: set by a script (or as markup's attribute), the dialog
  // must start from the visitor's answers as showPreferences() does, or "Save choices" refuses them.
  it('opened by its open property, the switches show the decision, and Save choices keeps it', async () => {
    const el = await freshElement();
    el.acceptAll();
    await el.updateComplete;
    el.open = true;
    expect(await opened(el)).to.equal(true);
    expect([switchNamed(el, 'Functional').checked, switchNamed(el, 'Analytical').checked]).to.deep.equal([true, true]);
    byName(el, 'Save choices').click();
    expect(el.consent!.categories).to.deep.include({ functional: true, analytical: true });
  });
});

describe('keyboard', () => {
  beforeEach(clearAllCookies);

  it('puts the banner buttons first in the tab order', async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    const el = await freshElement();
    await sendKeys({ press: 'Tab' });
    expect(nameOf(focused(el))).to.equal('Accept all');
    await sendKeys({ press: 'Tab' });
    expect(nameOf(focused(el))).to.equal('Reject all');
    await sendKeys({ press: 'Tab' });
    expect(nameOf(focused(el))).to.equal('Customize');
  });

  it('traps focus in the dialog both ways, and Escape returns focus to the opener', async () => {
    const el = await freshElement();
    byName(el, 'Customize').focus();
    await sendKeys({ press: 'Enter' });
    expect(await opened(el)).to.equal(true);
    const inside = () => dialog(el).contains(focused(el));
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' });
      expect(inside(), `after ${i + 1} Tab`).to.equal(true);
      seen.add(nameOf(focused(el)));
    }
    expect([...seen]).to.include.members(['Close', 'Accept all', 'Reject all', 'Save choices']);
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' });
      expect(inside(), `after ${i + 1} Shift+Tab`).to.equal(true);
    }
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Escape' });
    expect(await opened(el)).to.equal(false);
    expect(nameOf(focused(el))).to.equal('Customize');
  });

  it('switches toggle with Space', async () => {
    const el = await freshElement();
    await el.showPreferences();
    switchNamed(el, 'Analytical').focus();
    await sendKeys({ press: ' ' });
    expect(switchNamed(el, 'Analytical').checked).to.equal(true);
  });
});
