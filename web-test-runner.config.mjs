import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { readFileSync } from 'node:fs';
import { CHROMIUM, FIREFOX } from './scripts/ensure-browsers.mjs';
import { certificate, testEndpoints } from './test/support/server.mjs';

// Tests run on https://app.example.test, mapped to loopback: a real parent domain (.example.test)
// for the clearing tests, and a secure context, where the Cookie Store API exists.
const HOST = 'app.example.test';
const { key, cert } = certificate();

/** Opens every test page under the mapped host instead of localhost. */
const createPage = async ({ context }) => {
  const page = await context.newPage();
  const goto = page.goto.bind(page);
  page.goto = (url, options) => goto(url.replace(/^https?:\/\/localhost:/, `https://${HOST}:`), options);
  return page;
};

const browsers = [
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
];

if (FIREFOX && process.env.BROWSERS !== 'chromium')
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  http2: true,
  sslKey: key,
  sslCert: cert,
  hostname: 'localhost',
  // Cookies are shared by the pages of one browser: test files run one after another.
  concurrency: 1,
  concurrentBrowsers: 2,
  browsers: process.env.BROWSERS === 'firefox' ? browsers.slice(1) : browsers,
  plugins: [cookieJarCommand, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  middleware: [testEndpoints],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
};
