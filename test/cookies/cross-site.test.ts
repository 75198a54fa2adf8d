import { expect } from '@open-wc/testing';
import { askFrame, inWebKit, waitFor } from '../support/helpers.js';

// A Creatio page framed by another site (a portal or a landing page inside a company's site): the
// page's cookies are third-party there, and a `SameSite=Lax` cookie is not stored at all. The
// decision must last from one page of the frame to the next, as it does at the top.
describe('in a frame of another site', function () {
  this.timeout(30000);
  let page: HTMLIFrameElement;
  // https://localhost is another site than this page's https://app.example.test (same test server).
  const src = `https://localhost:${location.port}/test/fixtures/cross-site.html`;
  const ask = (command: string) => askFrame(page, command);
  const load = async () => {
    const loaded = new Promise((r) => page.addEventListener('load', r, { once: true }));
    page.src = src;
    if (!page.isConnected) document.body.append(page);
    await loaded;
    await waitFor(async () => (await ask('look')).defined, 5000);
  };

  beforeEach(() => (page = document.createElement('iframe')));
  afterEach(async () => {
    // The frame's decision is kept in its own partition: forgotten, so the next run starts afresh.
    if (page.isConnected) await ask('reset');
    page.remove();
  });

  // WebKit, as Safari does, stores no cookie of a frame of another site, partitioned or not: nothing
  // can keep the decision there, so each page of the frame asks again, and nothing fails.
  it('keeps the decision from one page to the next, and a changed one too (in WebKit, which keeps no cookie there, asks again)', async () => {
    await load();
    expect((await ask('look')).banner, 'asked on the first page').to.equal(true);
    expect((await ask('accept')).consent).to.include({ analytical: true });
    await load();
    let report = await ask('look');
    if (inWebKit) {
      expect(report.consent, 'nothing kept').to.equal(null);
      expect(report.banner, 'asked again').to.equal(true);
      expect(report.seen.errors).to.deep.equal([]);
      return;
    }
    expect(report.seen.events[0]?.detail.decided, 'a decision on the next page').to.equal(true);
    expect(report.consent).to.include({ analytical: true });
    expect(report.banner, 'not asked again').to.equal(false);
    await ask('reject');
    await load();
    report = await ask('look');
    expect(report.consent).to.include({ analytical: false });
    expect(report.banner).to.equal(false);
    expect(report.seen.errors).to.deep.equal([]);
    // And forgotten where it was kept: asked again on the next page.
    await ask('reset');
    await load();
    report = await ask('look');
    expect(report.consent).to.equal(null);
    expect(report.banner).to.equal(true);
  });
});
