import { expect } from '@open-wc/testing';
import { banner, clearAllCookies, frame, framedElement, plantDecision, seenIn, waitFor } from '../support/helpers.js';

type Page = Window & { dataLayer: IArguments[]; marketingTagRan?: boolean };

const DAY = 864e5;
const stored = (categories: Record<string, boolean>) => {
  const at = new Date(Date.now() - DAY).toISOString();
  return { v: 1, id: 'returning-visitor', rev: 1, created: at, updated: at, categories: { necessary: true, ...categories } };
};
const decisionIn = (page: HTMLIFrameElement) => {
  const value = page.contentDocument!.cookie.match(/(?:^|; )CookieConscent=([^;]*)/)?.[1];
  return value ? (JSON.parse(decodeURIComponent(value)) as { categories: Record<string, boolean> }) : null;
};
const lastConsent = (page: HTMLIFrameElement) => {
  const commands = (page.contentWindow as Page).dataLayer.filter((e) => e[0] === 'consent');
  return commands.at(-1)![2] as Record<string, string>;
};

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
