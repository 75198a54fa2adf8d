// The consent-log is plain JavaScript beside the drop-in's TypeScript: what the two must agree on
// (the causes a receipt can carry, the shape of ids) is read from the drop-in's source here, so a
// cause added there cannot be refused here unnoticed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CAUSES, receiptSchema } from '../../../server/consent-log/src/receipt.mjs';

const source = (path) => readFileSync(new URL(`../../../src/${path}`, import.meta.url), 'utf8');

test('the consent-log accepts every cause the drop-in sends, and only those', () => {
  const union = /export type Cause =([^;]+);/.exec(source('consent/policy.ts'))[1];
  assert.deepEqual([...union.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort(), [...CAUSES].sort());
});

test('the consent-log takes the ids the drop-in makes', () => {
  const id = new RegExp(receiptSchema([]).properties.consentId.pattern);
  assert.equal(/const ID = \/\^\[\\w-\]\{8,64\}\$\/;/.test(source('consent/record.ts')), true, 'the drop-in still checks ids as [\\w-]{8,64}');
  for (const made of [crypto.randomUUID(), crypto.getRandomValues(new Uint32Array(4)).join('-')]) assert.match(made, id);
});

// A receipt the server refuses for what it is (400) is dropped by the drop-in, not retried: a
// revision the drop-in can store and the server cannot take would lose the record of consent.
test('the consent-log takes every revision the drop-in can record', () => {
  const [, min, max] = /revision: toInt\(read\('revision'\), \d+, ([\de]+), ([\de]+)\)/.exec(source('consent/config.ts')).map(Number);
  const { minimum, maximum } = receiptSchema([]).properties.revision;
  assert.ok(minimum <= min && maximum >= max, `the drop-in records ${min}–${max}, the consent-log takes ${minimum}–${maximum}`);
});
