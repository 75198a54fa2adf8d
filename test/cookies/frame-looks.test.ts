import { expect } from '@open-wc/testing';
import { clearAllCookies, frame, waitFor } from '../support/helpers.js';

/** Looks at the jar (reads of `document.cookie`, lists from `cookieStore.getAll()`) on the page in `page` over one second, from half a second after its load. */
async function readsInASecond(page: HTMLIFrameElement): Promise<number> {
  const win = page.contentWindow as unknown as { cookieReads: number; cookieLists: number; document: Document };
  await waitFor(() => win.document.readyState === 'complete');
  await new Promise((r) => setTimeout(r, 500));
  const looks = () => win.cookieReads + win.cookieLists;
  const before = looks();
  await new Promise((r) => setTimeout(r, 1000));
  return looks() - before;
}

/**
 * A frame's insertion starts looks at the jar every 10 ms until the frame loads (ten seconds at
 * most), for what a tag writes in its realm before a guard can reach it. A look is a round trip to
 * the browser (a read of `document.cookie` most of a millisecond in Chromium once the page has been
 * idle), so the looks are one per window, however many frames wait: a page of lazy embeds, which
 * load only when scrolled to, must not spend its main thread on a look per frame.
 */
describe('looking at the jar while frames load', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('looks as often with twenty frames waiting as with one', async () => {
    const one = await readsInASecond(await frame('/test/fixtures/frames-waiting.html?frames=1'));
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    const twenty = await readsInASecond(await frame('/test/fixtures/frames-waiting.html?frames=20'));
    // One look every 10 ms while a frame waits; the watchers add one a second.
    expect(one, 'a waiting frame is looked for').to.be.within(40, 110);
    expect(twenty, `one frame: ${one} reads a second`).to.be.below(one * 1.5);
  });
});
