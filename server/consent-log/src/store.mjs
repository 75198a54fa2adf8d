// The queries: storing a receipt once, reading them back for an audit, and forgetting old ones.

const COLUMNS = `id, receipt_key, consent_id, revision, consent_created_at, consent_updated_at, categories, cause,
  refused_cookies, page, received_at, browser, ip`;

/**
 * Stores a receipt under its key unless one is stored already. Resolves to the stored row when
 * this call stored it, `null` for a repeat. The time is the database's, not the visitor's.
 */
export async function storeReceipt(db, { key, receipt, page, browser, ip }) {
  const { rows } = await db.query(
    `INSERT INTO consent_receipts (receipt_key, consent_id, revision, consent_created_at, consent_updated_at, categories,
       cause, refused_cookies, page, browser, ip)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (receipt_key) DO NOTHING
     RETURNING id, received_at`,
    [key, receipt.consentId, receipt.revision, receipt.createdAt, receipt.updatedAt, JSON.stringify(receipt.categories), receipt.cause,
      JSON.stringify(receipt.refusedCookies), page, browser, ip],
  );
  return rows[0] ?? null;
}

/**
 * The receipts an audit asks for (by consent id, by the time they were received, or all), oldest
 * first, read in pages so that an export of any size never sits in memory whole.
 */
export async function* findReceipts(db, { consentId = null, from = null, to = null }, pageSize = 1000) {
  let after = 0;
  for (;;) {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM consent_receipts
       WHERE id > $1 AND ($2::text IS NULL OR consent_id = $2)
         AND ($3::timestamptz IS NULL OR received_at >= $3) AND ($4::timestamptz IS NULL OR received_at < $4)
       ORDER BY id LIMIT $5`,
      [after, consentId, from, to, pageSize],
    );
    for (const row of rows) yield row;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].id;
  }
}

/** Deletes the receipts received more than `months` months ago; resolves to how many went. */
export async function forgetOlderThan(db, months) {
  const { rows } = await db.query(
    'WITH gone AS (DELETE FROM consent_receipts WHERE received_at < now() - make_interval(months => $1) RETURNING 1) SELECT count(*)::int AS n FROM gone',
    [months],
  );
  return rows[0].n;
}
