/**
 * The write guard: drops writes of refused cookies through `document.cookie` and the Cookie Store
 * API while letting reads, deletions and every other cookie through. Consent managers that only
 * gate scripts lose to a tag manager that is already on the page; this stops the cookie itself.
 */

/** Answers whether a cookie of this name may not be written now. */
export type BlockTest = (name: string) => boolean;

/** The name in a `document.cookie` assignment, trimmed as browsers trim it. */
export function cookieName(assignment: string): string {
  // Runs on every write: two index scans and one slice, no arrays.
  const at = assignment.indexOf('=');
  const end = assignment.indexOf(';');
  return at < 0 || (end >= 0 && end < at) ? '' : assignment.slice(0, at).trim();
}

/** Whether an assignment deletes its cookie (an expiry in the past, or `max-age` of 0 or less). */
export function isDeletion(assignment: string, now = Date.now()): boolean {
  const maxAge = /;\s*max-age\s*=\s*(-?\d+)/i.exec(assignment);
  if (maxAge) return +maxAge[1] <= 0;
  const expires = /;\s*expires\s*=\s*([^;]+)/i.exec(assignment);
  return !!expires && Date.parse(expires[1]) <= now;
}

/**
 * Wraps the `cookie` accessor on the document itself. The accessor found at install time (the
 * browser's own on `Document.prototype`, or one another library put on `document` before us) is
 * kept and called through, so both keep working; a library that wraps later wraps us in turn.
 */
export function guardDocumentCookie(doc: Document, blocks: BlockTest): void {
  let owner: object | null = doc;
  let descriptor: PropertyDescriptor | undefined;
  while (owner && !(descriptor = Object.getOwnPropertyDescriptor(owner, 'cookie'))) owner = Object.getPrototypeOf(owner);
  if (!descriptor?.get || !descriptor.set || descriptor.configurable === false) return;
  const { get, set } = descriptor;
  Object.defineProperty(doc, 'cookie', {
    configurable: true,
    enumerable: true,
    get() {
      return get.call(this);
    },
    set(value: string) {
      const text = String(value);
      if (!blocks(cookieName(text)) || isDeletion(text)) set.call(this, value);
    },
  });
}

interface CookieStoreLike {
  set(nameOrOptions: string | { name: string; expires?: number | null }, value?: string): Promise<void>;
}

/**
 * Wraps `cookieStore.set` (where the API exists: secure contexts only). A dropped write resolves
 * like a successful one, as a dropped `document.cookie` write is silent: a tag that awaits it must
 * not break.
 */
export function guardCookieStore(store: CookieStoreLike | undefined, blocks: BlockTest): void {
  if (!store || typeof store.set !== 'function') return;
  const set = store.set;
  store.set = function (this: CookieStoreLike, ...args: Parameters<CookieStoreLike['set']>) {
    const [first] = args;
    const name = typeof first === 'string' ? first : String(first?.name ?? '');
    const expires = typeof first === 'object' && first ? first.expires : null;
    if (blocks(name) && !(expires != null && expires <= Date.now())) return Promise.resolve();
    return set.apply(this, args);
  };
}
