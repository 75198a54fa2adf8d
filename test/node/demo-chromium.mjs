// The demo server and Debian's Chromium, started before a node test file's tests and stopped after.
import { after, before } from 'node:test';
import { startDemo } from '../../demo/server.mjs';
import { launchChromium } from '../../scripts/ensure-browsers.mjs';

/** Registers the hooks; the returned object's `demo` and `browser` are there once the tests run. */
export function demoInChromium() {
  const running = {};
  before(async () => {
    running.demo = await startDemo();
    running.browser = await launchChromium();
  });
  after(async () => {
    await running.browser?.close();
    await running.demo?.close();
  });
  return running;
}
