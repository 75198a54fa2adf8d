// The demo's server: serves the demo page and the built drop-in, and plays the Creatio side — a
// log-in that sets HttpOnly `UserName` as Creatio does — with the consent-log (server/consent-log)
// answering `consent-url` in the same process: it stores each receipt once and expires the HttpOnly
// cookies the visitor refused.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../server/consent-log/src/app.mjs';
import { configFrom } from '../server/consent-log/src/config.mjs';
import { openDatabase } from '../server/consent-log/src/database.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = +(process.env.PORT || 8000);
const host = process.env.HOST || '127.0.0.1';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };
// The strict policy the product promises to work under: no inline code, Trusted Types enforced.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; require-trusted-types-for 'script'";
const SERVED = ['/demo/', '/dist/'];

/**
 * The consent-log the demo posts receipts to, on the database its settings name (by default PGlite
 * in demo/consent-log-data; DATABASE_URL for PostgreSQL). ADMIN_TOKEN turns its export on.
 */
export async function openConsentLog(env = process.env) {
  const config = configFrom({ DATA_DIR: join(root, 'demo', 'consent-log-data'), CATEGORIES: 'functional analytical', ...env });
  const db = await openDatabase(config);
  const app = buildApp({ db, config });
  await app.ready();
  return {
    config,
    db,
    routes: (path) => path === config.basePath || path.startsWith(`${config.basePath}/`),
    handle: (req, res) => app.routing(req, res),
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** The demo's request handler, with `consentLog` (from {@link openConsentLog}) behind `/api/consent`. */
export const demoHandler = (consentLog) => (req, res) => handler(req, res, consentLog);

/**
 * The demo on a free loopback port, with a consent-log of its own in a temporary folder (`env`
 * adds settings, e.g. ADMIN_TOKEN): for tests, screenshots and the benchmark. `close()` stops both
 * and removes the folder.
 */
export async function startDemo(env = {}) {
  const consentLog = await openConsentLog({ ...env, DATA_DIR: mkdtempSync(join(tmpdir(), 'ccc-demo-')) });
  const server = createServer(demoHandler(consentLog)).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    port: server.address().port,
    async close() {
      server.closeAllConnections();
      server.close();
      await consentLog.close();
      rmSync(consentLog.config.dataDir, { recursive: true, force: true });
    },
  };
}

function handler(req, res, consentLog) {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (url.pathname === '/privacy') {
    // The policy the banner links to (policy-url="/privacy").
    res.writeHead(302, { Location: '/demo/privacy.html' }).end();
    return;
  }
  if (url.pathname === '/') {
    res.writeHead(302, { Location: '/demo/' }).end();
    return;
  }
  if (consentLog.routes(url.pathname)) return consentLog.handle(req, res);
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
  const consentLog = await openConsentLog();
  const server = createServer(demoHandler(consentLog)).listen(port, host, () => {
    console.log(`creatio-cookie-consent demo: http://localhost:${port}/demo/`);
    console.log(`For parent-domain cookies, map a name to 127.0.0.1 (e.g. app.example.test in /etc/hosts) and open http://app.example.test:${port}/demo/`);
    const where = consentLog.config.databaseUrl ? 'PostgreSQL' : consentLog.config.dataDir;
    console.log(`Receipts are stored by the consent-log in ${where}${consentLog.config.adminToken ? `; export: ${consentLog.config.basePath}/receipts` : ' (set ADMIN_TOKEN to export them)'}`);
  });
  // Ctrl-C (or npm passing it on) stops the server and lets the database finish its writes.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      server.close();
      server.closeAllConnections();
      consentLog.close().finally(() => process.exit(0));
    });
  }
}
