// WebKit, the engine of Safari, as Debian ships it: WebKitGTK's MiniBrowser driven by its
// WebKitWebDriver over the W3C WebDriver protocol, on a virtual X display (xvfb-run). Only the few
// commands the node tests use, over fetch: the WebDriver clients on npm ask for a newer Node.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

const LIB = '/usr/lib/x86_64-linux-gnu';
export const WEBKIT_DRIVER = ['/usr/bin/WebKitWebDriver'].find((p) => existsSync(p));
export const MINIBROWSER = existsSync(LIB)
  ? readdirSync(LIB)
      .filter((dir) => /^webkit2?gtk-[\d.]+$/.test(dir))
      .map((dir) => `${LIB}/${dir}/MiniBrowser`)
      .find((p) => existsSync(p))
  : undefined;

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/**
 * Starts WebKitWebDriver on a display of its own and opens one MiniBrowser session; `proxy`
 * (`host:port`) is the browser's HTTP proxy. Resolves to a tab with a puppeteer-like surface:
 * `goto`, `evaluate` (a function and JSON arguments; a promise it returns is awaited),
 * `waitForFunction`, `openTab` / `currentTab` / `switchTo` / `closeTab` (which tab the commands act
 * in), `press` (keys), `cookies` (as WebDriver lists them, with `expiry` in seconds),
 * `deleteCookies`, and `close`, which ends the session, the driver and the display.
 */
export async function launchWebKit({ proxy } = {}) {
  const port = await freePort();
  // Its own process group, so that closing it ends xvfb-run, Xvfb, the driver and the browser together.
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  // Also when the test process ends without closing it (a failed hook, a runner's timeout).
  process.once('exit', stop);
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  };
  let session;
  for (let tries = 0; !session; tries++)
    try {
      session = await call('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
            ...(proxy && { proxy: { proxyType: 'manual', httpProxy: proxy } }),
          },
        },
      });
    } catch (error) {
      if (tries > 100) throw (stop(), error);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  const at = `/session/${session.sessionId}`;
  const evaluate = async (fn, ...args) => {
    // The async form, so that a promise the function returns is waited for in every driver.
    const result = await call('POST', `${at}/execute/async`, {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn}).apply(null, [...arguments].slice(0, -1)))
          .then((value) => done({ value }), (error) => done({ error: String(error) }));`,
      args,
    });
    if (result && 'error' in result) throw new Error(`in the page: ${result.error}`);
    return result?.value;
  };
  return {
    version: session.capabilities.browserVersion,
    goto: (url) => call('POST', `${at}/url`, { url }),
    evaluate,
    async waitForFunction(fn, { timeout = 10000 } = {}, ...args) {
      for (const end = Date.now() + timeout; ; ) {
        const value = await evaluate(fn, ...args);
        if (value) return value;
        if (Date.now() > end) throw new Error(`not within ${timeout} ms: ${fn}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    /** Opens another tab (a window, in MiniBrowser) and resolves to its handle; `switchTo` moves the commands there. */
    openTab: async () => (await call('POST', `${at}/window/new`, { type: 'tab' })).handle,
    currentTab: () => call('GET', `${at}/window`),
    switchTo: (handle) => call('POST', `${at}/window`, { handle }),
    /** Closes the tab the commands act in; switch to another after it. */
    closeTab: () => call('DELETE', `${at}/window`),
    /**
     * Presses keys, as the visitor's keyboard does (WebDriver key actions): each of `keys` is pressed
     * and released in turn while `held` (e.g. `'\uE008'`, Shift) is down.
     */
    press: (keys, held = []) =>
      call('POST', `${at}/actions`, {
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              ...held.map((value) => ({ type: 'keyDown', value })),
              ...keys.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]),
              ...held.map((value) => ({ type: 'keyUp', value })),
            ],
          },
        ],
      }),
    cookies: () => call('GET', `${at}/cookie`),
    deleteCookies: () => call('DELETE', `${at}/cookie`),
    async close() {
      await call('DELETE', at).catch(() => {});
      stop();
    },
  };
}
