// The demo's server: serves the demo page and the built drop-in, and plays the Creatio side —
// a log-in that sets HttpOnly `UserName` as Creatio does, and a `consent-url` receiver that appends
// each receipt to demo/receipts.jsonl and expires the HttpOnly cookies the visitor refused.
import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const receipts = process.env.RECEIPTS_FILE || join(root, 'demo', 'receipts.jsonl');
const port = +(process.env.PORT || 8000);
const host = process.env.HOST || '127.0.0.1';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };
// The strict policy the product promises to work under: no inline code, Trusted Types enforced.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; require-trusted-types-for 'script'";
const SERVED = ['/demo/', '/dist/'];

const readBody = (req) =>
  new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk) => {
      data += chunk;
      if (data.length > 65536) reject(new Error('too large'));
    });
    req.on('end', () => resolve(data));
  });

/** Handles `POST /api/consent`: the receipt protocol described in the README. */
export async function receiveConsent(req, res) {
  let receipt;
  try {
    receipt = JSON.parse(await readBody(req));
  } catch {
    res.writeHead(400).end('bad receipt');
    return;
  }
  if (!receipt || typeof receipt.consentId !== 'string' || typeof receipt.categories !== 'object') {
    res.writeHead(400).end('bad receipt');
    return;
  }
  const cookies = Object.fromEntries((req.headers.cookie || '').split(/;\s*/).filter(Boolean).map((c) => [c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1)]));
  // Creatio checks its anti-CSRF token on POSTs; the demo does the same.
  if (cookies.BPMCSRF && req.headers.bpmcsrf !== cookies.BPMCSRF) {
    res.writeHead(403).end('csrf');
    return;
  }
  appendFileSync(receipts, `${JSON.stringify({ receivedAt: new Date().toISOString(), ...receipt })}\n`);
  const expire = (receipt.refusedCookies || []).includes('UserName') ? ['UserName=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax'] : [];
  res.writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': expire, 'Cache-Control': 'no-store' }).end('{"ok":true}');
}

export function handler(req, res) {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (url.pathname === '/') {
    res.writeHead(302, { Location: '/demo/' }).end();
    return;
  }
  if (url.pathname === '/api/consent' && req.method === 'POST') return void receiveConsent(req, res);
  if (url.pathname === '/api/login' && req.method === 'POST') {
    // As Creatio does after sign-in when UserNameExpireDays > 0: HttpOnly, so no script can see it.
    res.writeHead(204, {
      'Set-Cookie': [
        'UserName=Supervisor; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax',
        // Each sign-in is a new session, with tokens of its own.
        `BPMCSRF=${randomUUID()}; Path=/; SameSite=Lax`,
        `BPMSESSIONID=${randomUUID()}; Path=/; HttpOnly; SameSite=Lax`,
      ],
    }).end();
    return;
  }
  if (url.pathname === '/api/whoami') {
    // What the server receives: the demo shows the HttpOnly cookies the page cannot read.
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end(req.headers.cookie || '');
    return;
  }
  let path = normalize(decodeURIComponent(url.pathname));
  if (path.endsWith('/')) path += 'index.html';
  if (!SERVED.some((prefix) => path.startsWith(prefix))) {
    res.writeHead(404).end('not found');
    return;
  }
  const file = join(root, path);
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    let body = readFileSync(file);
    // `/demo/?without`: the same page with neither the script nor the element, so the benchmark can
    // compare Lighthouse on the demo with and without the consent manager.
    if (path === '/demo/index.html' && url.searchParams.has('without')) {
      const ours = /<script src="\.\.\/dist\/creatio-cookie-consent\.js"><\/script>|<creatio-cookie-consent[^>]*><\/creatio-cookie-consent>/g;
      const page = body.toString();
      // Both must go, or the benchmark would compare the page with itself.
      if (page.match(ours)?.length !== 2) {
        res.writeHead(500).end('the demo page no longer has the script and the element to leave out');
        return;
      }
      body = page.replace(ours, '');
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Content-Security-Policy': CSP, 'Cache-Control': 'no-cache' });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  createServer(handler).listen(port, host, () => {
    console.log(`creatio-cookie-consent demo: http://localhost:${port}/demo/`);
    console.log(`For parent-domain cookies, map a name to 127.0.0.1 (e.g. app.example.test in /etc/hosts) and open http://app.example.test:${port}/demo/`);
    console.log(`Receipts are appended to ${receipts}`);
  });
}
