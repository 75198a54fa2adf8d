/**
 * Storage beyond cookies (EDPB Guidelines 2/2023 cover more than cookies): the keys a category's
 * `<category>-storage` attribute names (`*` wildcard, like cookie names) are removed from
 * `localStorage` and `sessionStorage` while the category is refused. Their writes through
 * `Storage.prototype.setItem` are dropped by the core from its first line (../cookies/guard.ts);
 * what is here comes with the deferred file, once the page has loaded, because reading storage is a
 * round trip to the browser: what a tag stored before the script, or by assignment, is removed then.
 */
import { matcher } from '../consent/categories.js';
import { storageKeyOf } from '../consent/config.js';
import { OWN_KEYS } from '../consent/record.js';
import { refusedCookies } from '../consent/machine.js';
import { runtimeOf } from '../runtime/registry.js';

/**
 * Removes the refused keys now and on every change of the decision, and returns a look to take
 * again (the watchers take one every second): it catches keys set by assignment
 * (`localStorage.key = value`), which no `setItem` guard sees.
 */
export function governStorage(win: Window): () => void {
  const page = win as Window & typeof globalThis;
  const runtime = runtimeOf(win);
  if (!runtime) return () => {};
  let said = '';
  let refused: (key: string) => boolean = () => false;
  const look = () => {
    const patterns = refusedCookies(runtime.state).flatMap((name) => storageKeyOf(name) ?? []);
    // Compiled again only when the patterns change.
    if (patterns.join(' ') !== said) (said = patterns.join(' ')), (refused = matcher(patterns));
    if (!said) return;
    try {
      for (const store of [page.localStorage, page.sessionStorage])
        for (let i = store.length; i--; ) {
          const key = store.key(i);
          if (key !== null && refused(key) && !key.startsWith(OWN_KEYS)) store.removeItem(key);
        }
    } catch {
      // Storage disabled (a SecurityError on access): nothing to govern.
    }
  };
  runtime.subscribe(look);
  look();
  return look;
}
