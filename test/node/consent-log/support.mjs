// What the consent-log tests share: a database of each kind the machine offers (PGlite always;
// PostgreSQL when CONSENT_LOG_TEST_DATABASE_URL names one, as .ci/run does), and valid receipts.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFrom } from '../../../server/consent-log/src/config.mjs';
import { openDatabase } from '../../../server/consent-log/src/database.mjs';

export const DATABASES = [{ name: 'PGlite', databaseUrl: null }];
if (process.env.CONSENT_LOG_TEST_DATABASE_URL) DATABASES.push({ name: 'PostgreSQL', databaseUrl: process.env.CONSENT_LOG_TEST_DATABASE_URL });

/** Opens a fresh, empty database of the kind; `close()` closes it and removes what it left. */
export async function freshDatabase({ databaseUrl }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'consent-log-'));
  const db = await openDatabase({ databaseUrl, dataDir });
  // A shared server keeps rows between files: each test starts from an empty table.
  await db.query('DELETE FROM consent_receipts');
  return {
    db,
    dataDir,
    async close() {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const settings = (env = {}) => configFrom({ DATA_DIR: '/nonexistent', ...env });

/** A receipt as the drop-in sends it (src/integrations/receipt.ts), with fields overridden. */
export function receipt(overrides = {}) {
  const now = new Date().toISOString();
  return {
    receiptId: randomUUID(),
    consentId: randomUUID(),
    revision: 1,
    createdAt: now,
    updatedAt: now,
    categories: { necessary: true, functional: false, analytical: true },
    cause: 'save',
    refusedCookies: ['UserName'],
    url: 'https://app.example.test/0/Shell/',
    ...overrides,
  };
}

export const count = async (db) => (await db.query('SELECT count(*)::int AS n FROM consent_receipts')).rows[0].n;
