// Windows High Contrast, as Chromium emulates it (forced-colors: active): a switch that is on must
// look different from one that is off (WCAG 1.4.1, 1.4.11). Screenshots of one switch's box, off
// and then on, must differ.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoInChromium } from './demo-chromium.mjs';

const running = demoInChromium();

for (const theme of ['light', 'dark']) {
  test(`in forced colours (${theme}), a switch that is on does not look like one that is off`, async () => {
    const page = await running.browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: theme }] });
    await page.goto(`http://127.0.0.1:${running.demo.port}/demo/`, { waitUntil: 'load' });
    assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
    await page.waitForFunction(() => customElements.get('creatio-cookie-consent'));
    await page.evaluate(() => document.querySelector('creatio-cookie-consent').showPreferences());
    const toggle = await page.waitForFunction(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('dialog[open] [role="switch"]:not(:disabled)'));
    // The preferences' pack (its styles) is in once the cookie lists are.
    await page.waitForFunction(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('dialog[open] table'));
    const shot = async (on) => {
      await toggle.evaluate((input, wanted) => {
        if (input.checked !== wanted) input.click();
        input.blur();
      }, on);
      await new Promise((r) => setTimeout(r, 100));
      return toggle.screenshot({ encoding: 'base64' });
    };
    const off = await shot(false);
    const on = await shot(true);
    assert.notEqual(on, off, 'on and off are the same picture');
    await page.close();
  });
}
