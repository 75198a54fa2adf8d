// What the log keeps about the visitor beyond the decision: as little as an audit needs.

const FAMILIES = [
  ['Edge', /\bEdg(?:e|A|iOS)?\//],
  ['Opera', /\bOPR\/|\bOpera\b/],
  ['Samsung Internet', /\bSamsungBrowser\//],
  ['Firefox', /\b(?:Firefox|FxiOS)\//],
  ['Chrome', /\b(?:Chrome|Chromium|CriOS)\//],
  ['Safari', /\bVersion\/[\d.]+.*Safari\//],
];

/** The browser family, never the full user agent (which, with the rest, can single a visitor out). */
export function browserFamily(userAgent) {
  if (!userAgent) return null;
  for (const [family, pattern] of FAMILIES) if (pattern.test(userAgent)) return family;
  return 'Other';
}

/**
 * The address with its host part dropped: IPv4 to /24, IPv6 to /48 (as Google Analytics' IP
 * anonymisation does for IPv4). `null` for anything that is not an address.
 */
export function truncateIp(address) {
  if (!address) return null;
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(address);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0`;
  if (!address.includes(':')) return null;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  if (groups.length !== 8 || !groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  return `${groups.slice(0, 3).map((group) => parseInt(group, 16).toString(16)).join(':')}::`;
}
