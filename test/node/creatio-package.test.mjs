// The Creatio package `npm run build` writes (dist/creatio/UsrCookieConsent): complete, valid, and
// working in a real Chromium as Creatio runs it — the Classic UI bootstrap loaded through RequireJS
// (twice, adding the consent manager once), and the Freedom UI client module defined through
// RequireJS with the real @creatio-devkit/common supplied as its dependency, registering its view
// element with the devkit's registry and placing the consent manager when Freedom UI renders it.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeCreatioPackage } from '../../scripts/creatio-package.mjs';
import { launchChromium } from '../../scripts/ensure-browsers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const PKG = join(root, 'dist', 'creatio', 'UsrCookieConsent');
const FILES_URL = '/0/Terrasoft.Configuration/Pkg/UsrCookieConsent/Files/';
// Listed here, not with the script's own dropInFiles(): the test checks that list too.
const dropIn = readdirSync(join(root, 'dist')).filter((f) => /^creatio-cookie-consent(\..+)?\.js$/.test(f));

const PAGES = {
  // Classic UI: RequireJS on the page, bootstraps required by URL (Creatio adds a hash; run twice).
  '/classic.html': `<!doctype html><html><head><script src="/vendor/require.js"></script></head><body>
<script src="/classic.js"></script></body></html>`,
  '/classic.js': `window.requireErrors = [];
requirejs.onError = function (e) { window.requireErrors.push(String(e)); };
require(['${FILES_URL}src/js/bootstrap.js?hash=1'], function () {
  require(['${FILES_URL}src/js/bootstrap.js?hash=2'], function () { window.bootstrapsRan = true; });
});`,
  // Freedom UI: the devkit is a dependency RequireJS resolves by name; the page renders the selector.
  // The devkit is the platform's, loaded before RequireJS (its lodash would otherwise call an anonymous define()).
  '/shell.html': `<!doctype html><html><head><script src="/vendor/devkit.js"></script><script src="/vendor/require.js"></script></head><body>
<script src="/shell.js"></script></body></html>`,
  '/shell.js': `window.requireErrors = [];
requirejs.onError = function (e) { window.requireErrors.push(String(e)); };
define('@creatio-devkit/common', [], function () { return window.CreatioDevkit; });
require.config({ paths: { UsrCookieConsentComponent: '${FILES_URL}src/js/UsrCookieConsentComponent' } });
require(['UsrCookieConsentComponent'], function () {
  var info = window.CreatioDevkit.ViewElementRegistry.viewElements.get('usr.CookieConsent');
  window.registered = info && { type: info.type, selector: info.selector };
  document.querySelector('main').appendChild(document.createElement(info.selector));
});`,
};

// Classic UI with markup a user got onto the page (a feed post rendered as HTML): an image whose name
// shadows document.currentScript (DOM clobbering), before RequireJS runs the bootstrap.
PAGES['/classic-clobbered.html'] = PAGES['/classic.html'].replace('<body>', '<body><img name="currentScript" src="/elsewhere/pixel.png" alt="">');

// And a post whose markup keeps an id and an inert script (sanitizers keep both: ids for anchors,
// scripts that do not run for JSON-LD): neither is the consent manager's.
PAGES['/classic-posted.html'] = PAGES['/classic.html'].replace(
  '<body>',
  '<body><article><p id="creatio-cookie-consent-core">A post</p><script type="text/plain" src="/posted/creatio-cookie-consent.js"></script></article>',
);

// And a post that holds the consent manager's element, with a configuration and a policy link of its
// own, which a sanitizer that keeps custom elements let through.
PAGES['/classic-posted-element.html'] = PAGES['/classic.html'].replace(
  '<body>',
  '<body><article><creatio-cookie-consent analytical-cookies="nothing-of-note" policy-url="https://poster.example/privacy"></creatio-cookie-consent></article>',
);

// And a post whose images shadow document.body and document.head (DOM clobbering): appended to
// them, the element would sit inside an image, never rendered.
// Two of each: one image stands in for the element, two make an HTMLCollection, which has no appendChild.
PAGES['/classic-clobbered-body.html'] = PAGES['/classic.html'].replace(
  '<body>',
  '<body><article><img name="body" alt=""><img name="head" alt=""></article><article><img name="body" alt=""><img name="head" alt=""></article>',
);

