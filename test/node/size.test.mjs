// Every byte of the drop-in is paid on every page view (issue 7: at most 13,000 B gzip with all
// built-in languages; the languages besides English and the cookie lists are packs beside it,
// loaded only by the pages that need them). Each pack is paid by those pages: they have a budget too.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url);
const gzip = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;

const TARGET = 13_000; // bytes, gzip -9 (node zlib; the gzip CLI gives a little less)
const PACK = 2_000;

test(`dist/creatio-cookie-consent.js is at most ${TARGET} B gzip`, () => {
  const size = gzip('creatio-cookie-consent.js');
  console.log(`drop-in: ${size} B gzip (target ${TARGET})`);
  assert.ok(size <= TARGET, `${size} B gzip is over the ${TARGET} B target`);
});

test(`each pack beside it is at most ${PACK} B gzip`, () => {
  const packs = readdirSync(dist).filter((f) => /^creatio-cookie-consent\.\w+\.js$/.test(f));
  assert.equal(packs.length, 10, 'nine languages and the preferences');
  for (const pack of packs) assert.ok(gzip(pack) <= PACK, `${pack}: ${gzip(pack)} B`);
});

// Chrome compiles a file that opens with this comment on the thread that streams it in, instead of
// one function at a time on the main thread when each is first called (about 30% of the drop-in's
// main-thread script time in paired loads). A minifier that drops or moves it undoes that silently.
test('the drop-in opens with the compile hint', () => {
  const firstLine = readFileSync(new URL('creatio-cookie-consent.js', dist), 'utf8').split('\n')[0];
  assert.equal(firstLine, '//# allFunctionsCalledOnLoad');
});
