// Where the drop-in's bytes go: the drop-in is built again with one part taken out (its module
// replaced by a stub exporting the same names), and the gzip difference is what that part costs.
// The two libraries are measured alone, in a build of their own. gzip works across the whole file,
// so the parts do not add up to the total exactly.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import configs, { LANGUAGE_PACKS } from '../rollup.config.mjs';

const dropIn = configs[0];
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Parts of the drop-in: each file (by the end of its path) and what it is replaced with. */
const PARTS = [
  ['English texts', { 'src/i18n/en.ts': `export default '${'|'.repeat(24)}';` }],
  ['styles', { 'src/element/styles.ts': "export const styles = '';" }],
  ["Creatio's strictly necessary names", { 'src/consent/catalogue.ts': 'export const NECESSARY_NAMES = []; export const NECESSARY_PATTERNS = [];' }],
  // Everything from the preferences template to the end of the class: the dialog's content, saving.
  ['preferences dialog (without its cookie lists)', { 'src/element/creatio-cookie-consent.ts': [/\n {2}#preferences\(t: Texts[\s\S]*$/, '\n  #preferences(..._: unknown[]) { return nothing; }\n}\n'] }],
  ['loading packs (languages, cookie lists)', { 'src/packs.drop-in.ts': 'export const LANGUAGE_PACKS = {}; export const loadPreferences = () => Promise.reject();' }],
  ['receipts (consent-url)', { 'src/integrations/receipt.ts': 'export const sameOriginUrl = () => null; export const receiptFor = () => null; export const sendReceipt = async () => true;' }],
  ['script and iframe gating', { 'src/integrations/script-gate.ts': 'export const releaseGated = () => {}; export const watchGated = () => {};' }],
  ['clearing on every domain and path', { 'src/cookies/clear.ts': "export const clearCookies = () => ({ removed: [], remaining: [] }); export const visibleNames = () => []; export const fitDomain = () => '';" }],
  ['write guard (document.cookie, cookieStore)', { 'src/cookies/guard.ts': 'export const guardCookieStore = () => {}; export const guardDocumentCookie = () => {};' }],
  ['Google Consent Mode', { 'src/integrations/consent-mode.ts': 'export const consentDefault = () => {}; export const consentUpdate = () => {}; export const consentModeState = () => ({});' }],
  ['record codec', { 'src/consent/record.ts': 'export const FORMAT = 1; export const decodeRecord = () => null; export const encodeRecord = JSON.stringify;' }],
  ['other tabs', { 'src/integrations/sync.ts': 'export const watchOtherTabs = () => () => {};' }],
  ['element base (LiteElement)', { 'src/element/lite-element.ts': "import { render } from 'lit/html.js'; export class LiteElement extends HTMLElement { static properties = {}; static styles = ''; connectedCallback() { render(this.render(), this.attachShadow({ mode: 'open' })); } }" }],
];

const ALONE = [
  ["Lit's template engine (lit-html), alone", "import { html, render } from 'lit/html.js'; render(html`<p>${document.title}</p>`, document.body);"],
  ['js-cookie, alone', "import Cookies from 'js-cookie'; window.Cookies = Cookies;"],
];

/** Builds the drop-in with module sources swapped; a [pattern, replacement] pair edits instead. */
async function build(swaps = {}, entry = null) {
  const swap = {
    name: 'swap',
    resolveId: (id) => (entry && id === '\0entry' ? id : null),
    load: (id) => (entry && id === '\0entry' ? entry : null),
    transform(code, id) {
      for (const [suffix, to] of Object.entries(swaps))
        if (id.endsWith(suffix)) {
          if (typeof to === 'string') return to;
          const edited = code.replace(to[0], to[1]);
          if (edited === code) throw new Error(`bench/bytes: the pattern for ${suffix} no longer matches`);
          return edited;
        }
      return null;
    },
  };
  const bundle = await rollup({ ...dropIn, input: entry ? '\0entry' : dropIn.input, plugins: [swap, ...dropIn.plugins], onwarn() {} });
  const { output } = await bundle.generate({ ...dropIn.output, file: undefined });
  await bundle.close();
  return gzip(output[0].code);
}

/** Rows of [part, gzip bytes]; the first row is the whole drop-in. */
export async function whereBytesGo() {
  const whole = await build();
  const rows = [['the whole drop-in', whole]];
  for (const [name, swaps] of PARTS) rows.push([name, whole - (await build(swaps))]);
  for (const [name, entry] of ALONE) rows.push([name, await build({}, entry)]);
  // Not in the drop-in: packs beside the script, loaded once by the pages that need them.
  const pack = (name) => gzip(readFileSync(new URL(`../dist/creatio-cookie-consent.${name}.js`, import.meta.url)));
  const packs = LANGUAGE_PACKS.map((lang) => [lang, pack(lang)]);
  rows.push([`pack: a language, loaded only in it (${packs.map(([l, b]) => `${l} ${b}`).join(', ')})`, Math.max(...packs.map(([, b]) => b))]);
  rows.push(["pack: the preferences' cookie lists (Creatio's cookie table) and styles, loaded when they first open", pack('preferences')]);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await whereBytesGo();
  console.log(['| part of the drop-in | gzip (B) |', '| --- | ---: |', ...rows.map(([n, b]) => `| ${n} | ${b} |`)].join('\n'));
}
