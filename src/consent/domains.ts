/**
 * Where a cookie visible on this page may live: pure functions of the page's host and path, shared
 * by the configuration (which `Domain` the decision may be stored on) and the clearing.
 */

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
  let path = '';
  for (const part of pathname.split('/').filter(Boolean)) {
    path += `/${part}`;
    paths.add(path).add(`${path}/`);
  }
  return [...paths];
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
