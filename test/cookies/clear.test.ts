import { expect } from '@open-wc/testing';
import { clearCookies } from '../../src/cookies/clear.js';
import { domainsFor, fitDomain, pathsFor } from '../../src/consent/domains.js';
import { nativeCookieSet } from '../support/native-cookie.js';
import { waitFor, clearAllCookies, frame, has, inWebKit, jar, plant, serverSets } from '../support/helpers.js';

/** The names in the Cookie header the browser sends below /test/fixtures (a nameless cookie's as its value reads). */
const names = (text: string) => text.split('; ').map((pair) => pair.split('=')[0]);
const sentBelow = async () => names(await (await fetch('/test/fixtures/__cookie-header')).text());

describe('domain and path enumeration', () => {
  for (const [host, wanted] of [
    ['app.example.test', [undefined, 'app.example.test', 'example.test']],
    ['tenant.creatio.com', [undefined, 'tenant.creatio.com', 'creatio.com']],
    ['a.b.c.example.co.uk', [undefined, 'a.b.c.example.co.uk', 'b.c.example.co.uk', 'c.example.co.uk', 'example.co.uk', 'co.uk']],
    ['localhost', [undefined, 'localhost']],
    ['127.0.0.1', [undefined]],
    ['[::1]', [undefined]],
    ['App.Example.TEST.', [undefined, 'app.example.test', 'example.test']],
  ] as const)
    it(`tries ${host} on ${JSON.stringify(wanted)}`, () => expect(domainsFor(host)).to.deep.equal(wanted));

  for (const [path, wanted] of [
    ['/', ['/']],
    ['/0/Nui/ViewModule.aspx', ['/', '/0', '/0/', '/0/Nui', '/0/Nui/', '/0/Nui/ViewModule.aspx', '/0/Nui/ViewModule.aspx/']],
    ['/a//b/', ['/', '/a', '/a/', '/a/b', '/a/b/']],
  ] as const)
    it(`tries ${path} on ${JSON.stringify(wanted)}`, () => expect(pathsFor(path)).to.deep.equal(wanted));

  for (const [domain, host, wanted] of [
    ['example.test', 'app.example.test', 'example.test'],
    ['.example.test', 'app.example.test', 'example.test'],
    ['other.test', 'app.example.test', ''],
    ['xample.test', 'app.example.test', ''],
    ['test', 'app.example.test', ''],
    [null, 'app.example.test', ''],
  ] as const)
    it(`stores on "${wanted}" for cookie-domain=${domain}`, () => expect(fitDomain(domain, host)).to.equal(wanted));
});

describe('clearing in the browser', () => {
  beforeEach(clearAllCookies);
  afterEach(clearAllCookies);

  it('removes a cookie from the host and the parent domain, and leaves the rest', () => {
    plant('_ga=host; path=/', '_ga=parent; path=/; domain=example.test', '_ga_X=self; path=/; domain=app.example.test', 'keep=1; path=/');
    expect(jar().filter(([n]) => n.startsWith('_ga'))).to.have.length(3);
    const result = clearCookies((n) => n.startsWith('_ga'), document, document.cookie);
    expect(result.removed).to.have.members(['_ga', '_ga_X']);
    expect(result.remaining).to.deep.equal([]);
    expect(has('_ga')).to.equal(false);
    expect(has('_ga_X')).to.equal(false);
    expect(has('keep')).to.equal(true);
  });
});

