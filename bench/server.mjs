// The benchmark's pages: one application page, identical for every variant but for what each
// consent manager asks to be added, served without a CSP so vanilla-cookieconsent (innerHTML) runs
// as it would on a real site.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PAGE = readFileSync(join(root, 'bench/pages/page.html'), 'utf8');
const script = (src) => `<script src="${src}"></script>`;
/** A page with our element, its core from `src`. */
const ours = (src, lang) => ({ lang, head: script(src), body: '<creatio-cookie-consent policy-url="/privacy"></creatio-cookie-consent>' });
/**
 * Scripts a run builds and hands the server (`files`): the core evaluated but never started, the same
 * reading the jar once (bench/bytes.mjs `unstartedCore`), and a script that only reads the jar.
 */
export const BUILT = { oursUnstarted: '/bench/pages/core-unstarted.js', oursUnstartedRead: '/bench/pages/core-unstarted-read.js', readOnly: '/bench/pages/read-jar.js' };
export const VARIANTS = {
  app: { head: '', body: '' },
  ours: ours('/dist/creatio-cookie-consent.js'),
  // The same page in German, declared as pages declare their language: the banner waits for the
  // German pack beside the script.
  oursGerman: ours('/dist/creatio-cookie-consent.js', 'de'),
  oursUnstarted: ours(BUILT.oursUnstarted),
  oursUnstartedRead: ours(BUILT.oursUnstartedRead),
  // What any consent manager pays before anything of its own.
  readOnly: { head: script(BUILT.readOnly), body: '' },
  vanilla: {
    // Where vanilla-cookieconsent's documentation puts it: the CSS in <head>, the scripts at the end of <body>.
    head: '<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css" />',
    body: '<script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script><script src="vanilla-config.js"></script>',
  },
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Starts the page server on a free loopback port; resolves to the pages' base URL and the server.
 * `files`: scripts built for the run, by path (`BUILT`).
 */
export async function startBenchServer({ files = {} } = {}) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (Object.hasOwn(files, path)) return res.writeHead(200, { 'Content-Type': TYPES['.js'], 'Cache-Control': 'no-store' }).end(files[path]);
    const variant = /^\/bench\/pages\/(\w+)\.html$/.exec(path)?.[1];
    if (variant && VARIANTS[variant]) {
      const { head, body, lang = 'en' } = VARIANTS[variant];
      const page = PAGE.replace('<html lang="en">', `<html lang="${lang}">`).replace('<!--head-->', head).replace('<!--body-->', body);
      return res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' }).end(page);
    }
    const file = join(root, path);
    if (!/^\/(bench\/pages|dist|node_modules\/vanilla-cookieconsent\/dist)\//.test(path)) return res.writeHead(404).end();
    try {
      if (!statSync(file).isFile()) throw new Error();
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return { server, base: `http://127.0.0.1:${server.address().port}/bench/pages` };
}
