// Where the drop-in's bytes go: the drop-in is built again with one part taken out (its module
// replaced by a stub exporting the same names), and the gzip difference is what that part costs.
// The two libraries are measured alone, in a build of their own. gzip works across the whole file,
// so the parts do not add up to the total exactly.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import configs, { MARK } from '../rollup.config.mjs';

const [core, ui] = configs;
const vendors = configs.at(-1);
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const LANGUAGES = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'uk', 'ar'];

/** Parts of the core and of the interface: each file (by the end of its path) and what it is replaced with. */
const CORE_PARTS = [
  ['finding gated scripts and frames (running them is deferred)', { 'src/integrations/script-gate.ts': "export const GATED = 'x'; export const takeGated = () => []; export const alive = () => []; export const watchInserted = (found) => (root) => found(root);" }],
  ["Creatio's strictly necessary names", { 'src/consent/catalogue.ts': 'export const NECESSARY_PATTERNS = []; export const CREATIO_NAMES = [];' }],
  ['clearing on every domain and path', { 'src/cookies/clear.ts': 'export const clearCookies = () => ({ removed: [], remaining: [] }); export const visibleNames = () => [];' }],
  ['write guard (document.cookie, cookieStore, Storage setItem)', { 'src/cookies/guard.ts': 'export const guardRealm = () => {};' }],
  ['Google Consent Mode', { 'src/integrations/consent-mode.ts': 'export const consentDefault = () => {}; export const consentUpdate = () => {}; export const consentModeState = () => ({});' }],
  ['record codec', { 'src/consent/record.ts': 'export const FORMAT = 1; export const decodeRecord = () => null; export const encodeRecord = JSON.stringify; export const randomId = () => ""; export const CONSENT_COOKIE = "CookieConscent"; export const COMPANION_COOKIE = "__Host-CookieConscent"; export const OWN_KEYS = "creatio-cookie-consent:"; export const frozen = (r) => r;' }],
  ['guarding same-origin frames', { 'src/cookies/frames.ts': "export const RUNTIME = Symbol.for('creatio-cookie-consent'); export const FRAMES = 'x'; export const frameGuard = () => () => {}; export const rootsToWatch = (win) => (watch) => watch(win.document);" }],
];
const UI_PARTS = [
  ['English texts', { 'src/i18n/en.ts': 'export default {};' }],
  ['styles', { 'src/element/styles.ts': "import { css } from '@lit/reactive-element'; export const styles = css``;" }],
  ['making and writing the decision (its rule, js-cookie and what uses them)', { 'src/cookies/store.ts': "export const recordStore = { decision() {}, write() {}, erase() {}, id: () => '' };" }],
  ['preferences dialog (without its cookie lists)', { 'src/element/dialog.ts': "export const dialogContent = () => '';" }],
];

const ALONE = [
  ['Lit (ReactiveElement and lit-html, a one-property element), alone', "import { ReactiveElement } from '@lit/reactive-element'; import { html, render } from 'lit-html'; class E extends ReactiveElement { static properties = { a: {} }; update(c) { const v = html`<p>${this.a}</p>`; super.update(c); render(v, this.renderRoot, { host: this }); } } customElements.define('x-e', E);"],
  ['js-cookie, alone', "import Cookies from 'js-cookie'; window.Cookies = Cookies;"],
];

/** Builds the drop-in with module sources swapped; a swap that replaces nothing is an error (a part renamed or gone would count 0 B). Resolves to its code. */
export async function buildCode(config, swaps = {}, entry = null) {
  const unused = new Set(Object.keys(swaps));
  const swap = {
    name: 'swap',
    resolveId: (id) => (entry && id === '\0entry' ? id : null),
    load: (id) => (entry && id === '\0entry' ? entry : null),
    transform(code, id) {
      const suffix = [...unused].find((s) => id.endsWith(s));
      if (!suffix) return null;
      unused.delete(suffix);
      return swaps[suffix];
    },
  };
  const bundle = await rollup({ ...config, input: entry ? '\0entry' : config.input, plugins: [swap, ...config.plugins], onwarn() {} });
  const { output } = await bundle.generate({ ...config.output, file: undefined, dir: undefined, format: config === ui ? 'es' : 'iife', inlineDynamicImports: false });
  await bundle.close();
  if (unused.size) throw new Error(`bench/bytes: nothing in the build is ${[...unused].join(', ')}`);
  // With the address the build gave its files in place of the mark (rollup.config.mjs), as in dist/.
  return output.find((o) => o.isEntry).code.replaceAll(MARK, address());
}

/** The address of the files in dist/, once built: a hash of them all, which a build in memory cannot know. */
const address = () => readFileSync(new URL('../dist/creatio-cookie-consent.js', import.meta.url), 'utf8').match(/\?v=\w+/)?.[0] ?? MARK;

const build = async (...args) => gzip(await buildCode(...args));

/**
 * The core with every definition it has but its start never called: what evaluating a core of this
 * size costs before it does anything (the benchmark's floor for a returning visitor).
 */
export const unstartedCore = (readJar = false) =>
  buildCode(core, {
    'src/drop-in.ts':
      "import { startCore } from './core.js'; import { beside } from './lazy.drop-in.js'; window.__unstarted = [startCore, beside];" +
      // `readJar`: and then the one thing any consent manager does on every page, reading the decision.
      (readJar ? READ_JAR : ''),
  });

/** Reading the jar as the core reads it: without blocking where the Cookie Store API exists. */
export const READ_JAR = ' if (window.cookieStore) void cookieStore.getAll(); else void document.cookie;';

/** Rows of [part, gzip bytes]: the core and its parts, the interface and its parts, the packs. */
export async function whereBytesGo() {
  const wholeCore = await build(core);
  const wholeUi = await build(ui);
  const rows = [['the core (creatio-cookie-consent.js): every page, at once', wholeCore]];
  for (const [name, swaps] of CORE_PARTS) rows.push([`core: ${name}`, wholeCore - (await build(core, swaps))]);
  rows.push(["the vendors' drop-in (creatio-cookie-consent.vendors.js): the core with Clarity, UET, Meta Pixel and Matomo, instead of it on pages that name them", await build(vendors)]);
  rows.push(['the interface (creatio-cookie-consent.ui.js): a banner, a settings request, else after load', wholeUi]);
  for (const [name, swaps] of UI_PARTS) rows.push([`interface: ${name}`, wholeUi - (await build(ui, swaps))]);
  for (const [name, entry] of ALONE) rows.push([name, await build(ui, {}, entry)]);
  // Packs beside them, loaded once by the pages that need them.
  const pack = (name) => gzip(readFileSync(new URL(`../dist/creatio-cookie-consent.${name}.js`, import.meta.url)));
  const packs = LANGUAGES.map((lang) => [lang, pack(lang)]);
  rows.push(['deferred: watching the jar, other tabs, storage and Consent Mode after load, receipts, running gated scripts, what the console tells an administrator', pack('deferred')]);
  rows.push([`pack: a language, loaded only in it (${packs.map(([l, b]) => `${l} ${b}`).join(', ')})`, Math.max(...packs.map(([, b]) => b))]);
  rows.push(["pack: the preferences' cookie lists (Creatio's cookie table), styles and English descriptions, loaded when they first open", pack('preferences')]);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await whereBytesGo();
  console.log(['| part | gzip (B) |', '| --- | ---: |', ...rows.map(([n, b]) => `| ${n} | ${b} |`)].join('\n'));
}
