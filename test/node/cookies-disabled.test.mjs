// A visitor whose browser blocks every cookie (Chromium's "Block all cookies", Firefox's
// network.cookie.cookieBehavior = 2; SPEC §7: no exception, ever, with cookies disabled). Nothing
// can be stored, so each page asks again; but the page's decision must hold on that page, its
// receipt must still reach `consent-url` (the record of consent is all there is), and nothing may
// throw or fill the console. Storage and Web Locks refuse such a page too, and Firefox's
// cookieStore answers with undefined instead of a list: a page-side imitation (document.cookie
// replaced, no cookieStore), which this replaces, showed neither.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startDemo } from '../../demo/server.mjs';
import { launchChromium, launchFirefox } from '../../scripts/ensure-browsers.mjs';

const TOKEN = 'cookies-disabled-test';
let demo;
before(async () => (demo = await startDemo({ ADMIN_TOKEN: TOKEN })));
after(() => demo?.close());

/** Chromium's "Block all cookies" is a profile setting: a profile that has it. */
async function chromiumWithoutCookies() {
  const dir = mkdtempSync(join(tmpdir(), 'ccc-no-cookies-'));
  mkdirSync(join(dir, 'Default'));
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
  const browser = await launchChromium({ userDataDir: dir });
  return { browser, close: async () => (await browser.close(), rmSync(dir, { recursive: true, force: true })) };
}

async function firefoxWithoutCookies() {
  const browser = await launchFirefox({ 'network.cookie.cookieBehavior': 2 });
  return { browser, close: () => browser.close() };
}

/** What the consent-log stored of one decision, once there is something or after 5 s (as an auditor exports it). */
async function storedOf(consentId) {
  const url = `http://127.0.0.1:${demo.port}/api/consent/receipts?consentId=${consentId}`;
  const read = async () => (await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
  let rows = await read();
  for (const until = Date.now() + 5000; !rows.length && Date.now() < until; rows = await read()) await new Promise((r) => setTimeout(r, 50));
  return rows;
}

const banner = (page) =>
  page.waitForFunction(() => document.querySelector('creatio-cookie-consent')?.shadowRoot?.querySelector('[part~="banner"] button'), { timeout: 10_000 });

for (const [name, launch] of [
  ['Chromium', chromiumWithoutCookies],
  ['Firefox', firefoxWithoutCookies],
]) {
  test(`${name} blocking every cookie: the decision holds on its page, its receipt is sent, nothing throws or warns`, async () => {
    const { browser, close } = await launch();
    try {
      const page = await browser.newPage();
      const said = [];
      page.on('pageerror', (error) => said.push(`uncaught: ${error.message}`));
      page.on('console', (message) => ['warn', 'warning', 'error'].includes(message.type()) && said.push(`${message.type()}: ${message.text()}`));
      await page.evaluateOnNewDocument(() => {
        window.__ready = [];
        addEventListener('creatio-consent-ready', (event) => window.__ready.push(event.detail.decided));
      });

      await page.goto(`http://127.0.0.1:${demo.port}/demo/`, { waitUntil: 'load' });
      assert.equal(await page.evaluate(() => document.cookie), '', 'the browser stores no cookie here');
      await banner(page);
      assert.deepEqual(await page.evaluate(() => window.__ready), [false]);
      await page.evaluate(() =>
        [...document.querySelector('creatio-cookie-consent').shadowRoot.querySelectorAll('[part~="banner"] button')].find((b) => b.textContent.trim() === 'Accept all').click(),
      );
      // Past the deferred file's coming and two of its one-second looks at a jar that stays empty.
      await page.waitForFunction(() => window.__ready && document.readyState === 'complete', { timeout: 5_000 });
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const { id, ...after } = await page.evaluate(() => {
        const el = document.querySelector('creatio-cookie-consent');
        const updates = window.dataLayer.filter((entry) => entry[0] === 'consent' && entry[1] === 'update');
        return { id: el.consent?.id, consent: el.consent?.categories ?? null, banner: !!el.shadowRoot.querySelector('[part~="banner"]'), update: updates.at(-1)?.[2]?.analytics_storage };
      });
      assert.deepEqual(after, { consent: { necessary: true, functional: true, analytical: true }, banner: false, update: 'granted' }, 'the decision holds on its page');
      // What an auditor has: the record of consent, though the browser kept nothing.
      const rows = await storedOf(id);
      assert.deepEqual(rows.map((r) => [r.cause, r.categories.analytical]), [['accept-all', true]], 'one receipt, sent from the page that decided');

      // Nothing could be stored: the next page asks again.
      await page.reload({ waitUntil: 'load' });
      await banner(page);
      assert.deepEqual(await page.evaluate(() => window.__ready), [false]);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      assert.deepEqual(said, [], 'the console');
    } finally {
      await close();
    }
  });
}
