// A phone's notch, rounded corners and home indicator, where the page asks for the whole screen
// (`viewport-fit=cover`, as many do): the screen's safe area, as Chromium takes it from DevTools
// (`Emulation.setSafeAreaInsetsOverride`, what it is given on an iPhone). The banner's text and
// buttons, the settings button and the preferences stay inside it. Firefox and WebKit have no such
// override.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/ensure-browsers.mjs';
import { element, servePages } from './serve-pages.mjs';

let browser;
let server;
before(async () => {
  browser = await launchChromium();
  server = await servePages(
    (url) =>
      url.pathname === '/' &&
      `<!doctype html><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><title>Safe area</title><script src="/dist/creatio-cookie-consent.js"></script><body><creatio-cookie-consent settings-button></creatio-cookie-consent></body>`,
  );
});
after(async () => {
  await browser?.close();
  server?.close();
});

// An iPhone 14's: upright, the status bar and the Dynamic Island above, the home indicator below;
// turned, the notch and the rounded corners at both sides.
const phones = [
  ['upright', 390, 844, { top: 47, bottom: 34, left: 0, right: 0 }],
  ['turned', 844, 390, { top: 0, bottom: 21, left: 47, right: 47 }],
];

/** A fresh page of `width` × `height` with `insets` as its safe area, the element rendered. */
async function phone(width, height, insets) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width, height, isMobile: true, hasTouch: true });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setSafeAreaInsetsOverride', { insets });
  await tab.goto(`http://127.0.0.1:${server.port}/`);
  await element(tab);
  // The override is what the page sees, or the test would prove nothing.
  assert.equal(await tab.evaluate(() => ((probe) => (document.body.append(probe), getComputedStyle(probe).paddingBottom))(Object.assign(document.createElement('div'), { style: 'padding-bottom: env(safe-area-inset-bottom)' }))), `${insets.bottom}px`);
  return { tab, close: () => context.close() };
}

/** The boxes of what `selector` finds in the element's shadow root, as [part, left, top, right, bottom]. */
const boxes = (tab, selector) =>
  tab.evaluate(
    (selector) =>
      [...document.querySelector('creatio-cookie-consent').shadowRoot.querySelectorAll(selector)].map((node) => {
        const box = node.getBoundingClientRect();
        return [node.getAttribute('part') ?? node.localName, box.left, box.top, box.right, box.bottom];
      }),
    selector,
  );

/** Each box inside the safe area of a `width` × `height` screen. */
function inside(found, width, height, { top, bottom, left, right }) {
  assert.ok(found.length > 0, 'something to look at');
  for (const [part, l, t, r, b] of found)
    assert.deepEqual([part, l >= left, t >= top, r <= width - right, b <= height - bottom], [part, true, true, true, true], `${part} at ${[l, t, r, b].map(Math.round)}`);
}

for (const [name, width, height, insets] of phones) {
  test(`the banner's text and buttons are inside the screen's safe area (${name})`, async () => {
    const { tab, close } = await phone(width, height, insets);
    await tab.waitForFunction(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('[part~="banner"] [part~="accept"]'));
    inside(await boxes(tab, '[part~="banner"] [part~="message"], [part~="banner"] button'), width, height, insets);
    // Moved to the top edge, out of the way of what has focus on the page (the modal controller
    // toggles the attribute), it keeps clear of the status bar.
    await tab.evaluate(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('[part~="banner"]').toggleAttribute('data-top'));
    inside(await boxes(tab, '[part~="banner"] [part~="message"], [part~="banner"] button'), width, height, insets);
    await close();
  });

  test(`the settings button and the open preferences are inside the screen's safe area (${name})`, async () => {
    const { tab, close } = await phone(width, height, insets);
    await tab.evaluate(() => document.querySelector('creatio-cookie-consent').rejectAll());
    await tab.waitForFunction(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('[part~="settings-button"]'));
    inside(await boxes(tab, '[part~="settings-button"]'), width, height, insets);
    await tab.evaluate(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('[part~="settings-button"]').toggleAttribute('data-top'));
    inside(await boxes(tab, '[part~="settings-button"]'), width, height, insets);
    await tab.evaluate(() => document.querySelector('creatio-cookie-consent').showPreferences());
    await tab.waitForFunction(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('dialog[open] table'));
    inside(await boxes(tab, 'dialog'), width, height, insets);
    await close();
  });
}
