// WebKit, the engine of Safari, as Debian ships it: WebKitGTK's MiniBrowser driven by its
// WebKitWebDriver over the W3C WebDriver protocol, on a virtual X display (xvfb-run). Only the few
// commands the node tests use, over fetch: the WebDriver clients on npm ask for a newer Node.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

const LIB = '/usr/lib/x86_64-linux-gnu';
export const WEBKIT_DRIVER = ['/usr/bin/WebKitWebDriver'].find((p) => existsSync(p));
export const MINIBROWSER = existsSync(LIB)
  ? readdirSync(LIB)
      .filter((dir) => /^webkit2?gtk-[\d.]+$/.test(dir))
      .map((dir) => `${LIB}/${dir}/MiniBrowser`)
      .find((p) => existsSync(p))
  : undefined;

/** Whether WebKit can run here: its driver, its browser and a virtual display. */
export const WEBKIT = !!(WEBKIT_DRIVER && MINIBROWSER && existsSync('/usr/bin/xvfb-run'));

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/**
 * Starts WebKitWebDriver on a display of its own and opens one MiniBrowser session. `proxy`
 * (`host:port`) is the browser's proxy for http (absolute addresses) and https (CONNECT);
 * `insecureCerts` accepts a test server's own certificate; with `pageLoadStrategy` `'none'`, `goto`
 * returns without waiting for the load. Resolves to a tab with a puppeteer-like surface: `goto`,
 * `url`, `evaluate` (a function and JSON arguments; a promise it returns is awaited),
 * `waitForFunction`, `openTab` / `currentTab` / `switchTo` / `closeTab` (which tab the commands act
 * in), `press` (keys), `actions` / `release` (any WebDriver input), `setWindowRect`, `cookies` (as
 * WebDriver lists them, with `expiry` in seconds), `deleteCookies`, and `close`, which ends the
 * session, the driver and the display.
 */
export async function launchWebKit({ proxy, insecureCerts = false, pageLoadStrategy = 'normal' } = {}) {
  const port = await freePort();
  // MiniBrowser's toolbar will not let its window be narrower than 447 px: a theme of our own makes
  // its widgets tiny, so that a test can have a 320 px viewport, as on a small phone.
  const config = mkdtempSync(join(tmpdir(), 'webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), 'toolbar, toolbar *, headerbar, headerbar *, entry, button { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n');
  // Its own process group, so that closing it ends xvfb-run, Xvfb, the driver and the browser together.
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', WEBKIT_DRIVER, `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
    // The proxy as GLib reads it from the environment, for the browser: WebDriver's `sslProxy`
    // capability makes WebKit reach the proxy itself over TLS. Not for loopback, where the driver
    // speaks to the browser.
    env: { ...process.env, XDG_CONFIG_HOME: config, ...(proxy && { http_proxy: `http://${proxy}`, https_proxy: `http://${proxy}`, no_proxy: '127.0.0.1,localhost' }) },
  });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(config, { recursive: true, force: true });
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
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--javascript-can-open-windows-automatically=true'] },
            ...(insecureCerts && { acceptInsecureCerts: true }),
            pageLoadStrategy,
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
  const actions = (sources) => call('POST', `${at}/actions`, { actions: sources });
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
    /** Performs WebDriver input actions as given; keys and buttons they leave down stay down until `release`. */
    actions,
    release: () => call('DELETE', `${at}/actions`),
    /**
     * Presses keys, as the visitor's keyboard does (WebDriver key actions): each of `keys` is pressed
     * and released in turn while `held` (e.g. `'\uE008'`, Shift) is down.
     */
    press: (keys, held = []) =>
      actions([
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            ...held.map((value) => ({ type: 'keyDown', value })),
            ...keys.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]),
            ...held.map((value) => ({ type: 'keyUp', value })),
          ],
        },
      ]),
    url: () => call('GET', `${at}/url`),
    /** Sets the size of the window, toolbars included (`{ width, height }`). */
    setWindowRect: (rect) => call('POST', `${at}/window/rect`, rect),
    cookies: () => call('GET', `${at}/cookie`),
    deleteCookies: () => call('DELETE', `${at}/cookie`),
    async close() {
      await call('DELETE', at).catch(() => {});
      stop();
    },
  };
}
