/**
 * The preferences dialog's content: its title and close button, a switch per category with what it
 * is for (and, once the preferences' pack is here, the cookies it covers), and the dialog's buttons.
 * The element (./creatio-cookie-consent.ts) renders it into its `<dialog>` while `open`, handing in
 * its state: this module keeps none.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { NECESSARY, type Categories } from '../consent/categories.js';
import type { ConsentConfig } from '../consent/config.js';
import type { Texts } from '../i18n/index.js';
import { gpc } from '../integrations/gpc.js';
import { extras } from './extras.js';

/** The element that renders it: the dialog's sheet goes into its shadow root; its close button closes it. */
interface Host {
  readonly renderRoot: HTMLElement | DocumentFragment;
  closePreferences(): void;
}

/**
 * `texts`: the language's (and the page's); `actions`: Accept all, Reject all and Save choices;
 * `config`: the page's (the categories offered, the cookies each governs); `draft`: the switches,
 * which turning one changes (only "Save choices" saves them).
 */
export function dialogContent(host: Host, texts: Texts, lang: string, actions: TemplateResult[], policy: unknown, config: ConsentConfig, draft: Categories): TemplateResult {
  // Adopted before this render reaches the screen: the dialog never shows unstyled first.
  const root = host.renderRoot as ShadowRoot;
  const sheet = extras.value?.sheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  // The language's texts (and the page's) over the English of what only the dialog says.
  const t: Texts = { ...extras.value?.texts, ...texts };
  // Not a <header>: inside a dialog it would be a second "banner" landmark.
  return html`<div class="row">
      <h2 id="title">${t.title}</h2>
      <button type="button" part="button close" aria-label=${t.close} @click=${() => host.closePreferences()}>×</button>
    </div>
    <p>${t.message}${policy}</p>
    ${[NECESSARY, ...config.categories].map((c) => {
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
            .checked=${necessary || !!draft[c]}
            ?disabled=${necessary}
            @change=${(event: Event) => (draft[c] = (event.target as HTMLInputElement).checked)}
          />
        </div>
        <p class="info" id="info-${c}">${t[`${c}Info`] ?? ''}${necessary && t.alwaysOn ? ` ${t.alwaysOn}.` : ''}</p>
        ${c === 'analytical' && gpc() ? html`<p class="note">${t.gpc}</p>` : nothing}
        ${extras.value?.cookieList(html, t, lang, necessary ? null : config.cookies[c] ?? [])}
      </section>`;
    })}
    <div class="actions">${actions}</div>`;
}
