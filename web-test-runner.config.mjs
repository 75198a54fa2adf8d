import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { writeFileSync } from 'node:fs';
import { CHROMIUM, FIREFOX } from './scripts/ensure-browsers.mjs';
import { WEBKIT } from './scripts/webkit.mjs';
import { webkitLauncher } from './scripts/wtr-webkit.mjs';
import { certificate, testEndpoints } from './test/support/server.mjs';

// Tests run on https://app.example.test, mapped to loopback: a real parent domain (.example.test)
// for the clearing tests, and a secure context, where the Cookie Store API exists.
const HOST = 'app.example.test';
const { key, cert } = certificate();

/** Opens every test page under the mapped host instead of localhost. */
const createPage = async ({ context }) => {
  const page = await context.newPage();
  // A crashed tab never reports: say so, or CI shows only a file that "did not finish".
  page.on('error', (error) => process.stderr.write(`\n[${context.browser()?.process?.()?.spawnfile ?? 'browser'}] page crashed at ${page.url()}: ${error.message}\n`));
  const goto = page.goto.bind(page);
  page.goto = (url, options) => goto(url.replace(/^https?:\/\/localhost:/, `https://${HOST}:`), options);
  return page;
};

// BROWSERS=chromium, firefox or webkit runs the files in that browser alone.
const only = process.env.BROWSERS;
const browsers = [];
if (!only || only === 'chromium')
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || CHROMIUM,
        acceptInsecureCerts: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          `--host-resolver-rules=MAP *.example.test 127.0.0.1`,
        ],
      },
      createPage,
    }),
  );

if (FIREFOX && (!only || only === 'firefox'))
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX,
        acceptInsecureCerts: true,
        headless: true,
        extraPrefsFirefox: {
          'network.dns.localDomains': `${HOST},sub.${HOST},example.test,other.example.test`,
        },
      },
      createPage,
    }),
  );

// WebKit, Safari's engine, over WebDriver (scripts/wtr-webkit.mjs): the same files, the same host.
if (WEBKIT && (!only || only === 'webkit')) browsers.push(webkitLauncher({ host: HOST }));

/** `browser-cookies`: the jar as the browser holds it (expiry, SameSite, HttpOnly), which a page cannot read. */
const cookieJarCommand = {
  name: 'browser-cookies',
  async executeCommand({ command, session }) {
    if (command !== 'browser-cookies') return undefined;
    const page = session.browser.getPage(session.id);
    return (await page.cookies()).map(({ name, value, domain, path, expires, httpOnly, secure, sameSite }) => ({
      name, value, domain, path, expires, httpOnly, secure, sameSite,
    }));
  },
};

/**
 * `request-log`: every request the browser makes for the page and its frames, as the browser reports
 * it (puppeteer's request events: also what a cache or a blocked load never brings to a server).
 * `{ start: true }` starts a log, `{ stop: true }` ends it; each call returns the URLs so far.
 */
const requestLogs = new WeakMap();
const requestLogCommand = {
  name: 'request-log',
  async executeCommand({ command, session, payload }) {
    if (command !== 'request-log') return undefined;
    const page = session.browser.getPage(session.id);
    let log = requestLogs.get(page);
    if (payload?.start) {
      if (log) page.off('request', log.listener);
      const urls = [];
      log = { urls, listener: (request) => urls.push(request.url()) };
      requestLogs.set(page, log);
      page.on('request', log.listener);
    }
    const urls = [...(log?.urls ?? [])];
    if (payload?.stop && log) page.off('request', log.listener), requestLogs.delete(page);
    return urls;
  },
};

/**
 * Ends the run with one plain line of totals over every browser, for CI logs. With `WTR_SUMMARY`
 * set it also writes the totals there as JSON, with the files whose tab never reported (hung or
 * crashed: no result at all, not a failed test) for scripts/wtr.mjs to run once more.
 */
const totalsReporter = () => {
  const count = (suite, into) => {
    for (const t of suite?.tests ?? []) into[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
    for (const s of suite?.suites ?? []) count(s, into);
    return into;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const silent = [];
      for (const s of sessions) {
        const own = count(s.testResults, { passed: 0, failed: 0, skipped: 0 });
        count(s.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!s.passed && !own.failed) totals.failed++;
        if (!s.passed && !own.failed && !own.passed && s.errors?.some((e) => /^(Browser tests did not (finish|start)|Tests were interrupted because the browser disconnected)/.test(e.message)))
          silent.push({ file: s.testFile, browser: s.browser.name });
      }
      if (process.env.WTR_SUMMARY) writeFileSync(process.env.WTR_SUMMARY, JSON.stringify({ ...totals, silent }));
      // Written straight to stdout: the runner's console is taken over by its progress display.
      process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
    },
  };
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  http2: true,
  sslKey: key,
  sslCert: cert,
  hostname: 'localhost',
  // Cookies are shared by the pages of one browser: test files run one after another. Two browsers
  // at a time, on a machine of two cores: the third starts when one of them is done.
  concurrency: 1,
  concurrentBrowsers: 2,
  browsers,
  plugins: [cookieJarCommand, requestLogCommand, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  middleware: [testEndpoints],
  reporters: [defaultReporter(), totalsReporter()],
  testFramework: { config: { timeout: 10000 } },
  // A tab that hangs or crashes reports nothing: found after this long (scripts/wtr.mjs runs it again).
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT) || 120000,
};
