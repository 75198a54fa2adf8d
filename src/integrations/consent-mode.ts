import type { Categories } from '../consent/categories.js';

/** Google Consent Mode v2 consent types and their values. */
export type ConsentModeState = Record<
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage',
  'granted' | 'denied'
>;

/** Maps our categories to Consent Mode (SPEC §5.5); `ad_*` only through a `marketing` category. */
export function consentModeState(categories: Categories): ConsentModeState {
  const v = (on: unknown) => (on ? 'granted' : 'denied') as 'granted' | 'denied';
  const ads = v(categories.marketing);
  return {
    ad_storage: ads,
    ad_user_data: ads,
    ad_personalization: ads,
    analytics_storage: v(categories.analytical),
    functionality_storage: v(categories.functional),
    personalization_storage: v(categories.functional),
    security_storage: 'granted',
  };
}

type Gtag = (...args: unknown[]) => void;

/**
 * The gtag stub Google documents: it pushes the `arguments` object itself, not an array, and GTM
 * only reads consent commands in that shape. A page's own `gtag` is used when it has one.
 */
type Page = { gtag?: Gtag; dataLayer?: unknown[] };

function send(win: Window, ...args: unknown[]): void {
  const page = win as unknown as Page;
  if (typeof page.gtag === 'function') page.gtag(...args);
  else
    (function (..._: unknown[]) {
      // eslint-disable-next-line prefer-rest-params
      (page.dataLayer ||= []).push(arguments);
    })(...args);
}

/** `gtag('consent', 'default', ...)`: run before any tag that comes after the script. */
export function consentDefault(win: Window, categories: Categories, waitForUpdate = 500): void {
  send(win, 'consent', 'default', { ...consentModeState(categories), wait_for_update: waitForUpdate });
}

/** `gtag('consent', 'update', ...)` and a dataLayer event GTM triggers can listen for. */
export function consentUpdate(win: Window, categories: Categories): void {
  send(win, 'consent', 'update', consentModeState(categories));
  ((win as unknown as Page).dataLayer ||= []).push({
    event: 'creatio-consent-update',
    consentCategories: { ...categories },
  });
}
