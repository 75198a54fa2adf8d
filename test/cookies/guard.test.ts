import { expect } from '@open-wc/testing';
import { cookieName, guardCookieStore, guardDocumentCookie, isDeletion } from '../../src/cookies/guard.js';
import { byName, clearAllCookies, freshElement, has, serverSets } from '../support/helpers.js';

type Store = { set(...a: unknown[]): Promise<void>; get(n: string): Promise<{ value: string } | null>; delete(n: string): Promise<void> };
const store = (window as unknown as { cookieStore?: Store }).cookieStore;

describe('guard parsing', () => {
  for (const [assignment, name] of [
    ['_ga=GA1.1.1; path=/', '_ga'],
    ['  _ga_X =1', '_ga_X'],
    ['novalue', ''],
    ['=v', ''],
    ['flag; path=/', ''],
  ] as const)
    it(`reads the name of "${assignment}"`, () => expect(cookieName(assignment)).to.equal(name));

  const now = Date.parse('2026-06-01T00:00:00Z');
  for (const [assignment, deletes] of [
    ['_ga=; expires=Thu, 01 Jan 1970 00:00:00 GMT', true],
    ['_ga=; Max-Age=0', true],
    ['_ga=; max-age=-1', true],
    ['_ga=1; max-age=3600', false],
    ['_ga=1; expires=Fri, 01 Jan 2027 00:00:00 GMT', false],
    ['_ga=1; expires=garbage', false],
    ['_ga=1', false],
  ] as const)
    it(`${deletes ? 'sees' : 'does not see'} a deletion in "${assignment}"`, () => expect(isDeletion(assignment, now)).to.equal(deletes));
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

  it('drops writes through cookieStore.set where the API exists', async function () {
    if (!store) this.skip();
    await freshElement();
    // Watch the jar itself: a write that landed and was cleared a moment later is still a failure.
    const landed: string[] = [];
    const watch = (e: Event) => landed.push(...((e as Event & { changed: { name: string }[] }).changed ?? []).map((c) => c.name));
    (store as unknown as EventTarget).addEventListener('change', watch);
    await store!.set('_ga_XYZ', 'GS1.1.1');
    await store!.set({ name: '_ga', value: 'GA1.1', domain: 'example.test' } as never);
    await store!.set('allowed', '1');
    expect(await store!.get('_ga_XYZ')).to.equal(null);
    expect(await store!.get('_ga')).to.equal(null);
    expect((await store!.get('allowed'))?.value).to.equal('1');
    await new Promise((r) => setTimeout(r, 100));
    (store as unknown as EventTarget).removeEventListener('change', watch);
    expect(landed).to.deep.equal(['allowed']);
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
  it('keeps an accessor another library installed and calls through it', () => {
    const doc = document.implementation.createHTMLDocument('x');
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
    expect(seen).to.deep.equal(['ok=1']);
    expect(doc.cookie).to.equal('ok=1');
  });

  it('wraps a cookie store and resolves dropped writes', async () => {
    const calls: unknown[] = [];
    const fake = { set: async (...a: unknown[]) => void calls.push(a) };
    guardCookieStore(fake as never, (n) => n === '_ga');
    await fake.set('_ga', '1');
    await fake.set({ name: '_ga', value: '', expires: 0 });
    await fake.set('ok', '1');
    expect(calls).to.deep.equal([[{ name: '_ga', value: '', expires: 0 }], ['ok', '1']]);
  });
});
