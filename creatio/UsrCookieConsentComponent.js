// @ts-check
/*
 * creatio-cookie-consent for Freedom UI: the client module UsrCookieConsentComponent (package
 * __PACKAGE__, version __VERSION__). Freedom UI pages have no global bootstrap, so this module
 * registers a view element, `usr.CookieConsent`, through Creatio's own registration API
 * (`registerViewElement` of @creatio-devkit/common). Placed on a page (the home page: see
 * docs/creatio-integration.md), it loads the package's bootstrap, which adds the consent manager to
 * the page once; the configuration stays in one place, the bootstrap.
 */
define('UsrCookieConsentComponent', ['@creatio-devkit/common'], function (/** @type {typeof import('@creatio-devkit/common')} */ sdk) {
  var SELECTOR = 'usr-cookie-consent';
  var BOOTSTRAP = 'Terrasoft.Configuration/Pkg/__PACKAGE__/Files/src/js/bootstrap.js?v=__VERSION__';

  /** The workspace's base URL (`/0` unless Creatio says otherwise). */
  function workspace() {
    /** @type {{ Terrasoft?: { workspaceBaseUrl?: string } }} */
    var win = /** @type {any} */ (window);
    var base = win.Terrasoft && win.Terrasoft.workspaceBaseUrl;
    // A string, or markup that shadows the name (an element with id="Terrasoft") would stand in for it.
    return typeof base == 'string' && base ? base : '/0';
  }

  class UsrCookieConsent extends HTMLElement {
    connectedCallback() {
      // Takes no room in the page's layout: the banner overlays the page from <body>.
      this.hidden = true;
      // Asked of the window under a registered symbol, not of the document by id: markup a user
      // posted can hold any id, and would keep the consent manager off the page.
      /** @type {Record<symbol, boolean>} */
      var win = /** @type {any} */ (window);
      var LOADING = Symbol.for('creatio-cookie-consent:component');
      if (win[LOADING]) return;
      win[LOADING] = true;
      var script = document.createElement('script');
      script.src = workspace().replace(/\/?$/, '/') + BOOTSTRAP;
      // Through Document.prototype: images a user posted named `head` shadow document.head, and two
      // of them make it an HTMLCollection, which has no appendChild (the consent manager never came).
      /** @type {HTMLHeadElement} */ (Reflect.get(Document.prototype, 'head', document)).appendChild(script);
    }
  }
  if (!customElements.get(SELECTOR)) customElements.define(SELECTOR, UsrCookieConsent);

  sdk.registerViewElement({
    type: 'usr.CookieConsent',
    selector: SELECTOR,
  });
  return {};
});
