import { html, nothing, type TemplateResult } from 'lit/html.js';
import { DEFAULT_COOKIES, NECESSARY, parseCategories, words, type Categories } from '../consent/categories.js';
import { NECESSARY_NAMES } from '../consent/catalogue.js';
import { toInt } from '../consent/policy.js';
import type { ConsentRecord } from '../consent/record.js';
import { fitDomain } from '../cookies/clear.js';
import { isRtl, loadLanguage, pickLanguage, readyLanguage, textsFor, type Texts } from '../i18n/index.js';
import { consentRuntime, gpc, type ConsentRuntime } from '../runtime.js';
import { loadPreferences } from '../packs.js';
import { httpUrl } from '../url.js';
import { pack } from '../pack.js';
import { LiteElement, type PropertyOptions } from './lite-element.js';
import { styles } from './styles.js';

/**
 * What the preferences add (./preferences-pack.ts): the cookie lists and the dialog's styles. Its
 * value is `null` when it could not be had (a copy of the drop-in without its packs, beside packs of
 * another version, or a request that hangs): the preferences then open and decide without them.
 */
const extras = pack(loadPreferences, ({ cookieList, preferencesStyles }) => {
  if (typeof cookieList !== 'function' || typeof preferencesStyles !== 'string') return null;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(preferencesStyles);
  return { cookieList, sheet };
});
const loadExtras = extras.load;

/** The focused element, looking into shadow roots, so focus can go back where it was. */
const deepActive = (): HTMLElement | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
};

/**
 * Cookie consent banner and preferences for Creatio pages (and any page). The protection — write
 * guard, clearing, script gating, Consent Mode — runs from the moment the script loads; this element
 * configures it, asks the visitor and lets them change their mind.
 *
 * @summary Cookie consent manager: banner, preferences, blocking and clearing of cookies.
 *
 * @fires creatio-consent-ready - Once per page load, after the stored decision was read (at `DOMContentLoaded` while the page parses). `detail`: `{decided, categories, consent}`.
 * @fires creatio-consent-change - Every time the decision changes, here or in another tab. `detail`: `{decided, categories, consent, changed, cause, cleared, remaining}`.
 *
 * @slot message - Replaces the banner's text.
 *
 * @csspart banner - The first-visit banner.
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
 * @cssprop [--ccc-accent=var(--crt-palette-primary-500, light-dark(#004fd6, #8ab4ff))] - Buttons, switches, focus ring.
 * @cssprop [--ccc-on-accent=var(--crt-palette-primary-contrast-500, light-dark(#fff, #0b1b33))] - Text on the accent colour.
 * @cssprop [--ccc-bg=var(--crt-palette-background-500, light-dark(#fff, #1e1f22))] - Background of the banner and dialog.
 * @cssprop [--ccc-fg=var(--crt-palette-foreground-500, light-dark(#181818, #f1f1f1))] - Text colour.
 * @cssprop [--ccc-muted=light-dark(#555, #c2c2c2)] - Secondary text and the switches' off state.
 * @cssprop [--ccc-border=var(--crt-palette-border-500, light-dark(#c4c4c4, #5a5d63))] - Borders and secondary buttons.
 * @cssprop [--ccc-radius=8px] - Corner radius.
 * @cssprop [--ccc-font=var(--crt-font-family, system-ui, sans-serif)] - Font family.
 * @cssprop [--ccc-font-size=var(--crt-body-1-font-size, 14px)] - Base font size.
 * @cssprop [--ccc-z=2147480000] - Stacking order of the banner and button.
 */
export class CreatioCookieConsent extends LiteElement {
  static override styles = styles;

