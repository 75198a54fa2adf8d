// A server for the node tests' own pages, over the built drop-in.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const dist = new URL('../../dist/', import.meta.url);

/**
 * Serves `page(url)`'s HTML (`undefined`: 404), the drop-in's files under `/dist/` (under
 * `/dist-slow/`, each file the core loads 3 s late, as over a slow network), and `/slow?ms=`,
 * a request answered after that long, as a far-away third party holds a page back. Resolves to the
 * port and how to close it.
 */
export async function servePages(page) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/slow') return void setTimeout(() => res.writeHead(404).end(), +(url.searchParams.get('ms') ?? 0));
    const [, slow, name] = url.pathname.match(/^\/dist(-slow)?\/(.*)/) ?? [];
    if (/^creatio-cookie-consent(\.[\w]+)?\.js$/.test(name)) {
      const send = () => res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(new URL(name, dist)));
      return void (slow && name != 'creatio-cookie-consent.js' ? setTimeout(send, 3000) : send());
    }
    const html = page(url);
    if (html === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Connections a browser keeps open (a slow request it stopped waiting for) must not hold the close.
  return { port: server.address().port, close: () => (server.closeAllConnections(), server.close()) };
}

/** Waits until the page's element is defined and has rendered (its interface file has come). */
export const element = (tab) =>
  tab.waitForFunction(() => customElements.get('creatio-cookie-consent') && document.querySelector('creatio-cookie-consent').updateComplete, { timeout: 10000 });
