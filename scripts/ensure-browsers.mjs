// Makes sure a browser is there before the tests start. On a fresh Debian machine, as root with
// apt, it installs Debian's Chromium (test tools that download their own browser cannot here);
// anywhere else it says in one line what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
export const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!CHROMIUM && !process.env.CHROME_PATH) {
    const root = process.getuid?.() === 0;
    if (root && existsSync('/usr/bin/apt-get')) {
      console.log('No Chromium found: installing Debian\'s chromium (and firefox-esr) ...');
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium firefox-esr', {
        stdio: 'inherit',
        shell: '/bin/bash',
      });
    } else {
      console.error('No Chromium found: install Chromium (Debian: apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.');
      process.exit(1);
    }
  }
}
