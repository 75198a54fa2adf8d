import { words, type Categories } from '../consent/categories.js';
import { toInt } from '../consent/config.js';

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
export function consentModeState(categories: Record<string, unknown>): ConsentModeState {
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

export function send(win: Window, ...args: unknown[]): void {
  const page = win as unknown as Page;
  if (typeof page.gtag === 'function') page.gtag(...args);
  else
    (function (..._: unknown[]) {
      // A page may use the name for an object of its own (and then runs no tag manager, which needs
      // a list): it is left as it is.
      // eslint-disable-next-line prefer-rest-params
      (page.dataLayer ||= []).push?.(arguments);
    })(...args);
}

/**
 * `gtag('consent', 'default', ...)`, run before any tag that comes after the script, configured by
 * the script tag's `data-*` (`read`): everything optional refused, waiting `consent-mode-wait` ms
 * (500) for an update — in the `consent-mode-regions` only (ISO 3166-1 alpha-2, or 3166-2 with its
 * subdivision, e.g. `DE-BY`) when some are listed, with a granting default for the rest (Google
 * applies the most specific one) — then `url_passthrough` and `ads_data_redaction` when their
 * attributes (`url-passthrough`, `ads-data-redaction`) are present. Regions shape only what Google's
 * tags do before a decision: the write guard does not know the visitor's region and refuses
 * everywhere until one.
 */
export function consentDefault(win: Window, categories: Categories, read: (name: string) => string | null | undefined): void {
  const wait_for_update = toInt(read('consent-mode-wait'), 500, 0, 1e4);
  const region = words(read('consent-mode-regions')?.toUpperCase()).filter((r) => /^[A-Z]{2}(-\w{1,3})?$/.test(r));
  send(win, 'consent', 'default', { ...consentModeState(categories), wait_for_update, ...(region[0] && { region }) });
  if (region[0]) send(win, 'consent', 'default', { ...consentModeState({ functional: 1, analytical: 1, marketing: 1 }), wait_for_update });
  for (const name of ['url_passthrough', 'ads_data_redaction']) if (read(name.replaceAll('_', '-')) != null) send(win, 'set', name, true);
}

/**
 * Reads `dataLayer`'s consent commands as Google applies them, each entry once (a tab open for days
 * may have a tag manager's timer push thousands): what its updates say now, the last one naming a
 * type counting, and whether a default names regions. A list put in its place is read anew.
 */
export function consentReader(): (layer: unknown[]) => { told: Record<string, unknown>; regional: boolean } {
  let list: unknown[] | undefined;
  let read = 0;
  let told: Record<string, unknown> = { __proto__: null };
  let regional = false;
  return (layer) => {
    if (layer !== list || layer.length < read) (list = layer), (read = 0), (told = { __proto__: null }), (regional = false);
    for (; read < layer.length; read++) {
      const entry = layer[read] as Record<number, unknown> | null;
      const options = entry?.[2] as object | null;
      if (entry?.[0] != 'consent' || !options || typeof options != 'object') continue;
      if (entry[1] == 'update') Object.assign(told, options);
      else if (entry[1] == 'default') regional ||= Object.hasOwn(options, 'region');
    }
    return { told, regional };
  };
}

/** `gtag('consent', 'update', ...)` and a dataLayer event GTM triggers can listen for. */
export function consentUpdate(win: Window, categories: Categories): void {
  send(win, 'consent', 'update', consentModeState(categories));
  // Not onto a page's own object of that name (`send`).
  ((win as unknown as Page).dataLayer ||= []).push?.({ event: 'creatio-consent-update', consentCategories: { ...categories } });
}

/**
 * Whether Google's tags started before the default: Tag Manager's `gtm.js` event or a gtag.js
 * `config` command on `dataLayer` ahead of the first consent default, which Tag Manager then applies
 * only to later triggers. The list keeps what was pushed, in order, after the libraries have read it,
 * so the deferred file can tell once the page has loaded.
 */
export function defaultCameLate(layer: unknown): boolean {
  if (!Array.isArray(layer)) return false;
  const first = (test: (entry: Record<string, unknown>) => boolean) => layer.findIndex((entry) => entry && test(entry));
  const start = first((entry) => entry.event == 'gtm.js' || entry[0] == 'config');
  const defaulted = first((entry) => entry[0] == 'consent' && entry[1] == 'default');
  return start >= 0 && !(defaulted >= 0 && defaulted < start);
}
