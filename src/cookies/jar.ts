import { COMPANION_COOKIE, CONSENT_COOKIE, decodeRecord, type ConsentRecord } from '../consent/record.js';

/**
 * Whether the decision is bound to this host by its companion: where it is host-only on https. With
 * `cookie-domain` it is shared on purpose, and http has no `__Host-`: there our newest record counts.
 */
export const isBound = (cookieDomain: string, protocol: string): boolean => !cookieDomain && protocol === 'https:';

/** What the companion holds: the record's id and when it was last changed. */
export const binding = (record: ConsentRecord) => `${record.id}.${record.updated}`;

/**
 * Every cookie the page can see, in the browser's order, duplicates kept: `document.cookie` lists a
 * name once per domain/path it is set on, and js-cookie's `get` would keep only one of them.
 */
export function cookieList(jar: string): [name: string, value: string][] {
  return jar
    ? jar.split('; ').map((pair) => {
        const at = pair.indexOf('=');
        return at < 0 ? ['', pair] : [pair.slice(0, at), pair.slice(at + 1)];
      })
    : [];
}

/**
 * The name in a `document.cookie` assignment: up to its first `=` or `;`, trimmed as browsers trim
 * it. Without `=` the browsers disagree (Firefox stores a cookie of that name, Chromium one with no
 * name and that value, which `document.cookie` lists as the bare word): it is taken as the name.
 * With nothing before the `=`, the cookie is nameless and every reader takes its value for the
 * cookie (WebKit stores `=_ga=1` and lists it as `_ga=1`, in the Cookie header too; Chromium keeps
 * `=_gat` as the bare word): the name is the one the value shows.
 */
export function cookieName(assignment: string): string {
  // Runs on every write: two index scans and one slice, no arrays.
  const at = Math.min(`${assignment}=`.indexOf('='), `${assignment};`.indexOf(';'));
  const name = assignment.slice(0, at).trim();
  return name || assignment[at] != '=' ? name : cookieName(assignment.slice(at + 1));
}

/**
 * Whether markup shadows the document's `cookie` (an `<img name="cookie">`, DOM clobbering): its own
 * `cookie` is then the element, a value, where another library's wrapper would be an accessor.
 */
export const shadowed = (doc: Document): boolean => 'value' in (Object.getOwnPropertyDescriptor(doc, 'cookie') ?? {});

/**
 * `document.cookie`, or `''` where the document has no jar: one with an opaque origin (a page in a
 * frame sandboxed without `allow-same-origin`) throws a SecurityError on every read. Where markup
 * shadows it (`shadowed`), through `Document.prototype`'s accessor, which markup cannot reach.
 */
export function jarOf(doc: Document): string {
  try {
    return shadowed(doc) ? Reflect.get(Document.prototype, 'cookie', doc) : doc.cookie;
  } catch {
    return '';
  }
}

/** Writes to the jar, where markup shadows `document.cookie` through the accessor itself (see `jarOf`): through the element Chromium stores nothing. */
export function toJar(doc: Document, text: string): void {
  if (shadowed(doc)) Reflect.set(Document.prototype, 'cookie', text, doc);
  else doc.cookie = text;
}

/** The part of the Cookie Store API that lists the cookies a page sees. */
export interface CookieLister {
  getAll?(): Promise<{ name: string; value: string }[] | undefined>;
}

/**
 * The jar as `document.cookie` gives it, read without blocking the page where the Cookie Store API
 * can list it; `use` gets `undefined` where it cannot (then read `document.cookie`). Firefox, when
 * it blocks every cookie, answers `getAll()` with `undefined`, not a list. Neither reading is the
 * jar at every moment: in Chromium a list asked for just after this page's own write to
 * `document.cookie` can still show the jar before it; `document.cookie` is served from a per-document
 * cache, which can lag another document's write; in WebKit it shows a nameless cookie a sibling
 * subdomain set as the name its value starts with (a forged companion), which the list does not.
 */
export function jarSoon(store: CookieLister | undefined, use: (jar?: string) => void): void {
  if (!store?.getAll) return use();
  store.getAll().then(
    (list) => use(list?.map(({ name, value }) => `${name}=${value}`).join('; ')),
    () => use(),
  );
}

/**
 * Hands `look` each change the browser reports in the jar (the Cookie Store's `change` event), with
 * the names of the cookies it is of (a page rewriting a cookie of its own many times a second then
 * pays no look for each); a browser whose event lacks the lists gets a look without them. The look
 * reads through the Cookie Store (`soon`): Chromium serves `document.cookie` from a per-document
 * cache, which can lag a change another document made, and the change would pass unseen.
 */
export const onChange = (store: EventTarget | undefined, look: (soon: boolean, names?: string[]) => void): void =>
  store?.addEventListener('change', (event) => {
    const { changed, deleted } = event as Event & Record<'changed' | 'deleted', { name: string }[]>;
    look(true, changed && [...changed, ...deleted].map((cookie) => cookie.name));
  });

// js-cookie wrote it percent-encoded (./store.ts); reading needs only the browser's decoder, so the
// core, which never writes the decision, does not carry js-cookie.
const decodeValue = (value: string): string | null => {
  try {
    return decodeURIComponent(value);
  } catch {
    // Malformed percent-encoding (e.g. a lone %E0) makes decodeURIComponent throw.
    return null;
  }
};

/**
 * The visitor's decision as stored by us. Several `CookieConscent` cookies may be visible (Creatio's
 * own sites set one of another format on `.creatio.com`); foreign or damaged ones are skipped, never
 * removed, and the newest of ours wins. `bound`: only the one the companion names counts (a record
 * the visitor did not make here, or none at all, means no decision).
 */
export function readRecord(jar: string, bound = false): ConsentRecord | null {
  const list = cookieList(jar);
  const companion = bound ? decodeValue(list.find(([name]) => name === COMPANION_COOKIE)?.[1] ?? '') : null;
  let best: ConsentRecord | null = null;
  for (const [name, value] of list) {
    if (name !== CONSENT_COOKIE) continue;
    const raw = decodeValue(value);
    const record = raw === null ? null : decodeRecord(raw);
    if (record && (!bound || binding(record) === companion) && (!best || record.updated > best.updated)) best = record;
  }
  return best;
}
