#!/usr/bin/env node
// `npm run consent-log`: opens the database (migrating it), serves, forgets old receipts on a
// schedule, and shuts down cleanly on SIGTERM/SIGINT.
import { buildApp } from './app.mjs';
import { configFrom } from './config.mjs';
import { openDatabase } from './database.mjs';
import { forgetOlderThan } from './store.mjs';

const DAY = 24 * 60 * 60 * 1000;

const config = configFrom();
const db = await openDatabase(config);
const app = buildApp({ db, config, logger: { level: process.env.LOG_LEVEL ?? 'info' } });

async function retention() {
  if (!config.retentionMonths) return;
  try {
    const gone = await forgetOlderThan(db, config.retentionMonths);
    app.log.info({ gone, months: config.retentionMonths }, 'retention: old receipts deleted');
  } catch (error) {
    app.log.error(error, 'retention failed; tried again in a day');
  }
}
await retention();
setInterval(retention, DAY).unref();

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    // Answers the requests in flight, then lets the database finish its writes.
    await app.close();
    await db.close();
    process.exit(0);
  });
}

await app.listen({ host: config.host, port: config.port });
app.log.info(`consent-log on ${db.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}, receipts at ${config.basePath}`);
