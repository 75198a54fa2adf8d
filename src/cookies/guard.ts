/**
 * The write guard: no write of a refused cookie through `document.cookie` or the Cookie Store API
 * is ever stored, not even for a moment, while reads and every other cookie pass untouched. Consent
 * managers that only gate scripts lose to a tag manager that is already on the page; this stops
 * the cookie itself.
 */

import type { BlockTest } from '../consent/governed.js';
import { cookieName } from './jar.js';

/**
 * What is written instead of a refused write: a deletion of the same cookie (a cookie is its name,
 * domain, path and partition; a nameless write's is nameless, and ./clear.ts deletes one so),
 * so nothing of the write is stored, whatever it said of its lifetime.
 * Reading that instead — `max-age` twice (browsers take the last), `max-age=0x`, `expires=0`, a
 * two-digit year — would mean reimplementing the browser's cookie parser, and guessing wrong once
 * stores the cookie.
 */
export function deletionOf(assignment: string, name: string): string {
  const scope = assignment
    .split(';')
    .slice(1)
    .map((attribute) => attribute.trim())
    .filter((attribute) => /^(domain|path|secure|partitioned|samesite)\b/i.test(attribute));
  return [/^\s*=/.test(assignment) ? `=${name}` : `${name}=`, 'max-age=0', ...scope].join('; ');
}

/**
 * Guards the `cookie` accessor where the browser keeps it (`Document.prototype`: a setter taken from
 * there is guarded too), and one another library put on the document itself before us, which then
 * never sees a refused write. What passes is the string that was checked: an object whose
 * `toString` answers differently the second time is read once.
 */
export function guardDocumentCookie(doc: Document, blocks: BlockTest): void {
  let owner: object | null = Object.getPrototypeOf(doc);
  let native: PropertyDescriptor | undefined;
  while (owner && !(native = Object.getOwnPropertyDescriptor(owner, 'cookie'))) owner = Object.getPrototypeOf(owner);
  // One runtime guards a window (it is kept on the window), so a prototype is wrapped once.
  const install = (target: object, { get, set }: PropertyDescriptor, refuse = set) => {
    if (!get || !set || !refuse) return;
    // Descriptors without a prototype: a frame is guarded after the page's libraries have run, and
    // one that polluted `Object.prototype.writable` or `.value` would make a plain one invalid. An
    // accessor the page froze, or made unconfigurable, before us stays as it is, without an exception.
    Reflect.defineProperty(target, 'cookie', <PropertyDescriptor>{
      __proto__: null,
      configurable: true,
      enumerable: true,
      get,
      set(value: unknown) {
        const text = String(value);
        const name = cookieName(text);
        if (blocks(name)) refuse.call(this, deletionOf(text, name));
        else set.call(this, text);
      },
    });
  };
  if (owner && native) install(owner, native);
  const own = Object.getOwnPropertyDescriptor(doc, 'cookie');
  if (own) install(doc, own, native?.set);
}

interface CookieInit {
  name: string;
  value?: string;
  domain?: string | null;
  path?: string;
  partitioned?: boolean;
  expires?: number | null;
}

export interface CookieStoreLike {
  set(nameOrOptions: string | CookieInit, value?: string): Promise<void>;
  delete(options: CookieInit): Promise<void>;
}

/**
 * Guards `set` of the Cookie Store API (secure contexts only) where the browser keeps it
 * (`CookieStore.prototype`), so a call through the prototype is guarded too. A refused write
 * becomes a deletion of the same cookie, and resolves like a successful one: a tag that awaits it
 * must not break. The arguments are read once and passed on as read.
 */
export function guardCookieStore(store: CookieStoreLike | undefined, blocks: BlockTest): void {
  let owner: object | null = store ?? null;
  while (owner && !Object.hasOwn(owner, 'set')) owner = Object.getPrototypeOf(owner);
  const set = store?.set;
  if (!owner || typeof set !== 'function') return;
  // Without an exception where the page froze the prototype before us (nothing to wrap there:
  // the watchers clear after the fact, and the console says so).
  Reflect.defineProperty(owner, 'set', <PropertyDescriptor>{
    __proto__: null,
    configurable: true,
    writable: true,
    value(this: CookieStoreLike, ...args: [string | CookieInit, string?]) {
      const [first, value] = args;
      const init: CookieInit = args.length > 1 ? { name: String(first), value: String(value) } : { ...(first as CookieInit) };
      init.name = String(init.name ?? '');
      // Tested trimmed, as `document.cookie` names are: the browsers store ' _ga' as _ga (Firefox
      // '\t_ga' too). A nameless one is listed as its value (Chromium, WebKit): tested as that name.
      // What passes is passed as given.
      const { name, domain, path, partitioned } = init;
      if (!blocks(name.trim() || cookieName(String(init.value ?? '')))) return set.call(this, init);
      // No nameless deletion: WebKit throws at one, and nothing of the write was stored.
      return name.trim() ? this.delete({ name, domain, path, partitioned }) : Promise.resolve();
    },
  });
}

/**
 * Storage beyond cookies: a `setItem` of a refused key (`localStorage`, `sessionStorage`) is dropped,
 * from the first line as a cookie write is. The key is read once, as the browser would read it.
 * Keys set by assignment pass no method: ../integrations/storage.ts removes them after the load.
 * A prototype the page froze before us is left as it is, without an exception.
 */
export function guardStorage(win: Window, refused: BlockTest): void {
  const proto = (win as Window & typeof globalThis).Storage?.prototype;
  const setItem = proto?.setItem;
  if (setItem)
    Reflect.set(proto, 'setItem', function (this: Storage, key: string, value: string) {
      if (!refused((key = String(key)))) setItem.call(this, key, value);
    });
}

/**
 * Every write path of a window's realm: its `document.cookie`, its Cookie Store's `set` and its
 * `Storage`'s `setItem` (`keys` answers for storage keys). The page's own at start, a same-origin
 * frame's when it loads (./frames.ts).
 */
export function guardRealm(win: Window, blocks: BlockTest, keys: BlockTest): void {
  guardDocumentCookie(win.document, blocks);
  guardCookieStore((win as Window & { cookieStore?: CookieStoreLike }).cookieStore, blocks);
  guardStorage(win, keys);
}
