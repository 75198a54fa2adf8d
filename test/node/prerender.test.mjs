// A page Chromium prerenders (Speculation Rules; Chrome does the same from the address bar) reads the
// decision while the visitor is still on the page before it, and is shown later. A decision or a
// withdrawal made in between must hold on it from the moment it is shown: its tags act then, on
// `prerenderingchange`. Firefox does not prerender.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/ensure-browsers.mjs';
import { element, servePages } from './serve-pages.mjs';

const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prerendered</title><script src="/dist/creatio-cookie-consent.js"></script>';
const rules = '<script type="speculationrules">{"prerender":[{"source":"list","urls":["/next"],"eagerness":"immediate"}]}</script>';
// What the next page tells the server: its decision as read while prerendered, then, when shown,
// what a tag acting at that moment meets (Consent Mode's last word, whether its `_ga` is kept, the
// change events told so far).
const tag = `<script>
window.dataLayer = window.dataLayer || [];
const report = (what) => fetch('/report?' + new URLSearchParams({ what: JSON.stringify(what) }));
const told = [];
addEventListener('creatio-consent-change', (event) => told.push(event.detail.cause));
addEventListener('creatio-consent-ready', (event) => document.prerendering && report({ prerendered: event.detail.categories.analytical }));
document.addEventListener('prerenderingchange', () => {
  document.cookie = '_ga=GA1.1.shown; path=/';
  report({
    activated: performance.getEntriesByType('navigation')[0].activationStart > 0,
    analytics: dataLayer.filter((args) => args[0] === 'consent').at(-1)[2].analytics_storage,
    ga: document.cookie.includes('_ga='),
    told,
  });
});
</script>`;
const body = '<body><creatio-cookie-consent></creatio-cookie-consent><a id="next" href="/next">Next</a></body></html>';
let reports = [];
const pages = {
  '/start': () => `${head}</head>${body}`,
  '/prerendering': () => `${head}${rules}</head>${body}`,
  // The files the core loads come late here, as over a slow network: the watchers have not come when it is shown.
  '/next': () => `${head.replace('/dist/', '/dist-slow/')}${tag}</head><body><creatio-cookie-consent></creatio-cookie-consent></body></html>`,
  '/report': (url) => (reports.push(JSON.parse(url.searchParams.get('what'))), ''),
};

let server;
before(async () => (server = await servePages((url) => pages[url.pathname]?.(url))));
after(() => server?.close());

const reported = async (key) => {
  for (let i = 0; i < 500; i++) {
    const found = reports.find((report) => key in report);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail(`the next page never reported ${key}: ${JSON.stringify(reports)}`);
};

// With the Cookie Store (127.0.0.1 is a secure context), and without it (plain http on a mapped
// host): a change the store reports did not reach the prerendered page in time for a withdrawal.
for (const [host, store] of [
  ['127.0.0.1', 'with the Cookie Store'],
  ['app.example.test', 'on http, without it'],
])
  for (const [change, first, then, expected] of [
    ['a decision', null, 'acceptAll', { analytics: 'granted', ga: true, told: ['other-tab'] }],
    ['a withdrawal', 'acceptAll', 'reset', { analytics: 'denied', ga: false, told: ['other-tab'] }],
  ])
    test(`Chromium, ${store}: a page prerendered before ${change} on the page before it shows with it`, async () => {
      reports = [];
      const browser = await launchChromium();
      try {
        const tab = await browser.newPage();
        const base = `http://${host}:${server.port}`;
        if (first) {
          await tab.goto(`${base}/start`);
          await element(tab);
          await tab.evaluate((method) => document.querySelector('creatio-cookie-consent')[method](), first);
        }
        await tab.goto(`${base}/prerendering`);
        await element(tab);
        // The next page has read the old decision, prerendered, before the visitor changes it here.
        assert.deepEqual(await reported('prerendered'), { prerendered: !!first });
        await tab.evaluate((method) => document.querySelector('creatio-cookie-consent')[method](), then);
        await tab.evaluate(() => document.getElementById('next').click());
        const shown = await reported('activated');
        assert.equal(shown.activated, true, 'the page shown was the prerendered one');
        assert.deepEqual({ analytics: shown.analytics, ga: shown.ga, told: shown.told }, expected);
      } finally {
        await browser.close();
      }
    });
