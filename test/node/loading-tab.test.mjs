// A tab still loading (a heavy application, a slow third party holding its load event back) when the
// visitor withdraws in another tab: its tags go on acting while it loads, so the withdrawal must
// hold there at once, not once the page has loaded and the watchers have come.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, launchFirefox } from '../../scripts/ensure-browsers.mjs';
import { element, servePages } from './serve-pages.mjs';

const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loading</title><script src="/dist/creatio-cookie-consent.js"></script><script>window.dataLayer = window.dataLayer || [];</script>';
const pages = {
  '/decide': () => `${head}</head><body><creatio-cookie-consent></creatio-cookie-consent></body></html>`,
  // Its load waits 20 s for the image.
  '/loading': () => `${head}</head><body><creatio-cookie-consent></creatio-cookie-consent><img src="/slow?ms=20000" alt=""></body></html>`,
};

let server;
before(async () => (server = await servePages((url) => pages[url.pathname]?.())));
after(() => server?.close());

// What a tag acting now meets: Consent Mode's last word, whether a `_ga` it writes is kept.
const tagNow = (tab) =>
  tab.evaluate(() => {
    document.cookie = '_ga=GA1.1.loading; path=/';
    return {
      loading: document.readyState !== 'complete',
      analytics: dataLayer.filter((args) => args[0] === 'consent').at(-1)[2].analytics_storage,
      ga: document.cookie.includes('_ga='),
    };
  });

for (const [name, launch] of [
  ['Chromium', launchChromium],
  ['Firefox', launchFirefox],
])
  test(`${name}: a withdrawal in another tab holds at once in a tab still loading`, async () => {
    const browser = await launch();
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const decide = await browser.newPage();
      await decide.goto(`${base}/decide`);
      await element(decide);
      await decide.evaluate(() => document.querySelector('creatio-cookie-consent').acceptAll());
      const loading = await browser.newPage();
      await loading.goto(`${base}/loading`, { waitUntil: 'domcontentloaded' });
      await loading.waitForFunction(() => dataLayer.some((args) => args[0] === 'consent' && args[1] === 'update'), { timeout: 10000 });
      assert.deepEqual(await tagNow(loading), { loading: true, analytics: 'granted', ga: true }, 'the stored grant applies while the page loads');
      await decide.evaluate(() => document.querySelector('creatio-cookie-consent').reset());
      // The browser reports the change within milliseconds; half a second is the bound.
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(await tagNow(loading), { loading: true, analytics: 'denied', ga: false });
    } finally {
      await browser.close();
    }
  });
