// The protection in WebKit, Safari's engine (WebKitGTK's MiniBrowser, scripts/webkit.mjs): the
// browser suite runs in Chromium and Firefox, and a guard or a read that only those two engines
// accept would leave Safari's visitors unprotected. A visit from first page to withdrawal.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { launchWebKit } from '../../scripts/webkit.mjs';
import { element, servePages } from './serve-pages.mjs';

// The page's first tag writes Google Analytics' cookies by every path a tag has, right after the
// core, whose tag carries the page's configuration (so a stored decision answers them at once).
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>WebKit</title>
<script src="/dist/creatio-cookie-consent.js" data-categories="functional analytical"></script>
<script>
  window.errors = [];
  addEventListener('error', (event) => errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  window.changes = [];
  addEventListener('creatio-consent-change', (event) => changes.push(event.detail.cause));
  document.cookie = '_ga=GA1.1.tag; path=/';
  Object.getOwnPropertyDescriptor(Document.prototype, 'cookie').set.call(document, '_ga_TAG=GS1.1.proto; path=/');
  document.cookie = 'other=1; path=/';
</script></head><body><creatio-cookie-consent></creatio-cookie-consent>
<iframe title="A same-origin frame whose own script writes _ga" srcdoc="<script>document.cookie = '_ga=GA1.1.frame; path=/'; parent.frameWrote = true;</script>"></iframe>
</body></html>`;

// The same under a strict policy, as Creatio's and the demo's are: nonces, Trusted Types.
const NONCE = 'webkit-0451';
const strict = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>WebKit, strict CSP</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'nonce-${NONCE}'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types creatio-cookie-consent lit-html">
<script nonce="${NONCE}">
  window.violations = [];
  addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
</script>
<script src="/dist/creatio-cookie-consent.js" nonce="${NONCE}"></script>
</head><body><creatio-cookie-consent></creatio-cookie-consent>
<script type="text/plain" data-consent-category="analytical" nonce="${NONCE}">(window.ran ??= []).push('gated');</script>
</body></html>`;

// Another page of the site, without the product (a sibling host, an older section): it writes GA's
// cookies on the parent domain, where every host of the site sends them.
const plant = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Elsewhere on the site</title></head><body><script>
  document.cookie = '_ga=GA1.1.sibling; domain=example.test; path=/';
  document.cookie = '_ga_OLD=GS1.1.sibling; domain=example.test; path=/';
</script></body></html>`;
// A page that keeps the decision on the parent domain, for every host of the site.
const shared = page.replace('data-categories="functional analytical"', 'data-categories="functional analytical" data-cookie-domain="example.test"');

let server;
let tab;
let base;
/** The same server under a host of `example.test`, through the browser's proxy: the cookies' domains are the real thing. */
let at;
before(async () => {
  server = await servePages((url) => ({ '/': page, '/strict': strict, '/plant': plant, '/shared': shared })[url.pathname]);
  base = `http://127.0.0.1:${server.port}/`;
  at = (host, path = '') => `http://${host}.example.test:${server.port}/${path}`;
  // The page server is the browser's HTTP proxy too: it reads the path of the absolute address a
  // proxy is asked for, so every `*.example.test` host reaches it, as a mapped name would.
  tab = await launchWebKit({ proxy: `127.0.0.1:${server.port}` });
});
after(async () => {
  await tab?.close();
  server?.close();
});

const inPage = () =>
  tab.evaluate(() => ({
    jar: document.cookie.split('; ').map((c) => c.split('=')[0]).filter(Boolean).sort(),
    banner: !!document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('[part~="banner"]'),
    consent: dataLayer.filter((args) => args[0] === 'consent').map((args) => `${args[1]}:${args[2].analytics_storage}`),
    changes,
    errors,
  }));
/** The names in the browser's jar, as the server would get them (WebDriver reads it, not the page). */
const jarNames = async () => (await tab.cookies()).map((c) => c.name).sort();

test('WebKit: before a decision, GA writes are dropped by every path a tag has (a frame\'s too), Consent Mode starts denied, the banner asks', async () => {
  await tab.goto(base);
  await element(tab);
  assert.equal(await tab.evaluate(() => typeof window.cookieStore), 'object', 'this WebKit has the Cookie Store API: its writes are tested too');
  await tab.evaluate(() => cookieStore.set('_ga_STORE', 'GS1.1.store'));
  // The frame's write came with its load; anything a guard missed is cleared within 50 ms.
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(await tab.evaluate(() => window.frameWrote), true, "the frame's script ran");
  const seen = await inPage();
  assert.deepEqual(seen.jar, ['other']);
  assert.deepEqual(await jarNames(), ['other']);
  assert.equal(seen.banner, true);
  assert.equal(seen.consent[0], 'default:denied');
  assert.deepEqual(seen.errors, []);
});

