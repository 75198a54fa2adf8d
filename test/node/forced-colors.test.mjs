// Windows High Contrast (forced-colors: active), as Chromium emulates it and as Firefox forces the
// page's colours when told to use the user's own: a switch that is on must look different from one
// that is off (WCAG 1.4.1, 1.4.11). Screenshots of one switch's box, off and then on, must differ.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { launchFirefox } from '../../scripts/ensure-browsers.mjs';
import { demoInChromium } from './demo-chromium.mjs';

const running = demoInChromium();
const firefoxes = [];
after(() => Promise.all(firefoxes.map((browser) => browser.close())));

/** A page in forced colours and `theme`: Chromium's emulation, or a Firefox told to use the user's colours (the demo server is Chromium's). */
async function forcedPage(browserName, theme) {
  if (browserName === 'chromium') {
    const page = await running.browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: theme }] });
    return page;
  }
  // Forcing colours, Firefox takes the scheme from the colours it forces: a dark theme is one of
  // light text on black.
  const firefox = await launchFirefox({
    'browser.display.document_color_use': 2,
    'browser.display.use_system_colors': false,
    'browser.display.background_color': theme === 'dark' ? '#000000' : '#ffffff',
    'browser.display.foreground_color': theme === 'dark' ? '#ffffff' : '#000000',
  });
  firefoxes.push(firefox);
  return firefox.newPage();
}

for (const browserName of ['chromium', 'firefox'])
  for (const theme of ['light', 'dark']) {
    test(`in forced colours (${browserName}, ${theme}), a switch that is on does not look like one that is off`, async () => {
      const page = await forcedPage(browserName, theme);
      await page.goto(`http://127.0.0.1:${running.demo.port}/demo/`, { waitUntil: 'load' });
      assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
      assert.ok(await page.evaluate((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, theme));
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
