// Where the drop-in's main-thread time goes on a page load (CPU profile, 4x throttling, self time).
import puppeteer from 'puppeteer-core';
import { returningTab } from './returning.mjs';
import { startBenchServer } from './server.mjs';
import { CHROMIUM } from '../scripts/ensure-browsers.mjs';

const { server, base } = await startBenchServer();
const variant = process.argv[2] || 'ours';
// One load's profile puts pauses (a collection, a compile) on whatever frame is on the stack, and
// moves them from load to load: self times are averaged over several loads, each in a fresh profile.
const LOADS = Number(process.argv[3] ?? 8);
// `new-session` or `same-tab`: a returning visitor's load up to its load event (as `npm run bench`
// measures it), with the decision "Accept all" left in the jar; else a first visit.
const returning = process.argv[4];
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || CHROMIUM, args: ['--no-sandbox', '--headless=new', '--disable-gpu'] });
let decision = [];
if (returning) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${base}/${variant}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.CookieConsent || customElements.get('creatio-cookie-consent'), { timeout: 20000 });
  await page.evaluate(() =>
    window.CookieConsent ? window.CookieConsent.acceptCategory('all') : document.querySelector('creatio-cookie-consent').acceptAll(),
  );
  decision = await page.cookies();
  await context.close();
}
const rows = new Map();
for (let i = 0; i < LOADS; i++) {
  const page = await returningTab(browser, `${base}/${variant}.html`, decision, returning);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`${base}/${variant}.html`, { waitUntil: 'load' });
  if (!returning) await new Promise((r) => setTimeout(r, 1000));
  const { profile } = await cdp.send('Profiler.stop');
  await page.browserContext().close();
  const dt = new Map();
  profile.samples.forEach((id, n) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[n] ?? 0)));
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    rows.set(key, (rows.get(key) ?? 0) + (dt.get(node.id) ?? 0));
  }
}
await browser.close();
server.close();
console.log(`self time, mean of ${LOADS} ${returning ? `returning visits (${returning}), up to the load event` : 'first visits'} (4x throttling):`);
const top = [...rows].sort((a, b) => b[1] - a[1]).slice(0, 25);
for (const [k, us] of top) console.log((us / LOADS / 1000).toFixed(1).padStart(8), 'ms', k);
