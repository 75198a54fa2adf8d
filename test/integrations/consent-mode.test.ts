import { expect } from '@open-wc/testing';
import { consentModeState, consentReader } from '../../src/integrations/consent-mode.js';
import { waitFor, deferredIn, framedElement, byName, clearAllCookies, freshElement, frame, seenIn } from '../support/helpers.js';

type Entry = IArguments | Record<string, unknown>;
const consentCommands = (layer: Entry[]) =>
  layer.filter((e) => Object.prototype.toString.call(e) === '[object Arguments]' && (e as IArguments)[0] === 'consent') as IArguments[];
/** A command as gtag pushes it: its `arguments` object. */
const gtag = (...args: unknown[]): IArguments =>
  (function (..._: unknown[]) {
    // eslint-disable-next-line prefer-rest-params
    return arguments;
  })(...args);

describe('Google Consent Mode v2', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('maps categories to the seven consent types', () => {
    expect(consentModeState({ necessary: true, functional: true, analytical: false })).to.deep.equal({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      security_storage: 'granted',
    });
    const ads = consentModeState({ necessary: true, marketing: true, analytical: true });
    expect([ads.ad_storage, ads.ad_user_data, ads.ad_personalization, ads.analytics_storage]).to.deep.equal(['granted', 'granted', 'granted', 'granted']);
  });

  it('pushes a default before a tag that follows the script, then an update per decision, as arguments objects', async () => {
    const page = await frame('/test/fixtures/gtm.html');
    const w = page.contentWindow as unknown as { dataLayer: Entry[]; tagSawDefault: boolean };
    expect(w.tagSawDefault, 'the default was there when the next tag ran').to.equal(true);
    const [first] = consentCommands(w.dataLayer);
    expect(first[1]).to.equal('default');
    expect(first[2]).to.include({ analytics_storage: 'denied', functionality_storage: 'denied', security_storage: 'granted', ad_storage: 'denied' });
    expect(Object.keys(first[2])).to.have.members([
      'ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage', 'wait_for_update',
    ]);
    const el = (await framedElement(page));
    await el.updateComplete;
    el.acceptAll();
    el.setConsent({ analytical: false });
    const commands = consentCommands(w.dataLayer);
    expect(commands.map((c) => c[1])).to.deep.equal(['default', 'update', 'update']);
    expect(commands[1][2]).to.include({ analytics_storage: 'granted', functionality_storage: 'granted' });
    expect(commands[2][2]).to.include({ analytics_storage: 'denied', functionality_storage: 'granted' });
    expect(w.dataLayer.some((e) => (e as Record<string, unknown>).event === 'creatio-consent-update')).to.equal(true);
  });

  for (const [search, what] of [
    ['?gtm', 'Tag Manager\u2019s snippet'],
    ['?gtag', 'gtag.js\u2019s snippet'],
    ['', 'nothing'],
  ])
    it(`says in the console when the default came after Google\u2019s tags had started: ${what} before the script`, async () => {
      const page = await frame(`/test/fixtures/tags-first.html${search}`);
      const win = page.contentWindow as unknown as { warnings: string[] };
      // The deferred file looks, once the page has loaded and is idle.
      await waitFor(search ? () => win.warnings.length > 0 : () => deferredIn(page.contentWindow!), 5000);
      await new Promise((r) => setTimeout(r, 300));
      expect(win.warnings).to.deep.equal(
        search ? ["creatio-cookie-consent: Google's tags started first, without the Consent Mode default: load this script before their snippet"] : [],
      );
    });

  it('leaves a page\'s own dataLayer object alone, and protects and decides as on any page', async () => {
    const page = await frame('/test/fixtures/datalayer-object.html');
    const w = page.contentWindow as unknown as { dataLayer: unknown };
    page.contentDocument!.cookie = '_ga=GA1.1.1; path=/';
    expect(page.contentDocument!.cookie, 'the guard holds').not.to.contain('_ga=');
    const el = await framedElement(page);
    byName(el, 'Accept all').click();
    expect(el.consent!.categories.analytical).to.equal(true);
    expect(w.dataLayer).to.deep.equal({ pageType: 'home', language: 'en' });
    expect(seenIn(page).errors).to.deep.equal([]);
    expect(seenIn(page).events.map((e) => e.type)).to.deep.equal(['creatio-consent-ready', 'creatio-consent-change']);
  });

  it('sends an update with the stored decision as soon as it is read on later page loads', async () => {
    const el = await freshElement();
    byName(el, 'Accept all').click();
    const page = await frame('/test/fixtures/gtm.html');
    const layer = (page.contentWindow as unknown as { dataLayer: Entry[] }).dataLayer;
    // Read without blocking the page where the Cookie Store API exists: within a task or two of parsing.
    await waitFor(() => consentCommands(layer).length === 2, 1000);
    const commands = consentCommands(layer);
    expect(commands.map((c) => c[1])).to.deep.equal(['default', 'update']);
    expect(commands[1][2]).to.include({ analytics_storage: 'granted' });
  });

  it('sends a default for the listed regions and another for the rest, url_passthrough and ads_data_redaction, before the next tag', async () => {
    const page = await frame('/test/fixtures/gtm-regions.html');
    const seen = (page.contentWindow as unknown as { seenByTag: unknown[][] }).seenByTag;
    const denied = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted' };
    const granted = { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted', security_storage: 'granted' };
    expect(seen).to.deep.equal([
      // Listed regions (ISO 3166-1 alpha-2, or 3166-2 with a subdivision), upper-cased; malformed ones dropped.
      ['consent', 'default', { ...denied, wait_for_update: 1200, region: ['AT', 'BE', 'DE-BY'] }],
      ['consent', 'default', { ...granted, wait_for_update: 1200 }],
      ['set', 'url_passthrough', true],
      ['set', 'ads_data_redaction', true],
    ]);
    // The guard does not know the visitor's region: with no decision, _ga is refused everywhere.
    page.contentDocument!.cookie = '_ga=GA1.1.1; path=/';
    expect(page.contentDocument!.cookie).not.to.contain('_ga=');
  });

  it('reads consent commands as Google applies them, each entry once, and a list put in place anew', () => {
    const read = consentReader();
    const layer: unknown[] = [gtag('consent', 'default', { analytics_storage: 'denied' }), { event: 'gtm.js' }, null, 'x', gtag('consent', 'update', { analytics_storage: 'granted', ad_storage: 'granted' })];
    expect(read(layer)).to.deep.include({ regional: false }).and.nested.include({ 'told.analytics_storage': 'granted', 'told.ad_storage': 'granted' });
    layer.push(gtag('consent', 'update', { analytics_storage: 'denied' }), gtag('consent', 'default', { ad_storage: 'denied', region: ['DE'] }));
    const { told, regional } = read(layer);
    expect({ ...told, regional }).to.deep.equal({ analytics_storage: 'denied', ad_storage: 'granted', regional: true });
    // Each entry read once: one changed in place after its reading is not read again.
    (layer[4] as unknown[])[2] = { functionality_storage: 'granted' };
    expect(read(layer).told).not.to.have.property('functionality_storage');
    expect({ ...read([gtag('consent', 'update', { functionality_storage: 'granted' })]).told }).to.deep.equal({ functionality_storage: 'granted' });
  });

  // Google applies updates in order, the last for each type counting: another script's (a second
  // consent manager, a snippet copied with `granted`) told its tags the visitor consented.
  const GRANTED_ELSEWHERE =
    `creatio-cookie-consent: another script told Google's Consent Mode "granted" for ad_storage, analytics_storage, which the visitor has not granted: told "denied" again`;
  const effective = (layer: Entry[]) =>
    Object.assign({}, ...consentCommands(layer).filter((c) => c[1] === 'update').map((c) => c[2])) as Record<string, string>;
  type Page = Window & { dataLayer: Entry[]; warnings: string[] };
  const foreignUpdate = (win: Page, state: Record<string, string>) => win.dataLayer.push(gtag('consent', 'update', state));
  /** The page framed, `choice` made on it, once its deferred file (which holds Consent Mode) has come. */
  async function loaded(src: string, choice?: Record<string, boolean>): Promise<Page> {
    const page = await frame(src);
    const el = await framedElement(page);
    if (choice) el.setConsent(choice);
    await waitFor(() => deferredIn(page.contentWindow!), 8000);
    return page.contentWindow as Page;
  }

  for (const decided of [false, true])
    it(`tells Google "denied" again where another script's update granted what the visitor refused (${decided ? 'after a choice refusing analytics' : 'no decision yet'}), and says so once`, async () => {
      const win = await loaded('/test/fixtures/gtm.html', decided ? { functional: true, analytical: false } : undefined);
      foreignUpdate(win, { analytics_storage: 'granted', ad_storage: 'granted', functionality_storage: decided ? 'granted' : 'denied' });
      await waitFor(() => effective(win.dataLayer).analytics_storage === 'denied', 2500);
      expect(effective(win.dataLayer)).to.include({ analytics_storage: 'denied', ad_storage: 'denied', functionality_storage: decided ? 'granted' : 'denied' });
      // Once told, nothing more is pushed: no loop, no second event for the tags.
      const length = win.dataLayer.length;
      await new Promise((r) => setTimeout(r, 1300));
      expect(win.dataLayer.length, 'pushed again').to.equal(length);
      expect(win.dataLayer.filter((e) => (e as Record<string, unknown>).event === 'creatio-consent-update')).to.have.length(decided ? 1 : 0);
      expect(win.warnings).to.deep.equal([GRANTED_ELSEWHERE]);
    });

  it('leaves alone an update that grants only what the visitor granted, or refuses more', async () => {
    const win = await loaded('/test/fixtures/gtm.html', { functional: false, analytical: true });
    foreignUpdate(win, { analytics_storage: 'granted', functionality_storage: 'denied' });
    const length = win.dataLayer.length;
    await new Promise((r) => setTimeout(r, 1300));
    expect(win.dataLayer.length).to.equal(length);
    expect(win.warnings).to.deep.equal([]);
  });

  // The listed regions' default refuses, the rest of the world's grants: before a decision an update
  // granting (a page's own answer for where it is not asked) is the administrator's to make.
  it('with consent-mode-regions, leaves a grant before a decision alone', async () => {
    const win = await loaded('/test/fixtures/gtm-regions.html');
    foreignUpdate(win, { analytics_storage: 'granted' });
    await new Promise((r) => setTimeout(r, 1300));
    expect(effective(win.dataLayer)).to.include({ analytics_storage: 'granted' });
    expect(win.warnings).to.deep.equal([]);
  });

  it('without those attributes sends one default for everywhere, waiting 500 ms for an update', async () => {
    const page = await frame('/test/fixtures/gtm.html');
    const [first, ...rest] = consentCommands((page.contentWindow as unknown as { dataLayer: Entry[] }).dataLayer);
    expect(first[2]).to.include({ wait_for_update: 500 }).and.not.to.have.property('region');
    expect(rest.filter((c) => c[1] === 'default')).to.have.length(0);
  });
});
