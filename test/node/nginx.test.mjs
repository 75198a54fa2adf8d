// The reverse-proxy recipe (docs/nginx/creatio-cookie-consent.conf), proven with a real nginx
// included as shipped: in front of a stand-in for Creatio (HTML pages, the login page, a sign-in that
// sets HttpOnly UserName, JSON, scripts, a WebSocket, gzip when asked) and the consent-log. A real
// Chromium then checks that the tags land in every HTML page and nowhere else, that the banner
// shows and the protection works, that receipts reach the consent-log, and that WebSockets pass.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { WebSocketServer } from 'ws';
import { NGINX, launchChromium } from '../../scripts/ensure-browsers.mjs';
import { dropInFiles } from '../../scripts/creatio-package.mjs';
import { spawnService } from './consent-log/spawn.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RECIPE = join(root, 'docs/nginx/creatio-cookie-consent.conf');
const TOKEN = 'nginx-test-token';
const SCRIPT_TAG = '<head><script src="/creatio-cookie-consent/creatio-cookie-consent.js"></script>';

const page = (title, posts = '') =>
  `<!doctype html><html lang="en"><head><title>${title}</title><script src="/0/gtm.js"></script></head>\n<body class="creatio-shell" data-theme="blue"><h1>${title}</h1>${posts}</body></html>`;
// A post rendered by the server, as a comment or a feed item, that a sanitizer keeping custom elements let through.
const POST = '<article><p>Nice!</p><creatio-cookie-consent policy-url="https://poster.example/phish" consent-url="https://poster.example/collect" analytical-cookies="nothing-of-note"></creatio-cookie-consent></article>';
// Not HTML, but with the strings the recipe replaces in HTML: they must pass as they are.
const JSON_BODY = JSON.stringify({ html: '<head></head><body></body>', n: 1 });
const JS_BODY = "document.title += ' <head> </body>';\n";

