import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement, type ReactiveController } from '@lit/reactive-element';
import { CreatioCookieConsent } from '../../src/element/creatio-cookie-consent.js';
import { banner, clearAllCookies, freshElement } from '../support/helpers.js';

/**
 * The element stands on Lit's own reactive base, not on a copy of part of it: these are the
 * defects the hand-written base had (a failed update stopped every later one, a subclass's
 * properties replaced its parent's, there were no controllers).
 */
describe("the element on Lit's ReactiveElement, rendered by lit-html", () => {
  beforeEach(clearAllCookies);

  it("is Lit's ReactiveElement (Lit's own, not a copy)", async () => {
    const el = await freshElement();
    expect(el).to.be.instanceOf(ReactiveElement);
    // lit-html's render marks the part it owns in the shadow root.
    expect(Object.getOwnPropertyNames(el.renderRoot).some((key) => key.startsWith('_$lit'))).to.equal(true);
  });

  it('keeps updating after an update that failed', async () => {
    class Failing extends CreatioCookieConsent {
      fail = true;
      protected override render() {
        if (this.fail) throw new Error('render failed once');
        return super.render();
      }
    }
    customElements.define('failing-cookie-consent', Failing);
    const el = document.createElement('failing-cookie-consent') as Failing;
    document.body.append(el);
    const failed = await el.updateComplete.then(() => false, () => true);
    expect(failed, 'the first update failed').to.equal(true);
    el.fail = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(banner(el), 'the next update rendered').to.exist;
    el.remove();
  });

  it('lets a subclass add properties without losing its parent\'s', async () => {
    class Extended extends CreatioCookieConsent {
      static override properties = { note: {} };
      declare note: string;
    }
    customElements.define('extended-cookie-consent', Extended);
    const el = await fixture<Extended>(html`<extended-cookie-consent note="hi" policy-url="/privacy"></extended-cookie-consent>`);
    expect(el.note).to.equal('hi');
    expect(el.policyUrl, 'the parent\'s attribute still reaches its property').to.equal('/privacy');
    el.setAttribute('policy-url', '/other');
    expect(el.policyUrl).to.equal('/other');
  });

  it('takes reactive controllers: connected, updated, disconnected with the element', async () => {
    const el = await freshElement();
    const calls: string[] = [];
    const controller: ReactiveController = {
      hostConnected: () => calls.push('connected'),
      hostUpdated: () => calls.push('updated'),
      hostDisconnected: () => calls.push('disconnected'),
    };
    el.addController(controller);
    el.requestUpdate();
    await el.updateComplete;
    el.remove();
    expect(calls).to.deep.equal(['connected', 'updated', 'disconnected']);
  });
});