// A copy of the package whose bootstrap names vendors, served under its own folder.
const VENDORS_PKG = mkdtempSync(join(tmpdir(), 'creatio-vendors-'));
const VENDORS_URL = '/vendors/Files/';
PAGES['/classic-vendors.html'] = PAGES['/classic.html'].replace('/classic.js', '/classic-vendors.js');
PAGES['/classic-vendors.js'] = PAGES['/classic.js'].replaceAll(FILES_URL, VENDORS_URL);

let server;
let browser;
let base;
before(async () => {
  const { dir } = writeCreatioPackage({ out: VENDORS_PKG });
  const bootstrap = join(dir, 'Files/src/js/bootstrap.js');
  const text = readFileSync(bootstrap, 'utf8');
  assert.ok(text.includes("integrations: '',"));
  // And a switch turned off as one would write it: 'false' (a boolean attribute is on when present).
  assert.ok(text.includes('var TEXTS = null;'));
  assert.ok(text.includes("categories: 'functional analytical',"));
  writeFileSync(
    bootstrap,
    text
      .replace("integrations: '',", "integrations: 'matomo meta',")
      .replace("'settings-button': '',", "'settings-button': 'false',")
      // And a list where the configuration gives words, as a developer might write it.
      .replace("categories: 'functional analytical',", "categories: ['functional', 'analytical'], 'analytical-cookies': ['_ga', '_ga_*'],")
      .replace('var TEXTS = null;', "var TEXTS = { acceptAll: 'Agreed', en: { rejectAll: 'No, thanks' }, de: { rejectAll: 'Nein, danke' } };"),
  );
  const devkit = (
    await build({ stdin: { contents: "export * from '@creatio-devkit/common';", resolveDir: root }, bundle: true, format: 'iife', globalName: 'CreatioDevkit', platform: 'browser', write: false, logLevel: 'silent' })
  ).outputFiles[0].text;
  PAGES['/shell.html'] = PAGES['/shell.html'].replace('<body>', '<body><main></main>');
  // A post with the id the component once looked for, two links whose ids and name shadow
  // Terrasoft.workspaceBaseUrl (DOM clobbering) on a page where Creatio has not defined it, and
  // images that shadow document.head and document.body (two named head: an HTMLCollection).
  PAGES['/shell-posted.html'] = PAGES['/shell.html'].replace(
    '<body>',
    '<body><article><p id="creatio-cookie-consent-bootstrap">A post</p><a id="Terrasoft"></a><a id="Terrasoft" name="workspaceBaseUrl" href="/elsewhere/">a link</a><img name="head" alt=""><img name="body" alt=""></article><article><img name="head" alt=""></article>',
  );
  server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const type = { '.js': 'text/javascript', '.html': 'text/html' }[extname(path)] ?? 'application/octet-stream';
    let body = PAGES[path];
    if (path === '/vendor/require.js') body = readFileSync(join(root, 'node_modules/requirejs/require.js'));
    if (path === '/vendor/devkit.js') body = devkit;
    for (const [url, pkg] of [[FILES_URL, PKG], [VENDORS_URL, join(VENDORS_PKG, 'UsrCookieConsent')]])
      if (path.startsWith(url)) {
        const file = join(pkg, 'Files', normalize(path.slice(url.length)));
        if (file.startsWith(join(pkg, 'Files')) && existsSync(file)) body = readFileSync(file);
      }
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': type }).end(body);
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(VENDORS_PKG, { recursive: true, force: true });
});

