// One interface over the two databases: PGlite (PostgreSQL compiled to WebAssembly, kept in a data
// folder) by default, and a PostgreSQL server when DATABASE_URL names one. Both speak the same SQL,
// so there is one schema and one set of queries.
import { mkdirSync } from 'node:fs';
import { MIGRATIONS } from './migrations.mjs';

/**
 * @typedef {{ rows: Record<string, unknown>[] }} Result
 * @typedef {{ query(text: string, params?: unknown[]): Promise<Result> }} Queryable
 * @typedef {Queryable & { kind: 'pglite' | 'postgres', transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>, close(): Promise<void> }} Database
 */

/** Opens the database the settings name and brings its schema up to date. */
export async function openDatabase({ databaseUrl, dataDir }) {
  const db = databaseUrl ? await postgres(databaseUrl) : await embedded(dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function embedded(dataDir) {
  const { PGlite } = await import('@electric-sql/pglite');
  mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    query: (text, params) => pglite.query(text, params),
    transaction: (work) => pglite.transaction((tx) => work({ query: (text, params) => tx.query(text, params) })),
    close: () => pglite.close(),
  };
}

async function postgres(connectionString) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client that loses its server must not take the process down with it.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    query: (text, params) => pool.query(text, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Arbitrary, fixed: the advisory lock that lets one instance migrate while the others wait. */
const MIGRATION_LOCK = 48151623;

/** Applies the migrations not yet applied, in order, once even when several instances start together. */
export async function migrate(db) {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS consent_log_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await tx.query('SELECT version FROM consent_log_migrations');
    const applied = new Set(rows.map((row) => Number(row.version)));
    for (const [index, statements] of MIGRATIONS.entries()) {
      if (applied.has(index + 1)) continue;
      for (const statement of statements) await tx.query(statement);
      await tx.query('INSERT INTO consent_log_migrations (version) VALUES ($1)', [index + 1]);
    }
  });
}