describe('clearing what others leave', () => {
  beforeEach(clearAllCookies);
  afterEach(clearAllCookies);
  afterEach(() => plant('=x; max-age=0; path=/', '=x; max-age=0; path=/test/fixtures'));
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('removes a partitioned (CHIPS) GA cookie, which a plain deletion does not reach', () => {
    plant('_ga_P=GS1; Secure; Path=/; Partitioned; SameSite=None', '_ga=GA1; Path=/; Domain=example.test');
    expect(has('_ga_P')).to.equal(true);
    const result = clearCookies((n) => n.startsWith('_ga'), document, document.cookie);
    expect(result).to.deep.equal({ removed: ['_ga_P', '_ga'], remaining: [] });
    expect(has('_ga_P')).to.equal(false);
  });

  // A nameless cookie put in the jar where no guard was (by a server, or by a script before ours) is
  // read as its value: WebKit lists `=_ga=1` as `_ga=1`, in the Cookie header too; Chromium lists
  // `=_gat` as the bare word `_gat`, which a server's parser takes for that cookie. A deletion by name
  // does not reach it, only a nameless one. Chromium refuses a nameless value with `=` in it, Firefox
  // stores neither. Cleared from a page without the product, on its own path: this test page runs the
  // product (../support/helpers.ts loads it), whose runtime would clear a refused cookie it can see
  // before this test does.
  for (const [planted, name, stores] of [
    ['=_ga=GA1.1.nameless', '_ga', inWebKit],
    ['=_gat', '_gat', !navigator.userAgent.includes('Firefox/')],
  ] as const)
    for (const reading of ['document.cookie', "the Cookie Store's list"])
      it(`removes a nameless cookie that reads as a refused name ("${planted}", the jar as ${reading} gives it)`, async function () {
        const page = await frame('/test/fixtures/blank.html');
        const doc = page.contentDocument!;
        // Past the guard this page's product puts on its frames' realms too.
        nativeCookieSet.call(doc, `${planted}; path=/test/fixtures`);
        expect((await sentBelow()).includes(name), 'stored by this browser').to.equal(stores);
        if (!stores) return;
        const store = (page.contentWindow as unknown as { cookieStore?: { getAll(): Promise<{ name: string; value: string }[]> } }).cookieStore;
        if (reading !== 'document.cookie' && !store) this.skip();
        const given = reading === 'document.cookie' ? doc.cookie : (await store!.getAll()).map((c) => `${c.name}=${c.value}`).join('; ');
        const result = clearCookies((n) => n.startsWith('_ga'), doc, given);
        expect(result, 'reported').to.deep.equal({ removed: [name], remaining: [] });
        expect(names(doc.cookie), 'visible').not.to.include(name);
        expect(await sentBelow(), 'sent').not.to.include(name);
      });

  it('reports a cookie it could not remove', () => {
    // A document whose cookie jar ignores deletions, as one behind another library's wrapper may.
    let jar = '_ga=GA1; keep=1';
    const doc = { location, get cookie() { return jar; }, set cookie(_v: string) {} } as unknown as Document;
    expect(clearCookies((n) => n.startsWith('_ga'), doc, doc.cookie)).to.deep.equal({ removed: [], remaining: ['_ga'] });
    jar = 'keep=1';
    expect(clearCookies((n) => n.startsWith('_ga'), doc, doc.cookie)).to.deep.equal({ removed: [], remaining: [] });
  });
});

describe('clearing on a page below the root', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
  // A nameless cookie left by a failing test would stay: clearAllCookies deletes by name.
  afterEach(() => plant('=x; max-age=0; path=/', '=x; max-age=0; path=/test', '=x; max-age=0; path=/test/fixtures'));

  it('removes GA cookies set on the page\'s path prefixes and on the parent domain when the page loads', async () => {
    // Not visible from this test page (path /), so only the framed page's own clearing can reach them.
    plant('_ga=deep; path=/test/fixtures; domain=example.test', '_ga_X=deep; path=/test/fixtures/');
    const before = await (await fetch('/test/fixtures/__cookie-header')).text();
    expect(before).to.contain('_ga=deep').and.contain('_ga_X=deep');
    const iframe = await frame('/test/fixtures/page.html');
    // Cleared as soon as the page's decision is read (asynchronously, where the Cookie Store API is).
    await waitFor(() => !/_ga/.test(iframe.contentDocument!.cookie), 1000);
    const after = await (await fetch('/test/fixtures/__cookie-header')).text();
    expect(after).not.to.match(/_ga/);
  });

  it('removes nameless cookies a server set, which read as GA\'s, when the page loads', async () => {
    // Two scopes: a nameless cookie is one per domain and path. Neither is `/`: this test page runs
    // the product too (../support/helpers.ts loads it), and would clear what it can see first.
    await serverSets('=_ga=GA1.1.server; Path=/test', '=_gat; Path=/test/fixtures');
    const stored = [...(inWebKit ? ['_ga'] : []), ...(navigator.userAgent.includes('Firefox/') ? [] : ['_gat'])];
    expect((await sentBelow()).filter((name) => name.startsWith('_ga')), 'stored by this browser').to.have.members(stored);
    const iframe = await frame('/test/fixtures/page.html');
    await waitFor(async () => !(await sentBelow()).some((name) => name.startsWith('_ga')), 2000).catch(async () =>
      expect(await sentBelow(), 'sent after the page loaded').not.to.include.members(stored),
    );
    expect(iframe.contentDocument!.cookie).not.to.match(/_ga/);
  });
});
