import { expect } from '@open-wc/testing';
import { changedCategories, type Categories } from '../../src/consent/categories.js';
import { configFrom } from '../../src/consent/config.js';
import { granted, initial, known, refusedCookies, step, type ConsentState, type Input } from '../../src/consent/machine.js';
import { answersEvery, isValid, type Cause } from '../../src/consent/policy.js';
import type { ConsentRecord } from '../../src/consent/record.js';

/**
 * The state machine under long random sequences of inputs (seeded, so a failure names the seed and
 * the step that reproduce it), with its effects carried out as the runtime carries them: the guard's
 * list replaced when one comes, Consent Mode's last update, the decision cookie. The tables in
 * ./machine.test.ts say what each input does; these say what must hold after any of them.
 */
const UNIVERSE = ['functional', 'analytical', 'marketing', 'personalisation'];
const CAUSES: Cause[] = ['accept-all', 'reject-all', 'save', 'api', 'embed'];
const DAY = 864e5;
/** What a choice may name a category with: `setConsent` is called by page scripts, which may pass anything. */
const VALUES = [true, false, true, false, 'true', 1, null] as unknown as boolean[];

/** mulberry32: small, seeded, good enough to pick inputs. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const some = (list: readonly string[]) => list.filter(() => next() < 0.5);
  return { next, int, pick, some };
}
type Random = ReturnType<typeof random>;

const attributesOf = (r: Random): Record<string, string> => ({
  ...(r.next() < 0.8 && { categories: r.some(UNIVERSE).join(' ') }),
  ...(r.next() < 0.5 && { revision: String(1 + r.int(3)) }),
  ...(r.next() < 0.5 && { 'expires-days': r.pick(['1', '30', '365']) }),
  ...(r.next() < 0.3 && { 'consent-url': '/consent' }),
});
const configOf = (r: Random) => configFrom((name) => attributesOf(r)[name], 'app.example.test');

/** A record another page, another tab or an older version may have left: any revision, age and answers. */
function recordOf(r: Random, now: number): ConsentRecord {
  const updated = new Date(now - r.int(500) * DAY + (r.next() < 0.1 ? 3 * DAY : 0)).toISOString();
  const answered = Object.fromEntries(r.some(UNIVERSE).map((c) => [c, r.next() < 0.5]));
  return { v: 1, id: `v${r.int(5)}`, rev: r.int(4), created: updated, updated, categories: { necessary: true, ...answered } };
}

const grantedSet = (categories: Categories) => Object.keys(categories).filter((c) => c !== 'necessary' && categories[c]).sort();

function run(seed: number, steps: number): void {
  const r = random(seed);
  let now = Date.parse('2026-06-01T00:00:00Z');
  let state: ConsentState = initial(configOf(r), r.next() < 0.5);
  // What the runtime has carried out so far: its start replaces the guard's list once; Consent Mode's default refuses everything.
  let guard = refusedCookies(state);
  let consentMode: Categories = {};
  let jar: ConsentRecord | null = null;
  const said: string[] = [];
  for (let i = 0; i < steps; i++) {
    now += r.next() < 0.2 ? r.int(400) * DAY : r.int(1000);
    const roll = r.next();
    const input: Input =
      roll < 0.25
        ? { type: 'configure', config: configOf(r), final: r.next() < 0.8 }
        : roll < 0.6
          ? { type: 'read', record: r.next() < 0.4 ? jar : (jar = r.next() < 0.2 ? null : recordOf(r, now)), ...(r.next() < 0.5 && { cause: 'other-tab' as const }) }
          : roll < 0.9
            ? { type: 'decide', choice: Object.fromEntries(r.some(UNIVERSE).map((c) => [c, r.pick(VALUES)])), cause: r.pick(CAUSES), id: `n${i}` }
            : { type: 'reset' };
    said.push(JSON.stringify(input));
    const where = `seed ${seed}, step ${i}: ${said.slice(-4).join(' -> ')}`;
    const before = state;
    const { state: next, effects } = step(state, input, new Date(now));
    state = next;
    if (effects.guard) guard = effects.guard;
    if (effects.consentMode) consentMode = effects.consentMode;
    if (effects.store) jar = effects.store;
    if (effects.erase) jar = null;
    const after = granted(state);

    // The guard refuses exactly what the state refuses: a list left behind lets a refused cookie through.
    expect(guard, `${where}: the guard's list`).to.deep.equal(refusedCookies(state));
    // Consent Mode tells what the state grants, once the decision is known (before, the default's refusal stands).
    expect(grantedSet(consentMode), `${where}: Consent Mode`).to.deep.equal(grantedSet(after));
    if (!known(state)) {
      expect(grantedSet(after), `${where}: nothing granted before the decision is known`).to.deep.equal([]);
      expect(effects.release, `${where}: nothing released before the decision is known`).to.equal(undefined);
    }
    // A record grants only while it is valid under the final configuration and answers every offered category.
    if (state.record) {
      const { revision, expiresDays, categories } = state.config;
      expect(state.final && isValid(state.record, revision, expiresDays, new Date(now)) && answersEvery(state.record, categories), `${where}: a record that grants`).to.equal(true);
    }
    for (const c of grantedSet(after)) expect(state.record?.categories[c], `${where}: ${c} granted by the record`).to.equal(true);
    // Only a decision or a reset writes, and what it writes is the state's.
    if (input.type !== 'decide') expect(effects.store, `${where}: only a decision stores`).to.equal(undefined);
    if (input.type !== 'reset') expect(effects.erase, `${where}: only a reset erases`).to.equal(undefined);
    if (input.type === 'decide') {
      expect(state.stored, `${where}: the decision stored`).to.equal(effects.store);
      // Offered categories not named `true` are refused, whatever the cause ("Reject all" names none).
      const chosen = state.config.categories.filter((c) => input.choice[c] === true).sort();
      if (state.final) expect(grantedSet(after), `${where}: a decision grants what was chosen of what is offered`).to.deep.equal(chosen);
    }
    if (input.type === 'reset') expect([state.stored, state.record, grantedSet(after)], `${where}: a reset`).to.deep.equal([null, null, []]);
    // What the decision refuses from now on is cleared from the jar: when it becomes known, and at each withdrawal.
    const withdrawn = grantedSet(granted(before)).filter((c) => !after[c]);
    if (known(state) && (!known(before) || withdrawn.length)) expect(effects.clear, `${where}: cleared (${withdrawn})`).to.equal(true);
    // A change names the categories that changed, and only those.
    if (effects.change) expect(effects.change.changed.sort(), `${where}: what changed`).to.deep.equal(changedCategories(granted(before), after).sort());
    else expect(known(before) ? changedCategories(granted(before), after) : [], `${where}: a change nobody was told of`).to.deep.equal([]);
  }
}

describe('consent state machine, under random sequences of inputs', () => {
  it('keeps the guard, Consent Mode, grants, writes and change events consistent with its state', () => {
    for (let seed = 1; seed <= 400; seed++) run(seed, 40);
  });
});
