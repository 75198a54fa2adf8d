// What `npm pack` ships (prepack builds first; here the build has run): the drop-in and everything
// it loads, the module build with its types, the custom-elements manifest, and the licence.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('npm pack ships the drop-in, the modules and their types, the manifest and the licence', () => {
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
  const paths = files.map((file) => file.path);
  for (const wanted of ['LICENSE', 'package.json', 'README.md', 'custom-elements.json', 'dist/creatio-cookie-consent.js', 'dist/creatio-cookie-consent.ui.js', 'dist/creatio-cookie-consent.deferred.js', 'dist/esm/index.js', 'dist/types/index.d.ts']) {
    assert.ok(paths.includes(wanted), `${wanted} is not in the package`);
  }
  assert.ok(!paths.some((path) => path.startsWith('server/') || path.startsWith('test/')), 'no service or tests in the component package');
  const { exports } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(exports['./custom-elements.json'], './custom-elements.json', 'bundlers and tools can import the manifest');
});
