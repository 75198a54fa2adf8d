import { cookieList } from './jar.js';

/**
 * The `Domain` values a cookie visible on this host may have been set with: none (host-only), the
 * host itself and each parent domain down to, not including, the top-level label. Browsers refuse
 * public suffixes, so trying one is harmless. IP addresses have no parents.
 */
export function domainsFor(hostname: string): (string | undefined)[] {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  if (!host || /^[\d.]+$/.test(host) || host.includes(':')) return [undefined];
  const labels = host.split('.');
  const parents = labels.slice(0, Math.max(1, labels.length - 1)).map((_, i) => labels.slice(i).join('.'));
  return [undefined, ...parents];
}

/**
 * The `Path` values a cookie visible here may have: `/` and every prefix of the current path, with
 * and without a trailing slash (`/0/Nui` and `/0/Nui/` are distinct cookie paths).
 */
export function pathsFor(pathname: string): string[] {
  const paths = new Set(['/']);
  const parts = pathname.split('/').filter(Boolean);
  let path = '';
  for (const part of parts) {
    path += `/${part}`;
    paths.add(path).add(`${path}/`);
  }
  return [...paths];
}

export interface ClearResult {
  /** Names that were visible and are gone. */
  removed: string[];
  /** Names still visible after every domain and path was tried (set on a path this page cannot address). */
  remaining: string[];
}

/** The visible cookie names that a test refuses, once each. */
export const visibleNames = (refused: (name: string) => boolean, jar?: string): string[] =>
  [...new Set(cookieList(jar).map(([name]) => name))].filter(refused);

/**
 * Deletes every visible cookie whose name is refused, on the host and every parent domain, on `/`
 * and every prefix of the path. HttpOnly cookies are invisible to scripts and so out of reach: the
 * server endpoint (`consent-url`) is for them.
 */
export function clearCookies(refused: (name: string) => boolean, doc: Document = document, jar: string = doc.cookie): ClearResult {
  const names = visibleNames(refused, jar);
  if (!names.length) return { removed: [], remaining: [] };
  const { hostname, pathname, protocol } = doc.location ?? location;
  const expire = (list: string[], attributes: string) => {
    for (const name of list)
      for (const domain of domainsFor(hostname))
        for (const path of pathsFor(pathname))
          doc.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}${domain ? `; domain=${domain}` : ''}${attributes}`;
  };
  const secure = protocol === 'https:';
  expire(names, secure ? '; Secure' : '');
  let left = visibleNames(refused, doc.cookie);
  // A partitioned (CHIPS) cookie lives in its own jar and only a write that says `Partitioned`
  // reaches it; most pages have none, so this second pass runs only for what survived the first.
  if (left.length && secure) {
    expire(left, '; Secure; Partitioned; SameSite=None');
    left = visibleNames(refused, doc.cookie);
  }
  return { removed: names.filter((n) => !left.includes(n)), remaining: left };
}

/**
 * The `Domain` to store the decision on, if the configured one can hold it here: the host itself
 * or one of its parents. Anything else would make the browser drop the cookie, and with it the
 * decision, so it falls back to host-only.
 */
export function fitDomain(domain: string | null | undefined, hostname: string): string {
  const d = String(domain ?? '').trim().replace(/^\./, '').toLowerCase();
  return d && domainsFor(hostname).includes(d) ? d : '';
}
