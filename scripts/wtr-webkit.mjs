// The browser suite in WebKit: a @web/test-runner launcher over scripts/webkit.mjs. The test pages
// open under the mapped host as they do in Chromium and Firefox, through a proxy of our own that
// tunnels every `*.example.test` host to the test server (no /etc/hosts). To the runner's commands
// (send-keys, set-viewport, send-mouse) and to ours (browser-cookies) the page offers the part of
// puppeteer's surface they use, carried out with WebDriver; what WebDriver cannot do (media
// emulation, the browser's request events) throws, and the tests leave that part out in WebKit.
import { connect, createServer } from 'node:net';
import { launchWebKit } from './webkit.mjs';

/** Puppeteer's key names, as the tests send them, in WebDriver's code points. */
const KEYS = {
  Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Escape: '\uE00C',
  Space: '\uE00D', End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013',
  ArrowRight: '\uE014', ArrowDown: '\uE015', Backspace: '\uE003',
};
const key = (name) => KEYS[name] ?? name;
const BUTTONS = ['left', 'middle', 'right'];

/** A proxy that tunnels CONNECTs to `*.example.test` (and localhost) to the same port on loopback, and refuses the rest. */
function startProxy() {
  const server = createServer((client) => {
    client.once('data', (head) => {
      const [, host, port] = /^CONNECT ([^\s:]+):(\d+) /.exec(head.toString('latin1')) ?? [];
      if (!host || !/(^|\.)(example\.test|localhost)$/.test(host)) return client.destroy();
      const upstream = connect(Number(port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The page surface the runner's puppeteer commands call, on one WebKit tab. */
function pageOf(tab) {
  const mouse = (actions) => tab.actions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
  const keys = (actions) => tab.actions([{ type: 'key', id: 'keyboard', actions }]);
  return {
    keyboard: {
      press: (name) => tab.press([key(name)]),
      type: (text) => tab.press([...text]),
      // Held until `up`: WebDriver keeps a key down from one action sequence to the next.
      down: (name) => keys([{ type: 'keyDown', value: key(name) }]),
      up: (name) => keys([{ type: 'keyUp', value: key(name) }]),
    },
    mouse: {
      move: (x, y) => mouse([{ type: 'pointerMove', origin: 'viewport', x, y }]),
      click: (x, y, { button = 'left' } = {}) =>
        mouse([{ type: 'pointerMove', origin: 'viewport', x, y }, { type: 'pointerDown', button: BUTTONS.indexOf(button) }, { type: 'pointerUp', button: BUTTONS.indexOf(button) }]),
      down: ({ button = 'left' } = {}) => mouse([{ type: 'pointerDown', button: BUTTONS.indexOf(button) }]),
      up: ({ button = 'left' } = {}) => mouse([{ type: 'pointerUp', button: BUTTONS.indexOf(button) }]),
      reset: () => tab.release(),
    },
    /** The viewport's size: the window's, less what its toolbars take, measured. */
    async setViewport({ width, height }) {
      const [dx, dy] = await tab.evaluate(() => [outerWidth - innerWidth, outerHeight - innerHeight]);
      // Over the middle of the virtual screen, where its pointer rests: with no window manager, X
      // gives the keyboard to the window under the pointer, and a page without it matches no :focus.
      const [w, h] = [width + dx, height + dy];
      await tab.setWindowRect({ x: Math.max(0, 640 - (w >> 1)), y: Math.max(0, 512 - (h >> 1)), width: w, height: h });
      await tab.waitForFunction((w, h) => innerWidth === w && innerHeight === h, { timeout: 3000 }, width, height);
    },
    emulateMediaFeatures() {
      throw new Error('WebDriver has no media emulation: not in WebKit');
    },
    emulateMediaType() {
      throw new Error('WebDriver has no media emulation: not in WebKit');
    },
    on() {
      throw new Error("WebDriver has no request events: the browser's request log is not in WebKit");
    },
    /** The jar as puppeteer's `page.cookies()` gives it: WebDriver's list, `expiry` as `expires`. */
    cookies: async () =>
      (await tab.cookies()).map(({ expiry, ...cookie }) => ({ ...cookie, expires: expiry ?? -1 })),
  };
}

/**
 * A launcher for @web/test-runner: one WebKit window, one test file at a time (the suite's
 * concurrency is 1), opened at `https://${host}` instead of localhost.
 */
export function webkitLauncher({ host }) {
  let tab;
  let page;
  let proxy;
  let starting;
  let opened;
  const active = new Set();
  const start = async () => {
    proxy = await startProxy();
    tab = await launchWebKit({ proxy: `127.0.0.1:${proxy.address().port}`, insecureCerts: true, pageLoadStrategy: 'none' });
    page = pageOf(tab);
  };
  return {
    name: 'WebKit',
    // The runner's commands speak to the page through puppeteer's names: they find them on pageOf.
    type: 'puppeteer',
    concurrency: 1,
    async startSession(id, url) {
      await (starting ??= start());
      active.add(id);
      opened = url;
      // Without waiting for the load (the page strategy 'none'): the runner hears from the page
      // itself, and a command a test sends before its page's load would wait behind the navigation.
      const address = url.replace(/^https?:\/\/localhost:/, `https://${host}:`);
      // MiniBrowser can end in the middle of a run (seen once in CI): every file after it then
      // failed on its session. A new browser takes the next file, so only the file it ended in goes
      // unreported, which scripts/wtr.mjs runs once more.
      await tab.goto(address).catch(async (error) => {
        if (!/invalid session id/.test(error.message)) throw error;
        await tab.close().catch(() => {});
        proxy.close();
        await (starting = start());
        await tab.goto(address);
      });
    },
    isActive: (id) => active.has(id),
    // A browser that ended answers no more: the runner then reads its disconnect as the end of the
    // browser (not a navigation), which scripts/wtr.mjs runs once more.
    getBrowserUrl: () => tab.url().catch(() => opened),
    getPage: () => page,
    async stopSession(id) {
      active.delete(id);
      await tab.goto('about:blank').catch(() => {});
      return {};
    },
    startDebugSession() {
      throw new Error('No debugging in WebKit here: run the file in Chromium or Firefox');
    },
    async stop() {
      await tab?.close();
      proxy?.close();
    },
  };
}
