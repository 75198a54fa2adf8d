// Screenshots of the banner and the preferences for the README, taken in a real Chromium from the
// demo served under its strict Content Security Policy. Prints any console error or CSP violation.
//   node scripts/screenshots.mjs            (after npm run build)
import { mkdirSync } from 'node:fs';
import { startDemo } from '../demo/server.mjs';
import { launchChromium } from './ensure-browsers.mjs';

const demo = await startDemo();
const { port } = demo;
const browser = await launchChromium();
const problems = [];
try {
  mkdirSync('docs', { recursive: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 700 });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  await page.evaluateOnNewDocument(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  await page.goto(`http://app.example.test:${port}/demo/`, { waitUntil: 'load' });
  const el = await page.waitForSelector('creatio-cookie-consent');
  await page.waitForFunction(() => document.querySelector('creatio-cookie-consent').shadowRoot?.querySelector('[part~="banner"]'));
  await page.screenshot({ path: 'docs/banner.png' });
  await page.evaluate((e) => e.showPreferences(), el);
  await page.evaluate((e) => e.shadowRoot.querySelectorAll('details')[2]?.setAttribute('open', ''), el);
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: 'docs/preferences.png' });
  await page.evaluate((e) => e.setAttribute('lang', 'ar'), el);
  await page.evaluate((e) => e.setAttribute('theme', 'dark'), el);
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: 'docs/preferences-ar-dark.png' });
  await page.evaluate((e) => (e.closePreferences(), e.removeAttribute('lang')), el);
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: 'docs/banner-dark.png' });
  // A phone: 375 x 667 CSS px at twice the pixels.
  const phone = await browser.newPage();
  await phone.setViewport({ width: 375, height: 667, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await phone.goto(`http://app.example.test:${port}/demo/`, { waitUntil: 'load' });
  await phone.waitForFunction(() => document.querySelector('creatio-cookie-consent').shadowRoot?.querySelector('[part~="banner"]'));
  await new Promise((r) => setTimeout(r, 300));
  await phone.screenshot({ path: 'docs/banner-phone.png' });
  console.log('wrote docs/banner.png, docs/preferences.png, docs/preferences-ar-dark.png, docs/banner-dark.png, docs/banner-phone.png');
} finally {
  await browser.close();
  await demo.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
