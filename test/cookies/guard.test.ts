import { expect } from '@open-wc/testing';
import { deletionOf, guardCookieStore, guardDocumentCookie } from '../../src/cookies/guard.js';
import { cookieName } from '../../src/cookies/jar.js';
import { byName, clearAllCookies, cookieHeader, frame, freshElement, has, plant, serverSets } from '../support/helpers.js';

type Store = { set(...a: unknown[]): Promise<void>; get(n: string): Promise<{ value: string } | null>; delete(n: string): Promise<void> };
const store = (window as unknown as { cookieStore?: Store }).cookieStore;

/** The names of cookies that reached the jar (Cookie Store change events): a write that landed and was cleared a moment later is still a failure. */
function watchJar(): { landed: string[]; stop(): void } {
  const landed: string[] = [];
  const watch = (e: Event) => landed.push(...((e as Event & { changed: { name: string }[] }).changed ?? []).map((c) => c.name));
  (store as unknown as EventTarget).addEventListener('change', watch);
  return { landed, stop: () => (store as unknown as EventTarget).removeEventListener('change', watch) };
}

describe('guard parsing', () => {
  for (const [assignment, name] of [
    ['_ga=GA1.1.1; path=/', '_ga'],
    ['  _ga_X =1', '_ga_X'],
    ['novalue', 'novalue'],
    // Nameless: every reader takes the value for the cookie (WebKit lists `=_ga=1` as `_ga=1`).
    ['=v', 'v'],
    ['=_ga=GA1.1.1; path=/', '_ga'],
    [' \t=_gat; path=/', '_gat'],
    ['==_gid=1', '_gid'],
    ['=; path=/', ''],
    ['flag; path=/', 'flag'],
    [' flag ; a=b', 'flag'],
  ] as const)
    it(`reads the name of "${assignment}"`, () => expect(cookieName(assignment)).to.equal(name));

  const EXPIRED = 'max-age=0';
  for (const [assignment, deletion] of [
    ['_ga=1; max-age=0; max-age=63072000; path=/', `_ga=; ${EXPIRED}; path=/`],
    ['_ga=1; Domain=example.test; Path=/x; expires=0', `_ga=; ${EXPIRED}; Domain=example.test; Path=/x`],
    ['_ga=1; Secure; SameSite=None; Partitioned; max-age=0x', `_ga=; ${EXPIRED}; Secure; SameSite=None; Partitioned`],
    ['_ga=1', `_ga=; ${EXPIRED}`],
  ] as const)
    it(`writes "${deletion}" instead of "${assignment}"`, () => expect(deletionOf(assignment, '_ga')).to.equal(deletion));
});

