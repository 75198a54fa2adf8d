import { ReactiveElement, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { html, nothing, render, type RenderOptions, type TemplateResult } from 'lit-html';
import { grantAll, type Categories } from '../consent/categories.js';
import { answers } from '../consent/machine.js';
import type { ConsentRecord } from '../consent/record.js';
import { recordStore } from '../cookies/store.js';
import { isRtl, loadLanguage, pageLanguages, pickLanguage, readyLanguage, textsFor, type TextOverrides } from '../i18n/index.js';
import { gpc } from '../integrations/gpc.js';
import { httpUrl } from '../url.js';
import { ConsentController } from './consent-controller.js';
import { dialogContent } from './dialog.js';
import { ModalController } from './modal-controller.js';
import { extras, loadExtras } from './extras.js';
import { styles } from './styles.js';

/** The properties that configure the decision; a change of one configures the runtime again. */
const CONFIG_PROPERTIES = ['categories', 'functionalCookies', 'analyticalCookies', 'revision', 'expiresDays', 'cookieDomain', 'consentUrl'] as const;

/**
 * Cookie consent banner and preferences for Creatio pages (and any page). The protection — write
 * guard, clearing, script gating, Consent Mode — runs from the moment the script loads; this element
 * configures it, asks the visitor and lets them change their mind.
 *
 * @summary Cookie consent manager: banner, preferences, blocking and clearing of cookies.
 *
 * @fires creatio-consent-ready - Once per page load, once the page is parsed, its configuration known and the stored decision read. `detail`: `{decided, categories, consent}`.
 * @fires creatio-consent-change - Every time the decision changes, here or in another tab. `detail`: `{decided, categories, consent, changed, cause, cleared, remaining}`.
 * @attr integrations - Vendors told through their own consent APIs (`clarity uet meta matomo`), with `creatio-cookie-consent.vendors.js` only; better on its script tag (`data-integrations`), whose defaults precede the vendors' tags.
 * @attr <category>-storage - `localStorage` / `sessionStorage` keys the category governs (`*` wildcard), e.g. `analytical-storage="_cltk"`.
 *
 * @slot message - Replaces the banner's text.
 *
 * @csspart banner - The first-visit banner, marked `data-nosnippet`: a crawler has no decision, so it renders the banner, and its text must not become the page's description in search results.
 * @csspart message - The banner's text.
 * @csspart dialog - The preferences dialog.
 * @csspart button - Every button.
 * @csspart accept - The "Accept all" buttons.
 * @csspart reject - The "Reject all" buttons.
 * @csspart customize - The banner's "Customize" button.
 * @csspart save - The "Save choices" button.
 * @csspart close - The dialog's close button.
 * @csspart switch - Each category switch.
 * @csspart settings-button - The floating "Cookie preferences" button (`settings-button` attribute).
 *
 * @cssprop [--ccc-accent=light-dark(var(--crt-palette-primary-500, #004fd6), #8ab4ff)] - Buttons, switches, focus ring.
 * @cssprop [--ccc-on-accent=light-dark(var(--crt-palette-primary-contrast-500, #fff), #0b1b33)] - Text on the accent colour.
 * @cssprop [--ccc-bg=light-dark(var(--crt-palette-background-500, #fff), #1e1f22)] - Background of the banner and dialog.
 * @cssprop [--ccc-fg=light-dark(var(--crt-palette-foreground-500, #181818), #f1f1f1)] - Text colour.
 * @cssprop [--ccc-muted=light-dark(#555, #c2c2c2)] - Secondary text and the switches' off state.
 * @cssprop [--ccc-border=light-dark(var(--crt-palette-border-500, #c4c4c4), #5a5d63)] - Borders and secondary buttons.
 * @cssprop [--ccc-radius=8px] - Corner radius.
 * @cssprop [--ccc-font=var(--crt-font-family, system-ui, sans-serif)] - Font family.
 * @cssprop [--ccc-font-size=var(--crt-body-1-font-size, max(0.875rem, 0.875em))] - Base font size (relative: it follows the visitor's font size, and never falls under their default size, the em here, where a page shrinks its root font).
 * @cssprop [--ccc-z=2147480000] - Stacking order of the banner and button where they are not in the top layer (a browser without popovers; under a modal dialog the page has open).
 */
export class CreatioCookieConsent extends ReactiveElement {
  static override styles = styles;

  /**
   * @internal Options without a prototype, here, below and in `update`: read by name, on a page whose
   * polluted `Object.prototype` held `slotAssignment`, `hasChanged`, `renderBefore` or `creationScope`
   * they left no banner, `noAccessor` no preferences. */
  static override shadowRootOptions = <ShadowRootInit>{ __proto__: null, mode: 'open' };

  static override properties: PropertyDeclarations = {
    categories: {},
    functionalCookies: { attribute: 'functional-cookies' },
    analyticalCookies: { attribute: 'analytical-cookies' },
    policyUrl: { attribute: 'policy-url' },
    revision: {},
    expiresDays: { attribute: 'expires-days' },
    cookieDomain: { attribute: 'cookie-domain' },
    consentUrl: { attribute: 'consent-url' },
    lang: { reflect: true },
    theme: { reflect: true },
    settingsButton: { attribute: 'settings-button', type: Boolean },
    texts: { attribute: false },
    open: { type: Boolean, reflect: true },
  };

  static {
    for (const options of Object.values(this.properties)) Object.setPrototypeOf(options, null);
  }

  /** The optional categories offered, space-separated (or a list): `functional`, `analytical`, and any of your own (e.g. `marketing`). */
  declare categories: string | string[] | null;
  /** Cookie names governed by `functional` (`*` wildcard), space-separated or a list. Other categories: a `<category>-cookies` attribute. */
  declare functionalCookies: string | string[] | null;
  /** Cookie names governed by `analytical` (`*` wildcard), space-separated or a list. */
  declare analyticalCookies: string | string[] | null;
  /** Link to the privacy policy (http or https only; anything else is not shown). */
  declare policyUrl: string | null;
  /** Policy revision; raising it asks every visitor again. */
  declare revision: string | number | null;
  /** Lifetime of the decision, in days. */
  declare expiresDays: string | number | null;
  /** `Domain` of the decision cookie (to share it with subdomains); host-only when absent or not a parent of this host. */
  declare cookieDomain: string | null;
  /** Same-origin endpoint that receives a JSON receipt of each decision. */
  declare consentUrl: string | null;
  /** Language of the interface; else Creatio's culture, `<html lang>`, the browser's languages, English. */
  declare lang: string;
  /** `auto` (follows `prefers-color-scheme`), `light` or `dark`. */
  declare theme: string;
  /** Shows a small floating "Cookie preferences" button once the visitor has decided. */
  declare settingsButton: boolean;
  /** Your own texts for any key of the built-in ones (see the README): `{acceptAll: 'OK', de: {acceptAll: 'Einverstanden'}}`. */
  declare texts: TextOverrides | null;
  /** Whether the preferences dialog is open. */
  declare open: boolean;

  // Read through its property where it has one (a script's value wins; a list as its words, not `_ga,_ga_*`).
  #consent = new ConsentController(this, (name) => {
    const property = CONFIG_PROPERTIES.find((p) => CreatioCookieConsent.elementProperties.get(p)?.attribute === name || p === name);
    const value = property && this[property];
    return value != null ? [value].flat().join(' ') : this.getAttribute(name);
  });
  #modal = new ModalController(this);
  /** The switches while the preferences are open, saved only by "Save choices" (the inputs show it). */
  #draft: Categories = {};

  constructor() {
    super();
    this.theme = 'auto';
    this.settingsButton = false;
    this.open = false;
    this.texts = null;
  }

  /** The current decision, frozen (the methods change it); `null` while the visitor has not decided. */
  get consent(): ConsentRecord | null {
    return this.#consent.runtime.record;
  }

  /** Opens the preferences dialog (the page's element's, called on another one); resolves once it is open and focused. */
  async showPreferences(): Promise<void> {
    const page = this.#consent.page as this;
    if (page !== this) return page.showPreferences();
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the preferences (the page's element's too, called on another one) without changing the decision. */
  closePreferences(): void {
    const page = this.#consent.page as this;
    if (page !== this) page.closePreferences();
    this.open = false;
  }

  /** Grants every offered category (under Global Privacy Control, not `analytical` and `marketing`). */
  acceptAll(): void {
    const all = grantAll(this.#consent.runtime.state.config.categories);
    // Global Privacy Control: accepting "all" does not include measurement and ads; the visitor can
    // still switch them on one by one in the preferences.
    if (gpc()) all.analytical = all.marketing = false;
    this.#consent.runtime.decide(all, 'accept-all', recordStore);
    this.closePreferences();
  }

  /** Refuses every optional category. */
  rejectAll(): void {
    this.#consent.runtime.decide({}, 'reject-all', recordStore);
    this.closePreferences();
  }

  /** Sets categories, e.g. `{functional: true, analytical: false}`; categories not named keep their value. */
  setConsent(choice: Partial<Categories>): void {
    this.#consent.runtime.decide(answers(this.#consent.runtime.state, choice), 'api', recordStore);
  }

  /** Forgets the decision: every optional category is refused and the banner asks again. */
  reset(): void {
    this.#consent.runtime.reset(recordStore);
  }

  /**
   * A language other than English renders once its texts are here (or failed to come: English),
   * rather than English first and then again: the banner would change under the visitor's eyes.
   * The preferences open with their cookie lists complete, for the same reason (about to open,
   * however they are opened, they ask once more for a pack that gave nothing: theirs, the language's).
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.open && !this.renderRoot.querySelector('dialog')?.open) loadExtras(), loadLanguage(this.#language, 1);
    // Asked again after each load: the wanted language may have changed while it was on its way.
    for (let wait; (wait = loadLanguage(this.#language) ?? (this.open ? extras.load() : undefined)); ) await wait;
    super.scheduleUpdate();
  }

  // The first render too (Lit gives a property set before the definition only then); the preferences start from the answers however they open.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (CONFIG_PROPERTIES.some((key) => changed.has(key))) this.#consent.configure();
    if (this.open && changed.has('open') && !changed.get('open')) this.#draft = answers(this.#consent.runtime.state);
  }

  get #language(): string {
    return pickLanguage(pageLanguages(window, this.getAttribute('lang')), () => navigator.languages);
  }

  /** Renders with lit-html into the shadow root, as LitElement does (without what only async directives need). */
  protected override update(changed: PropertyValues<this>): void {
    const view = this.render();
    super.update(changed);
    render(view, this.renderRoot, <RenderOptions>{ __proto__: null, host: this });
  }

  // Spaces before inline links go in as values (' '): the template minifier drops them from markup.
  protected render(): TemplateResult | typeof nothing {
    // Another element on the page (a second copy, or one a visitor posted with a policy link of its
    // own) shows nothing: one banner, one dialog, the page's.
    if (this.#consent.page !== this) return nothing;
    const lang = readyLanguage(this.#language) ?? 'en';
    const t = textsFor(lang, this.texts);
    const dir = isRtl(lang) ? 'rtl' : 'ltr';
    const decided = !!this.#consent.runtime.record;
    const url = httpUrl(this.policyUrl);
    // One template for the link, in the banner and in the dialog.
    const policy = url ? [' ', html`<a href=${url}>${t.policy}</a>`] : nothing;
    // `intent`: the button opens the preferences (so it says it opens a dialog); pointing at or
    // focusing it starts loading what they need, so the first opening does not wait for the whole
    // request after the click.
    const button = (part: string, label: string, click: () => void, intent?: () => unknown) =>
      html`<button type="button" part="button ${part}" lang=${lang} dir=${dir} aria-haspopup=${intent ? 'dialog' : nothing} @click=${click} @pointerenter=${intent} @focus=${intent}>${label}</button>`;
    // A list, not a template of its own: one template fewer to prepare on the first render.
    const decisions = [button('accept', t.acceptAll, () => this.acceptAll()), button('reject', t.rejectAll, () => this.rejectAll())];
    return html`
      ${decided
        ? this.settingsButton
          ? button('settings-button', t.title, () => this.showPreferences(), loadExtras)
          : nothing
        : html`<section part="banner" data-nosnippet role="region" aria-label=${t.title} lang=${lang} dir=${dir}>
            <p part="message">
              <slot name="message">${t.message}</slot>
              ${policy}
              ${gpc() ? html`<br /><small>${t.gpc}</small>` : nothing}
            </p>
            <div class="actions">${decisions}${button('customize', t.customize, () => this.showPreferences(), loadExtras)}</div>
          </section>`}
      <dialog part="dialog" aria-labelledby="title" lang=${lang} dir=${dir} @keydown=${this.#modal.onKeydown} @close=${this.#modal.onClose}>
        ${this.open
          ? dialogContent(this, t, lang, [...decisions, button('save', t.save, () => this.#save())], policy, this.#consent.runtime.state.config, this.#draft)
          : nothing}
      </dialog>
    `;
  }

  #save(): void {
    this.#consent.runtime.decide(this.#draft, 'save', recordStore);
    this.closePreferences();
  }
}
