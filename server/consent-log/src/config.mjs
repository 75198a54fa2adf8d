// The service's settings, from the environment (documented in server/consent-log/README.md).
import { resolve } from 'node:path';

const list = (value, fallback) => (value ?? fallback).split(/[\s,]+/).filter(Boolean);

function wholeNumber(name, value, fallback) {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be a whole number, not "${value}"`);
  return number;
}

/** Reads the settings; a setting that makes no sense stops the service with its name, not later. */
export function configFrom(env = process.env) {
  const storeIp = env.STORE_IP ?? 'off';
  if (!['off', 'truncated'].includes(storeIp)) throw new Error(`STORE_IP must be "off" or "truncated", not "${storeIp}"`);
  const basePath = (env.BASE_PATH ?? '/api/consent').replace(/\/+$/, '');
  if (!basePath.startsWith('/')) throw new Error(`BASE_PATH must start with "/", not "${basePath}"`);
  return {
    host: env.HOST ?? '127.0.0.1',
    port: wholeNumber('PORT', env.PORT, 8787),
    basePath,
    databaseUrl: env.DATABASE_URL || null,
    dataDir: resolve(env.DATA_DIR ?? 'consent-log-data'),
    categories: list(env.CATEGORIES, 'functional analytical marketing').filter((name) => name !== 'necessary'),
    expireCookies: list(env.EXPIRE_COOKIES, 'UserName'),
    adminToken: env.ADMIN_TOKEN || null,
    retentionMonths: wholeNumber('RETENTION_MONTHS', env.RETENTION_MONTHS, 0),
    storeIp,
    allowedOrigins: list(env.ALLOWED_ORIGINS, ''),
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    bodyLimit: wholeNumber('BODY_LIMIT', env.BODY_LIMIT, 16384),
    rateLimit: wholeNumber('RATE_LIMIT', env.RATE_LIMIT, 120),
  };
}
