// Receipts as an audit reads them: JSON, or CSV for a spreadsheet.

/** A stored row as the export shows it (the receipt's own field names, the server's time). */
export const exported = (row) => ({
  consentId: row.consent_id,
  receiptKey: row.receipt_key,
  receivedAt: new Date(row.received_at).toISOString(),
  revision: row.revision,
  createdAt: new Date(row.consent_created_at).toISOString(),
  updatedAt: new Date(row.consent_updated_at).toISOString(),
  cause: row.cause,
  categories: row.categories,
  refusedCookies: row.refused_cookies,
  page: row.page,
  browser: row.browser,
  ip: row.ip,
});

export async function* asJson(rows) {
  let first = true;
  yield '[';
  for await (const row of rows) {
    yield `${first ? '' : ','}\n${JSON.stringify(exported(row))}`;
    first = false;
  }
  yield '\n]\n';
}

const HEADER = ['consentId', 'receiptKey', 'receivedAt', 'revision', 'createdAt', 'updatedAt', 'cause', 'categories', 'refusedCookies', 'page', 'browser', 'ip'];

/**
 * One CSV field (RFC 4180). A value a spreadsheet would run as a formula (=, +, -, @, tab, CR) is
 * prefixed with an apostrophe (OWASP's advice on CSV injection): a page path comes from the visitor.
 */
export function csvField(value) {
  let text = value == null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function* asCsv(rows) {
  yield `${HEADER.join(',')}\r\n`;
  for await (const row of rows) {
    const record = exported(row);
    // Categories and refused cookies stay JSON in their cell: every offered category, each answer.
    yield `${HEADER.map((field) => csvField(record[field])).join(',')}\r\n`;
  }
}
