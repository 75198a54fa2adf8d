// The receipt's contract, the one docs/receipt-protocol.md describes: what the drop-in POSTs to
// `consent-url`. Fastify validates bodies against this schema (with Ajv) before a handler runs.

/** Causes the drop-in sends (src/consent/policy.ts `Cause`). */
export const CAUSES = ['accept-all', 'reject-all', 'save', 'api', 'other-tab', 'reset', 'config', 'session', 'embed'];

const id = { type: 'string', pattern: '^[A-Za-z0-9_-]{8,64}$' };
const time = { type: 'string', format: 'date-time', maxLength: 40 };

/** The JSON schema of a receipt; `known` lists the categories the site offers besides `necessary`. */
export function receiptSchema(known) {
  const categories = Object.fromEntries([['necessary', { const: true }], ...known.map((name) => [name, { type: 'boolean' }])]);
  return {
    type: 'object',
    additionalProperties: false,
    required: ['consentId', 'revision', 'createdAt', 'updatedAt', 'categories', 'cause', 'refusedCookies', 'url'],
    properties: {
      receiptId: id,
      consentId: id,
      revision: { type: 'integer', minimum: 0, maximum: 2147483647 },
      createdAt: time,
      updatedAt: time,
      categories: { type: 'object', additionalProperties: false, required: ['necessary'], properties: categories },
      cause: { enum: CAUSES },
      refusedCookies: { type: 'array', maxItems: 256, items: { type: 'string', minLength: 1, maxLength: 256 } },
      url: { type: 'string', maxLength: 2048, pattern: '^https?://' },
    },
  };
}

/**
 * The key a receipt is stored under exactly once: the id the drop-in gives each receipt, or, for a
 * receipt queued by a version that gave none, what identifies the decision it reports.
 */
export const receiptKey = (receipt) => receipt.receiptId ?? `${receipt.consentId}/${receipt.revision}/${receipt.updatedAt}/${receipt.cause}`;

/** Origin and path only: a query string or fragment can carry tokens. `null` when not a URL. */
export function pageOf(url) {
  try {
    const page = new URL(url);
    return page.origin + page.pathname;
  } catch {
    return null;
  }
}

/**
 * Whether a cookie name fits a refused name or pattern (`*` any run of characters, as the drop-in's
 * attributes write them), without case as Creatio compares names. Not a regular expression: the
 * pattern comes from the request, and one of many wildcards would make it backtrack for hours.
 */
function fits(refused, name) {
  const [first, ...parts] = refused.toLowerCase().split('*');
  const last = parts.pop();
  const lower = name.toLowerCase();
  if (last === undefined) return lower === first;
  let at = first.length;
  // Each part at its first place after the one before: with `*` alone, that finds a match if any.
  for (const part of parts) {
    if ((at = lower.indexOf(part, at)) < 0) return false;
    at += part.length;
  }
  return lower.startsWith(first) && lower.length - last.length >= at && lower.endsWith(last);
}

/** Whether the receipt refuses the named cookie: a page may refuse `User*` or `*` as well as `UserName`; `=key` is a storage key, never a cookie. */
export const refuses = (receipt, name) => receipt.refusedCookies.some((refused) => fits(refused, name));
