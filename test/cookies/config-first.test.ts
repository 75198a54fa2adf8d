import { expect } from '@open-wc/testing';
import { banner, clearAllCookies, frame, framedElement, plantDecision, seenIn, switchNamed, waitFor } from '../support/helpers.js';

type Early = { gaKept: boolean; dataLayer: IArguments[]; storeWrite: Promise<void> };

const DAY = 864e5;
const stored = (categories: Record<string, boolean>, rev = 1, daysAgo = 1) => {
  const at = new Date(Date.now() - daysAgo * DAY).toISOString();
  return { v: 1, id: 'returning-visitor', rev, created: at, updated: at, categories: { necessary: true, ...categories } };
};

/** A page of two elements, with an element a visitor posted (these attributes) inserted above both once the interface is there. */
async function postAbove(attributes: Record<string, string>) {
  const page = await frame('/test/fixtures/two-elements.html');
  const own = await framedElement(page);
  const doc = page.contentDocument!;
  const posted = doc.createElement('creatio-cookie-consent') as typeof own;
  for (const [name, value] of Object.entries(attributes)) posted.setAttribute(name, value);
  doc.body.prepend(posted);
  await posted.updateComplete;
  return { page, own, doc, posted };
}

/**
 * The core knows the page's configuration before its first decision. A visitor stored "Accept all"
 * under an earlier configuration; the page now configures its element differently, and a tag in
 * <head> writes _ga before the parser reaches the element. Nothing may be granted on the old
 * decision: not the cookie, not a Consent Mode "granted", not for a moment.
 */
