// What a front-end developer does (SPEC §1): `npm install creatio-cookie-consent`, import its
// registering entry, and let a bundler split the lazy parts. Here esbuild bundles an app of one
// import against the package as npm ships it (its exports map, `dist/esm`), and Chromium runs the
// result: the protection, the banner in German, the preferences with their cookie lists, a decision.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/ensure-browsers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir;
let server;
let browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ccc-bundle-'));
  // The app's node_modules holds the package as an install would: its folder, by its name.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'creatio-cookie-consent'), 'dir');
  writeFileSync(join(dir, 'app.js'), "import 'creatio-cookie-consent/define';\n");
  await build({ entryPoints: [join(dir, 'app.js')], bundle: true, format: 'esm', splitting: true, outdir: join(dir, 'out'), logLevel: 'error' });
  writeFileSync(
    join(dir, 'out', 'index.html'),
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>App</title><link rel="icon" href="data:,"><script type="module" src="app.js"></script></head>' +
      '<body><creatio-cookie-consent></creatio-cookie-consent></body></html>',
  );
  const types = { '.html': 'text/html', '.js': 'text/javascript' };
  server = createServer((req, res) => {
    try {
      const body = readFileSync(join(dir, 'out', new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html')));
      res.writeHead(200, { 'Content-Type': types[extname(req.url)] ?? 'text/html' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a bundled app: the bundler splits the lazy parts, and they load and work', async () => {
  const chunks = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.js'));
  assert.ok(chunks.length > 3, `the languages, the preferences and the deferred part are chunks of their own: ${chunks}`);

  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });

  const inShadow = (selector) => page.waitForFunction((s) => document.querySelector('creatio-cookie-consent')?.shadowRoot?.querySelector(s), {}, selector);
  // The German pack is a chunk of its own: the banner speaks German once it is in.
  await page.waitForFunction(() => /Alle akzeptieren/.test(document.querySelector('creatio-cookie-consent')?.shadowRoot?.textContent ?? ''));
  // Before any decision the protection holds: a governed write is dropped.
  assert.equal(await page.evaluate(() => ((document.cookie = '_ga=GA1.1.1; path=/'), document.cookie.includes('_ga='))), false);

  // The preferences' chunk brings Creatio's cookie table.
  await page.evaluate(() => document.querySelector('creatio-cookie-consent').showPreferences());
  await inShadow('dialog[open] table');

  await page.evaluate(() => document.querySelector('creatio-cookie-consent').acceptAll());
  await page.waitForFunction(() => document.cookie.includes('CookieConscent='));
  assert.equal(await page.evaluate(() => ((document.cookie = '_ga=GA1.1.2; path=/'), document.cookie.includes('_ga='))), true);
  assert.deepEqual(problems, []);
  await page.close();
});
