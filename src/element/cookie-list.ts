/**
 * The preferences' list of the cookies a category covers, with Creatio's durations and purposes.
 * Nothing else needs the table, and the list is inside the preferences, so this module (data and
 * template) comes with the preferences' pack (./preferences.ts) when they first open. It brings
 * no Lit of its own: the element hands it Lit's `html`, so the list renders with the element's
 * template engine.
 */
import type { TemplateResult, html as litHtml } from 'lit-html';
import { NECESSARY_NAMES, type CatalogueEntry } from '../consent/catalogue.js';
import { storageKeyOf } from '../consent/config.js';
import { CATALOGUE } from '../consent/cookie-table.js';
import type { Texts } from '../i18n/index.js';

/** The table's entries for a list of patterns; a pattern the table does not know is listed by its name alone. */
export const describe = (patterns: readonly string[]): CatalogueEntry[] =>
  patterns.map((name) => CATALOGUE.find((e) => e.name === name) ?? { name, category: '', duration: NaN, purpose: '' });

/** A lifetime in days as the visitor reads it: "Session", "1 year", "20 minutes". */
function duration(t: Texts, lang: string, days: number): string {
  if (days === 0) return t.session;
  if (days < 0) return t.siteDefined;
  if (!(days > 0)) return '—';
  const [unit, n] = days >= 365 ? ['year', Math.round(days / 365)] : days >= 1 ? ['day', days] : ['minute', Math.round(days * 1440)];
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit: unit as string, unitDisplay: 'long' }).format(n as number);
  } catch {
    return `${n} ${unit}`;
  }
}

/**
 * A cookie's purpose in the visitor's language: the language pack's (`purposes`, a "name|purpose"
 * line each), else the table's English, marked as English so that a screen reader reads it with an
 * English voice and right-to-left text does not reorder it.
 */
function purpose(html: typeof litHtml, t: Texts, lang: string, e: CatalogueEntry): TemplateResult | string {
  const line = t.purposes?.split('\n').find((l) => l.startsWith(`${e.name}|`));
  if (line) return line.slice(e.name.length + 1);
  return lang === 'en' || !e.purpose ? e.purpose : html`<span lang="en" dir="ltr">${e.purpose}</span>`;
}

/**
 * The collapsed list of the cookies `patterns` name; nothing for an empty list. On a narrow screen its
 * table scrolls sideways: the wrapper is a named tab stop, so the keyboard can scroll it.
 */
/**
 * `t`: the texts with the preferences' (./preferences.ts `preferencesTexts` under the language's).
 * `patterns`: the category's names (`null` for the strictly necessary category, whose list is
 * Creatio's); its storage keys among them (`=key`, ../consent/config.ts) are not cookies.
 */
export function cookieList(html: typeof litHtml, t: Texts, lang: string, patterns: readonly string[] | null): TemplateResult | string {
  const entries = describe((patterns ?? NECESSARY_NAMES).filter((name) => storageKeyOf(name) === undefined));
  return entries.length
    ? html`<details>
        <summary>${t.cookies} (${entries.length})</summary>
        <div class="table" tabindex="0" role="region" aria-label=${`${t.cookies} (${entries.length})`}>
          <table aria-label=${t.cookies}>
            <thead>
              <tr><th scope="col">${t.cookie}</th><th scope="col">${t.duration}</th><th scope="col">${t.purpose}</th></tr>
            </thead>
            <tbody>
              ${entries.map(
                (e) => html`<tr>
                  <td><code>${e.name}</code></td>
                  <td>${duration(t, lang, e.duration)}</td>
                  <td>${purpose(html, t, lang, e)}${e.httpOnly ? html`<br /><em>${t.httpOnly}</em>` : ''}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>`
    : '';
}
