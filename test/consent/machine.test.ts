import { expect } from '@open-wc/testing';
import { configFrom } from '../../src/consent/config.js';
import { answers, granted, initial, initialFromTag, refusedCookies, step, type ConsentState, type Effects, type Input } from '../../src/consent/machine.js';
import type { ConsentRecord } from '../../src/consent/record.js';

/** The state machine alone: data in, data out, no page. */
const NOW = new Date('2026-06-01T00:00:00Z');
const config = (attributes: Record<string, string> = {}) => configFrom((name) => attributes[name], 'app.example.test');
const record = (categories: Record<string, boolean>, rev = 1, updated = '2026-05-01T00:00:00.000Z'): ConsentRecord => ({
  v: 1,
  id: 'visitor-1',
  rev,
  created: updated,
  updated,
  categories: { necessary: true, ...categories },
});
const ALL = { functional: true, analytical: true };

/** The order in which the runtime carries effects out (ConsentRuntime's #run). */
const ORDER = ['store', 'erase', 'broadcast', 'guard', 'clear', 'consentMode', 'release', 'receipt', 'change'] as const;

/** What an input's effects say, in that order (with detail where it tells). */
const names = (effects: Effects): string[] =>
  ORDER.filter((name) => effects[name] !== undefined).map((name) =>
    name === 'consentMode' ? `consent-mode:${effects.consentMode!.analytical ? 'granted' : 'denied'}` : name === 'change' ? `change:${effects.change!.cause}` : name,
  );

/** Runs inputs from a state, returning the last state and what every input's effects said. */
function run(state: ConsentState, ...inputs: Input[]) {
  const said: string[] = [];
  for (const input of inputs) {
    const next = step(state, input, NOW);
    state = next.state;
    said.push(...names(next.effects));
  }
  return { state, said };
}


