// Issue 13: a file layout that shows the design at a glance, and no source file so long that it
// holds more than one job (the runtime once held about ten in 311 lines).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const src = new URL('../../src/', import.meta.url);
const MAX_LINES = 250;

test(`no file in src/ is over ${MAX_LINES} lines`, () => {
  const files = readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 20, 'the sources are found');
  const long = files
    .map((f) => [f, readFileSync(new URL(f, src), 'utf8').split('\n').length - 1])
    .filter(([, n]) => n > MAX_LINES)
    .map(([f, n]) => `${f}: ${n}`);
  assert.deepEqual(long, []);
});

test('the engine in src/consent/ knows no page: no document, window or element there', () => {
  for (const f of readdirSync(new URL('consent/', src)).filter((f) => f.endsWith('.ts'))) {
    const code = readFileSync(new URL(`consent/${f}`, src), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\b(document|window|HTMLElement|customElements|navigator)\b/, f);
    assert.doesNotMatch(code, /from '\.\.\/(cookies|element|integrations|runtime)\//, `${f} imports an adapter`);
  }
});
