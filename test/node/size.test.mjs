// Every byte of the drop-in is paid on every page view. This guards the size it has reached
// against regressions; the performance issue's target (13,000 B gzip with all ten languages) is
// not reached yet — see the README's benchmark section for where the bytes go.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const BUDGET = 17_100; // bytes, gzip -9 (node zlib; the gzip CLI gives about 300 B less)
const TARGET = 13_000;

test(`dist/creatio-cookie-consent.js stays within ${BUDGET} B gzip`, () => {
  const size = gzipSync(readFileSync(new URL('../../dist/creatio-cookie-consent.js', import.meta.url)), { level: 9 }).length;
  console.log(`drop-in: ${size} B gzip (budget ${BUDGET}, target ${TARGET})`);
  assert.ok(size <= BUDGET, `${size} B gzip is over the ${BUDGET} B budget`);
});
