// Forgetting the decision (`reset()`, the demo's "Forget my decision") on a plain-http page, as an
// administrator tries the product on http://localhost: nothing in the console. Firefox reports
// each cookie write it rejects there as an error (a page-side test cannot see those messages);
// a deletion of the partitioned copy, which only https can hold, was one.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemo } from '../../demo/server.mjs';
import { launchChromium, launchFirefox } from '../../scripts/ensure-browsers.mjs';

let demo;
before(async () => (demo = await startDemo()));
after(() => demo?.close());

for (const [name, launch] of [
  ['Chromium', launchChromium],
  ['Firefox', launchFirefox],
])
  test(`${name}, http: deciding, withdrawing and forgetting say nothing in the console`, async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const said = [];
      page.on('pageerror', (error) => said.push(`uncaught: ${error.message}`));
      page.on('console', (message) => ['warn', 'warning', 'error'].includes(message.type()) && said.push(`${message.type()}: ${message.text()}`));
      await page.goto(`http://localhost:${demo.port}/`, { waitUntil: 'load' });
      const click = (part) =>
        page.evaluate((p) => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector(`[part~="${p}"]`).click(), part);
      await page.waitForFunction(() => document.querySelector('creatio-cookie-consent')?.shadowRoot?.querySelector('[part~="banner"] [part~="accept"]'));
      await click('accept');
      await page.waitForFunction(() => document.cookie.includes('CookieConscent='));
      await page.evaluate(() => document.querySelector('creatio-cookie-consent').showPreferences());
      await page.evaluate(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('dialog [part~="reject"]').click());
      await page.waitForFunction(() => document.querySelector('creatio-cookie-consent').consent?.categories.analytical === false);
      await page.evaluate(() => document.querySelector('creatio-cookie-consent').reset());
      await page.waitForFunction(() => !document.cookie.includes('CookieConscent='));
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(said, []);
    } finally {
      await browser.close();
    }
  });
