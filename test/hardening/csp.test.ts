import { expect } from '@open-wc/testing';
import { clearAllCookies, frame, framedElement, seenIn, waitFor } from '../support/helpers.js';

/** Drives every state of the element inside a framed page and returns what the page recorded. */
async function exercise(src: string) {
  const page = await frame(src);
  const w = page.contentWindow as unknown as { ran?: string[]; trustedTypes?: unknown };
  const el = await framedElement(page);
  expect(el.shadowRoot!.querySelector('[part~="banner"]'), 'banner rendered').to.exist;
  await el.showPreferences();
  el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
  el.setAttribute('lang', 'ar');
  el.setAttribute('theme', 'dark');
  await el.updateComplete;
  // Arabic is a pack loaded beside the drop-in: it must pass the policy too, not fall back to English.
  expect(el.shadowRoot!.querySelector('dialog')!.getAttribute('lang'), 'the Arabic pack loaded').to.equal('ar');
  el.acceptAll();
  await el.updateComplete;
  // Before the withdrawal below: a gated script a withdrawal takes back before it runs never runs.
  const until = Date.now() + 2000;
  while (!w.ran?.length && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  expect(w.ran, 'the gated script ran').to.deep.equal(['csp-gated']);
  (el.shadowRoot!.querySelector('[part~="settings-button"]') as HTMLElement).click();
  await el.updateComplete;
  el.rejectAll();
  await new Promise((r) => setTimeout(r, 200));
  return { seen: seenIn(page), trustedTypes: !!w.trustedTypes };
}

describe('Content Security Policy', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  // Each policy as a server sends it (test/support/server.mjs), and what in it the test is about.
  for (const [what, name, says] of [
    ['under a strict policy with Trusted Types enforced', 'strict', ["require-trusted-types-for 'script'", "script-src 'self'"]],
    ['where the policy allows only the two Trusted Types policies it names', 'named', ['trusted-types lit-html creatio-cookie-consent']],
    ["under Creatio's default policy", 'creatio', ["script-src 'unsafe-inline' 'unsafe-eval' 'self'"]],
  ] as const)
    it(`works with zero violations ${what}`, async () => {
      const policy = (await fetch(`/test/fixtures/csp.html?policy=${name}`)).headers.get('content-security-policy');
      for (const part of says) expect(policy).to.contain(part);
      const { seen } = await exercise(`/test/fixtures/csp.html?policy=${name}`);
      expect(seen.violations).to.deep.equal([]);
      expect(seen.errors).to.deep.equal([]);
    });

  // A page that lists its Trusted Types policies and leaves the product's out: the gated script
  // cannot be given a trusted source. It stays inert, and the console says why, once.
  it('says in the console when the page\'s trusted-types directive leaves out the policy gated scripts need', async () => {
    const page = await frame('/test/fixtures/csp.html?policy=lit-only');
    const w = page.contentWindow as unknown as { ran?: string[]; warnings: string[] };
    const el = await framedElement(page);
    el.acceptAll();
    await waitFor(() => w.warnings.length > 0, 3000).catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    expect(w.ran, 'the gated script').to.equal(undefined);
    expect(w.warnings).to.deep.equal([
      'creatio-cookie-consent: the page\'s trusted-types directive does not allow the policy "creatio-cookie-consent": gated scripts cannot run',
    ]);
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  // The nonce-based "strict CSP" many sites adopt, here without 'strict-dynamic': a gated script runs
  // only with the page's nonce, which the browser hides from getAttribute once the page is parsed.
  it('runs gated scripts with their nonce under a nonce-based policy, with zero violations', async () => {
    const page = await frame('/test/fixtures/csp-nonce.html');
    const w = page.contentWindow as unknown as { ran?: string[] };
    const el = await framedElement(page);
    // The packs the interface imports carry the nonce of the script that imported them.
    await el.showPreferences();
    el.setAttribute('lang', 'ar');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog')!.getAttribute('lang'), 'the Arabic pack loaded').to.equal('ar');
    el.acceptAll();
    const until = Date.now() + 3000;
    while ((w.ran?.length ?? 0) < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(w.ran, "both of the page's gated scripts ran, in document order, and nothing a visitor posted").to.deep.equal(['nonce-inline', 'nonce-src']);
    // The test server injects a script of its own into every page, without the nonce.
    expect(seenIn(page).violations.filter((v) => !v.includes('/__web-dev-server'))).to.deep.equal([]);
    expect(seenIn(page).errors).to.deep.equal([]);
  });

  // Gating makes running scripts of inert markup: a script gadget. Under 'strict-dynamic' a script
  // the product makes runs whatever it holds, so a visitor's comment with a gated script (which a
  // sanitizer keeping inert scripts lets through) would run once the visitor grants its category,
  // past the very policy meant to stop injected scripts. A page that gives the drop-in a nonce gets
  // its gated scripts run only with that nonce, which posted markup cannot know.
  it("under 'strict-dynamic', runs only the gated scripts that carry the page's nonce, not a visitor's posted one", async () => {
    const page = await frame('/test/fixtures/csp-nonce.html?policy=strict-dynamic');
    const policy = (await fetch('/test/fixtures/csp-nonce.html?policy=strict-dynamic')).headers.get('content-security-policy');
    expect(policy).to.contain("'strict-dynamic'");
    const w = page.contentWindow as unknown as { ran?: string[]; warnings: string[] };
    const el = await framedElement(page);
    el.acceptAll();
    const until = Date.now() + 3000;
    while ((w.ran?.length ?? 0) < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 500));
    expect(w.ran, "the page's own, in document order, and nothing posted").to.deep.equal(['nonce-inline', 'nonce-src']);
    // Said once for the three, which hold back the same category.
    expect(w.warnings.filter((m) => m.includes('nonce'))).to.deep.equal([
      `creatio-cookie-consent: <script data-consent-category="analytical"> lacks this script's nonce: it does not run`,
    ]);
  });

  it('the drop-in holds no eval, no Function constructor and no string innerHTML of its own', async () => {
    const core = await (await fetch('/dist/creatio-cookie-consent.js')).text();
    const ui = await (await fetch('/dist/creatio-cookie-consent.ui.js')).text();
    for (const source of [core, ui]) expect(source).not.to.match(/\beval\(|new Function\(|setTimeout\("|insertAdjacentHTML|outerHTML\s*=/);
    // Lit writes its template strings through its own Trusted Types policy; that is the only innerHTML.
    expect(ui.match(/\.innerHTML\s*=/g) ?? []).to.have.length(1);
    expect(core).not.to.match(/innerHTML/);
  });
});
