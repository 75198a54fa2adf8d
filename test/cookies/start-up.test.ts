import { expect } from '@open-wc/testing';
import { byName, clearAllCookies, frame, freshElement } from '../support/helpers.js';

type Early = { readsBeforeTag: number; gaKept: boolean; dataLayer: IArguments[]; storeWrite: Promise<void> };
const storeKept = async (page: HTMLIFrameElement) => {
  await (page.contentWindow as unknown as Early).storeWrite;
  return page.contentDocument!.cookie.includes('_ga_EARLY=');
};
const consentCalls = (w: Early) => w.dataLayer.filter((e) => e[0] === 'consent').map((e) => e[1]);

/**
 * The jar is not read while the script starts (that first read is a slow round trip to the browser
 * process during page load); the decision is read when something needs it. These prove the guard
 * still answers every write exactly as if the decision had been read at once.
 */
describe('start-up without reading the jar', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('reads no cookie while starting, and drops a governed write before any decision', async () => {
    const page = await frame('/test/fixtures/early-write.html');
    const w = page.contentWindow as unknown as Early;
    expect(w.readsBeforeTag, 'reads of document.cookie by the starting script').to.equal(0);
    expect(w.gaKept, '_ga written before any decision').to.equal(false);
    expect(await storeKept(page), 'cookieStore.set before any decision').to.equal(false);
    expect(consentCalls(w)).to.deep.equal(['default']);
    // Another tab's decision arrives as a cookie change where the Cookie Store API reports them: no
    // channel (a round trip to the browser) is opened then; where the jar is polled, one is.
    const pageWindow = page.contentWindow as unknown as { channelsOpened: number; cookieStore?: unknown };
    expect(pageWindow.channelsOpened).to.equal(pageWindow.cookieStore ? 0 : 1);
  });

  // On a page whose decision is shared with subdomains (`cookie-domain`). Bound to this host, where
  // there is a Cookie Store only its list decides, and a write before it comes is refused
  // (./forgery.test.ts has why).
  it('reads the decision at the first governed write and lets it through when granted', async () => {
    byName(await freshElement(), 'Accept all').click();
    const page = await frame('/test/fixtures/early-write-shared.html');
    const w = page.contentWindow as unknown as Early;
    expect(w.readsBeforeTag).to.equal(0);
    expect(w.gaKept, '_ga written by a tag after a stored "accept all"').to.equal(true);
    expect(await storeKept(page), 'cookieStore.set after a stored "accept all"').to.equal(true);
    expect(consentCalls(w)).to.deep.equal(['default', 'update']);
    expect(w.dataLayer.find((e) => e[1] === 'update')![2]).to.include({ analytics_storage: 'granted' });
  });

  it('drops the same write when analytics were refused', async () => {
    const el = await freshElement();
    el.setConsent({ functional: true, analytical: false });
    const page = await frame('/test/fixtures/early-write.html');
    const w = page.contentWindow as unknown as Early;
    expect(w.gaKept).to.equal(false);
    expect(await storeKept(page)).to.equal(false);
    expect(consentCalls(w)).to.deep.equal(['default', 'update']);
  });
});