test('WebKit: "Accept all" stores the decision for a year, tells the page, and lets GA write', async () => {
  await tab.evaluate(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('[part~="accept"]').click());
  await tab.evaluate(() => (document.cookie = '_ga=GA1.1.granted; path=/'));
  const seen = await inPage();
  assert.deepEqual(seen.jar, ['CookieConscent', '_ga', 'other']);
  assert.equal(seen.banner, false);
  assert.equal(seen.consent.at(-1), 'update:granted');
  assert.deepEqual(seen.changes, ['accept-all']);
  const stored = (await tab.cookies()).find((c) => c.name === 'CookieConscent');
  const days = (stored.expiry * 1000 - Date.now()) / 864e5;
  assert.ok(days > 364 && days <= 365, `kept ${days} days`);
});

test("WebKit: the next page applies the decision to its first tag's writes, without a banner", async () => {
  await tab.deleteCookies();
  await tab.goto(base);
  await element(tab);
  await tab.evaluate(() => document.querySelector('creatio-cookie-consent').acceptAll());
  await tab.goto(base);
  await element(tab);
  const seen = await inPage();
  assert.deepEqual(seen.jar, ['CookieConscent', '_ga', '_ga_TAG', 'other']);
  assert.equal(seen.banner, false);
  assert.deepEqual(seen.consent, ['default:denied', 'update:granted']);
  assert.deepEqual(seen.errors, []);
});

test('WebKit: a withdrawal clears GA and drops its next write, in the page and in the jar the server reads', async () => {
  await tab.evaluate(() => document.querySelector('creatio-cookie-consent').setConsent({ analytical: false }));
  await tab.evaluate(() => (document.cookie = '_ga=GA1.1.again; path=/'));
  await new Promise((resolve) => setTimeout(resolve, 100));
  const seen = await inPage();
  assert.deepEqual(seen.jar, ['CookieConscent', 'other']);
  assert.deepEqual(await jarNames(), ['CookieConscent', 'other']);
  assert.equal(seen.consent.at(-1), 'update:denied');
});

test("WebKit: another tab's decision and withdrawal hold in an open tab at once, told as other-tab", async () => {
  await tab.deleteCookies();
  const first = await tab.currentTab();
  await tab.goto(base);
  await element(tab);
  const second = await tab.openTab();
  await tab.switchTo(second);
  await tab.goto(base);
  await element(tab);
  const tagNow = () =>
    tab.evaluate(() => {
      document.cookie = '_ga=GA1.1.open; path=/';
      return { consent: dataLayer.filter((args) => args[0] === 'consent').at(-1)[2].analytics_storage, ga: document.cookie.includes('_ga='), changes };
    });
  const inOtherTab = async (act) => {
    await tab.evaluate(act);
    await tab.switchTo(first);
    // The browser reports the change within milliseconds; half a second is the bound.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const seen = await tagNow();
    await tab.switchTo(second);
    return seen;
  };
  assert.deepEqual(await inOtherTab(() => document.querySelector('creatio-cookie-consent').acceptAll()), { consent: 'granted', ga: true, changes: ['other-tab'] });
  assert.deepEqual(await inOtherTab(() => document.querySelector('creatio-cookie-consent').reset()), { consent: 'denied', ga: false, changes: ['other-tab', 'other-tab'] });
  await tab.closeTab();
  await tab.switchTo(first);
});

