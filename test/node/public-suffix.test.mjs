// `cookie-domain` on a public suffix (issue 14): `co.uk` on app.example.co.uk passes the
// configuration's check (it is a parent of the host, not a bare TLD), but the browser refuses a
// cookie for it. The decision must still be stored (host-only), or the banner asks on every load.
// Under real hosts: each browser maps *.example.co.uk to loopback and applies its own public suffix
// list, which no page can fake.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, FIREFOX } from '../../scripts/ensure-browsers.mjs';
import { servePages } from './serve-pages.mjs';

const HOSTS = ['app.example.co.uk', 'other.example.co.uk'];
const page = (domain) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Public suffix</title>
<script src="/dist/creatio-cookie-consent.js"></script></head>
<body><creatio-cookie-consent cookie-domain="${domain}"></creatio-cookie-consent></body></html>`;

let server;
let port;
before(async () => ({ port } = server = await servePages((url) => (url.pathname === '/page.html' ? page(url.searchParams.get('domain')) : undefined))));
after(() => server?.close());

const browsers = {
  chromium: () =>
    puppeteer.launch({
      executablePath: process.env.CHROME_PATH || CHROMIUM,
      args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--host-resolver-rules=MAP *.example.co.uk 127.0.0.1'],
    }),
  firefox: () =>
    puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: { 'network.dns.localDomains': HOSTS.join(',') } }),
};

/** The page on `host` with `cookie-domain`, its element defined: the decision it shows and the cookies it sees. */
async function visit(browser, host, domain, act) {
  const tab = await browser.newPage();
  await tab.goto(`http://${host}:${port}/page.html?domain=${domain}`, { waitUntil: 'load' });
  await tab.waitForFunction(() => customElements.get('creatio-cookie-consent'), { timeout: 10000 });
  const seen = await tab.evaluate(async (act) => {
    const el = document.querySelector('creatio-cookie-consent');
    await el.updateComplete;
    if (act) el.acceptAll();
    return { decided: !!el.consent, banner: !!el.shadowRoot.querySelector('[part~="banner"]'), jar: document.cookie };
  }, act);
  await tab.close();
  return seen;
}

for (const [name, launch] of Object.entries(browsers)) {
  test(`${name}: cookie-domain="co.uk" on app.example.co.uk stores the decision host-only; "example.co.uk" shares it`, { skip: name === 'firefox' && !FIREFOX }, async () => {
    const browser = await launch();
    try {
      const made = await visit(browser, HOSTS[0], 'co.uk', true);
      assert.match(made.jar, /CookieConscent=/, 'the decision is stored although the browser refuses Domain=co.uk');
      const again = await visit(browser, HOSTS[0], 'co.uk', false);
      assert.deepEqual([again.decided, again.banner], [true, false], 'the next load knows the decision: no banner');
      // Host-only: a sibling does not see it, and asks.
      assert.deepEqual((await visit(browser, HOSTS[1], 'co.uk', false)).decided, false);

      // The control: a domain the browser accepts is shared with the sibling as configured.
      const context = await browser.createBrowserContext();
      await visit(context, HOSTS[0], 'example.co.uk', true);
      const sibling = await visit(context, HOSTS[1], 'example.co.uk', false);
      assert.deepEqual([sibling.decided, sibling.banner], [true, false], 'shared on example.co.uk');
      await context.close();
    } finally {
      await browser.close();
    }
  });
}
