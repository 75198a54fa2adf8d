import { domainsFor, pathsFor } from '../consent/domains.js';
import { cookieList, cookieName, jarOf, toJar } from './jar.js';

export interface ClearResult {
  /** Names that were visible and are gone. */
  removed: string[];
  /** Names still visible after every domain and path was tried (set on a path this page cannot address). */
  remaining: string[];
}

/** The visible cookie names that a test refuses, once each; a nameless cookie's is the one its value shows (./jar.ts `cookieName`). */
export const visibleNames = (refused: (name: string) => boolean, jar: string): string[] =>
  [...new Set(cookieList(jar).map(([name, value]) => name || cookieName(value)))].filter(refused);

/**
 * Deletes every visible cookie whose name is refused, on the host and every parent domain, on `/`
 * and every prefix of the path. HttpOnly cookies are invisible to scripts and so out of reach: the
 * server endpoint (`consent-url`) is for them. `jar`: the page's cookies as the caller last read them.
 */
export function clearCookies(refused: (name: string) => boolean, doc: Document, jar: string): ClearResult {
  const names = visibleNames(refused, jar);
  if (!names.length) return { removed: [], remaining: [] };
  const { hostname, pathname, protocol } = doc.location!;
  const expire = (list: string[], attributes: string, nameless?: boolean) => {
    for (const name of list)
      for (const domain of domainsFor(hostname))
        for (const path of pathsFor(pathname))
          toJar(doc, `${nameless ? `=${name}` : `${name}=`}; max-age=0; path=${path}${domain ? `; domain=${domain}` : ''}${attributes}`);
  };
  const secure = protocol === 'https:' ? '; Secure' : '';
  expire(names, secure);
  let left = visibleNames(refused, jarOf(doc));
  // What a deletion by name leaves: a nameless cookie read as its value (WebKit lists `=_ga=1` as `_ga=1`),
  // which only a nameless deletion reaches, and a partitioned (CHIPS) one, in a jar of its own, which only
  // a write that says `Partitioned` reaches. Most pages have neither: this pass runs for what survived.
  if (left.length) {
    expire(left, secure, true);
    if (secure) expire(left, `${secure}; Partitioned; SameSite=None`);
    left = visibleNames(refused, jarOf(doc));
  }
  return { removed: names.filter((n) => !left.includes(n)), remaining: left };
}
