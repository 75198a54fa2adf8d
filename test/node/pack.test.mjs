// What `npm pack` would ship: the drop-in, the ES modules with types, the manifest, the README —
// and nothing of the sources, tests, demo or tooling.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const shipped = files.map((f) => f.path);

test('ships the drop-in, the modules, their types and the manifest', () => {
  for (const path of [
    'dist/creatio-cookie-consent.js',
    // The drop-in's language packs, loaded from beside it.
    ...['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'uk', 'ar', 'ui', 'preferences', 'deferred'].map((name) => `dist/creatio-cookie-consent.${name}.js`),
    'dist/esm/index.js',
    'dist/esm/creatio-cookie-consent.js',
    'dist/types/index.d.ts',
    'dist/types/creatio-cookie-consent.d.ts',
    'dist/types/element/creatio-cookie-consent.d.ts',
    'custom-elements.json',
    'README.md',
    'package.json',
  ])
    assert.ok(shipped.includes(path), `${path} is shipped`);
});

test('ships no sources, tests, demo or tooling', () => {
  assert.deepEqual(shipped.filter((p) => /^(src|test|demo|scripts|\.ci|docs)\//.test(p) || p.endsWith('.config.mjs')), []);
});

test('every export, types, manifest and side-effect path points at a shipped file', () => {
  const targets = [];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(walk));
  walk(pkg.exports);
  targets.push(pkg.main, pkg.module, pkg.types, pkg.customElements, ...pkg.sideEffects);
  for (const t of targets) assert.ok(shipped.includes(t.replace(/^\.\//, '')), `${t} is shipped`);
});

test('the module entry has no side effects; the define entry registers', () => {
  const index = readFileSync(new URL('dist/esm/index.js', root), 'utf8');
  assert.doesNotMatch(index, /customElements\.define|startCore\(\)/);
  const define = readFileSync(new URL('dist/esm/creatio-cookie-consent.js', root), 'utf8');
  assert.match(define, /customElements\.define\("creatio-cookie-consent"/);
});
