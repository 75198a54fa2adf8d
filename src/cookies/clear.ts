import { domainsFor, pathsFor } from '../consent/domains.js';
import { cookieList, jarOf, toJar } from './jar.js';

export interface ClearResult {
  /** Names that were visible and are gone. */
  removed: string[];
  /** Names still visible after every domain and path was tried (set on a path this page cannot address). */
  remaining: string[];
}

/** The visible cookie names that a test refuses, once each. */
export const visibleNames = (refused: (name: string) => boolean, jar: string): string[] =>
  [...new Set(cookieList(jar).map(([name]) => name))].filter(refused);

/**
 * Deletes every visible cookie whose name is refused, on the host and every parent domain, on `/`
 * and every prefix of the path. HttpOnly cookies are invisible to scripts and so out of reach: the
 * server endpoint (`consent-url`) is for them. `jar`: the page's cookies as the caller last read them.
 */
export function clearCookies(refused: (name: string) => boolean, doc: Document, jar: string): ClearResult {
  const names = visibleNames(refused, jar);
  if (!names.length) return { removed: [], remaining: [] };
  const { hostname, pathname, protocol } = doc.location!;
  const expire = (list: string[], attributes: string) => {
    for (const name of list)
      for (const domain of domainsFor(hostname))
        for (const path of pathsFor(pathname))
          toJar(doc, `${name}=; max-age=0; path=${path}${domain ? `; domain=${domain}` : ''}${attributes}`);
  };
  const secure = protocol === 'https:';
  expire(names, secure ? '; Secure' : '');
  let left = visibleNames(refused, jarOf(doc));
  // A partitioned (CHIPS) cookie lives in its own jar and only a write that says `Partitioned`
  // reaches it; most pages have none, so this second pass runs only for what survived the first.
  if (left.length && secure) {
    expire(left, '; Secure; Partitioned; SameSite=None');
    left = visibleNames(refused, jarOf(doc));
  }
  return { removed: names.filter((n) => !left.includes(n)), remaining: left };
}
