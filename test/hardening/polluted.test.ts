import { expect } from '@open-wc/testing';
import { banner, clearAllCookies, decisionIn, frame, framedElement, plantDecision, seenIn, waitFor, waitingReceipt } from '../support/helpers.js';

type Page = Window & { dataLayer: IArguments[]; marketingTagRan?: boolean };

const DAY = 864e5;
const stored = (categories: Record<string, boolean>) => {
  const at = new Date(Date.now() - DAY).toISOString();
  return { v: 1, id: 'returning-visitor', rev: 1, created: at, updated: at, categories: { necessary: true, ...categories } };
};
const lastConsent = (page: HTMLIFrameElement) => {
  const commands = (page.contentWindow as Page).dataLayer.filter((e) => e[0] === 'consent');
  return commands.at(-1)![2] as Record<string, string>;
};

/**
 * Whether a `cookieStore.set` of `_ga` in `win` was stored even for a moment (the page's watchers
 * clear it after the fact): the browser reports each cookie it stores, where Chromium's
 * `document.cookie` can lag such a write.
 */
async function expectStoreRefuses(win: Window): Promise<void> {
  const store = (win as Window & { cookieStore?: EventTarget & { set(name: string, value: string): Promise<void> } }).cookieStore;
  if (!store) return;
  const stored: string[] = [];
  store.addEventListener('change', (e) => stored.push(...(e as CookieChangeEvent).changed.map((c) => c.name!)));
  await store.set('_ga', 'from-the-store');
  await new Promise((r) => setTimeout(r, 300));
  expect(stored, 'stored by a cookieStore.set').not.to.include('_ga');
}

/**
 * A prototype-pollution flaw in one of the page's libraries (a query parser, a deep merge) makes
 * every object answer for names it does not hold. The decision must come from what the visitor
 * chose, never from what `Object.prototype` says: not the stored choice, not Consent Mode, not a
 * gated script, not the events' detail.
 */
