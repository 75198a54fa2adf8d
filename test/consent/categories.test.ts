import { expect } from '@open-wc/testing';
import { MAX_CATEGORIES, changedCategories, matcher, parseCategories } from '../../src/consent/categories.js';
import { CREATIO_NAMES, NECESSARY_NAMES, NECESSARY_PATTERNS } from '../../src/consent/catalogue.js';
import { CATALOGUE } from '../../src/consent/cookie-table.js';

describe('categories', () => {
  for (const [patterns, name, matches] of [
    [['_ga', '_ga_*'], '_ga', true],
    [['_ga', '_ga_*'], '_ga_ABC123', true],
    [['_ga', '_ga_*'], '_gat', false],
    [['_ga', '_ga_*'], 'x_ga', false],
    [['UserName'], 'username', false],
    [['a.b'], 'aXb', false],
    [['(x)|y'], '(x)|y', true],
    [['*'], 'anything', true],
    [[], '_ga', false],
    // Several wildcards: the parts in order, the first at the start, the last at the end.
    [['*a*b'], 'xaxb', true],
    [['*a*b'], 'ab', true],
    [['*a*b'], 'ba', false],
    [['a*b*c'], 'aXbYc', true],
    [['a*b*c'], 'acb', false],
    [['a*b*c'], 'abcc', true],
    [['a*a'], 'a', false],
    [['a*a'], 'aa', true],
    [['_hj*id*'], '_hjSessionUser_1', false],
    [['_hj*id*'], '_hjid', true],
  ] as const)
    it(`${patterns.join(' ')} ${matches ? 'matches' : 'does not match'} ${name}`, () => {
      expect(matcher(patterns)(name)).to.equal(matches);
    });

  // Every pattern of up to five characters of `a`, `B` and `*` against every name of up to six of `a`,
  // `A`, `b` and `B`, as a regular expression anchored at both ends reads it (short enough here not
  // to backtrack long), and caseless where the pattern is named so.
  it('matches as an anchored regular expression would, for every short pattern and name', () => {
    const words = (letters: string, most: number): string[] => {
      const all = [''];
      for (let i = 0; i < all.length; i++) if (all[i].length < most) for (const l of letters) all.push(all[i] + l);
      return all;
    };
    const names = words('aAbB', 6);
    for (const pattern of words('aB*', 5))
      for (const caseless of [false, true]) {
        const test = matcher([pattern], caseless ? [pattern.toUpperCase()] : []);
        const reference = new RegExp(`^${pattern.split('*').join('.*')}$`, caseless ? 'is' : 's');
        const wrong = names.filter((name) => test(name) !== reference.test(name));
        expect(wrong, `${pattern}${caseless ? ' (caseless)' : ''}`).to.deep.equal([]);
      }
  });

  // Any script, server or sibling subdomain chooses the names the guard and the clearing test, and
  // the page's patterns are public: a name made to backtrack must not hold the page.
  it('answers a long name made against a pattern of several wildcards at once', function () {
    this.timeout(5000);
    const started = performance.now();
    expect(matcher(['*a*a*a*b'])('a'.repeat(4000))).to.equal(false);
    expect(performance.now() - started).to.be.below(200);
  });

  // Creatio's server reads cookie names case-insensitively; Google Analytics reads lower case only.
  for (const [name, matches] of [
    ['UserName', true],
    ['username', true],
    ['USERNAME', true],
    ['_ga', true],
    ['_GA', false],
    ['_Ga_X', false],
  ] as const)
    it(`with Creatio's names caseless, UserName _ga _ga_* ${matches ? 'matches' : 'does not match'} ${name}`, () => {
      expect(matcher(['UserName', '_ga', '_ga_*'], CREATIO_NAMES)(name)).to.equal(matches);
    });

  it(`offers up to ${MAX_CATEGORIES} categories, and says so when a page lists more`, () => {
    const many = Array.from({ length: MAX_CATEGORIES + 3 }, (_, i) => `c${i}`);
    const warn = console.warn;
    const said: unknown[] = [];
    console.warn = (...a: unknown[]) => said.push(a.join(' '));
    try {
      expect(parseCategories(many.join(' '))).to.deep.equal(many.slice(0, MAX_CATEGORIES));
    } finally {
      console.warn = warn;
    }
    expect(said.join()).to.contain(`${MAX_CATEGORIES} categories at most`);
  });

  for (const [attribute, offered] of [
    [null, ['functional', 'analytical']],
    ['functional', ['functional']],
    ['  analytical   functional analytical ', ['analytical', 'functional']],
    ['necessary functional', ['functional']],
    ['marketing <b>x</b> __proto__ Functional', ['marketing']],
    ['', []],
  ] as const)
    it(`offers ${JSON.stringify(offered)} for categories="${attribute}"`, () => {
      expect(parseCategories(attribute)).to.deep.equal(offered);
    });

  it('names the categories that changed', () => {
    expect(changedCategories(null, { necessary: true, functional: true, analytical: false })).to.deep.equal(['functional']);
    expect(changedCategories({ functional: true, analytical: true }, { functional: true, analytical: false })).to.deep.equal(['analytical']);
  });
});

