// npm run bench: creatio-cookie-consent and vanilla-cookieconsent 3.1 on the same page, in one run,
// alternating, in headless Chromium with 4x CPU throttling. Prints a table and writes the figures
// to bench/results/latest.json. Nothing here is a test: it measures.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { returningTab } from './returning.mjs';
import { BUILT, startBenchServer } from './server.mjs';
import { startDemo } from '../demo/server.mjs';
import { READ_JAR, unstartedCore, whereBytesGo } from './bytes.mjs';
import { CHROMIUM } from '../scripts/ensure-browsers.mjs';

const RUNS = +(process.env.RUNS || 21);
const LIGHTHOUSE_RUNS = +(process.env.LIGHTHOUSE_RUNS ?? 2);
const root = fileURLToPath(new URL('..', import.meta.url));
const chrome = process.env.CHROME_PATH || CHROMIUM;

// ---- what each page loads -------------------------------------------------------------------
const ASSETS = {
  // A first visit loads the core and its interface; a returning visitor's page, before its load event, the core alone.
  ours: ['dist/creatio-cookie-consent.js', 'dist/creatio-cookie-consent.ui.js'],
  oursCore: ['dist/creatio-cookie-consent.js'],
  vanilla: ['node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.css', 'bench/pages/vanilla-config.js'],
};
const sizeOf = (files) => {
  const bytes = files.map((f) => readFileSync(join(root, f)));
  const sum = (fn) => bytes.reduce((n, b) => n + fn(b).length, 0);
  return {
    raw: sum((b) => b),
    gzip: sum((b) => gzipSync(b, { level: 9 })),
    brotli: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  };
};

const { server, base } = await startBenchServer({
  files: { [BUILT.oursUnstarted]: await unstartedCore(), [BUILT.oursUnstartedRead]: await unstartedCore(true), [BUILT.readOnly]: READ_JAR },
});


const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The ratio of paired measurements taken in alternating order (ours first in even rounds). Whatever
 * runs second in a round may be systematically faster or slower (warm caches, a collection left by
 * the first); that factor divides one order's ratios and multiplies the other's, so the geometric
 * mean of the two orders' medians cancels it. (A plain median over 21 rounds, 11 in one order, was
 * pulled toward that order's side: 1.34 for the guard where the two medians differed by 8%.)
 */
const orderFree = (ratios) => Math.sqrt(median(ratios.filter((_, i) => i % 2 === 0)) * median(ratios.filter((_, i) => i % 2 === 1)));

