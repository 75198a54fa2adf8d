import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { waitFor, framedElement, byName, clearAllCookies, freshElement, frame, renderedView, token } from '../support/helpers.js';

type Ran = { ran?: string[] };
const ran = () => ((window as unknown as Ran).ran ??= []);

/** A component in the page with an open shadow root and one with a closed one, each holding a gated script (which notes `name`, `%s` its mode) and a gated frame. */
function componentRoots(name: string): ShadowRoot[] {
  return (['open', 'closed'] as const).map((mode) => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode });
    root.innerHTML = `<script type="text/plain" data-consent-category="analytical">(window.ran ??= []).push('${name.replace('%s', mode)}')</script><iframe data-consent-category="analytical" data-src="/test/fixtures/blank.html" title="video"></iframe>`;
    return root;
  });
}

describe('script gating', () => {
  beforeEach(async () => {
    await clearAllCookies();
    ran().length = 0;
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('keeps gated scripts and iframes inert until their category is granted, then runs each once', async () => {
    const el = await freshElement();
    const gated = await fixture(html`<div>
      <script type="text/plain" data-consent-category="analytical" src="/test/fixtures/gated.js" data-name="analytics-src" id="keep-id"></script>
      <script type="text/plain" data-consent-category="functional" src="/test/fixtures/gated.js" data-name="functional-src"></script>
      <iframe data-consent-category="analytical" data-src="/test/fixtures/blank.html" title="video"></iframe>
      <iframe data-consent-category="analytical" data-src="javascript:alert(1)" title="bad"></iframe>
    </div>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(ran()).to.deep.equal([]);
    expect(gated.querySelector('iframe')!.getAttribute('src')).to.equal(null);

    el.setConsent({ analytical: true });
    await new Promise<void>((resolve) => {
      const check = setInterval(() => ran().length && (clearInterval(check), resolve()), 20);
    });
    expect(ran()).to.deep.equal(['analytics-src']);
    const script = gated.querySelector<HTMLScriptElement>('#keep-id')!;
    expect(script.type).to.equal('');
    expect(script.dataset.name, 'other attributes are kept').to.equal('analytics-src');
    expect(gated.querySelector('iframe')!.getAttribute('src')).to.equal('/test/fixtures/blank.html');
    expect(gated.querySelectorAll('iframe')[1].getAttribute('src'), 'a javascript: URL is not loaded').to.equal(null);

    el.setConsent({ analytical: true, functional: false });
    el.acceptAll();
    await new Promise((r) => setTimeout(r, 200));
    expect(ran()).to.deep.equal(['analytics-src', 'functional-src']);

    // Withdrawn, the frame is unloaded (a script that ran cannot be); granted again, it loads again.
    el.setConsent({ analytical: false });
    await waitFor(() => !gated.querySelector('iframe')!.hasAttribute('src'));
    el.setConsent({ analytical: true });
    await waitFor(() => gated.querySelector('iframe')!.getAttribute('src') === '/test/fixtures/blank.html');
    expect(ran(), 'no script runs again').to.deep.equal(['analytics-src', 'functional-src']);
  });

  // What the embeds' "Load once" does (`data-consent-activated`, then `src`), without the pack:
  // clicking it on a frame a test inserted left Firefox's tab silent under the runner.
  it('unloads on a withdrawal only the frames of what it withdraws: one loaded once for a category never granted stays', async () => {
    const el = await freshElement();
    const gated = await fixture(html`<div>
      <iframe data-consent-category="functional" data-src="/test/fixtures/blank.html?functional" title="map"></iframe>
      <iframe data-consent-category="analytical" data-src="/test/fixtures/blank.html?analytical" title="video"></iframe>
    </div>`);
    const [functional, once] = gated.querySelectorAll('iframe');
    // Named, not kept: under load the runtime may not yet have seen the last test's grant wiped.
    el.setConsent({ functional: true, analytical: false });
    await waitFor(() => functional.hasAttribute('src'));
    once.setAttribute('data-consent-activated', '');
    once.setAttribute('src', once.dataset.src!);
    el.rejectAll();
    await waitFor(() => !functional.hasAttribute('src'));
    await new Promise((r) => setTimeout(r, 100));
    expect(once.getAttribute('src'), 'loaded once, its category never granted').to.equal('/test/fixtures/blank.html?analytical');
    expect(once.hasAttribute('data-consent-activated')).to.equal(true);
    el.reset();
  });

  it('loads a gated frame made in another realm as a frame, never runs what it holds as a script', async () => {
    // A library that builds markup in a same-origin frame's document (an editor, a sanitizer's
    // sandbox) and moves it here: its frame is no HTMLIFrameElement of this window.
    const el = await freshElement();
    const realm = await frame('/test/fixtures/blank.html');
    const held = realm.contentDocument!.createElement('iframe');
    held.dataset.consentCategory = 'analytical';
    held.dataset.src = '/test/fixtures/blank.html';
    held.title = 'video';
    held.textContent = '(window.ran ??= []).push("frame-text")';
    document.body.append(held);
    el.setConsent({ analytical: true });
    await waitFor(() => held.getAttribute('src') !== null || !held.isConnected || ran().length > 0, 2000);
    await new Promise((r) => setTimeout(r, 100));
    expect(ran(), 'its text ran as a script').to.deep.equal([]);
    expect(held.isConnected, 'still on the page').to.equal(true);
    expect(held.getAttribute('src')).to.equal('/test/fixtures/blank.html');
    held.remove();
  });

  // Running is deferred (a file the core loads, at least a few microtasks away): a withdrawal in the
  // meantime (the visitor's second thoughts, another tab, reset()) must hold back what the grant took.
  it('runs nothing a withdrawal took back before it could run, and runs it on the next grant', async () => {
    const el = await freshElement();
    const gated = await fixture(html`<div>
      <script type="text/plain" data-consent-category="analytical" src="/test/fixtures/gated.js" data-name="taken-back"></script>
      <iframe data-consent-category="analytical" data-src="/test/fixtures/blank.html" title="video"></iframe>
    </div>`);
    el.setConsent({ analytical: true });
    el.setConsent({ analytical: false });
    await new Promise((r) => setTimeout(r, 300));
    expect(ran()).to.deep.equal([]);
    expect(gated.querySelector('iframe')!.getAttribute('src')).to.equal(null);
    el.setConsent({ analytical: true });
    await waitFor(() => ran().length > 0 && gated.querySelector('iframe')!.hasAttribute('src'));
    expect(ran()).to.deep.equal(['taken-back']);
    // Forgotten here, not left for the next test's wiped jar to reach the runtime (under load in
    // Firefox it had not when that test looked for the banner).
    el.reset();
  });

  // As the parser runs them: a script that comes later runs after an earlier one has run, whether
  // it is inline or comes from its own address (vanilla-cookieconsent waits for each as well).
  it('runs granted scripts in document order: one after an external script waits until that one has run', async () => {
    const el = await freshElement();
    const view = renderedView(`
      <script type="text/plain" data-consent-category="analytical" data-name="library" src="/test/fixtures/gated.js?slow&amp;t=${token()}"></script>
      <script type="text/plain" data-consent-category="analytical">(window.ran ??= []).push('inline');</script>
      <script type="text/plain" data-consent-category="analytical" data-type="application/ld+json" src="/test/fixtures/gated.js" data-name="data"></script>
      <script type="text/plain" data-consent-category="analytical" src="/test/fixtures/gated.js" data-name="after"></script>`);
    el.setConsent({ analytical: true });
    await waitFor(() => ran().length === 3, 5000);
    // A script of a type browsers do not run is never fetched: it holds nothing back.
    expect(ran()).to.deep.equal(['library', 'inline', 'after']);
    view.remove();
    el.reset();
  });

  it('runs the scripts after one that fails to load (a 404, an ad blocker), in order', async () => {
    const el = await freshElement();
    const view = renderedView(`
      <script type="text/plain" data-consent-category="analytical" src="http://127.0.0.1:9/blocked-${token()}.js"></script>
      <script type="text/plain" data-consent-category="analytical">(window.ran ??= []).push('inline');</script>
      <script type="text/plain" data-consent-category="analytical" src="/test/fixtures/gated.js" data-name="after"></script>`);
    el.setConsent({ analytical: true });
    await waitFor(() => ran().length === 2, 5000);
    expect(ran()).to.deep.equal(['inline', 'after']);
    view.remove();
    el.reset();
  });

  it('loads a granted frame at once, without waiting for a script before it', async () => {
    const el = await freshElement();
    const view = renderedView(`
      <script type="text/plain" data-consent-category="analytical" data-name="slow" src="/test/fixtures/gated.js?slow&amp;t=${token()}"></script>
      <iframe data-consent-category="analytical" data-src="/test/fixtures/blank.html" title="video"></iframe>`);
    el.setConsent({ analytical: true });
    await waitFor(() => view.querySelector('iframe')!.hasAttribute('src'), 2000);
    expect(ran(), 'the script before it still on its way').to.deep.equal([]);
    await waitFor(() => ran().length > 0, 5000);
    view.remove();
    el.reset();
  });

  it('runs gated scripts inserted after the decision', async () => {
    const el = await freshElement();
    byName(el, 'Accept all').click();
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.consentCategory = 'analytical';
    s.src = '/test/fixtures/gated.js';
    s.dataset.name = 'late';
    document.body.append(s);
    await new Promise<void>((resolve) => {
      const check = setInterval(() => ran().length && (clearInterval(check), resolve()), 20);
    });
    expect(ran()).to.deep.equal(['late']);
  });

  // An application renders a view whole: the gated script comes inside what it inserts, not alone.
  it('runs a gated script inserted after the decision inside a view the page renders', async () => {
    const el = await freshElement();
    byName(el, 'Accept all').click();
    const view = renderedView('<script type="text/plain" data-consent-category="analytical" data-name="nested" src="/test/fixtures/gated.js"></script>');
    await waitFor(() => ran().length > 0, 5000);
    expect(ran()).to.deep.equal(['nested']);
    view.remove();
  });

  // A component renders its markup in its shadow root (Lit, Stencil, a design system's video card),
  // where no walk of the document finds it.
  it('runs gated scripts and loads gated frames a component holds in its shadow root, open or closed: on the grant, and inserted after it; a withdrawal unloads the frames', async () => {
    const el = await freshElement();
    const roots = componentRoots('in-%s-root');
    await new Promise((r) => setTimeout(r, 100));
    expect(ran(), 'before the grant').to.deep.equal([]);
    el.setConsent({ analytical: true });
    await waitFor(() => ran().length === 2, 5000);
    expect([...ran()].sort()).to.deep.equal(['in-closed-root', 'in-open-root']);
    expect(roots.map((root) => root.querySelector('iframe')!.getAttribute('src'))).to.deep.equal(['/test/fixtures/blank.html', '/test/fixtures/blank.html']);
    const late = document.createElement('script');
    late.type = 'text/plain';
    late.dataset.consentCategory = 'analytical';
    late.textContent = "(window.ran ??= []).push('inserted-later')";
    roots[1].append(late);
    await waitFor(() => ran().includes('inserted-later'), 5000);
    // A withdrawal unloads them, as it unloads the document's.
    el.setConsent({ analytical: false });
    await waitFor(() => roots.every((root) => !root.querySelector('iframe')!.hasAttribute('src')));
    roots.forEach((root) => root.host.remove());
    el.reset();
  });

  // An application that keeps its views while another one shows (Angular's route reuse, Vue's
  // keep-alive, a tab strip that detaches hidden panels) puts the component back later: what its
  // shadow root holds runs and loads then, and a withdrawal still unloads its frame.
  it('runs and loads what a component held in its shadow root while it was out of the page, once it is put back', async () => {
    const el = await freshElement();
    const roots = componentRoots('kept-%s');
    await new Promise((r) => setTimeout(r, 100));
    roots.forEach((root) => root.host.remove());
    // The application goes on rendering meanwhile (here a script of its own) before the visitor decides.
    const other = Object.assign(document.createElement('script'), { type: 'text/plain' });
    document.body.append(other);
    await new Promise((r) => setTimeout(r, 100));
    el.setConsent({ analytical: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(ran(), 'nothing runs out of the page').to.deep.equal([]);
    roots.forEach((root) => document.body.append(root.host));
    await waitFor(() => ran().length === 2, 5000);
    expect([...ran()].sort()).to.deep.equal(['kept-closed', 'kept-open']);
    expect(roots.map((root) => root.querySelector('iframe')!.getAttribute('src'))).to.deep.equal(['/test/fixtures/blank.html', '/test/fixtures/blank.html']);
    // Out of the page again when the visitor withdraws: put back, the frame is unloaded.
    roots.forEach((root) => root.host.remove());
    el.setConsent({ analytical: false });
    await new Promise((r) => setTimeout(r, 300));
    roots.forEach((root) => document.body.append(root.host));
    await waitFor(() => roots.every((root) => !root.querySelector('iframe')!.hasAttribute('src')));
    roots.forEach((root) => root.host.remove());
    other.remove();
    el.reset();
  });

  // The same with a real Lit component, whose template lit-html clones into the shadow root.
  it('loads a gated frame a Lit component renders in its template, on the grant', async () => {
    const el = await freshElement();
    const name = `gated-card-${token()}`;
    customElements.define(
      name,
      class extends LitElement {
        protected override render() {
          return html`<iframe data-consent-category="analytical" data-src="/test/fixtures/blank.html" title="video"></iframe>`;
        }
      },
    );
    const card = document.createElement(name) as LitElement;
    document.body.append(card);
    await card.updateComplete;
    const inCard = () => card.shadowRoot!.querySelector('iframe')!;
    await new Promise((r) => setTimeout(r, 100));
    expect(inCard().getAttribute('src'), 'before the grant').to.equal(null);
    el.setConsent({ analytical: true });
    await waitFor(() => inCard().getAttribute('src') === '/test/fixtures/blank.html');
    card.remove();
    el.reset();
  });

  it("with a stored decision, runs what a component rendered in its shadow root while the page was parsed", async () => {
    const el = await freshElement();
    el.acceptAll();
    const page = await frame('/test/fixtures/gated-shadow.html');
    const w = page.contentWindow as unknown as Ran & { cardFrame: HTMLIFrameElement };
    await waitFor(() => !!w.ran?.includes('in-a-card'), 5000);
    expect(w.cardFrame.getAttribute('src')).to.equal('/test/fixtures/blank.html');
    el.reset();
  });

  it('with a stored decision, runs gated scripts of the page once it is parsed, not while it parses', async () => {
    const el = await freshElement();
    el.acceptAll();
    const page = await frame('/test/fixtures/gated.html');
    const w = page.contentWindow as unknown as { inlineRuns?: number; inlineRanWhile?: string };
    await waitFor(() => w.inlineRuns === 1, 1000);
    expect(w.inlineRanWhile).not.to.equal('loading');
  });

  it('runs inline gated scripts in a page once, on consent', async () => {
    const page = await frame('/test/fixtures/gated.html');
    const w = page.contentWindow as unknown as Ran & { inlineRuns?: number };
    expect(w.inlineRuns ?? 0).to.equal(0);
    const el = (await framedElement(page));
    await el.updateComplete;
    el.acceptAll();
    el.acceptAll();
    await waitFor(() => w.inlineRuns === 1, 1000);
    await new Promise((r) => setTimeout(r, 100));
    expect(w.inlineRuns, 'once').to.equal(1);
  });

  it('says in the console what an administrator got wrong: a category the page does not offer (once per name), an element not gated', async () => {
    const page = await frame('/test/fixtures/gated-unknown.html');
    const win = page.contentWindow as unknown as Window & { warnings: string[] };
    const offered = (name: string) =>
      `creatio-cookie-consent: data-consent-category="${name}" is not offered here (functional analytical): it never runs`;
    const ungated = (tag: string, category = 'analytical') =>
      `creatio-cookie-consent: <${tag} data-consent-category="${category}"> is not held back: a script needs type="text/plain", a frame data-src and no src`;
    const first = [offered('analytics'), offered('necessary'), offered('Functional'), ungated('script'), ungated('iframe'), ungated('iframe', 'functional')];
    await waitFor(() => win.warnings.length >= first.length, 5000);
    expect(win.warnings).to.deep.equal(first);
    // One inserted later, as a single-page application does, is found by the next look.
    const late = win.document.createElement('script');
    late.type = 'text/plain';
    late.dataset.consentCategory = 'marketing';
    win.document.body.append(late);
    await waitFor(() => win.warnings.length > first.length, 3000);
    await new Promise((r) => setTimeout(r, 1200));
    expect(win.warnings).to.deep.equal([...first, offered('marketing')]);
    // And one in a component's shadow root, closed, which no look at the document finds.
    const card = win.document.createElement('div');
    card.attachShadow({ mode: 'closed' }).innerHTML = '<script type="text/plain" data-consent-category="statistics">window.ran = "statistics"</script>';
    win.document.body.append(card);
    await waitFor(() => win.warnings.length > first.length + 1, 3000).catch(() => {});
    expect(win.warnings).to.deep.equal([...first, offered('marketing'), offered('statistics')]);
    expect((win as unknown as { ran?: string }).ran, 'nothing gated ran').to.equal(undefined);
  });
});
