import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../src/i18n/index.js';
import { framedElement, clearAllCookies, deferredIn, elementWithin, filesBeside, frame, seenIn, token, waitFor } from './support/helpers.js';

/** The built drop-in, loaded the ways administrators load it. */
describe('dist/creatio-cookie-consent.js', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  const banner = async (page: HTMLIFrameElement) => {
    const el = (await framedElement(page));
    await customElementsOf(page).whenDefined('creatio-cookie-consent');
    await el.updateComplete;
    return el.shadowRoot!.querySelector('[part~="banner"]');
  };
  const customElementsOf = (page: HTMLIFrameElement) => (page.contentWindow as unknown as { customElements: CustomElementRegistry }).customElements;

  it('is a self-contained IIFE that never calls define() for AMD, and carries no Lit', async () => {
    const source = await (await fetch('/dist/creatio-cookie-consent.js')).text();
    // After its first line (V8's compile hint, which test/node/size.test.mjs holds), one IIFE.
    expect(source.slice(source.indexOf('\n') + 1)).to.match(/^!function\(\)\{/);
    expect(source).not.to.match(/(^|[^.\w$])define\(/);
    // No module syntax: the only import is a dynamic one, of the files beside the script (the
    // interface, and what it defers: receipts and running gated scripts).
    expect(source).not.to.match(/\bimport\s*[{"']/);
    expect(source.match(/\bimport\(/g)).to.have.length(1);
    expect(source).to.contain('creatio-cookie-consent.${').and.contain('"ui"').and.contain('"deferred"');
    expect(source, 'Lit is in the interface, not the core').not.to.match(/litElementVersions|reactiveElementVersions|litHtmlVersions/);
    // The interface is an ES module (loaded by import()) with a language chunk for each built-in language.
    const ui = await (await fetch('/dist/creatio-cookie-consent.ui.js')).text();
    expect(ui).not.to.match(/(^|[^.\w$])define\(/);
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) expect(ui).to.match(new RegExp(`"\\./creatio-cookie-consent\\.${lang}\\.js\\?v=\\w+"`));
  });

  /**
   * The packs a page loaded (languages, the preferences' additions), without the build's address
   * (the upgrade's test below holds it); the interface and the deferred file are not packs.
   */
  const packsLoaded = (page: HTMLIFrameElement) =>
    page.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name.replace(/\?v=\w+$/, '')).filter((n) => /creatio-cookie-consent\.(?!ui\.|deferred\.)\w+\.js$/.test(n));

  it('loads the deferred file (watching the jar, receipts) only once the page has loaded', async () => {
    const page = await frame('/test/fixtures/page.html');
    const win = page.contentWindow!;
    const until = Date.now() + 5000;
    const deferred = () => win.performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.endsWith('/creatio-cookie-consent.deferred.js'));
    while (!deferred() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    const [navigation] = win.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    expect(deferred(), 'loaded after load').to.exist;
    expect(deferred()!.startTime).to.be.at.least(navigation.loadEventStart);
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  it('loads a language pack from beside the script, not beside the page, and only the one needed', async () => {
    const page = await frame('/test/fixtures/language.html');
    const section = (await banner(page))!;
    expect(section.getAttribute('lang')).to.equal('de');
    expect(section.querySelector('button')!.textContent).to.equal('Alle akzeptieren');
    expect(packsLoaded(page)).to.deep.equal([`${location.origin}/dist/creatio-cookie-consent.de.js`]);
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  it('loads no pack on an English page, and the cookie lists only when the preferences open', async () => {
    const page = await frame('/test/fixtures/page.html');
    expect(await banner(page)).to.exist;
    expect(packsLoaded(page)).to.deep.equal([]);
    const el = (await framedElement(page));
    await el.showPreferences();
    expect(packsLoaded(page)).to.deep.equal([`${location.origin}/dist/creatio-cookie-consent.preferences.js`]);
    // Its styles are adopted: the dialog has its own corners and the switches their own look.
    const styleOf = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);
    expect(styleOf('dialog').borderTopLeftRadius).to.equal('8px');
    expect(styleOf('[role="switch"]').appearance).to.equal('none');
    const rows = Array.from(el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('dialog tbody tr'), (r) => Array.from(r.cells, (c) => c.textContent!.trim()).join(' | '));
    expect(rows.find((r) => r.startsWith('BPMCSRF'))).to.equal('BPMCSRF | Session | Protection against cross-site request forgery.');
    expect(rows.find((r) => r.startsWith('_ga |'))).to.match(/^_ga \| 1 year \| Google Analytics/);
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  it('starts loading the preferences\' pack when the visitor points at or focuses "Customize"', async () => {
    for (const event of ['pointerenter', 'focus']) {
      const page = await frame('/test/fixtures/page.html');
      const customize = (await banner(page))!.querySelector<HTMLElement>('[part~="customize"]')!;
      expect(packsLoaded(page)).to.deep.equal([]);
      customize.dispatchEvent(new Event(event));
      const until = Date.now() + 2000;
      while (!packsLoaded(page).length && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      expect(packsLoaded(page), event).to.deep.equal([`${location.origin}/dist/creatio-cookie-consent.preferences.js`]);
      page.remove();
    }
  });

  for (const [folder, what] of [['__alone', 'missing'], ['__skewed', 'from another version']])
    it(`shows English and opens the preferences without lists, with no error, when its packs are ${what}`, async () => {
      const page = await frame(`/${folder}/page.html`);
      const section = (await banner(page))!;
      expect(section.getAttribute('lang')).to.equal('en');
      expect(section.querySelector('button')!.textContent).to.equal('Accept all');
      expect(packsLoaded(page), 'it was asked for').to.deep.equal([`${location.origin}/${folder}/creatio-cookie-consent.de.js`]);
      // The preferences still open and decide, without their cookie lists.
      const el = (await framedElement(page));
      await el.showPreferences();
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.querySelectorAll('[role="switch"]')).to.have.length(3);
      expect(dialog.querySelector('details'), 'no cookie list').to.equal(null);
      expect(getComputedStyle(dialog).borderTopLeftRadius, 'the browser\'s own dialog').to.equal('0px');
      expect(packsLoaded(page)).to.include(`${location.origin}/${folder}/creatio-cookie-consent.preferences.js`);
      (dialog.querySelector('#switch-functional') as HTMLInputElement).click();
      (dialog.querySelector('[part~="save"]') as HTMLElement).click();
      expect(el.consent!.categories).to.include({ functional: true, analytical: false });
      expect(seenIn(page).errors).to.deep.equal([]);
    });

  it('goes on without packs that hang: English at once after 3 s, the preferences open without lists, and with them the next time', async function () {
    this.timeout(25000);
    const page = await frame('/__stalled/page.html');
    const el = (await framedElement(page));
    const started = performance.now();
    const section = (await banner(page))!;
    expect(section.getAttribute('lang'), 'English, not a banner that waits for the German pack').to.equal('en');
    const opening = performance.now();
    await el.showPreferences();
    expect(performance.now() - opening, 'opened before the pack came').to.be.below(5500);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('details'), 'no cookie list').to.equal(null);
    // The packs come in the end; nothing changes under the visitor's eyes.
    while (packsLoaded(page).length < 2 && performance.now() - started < 20000) await new Promise((r) => setTimeout(r, 100));
    expect(packsLoaded(page)).to.have.length(2);
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(dialog.getAttribute('lang')).to.equal('en');
    expect(dialog.querySelector('details')).to.equal(null);
    // Taken when the preferences next open (where the visitor's eyes go), without asking again.
    el.closePreferences();
    await el.updateComplete;
    await el.showPreferences();
    expect(dialog.getAttribute('lang'), 'the next opening').to.equal('de');
    expect(dialog.querySelector('details'), 'with its cookie lists').to.not.equal(null);
    expect(packsLoaded(page), 'nothing asked for again').to.have.length(2);
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  // An upgrade: the browser still holds the interface of the build before (a server's caching, or
  // the lifetime a browser gives a file served without Cache-Control), which the new core cannot use.
  it("asks for its files under its build's own address, not the file of the build before an upgrade", async () => {
    const folder = `/__upgrade-${token()}/`;
    // The last visit, under the build before: its interface is in the browser's cache.
    await fetch(`${folder}creatio-cookie-consent.ui.js`);
    const page = await frame(`${folder}page.html`);
    expect(await elementWithin(page, 5000), "the new build's interface").to.not.equal(null);
    expect(await banner(page)).to.exist;
    // Every file the core and its interface asked for, the deferred one after the load too, under
    // the one address of the build.
    await waitFor(() => deferredIn(page.contentWindow!), 10000);
    const files = filesBeside(page.contentWindow!).filter((u) => u.pathname.startsWith(folder));
    expect(files.map((u) => u.pathname.split('.').at(-2))).to.have.members(['ui', 'deferred']);
    const builds = [...new Set(files.map((u) => u.search))];
    expect(builds).to.have.length(1);
    expect(builds[0]).to.match(/^\?v=[\da-f]{6}$/);
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  it('works on a RequireJS page, loaded twice, without any error', async () => {
    const page = await frame('/test/fixtures/requirejs.html');
    expect(await banner(page)).to.exist;
    await new Promise((r) => setTimeout(r, 100));
    const w = page.contentWindow as unknown as { amdLoaded?: boolean };
    expect(w.amdLoaded, 'RequireJS still loads modules').to.equal(true);
    expect(seenIn(page).errors).to.deep.equal([]);
    expect(seenIn(page).events.filter((e) => e.type === 'creatio-consent-ready')).to.have.length(1);
    // The second copy found the first one's runtime: one Consent Mode default, not two.
    const layer = (page.contentWindow as unknown as { dataLayer: IArguments[] }).dataLayer;
    expect(layer.filter((e) => e[0] === 'consent' && e[1] === 'default')).to.have.length(1);
    // One guard for two copies: a refused write is dropped once, allowed ones pass once.
    const proto = (page.contentWindow as unknown as { Document: typeof Document }).Document.prototype;
    expect(Object.getOwnPropertyDescriptor(page.contentDocument!, 'cookie'), 'no accessor of its own on the document').to.equal(undefined);
    const { set } = Object.getOwnPropertyDescriptor(proto, 'cookie')!;
    expect(String(set), 'the prototype\'s accessor is guarded').not.to.contain('[native code]');
  });

  it('keeps the space before the policy link through template minification', async () => {
    const page = await frame('/test/fixtures/page.html');
    const text = (await banner(page))!.querySelector('p')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('at any time. Privacy policy');
  });

  it('fires creatio-consent-ready once per page, even with two elements', async () => {
    const page = await frame('/test/fixtures/two-elements.html');
    await banner(page);
    await new Promise((r) => setTimeout(r, 100));
    expect(seenIn(page).events.filter((e) => e.type === 'creatio-consent-ready')).to.have.length(1);
  });

  it('upgrades an element that is already in the page', async () => {
    const page = await frame('/test/fixtures/late.html');
    expect(await banner(page)).to.exist;
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  it('loads as an ES module from dist/esm', async () => {
    const mod = await import(/* @vite-ignore */ `${location.origin}/dist/esm/index.js`).catch((e: Error) => e);
    // Bare imports of lit and js-cookie are for bundlers; the test server resolves them.
    expect(mod).not.to.be.instanceOf(Error);
    expect((mod as Record<string, unknown>).CreatioCookieConsent).to.be.a('function');
  });
});