// Watches, from the first byte of the page, for the moment "Accept all" is visible, and the
// layout shift; the same watcher runs on every page.
function watcher() {
  window.__cls = 0;
  new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && (window.__cls += e.value))).observe({ type: 'layout-shift', buffered: true });
  const find = () =>
    document.querySelector('creatio-cookie-consent')?.shadowRoot?.querySelector('[part~="accept"]') ??
    document.querySelector('#cc-main [data-role="all"]');
  const tick = () => {
    const el = find();
    if (el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().height > 0)
      window.__visibleAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const browser = await puppeteer.launch({
  executablePath: chrome,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

async function loadOnce(variant) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // Only the page in front gets animation frames: the watcher counts on them.
  await page.bringToFront();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  await page.evaluateOnNewDocument(watcher);
  await page.goto(`${base}/${variant}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__visibleAt !== undefined, { timeout: 20000 });
  await new Promise((r) => setTimeout(r, 500));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const result = {
    bannerVisibleMs: await page.evaluate(() => window.__visibleAt),
    scriptMs: metric('ScriptDuration') * 1000,
    taskMs: metric('TaskDuration') * 1000,
    cls: await page.evaluate(() => window.__cls),
  };
  await context.close();
  return result;
}

/**
 * What each product leaves in the jar after a first visit's "Accept all", taken once in a profile of
 * its own: a returning visitor's pages start from it.
 */
async function decisionCookies(variant) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.evaluateOnNewDocument(watcher);
  await page.goto(`${base}/${variant}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__visibleAt !== undefined, { timeout: 20000 });
  await page.evaluate(() =>
    window.CookieConsent ? window.CookieConsent.acceptCategory('all') : document.querySelector('creatio-cookie-consent').acceptAll(),
  );
  const cookies = await page.cookies();
  await context.close();
  return cookies;
}

/**
 * A returning visitor, measured up to the page's load event — what the visitor's page pays before it
 * is usable. Ours loads its interface only after that; vanilla-cookieconsent runs whole.
 * `new-session`: a fresh profile holding only the decision cookies, so the page starts in a new
 * renderer with nothing compiled (a visitor coming back another day). `same-tab`: the page loaded
 * once in that profile, then loaded again in the same tab, whose renderer may keep the scripts
 * compiled (the next page of a visit). Taken together in one profile, as an earlier version of this
 * benchmark did, the two mixed at random: the closed first page's renderer was sometimes reused.
 */
async function loadReturning(variant, cookies, kind) {
  const page = await returningTab(browser, `${base}/${variant}.html`, cookies, kind);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  await page.evaluateOnNewDocument(() =>
    addEventListener('load', () => (window.__interfaceAtLoad = !!customElements.get('creatio-cookie-consent'))),
  );
  // Taken as the load event fires, not when the navigation call returns: what the page does once it
  // is idle after its load (ours then loads its interface) is not the returning visitor's wait.
  await cdp.send('Page.enable');
  const atLoad = new Promise((resolve) => cdp.once('Page.loadEventFired', () => resolve(cdp.send('Performance.getMetrics'))));
  const before = kind === 'same-tab' ? (await cdp.send('Performance.getMetrics')).metrics : [];
  await page.goto(`${base}/${variant}.html`, { waitUntil: 'load' });
  const { metrics } = await atLoad;
  const metric = (name) => (metrics.find((m) => m.name === name)?.value ?? NaN) - (before.find((m) => m.name === name)?.value ?? 0);
  const result = { scriptMs: metric('ScriptDuration') * 1000, taskMs: metric('TaskDuration') * 1000, interfaceAtLoad: await page.evaluate(() => window.__interfaceAtLoad) };
  await page.browserContext().close();
  return result;
}

// ---- loads, alternating ----------------------------------------------------------------------
const loads = { ours: [], vanilla: [], oursGerman: [] };
const KINDS = ['new-session', 'same-tab'];
const returning = Object.fromEntries(KINDS.map((kind) => [kind, { ours: [], vanilla: [] }]));
await loadOnce('ours');
await loadOnce('vanilla'); // warm-up: first-launch costs belong to neither
// Even rounds: ours, vanilla, ours in German; odd rounds the other way round. Ours and vanilla
// swap order, and so do ours in English and in German (what a language pack costs).
for (let i = 0; i < RUNS; i++)
  for (const variant of i % 2 ? ['oursGerman', 'vanilla', 'ours'] : ['ours', 'vanilla', 'oursGerman'])
    loads[variant].push(await loadOnce(variant));
const decisions = { ours: await decisionCookies('ours'), vanilla: await decisionCookies('vanilla') };
// The floor: the same page without a consent manager, with a script that only reads the jar, with our
// core evaluated but never started, and with that and one read of the jar. Each round loads all six,
// the order reversed every other round.
const FLOOR = ['app', 'readOnly', 'oursUnstarted', 'oursUnstartedRead'];
const floor = Object.fromEntries(KINDS.map((kind) => [kind, Object.fromEntries(FLOOR.map((variant) => [variant, []]))]));
for (const kind of KINDS)
  for (let i = 0; i < RUNS; i++) {
    const variants = ['ours', 'oursUnstartedRead', 'oursUnstarted', 'readOnly', 'app', 'vanilla'];
    for (const variant of i % 2 ? variants.reverse() : variants)
      (returning[kind][variant] ?? floor[kind][variant]).push(await loadReturning(variant, decisions[variant] ?? decisions.ours, kind));
  }

// ---- the guard's cost per document.cookie write, against the browser's own setter ----------
// The same measurement on the page without a consent manager, where both ways are the browser's
// own setter, is the control: its ratio is what the noise alone makes of 1.00.
async function guardCost(variant = 'ours') {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${base}/${variant}.html`, { waitUntil: 'load' });
  const rounds = await page.evaluate(() => {
    const native = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie').set;
    const N = 2000; // enough writes a round that the coarse page timer does not dominate
    const time = (fn) => {
      const t = performance.now();
      for (let i = 0; i < N; i++) fn(i);
      return ((performance.now() - t) * 1000) / N; // µs a write
    };
    const out = [];
    for (let r = 0; r < 41; r++) {
      const nativeFirst = r % 2 === 0;
      const a = () => time((i) => native.call(document, `bench${i % 16}=v${i}; path=/`));
      const b = () => time((i) => (document.cookie = `bench${i % 16}=v${i}; path=/`));
      const [n, g] = nativeFirst ? [a(), b()] : [b(), a()].reverse();
      out.push({ native: n, guarded: g });
    }
    return out;
  });
  await context.close();
  return {
    nativeUs: median(rounds.map((r) => r.native)),
    guardedUs: median(rounds.map((r) => r.guarded)),
    ratio: orderFree(rounds.map((r) => r.guarded / r.native)),
  };
}
const guard = await guardCost();
const guardControl = await guardCost('app');

// ---- what watching for gated scripts and frames costs an application that renders after load ---
// A page's script inserts 3,000 small rows in one task (as a framework renders a list); an observer
// the page makes itself is told last, so the time from the end of the insertion to its callback is
// what the observers made before it took. The page without a consent manager is the control.
async function observerCost(variant) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${base}/${variant}.html`, { waitUntil: 'load' });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const rounds = [];
  for (let r = 0; r < 15; r++)
    rounds.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const host = document.createElement('div');
            document.body.append(host);
            let told = 0;
            const own = new MutationObserver(() => (told = performance.now()));
            own.observe(document, { childList: true, subtree: true });
            for (let i = 0; i < 3000; i++) {
              const row = document.createElement('div');
              row.innerHTML = '<span>cell</span><span><b>x</b><i>y</i></span><span>z</span>';
              host.append(row);
            }
            const inserted = performance.now();
            setTimeout(() => (own.disconnect(), host.remove(), resolve(told - inserted)));
          }),
      ),
    );
  await context.close();
  return median(rounds);
}
const observers = { ours: await observerCost('ours'), vanilla: await observerCost('vanilla'), app: await observerCost('app') };
const chromeVersion = await browser.version();
await browser.close();