describe('write guard (installed when the script ran)', () => {
  beforeEach(clearAllCookies);
  afterEach(clearAllCookies);

  it('drops GA writes through document.cookie before any decision, on the host and the parent domain', async () => {
    await freshElement();
    document.cookie = '_ga=GA1.1.123.456; path=/';
    document.cookie = '_ga=GA1.1.123.456; path=/; domain=example.test';
    document.cookie = '_ga_ABC123=GS1.1.1; path=/; domain=example.test';
    document.cookie = 'UserName=alice; path=/';
    document.cookie = 'other=1; path=/';
    expect(has('_ga')).to.equal(false);
    expect(has('_ga_ABC123')).to.equal(false);
    expect(has('UserName')).to.equal(false);
    expect(has('other')).to.equal(true);
  });

  it('lets GA write once analytics is accepted, and drops it again after withdrawal', async () => {
    const el = await freshElement();
    byName(el, 'Accept all').click();
    document.cookie = '_ga=GA1.1.1.1; path=/; domain=example.test';
    expect(has('_ga')).to.equal(true);
    el.setConsent({ analytical: false });
    expect(has('_ga'), 'cleared on withdrawal').to.equal(false);
    document.cookie = '_ga=GA1.1.2.2; path=/; domain=example.test';
    expect(has('_ga'), 'the re-write is dropped').to.equal(false);
  });

  it('drops Google Ads\u2019 _gcl_* writes after "Accept all" on a page that offers no marketing category', async () => {
    const el = await freshElement();
    byName(el, 'Accept all').click();
    document.cookie = '_gcl_au=1.1.1; path=/; domain=example.test';
    document.cookie = '_ga=GA1.1.1.1; path=/; domain=example.test';
    expect(has('_ga'), 'analytics was accepted').to.equal(true);
    expect(has('_gcl_au'), 'ads were never offered').to.equal(false);
  });

  it('drops writes through cookieStore.set where the API exists', async function () {
    if (!store) this.skip();
    await freshElement();
    const { landed, stop } = watchJar();
    await store!.set('_ga_XYZ', 'GS1.1.1');
    await store!.set({ name: '_ga', value: 'GA1.1', domain: 'example.test' } as never);
    await store!.set('allowed', '1');
    expect(await store!.get('_ga_XYZ')).to.equal(null);
    expect(await store!.get('_ga')).to.equal(null);
    expect((await store!.get('allowed'))?.value).to.equal('1');
    await new Promise((r) => setTimeout(r, 100));
    stop();
    expect(landed).to.deep.equal(['allowed']);
  });

  it('drops cookieStore.set of a refused name with whitespace around it, which the browser trims', async function () {
    if (!store) this.skip();
    await freshElement();
    const { landed, stop } = watchJar();
    // Both browsers store ' _ga' as _ga; Firefox trims tabs too (Chromium refuses those names).
    for (const name of [' _ga', '_ga ', ' _ga_XYZ', '\t_ga', '_ga_XYZ\t']) {
      await store!.set(name, 'evasive').catch(() => {});
      await store!.set({ name, value: 'evasive' } as never).catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 100));
    stop();
    expect(landed, 'stored, if only for a moment').to.deep.equal([]);
    expect(await store!.get('_ga')).to.equal(null);
    expect(await store!.get('_ga_XYZ')).to.equal(null);
  });

  it('never blocks a strictly necessary cookie, even when a pattern covers everything', async () => {
    const { html } = await import('@open-wc/testing');
    await freshElement(html`<creatio-cookie-consent functional-cookies="*"></creatio-cookie-consent>`);
    document.cookie = 'BPMCSRF=token; path=/';
    document.cookie = 'anything=1; path=/';
    expect(has('BPMCSRF')).to.equal(true);
    expect(has('anything')).to.equal(false);
  });

  it('follows the cookie lists set as properties', async () => {
    const el = await freshElement();
    el.analyticalCookies = '_ga _ga_* _gid';
    await el.updateComplete;
    document.cookie = '_gid=GA1.1.1; path=/';
    expect(has('_gid')).to.equal(false);
    el.analyticalCookies = '_ga';
    await el.updateComplete;
    document.cookie = '_gid=GA1.1.2; path=/';
    expect(has('_gid')).to.equal(true);
    document.cookie = '_gid=; path=/; max-age=0';
  });

  // Each is a write the guard once let through as a "deletion", and the browser stored (for a few ms,
  // riding on the next request; in Firefox a partitioned one stayed).
  for (const attributes of [
    'max-age=0; max-age=63072000',
    'max-age=0x',
    'expires=0',
    'expires=1970',
    // Two-digit years 50-69 are the 1950s and 60s to Date.parse, 2050-2069 to a browser's cookie parser.
    'expires=Sat, 01 Jan 60 00:00:00 GMT',
    'Secure; SameSite=None; Partitioned; max-age=0; max-age=600',
  ])
    it(`stores nothing of "_ga=X; ${attributes}" before any decision`, async () => {
      await freshElement();
      document.cookie = `_ga=evasive; path=/; ${attributes}`;
      expect(has('_ga'), 'visible right after the write').to.equal(false);
      expect(await cookieHeader(), 'sent with the next request').not.to.contain('_ga=');
    });

  // Without `=`, the browsers disagree on what was written: Firefox stores a cookie of that name
  // (with an empty value), Chromium one with no name and that value, which `document.cookie` lists
  // as the bare word. Either way a refused name would be on the page: neither is stored.
  for (const assignment of ['_ga_K7Q2X9; path=/', '_ga_K7Q2X9'])
    it(`stores nothing of "${assignment}", which has no "=", before any decision`, async () => {
      await freshElement();
      document.cookie = assignment;
      const seen = document.cookie.split('; ');
      const sent = await cookieHeader();
      // Past the guard, as each browser takes it: so that a failure here leaves nothing to later tests.
      plant('_ga_K7Q2X9; max-age=0; path=/');
      expect(seen, 'visible right after the write').not.to.include('_ga_K7Q2X9');
      expect(seen, 'visible right after the write').not.to.include('_ga_K7Q2X9=');
      expect(sent, 'sent with the next request').not.to.contain('_ga_K7Q2X9');
    });

  // Nothing before the `=`: a nameless cookie, whose value every reader takes for a cookie (WebKit
  // stores `=_ga=1` and lists it as `_ga=1`, in the Cookie header too; Chromium keeps `=_gat` as the
  // bare word; Firefox stores neither). Its name is the one its value shows.
  for (const [assignment, name] of [
    ['=_ga=GA1.1.evasive; path=/', '_ga'],
    [' =_gid=GA1.1.evasive; path=/', '_gid'],
    ['=_gat; path=/', '_gat'],
    ['\t=_ga_K7Q2X9=GS1.1.evasive; path=/', '_ga_K7Q2X9'],
  ] as const)
    it(`stores nothing of "${assignment.replace('\t', '\\t')}", a nameless cookie that reads as ${name}, before any decision`, async () => {
      await freshElement();
      document.cookie = assignment;
      const seen = document.cookie.split('; ').map((pair) => pair.split('=')[0]);
      const sent = (await cookieHeader()).split('; ').map((pair) => pair.split('=')[0]);
      // Past the guard: a nameless cookie is deleted by a nameless write (and clearAllCookies deletes by name).
      plant('=x; max-age=0; path=/');
      expect(seen, 'visible right after the write').not.to.include(name);
      expect(sent, 'sent with the next request').not.to.include(name);
    });

  it('drops cookieStore.set of a nameless cookie whose value reads as a refused name', async function () {
    if (!store) this.skip();
    await freshElement();
    const { landed, stop } = watchJar();
    // Firefox refuses a nameless cookie; Chromium and WebKit store it, listed as the bare word.
    for (const args of [['', '_gid'], [{ name: '', value: '_gat' }]]) await store!.set(...args).catch(() => {});
    await new Promise((r) => setTimeout(r, 50));
    stop();
    const seen = document.cookie.split('; ');
    plant('=x; max-age=0; path=/');
    expect(seen, 'visible').not.to.include.members(['_gid']);
    expect(seen, 'visible').not.to.include.members(['_gat']);
    expect(landed, 'stored, if only for a moment').to.deep.equal([]);
  });

  it('guards a setter taken from Document.prototype, and a stateful toString', async () => {
    await freshElement();
    Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!.set!.call(document, '_ga=prototype; path=/');
    let reads = 0;
    // Harmless the first time it is read, GA the second: the guard must check what is written.
    document.cookie = { toString: () => (reads++ ? '_ga=second-read; path=/' : 'harmless=1; path=/') } as unknown as string;
    expect(has('_ga')).to.equal(false);
    expect(await cookieHeader()).not.to.contain('_ga=');
    document.cookie = 'harmless=; max-age=0; path=/';
  });

  it('guards CookieStore.prototype.set called on the store', async function () {
    const proto = (window as unknown as { CookieStore?: { prototype: { set: (...a: unknown[]) => Promise<void> } } }).CookieStore?.prototype;
    if (!store || !proto) this.skip();
    await freshElement();
    const { landed, stop } = watchJar();
    await proto!.set.call(store, '_ga', 'through-the-prototype');
    await new Promise((r) => setTimeout(r, 100));
    stop();
    expect(await store!.get('_ga')).to.equal(null);
    expect(landed).to.deep.equal([]);
  });

  it('removes GA cookies that a server sets later', async () => {
    await freshElement();
    const gone = new Promise<void>((resolve) => {
      const check = setInterval(() => !has('_ga') && (clearInterval(check), resolve()), 50);
    });
    await serverSets('_ga=GA1.1.9.9; Path=/; Domain=example.test', 'BPMLOADER=x; Path=/');
    await gone;
    expect(has('BPMLOADER')).to.equal(true);
  });
});

