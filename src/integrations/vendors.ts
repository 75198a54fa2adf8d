/**
 * Vendors' own consent APIs, for the tags a page names in `integrations` (issue 17): Microsoft
 * Clarity, Microsoft UET, Meta Pixel and Matomo hear "no consent" before their first call and the
 * decision after each one. Each vendor's global is made as its own snippet makes it (a queue its
 * library reads when it arrives), so it does not matter whether the snippet runs before or after
 * this script; a page that names none gets no global.
 */
import type { Categories } from '../consent/categories.js';

type Page = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Per window (the runtime takes its window injected): the vendors told their default already. */
const told = new WeakMap<Window, Set<string>>();

/**
 * Tells each vendor the decision (`categories`), or with `null` only the default ("no consent"),
 * which each vendor hears first, once: a default goes ahead of what the page queued already (the
 * vendor's library has not read its queue yet), a decision after.
 */
export function vendorSignals(win: Window, vendors: readonly string[], categories: Categories | null): void {
  const seen = told.get(win) ?? told.set(win, new Set()).get(win)!;
  for (const vendor of vendors) {
    if (!seen.has(vendor)) seen.add(vendor), tell(win as unknown as Page, vendor, null);
    if (categories) tell(win as unknown as Page, vendor, categories);
  }
}

function tell(page: Page, vendor: string, categories: Categories | null): void {
  const state = (on: unknown) => (on ? 'granted' : 'denied');
  const ads = state(categories?.marketing);
  // A library that has read its queue turns it into an object with the same `push` (no `unshift`).
  const add = (queue: unknown[], ...items: unknown[]) => (categories || !queue.unshift ? queue.push(...items) : queue.unshift(...items));
  if (vendor == 'clarity') {
    // Clarity's stub, as its snippet makes it; its queue appears with the first call.
    const clarity = (page.clarity ||= function () {
      // eslint-disable-next-line prefer-rest-params
      (clarity.q ||= []).push(arguments);
    });
    const call = ['consentv2', { ad_Storage: ads, analytics_Storage: state(categories?.analytical) }];
    if (categories || !clarity.q) clarity(...call);
    else clarity.q.unshift(call);
  }
  // UET's queue is flat: one item per entry.
  if (vendor == 'uet') add((page.uetq ||= []), 'consent', categories ? 'update' : 'default', { ad_storage: ads });
  if (vendor == 'matomo') add((page._paq ||= []), [categories ? (categories.analytical ? 'remember' : 'forget') + 'CookieConsentGiven' : 'requireCookieConsent']);
  if (vendor == 'meta') {
    const meta = categories?.marketing ? 'grant' : 'revoke';
    const fbq = page.fbq;
    if (fbq) fbq.callMethod || categories ? fbq('consent', meta) : fbq.queue.unshift(['consent', meta]);
    // Meta's snippet makes nothing where `fbq` exists (it returns early, and its library never
    // loads): its own queue gets the consent state first, when its `init` is queued. A decision
    // before the snippet comes sets the state it will get.
    else {
      let made: Page | undefined;
      Object.defineProperty(page, 'fbq', {
        configurable: true,
        get() {
          if (made?.queue) Object.defineProperty(page, 'fbq', { value: made, writable: true, enumerable: true }), made.queue.unshift(['consent', meta]);
          return made;
        },
        set: (fbq) => (made = fbq),
      });
    }
  }
}
