import { expect } from '@open-wc/testing';
import { clearAllCookies, freshElement, byName, jar } from './support/helpers.js';

describe('smoke', () => {
  beforeEach(clearAllCookies);
  it('runs on the mapped https host with a parent domain', async () => {
    expect(location.hostname).to.equal('app.example.test');
    expect(isSecureContext).to.equal(true);
    document.cookie = 'probe=1; domain=example.test; path=/; Secure';
    expect(document.cookie).to.contain('probe=1');
    const el = await freshElement();
    byName(el, 'Accept all').click();
    expect(jar().some(([n]) => n === 'CookieConscent')).to.equal(true);
  });
});
