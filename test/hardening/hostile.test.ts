import { expect, fixture, html } from '@open-wc/testing';
import { decodeRecord } from '../../src/consent/record.js';
import { readRecord } from '../../src/cookies/jar.js';
import type { CreatioCookieConsent } from '../../src/element/creatio-cookie-consent.js';
import { banner, clearAllCookies, plant } from '../support/helpers.js';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const OTHER_MANAGERS = [
  // vanilla-cookieconsent 3, Klaro, CookieYes, Cookiebot, OneTrust, Complianz, Osano, Creatio-like
  '{"categories":["necessary","analytics"],"revision":0,"data":null,"consentTimestamp":"2026-01-01T00:00:00.000Z","consentId":"5d3c","services":{"necessary":[],"analytics":[]},"languageCode":"en","lastConsentTimestamp":"2026-01-01T00:00:00.000Z","expirationTime":1800000000000}',
  '{"googleAnalytics":true,"matomo":false}',
  'consentid:abc,consent:yes,action:yes,necessary:yes,functional:no,analytics:yes,performance:no,advertisement:no',
  "{stamp:'abc==',necessary:true,preferences:false,statistics:true,marketing:false,method:'explicit',ver:1,utc:1700000000000,region:'de'}",
  'isGpcEnabled=0&datestamp=Mon+Jan+01+2026&version=202401.1.0&groups=C0001%3A1%2CC0002%3A0',
  'allow',
  'true',
  '1',
  'accepted',
  '{"v":1}',
];

function corpus(count: number): string[] {
  const next = random(20261129);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const good = { v: 1, id: 'abcdefgh-1234', rev: 1, created: '2026-01-01T00:00:00Z', updated: '2026-01-02T00:00:00Z', categories: { necessary: true, analytical: true } };
  const values: string[] = [...OTHER_MANAGERS];
  const makers: (() => string)[] = [
    // random bytes, as a string
    () => String.fromCharCode(...Array.from({ length: 1 + Math.floor(next() * 200) }, () => Math.floor(next() * 256))),
    // broken percent-encoding
    () => Array.from({ length: 1 + Math.floor(next() * 20) }, () => pick(['%', '%E0', '%A4%A', '%FF', '%C3%28', '%%', '%zz', '%7B', '%22'])).join(''),
    // deep JSON
    () => '['.repeat(1000 + Math.floor(next() * 20000)) + ']'.repeat(Math.floor(next() * 20000)),
    () => '{"a":'.repeat(500 + Math.floor(next() * 5000)) + '1' + '}'.repeat(Math.floor(next() * 5000)),
    // huge JSON
    () => JSON.stringify({ ...good, pad: 'x'.repeat(3000 + Math.floor(next() * 5000)) }),
    // prototype keys
    () => `{"__proto__":{"polluted":${next()}},"v":1,"categories":{"__proto__":{"necessary":true}}}`,
    () => JSON.stringify({ ...good, constructor: { prototype: { polluted: true } } }),
    () => JSON.stringify({ ...good, categories: JSON.parse(`{"necessary":true,"${pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])}":true}`) }),
    // wrong types in each field
    () => {
      const key = pick(Object.keys(good));
      const value = pick([null, 0, -1, 1e309, '', 'x', [], {}, true, false, [1], { a: 1 }, '2026-01-01', 1.5]);
      return JSON.stringify({ ...good, [key]: value });
    },
    () => JSON.stringify({ ...good, categories: { necessary: true, [pick(['analytical', 'functional', 'x'])]: pick([1, 'true', null, {}, []]) } }),
    // truncated and mutated copies of a valid value
    () => JSON.stringify(good).slice(0, Math.floor(next() * 120)),
    () => {
      const s = JSON.stringify(good).split('');
      s[Math.floor(next() * s.length)] = String.fromCharCode(Math.floor(next() * 128));
      return s.join('');
    },
    () => pick(OTHER_MANAGERS),
  ];
  while (values.length < count) values.push(pick(makers)());
  return values;
}