describe('configuration first', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [what, query, record] of <[string, string, ReturnType<typeof stored>][]>[
    ['a raised revision', 'revision=2', stored({ functional: true, analytical: true })],
    ['a category the decision never answered', 'categories=functional%20analytical%20marketing', stored({ functional: true, analytical: true })],
    ['a shorter expiry', 'expires-days=5', stored({ functional: true, analytical: true }, 1, 10)],
  ])
    it(`${what}: the early _ga write is dropped, Consent Mode never hears "granted", the banner asks`, async () => {
      plantDecision(record);
      const page = await frame(`/test/fixtures/config-first.html?${query}`);
      const w = page.contentWindow as unknown as Early;
      await w.storeWrite;
      expect(w.gaKept, '_ga written from <head>').to.equal(false);
      expect(page.contentDocument!.cookie).not.to.match(/(^|; )_ga(_EARLY)?=/);
      const el = await framedElement(page);
      expect(banner(el), 'the banner asks again').to.exist;
      const granted = w.dataLayer.filter((e) => e[0] === 'consent' && Object.values(e[2] as object).slice(0, 6).includes('granted'));
      expect(granted, 'no Consent Mode "granted"').to.deep.equal([]);
      expect(seenIn(page).events.map((e) => e.type), 'no change was announced: nothing was granted to revoke').to.deep.equal(['creatio-consent-ready']);
      expect(seenIn(page).events[0].detail).to.deep.include({ decided: false });
      expect(seenIn(page).errors).to.deep.equal([]);
    });

  // The core reads attributes; a property a framework's binding set before the element was defined
  // Lit holds until the element's first render: it must configure the page then (the README says
  // a configuration set so comes once the element is defined).
  it('a raised revision a script set as a property before the element was defined: the banner asks once it is', async () => {
    plantDecision(stored({ functional: true, analytical: true }));
    const page = await frame('/test/fixtures/config-first.html?.revision=2');
    const el = await framedElement(page);
    await waitFor(() => !!banner(el), 8000);
    expect([el.revision, el.consent]).to.deep.equal([2, null]);
    expect(seenIn(page).events.map((e) => [e.type, e.detail.cause])).to.deep.include(['creatio-consent-change', 'config']);
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  // A framework's property binding (Vue's `:analytical-cookies="['_ga', '_ga_*']"`, React 19's) hands
  // a list as a list: read as one word ("_ga,_ga_*"), it governed no cookie of Google Analytics,
  // whose `_ga` then passed without a decision, and the categories offered none.
  it('lists a script set as properties are read as their words: _ga refused, both categories offered', async () => {
    const page = await frame('/test/fixtures/config-first.html?.categories=["functional","analytical"]&.analyticalCookies=["_ga","_ga_*"]');
    const el = await framedElement(page);
    await el.updateComplete;
    const doc = page.contentDocument!;
    doc.cookie = '_ga=GA1.1.bound; path=/';
    doc.cookie = '_ga_ABC123=GS1.1.bound; path=/';
    expect(doc.cookie, 'no decision yet').not.to.match(/(^|; )_ga(_ABC123)?=/);
    await el.showPreferences();
    expect(switchNamed(el, 'Functional').disabled).to.equal(false);
    expect(switchNamed(el, 'Analytical').disabled).to.equal(false);
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  it('the same decision under the same configuration grants once the element is parsed', async () => {
    plantDecision(stored({ functional: true, analytical: true }));
    const page = await frame('/test/fixtures/config-first.html?revision=1');
    const w = page.contentWindow as unknown as Early;
    expect(w.gaKept, 'held until the configuration was known').to.equal(false);
    await waitFor(() => seenIn(page).events.length > 0);
    const updates = w.dataLayer.filter((e) => e[0] === 'consent').map((e) => `${e[1]}:${(e[2] as { analytics_storage: string }).analytics_storage}`);
    expect(updates).to.deep.equal(['default:denied', 'update:granted']);
    page.contentDocument!.cookie = '_ga=GA1.1.later; path=/';
    expect(page.contentDocument!.cookie).to.contain('_ga=GA1.1.later');
  });
  // A Creatio tab stays open for days: a decision that reaches the page's expiry while it is open
  // (an expiry the administrator shortened, so the cookie itself is still there) answers no more.
  it('a decision that outlives the expiry while the page is open: the banner asks, _ga is cleared, Consent Mode and the page hear it', async function () {
    // Valid for six more seconds: time for a slow page to open under it (the test's own check says so if it did not).
    this.timeout(20000);
    const at = new Date(Date.now() - 5 * DAY + 6000).toISOString();
    plantDecision(Object.assign(stored({ functional: true, analytical: true }), { created: at, updated: at }));
    const page = await frame('/test/fixtures/config-first.html?expires-days=5');
    const el = await framedElement(page);
    await waitFor(() => seenIn(page).events.length > 0);
    expect(el.consent, 'still valid when the page opens').not.to.equal(null);
    page.contentDocument!.cookie = '_ga=GA1.1.open; path=/';
    expect(page.contentDocument!.cookie).to.contain('_ga=GA1.1.open');
    await waitFor(() => !!banner(el), 12000);
    expect(el.consent).to.equal(null);
    expect(page.contentDocument!.cookie, '_ga cleared').not.to.match(/(^|; )_ga=/);
    const changes = seenIn(page).events.filter((e) => e.type === 'creatio-consent-change');
    expect(changes.map((e) => [e.detail.cause, e.detail.decided, e.detail.changed])).to.deep.equal([['expired', false, ['functional', 'analytical']]]);
    const w = page.contentWindow as unknown as Early;
    const last = w.dataLayer.filter((e) => e[0] === 'consent').at(-1)!;
    expect([last[1], (last[2] as { analytics_storage: string }).analytics_storage]).to.deep.equal(['update', 'denied']);
  });

  // SPEC §3: a page without Google Analytics offers only `functional`. Pages of one site that offer
  // different categories share one decision: what a visitor changes on one keeps what they answered on another.
  it("pages that offer different categories keep each other's answers; Reject all refuses them everywhere", async () => {
    plantDecision(stored({ functional: true, analytical: true }));
    const functionalOnly = await frame('/test/fixtures/config-first.html?categories=functional');
    const here = await framedElement(functionalOnly);
    expect(here.consent, "the other page's decision answers here").not.to.equal(null);
    here.setConsent({ functional: false });
    const everywhere = async () => {
      const page = await frame('/test/fixtures/config-first.html');
      const el = await framedElement(page);
      await waitFor(() => seenIn(page).events.length > 0);
      return { page, el };
    };
    const { page, el } = await everywhere();
    // A boolean: chai formatting an element of another frame does not finish.
    expect(!!banner(el), 'nothing to ask: every category it offers was answered').to.equal(false);
    expect(seenIn(page).events[0].detail.categories).to.deep.equal({ necessary: true, functional: false, analytical: true });
    page.contentDocument!.cookie = '_ga=GA1.1.kept; path=/';
    expect(page.contentDocument!.cookie, 'analytics as granted there').to.contain('_ga=GA1.1.kept');
    here.rejectAll();
    const after = await everywhere();
    expect(!!banner(after.el)).to.equal(false);
    expect(seenIn(after.page).events[0].detail.categories).to.deep.equal({ necessary: true, functional: false, analytical: false });
  });

  it('two pages that each offer a category the other does not: each asks once, then neither again', async () => {
    const open = async (query: string) => {
      const page = await frame(`/test/fixtures/config-first.html?${query}`);
      const el = await framedElement(page);
      await waitFor(() => seenIn(page).events.length > 0);
      return { page, el, asks: !!banner(el), categories: seenIn(page).events[0].detail.categories };
    };
    const ads = await open('categories=functional%20marketing');
    expect(ads.asks).to.equal(true);
    ads.el.acceptAll();
    const analytics = await open('categories=functional%20analytical');
    expect(analytics.asks, 'analytical was never answered').to.equal(true);
    // The preferences start from the answers the visitor gave, and setConsent() keeps what it does not name.
    await analytics.el.showPreferences();
    expect(['Functional', 'Analytical'].map((name) => switchNamed(analytics.el, name).checked)).to.deep.equal([true, false]);
    analytics.el.closePreferences();
    analytics.el.setConsent({ analytical: false });
    for (const [query, categories] of <[string, Record<string, boolean>][]>[
      ['categories=functional%20marketing', { necessary: true, functional: true, marketing: true }],
      ['categories=functional%20analytical', { necessary: true, functional: true, analytical: false }],
    ]) {
      const again = await open(query);
      expect([again.asks, again.categories], query).to.deep.equal([false, categories]);
    }
  });

  it('the first element is the configuration: a second one without its attributes does not replace it', async () => {
    plantDecision(stored({ functional: true, analytical: true }));
    const page = await frame('/test/fixtures/two-elements.html');
    const first = await framedElement(page);
    const second = page.contentDocument!.querySelectorAll('creatio-cookie-consent')[1] as typeof first;
    await second.updateComplete;
    // Once both have connected, and after a change of the second's own attributes.
    second.setAttribute('lang', 'de');
    second.setAttribute('expires-days', '30');
    await second.updateComplete;
    expect(first.consent, 'the revision-1 decision does not answer revision 2').to.equal(null);
    expect(banner(first), 'the banner asks').to.exist;
    expect(seenIn(page).events.map((e) => e.type)).to.deep.equal(['creatio-consent-ready']);
    expect(seenIn(page).events[0].detail).to.deep.include({ decided: false });
  });

  // Markup a visitor posted, which a permissive sanitizer let through (one that keeps custom
  // elements and their attributes), rendered by the page's scripts above the page's own element:
  // first in the document, it would have become the configuration, and governed nothing.
  it('an element inserted later before the page\'s own does not configure the page, whatever it says', async () => {
    const { page, own, doc } = await postAbove({ 'analytical-cookies': 'nothing-of-note', revision: '0' });
    doc.cookie = '_ga=GA1.1.posted; path=/';
    expect(doc.cookie, 'no decision: _ga stays refused').not.to.contain('_ga=');
    expect(own.consent).to.equal(null);
    expect((page.contentWindow as unknown as { [k: symbol]: { state: { config: { revision: number } } } })[Symbol.for('creatio-cookie-consent')].state.config.revision).to.equal(2);
  });

  // The same post, with a policy link of its own, where the visitor has not decided: it must not
  // stand in for the page's interface. A second banner with the post's "Privacy policy" would send
  // visitors from a trusted dialog to the poster's site; the page's own element would hear none of
  // the events, and the page's settings link would open the post's preferences.
  it("an element posted above the page's own shows nothing and takes nothing from it: one banner, the page's events and preferences", async () => {
    const { own, doc, posted } = await postAbove({ 'policy-url': 'https://poster.example/privacy', 'settings-button': '' });
    const settings = Object.assign(doc.createElement('a'), { href: '#', textContent: 'Cookie settings' });
    settings.setAttribute('data-cookie-settings', '');
    doc.body.append(settings);
    const all = [...doc.querySelectorAll('creatio-cookie-consent')] as (typeof own)[];
    expect(all.filter((el) => banner(el)).map((el) => all.indexOf(el)), 'one banner: the page\'s own').to.deep.equal([1]);
    expect(posted.shadowRoot!.querySelector('a, button, dialog'), 'nothing of the post\'s to click').to.equal(null);
    settings.click();
    await own.updateComplete;
    expect([own.open, posted.open], 'the settings link opens the page\'s preferences').to.deep.equal([true, false]);
    own.closePreferences();
    // A page script that takes the document's first element reaches the page's preferences too.
    await posted.showPreferences();
    expect(own.open, "showPreferences() on the post's element").to.equal(true);
    posted.closePreferences();
    await own.updateComplete;
    expect(own.open, "closePreferences() on the post's element").to.equal(false);
    const heard: string[] = [];
    own.addEventListener('creatio-consent-change', (e) => heard.push((e as CustomEvent).detail.cause));
    posted.rejectAll();
    expect(heard, 'the change is told on the page\'s element').to.deep.equal(['reject-all']);
  });

  // Moving an element is taking it out and putting it back in the same task (a framework reordering
  // its children, a page moving it to the end of the body): no hand-over for that.
  it("the page's element moved in the document stays the page's, with an element posted above it", async () => {
    const { page, own, doc, posted } = await postAbove({ 'analytical-cookies': 'nothing-of-note', revision: '0', 'policy-url': 'https://poster.example/privacy' });
    doc.body.append(own);
    await new Promise((r) => setTimeout(r, 50));
    await Promise.all([own.updateComplete, posted.updateComplete]);
    expect((page.contentWindow as unknown as { [k: symbol]: { state: { config: { revision: number } } } })[Symbol.for('creatio-cookie-consent')].state.config.revision).to.equal(2);
    doc.cookie = '_ga=GA1.1.posted; path=/';
    expect(doc.cookie, 'no decision: _ga stays refused').not.to.contain('_ga=');
    expect([!!banner(own), !!banner(posted)], "the page's banner, not the post's").to.deep.equal([true, false]);
  });

  // A framework that mounts the next view's element before it unmounts the last one's: the one that
  // stays must not be left showing nothing, with the page's configuration gone with the other.
  it("the page's element leaving hands its place to the next in the document, which configures and shows from then on", async () => {
    const page = await frame('/test/fixtures/two-elements.html');
    const own = await framedElement(page);
    const next = page.contentDocument!.querySelectorAll('creatio-cookie-consent')[1] as typeof own;
    await next.updateComplete;
    expect(banner(next), 'a second element shows nothing').to.equal(null);
    own.remove();
    await waitFor(() => !!banner(next));
    const slot = page.contentWindow as unknown as { [k: symbol]: { state: { config: { revision: number } } } };
    expect(slot[Symbol.for('creatio-cookie-consent')].state.config.revision, "the next one's revision (none: 1)").to.equal(1);
  });

  it('the next element shows when the page\'s leaves, also with the same attributes (the configuration does not change)', async () => {
    const page = await frame('/test/fixtures/two-elements.html');
    const own = await framedElement(page);
    const next = page.contentDocument!.querySelectorAll('creatio-cookie-consent')[1] as typeof own;
    // The page's attributes, as the next view's element would have them.
    next.setAttribute('revision', '2');
    await next.updateComplete;
    expect(banner(own), "the page's shows").to.exist;
    expect(banner(next), 'a second element shows nothing').to.equal(null);
    own.remove();
    await waitFor(() => !!banner(next), 1000);
  });

  // The same post rendered once the page is parsed, before a returning visitor's interface comes:
  // the two elements upgrade together, in document order, the post's first. The page's is the one
  // the configuration came from when the page was parsed; the post's never configures, not even for
  // a moment (no event tells of it).
  it("an element rendered above the page's own before the interface came does not configure the page either", async () => {
    plantDecision(stored({ functional: true, analytical: false }, 2));
    const page = await frame('/test/fixtures/posted-element.html');
    const doc = page.contentDocument!;
    await framedElement(page);
    const [posted, own] = doc.querySelectorAll('creatio-cookie-consent') as NodeListOf<Awaited<ReturnType<typeof framedElement>>>;
    await Promise.all([posted.updateComplete, own.updateComplete]);
    expect(posted.closest('article'), 'the post is first in the document').to.exist;
    doc.cookie = '_ga=GA1.1.posted; path=/';
    expect(doc.cookie, 'analytics refused: _ga stays refused').not.to.contain('_ga=');
    expect((page.contentWindow as unknown as { [k: symbol]: { state: { config: { revision: number } } } })[Symbol.for('creatio-cookie-consent')].state.config.revision).to.equal(2);
    expect(own.consent?.categories).to.deep.include({ functional: true, analytical: false });
    expect(seenIn(page).events.map((e) => e.type)).to.deep.equal(['creatio-consent-ready']);
  });
});
