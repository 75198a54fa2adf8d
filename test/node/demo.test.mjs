// The demo end to end in a real Chromium, as `npm start` serves it: log in (HttpOnly UserName),
// refuse everything, and find the receipt in the consent-log's database (read through its audit
// export) and UserName gone, also after signing in again — under the demo's strict CSP.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemo } from '../../demo/server.mjs';
import { launchChromium } from '../../scripts/ensure-browsers.mjs';

const TOKEN = 'demo-test-token';
let demo;
let browser;
let base;
before(async () => {
  demo = await startDemo({ ADMIN_TOKEN: TOKEN });
  base = `http://app.example.test:${demo.port}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

/** What the consent-log stored, as an auditor exports it. */
const stored = async () => (await fetch(`${base.replace('app.example.test', '127.0.0.1')}/api/consent/receipts`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();

/** The stored receipts once there are `n` of them, or as they are after 5 s. */
async function storedAtLeast(n) {
  let lines = await stored();
  for (const until = Date.now() + 5000; lines.length < n && Date.now() < until; lines = await stored()) await new Promise((r) => setTimeout(r, 50));
  return lines;
}

const serverSees = (page) => page.evaluate(async () => (await fetch('/api/whoami')).text());

test('decision → receipt in the consent-log → HttpOnly UserName gone, GA cookies cleared on the parent domain', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.evaluateOnNewDocument(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective}`)));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${base}/demo/`, { waitUntil: 'load' });

  await page.click('#login');
  await page.waitForFunction(async () => (await (await fetch('/api/whoami')).text()).includes('UserName=Supervisor'));
  assert.doesNotMatch(await page.evaluate(() => document.cookie), /UserName/, 'HttpOnly: the page cannot see it');

  // Accept first: the analytics simulator (a gated script) runs and writes _ga on .example.test.
  await page.evaluate(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('[part~="accept"]').click());
  await page.waitForFunction(() => document.cookie.includes('_ga_DEMO123='));
  const gaDomains = (await page.cookies()).filter((c) => c.name.startsWith('_ga')).map((c) => c.domain);
  assert.deepEqual([...new Set(gaDomains)], ['.example.test']);

  // Then withdraw in the preferences, as a visitor would.
  await page.click('footer [data-cookie-settings]');
  // The first opening loads the preferences' pack (cookie lists, styles) from beside the script.
  const reject = await page.waitForFunction(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('dialog[open] [part~="reject"]'));
  await reject.evaluate((button) => button.click());
  await page.waitForFunction(() => !document.cookie.includes('_ga'));

  const lines = await storedAtLeast(2);
  assert.deepEqual(lines.map((l) => l.cause), ['accept-all', 'reject-all']);
  assert.deepEqual(lines[1].categories, { necessary: true, functional: false, analytical: false });
  assert.ok(lines[1].refusedCookies.includes('UserName'));
  assert.equal(lines[0].consentId, lines[1].consentId);

  const seen = await serverSees(page);
  assert.doesNotMatch(seen, /UserName=/, 'the server expired HttpOnly UserName');
  assert.match(seen, /BPMSESSIONID=/, 'necessary cookies stay');
  assert.match(seen, /BPMCSRF=/);

  // Signing in again sets UserName anew, in a new session: the refusal is told again, and holds.
  // The sign-in is done when the server sees its new session token (UserName is absent both before
  // it and after the refusal holds, so its absence alone can be seen before the sign-in lands).
  const token = /BPMCSRF=([^;]+)/.exec(seen)[1];
  await page.click('#login');
  await page.waitForFunction(async (before) => !(await (await fetch('/api/whoami')).text()).includes(`BPMCSRF=${before}`), { timeout: 5000 }, token);
  assert.deepEqual((await storedAtLeast(3)).map((l) => l.cause), ['accept-all', 'reject-all', 'session']);
  await page.waitForFunction(async () => !(await (await fetch('/api/whoami')).text()).includes('UserName='), { timeout: 5000 });
  assert.deepEqual(problems, []);
});

test('the policy the banner links to is there', async () => {
  const response = await fetch(`${base.replace('app.example.test', '127.0.0.1')}/privacy`);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /<h1>Privacy policy/);
});

test('on a phone (375 px), the demo does not overflow sideways and the banner takes at most 40% of the screen', async () => {
  // A visitor of its own: the first test's decision is in the default context's jar.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 375, height: 667, isMobile: true, hasTouch: true });
  await page.goto(`${base}/demo/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('creatio-cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]'));
  const seen = await page.evaluate(() => {
    const banner = document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('[part~="banner"]').getBoundingClientRect();
    return { width: document.documentElement.scrollWidth, viewport: innerWidth, height: innerHeight, banner: banner.height, bottom: banner.bottom };
  });
  assert.equal(seen.viewport, 375, 'the layout viewport is the phone\'s');
  assert.ok(seen.width <= 375, `the page is ${seen.width} px wide`);
  assert.ok(seen.banner <= seen.height * 0.4 + 1, `the banner is ${seen.banner} px of ${seen.height}`);
  assert.equal(Math.round(seen.bottom), seen.height);
  await context.close();
});
