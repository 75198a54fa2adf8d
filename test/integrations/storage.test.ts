import { expect, html } from '@open-wc/testing';
import { byName, clearAllCookies, frame, freshElement, plantDecision, waitFor } from '../support/helpers.js';

/**
 * Storage beyond cookies (EDPB Guidelines 2/2023): `<category>-storage` names `localStorage` and
 * `sessionStorage` keys (`*` wildcard) that are removed while their category is refused, and whose
 * writes through `Storage.prototype.setItem` are dropped then.
 */
describe('storage beyond cookies', () => {
  beforeEach(async () => {
    await clearAllCookies();
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('removes refused keys, drops writes of them, lets them be written once granted, removes them on withdrawal', async function () {
    this.timeout(15000);
    localStorage.setItem('_cltk', 'written-before');
    sessionStorage.setItem('probe_1', 'written-before');
    localStorage.setItem('kept', 'not-named');
    const el = await freshElement(html`<creatio-cookie-consent analytical-storage="_cltk probe_*"></creatio-cookie-consent>`);
    // Once the deferred file is here (after the page's load and an idle moment, at most 2 s, then its
    // request): what was stored before is removed.
    await waitFor(() => localStorage.getItem('_cltk') === null && sessionStorage.getItem('probe_1') === null, 10000);
    expect(localStorage.getItem('kept')).to.equal('not-named');
    localStorage.setItem('_cltk', 'while-refused');
    sessionStorage.setItem('probe_2', 'while-refused');
    expect([localStorage.getItem('_cltk'), sessionStorage.getItem('probe_2')], 'dropped').to.deep.equal([null, null]);
    // An assignment passes no setItem: the next look (every second) removes it.
    localStorage['probe_3'] = 'assigned';
    await waitFor(() => localStorage.getItem('probe_3') === null, 1500);

    byName(el, 'Accept all').click();
    localStorage.setItem('_cltk', 'granted');
    expect(localStorage.getItem('_cltk')).to.equal('granted');

    el.setConsent({ analytical: false });
    await waitFor(() => localStorage.getItem('_cltk') === null, 1000);
    localStorage.setItem('_cltk', 'after-withdrawal');
    expect(localStorage.getItem('_cltk')).to.equal(null);
    expect(localStorage.getItem('kept')).to.equal('not-named');
  });

  // Not only once the deferred file is here: from the core's first line, as cookie writes are.
  const early = async (shared = false) => {
    const page = await frame(`/test/fixtures/storage-early${shared ? '-shared' : ''}.html`);
    const seen = page.contentWindow as unknown as { early: string | null; late: string | null };
    return [seen.early, seen.late];
  };

  it('drops writes of refused keys from the first line: the script tag\'s keys at once, the element\'s once the page is parsed', async () => {
    expect(await early()).to.deep.equal([null, null]);
    expect([localStorage.getItem('_cltk'), sessionStorage.getItem('probe_1')]).to.deep.equal([null, null]);
  });

  it('lets an early write through when the stored decision grants its category', async () => {
    const now = new Date().toISOString();
    const record = { v: 1, id: 'storage-early', rev: 1, created: now, updated: now, categories: { necessary: true, functional: false, analytical: true } };
    plantDecision(record);
    // Shared with subdomains (`cookie-domain`): bound to this host, the decision is read only from the
    // Cookie Store's list where there is one (the runtime's #listed says why), and a write that comes
    // before the list arrives is refused, which a write this early may or may not do.
    expect(await early(true)).to.deep.equal(['early', 'late']);
  });

  it('drops a refused key written through a same-origin frame\'s own setItem', async () => {
    const el = await freshElement(html`<creatio-cookie-consent analytical-storage="_cltk"></creatio-cookie-consent>`);
    byName(el, 'Reject all').click();
    const realm = await frame('/test/fixtures/blank.html');
    // A tag in the frame writes later, in a task of its own: by then the product's load listener has run.
    await new Promise((r) => setTimeout(r, 0));
    (realm.contentWindow as Window & typeof globalThis).localStorage.setItem('_cltk', 'from-a-frame');
    expect(localStorage.getItem('_cltk')).to.equal(null);
    realm.remove();
  });
});

