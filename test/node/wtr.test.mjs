// scripts/wtr.mjs, which `npm test` runs the browser tests with: a file whose tab never reports is
// run once more in that browser; a failed test, or a file silent twice, fails the run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const run = (file) => {
  const dir = mkdtempSync(join(tmpdir(), 'wtr-test-'));
  const { status, stdout } = spawnSync('node', ['scripts/wtr.mjs', '--files', `test/node/wtr/${file}`], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BROWSERS: 'chromium', WTR_FINISH_TIMEOUT: '4000', WTR_ONCE: join(dir, 'once'), CI: 'true' },
  });
  rmSync(dir, { recursive: true, force: true });
  return { status, stdout, last: stdout.trim().split('\n').at(-1) };
};

test('a file silent once is run again, and the run passes on its result', () => {
  const { status, stdout, last } = run('silent-once.browser.ts');
  assert.match(stdout, /No result from test\/node\/wtr\/silent-once\.browser\.ts in Chrome/);
  assert.equal(last, 'Total: 1 passed, 0 failed, 0 skipped');
  assert.equal(status, 0);
});

test('a file silent twice fails the run', () => {
  const { status, stdout, last } = run('silent.browser.ts');
  assert.match(stdout, /No result from test\/node\/wtr\/silent\.browser\.ts/);
  assert.equal(last, 'Total: 0 passed, 1 failed, 0 skipped');
  assert.notEqual(status, 0);
});

test('a failed test is not run again', () => {
  const { status, stdout } = run('fails.browser.ts');
  assert.doesNotMatch(stdout, /No result from/);
  assert.match(stdout, /^0 passed, 1 failed, 0 skipped$/m);
  assert.notEqual(status, 0);
});
