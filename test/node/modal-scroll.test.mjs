// Scrolling the preferences must not scroll the page behind them: a visitor who reads the cookie
// lists to their end with the wheel or a finger, then closes the dialog, would find the page moved
// (here: to its bottom) and lose their place. Chromium, whose wheel puppeteer drives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoInChromium } from './demo-chromium.mjs';

const running = demoInChromium();

test('the wheel in the open preferences scrolls them, never the page behind', async () => {
  const page = await running.browser.newPage();
  // A short screen, so the preferences scroll; a long page, so it could.
  await page.setViewport({ width: 400, height: 500 });
  await page.goto(`http://127.0.0.1:${running.demo.port}/demo/`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('creatio-cookie-consent'));
  await page.evaluate(() => {
    document.body.style.minHeight = '5000px';
    return document.querySelector('creatio-cookie-consent').showPreferences();
  });
  await page.waitForFunction(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('dialog[open] table'));
  const dialog = () => page.evaluate(() => {
    const d = document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('dialog');
    const r = d.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, top: d.scrollTop, end: d.scrollHeight - d.clientHeight };
  });
  const { x, y, end } = await dialog();
  assert.ok(end > 0, 'the preferences scroll on this screen');
  await page.mouse.move(x, y);
  // Well past the dialog's end: what is left over would chain to the page.
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel({ deltaY: 300 });
    await new Promise((r) => setTimeout(r, 30));
  }
  await new Promise((r) => setTimeout(r, 300));
  assert.equal((await dialog()).top, end, 'the preferences scrolled to their end');
  assert.equal(await page.evaluate(() => scrollY), 0, 'the page behind did not move');
  await page.close();
});
