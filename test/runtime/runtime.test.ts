import { expect } from '@open-wc/testing';
import type { ConsentRecord } from '../../src/consent/record.js';
import { recordStore, type RecordStore } from '../../src/cookies/store.js';
import { ConsentRuntime } from '../../src/runtime/runtime.js';
import { clearAllCookies, frame, has, plant, waitFor } from '../support/helpers.js';

type Page = Window & { dataLayer?: IArguments[] };

/**
 * The runtime on its own, with the window it protects handed in: here a same-origin frame, so its
 * guard, Consent Mode and reads are that window's and not the test page's.
 */
describe('ConsentRuntime', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  const runtimeIn = async () => {
    const page = await frame('/test/fixtures/blank.html');
    const win = page.contentWindow as Page;
    return { win, runtime: new ConsentRuntime(win) };
  };

  it('protects the window it is given, not the global one', async () => {
    const { win } = await runtimeIn();
    const frameProto = (win as unknown as { Document: typeof Document }).Document.prototype;
    expect(String(Object.getOwnPropertyDescriptor(frameProto, 'cookie')!.set), 'its guard is on the frame\'s Document.prototype').not.to.contain('[native code]');
    const calls = (win.dataLayer ?? []).map((e) => [e[0], e[1]]);
    expect(calls, 'Consent Mode default in the frame').to.deep.equal([['consent', 'default']]);
    win.document.cookie = '_ga=1; path=/';
    expect(has('_ga'), 'a governed write through the frame is dropped').to.equal(false);
  });

  it('reading its state changes nothing; configuring does', async () => {
    const { win, runtime } = await runtimeIn();
    plant('_ga=GA1.1.1; path=/');
    for (let i = 0; i < 3; i++) void [runtime.state, runtime.record, runtime.categories, runtime.detail];
    expect(has('_ga'), 'no getter cleared anything').to.equal(true);
    expect(win.dataLayer!.filter((e) => e[1] === 'update'), 'no getter spoke to Consent Mode').to.have.length(0);
    runtime.configure(() => null);
    // The decision is read without blocking (the Cookie Store API) or at once: either way it clears.
    await waitFor(() => !has('_ga'));
  });

  it("takes a script tag that says anything of the configuration as the page's, reading each attribute once", async () => {
    const page = await frame('/test/fixtures/blank.html');
    const reads: string[] = [];
    const tag = (name: string) => (reads.push(name), name === 'revision' ? '3' : null);
    const runtime = new ConsentRuntime(page.contentWindow!, tag);
    expect(runtime.state.final, 'final at once').to.equal(true);
    expect(runtime.state.config.revision).to.equal(3);
    expect(reads.length, `no attribute read twice: ${reads}`).to.equal(new Set(reads).size);
    const silent = new ConsentRuntime((await frame('/test/fixtures/blank.html')).contentWindow!, () => null);
    expect(silent.state.final, 'a tag that says nothing waits for the element').to.equal(false);
  });

  it('has no public setter past the guard and keeps no list of elements', async () => {
    const { runtime } = await runtimeIn();
    for (const name of ['record', 'categories', 'state', 'config'])
      expect(Object.getOwnPropertyDescriptor(ConsentRuntime.prototype, name)?.set, `a setter for ${name}`).to.equal(undefined);
    expect('hosts' in runtime).to.equal(false);
    expect(() => ((runtime as unknown as { record: unknown }).record = null)).to.throw(TypeError);
  });

  it('tells its subscribers about a change, and stops when they unsubscribe', async () => {
    const { runtime } = await runtimeIn();
    runtime.configure(() => null);
    const heard: string[] = [];
    const stop = runtime.subscribe((event) => event?.type === 'creatio-consent-change' && heard.push(`${event.type}:${(event.detail as { cause?: string }).cause}`));
    runtime.decide({ functional: true, analytical: true }, 'accept-all', recordStore);
    stop();
    runtime.decide({}, 'reject-all', recordStore);
    expect(heard).to.deep.equal(['creatio-consent-change:accept-all']);
  });

  it('stores and erases the decision only through the writer it is handed with it', async () => {
    const { win, runtime } = await runtimeIn();
    runtime.configure(() => null);
    await waitFor(() => runtime.state.stored !== undefined);
    const calls: string[] = [];
    const records: RecordStore = {
      decision: recordStore.decision,
      write: (record: ConsentRecord, { expiresDays }) => calls.push(`write ${record.id} ${record.categories.analytical} ${expiresDays}`),
      erase: () => calls.push('erase'),
      id: () => 'id-from-the-writer',
    };
    runtime.decide({ analytical: true }, 'api', records);
    expect(runtime.record?.id).to.equal('id-from-the-writer');
    runtime.reset(records);
    expect(calls).to.deep.equal(['write id-from-the-writer true 365', 'erase']);
    expect(has('CookieConscent'), 'nothing written past it').to.equal(false);
    expect(win.document.cookie).not.to.contain('CookieConscent');
  });

  it("grants and stores nothing through a writer without the decision's rule (an older build's interface)", async () => {
    const { win, runtime } = await runtimeIn();
    runtime.configure(() => null);
    await waitFor(() => runtime.state.stored !== undefined);
    const heard: unknown[] = [];
    runtime.subscribe((event) => heard.push(event));
    const { decision: _, ...older } = recordStore;
    expect(() => runtime.decide({ analytical: true }, 'accept-all', older as RecordStore)).to.throw(TypeError);
    expect(runtime.record, 'no decision').to.equal(null);
    expect(runtime.categories.analytical).to.equal(false);
    expect(heard, 'nothing announced').to.deep.equal([]);
    expect(win.document.cookie).not.to.contain('CookieConscent');
    win.document.cookie = '_ga=1; path=/';
    expect(has('_ga'), 'still guarded').to.equal(false);
  });
});