/** A stand-in for Creatio behind the proxy. */
function creatio(req, res) {
  const url = new URL(req.url, 'http://creatio');
  const gzip = /gzip/.test(req.headers['accept-encoding'] ?? '');
  const send = (type, body, headers = {}) => {
    // As Kestrel or IIS with compression: gzip when the client takes it, which sub_filter cannot edit.
    const compressed = gzip && type.startsWith('text/html');
    res.writeHead(200, { 'Content-Type': type, ...(compressed ? { 'Content-Encoding': 'gzip' } : {}), ...headers });
    res.end(compressed ? gzipSync(body) : body);
  };
  if (url.pathname === '/0/Shell/') return send('text/html; charset=utf-8', page('Freedom UI'));
  if (url.pathname === '/0/Feed/') return send('text/html; charset=utf-8', page('Feed', POST));
  if (url.pathname === '/Login/NuiLogin.aspx') return send('text/html; charset=utf-8', page('Login'));
  // A tag that writes GA's cookie as soon as it runs, as GTM's GA4 tag does.
  if (url.pathname === '/0/gtm.js') return send('text/javascript', "document.cookie = '_ga=GA1.1.1.1; path=/; max-age=3600';");
  if (url.pathname === '/0/app.js') return send('text/javascript', JS_BODY);
  if (url.pathname === '/0/data.json') return send('application/json', JSON_BODY);
  if (url.pathname === '/0/whoami') return send('text/plain', req.headers.cookie ?? '');
  if (url.pathname === '/0/ServiceModel/AuthService.svc/Login' && req.method === 'POST') {
    res.writeHead(200, { 'Set-Cookie': ['UserName=Supervisor; Path=/; Max-Age=86400; HttpOnly; SameSite=Lax', 'BPMCSRF=csrf-1; Path=/; SameSite=Lax'] });
    return res.end('{"Code":0}');
  }
  res.writeHead(404).end('not found');
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

let upstream;
let consentLog;
let nginx;
let prefix;
let browser;
let base;
let upstreamBase;

before(async () => {
  assert.ok(NGINX, 'nginx is not installed (Debian: apt-get install nginx); npm test installs it when run as root');
  upstream = createServer(creatio);
  const sockets = new WebSocketServer({ server: upstream, path: '/0/ws' });
  sockets.on('connection', (socket) => socket.on('message', (data) => socket.send(`echo:${data}`)));
  await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamBase = `http://127.0.0.1:${upstream.address().port}`;

  prefix = mkdtempSync(join(tmpdir(), 'ccc-nginx-'));
  chmodSync(prefix, 0o755);
  consentLog = await spawnService({ DATA_DIR: join(prefix, 'consent-log'), TRUST_PROXY: 'true', ADMIN_TOKEN: TOKEN, CATEGORIES: 'functional analytical' });

  // The drop-in as an administrator copies it: every built file beside the core.
  const files = join(prefix, 'www');
  mkdirSync(files);
  for (const name of dropInFiles()) copyFileSync(join(root, 'dist', name), join(files, name));
  chmodSync(files, 0o755);
  // The recipe as shipped; only the folder it serves the files from is this test's.
  const recipe = readFileSync(RECIPE, 'utf8');
  assert.ok(recipe.includes('/var/www/creatio-cookie-consent/'));
  writeFileSync(join(prefix, 'recipe.conf'), recipe.replaceAll('/var/www/creatio-cookie-consent/', `${files}/`));

  const port = await freePort();
  base = `http://app.example.test:${port}`;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  gzip on;
  upstream creatio { server 127.0.0.1:${upstream.address().port}; }
  upstream consent_log { server ${new URL(consentLog.origin).host}; }
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  server {
    listen 127.0.0.1:${port};
    server_name _;
    include ${prefix}/recipe.conf;
  }
}
`,
  );
  nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  nginx.stderr.on('data', (chunk) => (errors += chunk));
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/0/whoami`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (nginx.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start: ${errors}${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    nginx.kill('SIGQUIT');
    await new Promise((r) => nginx.once('exit', r));
  }
  await consentLog?.stop();
  upstream?.closeAllConnections();
  upstream?.close();
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

const viaProxy = (path, init) => fetch(`${base.replace('app.example.test', '127.0.0.1')}${path}`, init);

test('the tags land once in every HTML page, even when Creatio would compress it', async () => {
  for (const path of ['/0/Shell/', '/Login/NuiLogin.aspx']) {
    const html = await (await viaProxy(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } })).text();
    assert.equal(html.split(SCRIPT_TAG).length, 2, `${path}: the script right after <head>, once`);
    assert.match(html, /<\/head><creatio-cookie-consent policy-url="\/privacy" consent-url="\/api\/consent"><\/creatio-cookie-consent>\n<body /, `${path}: the element first in the body, once`);
    assert.equal(html.split('<creatio-cookie-consent ').length, 2, `${path}: one element`);
    assert.ok(html.indexOf(SCRIPT_TAG) < html.indexOf('/0/gtm.js'), 'before the page\'s own tags');
  }
});

test('everything that is not HTML passes byte for byte', async () => {
  for (const path of ['/0/data.json', '/0/app.js']) {
    const direct = Buffer.from(await (await fetch(`${upstreamBase}${path}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
    const proxied = Buffer.from(await (await viaProxy(path, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
    assert.ok(direct.equals(proxied), `${path} changed on its way through the proxy`);
  }
  assert.equal(await (await viaProxy('/0/data.json')).text(), JSON_BODY, 'and when nginx gzips it to the client');
});

test('in the browser: the banner shows, a tag cannot set _ga, a refusal reaches the consent-log and expires HttpOnly UserName', async () => {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (e) => problems.push(e.message));
  await tab.goto(`${base}/0/Shell/`, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.querySelector('creatio-cookie-consent')?.shadowRoot?.querySelector('[part~="banner"] [part~="reject"]'), { timeout: 10_000 });
  assert.doesNotMatch(await tab.evaluate(() => document.cookie), /_ga=/, 'the tag after the script could not set _ga');

  await tab.evaluate(() => fetch('/0/ServiceModel/AuthService.svc/Login', { method: 'POST' }));
  assert.match(await tab.evaluate(async () => (await fetch('/0/whoami')).text()), /UserName=Supervisor/);

  await tab.evaluate(() => document.querySelector('creatio-cookie-consent').shadowRoot.querySelector('[part~="banner"] [part~="reject"]').click());
  await tab.waitForFunction(async () => !(await (await fetch('/0/whoami')).text()).includes('UserName='), { timeout: 10_000 });

  const stored = await (await fetch(`${consentLog.url}/receipts`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
  assert.equal(stored.length, 1);
  assert.equal(stored[0].cause, 'reject-all');
  assert.equal(stored[0].page, `${base}/0/Shell/`);
  assert.deepEqual(stored[0].categories, { necessary: true, functional: false, analytical: false });
  assert.equal((await viaProxy('/api/consent/receipts', { headers: { authorization: `Bearer ${TOKEN}`, 'x-forwarded-for': '203.0.113.9' } })).status, 200, 'the export answers the loopback admin');
  assert.deepEqual(problems, []);
  await context.close();
});

test('in the browser: a post the server renders with an element of its own neither configures the page nor shows a banner', async () => {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.goto(`${base}/0/Feed/`, { waitUntil: 'load' });
  await tab.waitForFunction(() => [...document.querySelectorAll('creatio-cookie-consent')].some((e) => e.shadowRoot?.querySelector('[part~="banner"]')), { timeout: 10_000 });
  const seen = await tab.evaluate(() => {
    const elements = [...document.querySelectorAll('creatio-cookie-consent')];
    const shown = elements.filter((e) => e.shadowRoot?.querySelector('[part~="banner"]'));
    return {
      shown: shown.length,
      posted: shown.some((e) => e.closest('article')),
      links: shown.flatMap((e) => [...e.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))),
      body: [document.body.className, document.body.dataset.theme],
      first: document.body.firstElementChild?.localName,
    };
  });
  assert.deepEqual(seen, { shown: 1, posted: false, links: [`${base}/privacy`], body: ['creatio-shell', 'blue'], first: 'creatio-cookie-consent' });
  // The page's own settings: GA's cookies governed, whatever the post said.
  await tab.evaluate(() => (document.cookie = '_ga=GA1.1.2.2; path=/'));
  assert.doesNotMatch(await tab.evaluate(() => document.cookie), /_ga=/);
  await context.close();
});

test('in the browser: the login page asks too, and a WebSocket passes through the same location', async () => {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.goto(`${base}/Login/NuiLogin.aspx`, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.querySelector('creatio-cookie-consent')?.shadowRoot?.querySelector('[part~="banner"] [part~="accept"]'), { timeout: 10_000 });
  const echoed = await tab.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const socket = new WebSocket(`ws://${location.host}/0/ws`);
        socket.onopen = () => socket.send('ping');
        socket.onmessage = (event) => resolve(event.data);
        socket.onerror = () => reject(new Error('WebSocket failed'));
      }),
  );
  assert.equal(echoed, 'echo:ping');
  await context.close();
});
