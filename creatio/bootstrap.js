/*
 * creatio-cookie-consent: the bootstrap of the __PACKAGE__ package (version __VERSION__).
 * Classic UI runs it on every page (Files/descriptor.json lists it; RequireJS loads it); the
 * Freedom UI component loads it too. It adds the cookie consent manager's script and its element
 * to the page, once, however often it runs.
 *
 * Edit the configuration below, then compile the configuration (or reload, in file-system
 * development mode). Every attribute of the README's "Attributes" table can go here (words as a
 * string or a list).
 */
(function () {
  // ---- Configuration: edit here --------------------------------------------------------------
  var CONFIG = {
    'policy-url': '/privacy', // your privacy policy (the banner links to it)
    'consent-url': '', // where receipts go, e.g. '/api/consent' (docs/receipt-protocol.md); empty: none
    categories: 'functional analytical', // the optional categories offered
    lang: '', // empty: the user's culture, else the page's, else the browser's
    'settings-button': '', // 'true' shows a floating "Cookie preferences" button after the decision ('' or 'false': none)
    integrations: '', // vendors told through their own consent APIs: any of 'clarity uet meta matomo'
  };
  // Your own texts (the README's `texts`), or null for the built-in ones: a string applies in every
  // language, and under a language's code that language's own, e.g.
  // { en: { message: 'Our own words.' }, de: { message: 'Unsere eigenen Worte.' } }
  var TEXTS = null;
  // ---------------------------------------------------------------------------------------------

  var VERSION = '__VERSION__';
  // Already there (this bootstrap ran before, or a proxy or the page put the script in and it runs):
  // nothing to do. Asked of the window, under registered symbols, not of the document: markup a
  // user posted (a feed post rendered as HTML) can hold any id, or an inert script with the core's
  // file name, and would keep the consent manager off the page.
  var RAN = Symbol.for('creatio-cookie-consent:bootstrap');
  if (window[RAN] || window[Symbol.for('creatio-cookie-consent')]) return;
  window[RAN] = true;

  // The drop-in's files sit beside this bootstrap, in a folder named by the package version so that
  // browsers fetch an update instead of a cached copy. The bootstrap's own script element is read
  // through Document.prototype: markup a user got onto the page (an <img name="currentScript">)
  // shadows document.currentScript (DOM clobbering), and the drop-in would come from its address.
  /** A document property read through Document.prototype, which markup cannot shadow (`body`, `head` too). */
  function own(name) {
    return Reflect.get(Document.prototype, name, document);
  }
  var current = own('currentScript');
  var here = (current && current.src) || location.href;
  var base = new URL('creatio-cookie-consent/' + VERSION + '/', here).href;

  var script = document.createElement('script');
  // Vendors named: the build of the core that tells them (the plain one carries none of that code).
  script.src = base + (CONFIG.integrations ? 'creatio-cookie-consent.vendors.js' : 'creatio-cookie-consent.js');
  var element = document.createElement('creatio-cookie-consent');
  Object.keys(CONFIG).forEach(function (name) {
    // A list is its words (['_ga', '_ga_*'] is '_ga _ga_*': as text, '_ga,_ga_*' would govern no cookie).
    var value = [].concat(CONFIG[name]).join(' ');
    // An attribute left empty is not set; nor is 'false', which on a switch would mean "on" (a boolean attribute is on when present).
    if (value === '' || value === 'false') return;
    // On the script, the configuration is final before anything can be granted; the element shows it.
    script.setAttribute('data-' + name, value);
    element.setAttribute(name, value);
  });
  if (TEXTS) element.texts = TEXTS;
  // This element is the page's, whatever else the page holds: the document keeps it under the
  // registered symbol the consent manager reads, which no markup can set. An element in a user's
  // post (a sanitizer may keep custom elements) then configures nothing and shows nothing; taken for
  // the page's, its attributes would have let _ga through and put its own policy link in the banner.
  document[Symbol.for('creatio-cookie-consent')] = element;
  // In the body and head themselves: appended to an <img name="body"> a user posted, the element
  // would never be rendered.
  function place() {
    own('body').appendChild(element);
  }
  // Placed before the script can run (it runs once added, not before this task ends; without a body
  // yet, this listener comes before the script's own).
  if (own('body')) place();
  else document.addEventListener('DOMContentLoaded', place);
  own('head').appendChild(script);
})();
