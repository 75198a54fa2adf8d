/**
 * Resolves a URL written by a page author and keeps it only if it is http(s): a `javascript:` or
 * `data:` value in an attribute must never become a link, a frame or a request.
 */
export function httpUrl(value: string | null | undefined, base: string = document.baseURI): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
