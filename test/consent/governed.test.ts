import { expect } from '@open-wc/testing';
import { NECESSARY_NAMES } from '../../src/consent/catalogue.js';
import { isNecessary, refuses } from '../../src/consent/governed.js';

describe('what the guard refuses (governed.ts)', () => {
  it('a refused list: its names and patterns, Creatio\'s names caselessly, never a strictly necessary one', () => {
    const refused = refuses(['UserName', '_ga', '_ga_*', '*', '=*']);
    const table: [string, boolean][] = [
      ['_ga', true],
      ['_ga_X1', true],
      ['UserName', true],
      ['username', true],
      ['USERNAME', true],
      ['anything-else', true],
      // `*` must not log the visitor out, nor forget the decision.
      ['.ASPXAUTH', false],
      ['BPMCSRF', false],
      ['bpmcsrf', false],
      ['visid_incap_42', false],
      ['CookieConscent', false],
      ['cookieconscent', false],
      ['__Host-CookieConscent', false],
      // Storage keys (`=key`): a `*-storage="*"` governs a tag's keys, never the product's own.
      ['=_cltk', true],
      ['=creatio-cookie-consent:pending', false],
      ['=creatio-cookie-consent:session', false],
    ];
    for (const [name, blocked] of table) expect(refused(name), name).to.equal(blocked);
  });
  it('names not listed pass; other names are compared as browsers do, case-sensitively', () => {
    const refused = refuses(['_ga', '_ga_*']);
    for (const name of ['_GA', '_gid', 'UserName', 'ga', 'x_ga']) expect(refused(name), name).to.equal(false);
    expect(refuses([])('_ga')).to.equal(false);
  });
  it('isNecessary: the table\'s strictly necessary names, our two cookies, nothing optional', () => {
    for (const name of NECESSARY_NAMES.map((n) => n.replace('*', '1'))) expect(isNecessary(name), name).to.equal(true);
    for (const name of ['ASPXAUTH', '__Host-CookieConscent']) expect(isNecessary(name), name).to.equal(true);
    for (const name of ['UserName', '_ga', '__Host-Other']) expect(isNecessary(name), name).to.equal(false);
  });
});
