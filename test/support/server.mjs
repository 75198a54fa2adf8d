// Test endpoints for the test runner's server: they play the server side of a Creatio site so the
// tests can use real Set-Cookie headers, HttpOnly cookies and a receipt endpoint.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway certificate for *.example.test, so the mapped host is a secure context (Cookie Store API). */
export function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'ccc-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=example.test',
    '-addext', 'subjectAltName=DNS:*.example.test,DNS:example.test,DNS:localhost',
    '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  return { key, cert };
}

// Chromium and Firefox run the same test files at the same time against this one server: each
// browser (told apart by its User-Agent) has its own list, so one's `?clear` never empties the other's.
const receiptLists = new Map();
/** The browsers (by User-Agent) whose receipts fail, as if the endpoint were out of reach. */
const offline = new Set();
const embeds = new Map();
/** Requests so far, by page token, for the interface file of `/__flakyui…/`. */
const flaky = new Map();
const tries = (token) => flaky.set(token, (flaky.get(token) ?? 0) + 1).get(token);
/** Answers with the built file of that name, as the drop-in's folder would. */
const serveDist = (ctx, file) => {
  ctx.type = 'text/javascript';
  ctx.body = readFileSync(new URL(`../../dist/${file}`, import.meta.url));
};
const embedsOf = (ctx) => (embeds.has(ctx.get('user-agent')) ? embeds : embeds.set(ctx.get('user-agent'), [])).get(ctx.get('user-agent'));
const receiptsOf = (ctx) => {
  const agent = ctx.get('user-agent');
  if (!receiptLists.has(agent)) receiptLists.set(agent, []);
  return receiptLists.get(agent);
};

const body = (req) =>
  new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });

// The strict policy SPEC §7 names, and Creatio's default trusted sources (INTEGRATION.md).
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
// The same, where the page names the Trusted Types policies it allows (docs/creatio-integration.md
// says which two the product creates).
export const NAMED_TT_CSP = `${STRICT_CSP}; trusted-types lit-html creatio-cookie-consent`;
// And one that allows Lit's policy but not the product's: the interface works, gated scripts cannot.
export const LIT_ONLY_CSP = `${STRICT_CSP}; trusted-types lit-html`;
// A nonce-based policy without 'strict-dynamic': only a script that carries the nonce runs, the
// files the core imports included (a module import is checked against script-src as well).
export const NONCE_CSP = "script-src 'nonce-gated-0451'; object-src 'none'; base-uri 'none'";
// The "strict CSP" Google recommends: with 'strict-dynamic', a script that a script with the nonce
// creates runs too (how tag loaders work), whatever it holds.
export const STRICT_DYNAMIC_CSP = "script-src 'nonce-gated-0451' 'strict-dynamic'; object-src 'none'; base-uri 'none'";
export const CREATIO_CSP =
  "script-src 'unsafe-inline' 'unsafe-eval' 'self'; script-src-elem 'self' 'unsafe-inline'; style-src 'unsafe-inline' 'self'; " +
  "style-src-elem 'unsafe-inline' 'self' https://fonts.googleapis.com; connect-src 'self' *.creatio.com; img-src 'self' *.creatio.com; " +
  "frame-src 'self' *.creatio.com; worker-src 'self'; object-src 'none'";

