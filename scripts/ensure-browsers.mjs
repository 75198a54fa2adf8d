// Makes sure what the tests run on is there before they start: Debian's Chromium, Firefox ESR and
// WebKitGTK (test tools that download their own browser cannot here) and nginx (the reverse-proxy recipe is
// tested with a real one). On a fresh Debian machine, as root with apt, it installs what is
// missing; anywhere else it says in one line what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { WEBKIT } from './webkit.mjs';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
export const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p));

/**
 * Debian's Chromium (or CHROME_PATH) headless, as the node tests and scripts drive it: every
 * `*.example.test` host maps to loopback, so parent-domain cookies are the real thing.
 */
export const launchChromium = (options = {}) =>
  puppeteer.launch({
    ...options,
    executablePath: process.env.CHROME_PATH || CHROMIUM,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--host-resolver-rules=MAP *.example.test 127.0.0.1'],
  });

/**
 * Debian's Firefox ESR headless over WebDriver BiDi, as the browser tests drive it; `prefs` are
 * Firefox preferences set for this run only (e.g. `network.cookie.cookieBehavior`).
 */
export const launchFirefox = (prefs = {}) =>
  puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: prefs });

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = [];
  if (!CHROMIUM && !process.env.CHROME_PATH) missing.push('chromium', 'firefox-esr');
  if (!NGINX) missing.push('nginx');
  // WebKit, Safari's engine: WebKitGTK's driver and browser, on a virtual display (scripts/webkit.mjs).
  if (!WEBKIT) missing.push('webkit2gtk-driver', 'xvfb', 'xauth');
  if (missing.length) {
    const root = process.getuid?.() === 0;
    if (root && existsSync('/usr/bin/apt-get')) {
      console.log(`Not found: installing Debian's ${missing.join(', ')} ...`);
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, {
        stdio: 'inherit',
        shell: '/bin/bash',
      });
    } else {
      console.error(`Not found: ${missing.join(', ')}. Install them (Debian: apt-get install ${missing.join(' ')}), or set CHROME_PATH to a Chrome/Chromium binary.`);
      process.exit(1);
    }
  }
}