test('the package folder is complete and its JSON is what Creatio reads', () => {
  const descriptor = JSON.parse(readFileSync(join(PKG, 'descriptor.json'), 'utf8')).Descriptor;
  assert.equal(descriptor.Name, 'UsrCookieConsent');
  assert.equal(descriptor.PackageVersion, version);
  assert.equal(descriptor.Maintainer, 'Customer');
  assert.match(descriptor.UId, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.match(descriptor.ModifiedOnUtc, /^\/Date\(\d+\)\/$/);
  const files = JSON.parse(readFileSync(join(PKG, 'Files', 'descriptor.json'), 'utf8'));
  assert.deepEqual(files, { bootstraps: ['src/js/bootstrap.js'] });
  for (const bootstrap of files.bootstraps) assert.ok(existsSync(join(PKG, 'Files', bootstrap)), bootstrap);
  // Everything the drop-in can load from beside itself, byte for byte.
  const shipped = readdirSync(join(PKG, 'Files/src/js/creatio-cookie-consent', version)).sort();
  assert.deepEqual(shipped, [...dropIn].sort());
  assert.ok(dropIn.length >= 13 && dropIn.includes('creatio-cookie-consent.ui.js'));
  for (const file of dropIn) assert.ok(readFileSync(join(root, 'dist', file)).equals(readFileSync(join(PKG, 'Files/src/js/creatio-cookie-consent', version, file))), file);
  // The configuration is one marked object at the top of the bootstrap.
  const bootstrap = readFileSync(join(PKG, 'Files/src/js/bootstrap.js'), 'utf8');
  assert.ok(bootstrap.indexOf('var CONFIG = {') < bootstrap.indexOf('document.'), 'the configuration comes first');
  assert.doesNotMatch(bootstrap + readFileSync(join(PKG, 'Files/src/js/UsrCookieConsentComponent.js'), 'utf8'), /__PACKAGE__|__VERSION__/);
});

test('name, maintainer and version are settings, and the version is in every file URL', () => {
  const out = mkdtempSync(join(tmpdir(), 'creatio-package-'));
  try {
    const { dir } = writeCreatioPackage({ name: 'UsrAcmeConsent', maintainer: 'Acme', version: '2.1.0', out });
    const descriptor = JSON.parse(readFileSync(join(dir, 'descriptor.json'), 'utf8')).Descriptor;
    assert.deepEqual([descriptor.Name, descriptor.Maintainer, descriptor.PackageVersion], ['UsrAcmeConsent', 'Acme', '2.1.0']);
    assert.ok(existsSync(join(dir, 'Files/src/js/creatio-cookie-consent/2.1.0/creatio-cookie-consent.js')));
    assert.match(readFileSync(join(dir, 'Files/src/js/bootstrap.js'), 'utf8'), /var VERSION = '2\.1\.0';/);
    assert.match(readFileSync(join(dir, 'Files/src/js/UsrCookieConsentComponent.js'), 'utf8'), /Pkg\/UsrAcmeConsent\/Files\/src\/js\/bootstrap\.js\?v=2\.1\.0/);
    assert.throws(() => writeCreatioPackage({ name: 'Usr Consent', out }), /not a Creatio package name/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

/** Opens a page and waits for the consent manager's banner; returns what the page ended with. */
async function open(path, ready) {
  const page = await (await browser.createBrowserContext()).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(ready, { timeout: 10_000 }).catch(async (error) => {
    throw new Error(`${error.message}: ${JSON.stringify({ errors, requireErrors: await page.evaluate(() => window.requireErrors) })}`);
  });
  // Rendered where the visitor can see it: an element inside an image, for one, is not.
  const shown = () => [...document.querySelectorAll('creatio-cookie-consent')].filter((el) => el.shadowRoot?.querySelector('[part~="banner"] [part~="accept"]')?.getClientRects().length);
  await page.waitForFunction(`(${shown})().length > 0`, { timeout: 10_000 });
  const seen = await page.evaluate((shown) => ({
    scripts: [...document.querySelectorAll('script[src*="creatio-cookie-consent."]')].map((s) => s.getAttribute('src')),
    paq: window._paq && [...window._paq],
    fbq: 'fbq' in window,
    elements: document.querySelectorAll('creatio-cookie-consent').length,
    // What the element that shows the banner says (the page's; the only one, but for a post's).
    banners: (0, eval)(shown)().length,
    inBody: (0, eval)(shown)()[0]?.parentElement === document.body,
    policy: (0, eval)(shown)()[0]?.getAttribute('policy-url'),
    settingsButton: (0, eval)(shown)()[0]?.hasAttribute('settings-button'),
    labels: [...((0, eval)(shown)()[0]?.shadowRoot.querySelectorAll('[part~="banner"] button') ?? [])].map((b) => b.textContent.trim()),
    requireErrors: window.requireErrors,
    registered: window.registered,
    // A write the consent manager must refuse before any decision.
    ga: ((document.cookie = '_ga=GA1.1.1.1; path=/'), document.cookie.includes('_ga=')),
  }), `(${shown})`);
  await page.browserContext().close();
  return { ...seen, errors, requested };
}

test('Classic UI: the bootstrap, run twice through RequireJS, adds the script and the element once', async () => {
  const seen = await open('/classic.html', () => window.bootstrapsRan);
  assert.deepEqual(seen.requireErrors, []);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.scripts, [`${base}${FILES_URL}src/js/creatio-cookie-consent/${version}/creatio-cookie-consent.js`]);
  assert.equal(seen.elements, 1);
  assert.ok(seen.inBody);
  assert.equal(seen.policy, '/privacy');
  assert.deepEqual(seen.labels, ['Accept all', 'Reject all', 'Customize']);
  assert.equal(seen.ga, false, 'the protection runs');
  assert.ok(seen.requested.includes(`${FILES_URL}src/js/creatio-cookie-consent/${version}/creatio-cookie-consent.ui.js`), 'the interface comes from the versioned folder');
});

test('Classic UI: an image named currentScript on the page does not move where the drop-in is loaded from', async () => {
  const seen = await open('/classic-clobbered.html', () => window.bootstrapsRan);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.scripts, [`${base}${FILES_URL}src/js/creatio-cookie-consent/${version}/creatio-cookie-consent.js`]);
  assert.deepEqual(seen.requested.filter((path) => path.startsWith('/elsewhere/') && path.endsWith('.js')), [], "nothing loaded from beside the image");
  assert.equal(seen.ga, false, 'the protection runs');
});

test('Classic UI: markup a user posted, with the id or the file name of the script, does not keep the consent manager off the page', async () => {
  const seen = await open('/classic-posted.html', () => window.bootstrapsRan);
  assert.deepEqual(seen.errors, []);
  assert.ok(seen.scripts.includes(`${base}${FILES_URL}src/js/creatio-cookie-consent/${version}/creatio-cookie-consent.js`), 'the bootstrap added the script');
  assert.equal(seen.elements, 1);
  assert.equal(seen.ga, false, 'the protection runs');
});

test('Classic UI: an element a user posted does not stand in for the bootstrap\u2019s: its configuration and policy link are not the page\u2019s', async () => {
  const seen = await open('/classic-posted-element.html', () => window.bootstrapsRan);
  assert.deepEqual(seen.errors, []);
  assert.equal(seen.elements, 2, "the bootstrap's element beside the post's");
  assert.equal(seen.banners, 1);
  assert.equal(seen.policy, '/privacy', "the bootstrap's configuration");
  assert.equal(seen.ga, false, "_ga refused: the post said analytical-cookies=\"nothing-of-note\"");
});

test('Classic UI: images a user posted named body and head do not take the consent manager\u2019s element and script', async () => {
  const seen = await open('/classic-clobbered-body.html', () => window.bootstrapsRan);
  assert.deepEqual(seen.errors, []);
  assert.equal(seen.banners, 1, 'the banner shows');
  assert.equal(seen.ga, false, 'the protection runs');
});

test('Freedom UI: the client module registers usr.CookieConsent with the devkit, and rendering it adds the consent manager once', async () => {
  const seen = await open('/shell.html', () => window.registered);
  assert.deepEqual(seen.requireErrors, []);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.registered, { type: 'usr.CookieConsent', selector: 'usr-cookie-consent' });
  assert.equal(seen.scripts.length, 1);
  assert.equal(seen.elements, 1);
  assert.ok(seen.inBody, 'placed in <body>, outside the page layout that Freedom UI replaces on navigation');
  assert.equal(seen.ga, false);
  assert.ok(seen.requested.includes(`${FILES_URL}src/js/bootstrap.js`), 'the bootstrap holds the one configuration');
});

test('Freedom UI: markup a user posted, with the id the component gives its script, links named like Creatio\u2019s settings or images named body and head, does not keep the consent manager off the page', async () => {
  const seen = await open('/shell-posted.html', () => window.registered);
  assert.deepEqual(seen.errors, []);
  assert.equal(seen.elements, 1);
  assert.equal(seen.banners, 1, 'the banner shows');
  assert.equal(seen.ga, false);
  assert.ok(seen.requested.includes(`${FILES_URL}src/js/bootstrap.js`), 'the bootstrap came from the workspace');
  assert.deepEqual(seen.requested.filter((path) => path.startsWith('/elsewhere/')), [], 'nothing from the link');
});

test('Classic UI: vendors named in the bootstrap load the vendors\u2019 core, which tells them', async () => {
  const seen = await open('/classic-vendors.html', () => window.bootstrapsRan);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.scripts, [`${base}${VENDORS_URL}src/js/creatio-cookie-consent/${version}/creatio-cookie-consent.vendors.js`]);
  assert.deepEqual(seen.paq, [['requireCookieConsent']]);
  assert.equal(seen.settingsButton, false, "'settings-button': 'false' leaves the button off");
  assert.deepEqual(seen.labels, ['Agreed', 'No, thanks', 'Customize'], "the bootstrap's texts, for every language and for the page's");
  assert.equal(seen.fbq, true, "Meta's snippet is awaited");
  assert.equal(seen.ga, false, "_ga refused, with the analytical cookies given as a list");
});