export async function testEndpoints(ctx, next) {
  const url = new URL(ctx.url, 'https://x');
  const path = url.pathname;
  // Pages under a policy get it as a real response header, as a server would send it (set after
  // the file server answered, which would otherwise drop it).
  const named = { creatio: CREATIO_CSP, named: NAMED_TT_CSP, 'lit-only': LIT_ONLY_CSP };
  const policy = path.endsWith('/csp.html') ? (named[url.searchParams.get('policy')] ?? STRICT_CSP) : path.endsWith('/csp-nonce.html') ? (url.searchParams.get('policy') === 'strict-dynamic' ? STRICT_DYNAMIC_CSP : NONCE_CSP) : null;
  if (policy) {
    await next();
    ctx.set('Content-Security-Policy', policy);
    ctx.set('Cache-Control', 'no-store');
    return;
  }
  // A page in a sandboxed frame has an opaque origin, so the files the core imports are cross-origin
  // to it: served as a CDN serves them, to any origin.
  if (path.startsWith('/dist/') && ctx.get('origin') === 'null') {
    await next();
    ctx.set('Access-Control-Allow-Origin', '*');
    return;
  }
  // `?slow`: a file that comes half a second late, as a vendor's library from its own servers comes
  // after the page's first scripts have run.
  if (url.searchParams.has('slow')) await new Promise((r) => setTimeout(r, 500));
  if (!path.includes('/__')) return next();
  ctx.set('Cache-Control', 'no-store');
  if (path === '/__once' && process.env.WTR_ONCE) {
    // For the runner's own test (test/node/wtr.test.mjs): "first" once per marker file, across runs.
    ctx.body = existsSync(process.env.WTR_ONCE) ? 'again' : (writeFileSync(process.env.WTR_ONCE, ''), 'first');
    return;
  }
  if (path === '/__embed') {
    // An embed's host: every request it gets is kept (per browser), as request interception would see it.
    embedsOf(ctx).push(`${ctx.request.hostname} ${url.searchParams.get('id')}`);
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>embed</title><p>embedded';
    return;
  }
  if (path === '/__embed-requests') {
    ctx.body = embedsOf(ctx);
    return;
  }
  if (path === '/__set-cookie') {
    // Each `c` is one raw Set-Cookie value, as a server would send it.
    ctx.set('Set-Cookie', url.searchParams.getAll('c'));
    ctx.body = 'ok';
  } else if (path.endsWith('/__cookie-header')) {
    // What the browser sends, HttpOnly cookies included: the page itself cannot see those.
    ctx.body = ctx.get('cookie');
  } else if (path === '/__consent-offline') {
    if (url.searchParams.has('on')) offline.add(ctx.get('user-agent'));
    else offline.delete(ctx.get('user-agent'));
    ctx.body = 'ok';
  } else if (path === '/__consent') {
    if (url.searchParams.has('destroy')) {
      // Unreachable: the connection drops without an answer (marked answered, or the test runner
      // would list it among the 404s).
      ctx.status = 204;
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    // `?redirect=<path>`: answered as a sign-in wall answers, with a redirect to a page (the browser
    // follows it with a GET, without the receipt).
    if (url.searchParams.has('redirect')) {
      receiptsOf(ctx).push({ receipt: JSON.parse((await body(ctx.req)) || 'null'), csrf: null, contentType: ctx.get('content-type'), status: 302 });
      ctx.redirect(url.searchParams.get('redirect'));
      return;
    }
    // `/__consent-offline?on` makes every receipt fail (503) until `/__consent-offline` without it.
    const status = offline.has(ctx.get('user-agent')) ? 503 : +(url.searchParams.get('status') ?? 200);
    const delay = +(url.searchParams.get('delay') ?? 0);
    // The list as the request found it: one answered after a `?clear` (a slow endpoint's, which the
    // page may have given up on long before) is not logged in the next test's list.
    const list = receiptsOf(ctx);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const receipt = JSON.parse((await body(ctx.req)) || 'null');
    list.push({ receipt, csrf: ctx.get('bpmcsrf') || null, contentType: ctx.get('content-type'), status });
    if (status === 200 && receipt?.refusedCookies?.includes('UserName'))
      ctx.set('Set-Cookie', ['UserName=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly']);
    ctx.status = status;
    ctx.body = status === 200 ? { ok: true } : 'failed';
  } else if (/^\/__(alone|skewed|stalled)\//.test(path)) {
    // The drop-in copied somewhere as an administrator might get it wrong: without its packs
    // (/__alone/, they answer 410: missing on purpose, and unlike a 404 not listed by the test runner
    // as a warning), or beside packs of another version (/__skewed/); or served by a server that
    // hangs on them (/__stalled/: they come, valid, after 6 s).
    const file = path.split('/').pop();
    if (file === 'page.html') {
      ctx.type = 'text/html';
      ctx.body = readFileSync(new URL('../fixtures/language-alone.html', import.meta.url));
    } else if (file === 'creatio-cookie-consent.js' || file === 'creatio-cookie-consent.ui.js') {
      // The core and its interface are copied; the packs are what went wrong.
      serveDist(ctx, file);
    } else if (path.startsWith('/__stalled/') && /^creatio-cookie-consent\.\w+\.js$/.test(file)) {
      await new Promise((resolve) => setTimeout(resolve, 6000));
      serveDist(ctx, file);
    } else if (path.startsWith('/__skewed/')) {
      ctx.type = 'text/javascript';
      ctx.body = "export default { message: 'Ein Text zu wenig' }; export const somethingElse = () => {};";
    } else ctx.status = 410;
  } else if (/^\/__slow(deferred|ui|de)(-\w+)?\//.test(path)) {
    // A network where one file takes long: the deferred file 2 s, the interface 1 s, German 2 s. On the
    // receipts' page (faults.html), a decision made meanwhile, and a page that navigates at once,
    // leave before the deferred file comes; on a page whose load the visitor stops
    // (`?page=stopped`, stopped.html), the stop ends the file's request. `-<token>`: files at
    // addresses of their own, which no other test's page has had (Firefox served the files another
    // document had loaded from memory, without a request, under `no-store`: the file came at once).
    const [, slow, token = '', file] = /^\/__slow(deferred|ui|de)(-\w+)?\/(.*)$/.exec(path);
    if (file === 'page.html') {
      ctx.type = 'text/html';
      const page = url.searchParams.get('page') ?? 'faults';
      ctx.body = readFileSync(new URL(`../fixtures/${page}.html`, import.meta.url), 'utf8').replace('/dist/creatio-cookie-consent.js', `/__slow${slow}${token}/creatio-cookie-consent.js`);
    } else if (/^creatio-cookie-consent(\.\w+)?\.js$/.test(file)) {
      if (file.includes(`.${slow}.`)) await new Promise((resolve) => setTimeout(resolve, slow === 'ui' ? 1000 : 2000));
      serveDist(ctx, file);
    } else ctx.status = 410;
  } else if (/^\/__upgrade-\w+\//.test(path)) {
    // The drop-in after an upgrade, where a browser still holds the interface of the build before
    // (/__upgrade-<token>/): asked for at its plain address, it is that one, with a day's lifetime,
    // as a server's caching (or a browser's heuristics, without Cache-Control) keeps it.
    const file = path.split('/').pop();
    if (file === 'page.html') {
      ctx.type = 'text/html';
      ctx.body = readFileSync(new URL('../fixtures/page.html', import.meta.url), 'utf8').replace('/dist/', path.replace('page.html', ''));
    } else if (file === 'creatio-cookie-consent.ui.js' && !url.search) {
      ctx.type = 'text/javascript';
      ctx.set('Cache-Control', 'max-age=86400');
      ctx.body = "console.warn('creatio-cookie-consent: the interface of the build before');";
    } else if (/^creatio-cookie-consent(\.\w+)?\.js$/.test(file)) serveDist(ctx, file);
    else ctx.status = 410;
  } else if (/^\/__flaky(ui|deferred|embeds|preferences|de)\d-\w+\//.test(path)) {
    // The drop-in whose interface (or deferred, embeds' or preferences' file) answers 503 to its
    // first n requests from a page, then comes (/__flakyui<n>-<token>/, /__flakydeferred<n>-<token>/,
    // /__flakypreferences<n>-<token>/, /__flakyde<n>-<token>/...): a server's hiccup, or a deployment
    // caught half-way. The page is in English, but in German where German's pack is the one that fails. `?page=embeds`: the held-frame page, else a page without one.
    const [, flaky, n, token, file] = /^\/__flaky(ui|deferred|embeds|preferences|de)(\d)-(\w+)\/(.*)$/.exec(path);
    if (file === 'page.html') {
      ctx.type = 'text/html';
      const embeds = url.searchParams.get('page') === 'embeds';
      const page = readFileSync(new URL(`../fixtures/${embeds ? 'embeds' : 'language-alone'}.html`, import.meta.url), 'utf8');
      // The recorders before the drop-in: the first request's failure can be told before a script
      // after it has run (the page without a held frame has the events' one first already).
      const recorders = ['record-warnings.js', ...(embeds ? ['record-events.js'] : [])].map((f) => `<script src="/test/fixtures/${f}"></script>`).join('');
      ctx.body = (embeds ? page.replace('/dist/', '') : flaky === 'de' ? page : page.replace('<html lang="de">', '<html lang="en">')).replace(/<script src="creatio-cookie-consent\.js"/, `${recorders}$&`);
    } else if (file === `creatio-cookie-consent.${flaky}.js` && tries(token) <= +n) ctx.status = 503;
    else if (/^creatio-cookie-consent(\.\w+)?\.js$/.test(file)) {
      serveDist(ctx, file);
    } else ctx.status = 410;
  } else if (/^\/__no(ui|embeds)\//.test(path)) {
    // The held-frames page with the drop-in copied without one of its files: its interface
    // (/__noui/) or the embeds' pack (/__noembeds/). Every other file is there.
    const [, missing, file] = /^\/__no(\w+)\/(.*)$/.exec(path);
    if (file === 'page.html') {
      ctx.type = 'text/html';
      ctx.body = readFileSync(new URL('../fixtures/embeds.html', import.meta.url), 'utf8').replace('/dist/', `/__no${missing}/`);
    } else if (/^creatio-cookie-consent(\.\w+)?\.js$/.test(file) && file !== `creatio-cookie-consent.${missing}.js`) {
      serveDist(ctx, file);
    } else ctx.status = 410;
  } else if (path === '/__slow') {
    // A subresource that holds a page's load event back for `ms`.
    await new Promise((resolve) => setTimeout(resolve, +(url.searchParams.get('ms') ?? 0)));
    ctx.type = 'text/css';
    ctx.body = '';
  } else if (path === '/__receipts') {
    const receipts = receiptsOf(ctx);
    ctx.body = [...receipts];
    if (url.searchParams.has('clear')) receiptLists.set(ctx.get('user-agent'), []);
  } else {
    return next();
  }
}