describe('guard composition', () => {
  // Documents of a realm of their own: guarding one wraps its realm's Document.prototype, not this page's.
  const realm = async () => (await frame('/test/fixtures/blank.html')).contentDocument!;
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('keeps an accessor another library installed and calls through it', async () => {
    const doc = (await realm()).implementation.createHTMLDocument('x');
    const seen: string[] = [];
    let value = '';
    Object.defineProperty(doc, 'cookie', {
      configurable: true,
      get: () => value,
      set: (v: string) => {
        seen.push(v);
        value = v;
      },
    });
    guardDocumentCookie(doc, (n) => n === '_ga');
    doc.cookie = '_ga=1';
    doc.cookie = 'ok=1';
    expect(seen, 'a refused write never reaches the other library').to.deep.equal(['ok=1']);
    expect(doc.cookie).to.equal('ok=1');
  });

  it('wraps a cookie store: a refused write becomes a deletion of the same cookie', async () => {
    const calls: unknown[] = [];
    const fake = { set: async (...a: unknown[]) => void calls.push(['set', ...a]), delete: async (...a: unknown[]) => void calls.push(['delete', ...a]) };
    guardCookieStore(fake as never, (n) => n === '_ga');
    await fake.set('_ga', '1');
    await fake.set({ name: '_ga', value: '1', domain: 'example.test', path: '/', partitioned: true } as never);
    await fake.set('ok', '1');
    expect(calls).to.deep.equal([
      ['delete', { name: '_ga', domain: undefined, path: undefined, partitioned: undefined }],
      ['delete', { name: '_ga', domain: 'example.test', path: '/', partitioned: true }],
      ['set', { name: 'ok', value: '1' }],
    ]);
  });
});