// ---- Lighthouse: the app page without a consent manager, with ours, with vanilla; and the demo
// page (strict CSP, Trusted Types) with and without the element --------------------------------
async function lighthouseScores() {
  if (!LIGHTHOUSE_RUNS) return null;
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  // The demo's receipts go to a consent-log of its own, in a folder removed afterwards.
  const demo = await startDemo();
  const demoBase = `http://127.0.0.1:${demo.port}/demo/`;
  const pages = { app: `${base}/app.html`, ours: `${base}/ours.html`, vanilla: `${base}/vanilla.html`, demo: demoBase, demoWithout: `${demoBase}?without` };
  const scores = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++)
    for (const [variant, url] of Object.entries(pages)) {
      const launched = await chromeLauncher.launch({
        chromePath: chrome,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      });
      try {
        const result = await lighthouse(url, { port: launched.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
        const lhr = result.lhr;
        scores[variant].push({
          score: Math.round(lhr.categories.performance.score * 100),
          tbt: lhr.audits['total-blocking-time'].numericValue,
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
        });
      } finally {
        await launched.kill();
      }
    }
  await demo.close();
  const summary = (list) => ({ score: median(list.map((s) => s.score)), tbtMs: median(list.map((s) => s.tbt)), lcpMs: median(list.map((s) => s.lcp)), cls: median(list.map((s) => s.cls)) });
  return { ...Object.fromEntries(Object.entries(scores).map(([k, list]) => [k, summary(list)])), runs: scores };
}
const lighthouseResult = await lighthouseScores();
server.close();

// ---- report --------------------------------------------------------------------------------
const size = { ours: sizeOf(ASSETS.ours), oursCore: sizeOf(ASSETS.oursCore), vanilla: sizeOf(ASSETS.vanilla) };
const back = (kind, variant, key) => median(returning[kind][variant].map((l) => l[key]));
const backRatio = (kind, key) => orderFree(returning[kind].ours.map((l, i) => l[key] / returning[kind].vanilla[i][key]));
const backRow = (kind, name, key) => [`returning visitor, ${kind}: ${name}`, back(kind, 'ours', key), back(kind, 'vanilla', key), backRatio(kind, key)];
const m = (variant, key) => median(loads[variant].map((l) => l[key]));
// Timings drift with the machine's load over a run; each round loads both pages back to back, so
// the ratio within a round cancels the drift, and orderFree cancels what the order within it does.
const paired = (key) => orderFree(loads.ours.map((l, i) => l[key] / loads.vanilla[i][key]));
const timed = (name, key) => [name, m('ours', key), m('vanilla', key), paired(key)];
const rows = [
  ['first visit: JS + CSS, gzip (B)', size.ours.gzip, size.vanilla.gzip],
  ['first visit: JS + CSS, brotli (B)', size.ours.brotli, size.vanilla.brotli],
  timed('"Accept all" visible (ms)', 'bannerVisibleMs'),
  timed('main-thread script (ms)', 'scriptMs'),
  timed('main-thread tasks (ms)', 'taskMs'),
  ['layout shift (CLS)', m('ours', 'cls'), m('vanilla', 'cls')],
  ['returning visitor: JS + CSS before the load event, gzip (B)', size.oursCore.gzip, size.vanilla.gzip],
  ...KINDS.flatMap((kind) => [
    backRow(kind, 'main-thread script up to the load event (ms)', 'scriptMs'),
    backRow(kind, 'main-thread tasks up to the load event (ms)', 'taskMs'),
  ]),
  // What no core of ours could go under, against vanilla-cookieconsent's whole returning visit.
  ...KINDS.flatMap((kind) =>
    Object.entries({ app: 'the page without a consent manager', readOnly: 'a script that only reads the jar', oursUnstarted: 'our core evaluated, its start never called', oursUnstartedRead: 'the same, then one read of the jar' }).map(([variant, name]) => [
      `returning visitor, ${kind}: main-thread script up to the load event, ${name} (ms)`,
      median(floor[kind][variant].map((l) => l.scriptMs)),
      back(kind, 'vanilla', 'scriptMs'),
      orderFree(floor[kind][variant].map((l, i) => l.scriptMs / returning[kind].vanilla[i].scriptMs)),
    ]),
  ),
  [`returning visitor: pages where our interface had run by the load event (of ${2 * RUNS})`, KINDS.reduce((n, kind) => n + returning[kind].ours.filter((l) => l.interfaceAtLoad).length, 0), '—', NaN],
];
if (lighthouseResult) {
  rows.push(['Lighthouse performance', lighthouseResult.ours.score, lighthouseResult.vanilla.score]);
  rows.push(['Lighthouse TBT (ms)', lighthouseResult.ours.tbtMs, lighthouseResult.vanilla.tbtMs]);
}
const fmt = (v) => (typeof v !== 'number' ? String(v) : Number.isInteger(v) ? String(v) : v < 1 ? v.toFixed(4) : v.toFixed(1));
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${chromeVersion}`;
const lines = [
  `| measure (median of ${RUNS} loads each, 4x CPU throttling) | creatio-cookie-consent | vanilla-cookieconsent 3.1 | ratio (timings: paired within each of the ${RUNS} rounds, order-free) |`,
  '| --- | ---: | ---: | ---: |',
  ...rows.map(([name, a, b, ratio = b ? a / b : NaN]) => `| ${name} | ${fmt(a)} | ${fmt(b)} | ${Number.isNaN(ratio) ? '—' : ratio.toFixed(2)} |`),
  `| guard: µs a document.cookie write (native ${guard.nativeUs.toFixed(2)}) | ${guard.guardedUs.toFixed(2)} | — | ${guard.ratio.toFixed(2)} |`,
  `| the same without a guard, native against native (the noise) | ${guardControl.guardedUs.toFixed(2)} | — | ${guardControl.ratio.toFixed(2)} |`,
  `| after the load, an application inserting 3,000 rows in one task: ms the consent manager's observers take (the page without one: ${observers.app.toFixed(1)}) | ${observers.ours.toFixed(1)} | ${observers.vanilla.toFixed(1)} | — |`,
  `| "Accept all" visible, the page in German, which loads its pack (ms; ratio: to ours in English) | ${fmt(m('oursGerman', 'bannerVisibleMs'))} | — | ${orderFree(loads.oursGerman.map((l, i) => l.bannerVisibleMs / loads.ours[i].bannerVisibleMs)).toFixed(2)} |`,
];
if (lighthouseResult) {
  const { app, demo, demoWithout } = lighthouseResult;
  lines.push(`| Lighthouse performance, the same page without a consent manager | ${app.score} | | |`);
  lines.push(`| Lighthouse performance, the demo page with the element / without it | ${demo.score} / ${demoWithout.score} | | ${(demo.score / demoWithout.score).toFixed(2)} |`);
  lines.push(`| Lighthouse TBT (ms), the demo page with the element / without it | ${fmt(demo.tbtMs)} / ${fmt(demoWithout.tbtMs)} | | |`);
}
console.log(lines.join('\n'));
console.log(`\nmachine: ${machine}; node ${process.version}`);

// ---- where the drop-in's bytes go --------------------------------------------------------------
const bytes = await whereBytesGo();
const bytesTable = ['| part of the drop-in | gzip (B) |', '| --- | ---: |', ...bytes.map(([part, b]) => `| ${part} | ${b} |`)];
console.log(`\n${bytesTable.join('\n')}`);

mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results', 'latest.json'),
  JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, size, loads, returning, floor, guard, guardControl, observers, lighthouse: lighthouseResult, bytes, table: lines, bytesTable }, null, 2),
);
console.log('figures written to bench/results/latest.json');