test('WebKit: the keyboard opens the preferences, focus stays in them both ways, and Escape hands it back to the opener', async () => {
  const [ENTER, TAB, SHIFT, ESCAPE] = ['\uE007', '\uE004', '\uE008', '\uE00C'];
  await tab.deleteCookies();
  await tab.goto(base);
  await element(tab);
  // Where focus is in the element's shadow root: the focused button's name, and whether the dialog holds it.
  const focus = () =>
    tab.evaluate(() => {
      const root = document.querySelector('creatio-cookie-consent').shadowRoot;
      const at = root.activeElement;
      return { name: at?.getAttribute('aria-label') || at?.textContent.trim() || at?.localName || null, inDialog: !!at && root.querySelector('dialog').contains(at), open: root.querySelector('dialog').open };
    });
  await tab.evaluate(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('[part~="customize"]').focus());
  await tab.press([ENTER]);
  await tab.waitForFunction(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('dialog').open);
  const seen = new Set();
  for (const held of [[], [SHIFT]])
    for (let i = 0; i < 12; i++) {
      await tab.press([TAB], held);
      const now = await focus();
      assert.equal(now.inDialog, true, `after ${i + 1} ${held.length ? 'Shift+Tab' : 'Tab'}: ${now.name}`);
      seen.add(now.name);
    }
  for (const name of ['Accept all', 'Reject all', 'Save choices']) assert.ok(seen.has(name), `${name} reached: ${[...seen]}`);
  await tab.press([ESCAPE]);
  assert.deepEqual(await focus(), { name: 'Customize', inDialog: false, open: false });
});

test('WebKit: axe finds no WCAG 2.2 AA violation in the banner or the preferences, as WebKit lays them out and colours them', async () => {
  const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await tab.deleteCookies();
  await tab.goto(base);
  await element(tab);
  // Indirect, as a page's script adds it: the page has no CSP.
  await tab.evaluate((source) => (0, eval)(source), axe);
  const violations = () =>
    tab.evaluate(async () => {
      const options = { resultTypes: ['violations'], runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };
      const { violations } = await axe.run(document.querySelector('creatio-cookie-consent'), options);
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  assert.deepEqual(await violations(), [], 'the banner');
  await tab.evaluate(() => document.querySelector('creatio-cookie-consent').showPreferences());
  await tab.waitForFunction(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('dialog').open);
  assert.deepEqual(await violations(), [], 'the preferences');
});

test('WebKit: a damaged decision cookie means asking again, without an error', async () => {
  await tab.deleteCookies();
  await tab.evaluate(() => (document.cookie = 'CookieConscent=%7B%22v%22%3A1%2C%E0; path=/'));
  await tab.goto(base);
  await element(tab);
  const seen = await inPage();
  assert.equal(seen.banner, true);
  assert.deepEqual(seen.consent, ['default:denied']);
  assert.deepEqual(seen.errors, []);
});

test('WebKit: under a strict CSP with Trusted Types, the banner shows, nothing is refused, and a granted gated script runs with its nonce', async () => {
  await tab.deleteCookies();
  await tab.goto(`${base}strict`);
  await element(tab);
  assert.equal(await tab.evaluate(() => typeof trustedTypes), 'object', 'this WebKit enforces Trusted Types');
  assert.equal(await tab.evaluate(() => !!document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('[part~="banner"]')), true);
  assert.equal(await tab.evaluate(() => window.ran ?? 'none'), 'none', 'held until granted');
  await tab.evaluate(() => document.querySelector('creatio-cookie-consent').acceptAll());
  assert.deepEqual(await tab.waitForFunction(() => window.ran), ['gated']);
  assert.deepEqual(await tab.evaluate(() => violations), []);
});

test("WebKit: GA's cookies on the parent domain, from a page of the site without the product, are cleared when a page with it loads", async () => {
  await tab.deleteCookies();
  await tab.goto(at('www', 'plant'));
  assert.deepEqual(await jarNames(), ['_ga', '_ga_OLD'], 'planted on .example.test');
  await tab.goto(at('app'));
  await element(tab);
  // The page's own tag wrote _ga too, host-only: dropped.
  const seen = await inPage();
  assert.deepEqual(seen.jar, ['other']);
  assert.deepEqual(await jarNames(), ['other']);
  await tab.goto(at('www', 'plant'));
  // The control: the page without the product still writes them there (`other` was the app's alone).
  assert.deepEqual(await jarNames(), ['_ga', '_ga_OLD'], 'the sibling writes them again');
});

test('WebKit: a decision kept on the parent domain (cookie-domain) answers for every host of the site', async () => {
  await tab.deleteCookies();
  await tab.goto(at('app', 'shared'));
  await element(tab);
  await tab.evaluate(() => document.querySelector('creatio-cookie-consent').acceptAll());
  const decision = (await tab.cookies()).find((c) => c.name === 'CookieConscent');
  assert.equal(decision.domain, '.example.test');
  await tab.goto(at('www', 'shared'));
  await element(tab);
  const seen = await inPage();
  assert.equal(seen.banner, false, 'no banner on another host');
  assert.deepEqual(seen.consent, ['default:denied', 'update:granted']);
  assert.ok(seen.jar.includes('_ga'), "the first tag's _ga kept under the shared grant");
});
