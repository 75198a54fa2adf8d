import { expect, html } from '@open-wc/testing';
import type { CreatioCookieConsent } from '../../src/element/creatio-cookie-consent.js';
import { sameOriginUrl, type ConsentReceipt } from '../../src/integrations/receipt.js';
import { byName, clearAllCookies, cookieHeader, frame, framedElement, freshElement, plant, serverSets, waitingReceipt } from '../support/helpers.js';

const PENDING = 'creatio-cookie-consent:pending';
type Logged = { receipt: ConsentReceipt; csrf: string | null; contentType: string; status: number };
const receipts = async (): Promise<Logged[]> => (await fetch('/__receipts')).json();
const until = async <T>(probe: () => Promise<T | undefined | false>, ms = 5000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('consent-url receipts', () => {
  beforeEach(async () => {
    await clearAllCookies();
    await fetch('/__receipts?clear');
  });

  for (const [url, wanted] of [
    ['/__consent', 'https://app.example.test:PORT/__consent'],
    ['https://other.example.test/__consent', null],
    ['javascript:alert(1)', null],
    ['//evil.test/x', null],
    ['', null],
  ] as const)
    it(`accepts ${url || '(empty)'} as ${wanted}`, () => {
      expect(sameOriginUrl(url, location.href)).to.equal(wanted?.replace('PORT', location.port) ?? null);
    });

  it('POSTs the receipt with the CSRF header, and the server\'s expiry of HttpOnly UserName takes effect', async () => {
    await serverSets('UserName=alice; Path=/; HttpOnly; Max-Age=86400');
    plant('BPMCSRF=csrf-token-1; path=/');
    expect(await cookieHeader()).to.contain('UserName=alice');
    expect(document.cookie, 'HttpOnly: the page cannot see it').not.to.contain('UserName');

    const el = await freshElement(html`<creatio-cookie-consent consent-url="/__consent"></creatio-cookie-consent>`);
    byName(el, 'Reject all').click();
    const [logged] = await until(async () => {
      const list = await receipts();
      return list.length ? list : undefined;
    });
    expect(logged.csrf).to.equal('csrf-token-1');
    expect(logged.contentType).to.contain('application/json');
    expect(logged.receipt).to.deep.include({
      consentId: el.consent!.id,
      revision: 1,
      createdAt: el.consent!.created,
      updatedAt: el.consent!.updated,
      categories: { necessary: true, functional: false, analytical: false },
      cause: 'reject-all',
      // Origin and path only: the test page's address has a query string, which never leaves.
      url: location.origin + location.pathname,
    });
    expect(location.search, 'the page has a query string to leave out').not.to.equal('');
    expect(logged.receipt.url).not.to.match(/[?#]/);
    expect(logged.receipt.receiptId, 'the key the server stores it once under').to.match(/^[\w-]{8,64}$/);
    expect(logged.receipt.refusedCookies).to.have.members(['UserName', '_ga', '_ga_*', '_gid', '_gat', '_gat_*', '_gac_*', '_dc_gtm_*', 'bpmTrackingId', '_gcl_*']);
    expect(await until(async () => !(await cookieHeader()).includes('UserName') && 'gone')).to.equal('gone');
    expect(await cookieHeader(), 'necessary cookies stay').to.contain('BPMCSRF=csrf-token-1');
  });

  it('keeps the decision and the receipt when the endpoint fails, and delivers it later', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    addEventListener('unhandledrejection', onRejection);
    const el = await freshElement(html`<creatio-cookie-consent consent-url="/__consent?status=500"></creatio-cookie-consent>`);
    byName(el, 'Accept all').click();
    await until(async () => (await receipts()).length === 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(el.consent!.categories.analytical, 'decision kept').to.equal(true);
    expect(JSON.parse(localStorage.getItem('creatio-cookie-consent:pending')!)).to.have.length(1);

    // The next page (the endpoint back up) sends what waited, once it has loaded.
    await frame('/test/fixtures/faults.html');
    const delivered = await until(async () => {
      const list = await receipts();
      return list.filter((r) => r.status === 200).length === 1 && list;
    });
    expect(delivered.at(-1)!.receipt.cause).to.equal('accept-all');
    // Sent again as the same receipt, so that a server which stored the first try stores it once.
    expect(delivered.map((r) => r.receipt.receiptId)).to.deep.equal([delivered[0].receipt.receiptId, delivered[0].receipt.receiptId]);
    await until(async () => localStorage.getItem('creatio-cookie-consent:pending') === null);
    removeEventListener('unhandledrejection', onRejection);
    expect(rejections).to.deep.equal([]);
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('keeps its own queue and session mark when a refused category governs every storage key', async function () {
    this.timeout(10000);
    localStorage.clear();
    plant('BPMCSRF=csrf-token-2; path=/');
    const el = await freshElement(html`<creatio-cookie-consent consent-url="/__consent?status=500" analytical-storage="*"></creatio-cookie-consent>`);
    byName(el, 'Reject all').click();
    await until(async () => (await receipts()).some((r) => r.receipt.cause === 'reject-all'));
    await new Promise((r) => setTimeout(r, 100));
    const kept = () => [JSON.parse(localStorage.getItem(PENDING) ?? '[]').length, !!localStorage.getItem('creatio-cookie-consent:session')];
    expect(kept(), 'written past the guard').to.deep.equal([1, true]);
    // The storage look (after the load, then every second) removes refused keys, never the product's own.
    localStorage.setItem('someone-else', 'refused');
    localStorage['assigned'] = 'refused';
    await until(async () => localStorage.getItem('assigned') === null && 'removed', 3000);
    expect(kept(), 'not removed').to.deep.equal([1, true]);
    expect(localStorage.getItem('someone-else'), 'the pattern still governs other keys').to.equal(null);
    localStorage.clear();
  });

  it('sends a decision made on this page once, not again as the session\'s, while an earlier receipt holds the queue', async function () {
    this.timeout(15000);
    localStorage.clear();
    const at = new Date().toISOString();
    const left = { receiptId: 'left-before-a-slow-answer', consentId: 'left-before-a-slow-answer', revision: 1, createdAt: at, updatedAt: at, categories: { necessary: true }, cause: 'save', refusedCookies: [], url: location.origin + '/' };
    localStorage.setItem(PENDING, JSON.stringify([left]));
    const el = await freshElement(html`<creatio-cookie-consent consent-url="/__consent?delay=2500"></creatio-cookie-consent>`);
    // Back online: what waited goes out first, and the endpoint takes its time to answer.
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 100));
    el.rejectAll();
    // A session the page has not looked at yet, seen with the decision: the look must find its receipt waiting.
    plant('BPMCSRF=csrf-token-3; path=/');
    await until(async () => (await receipts()).some((r) => r.receipt.cause === 'reject-all'), 10000);
    // The session's look runs every second, and the endpoint logs what it is sent 2.5 s later: a
    // session's receipt queued behind this one would be logged within 3.5 s.
    await new Promise((r) => setTimeout(r, 3500));
    expect((await receipts()).map((r) => r.receipt.cause)).to.deep.equal(['save', 'reject-all']);
    localStorage.clear();
  });

  it('a decision made while a full queue is being sent is sent after it; what went out leaves the queue, what did not stays', async function () {
    this.timeout(30000);
    localStorage.clear();
    const at = new Date().toISOString();
    // Every other one as a version that gave receipts no id queued them.
    const left = Array.from({ length: 20 }, (_, i) => ({
      ...(i % 2 ? {} : { receiptId: `left-in-a-full-queue-${i}` }),
      consentId: `left-in-a-full-queue-${i}`,
      revision: 1,
      createdAt: at,
      updatedAt: at,
      categories: { necessary: true },
      cause: 'save',
      refusedCookies: [],
      url: location.origin + '/',
    }));
    localStorage.setItem(PENDING, JSON.stringify(left));
    const el = await freshElement(html`<creatio-cookie-consent consent-url="/__consent?delay=100"></creatio-cookie-consent>`);
    const queued = () => (JSON.parse(localStorage.getItem(PENDING) ?? '[]') as ConsentReceipt[]).map((r) => r.consentId);
    const delivered = async () => (await receipts()).filter((r) => r.status === 200).map((r) => r.receipt.consentId);
    try {
      window.dispatchEvent(new Event('online'));
      // The queue's first receipts are out; the decision joins a queue that holds 20 already.
      await until(async () => (await receipts()).length >= 2);
      el.rejectAll();
      const mine = el.consent!.id;
      // The endpoint goes down half-way: the rest of the queue, and the decision after it, wait.
      await until(async () => (await receipts()).length >= 6);
      await fetch('/__consent-offline?on');
      await until(async () => (await receipts()).filter((r) => r.status === 503).length === 2, 10000);
      await new Promise((r) => setTimeout(r, 200));
      const out = await delivered();
      expect(out.length, 'some went out before the endpoint went down').to.be.within(5, 19);
      expect(queued()).to.deep.equal([...left.map((r) => r.consentId).filter((id) => !out.includes(id)), mine]);

      await fetch('/__consent-offline');
      window.dispatchEvent(new Event('online'));
      await until(async () => localStorage.getItem(PENDING) === null && 'emptied', 10000);
      expect(await delivered()).to.deep.equal([...left.map((r) => r.consentId), mine]);
    } finally {
      await fetch('/__consent-offline');
      localStorage.clear();
    }
  });

  it('drops a receipt the server refuses for what it is, so that it holds back no later one, and says why in the console', async () => {
    const warn = console.warn;
    const said: string[] = [];
    console.warn = (...args: unknown[]) => said.push(args.join(' '));
    let el: CreatioCookieConsent;
    try {
      el = await freshElement(html`<creatio-cookie-consent consent-url="/__consent?status=400"></creatio-cookie-consent>`);
      byName(el, 'Reject all').click();
      await until(async () => (await receipts()).length === 1);
      await new Promise((r) => setTimeout(r, 100));
      expect(localStorage.getItem('creatio-cookie-consent:pending'), 'not kept').to.equal(null);
      // A server set up for other categories than the page's refuses every receipt: the administrator must be able to see it.
      await until(async () => said.some((line) => line.includes('400') && line.includes('failed')) && 'said', 2000);
    } finally {
      console.warn = warn;
    }

    el.consentUrl = '/__consent';
    await el.updateComplete;
    el.acceptAll();
    const list = await until(async () => {
      const all = await receipts();
      return all.length === 2 && all;
    });
    expect(list.map((r) => [r.receipt.cause, r.status])).to.deep.equal([
      ['reject-all', 400],
      ['accept-all', 200],
    ]);
  });

  it('sends what an earlier page left pending once the next page is idle, with no decision needed', async () => {
    const KEY = 'creatio-cookie-consent:pending';
    const left = waitingReceipt('left-receipt-1', 'left-by-an-earlier-page');
    localStorage.setItem(KEY, JSON.stringify([left]));
    const page = await frame('/test/fixtures/faults.html');
    const got = await until(async () => (await receipts()).find((r) => r.receipt.consentId === left.consentId));
    expect(got.status).to.equal(200);
    expect(await until(async () => localStorage.getItem(KEY) === null && 'sent')).to.equal('sent');
    expect((await receipts()).length, 'sent once').to.equal(1);
    page.remove();
  });

  // The queue is the product's own key, but anything on the page can write it (another version of
  // the script, a page's storage clean-up). One item that is not a receipt made every read throw, and
  // the sender wrote the queue back empty: the receipts behind it were gone.
  it('a damaged item in the queue is dropped, and the receipts around it are still sent, in order', async () => {
    const KEY = 'creatio-cookie-consent:pending';
    const first = waitingReceipt('around-1', 'left-before-the-damage');
    const second = waitingReceipt('around-2', 'left-after-the-damage');
    localStorage.setItem(KEY, JSON.stringify([null, first, 7, 'text', { record: null, cause: 'api' }, {}, second]));
    const page = await frame('/test/fixtures/faults.html');
    expect(await until(async () => localStorage.getItem(KEY) === null && 'emptied')).to.equal('emptied');
    const sent = (await receipts()).map((r) => r.receipt.receiptId);
    expect(sent).to.deep.equal(['around-1', 'around-2']);
    page.remove();
  });

  it('reset() sends a receipt too, so the server expires what it now refuses', async () => {
    await serverSets('UserName=alice; Path=/; HttpOnly; Max-Age=86400');
    const el = await freshElement(html`<creatio-cookie-consent consent-url="/__consent"></creatio-cookie-consent>`);
    el.acceptAll();
    const id = el.consent!.id;
    await until(async () => (await receipts()).length === 1);
    expect(await cookieHeader(), 'accepted: UserName stays').to.contain('UserName=alice');
    el.reset();
    const [, reset] = await until(async () => {
      const list = await receipts();
      return list.length === 2 && list;
    });
    expect(reset.receipt).to.deep.include({ consentId: id, cause: 'reset', categories: { necessary: true, functional: false, analytical: false } });
    expect(reset.receipt.refusedCookies).to.include('UserName');
    expect(await until(async () => !(await cookieHeader()).includes('UserName') && 'gone')).to.equal('gone');
  });

  it('retries a receipt that failed while offline as soon as the browser is back online', async () => {
    await fetch('/__consent-offline?on');
    try {
      const el = await freshElement(html`<creatio-cookie-consent consent-url="/__consent"></creatio-cookie-consent>`);
      el.rejectAll();
      await until(async () => (await receipts()).length === 1);
      expect(JSON.parse(localStorage.getItem('creatio-cookie-consent:pending') ?? '[]'), 'kept').to.have.length(1);
    } finally {
      await fetch('/__consent-offline');
    }
    window.dispatchEvent(new Event('online'));
    const delivered = await until(async () => (await receipts()).find((r) => r.status === 200), 2000);
    expect(delivered.receipt.cause).to.equal('reject-all');
    expect(await until(async () => localStorage.getItem('creatio-cookie-consent:pending') === null && 'sent')).to.equal('sent');
    expect((await receipts()).map((r) => r.status)).to.deep.equal([503, 200]);
  });

  it('two tabs loading together send what an earlier page left exactly once', async () => {
    const at = new Date().toISOString();
    const left = { consentId: 'left-for-two-tabs', revision: 1, createdAt: at, updatedAt: at, categories: { necessary: true }, cause: 'save', refusedCookies: [], url: location.origin + '/' };
    localStorage.setItem('creatio-cookie-consent:pending', JSON.stringify([left]));
    await Promise.all([frame('/test/fixtures/faults.html'), frame('/test/fixtures/faults.html')]);
    await until(async () => localStorage.getItem('creatio-cookie-consent:pending') === null && 'sent');
    await new Promise((r) => setTimeout(r, 500));
    expect((await receipts()).filter((r) => r.receipt.consentId === left.consentId)).to.have.length(1);
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('tells the server again after a new sign-in, once per session, so a refused UserName stays gone', async () => {
    await serverSets('UserName=alice; Path=/; HttpOnly; Max-Age=86400', 'BPMCSRF=session-1; Path=/');
    const el = await freshElement(html`<creatio-cookie-consent consent-url="/__consent"></creatio-cookie-consent>`);
    el.rejectAll();
    await until(async () => !(await cookieHeader()).includes('UserName') && 'gone');
    // Signing in again: Creatio sets UserName anew, in a new session with a BPMCSRF of its own.
    await serverSets('UserName=alice; Path=/; HttpOnly; Max-Age=86400', 'BPMCSRF=session-2; Path=/');
    expect(await cookieHeader()).to.contain('UserName=alice');
    const next = await frame('/test/fixtures/faults.html');
    expect(await until(async () => !(await cookieHeader()).includes('UserName') && 'gone')).to.equal('gone');
    // Once per session: another page of it sends nothing more.
    next.remove();
    await frame('/test/fixtures/faults.html');
    await new Promise((r) => setTimeout(r, 1500));
    const sent = (await receipts()).map((r) => `${r.receipt.cause} ${r.receipt.consentId === el.consent!.id}`);
    expect(sent).to.deep.equal(['reject-all true', 'session true']);
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('keeps a receipt answered with a redirect (a sign-in page): what answered 200 after it never had it', async () => {
    localStorage.clear();
    const el = await freshElement(html`<creatio-cookie-consent consent-url="/__consent?redirect=/test/fixtures/blank.html"></creatio-cookie-consent>`);
    byName(el, 'Reject all').click();
    await until(async () => (await receipts()).some((r) => r.status === 302));
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.parse(localStorage.getItem(PENDING) ?? '[]'), 'kept for later').to.have.length(1);
    localStorage.clear();
  });

  it('a decision made before the deferred file came, on a page that reloads at once, still reaches the endpoint, once', async function () {
    this.timeout(20000);
    localStorage.clear();
    const page = await frame('/__slowdeferred/page.html');
    const el = await framedElement(page);
    const win = page.contentWindow!;
    // A common pattern: the page reloads on a change so that its tags start under the new decision.
    win.document.addEventListener('creatio-consent-change', () => win.location.reload());
    plant('BPMCSRF=csrf-token-4; path=/');
    byName(el, 'Reject all').click();
    const delivered = await until(async () => (await receipts()).find((r) => r.receipt.cause === 'reject-all'), 12000);
    expect([delivered.status, delivered.receipt.categories.analytical, delivered.receipt.url]).to.deep.equal([200, false, `${location.origin}/__slowdeferred/page.html`]);
    // Once: the next page's look at the session finds it waiting, and does not send it again as the session's.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await receipts()).map((r) => r.receipt.cause)).to.deep.equal(['reject-all']);
    page.remove();
    localStorage.clear();
  });

  it('does not send to another origin, and keeps no more than 20 waiting for it', async () => {
    localStorage.clear();
    const other = `https://other.example.test:${location.port}/__consent`;
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await freshElement(html`<creatio-cookie-consent consent-url=${other}></creatio-cookie-consent>`);
      byName(el, 'Accept all').click();
      for (let i = 0; i < 24; i++) el.setConsent({ analytical: i % 2 === 0 });
      await new Promise((r) => setTimeout(r, 300));
      expect(await receipts()).to.deep.equal([]);
      expect(JSON.parse(localStorage.getItem(PENDING) ?? '[]')).to.have.length(20);
      // Silent, an administrator would wait for receipts that never come: said once.
      expect(warnings).to.deep.equal([`creatio-cookie-consent: consent-url is not on this page's origin; receipts wait for one that is: ${other}`]);
    } finally {
      console.warn = warn;
      localStorage.clear();
    }
  });
});
