import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../../../server/consent-log/src/database.mjs';
import { spawnService } from './spawn.mjs';
import { DATABASES, receipt } from './support.mjs';

/** Posts receipts from `clients` loops until told to stop; returns the keys answered with a 2xx. */
function burst(url, clients) {
  const acknowledged = new Set();
  let sent = 0;
  let running = true;
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      const body = receipt();
      sent++;
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        if (response.ok) acknowledged.add(body.receiptId);
      } catch {
        // The service died under this request: no answer, so no promise it was kept.
      }
    }
  });
  return {
    acknowledged,
    sent: () => sent,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

for (const kind of DATABASES) {
  describe(`consent-log on ${kind.name}: killed in the middle of a burst`, () => {
    it('keeps every receipt it answered with a 2xx, and serves again after a restart', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'consent-log-fault-'));
      // A burst from one address: the rate limit is off for it.
      const env = { DATA_DIR: dataDir, DATABASE_URL: kind.databaseUrl ?? '', RATE_LIMIT: '0' };
      try {
        const service = await spawnService(env);
        const load = burst(service.url, 20);
        // Long enough that hundreds are acknowledged and more are in flight when the kill comes.
        while (load.acknowledged.size < 300) await new Promise((resolve) => setTimeout(resolve, 20));
        await service.stop('SIGKILL');
        await load.stop();
        assert.ok(load.sent() > load.acknowledged.size, 'some requests were in flight at the kill');

        const again = await spawnService(env);
        const after = receipt();
        const response = await fetch(again.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(after) });
        assert.equal(response.status, 201);
        await again.stop();

        const db = await openDatabase({ databaseUrl: kind.databaseUrl, dataDir });
        const { rows } = await db.query('SELECT receipt_key FROM consent_receipts');
        await db.close();
        const stored = new Set(rows.map((row) => row.receipt_key));
        const lost = [...load.acknowledged].filter((key) => !stored.has(key));
        assert.deepEqual(lost, [], `${lost.length} of ${load.acknowledged.size} acknowledged receipts lost`);
        assert.ok(stored.has(after.receiptId));
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}

if (DATABASES.some((kind) => kind.databaseUrl)) {
  describe('consent-log on PostgreSQL: several instances', () => {
    it('migrate once when they start together', async () => {
      const { databaseUrl } = DATABASES.find((kind) => kind.databaseUrl);
      const instances = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl })));
      const { rows } = await instances[0].query('SELECT version FROM consent_log_migrations');
      await Promise.all(instances.map((db) => db.close()));
      assert.deepEqual(rows.map((row) => row.version), [1]);
    });
  });
}
