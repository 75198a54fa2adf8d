// `npm run bench`'s table of where the bytes go builds the drop-in again with each part stubbed
// out: a stub that no longer matches its module's exports breaks that build. Held here, since the
// benchmark itself is not run by `npm test`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { whereBytesGo } from '../../bench/bytes.mjs';

test('every part of the bytes table builds and costs something', async () => {
  const rows = await whereBytesGo();
  assert.ok(rows.length >= 15, `${rows.length} rows`);
  for (const [part, bytes] of rows) assert.ok(Number.isFinite(bytes) && bytes > 0, `${part}: ${bytes}`);
  // The README quotes the table as `node bench/bytes.mjs` prints it: a row that moved, or a table
  // lost while pasting a new one, is told here.
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const [part, bytes] of rows) assert.ok(readme.includes(`| ${part} | ${bytes} |`), `README: | ${part} | ${bytes} |`);
});
