// A frame of another host of the site (widgets.example.test in a page on app.example.test) writes
// cookies on the site's parent domain, which this page sees: it is looked for every 10 ms while it
// loads, as a same-origin frame is (a frame of another site, which writes only its own site's
// cookies, is not: test/cookies/frame-looks.test.ts). Under real hosts, each browser mapping
// *.example.test to loopback, so that the parent domain is the browser's own.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, FIREFOX } from '../../scripts/ensure-browsers.mjs';
import { servePages } from './serve-pages.mjs';

const HOSTS = ['app.example.test', 'widgets.example.test'];
let server;
let port;
// The widget writes _ga on the parent domain 300 ms in, past what the page's start looks at, and
// holds its own load (so the page's, so a returning visitor's interface and watchers) back for a
// second with a slow image: only the looks while it loads can clear the write before that.
const widget = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widget</title></head><body><script>
  setTimeout(() => (document.cookie = '_ga=GA1.1.widget; domain=example.test; path=/'), 300);
</script><img alt="" src="/slow?ms=1000"></body></html>`;
// The page watches its jar every few ms for 900 ms from its start, before the widget can have
// loaded (Firefox holds a frame's messages back while the page loads: the page cannot be told):
// for how long it saw _ga, and whether _ga is there at the end. `?core=0`: the same page without
// the product, the control (the write happens, and shows on the page).
const page = (core) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A sibling's frame</title>
${core ? '<script src="/dist/creatio-cookie-consent.js"></script>' : ''}</head><body><creatio-cookie-consent></creatio-cookie-consent>
<script>
  window.seen = new Promise((resolve) => {
    let first = null;
    let last = null;
    (function look() {
      const now = performance.now();
      if (document.cookie.includes('_ga=')) (first ??= now), (last = now);
      if (now > 900) return resolve({ shown: first === null ? 0 : Math.round(last - first), atEnd: document.cookie.includes('_ga=') });
      setTimeout(look, 2);
    })();
  });
</script>
<iframe title="A widget of the site" src="http://${HOSTS[1]}:${port}/widget"></iframe></body></html>`;

before(async () => ({ port } = server = await servePages((url) => ({ '/': page(url.searchParams.get('core') !== '0'), '/widget': widget })[url.pathname])));
after(() => server?.close());

const browsers = {
  chromium: () =>
    puppeteer.launch({
      executablePath: process.env.CHROME_PATH || CHROMIUM,
      args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--host-resolver-rules=MAP *.example.test 127.0.0.1'],
    }),
  firefox: () => puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: { 'network.dns.localDomains': HOSTS.join(',') } }),
};

for (const [name, launch] of Object.entries(browsers))
  test(`${name}: a frame of another host of the site writing _ga on the parent domain while it loads: gone within 50 ms, while the frame still loads`, { skip: name === 'firefox' && !FIREFOX }, async () => {
    const browser = await launch();
    try {
      const control = await (await browser.createBrowserContext()).newPage();
      await control.goto(`http://${HOSTS[0]}:${port}/?core=0`, { waitUntil: 'domcontentloaded' });
      assert.deepEqual((await control.evaluate(() => window.seen)).atEnd, true, 'without the product the widget\'s _ga is on the page');
      // A returning visitor, who refused.
      const tab = await (await browser.createBrowserContext()).newPage();
      await tab.goto(`http://${HOSTS[0]}:${port}/`, { waitUntil: 'load' });
      await tab.waitForFunction(() => customElements.get('creatio-cookie-consent'), { timeout: 10000 });
      await tab.evaluate(() => document.querySelector('creatio-cookie-consent').rejectAll());
      await tab.goto(`http://${HOSTS[0]}:${port}/`, { waitUntil: 'domcontentloaded' });
      const { shown, atEnd } = await tab.evaluate(() => window.seen);
      assert.equal(atEnd, false, 'gone 900 ms in, while the widget still loads');
      assert.ok(shown < 50, `on the page for ${shown} ms`);
    } finally {
      await browser.close();
    }
  });