describe('catalogue', () => {
  // The names in Creatio's table (shared/creatio/platform-cookies.md).
  const creatio = [
    '.ASPXAUTH', 'BPMLOADER', 'BPMSESSIONID', 'BPMCSRF', 'UserName', 'UserType', 'SsoSessionId', 'CookieConscent', '_ga', '_ga_*',
    'verto_session_uuid', 'visid_incap_*', 'incap_ses_*', '.AspNet.SharedCookie', 'CreatioIdentityServerAuthenticated',
    'ExistingAlmUser', 'idsrv.session', 'sticky-session-id', 'product', 'bpmHref', 'bpmRef', 'TotpSetupToken', 'FirstFactor', 'PasswordRecover',
  ];
  // What gtag.js and Google Tag Manager set besides, and Google Ads' click cookie.
  const google = ['_gid', '_gat', '_gat_*', '_gac_*', '_dc_gtm_*', '_gcl_*'];
  // What Creatio Marketing's website tracking script sets on a company's site (INTEGRATION.md).
  const tracking = ['bpmTrackingId'];
  it('holds every cookie of Creatio\'s table, the rest of the Google family and Creatio\'s website tracking id, once', () => {
    expect(CATALOGUE.map((e) => e.name)).to.have.members([...creatio, ...google, ...tracking]);
    expect(CATALOGUE.find((e) => e.name === '_gcl_*')!.category).to.equal('marketing');
  });
  it('puts UserName in functional, marked HttpOnly, and GA in analytical', () => {
    const of = (name: string) => CATALOGUE.find((e) => e.name === name)!;
    expect(of('UserName')).to.include({ category: 'functional', httpOnly: true });
    expect(of('_ga')).to.include({ category: 'analytical', duration: 365 });
    expect(of('_ga_*').category).to.equal('analytical');
    expect(of('bpmHref').duration).to.equal(180);
    expect(of('.ASPXAUTH')).to.include({ category: 'necessary', duration: 0, httpOnly: false });
  });
  it('knows at once every cookie the table marks strictly necessary, and no other', () => {
    expect(NECESSARY_NAMES).to.deep.equal(CATALOGUE.filter((e) => e.category === 'necessary').map((e) => e.name));
  });
  it('protects every strictly necessary cookie and nothing optional', () => {
    const protect = matcher(NECESSARY_PATTERNS);
    for (const name of ['.ASPXAUTH', 'ASPXAUTH', 'BPMCSRF', 'visid_incap_123', 'incap_ses_9_1', 'CookieConscent']) expect(protect(name), name).to.equal(true);
    for (const name of ['UserName', '_ga', '_ga_X1']) expect(protect(name), name).to.equal(false);
  });
});
