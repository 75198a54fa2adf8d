// `npm run bench:consent-log`: the consent-log under load, on loopback, for each database this
// machine has: PGlite always; PostgreSQL from DATABASE_URL, else a throwaway cluster started with
// scripts/postgres.sh when PostgreSQL is installed. Each run sends RECEIPTS receipts (default
// 10,000) from CLIENTS concurrent clients (default 50): 10% are repeats of receipts already in the
// list, some sent while the original is still in flight, and 5% are malformed. Then it checks the
// database: none lost, none stored twice, every malformed one refused. It exits non-zero if not.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../server/consent-log/src/database.mjs';
import { spawnService } from '../test/node/consent-log/spawn.mjs';
import { receipt } from '../test/node/consent-log/support.mjs';

const TOTAL = +(process.env.RECEIPTS || 10_000);
const CLIENTS = +(process.env.CLIENTS || 50);
const DEADLINE_MS = +(process.env.DEADLINE_MS || 180_000);
const root = fileURLToPath(new URL('..', import.meta.url));

const valid = () => receipt({ categories: { necessary: true, functional: Math.random() < 0.5, analytical: Math.random() < 0.5 }, url: 'https://crm.example.test/0/Shell/' });

const MALFORMED = [
  (r) => ({ ...r, revision: String(r.revision) }),
  (r) => ({ ...r, categories: { ...r.categories, necessary: false } }),
  (r) => ({ ...r, cause: 'nudged' }),
  (r) => ({ ...r, consentId: '<img src=x>' }),
  (r) => `${JSON.stringify(r).slice(0, 40)}`,
];

/** The list to send, shuffled: unique receipts, repeats of some of them, malformed ones. */
function plan() {
  const duplicates = Math.round(TOTAL * 0.1);
  const malformed = Math.round(TOTAL * 0.05);
  const unique = Array.from({ length: TOTAL - duplicates - malformed }, valid);
  const jobs = unique.map((body) => ({ body, kind: 'unique' }));
  for (let i = 0; i < duplicates; i++) jobs.push({ body: unique[Math.floor(Math.random() * unique.length)], kind: 'duplicate' });
  for (let i = 0; i < malformed; i++) jobs.push({ body: MALFORMED[i % MALFORMED.length](valid()), kind: 'malformed' });
  for (let i = jobs.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [jobs[i], jobs[j]] = [jobs[j], jobs[i]];
  }
  return { jobs, unique };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function run(name, env) {
  const dataDir = mkdtempSync(join(tmpdir(), 'consent-log-bench-'));
  // Every client is on loopback: the per-address rate limit is off for the load test.
  const service = await spawnService({ DATA_DIR: dataDir, RATE_LIMIT: '0', ...env });
  const { jobs, unique } = plan();
  const latencies = [];
  const status = { unique: {}, duplicate: {}, malformed: {} };
  const deadline = AbortSignal.timeout(DEADLINE_MS);
  let next = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < jobs.length && !deadline.aborted) {
        const job = jobs[next++];
        const t0 = performance.now();
        try {
          const response = await fetch(service.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 Firefox/128.0' },
            body: typeof job.body === 'string' ? job.body : JSON.stringify(job.body),
            signal: AbortSignal.timeout(30_000),
          });
          await response.arrayBuffer();
          status[job.kind][response.status] = (status[job.kind][response.status] ?? 0) + 1;
        } catch {
          failed++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await service.stop();

  const db = await openDatabase({ databaseUrl: env.DATABASE_URL || null, dataDir });
  const { rows } = await db.query('SELECT receipt_key FROM consent_receipts');
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });

  const stored = rows.map((row) => row.receipt_key);
  const storedSet = new Set(stored);
  const uniqueKeys = new Set(unique.map((r) => r.receiptId));
  const lost = unique.filter((r) => !storedSet.has(r.receiptId)).length;
  const sorted = latencies.sort((a, b) => a - b);
  const result = {
    database: name,
    sent: latencies.length,
    clients: CLIENTS,
    seconds: +seconds.toFixed(2),
    receiptsPerSecond: Math.round(latencies.length / seconds),
    p50ms: +percentile(sorted, 50).toFixed(1),
    p99ms: +percentile(sorted, 99).toFixed(1),
    status,
    unique: unique.length,
    stored: stored.length,
    lost,
    duplicated: stored.length - storedSet.size,
    // Stored but never sent as a valid receipt: a malformed one let through.
    unexpected: [...storedSet].filter((key) => !uniqueKeys.has(key)).length,
    malformedRefused: Object.entries(status.malformed).reduce((n, [code, count]) => n + (code >= 400 && code < 500 ? count : 0), 0),
    networkErrors: failed,
    timedOut: deadline.aborted,
  };
  // A repeat can overtake its original: exactly one of the two is answered 201.
  const created = (status.unique[201] ?? 0) + (status.duplicate[201] ?? 0);
  result.ok = !result.timedOut && failed === 0 && lost === 0 && result.unexpected === 0 && result.duplicated === 0 && result.malformedRefused === Math.round(TOTAL * 0.05) && created === unique.length;
  return result;
}

const runs = [['PGlite', {}]];
let throwaway = null;
if (process.env.DATABASE_URL) runs.push(['PostgreSQL', { DATABASE_URL: process.env.DATABASE_URL }]);
else {
  try {
    throwaway = execFileSync(join(root, 'scripts/postgres.sh'), ['start', '55433'], { encoding: 'utf8' }).trim();
    runs.push(['PostgreSQL', { DATABASE_URL: throwaway }]);
  } catch (error) {
    console.log(`PostgreSQL skipped: ${String(error.stderr || error.message).trim()}`);
  }
}

const results = [];
try {
  for (const [name, env] of runs) {
    console.log(`${name}: ${TOTAL} receipts from ${CLIENTS} clients ...`);
    results.push(await run(name, env));
  }
} finally {
  if (throwaway) execFileSync(join(root, 'scripts/postgres.sh'), ['stop', '55433']);
}

console.log('\n| database | receipts | receipts/s | p50 | p99 | stored / unique | lost | stored twice | malformed refused | ok |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of results) {
  console.log(`| ${r.database} | ${r.sent} | ${r.receiptsPerSecond} | ${r.p50ms} ms | ${r.p99ms} ms | ${r.stored} / ${r.unique} | ${r.lost} | ${r.duplicated} | ${r.malformedRefused} | ${r.ok ? 'yes' : 'NO'} |`);
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/consent-log.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
if (!results.every((r) => r.ok)) process.exitCode = 1;