  static override properties: Record<string, PropertyOptions> = {
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

  /** The optional categories offered, space-separated: `functional`, `analytical`, and any of your own (e.g. `marketing`). */
  declare categories: string | null;
  /** Cookie names governed by `functional` (`*` wildcard). Other categories: a `<category>-cookies` attribute. */
  declare functionalCookies: string | null;
  /** Cookie names governed by `analytical` (`*` wildcard). */
  declare analyticalCookies: string | null;
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
  /** Your own texts for any key of the built-in ones (see the README), e.g. `{acceptAll: 'OK'}`. */
  declare texts: Partial<Texts> | null;
  /** Whether the preferences dialog is open. */
  declare open: boolean;

  #runtime: ConsentRuntime = consentRuntime();
  #draft: Categories = {};
  #opener: HTMLElement | null = null;
  #unsubscribe?: () => void;

  constructor() {
    super();
    this.theme = 'auto';
    this.settingsButton = false;
    this.open = false;
    this.texts = null;
  }

  /** The current decision; `null` while the visitor has not decided. */
  get consent(): ConsentRecord | null {
    return this.#runtime.record;
  }

  /** Opens the preferences dialog. */
  async showPreferences(): Promise<void> {
    if (this.open) return;
    this.#opener = deepActive();
    this.#draft = { ...this.#runtime.categories };
    this.open = true;
    await this.updateComplete;
    const dialog = this.#dialog;
    if (!dialog?.isConnected) return;
    if (!dialog.open) dialog.showModal();
    if (!dialog.contains(this.renderRoot.querySelector(':focus'))) this.#focusable()[0]?.focus();
  }

  /** Closes the preferences without changing the decision. */
  closePreferences(): void {
    if (this.#dialog?.open) this.#dialog.close();
    this.#onClose();
  }

  /** Grants every offered category (under Global Privacy Control, not `analytical` and `marketing`). */
  acceptAll(): void {
    this.#runtime.acceptAll();
    this.closePreferences();
  }

  /** Refuses every optional category. */
  rejectAll(): void {
    this.#runtime.rejectAll();
    this.closePreferences();
  }

  /** Sets categories, e.g. `{functional: true, analytical: false}`; categories not named keep their value. */
  setConsent(choice: Partial<Categories>): void {
    const state = { ...this.#runtime.categories };
    if (choice && typeof choice === 'object') for (const c of Object.keys(state)) if (typeof choice[c] === 'boolean') state[c] = choice[c];
    this.#runtime.decide(state, 'api');
  }

  /** Forgets the decision: every optional category is refused and the banner asks again. */
  reset(): void {
    this.#runtime.reset();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#runtime.hosts.push(this);
    this.#unsubscribe = this.#runtime.subscribe(() => this.requestUpdate());
    document.addEventListener('keydown', this.#tabToBanner, true);
    this.#configure();
    const announce = () => this.isConnected && this.#runtime.announce(this);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', announce, { once: true });
    else void this.updateComplete.then(announce);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    document.removeEventListener('keydown', this.#tabToBanner, true);
    const hosts = this.#runtime.hosts;
    if (hosts.includes(this)) hosts.splice(hosts.indexOf(this), 1);
  }

  /**
   * A language other than English renders once its texts are here (or failed to come: English),
   * rather than English first and then again: the banner would change under the visitor's eyes.
   * @internal
   */
  protected override beforeUpdate(): unknown {
    // Again after the load: the wanted language may have changed while it was on its way. The
    // preferences open with their cookie lists complete, for the same reason.
    return (loadLanguage(this.#language) ?? (this.open ? loadExtras() : undefined))?.then(() => this.beforeUpdate());
  }

  protected override willUpdate(changed: Set<string>): void {
    const config = ['categories', 'functionalCookies', 'analyticalCookies', 'revision', 'expiresDays', 'cookieDomain', 'consentUrl'] as const;
    if (this.hasUpdated && config.some((key) => changed.has(key))) this.#configure();
  }

  /**
   * While the banner asks, its buttons come first in the keyboard order: the first Tab from the top
   * of the page lands on "Accept all". Done on the key press rather than by focusing the banner on
   * load, which would force a layout during page load and pull a screen reader away from the page.
   */
  #tabToBanner = (event: KeyboardEvent): void => {
    const first = this.renderRoot.querySelector<HTMLElement>('[part~="banner"] button');
    const active = document.activeElement;
    if (event.key === 'Tab' && !event.shiftKey && first && !this.open && (!active || active === document.body)) {
      event.preventDefault();
      first.focus();
    }
  };

  #configure(): void {
    const categories = parseCategories(this.categories);
    const cookies: Record<string, string[]> = {};
    // The two named categories have properties (set from their attributes); others only attributes.
    const own: Record<string, string | null | undefined> = { functional: this.functionalCookies, analytical: this.analyticalCookies };
    for (const c of new Set([...Object.keys(DEFAULT_COOKIES), ...categories]))
      cookies[c] = words(own[c] ?? this.getAttribute(`${c}-cookies`) ?? DEFAULT_COOKIES[c]);
    this.#runtime.configure({
      categories,
      cookies,
      revision: toInt(this.revision, 1, 0, 1e9),
      expiresDays: toInt(this.expiresDays, 365, 1, 3650),
      cookieDomain: fitDomain(this.cookieDomain, location.hostname),
      consentUrl: this.consentUrl ?? '',
    });
  }

  get #language(): string {
    const culture = (window as unknown as { Terrasoft?: { currentUserCultureName?: string } }).Terrasoft?.currentUserCultureName;
    return pickLanguage([this.getAttribute('lang'), culture, document.documentElement.lang], () => navigator.languages ?? []);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #focusable(): HTMLElement[] {
    return Array.from(this.#dialog?.querySelectorAll<HTMLElement>('button,input:not(:disabled),a[href],summary') ?? []);
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    // The modal dialog makes the page inert, but Tab can still leave for the browser's own UI.
    const list = this.#focusable();
    const current = this.renderRoot.querySelector(':focus');
    const edge = event.shiftKey ? list[0] : list[list.length - 1];
    if (current === edge || !list.includes(current as HTMLElement)) {
      event.preventDefault();
      (event.shiftKey ? list[list.length - 1] : list[0])?.focus();
    }
  }

  /** Also runs on the dialog's own `close` (Escape), which arrives a task later: once is enough. */
  #onClose(): void {
    if (!this.open || this.#dialog?.open) return;
    this.open = false;
    const back = this.#opener;
    this.#opener = null;
    if (back?.isConnected) back.focus();
  }

  // Spaces before inline links go in as values (' '): the template minifier drops them from markup.
  protected override render(): TemplateResult {
    const lang = readyLanguage(this.#language) ?? 'en';
    const t = textsFor(lang, this.texts);
    const dir = isRtl(lang) ? 'rtl' : 'ltr';
    const decided = !!this.#runtime.record;
    const policy = httpUrl(this.policyUrl);
    // `intent`: pointing at or focusing the button starts loading what it will open, so the first
    // opening of the preferences does not wait for the whole request after the click.
    const button = (part: string, label: string, click: () => void, secondary = false, intent?: () => unknown) =>
      html`<button type="button" part="button ${part}" class=${secondary ? 'secondary' : ''} @click=${click} @pointerenter=${intent} @focus=${intent}>${label}</button>`;
    // A list, not a template of its own: one template fewer to prepare on the first render.
    const decisions = [button('accept', t.acceptAll, () => this.acceptAll()), button('reject', t.rejectAll, () => this.rejectAll())];
    return html`
      ${decided
        ? this.settingsButton
          ? html`<button type="button" part="button settings-button" class="secondary" lang=${lang} dir=${dir} @click=${() => this.showPreferences()} @pointerenter=${loadExtras} @focus=${loadExtras}>${t.title}</button>`
          : nothing
        : html`<section part="banner" role="region" aria-label=${t.title} lang=${lang} dir=${dir}>
            <p part="message">
              <slot name="message">${t.message}</slot>
              ${policy ? [' ', html`<a href=${policy}>${t.policy}</a>`] : nothing}
              ${gpc() ? html`<br /><small>${t.gpc}</small>` : nothing}
            </p>
            <div class="actions">${decisions}${button('customize', t.customize, () => this.showPreferences(), true, loadExtras)}</div>
          </section>`}
      <dialog part="dialog" aria-labelledby="title" lang=${lang} dir=${dir} @keydown=${this.#onKeydown} @close=${this.#onClose}>
        ${this.open ? this.#preferences(t, lang, decisions, policy) : nothing}
      </dialog>
    `;
  }

  #preferences(t: Texts, lang: string, decisions: TemplateResult[], policy: string | null): TemplateResult {
    const categories = [NECESSARY, ...this.#runtime.config.categories];
    // Adopted before this render reaches the screen: the dialog never shows unstyled first.
    const root = this.renderRoot;
    const sheet = extras.value?.sheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return html`<header>
        <h2 id="title">${t.title}</h2>
        <button type="button" part="button close" class="secondary" aria-label=${t.close} @click=${() => this.closePreferences()}>×</button>
      </header>
      <p>${t.message}${policy ? [' ', html`<a href=${policy}>${t.policy}</a>`] : nothing}</p>
      ${categories.map((c) => {
        const necessary = c === NECESSARY;
        return html`<section>
          <div class="row">
            <label for="switch-${c}">${t[c] ?? c}</label>
            <input
              type="checkbox"
              role="switch"
              part="switch"
              id="switch-${c}"
              aria-describedby="info-${c}"
              .checked=${necessary || !!this.#draft[c]}
              ?disabled=${necessary}
              @change=${(event: Event) => (this.#draft = { ...this.#draft, [c]: (event.target as HTMLInputElement).checked })}
            />
          </div>
          <p class="info" id="info-${c}">${t[`${c}Info`] ?? ''}${necessary ? ` ${t.alwaysOn}.` : ''}</p>
          ${c === 'analytical' && gpc() ? html`<p class="note">${t.gpc}</p>` : nothing}
          ${extras.value?.cookieList(html, t, lang, necessary ? NECESSARY_NAMES : this.#runtime.config.cookies[c] ?? [])}
        </section>`;
      })}
      <div class="actions">${decisions}${button(t.save, () => this.#save())}</div>`;

    function button(label: string, click: () => void) {
      return html`<button type="button" part="button save" @click=${click}>${label}</button>`;
    }
  }

  #save(): void {
    this.#runtime.decide(this.#draft, 'save');
    this.closePreferences();
  }
}
