import { expect } from '@open-wc/testing';
import { clearAllCookies, deferredIn, inWebKit, plantDecision, seenIn, serverSets, settingsLink, token, waitFor } from '../support/helpers.js';

/**
 * A load the visitor stops (Esc, the stop button, a script's `window.stop()`) while a slow request
 * holds the page back ends with the document complete and no load event; Chromium ends a parser it
 * stopped without DOMContentLoaded too. A page left before its load for the back/forward cache
 * comes back so. The protection must not wait for either event.
 */
describe('a load the visitor stopped', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  // A returning visitor who granted analytics and refused functional (late_probe, on that page only).
  const at = new Date(Date.now() - 86_400_000).toISOString();
  const record = { v: 1, id: 'stopped-load', rev: 1, created: at, updated: at, categories: { necessary: true, functional: false, analytical: true } };

  // WebKit does not complete such a document: it stays "loading" where the parser waited, and
  // "interactive" where the load event did (as the HTML standard's "abort a document" has it).
  const stopped = async (search: string, path = '/test/fixtures/stopped.html') => {
    const page = document.createElement('iframe');
    page.src = `${path}${search}`;
    document.body.append(page);
    type Page = Window & { loaded: boolean; stopped?: boolean };
    await waitFor(() => page.contentDocument!.URL.includes(path) && !!(page.contentWindow as Page).stopped, 5000);
    if (!inWebKit) await waitFor(() => page.contentDocument!.readyState === 'complete');
    await new Promise((r) => setTimeout(r, 100));
    expect((page.contentWindow as Page).loaded, 'no load event: the load was stopped').to.equal(false);
    return page;
  };

  /** The watchers run on the framed page: a cookie it refuses (late_probe) that a server sets is cleared. */
  const watched = async (page: HTMLIFrameElement) => {
    await serverSets('late_probe=1; Path=/; Domain=example.test', 'late_control=1; Path=/; Domain=example.test');
    expect(document.cookie).to.contain('late_control=1');
    await waitFor(() => !page.contentDocument!.cookie.includes('late_probe'), 5000);
    expect(seenIn(page).errors).to.deep.equal([]);
  };

  for (const [search, what] of [
    ['?parser', 'while a slow script held the parser'],
    ['', 'while a slow image held the load event'],
  ])
    it(`${what}: the stored decision is told and applied, and the element and the watchers come`, async () => {
      plantDecision(record);
      const page = await stopped(search);
      const win = page.contentWindow!;
      const granted = () => {
        page.contentDocument!.cookie = '_ga=GA1.1.stopped; path=/';
        return page.contentDocument!.cookie.includes('_ga=');
      };
      // WebKit's parser, stopped while it waited for a script, never ends: nothing tells the ready
      // event, and the grants wait for the configuration the element brings.
      const parserStuck = inWebKit && !!search;
      if (!parserStuck) {
        await waitFor(() => seenIn(page).events.some((e) => e.type === 'creatio-consent-ready'), 3000);
        expect(seenIn(page).events[0].detail.categories).to.deep.equal(record.categories);
        expect(granted(), 'analytics granted').to.equal(true);
      } else expect(granted(), 'held').to.equal(false);
      if (inWebKit) {
        // WebKit never completes the document: the watchers come five seconds in, the element not
        // (a returning visitor's interface waits for a load event) until the visitor asks for it.
        await waitFor(() => deferredIn(win), 10000);
        expect(!!win.customElements.get('creatio-cookie-consent'), 'no interface before a load event').to.equal(false);
        settingsLink(page.contentDocument!).click();
        await waitFor(() => !!win.customElements.get('creatio-cookie-consent'), 5000);
        const el = page.contentDocument!.querySelector('creatio-cookie-consent') as HTMLElement & { open: boolean };
        await waitFor(() => el.open);
        await waitFor(granted);
      } else {
        // The element and its API come for page scripts, after the (stopped) load, as on any page.
        await waitFor(() => !!win.customElements.get('creatio-cookie-consent'), 5000);
        // The watchers too.
        await waitFor(() => deferredIn(win), 5000);
      }
      await watched(page);
    }).timeout(20000);

  // A page with a granted gated script loads the deferred file while it parses: the stop ends that
  // request. The script taken for it was lost, and Firefox answered the import after the load with
  // the failure: no watchers on that page.
  it('a page whose load was stopped while its deferred file was on its way: the gated script runs and the watchers come after all', async () => {
    plantDecision(record);
    const page = await stopped('?page=stopped&gated', `/__slowdeferred-${token()}/page.html`);
    await waitFor(() => (page.contentWindow as Window & { gatedRan?: boolean }).gatedRan === true, 10000);
    await watched(page);
  }).timeout(15000);

  // The stop ends the interface's request too; Firefox kept that failure for the page's life, and
  // answered the import after the load with it: no banner on that page.
  it('a first visit stopped while its interface was on its way: the banner comes after all', async () => {
    const page = await stopped('?page=stopped', `/__slowui-${token()}/page.html`);
    const win = page.contentWindow!;
    await waitFor(() => !!win.customElements.get('creatio-cookie-consent'), 10000);
    const el = page.contentDocument!.querySelector('creatio-cookie-consent')!;
    await waitFor(() => !!el.shadowRoot?.querySelector('[part~="banner"]'));
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  // The bound above is the watchers', not the interface's: a returning visitor's page whose load is
  // only slow (a far-away image) runs nothing of the interface before its load event (issue 13).
  it('a page whose load is only slow: the watchers come five seconds in, the interface not before the load', async () => {
    plantDecision(record);
    const page = document.createElement('iframe');
    page.src = '/test/fixtures/stopped.html?slow';
    document.body.append(page);
    await waitFor(() => !!page.contentWindow?.document.URL.includes('stopped.html'));
    const win = page.contentWindow as Window & { loaded: boolean };
    await waitFor(() => deferredIn(win), 8000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(win.loaded, 'still loading').to.equal(false);
    expect(!!win.customElements.get('creatio-cookie-consent'), 'no interface before the load').to.equal(false);
  }).timeout(15000);
});