describe('hostile input', () => {
  const values = corpus(1200);

  it(`decodes ${values.length} hostile CookieConscent values to "no decision", never throwing or polluting`, () => {
    let valid = 0;
    for (const raw of values) {
      // Straight to the codec, and as it would arrive in document.cookie (percent-encoded or not).
      const decoded = decodeRecord(raw);
      const fromJar1 = readRecord(`a=1; CookieConscent=${raw}; b=2`);
      const fromJar2 = readRecord(`CookieConscent=${encodeURIComponent(raw)}`);
      // A random mutation can leave a value valid; anything we accept must be exactly our shape.
      for (const r of [decoded, fromJar1, fromJar2])
        if (r) {
          valid++;
          expect(Object.keys(r)).to.deep.equal(['v', 'id', 'rev', 'created', 'updated', 'categories']);
          expect(r.categories.necessary).to.equal(true);
        }
    }
    // Only the few small mutations of a valid value (a digit of a date, say) can stay valid.
    expect(valid, 'almost every value refused').to.be.below(values.length / 10);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'necessary')).to.equal(false);
  });

  describe('in real cookies', () => {
    beforeEach(clearAllCookies);
    // Cookie values cannot hold every byte: the sample keeps those a browser stores.
    const storable = values.filter((v) => !/[;\x00-\x1f\x7f]/.test(v) && v.length < 3500).slice(0, 60);
    it(`shows the banner for ${storable.length} stored hostile values`, async () => {
      for (const value of storable) {
        plant(`CookieConscent=${value}; path=/`);
        const el = await fixture<CreatioCookieConsent>(html`<creatio-cookie-consent></creatio-cookie-consent>`);
        if (el.consent) continue; // a mutation that left the value valid
        expect(banner(el), value).to.exist;
        el.remove();
      }
    });
  });

  describe('attributes', () => {
    beforeEach(clearAllCookies);
    const next = random(7);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
    const odd = ['', ' ', '-1', '0', '1e309', 'NaN', 'null', '__proto__', 'constructor', '<img src=x onerror=alert(1)>', 'javascript:alert(1)',
      'data:text/html,x', '//evil.test', 'https://other.example.test/x', '../../etc', '\u202e', 'ar', 'xx-YY', 'dark', 'x'.repeat(5000), '* _ga*', 'necessary'];
    const attributes = ['categories', 'functional-cookies', 'analytical-cookies', 'policy-url', 'revision', 'expires-days', 'cookie-domain', 'consent-url', 'lang', 'theme', 'settings-button', 'marketing-cookies'];

    it('render a banner, refuse unsafe URLs and never throw, for 300 odd attribute sets', async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      addEventListener('error', onError);
      for (let i = 0; i < 300; i++) {
        const el = document.createElement('creatio-cookie-consent');
        for (const name of attributes) if (next() < 0.5) el.setAttribute(name, pick(odd));
        document.body.append(el);
        await el.updateComplete;
        const b = banner(el);
        expect(b, el.outerHTML).to.exist;
        for (const a of b!.querySelectorAll('a')) expect(a.protocol).to.match(/^https?:$/);
        expect(b!.querySelector('img')).to.equal(null);
        el.remove();
      }
      removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('ignores odd texts and method arguments', async () => {
      const el = await fixture<CreatioCookieConsent>(html`<creatio-cookie-consent></creatio-cookie-consent>`);
      for (const texts of [null, undefined, 42, 'str', [], { acceptAll: 42 }, JSON.parse('{"__proto__":{"polluted":1}}')]) {
        el.texts = texts as never;
        await el.updateComplete;
        expect(banner(el)!.textContent).to.contain('Accept all');
      }
      for (const arg of [null, undefined, 42, 'x', [], { analytical: 'yes' }, JSON.parse('{"__proto__":{"analytical":true}}')]) el.setConsent(arg as never);
      expect(el.consent!.categories).to.deep.equal({ necessary: true, functional: false, analytical: false });
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });
});