describe('a page whose Object.prototype is polluted', () => {
  beforeEach(clearAllCookies);
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    await clearAllCookies();
  });

  describe('the decision', () => {
    it('"Reject all" stores every optional category refused', async () => {
      const page = await frame('/test/fixtures/polluted.html?categories=functional%20analytical%20marketing#__proto__[functional]=true&__proto__[analytical]=true&__proto__[marketing]=true');
      const el = await framedElement(page);
      el.rejectAll();
      expect(decisionIn(page)!.categories).to.deep.equal({ necessary: true, functional: false, analytical: false, marketing: false });
      expect(lastConsent(page)).to.include({ ad_storage: 'denied', analytics_storage: 'denied', functionality_storage: 'denied' });
      const change = seenIn(page).events.find((e) => e.type === 'creatio-consent-change')!;
      expect(change.detail.categories).to.deep.equal({ necessary: true, functional: false, analytical: false, marketing: false });
      page.contentDocument!.cookie = '_ga=GA1.1.after; path=/';
      expect(page.contentDocument!.cookie).not.to.contain('_ga=');
      // The page's own object, from its own realm (the test's is not polluted).
      el.setConsent((page.contentWindow as Page & { JSON: JSON }).JSON.parse('{"functional":true}'));
      expect(decisionIn(page)!.categories, 'a category the choice does not name keeps its value').to.deep.equal({ necessary: true, functional: true, analytical: false, marketing: false });
    });

    it('a category the page does not offer is not granted: Consent Mode keeps ads denied, its gated script stays held', async () => {
      const page = await frame('/test/fixtures/polluted.html#__proto__[marketing]=true');
      const el = await framedElement(page);
      el.acceptAll();
      expect(lastConsent(page)).to.include({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted' });
      const heard: unknown[] = [];
      page.contentDocument!.addEventListener('creatio-consent-change', (e) => heard.push((e as CustomEvent).detail.categories.marketing));
      el.setConsent({ functional: false });
      expect(heard, "the detail's categories").to.deep.equal([undefined]);
      expect(el.consent!.categories.marketing, 'the decision').to.equal(undefined);
      await new Promise((r) => setTimeout(r, 500));
      expect((page.contentWindow as Page).marketingTagRan, 'the script gated as marketing').to.equal(undefined);
    });

    // A cookie attribute the prototype holds (js-cookie writes every name its attributes answer
    // for): the decision went to another path, or to a domain the browser refuses, or was expired
    // as it was written, and the withdrawn "Accept all" stood for the next page.
    for (const [name, value] of [
      ['Domain', 'example.org'],
      ['Path', '/elsewhere/'],
      ['max-age', '0'],
    ])
      it(`Object.prototype["${name}"]: "Reject all" after "Accept all" is what the next page reads`, async () => {
        plantDecision(stored({ functional: true, analytical: true }));
        const page = await frame(`/test/fixtures/polluted.html#__proto__[${name}]=${encodeURIComponent(value)}`);
        const el = await framedElement(page);
        await waitFor(() => seenIn(page).events.length > 0);
        expect(el.consent?.categories.analytical, 'the stored decision, read').to.equal(true);
        el.rejectAll();
        expect(decisionIn(page)?.categories).to.deep.equal({ necessary: true, functional: false, analytical: false });
        // js-cookie's write, on the path the prototype named: undone, not left there for a year.
        const elsewhere = await frame('/elsewhere/');
        expect(elsewhere.contentDocument!.cookie.match(/(?:^|; )CookieConscent=/g), 'copies a page under /elsewhere/ sees').to.have.length(1);
        el.reset();
        expect(decisionIn(page), 'forgotten').to.equal(null);
      });

    it('a stored decision that never answered a category offered now is not valid: the banner asks', async () => {
      plantDecision(stored({ functional: true, analytical: true }));
      const page = await frame('/test/fixtures/polluted.html?categories=functional%20analytical%20marketing#__proto__[marketing]=true');
      const el = await framedElement(page);
      await waitFor(() => seenIn(page).events.length > 0);
      expect(banner(el), 'the banner asks again').to.exist;
      expect(seenIn(page).events[0].detail).to.deep.include({ decided: false });
      expect(lastConsent(page)).to.include({ ad_storage: 'denied', analytics_storage: 'denied' });
      expect(seenIn(page).errors).to.deep.equal([]);
    });
  });

  describe('the interface', () => {
    // Lit reads each property's options by name: an option the prototype holds made the element
    // throw before its first render (`hasChanged`: no banner, nothing can be decided), or left
    // `open` a plain field (`noAccessor`: the preferences never opened, the visitor could not
    // withdraw); the browser reads the shadow root's options so (`slotAssignment`: no element), and
    // lit-html its render's (`renderBefore`, `creationScope`: the first render threw, no banner).
    for (const name of ['hasChanged', 'noAccessor', 'slotAssignment', 'renderBefore', 'creationScope'])
      it(`Object.prototype.${name}: the banner asks, and the preferences open to withdraw`, async () => {
        const page = await frame(`/test/fixtures/polluted.html#__proto__[${name}]=true`);
        const el = await framedElement(page);
        await waitFor(() => seenIn(page).events.length > 0);
        expect(seenIn(page).errors).to.deep.equal([]);
        expect(banner(el), 'the banner').to.exist;
        el.acceptAll();
        await el.updateComplete;
        expect(banner(el), 'the banner, once decided').not.to.exist;
        await el.showPreferences();
        expect(el.shadowRoot!.querySelector('dialog')!.open, 'the preferences').to.equal(true);
        el.shadowRoot!.querySelector<HTMLButtonElement>('dialog [part~="reject"]')!.click();
        expect(decisionIn(page)!.categories).to.deep.equal({ necessary: true, functional: false, analytical: false });
      });
  });

  describe('the engine', () => {
    it("an effect the engine did not set (the guard's list) is not read from the prototype: _ga stays refused", async () => {
      const page = await frame('/test/fixtures/polluted.html#__proto__[guard][0]=nothing');
      await framedElement(page);
      await waitFor(() => seenIn(page).events.length > 0);
      page.contentDocument!.cookie = '_ga=GA1.1.polluted; path=/';
      expect(page.contentDocument!.cookie, 'no decision: analytics refused').not.to.contain('_ga=');
    });

    // The script after the element (as Creatio's bootstrap adds it): the configuration is known
    // before the jar is read, and the page's libraries ran first.
    it('a read of the jar is not announced as a change the prototype names', async () => {
      plantDecision(stored({ functional: true, analytical: false }));
      const page = await frame('/test/fixtures/polluted-late.html#__proto__[cause]=accept-all');
      await framedElement(page);
      await new Promise((r) => setTimeout(r, 300));
      expect(seenIn(page).events.map((e) => e.type)).to.deep.equal(['creatio-consent-ready']);
    });

    // An event listener's options the prototype holds (`signal`, which is no AbortSignal): the
    // script that comes after the page's libraries threw at its start, and read no decision.
    it('Object.prototype.signal, the script after the page\'s libraries: the stored decision is read and told', async () => {
      plantDecision(stored({ functional: true, analytical: true }));
      const page = await frame('/test/fixtures/polluted-late.html#__proto__[signal]=true');
      await waitFor(() => seenIn(page).events.length > 0, 3000).catch(() => {});
      expect(seenIn(page).events.map((e) => [e.type, e.detail.decided])).to.deep.equal([['creatio-consent-ready', true]]);
      expect(lastConsent(page)).to.include({ analytics_storage: 'granted' });
    });

    // A stored value that lacks a field (`note` in its place) or `necessary` among its categories,
    // and a prototype polluted with what it lacks: it is still not a decision.
    const at = new Date(Date.now() - DAY).toISOString();
    for (const [what, value, pollution] of [
      ['without categories does not take them', { v: 1, id: 'returning-visitor', rev: 1, created: at, updated: at, note: 1 }, '__proto__[categories][necessary]=true&__proto__[categories][functional]=true&__proto__[categories][analytical]=true'],
      ['whose categories lack necessary does not take it', { v: 1, id: 'returning-visitor', rev: 1, created: at, updated: at, categories: { functional: true, analytical: true } }, '__proto__[necessary]=true'],
    ] as const)
      it(`a stored value ${what} from the prototype`, async () => {
        plantDecision(value as unknown as ReturnType<typeof stored>);
        const page = await frame(`/test/fixtures/polluted.html#${pollution}`);
        const el = await framedElement(page);
        await waitFor(() => seenIn(page).events.length > 0);
        expect(banner(el), 'the banner asks').to.exist;
        expect(el.consent).to.equal(null);
        expect(lastConsent(page)).to.include({ analytics_storage: 'denied' });
      });
  });

  describe('the receipts', () => {
    // A request member a polluted prototype holds (`mode: 'navigate'` makes fetch refuse to start).
    it('a receipt is still sent', async () => {
      await fetch('/__receipts?clear');
      const page = await frame('/test/fixtures/polluted.html?consent-url=/__consent#__proto__[mode]=navigate');
      const el = await framedElement(page);
      el.rejectAll();
      const logged = async () => ((await (await fetch('/__receipts')).json()) as { receipt: { cause: string } }[]).map((r) => r.receipt.cause);
      await waitFor(async () => (await logged()).length > 0, 5000).catch(() => {});
      expect(await logged()).to.deep.equal(['reject-all']);
    });

    // The queue holds decisions (`record`) and receipts made of them: a receipt holds no `record`,
    // and a polluted one made every waiting receipt into the attacker's, in the consent log.
    it("a receipt an earlier page left is sent as it was, not made of the prototype's record", async () => {
      await fetch('/__receipts?clear');
      const left = waitingReceipt('left-receipt-1', 'left-by-an-earlier-page');
      localStorage.setItem('creatio-cookie-consent:pending', JSON.stringify([left]));
      const forged = '__proto__[record][id]=forged&__proto__[record][rev]=1&__proto__[record][categories][analytical]=true';
      await frame(`/test/fixtures/polluted.html?consent-url=/__consent#${forged}`);
      const logged = async () => ((await (await fetch('/__receipts')).json()) as { receipt: typeof left }[]).map((r) => r.receipt);
      await waitFor(async () => (await logged()).length > 0, 5000).catch(() => {});
      expect(await logged()).to.deep.equal([left]);
      localStorage.removeItem('creatio-cookie-consent:pending');
    });
  });

  describe('the guard', () => {
    for (const name of ['writable', 'value', 'get', 'attributeFilter'])
      it(`Object.prototype.${name}: a frame inserted later is still guarded, document.cookie and cookieStore.set`, async () => {
        // No decision: analytics are refused. (Lit itself cannot define an element on such a page.)
        const page = await frame(`/test/fixtures/polluted.html#__proto__[${name}]=true`);
        const inner = page.contentDocument!.createElement('iframe');
        inner.src = '/test/fixtures/blank.html';
        const loaded = new Promise((r) => (inner.onload = r));
        page.contentDocument!.body.append(inner);
        await loaded;
        await new Promise((r) => setTimeout(r, 0));
        inner.contentDocument!.cookie = '_ga=from-a-frame; path=/';
        expect(inner.contentDocument!.cookie, 'right after a document.cookie write').not.to.contain('_ga=');
        await expectStoreRefuses(inner.contentWindow!);
      });

    for (const name of ['writable', 'value', 'get'])
      it(`Object.prototype.${name}, the script after the page's libraries: the page's own writes are refused`, async () => {
        const page = await frame(`/test/fixtures/polluted-late.html#__proto__[${name}]=true`);
        page.contentDocument!.cookie = '_ga=GA1.1.late; path=/';
        expect(page.contentDocument!.cookie, 'right after a document.cookie write').not.to.contain('_ga=');
        await expectStoreRefuses(page.contentWindow!);
      });
  });
});
