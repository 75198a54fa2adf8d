/**
 * Storage beyond cookies (EDPB Guidelines 2/2023 cover more than cookies): the keys a category's
 * `<category>-storage` attribute names (`*` wildcard, like cookie names) are removed from
 * `localStorage` and `sessionStorage` while the category is refused, and their writes through
 * `Storage.prototype.setItem` are dropped then. It comes with the deferred file, once the page has
 * loaded: what a tag stored before is removed when it arrives (the cookie guard, by contrast, runs
 * from the first line of the core).
 */
import { matcher, words } from '../consent/categories.js';
import { runtimeOf } from '../runtime/registry.js';

/**
 * Starts governing the page's storage by the page's element's `<category>-storage` attributes, and
 * returns a look to take again (the watchers take one every second): it also catches keys set by
 * assignment (`localStorage.key = value`), which no `setItem` guard sees, and attributes that
 * changed without changing the decision.
 */
export function governStorage(win: Window): () => void {
  const page = win as Window & typeof globalThis;
  const runtime = runtimeOf(win);
  if (!runtime) return () => {};
  let said = '';
  let refused: (key: string) => boolean = () => false;
  const stores = (): Storage[] => {
    try {
      return [page.localStorage, page.sessionStorage];
    } catch {
      // Storage disabled (a SecurityError on access): nothing to govern.
      return [];
    }
  };
  const look = () => {
    const element = page.document.querySelector('creatio-cookie-consent');
    const { state, categories } = runtime;
    const patterns = Object.keys(state.config.cookies)
      .filter((c) => !categories[c])
      .flatMap((c) => words(element?.getAttribute(`${c}-storage`)));
    // Compiled again only when the patterns change.
    if (patterns.join(' ') !== said) (said = patterns.join(' ')), (refused = patterns.length ? matcher(patterns) : () => false);
    if (!said) return;
    for (const store of stores())
      for (let i = store.length; i--; ) {
        const key = store.key(i);
        if (key !== null && refused(key)) store.removeItem(key);
      }
  };
  const proto = page.Storage.prototype;
  const setItem = proto.setItem;
  proto.setItem = function (this: Storage, key: string, value: string) {
    // The key is read once, as the browser would read it.
    const name = String(key);
    if (!refused(name)) setItem.call(this, name, value);
  };
  runtime.subscribe(look);
  look();
  return look;
}