describe('consent state machine', () => {
  // [what, configuration the page gives, stored record, whether it grants analytics, effects]
  const table: [string, Record<string, string>, ConsentRecord | null, boolean, string[]][] = [
    ['a stored "accept all" under the same configuration', {}, record(ALL), true, ['guard', 'clear', 'consent-mode:granted', 'release']],
    ['no stored decision', {}, null, false, ['clear', 'release']],
    ['a decision on an older revision', { revision: '2' }, record(ALL), false, ['clear', 'release']],
    ['a decision older than the page\'s expiry', { 'expires-days': '10' }, record(ALL), false, ['clear', 'release']],
    // Google Ads' _gcl_* were refused before marketing was offered too: the guard's list stays.
    ['a decision that never answered a category offered now', { categories: 'functional analytical marketing' }, record(ALL), false, ['clear', 'release']],
    ['a decision from the future', {}, record(ALL, 1, '2027-01-01T00:00:00.000Z'), false, ['clear', 'release']],
  ];
  for (const [what, attributes, stored, grants, effects] of table)
    it(`${what}: ${grants ? 'grants' : 'grants nothing'}, and says ${effects.join(', ')}`, () => {
      const start = initial(config(), false);
      const { state, said } = run(start, { type: 'read', record: stored }, { type: 'configure', config: config(attributes), final: true });
      expect(granted(state).analytical).to.equal(grants);
      expect(said).to.deep.equal(effects);
    });

  const tags: [string, Record<string, string>, boolean, number][] = [
    ['a script tag that says nothing', {}, false, 1],
    ['a script tag that names the revision', { revision: '3' }, true, 3],
    ['a script tag that names only the categories', { categories: 'functional' }, true, 1],
    ['a script tag that names only an endpoint', { 'consent-url': '/c' }, true, 1],
  ];
  for (const [what, data, final, revision] of tags)
    it(`from ${what}: the configuration is ${final ? 'final at once' : "held until the page's element"}`, () => {
      const state = initialFromTag((name) => data[name], 'app.example.test');
      expect(state).to.deep.include({ final, stored: undefined, record: null });
      expect(state.config.revision).to.equal(revision);
      expect(granted(state)).to.deep.equal({ necessary: true, functional: false, ...(data.categories ? {} : { analytical: false }) });
    });

  it('holds every grant until the configuration is final', () => {
    const { state, said } = run(initial(config(), false), { type: 'read', record: record(ALL) });
    expect(granted(state).analytical).to.equal(false);
    expect(said, 'no Consent Mode update, no release, no change').to.deep.equal([]);
  });

  it('a decision stores, broadcasts, sends a receipt when configured, and announces the change', () => {
    const start = run(initial(config({ 'consent-url': '/consent' }), true), { type: 'read', record: null }).state;
    const { state, said } = run(start, { type: 'decide', choice: { analytical: true, marketing: true }, cause: 'save', id: 'new-visitor' });
    expect(state.record).to.deep.include({ id: 'new-visitor', rev: 1 });
    expect(state.record!.categories, 'categories not offered are not recorded').to.deep.equal({ necessary: true, functional: false, analytical: true });
    expect(said).to.deep.equal(['store', 'broadcast', 'guard', 'clear', 'consent-mode:granted', 'release', 'receipt', 'change:save']);
  });

  it('a decision keeps the answers to categories this page does not offer; "Reject all" refuses them too', () => {
    // Pages of one site may offer different categories (one without Google Analytics offers only
    // `functional`) and share the decision: a change made on one must not lose another's answers.
    const functionalOnly = config({ categories: 'functional' });
    const fromOtherPage = record({ functional: true, analytical: true, marketing: false });
    const start = run(initial(functionalOnly, true), { type: 'read', record: fromOtherPage }).state;
    const made = (choice: Record<string, boolean>, cause: 'save' | 'accept-all' | 'reject-all' | 'api') =>
      ({ ...step(start, { type: 'decide', choice, cause, id: 'x' }, NOW).state.record!.categories });
    expect(made({ functional: false }, 'save')).to.deep.equal({ necessary: true, functional: false, analytical: true, marketing: false });
    // Only an answer the visitor gave where it was offered: naming a category here grants nothing of it.
    expect(made({ functional: true, analytical: true, marketing: true }, 'accept-all')).to.deep.equal({ necessary: true, functional: true, analytical: true, marketing: false });
    expect(made({ marketing: true }, 'api')).to.deep.equal({ necessary: true, functional: false, analytical: true, marketing: false });
    expect(made({}, 'reject-all')).to.deep.equal({ necessary: true, functional: false, analytical: false, marketing: false });
    // The other page still finds its answers, and grants what the visitor granted there.
    const other = run(initial(config(), true), { type: 'read', record: step(start, { type: 'decide', choice: { functional: false }, cause: 'save', id: 'x' }, NOW).state.record }).state;
    expect(granted(other)).to.deep.equal({ necessary: true, functional: false, analytical: true });
    // A decision no longer valid here (an older revision) carries nothing over.
    const stale = run(initial(config({ categories: 'functional', revision: '2' }), true), { type: 'read', record: fromOtherPage }).state;
    expect({ ...step(stale, { type: 'decide', choice: { functional: true }, cause: 'save', id: 'x' }, NOW).state.record!.categories }).to.deep.equal({ necessary: true, functional: true });
    // Each page offering a category the other does not: the second page asks about its own (never
    // answered), and its decision keeps the first page's answer, so neither asks again after.
    const adsPage = config({ categories: 'functional marketing' });
    const onAds = step(run(initial(adsPage, true), { type: 'read', record: null }).state, { type: 'decide', choice: { functional: true, marketing: true }, cause: 'accept-all', id: 'v' }, NOW).state.record!;
    const analyticsPage = run(initial(config(), true), { type: 'read', record: onAds }).state;
    expect(analyticsPage.record, 'analytical was never answered: this page asks').to.equal(null);
    const both = step(analyticsPage, { type: 'decide', choice: { functional: true, analytical: false }, cause: 'save', id: 'w' }, NOW).state.record!;
    expect([both.id, { ...both.categories }]).to.deep.equal(['v', { necessary: true, functional: true, analytical: false, marketing: true }]);
    expect(granted(run(initial(adsPage, true), { type: 'read', record: both }).state)).to.deep.equal({ necessary: true, functional: true, marketing: true });
    // What the preferences start from while this page asks: the visitor's answers for the categories
    // they did answer, which grant nothing until the visitor decides here.
    expect({ ...answers(analyticsPage) }).to.deep.equal({ necessary: true, functional: true, analytical: false });
    expect({ ...granted(analyticsPage) }).to.deep.equal({ necessary: true, functional: false, analytical: false });
    // setConsent's choice goes over them: booleans for offered categories only.
    expect({ ...answers(analyticsPage, { analytical: true, functional: 'no', marketing: true }) }).to.deep.equal({ necessary: true, functional: true, analytical: true });
    expect({ ...answers(analyticsPage, null) }).to.deep.equal({ necessary: true, functional: true, analytical: false });
    expect({ ...answers(run(initial(config({ revision: '2' }), true), { type: 'read', record: onAds }).state) }, 'an older revision answers nothing').to.deep.equal({ necessary: true, functional: false, analytical: false });
    expect({ ...answers(run(initial(config(), false), { type: 'read', record: onAds }).state) }, 'nor before the configuration is final').to.deep.equal({ necessary: true, functional: false, analytical: false });
    expect({ ...answers(run(initial(adsPage, true), { type: 'read', record: onAds }).state) }, 'a valid decision: what it grants').to.deep.equal({ necessary: true, functional: true, marketing: true });
    // No more than a record holds (the codec refuses more): this page's own answers first.
    const many = Array.from({ length: 32 }, (_, i) => `c${i}`);
    const full = run(initial(config({ categories: many.join(' ') }), true), { type: 'read', record: record({ ...Object.fromEntries(many.map((c) => [c, true])), other: true }) }).state;
    expect(Object.keys(step(full, { type: 'decide', choice: {}, cause: 'save', id: 'x' }, NOW).state.record!.categories)).to.deep.equal(['necessary', ...many]);
    // Forgetting the decision forgets those answers too: its receipt reports them refused, with every
    // category this page offers (one the record never answered too).
    const withEndpoint = run(initial(config({ categories: 'functional', 'consent-url': '/c' }), true), { type: 'read', record: fromOtherPage }).state;
    expect({ ...step(withEndpoint, { type: 'reset' }, NOW).effects.receipt!.record.categories }).to.deep.equal({ necessary: true, functional: false, analytical: false, marketing: false });
    const unanswered = run(initial(config({ categories: 'functional personalisation', 'consent-url': '/c' }), true), { type: 'read', record: fromOtherPage }).state;
    expect({ ...step(unanswered, { type: 'reset' }, NOW).effects.receipt!.record.categories }).to.deep.equal({
      necessary: true, functional: false, personalisation: false, analytical: false, marketing: false,
    });
  });

  it('withdrawal clears and updates Consent Mode; a raised revision after the fact is a change of its own', () => {
    const start = run(initial(config(), true), { type: 'read', record: record(ALL) }).state;
    expect(run(start, { type: 'decide', choice: {}, cause: 'reject-all', id: 'x' }).said).to.deep.equal([
      'store', 'broadcast', 'guard', 'clear', 'consent-mode:denied', 'change:reject-all',
    ]);
    expect(run(start, { type: 'configure', config: config({ revision: '2' }), final: true }).said).to.deep.equal([
      'guard', 'clear', 'consent-mode:denied', 'change:config',
    ]);
  });

  it('another tab\'s decision is a change; the same record read again is nothing', () => {
    const start = run(initial(config(), true), { type: 'read', record: null }).state;
    expect(run(start, { type: 'read', record: record(ALL), cause: 'other-tab' }).said).to.deep.equal([
      'guard', 'clear', 'consent-mode:granted', 'release', 'change:other-tab',
    ]);
    const decided = run(start, { type: 'read', record: record(ALL), cause: 'other-tab' }).state;
    expect(run(decided, { type: 'read', record: record(ALL), cause: 'other-tab' }).said).to.deep.equal([]);
  });

  it('a decision that outlives the expiry while the page is open: the same record read after it asks again, once', () => {
    const tenDays = config({ 'expires-days': '10' });
    const kept = record(ALL, 1, '2026-05-25T00:00:00.000Z');
    const decided = step(initial(tenDays, true), { type: 'read', record: kept }, NOW).state;
    expect(granted(decided).analytical, 'seven days old: it answers').to.equal(true);
    const after = new Date('2026-06-04T00:00:00.001Z');
    const { state, effects } = step(decided, { type: 'read', record: kept, cause: 'other-tab' }, after);
    expect(state.record, 'ten days old').to.equal(null);
    expect(names(effects)).to.deep.equal(['guard', 'clear', 'consent-mode:denied', 'change:expired']);
    expect(effects.change!.changed).to.deep.equal(['functional', 'analytical']);
    expect(names(step(state, { type: 'read', record: kept }, after).effects), 'read again: nothing').to.deep.equal([]);
    // A record dated more than a day ahead grants nothing; the hours that make it valid do not change that on this page.
    const ahead = record(ALL, 1, '2026-06-02T01:00:00.000Z');
    const refused = step(initial(config(), true), { type: 'read', record: ahead }, NOW).state;
    const hours = step(refused, { type: 'read', record: ahead }, new Date('2026-06-01T02:00:00Z'));
    expect([granted(hours.state).analytical, names(hours.effects)]).to.deep.equal([false, []]);
  });

  it('reset of a decision sends a receipt of the refusals it leaves, where an endpoint is configured', () => {
    const start = run(initial(config({ 'consent-url': '/c' }), true), { type: 'read', record: record(ALL) }).state;
    const { effects } = step(start, { type: 'reset' }, NOW);
    expect(effects.receipt).to.deep.include({ cause: 'reset' });
    expect(effects.receipt!.record).to.deep.include({ id: 'visitor-1', updated: NOW.toISOString() });
    expect(effects.receipt!.record.categories).to.deep.equal({ necessary: true, functional: false, analytical: false });
    const never = run(initial(config({ 'consent-url': '/c' }), true), { type: 'read', record: null }).state;
    expect(step(never, { type: 'reset' }, NOW).effects.receipt, 'no decision, nothing to report').to.equal(undefined);
  });

  it('reset erases and asks again', () => {
    const start = run(initial(config(), true), { type: 'read', record: record(ALL) }).state;
    const { state, said } = run(start, { type: 'reset' });
    expect(state.record).to.equal(null);
    expect(said).to.deep.equal(['erase', 'broadcast', 'guard', 'clear', 'consent-mode:denied', 'change:reset']);
  });

  it('governs a category\'s storage keys as names `=key`, refused and granted with its cookies', () => {
    const paged = config({ 'analytical-storage': '_cltk probe_*', 'functional-cookies': 'lang' });
    const refused = refusedCookies(run(initial(paged, true), { type: 'read', record: null }).state);
    expect(refused).to.deep.equal(['lang', '_ga', '_ga_*', '_gid', '_gat', '_gat_*', '_gac_*', '_dc_gtm_*', 'bpmTrackingId', '=_cltk', '=probe_*', '_gcl_*']);
    const { state, said } = run(initial(paged, true), { type: 'read', record: record({ functional: false, analytical: true }) });
    expect(refusedCookies(state)).to.deep.equal(['lang', '_gcl_*']);
    expect(said).to.include('guard');
    // Keys alone changing is a new guard, though no cookie's refusal changed.
    expect(run(state, { type: 'configure', config: config({ 'functional-storage': 'prefs', 'functional-cookies': 'lang' }), final: true }).said).to.deep.equal(['guard']);
  });

  it('refuses Google Ads\u2019 cookies on a page that offers no marketing category, whatever the visitor accepts', () => {
    // The visitor was never asked about ads: "Accept all" cannot have granted them.
    const { state } = run(initial(config(), true), { type: 'read', record: null }, { type: 'decide', choice: { functional: true, analytical: true, marketing: true }, cause: 'accept-all', id: 'x' });
    expect(granted(state)).to.deep.equal({ necessary: true, functional: true, analytical: true });
    expect(refusedCookies(state)).to.deep.equal(['_gcl_*']);
    // Offered and granted, they pass; a page's own list for them is kept even when not offered.
    const offered = run(initial(config({ categories: 'functional analytical marketing' }), true), { type: 'read', record: record({ ...ALL, marketing: true }) }).state;
    expect(refusedCookies(offered)).to.deep.equal([]);
    expect(refusedCookies(run(initial(config({ 'marketing-cookies': '_fbp' }), true), { type: 'read', record: record(ALL) }).state)).to.deep.equal(['_fbp']);
  });
});

