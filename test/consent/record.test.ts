import { expect } from '@open-wc/testing';
import { decodeRecord, encodeRecord, type ConsentRecord } from '../../src/consent/record.js';
import { decide, isValid } from '../../src/consent/policy.js';
import { toInt } from '../../src/consent/config.js';
import { MAX_CATEGORIES } from '../../src/consent/categories.js';

const good: ConsentRecord = {
  v: 1,
  id: 'a1b2c3d4-0000-4000-8000-000000000000',
  rev: 2,
  created: '2026-01-01T10:00:00.000Z',
  updated: '2026-02-01T10:00:00.000Z',
  categories: { necessary: true, functional: false, analytical: true },
};
const with_ = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });

describe('record codec', () => {
  it('round-trips a record', () => {
    expect(decodeRecord(encodeRecord(good))).to.deep.equal(good);
  });

  const hostile: [string, string | null | undefined][] = [
    ['nothing', undefined],
    ['empty', ''],
    ['not JSON', 'yes'],
    ['Creatio-style foreign value', 'true'],
    ['another manager (vanilla-cookieconsent)', '{"categories":["necessary","analytics"],"revision":0,"data":null,"consentTimestamp":"2026-01-01T00:00:00.000Z","consentId":"x","services":{},"languageCode":"en","lastConsentTimestamp":"2026-01-01T00:00:00.000Z","expirationTime":1}'],
    ['another manager (Klaro)', '{"analytics":true,"functional":false}'],
    ['JSON array', '[1,2,3]'],
    ['JSON null', 'null'],
    ['truncated', encodeRecord(good).slice(0, 40)],
    ['wrong version', with_({ v: 2 })],
    ['version as string', with_({ v: '1' })],
    ['short id', with_({ id: 'abc' })],
    ['id with markup', with_({ id: '<img src=x onerror=alert(1)>' })],
    ['revision as string', with_({ rev: '2' })],
    ['negative revision', with_({ rev: -1 })],
    ['fractional revision', with_({ rev: 1.5 })],
    ['bad date', with_({ created: 'yesterday' })],
    ['impossible date', with_({ updated: '2026-13-45T99:99:99Z' })],
    ['created after updated', with_({ created: '2026-03-01T00:00:00.000Z' })],
    ['categories missing', with_({ categories: undefined })],
    ['categories as array', with_({ categories: ['necessary'] })],
    ['category as string', with_({ categories: { necessary: true, analytical: 'true' } })],
    ['necessary refused', with_({ categories: { necessary: false } })],
    ['necessary missing', with_({ categories: { analytical: true } })],
    ['__proto__ category', '{"v":1,"id":"a1b2c3d4e5","rev":1,"created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","categories":{"necessary":true,"__proto__":{"polluted":true}}}'],
    ['constructor category', with_({ categories: { necessary: true, constructor: true } })],
    ['too many categories', with_({ categories: Object.fromEntries([['necessary', true], ...Array.from({ length: 40 }, (_, i) => [`c${i}`, true])]) })],
    ['deep nesting', '['.repeat(100000) + ']'.repeat(100000)],
    ['huge', `{"v":1,"pad":"${'x'.repeat(5000)}"}`],
  ];
  for (const [name, raw] of hostile)
    it(`answers "no decision" for ${name}`, () => {
      expect(decodeRecord(raw)).to.equal(null);
    });

  it('never pollutes a prototype', () => {
    decodeRecord('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('policy', () => {
  const now = new Date('2026-06-01T00:00:00.000Z');
  const table: [string, ConsentRecord | null, number, number, boolean][] = [
    ['no record', null, 1, 365, false],
    ['current revision', good, 2, 365, true],
    ['older revision', good, 3, 365, false],
    ['newer revision than the page', good, 1, 365, true],
    ['expired lifetime', good, 2, 30, false],
    ['from the future', { ...good, updated: '2027-01-01T00:00:00.000Z' }, 2, 365, false],
  ];
  for (const [name, record, revision, days, valid] of table)
    it(`${valid ? 'accepts' : 'refuses'} ${name}`, () => {
      expect(isValid(record, revision, days, now)).to.equal(valid);
    });

  it('keeps the consent id and first-consent time across changes', () => {
    const next = decide(good, { necessary: true, functional: true }, 3, now, () => 'new-id-00000');
    expect(next).to.deep.equal({ ...good, rev: 3, updated: now.toISOString(), categories: { necessary: true, functional: true } });
    const first = decide(null, { functional: false }, 1, now, () => 'fresh-id-0000');
    expect(first.id).to.equal('fresh-id-0000');
    expect(first.created).to.equal(now.toISOString());
    expect(first.categories.necessary).to.equal(true);
  });

  for (const [input, expected] of [
    ['12', 12],
    [' 7 days', 7],
    ['abc', 365],
    [null, 365],
    ['-5', 1],
    ['999999', 400],
    ['1e9', 400],
    ['12.9', 12],
    [Infinity, 365],
  ] as const)
    it(`reads ${String(input)} as ${expected}`, () => expect(toInt(input, 365, 1, 400)).to.equal(expected));

  it(`round-trips a decision on ${MAX_CATEGORIES} optional categories, and refuses one on more`, () => {
    const categories = (n: number) => Object.fromEntries([['necessary', true], ...Array.from({ length: n }, (_, i) => [`c${i}`, i % 2 === 0])]);
    const record = { ...good, categories: categories(MAX_CATEGORIES) };
    expect(decodeRecord(JSON.stringify(record))).to.deep.equal(record);
    expect(decodeRecord(JSON.stringify({ ...good, categories: categories(16) }))).not.to.equal(null);
    expect(decodeRecord(JSON.stringify({ ...good, categories: categories(MAX_CATEGORIES + 1) }))).to.equal(null);
  });
});
