// The HTTP side: receipts in, audits out. Fastify parses and validates (JSON schema, body limit,
// content type); the handlers decide what is stored and answered.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController } from 'fastify';
import { asCsv, asJson } from './export.mjs';
import { browserFamily, truncateIp } from './privacy.mjs';
import { pageOf, receiptKey, receiptSchema, refuses } from './receipt.mjs';
import { findReceipts, storeReceipt } from './store.mjs';

const cookie = (header, name) => new RegExp(`(?:^|;\\s*)${name}=([^;]*)`).exec(header ?? '')?.[1];
const digest = (text) => createHash('sha256').update(text).digest();

/** Builds the service on an open database; `config` is what `configFrom` returns. */
export function buildApp({ db, config, logger = false }) {
  const app = Fastify({
    logger,
    // Fastify logs each request with the visitor's address by default: the log must not keep what
    // the database does not.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Fastify's defaults coerce types and drop unknown properties; a receipt is taken as sent or refused.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
  });
  const base = config.basePath;
  // A cross-site form can send text/plain without asking first (a CORS "simple" request): only JSON
  // is a receipt, and anything else is answered 415 before it is read.
  app.removeContentTypeParser('text/plain');

  // Errors answer with a short JSON reason; a database that is down is the client's cue to retry
  // later (the drop-in keeps the receipt queued), never a 500 that looks like bad input.
  // Nothing this service answers is for a cache: receipts, refusals, exports, its health.
  app.addHook('onSend', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
  });
  app.setErrorHandler((error, request, reply) => {
    const status = error.validation ? 400 : error.statusCode && error.statusCode < 500 ? error.statusCode : 503;
    if (status === 503) request.log.error(error);
    reply.code(status).send({ error: status === 503 ? 'unavailable' : error.message });
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: 'not found' }));

  /** A receipt comes from the page's own origin: a browser says where a request comes from. */
  function crossSite(request) {
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') return `Sec-Fetch-Site: ${site}`;
    const origin = request.headers.origin;
    if (origin === undefined) return null;
    const allowed = config.allowedOrigins.length ? config.allowedOrigins : [`${request.protocol}://${request.host}`];
    return allowed.includes(origin) ? null : `Origin: ${origin}`;
  }

  // Receipts per minute from one address: a visitor sends a few; a flood would fill the log. A
  // receipt answered 429 stays queued in the browser and goes out later.
  app.register(rateLimit, { global: false });

  // Declared once the rate limiter is in, so that its hook sees them.
  app.register(async (scope) => {
    scope.post(base, {
      schema: { body: receiptSchema(config.categories) },
      config: config.rateLimit ? { rateLimit: { max: config.rateLimit, timeWindow: '1 minute' } } : {},
      // Before the body is read: a cross-site or forged request costs no parsing.
      onRequest: async (request, reply) => {
        const why = crossSite(request);
        if (why) return reply.code(403).send({ error: `cross-site request refused (${why})` });
        // Creatio's anti-CSRF check: when its cookie is there, the header must repeat it.
        const csrf = cookie(request.headers.cookie, 'BPMCSRF');
        if (csrf !== undefined && request.headers.bpmcsrf !== csrf) return reply.code(403).send({ error: 'BPMCSRF header missing or wrong' });
      },
      handler: async (request, reply) => {
        const receipt = request.body;
        const page = pageOf(receipt.url);
        if (!page) return reply.code(400).send({ error: 'url is not a URL' });
        const key = receiptKey(receipt);
        const stored = await storeReceipt(db, {
          key,
          receipt,
          page,
          browser: browserFamily(request.headers['user-agent']),
          ip: config.storeIp === 'truncated' ? truncateIp(request.ip) : null,
        });
        // Expired on every answer, a repeat included: the cookie may have been set again since.
        const secure = request.protocol === 'https' ? '; Secure' : '';
        const expire = config.expireCookies
          .filter((name) => refuses(receipt, name))
          .map((name) => `${name}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax${secure}`);
        if (expire.length) reply.header('Set-Cookie', expire);
        return reply
          .code(stored ? 201 : 200)
          .send({ stored: Boolean(stored), receiptKey: key, receivedAt: stored ? new Date(stored.received_at).toISOString() : undefined });
      },
    });

    scope.get(`${base}/receipts`, {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            consentId: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,64}$' },
            from: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
            to: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
            format: { enum: ['json', 'csv'], default: 'json' },
          },
        },
      },
      onRequest: async (request, reply) => {
        // No token set, no export: the log is not readable over HTTP by default.
        if (!config.adminToken) return reply.code(404).send({ error: 'not found' });
        const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
        if (!given || !timingSafeEqual(digest(given), digest(config.adminToken))) {
          return reply.code(401).header('WWW-Authenticate', 'Bearer realm="consent-log"').send({ error: 'admin token required' });
        }
      },
      handler: async (request, reply) => {
        const { consentId, from, to, format } = request.query;
        const rows = findReceipts(db, { consentId, from, to });
        const csv = format === 'csv';
        return reply
          .header('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="consent-receipts.${format}"`)
          .send(Readable.from(csv ? asCsv(rows) : asJson(rows)));
      },
    });

    scope.get(`${base}/health`, async (request, reply) => {
      await db.query('SELECT 1');
      return reply.send({ ok: true, database: db.kind });
    });
  });

  return app;
}
