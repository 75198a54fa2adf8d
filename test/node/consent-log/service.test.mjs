import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { buildApp } from '../../../server/consent-log/src/app.mjs';
import { csvField } from '../../../server/consent-log/src/export.mjs';
import { forgetOlderThan } from '../../../server/consent-log/src/store.mjs';
import { DATABASES, count, freshDatabase, receipt, settings } from './support.mjs';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const post = (app, body, headers = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/consent',
    headers: { 'content-type': 'application/json', host: 'app.example.test', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });

for (const kind of DATABASES) {
  describe(`consent-log on ${kind.name}`, () => {
    let store;
    let app;
    const open = (env) => buildApp({ db: store.db, config: settings(env) });
    before(async () => {
      store = await freshDatabase(kind);
    });
    after(async () => {
      await app?.close();
      await store.close();
    });
    beforeEach(async () => {
      await store.db.query('DELETE FROM consent_receipts');
      await app?.close();
      app = open({ ADMIN_TOKEN: 'secret-token' });
    });

    describe('a receipt', () => {
      it('is stored once with the server time: 201, then 200 for the same receipt sent again', async () => {
        const sent = receipt({ createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z' });
        const first = await post(app, sent);
        assert.equal(first.statusCode, 201, first.body);
        assert.equal(first.json().stored, true);
        assert.equal(first.headers['cache-control'], 'no-store');
        const again = await post(app, sent);
        assert.equal(again.statusCode, 200);
        assert.equal(again.json().stored, false);
        assert.equal(await count(store.db), 1);
        const { rows } = await store.db.query('SELECT received_at, consent_created_at FROM consent_receipts');
        assert.ok(Math.abs(new Date(rows[0].received_at) - Date.now()) < 60_000, 'received_at is the server time');
        assert.equal(new Date(rows[0].consent_created_at).toISOString(), '2020-01-01T00:00:00.000Z');
      });

      it('of a page whose revision is 0 is stored (the drop-in records it, and drops what is refused)', async () => {
        assert.equal((await post(app, receipt({ revision: 0 }))).statusCode, 201);
        assert.equal(await count(store.db), 1);
      });

      it('without a receipt id (queued by an older drop-in) is keyed by its decision', async () => {
        const { receiptId, ...old } = receipt();
        assert.equal((await post(app, old)).statusCode, 201);
        assert.equal((await post(app, old)).statusCode, 200);
        assert.equal((await post(app, { ...old, cause: 'session' })).statusCode, 201);
        assert.equal(await count(store.db), 2);
      });

      it('keeps the page as origin and path, never its query or fragment', async () => {
        await post(app, receipt({ url: 'https://app.example.test/0/Shell/?token=abc#section' }));
        const { rows } = await store.db.query('SELECT page FROM consent_receipts');
        assert.equal(rows[0].page, 'https://app.example.test/0/Shell/');
      });

      it('keeps the browser family, and no IP address unless told to', async () => {
        await post(app, receipt(), { 'user-agent': CHROME });
        let { rows } = await store.db.query('SELECT browser, ip FROM consent_receipts');
        assert.deepEqual(rows, [{ browser: 'Chrome', ip: null }]);
        await app.close();
        app = open({ STORE_IP: 'truncated' });
        await store.db.query('DELETE FROM consent_receipts');
        await app.inject({ method: 'POST', url: '/api/consent', remoteAddress: '203.0.113.77', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(receipt()) });
        ({ rows } = await store.db.query('SELECT ip FROM consent_receipts'));
        assert.deepEqual(rows, [{ ip: '203.0.113.0' }]);
      });
    });

    describe('bad input gets a clear 4xx and stores nothing', () => {
      const cases = [
        ['not JSON', '{"consentId": ', 400],
        ['an empty body', '', 400],
        ['a number as a string', receipt({ revision: '1' }), 400],
        ['a missing field', (({ cause, ...rest }) => rest)(receipt()), 400],
        ['an unknown field', { ...receipt(), ip: '1.2.3.4' }, 400],
        ['a category the site does not offer', receipt({ categories: { necessary: true, advertising: true } }), 400],
        ['strictly necessary refused', receipt({ categories: { necessary: false } }), 400],
        ['a category answered with a string', receipt({ categories: { necessary: true, analytical: 'yes' } }), 400],
        ['an unknown cause', receipt({ cause: 'coerced' }), 400],
        ['a date that is not one', receipt({ updatedAt: 'yesterday' }), 400],
        ['an id with markup', receipt({ consentId: '<script>alert(1)</script>' }), 400],
        ['a javascript: page', receipt({ url: 'javascript:alert(1)' }), 400],
        ['a page that is not a URL', receipt({ url: 'https://' }), 400],
        ['a prototype-poisoning body', '{"__proto__": {"admin": true}}', 400],
        ['a body over the limit', receipt({ refusedCookies: Array(200).fill('x'.repeat(200)) }), 413],
      ];
      for (const [what, body, status] of cases) {
        it(what, async () => {
          const response = await post(app, body);
          assert.equal(response.statusCode, status, response.body);
          assert.ok(response.json().error, 'says why');
          assert.equal(await count(store.db), 0);
        });
      }
      it('a body that is not JSON by its type', async () => {
        const response = await post(app, JSON.stringify(receipt()), { 'content-type': 'text/plain' });
        assert.equal(response.statusCode, 415);
        assert.equal(await count(store.db), 0);
      });
    });

    describe('cross-site and forged requests are refused', () => {
      it('refuses another site by Sec-Fetch-Site or Origin, takes the page own origin', async () => {
        assert.equal((await post(app, receipt(), { 'sec-fetch-site': 'cross-site' })).statusCode, 403);
        assert.equal((await post(app, receipt(), { 'sec-fetch-site': 'same-site', origin: 'http://app.example.test' })).statusCode, 403);
        const refused = await post(app, receipt(), { origin: 'https://evil.test' });
        assert.equal(refused.statusCode, 403);
        assert.equal(refused.headers['cache-control'], 'no-store', 'a refusal is not cached either');
        assert.equal((await post(app, receipt(), { origin: 'null' })).statusCode, 403);
        assert.equal(await count(store.db), 0);
        assert.equal((await post(app, receipt(), { 'sec-fetch-site': 'same-origin', origin: 'http://app.example.test' })).statusCode, 201);
      });

      it('behind a proxy, trusts its forwarded host and scheme only when told to', async () => {
        const forwarded = { host: '127.0.0.1:8787', 'x-forwarded-host': 'crm.example.test', 'x-forwarded-proto': 'https', origin: 'https://crm.example.test' };
        assert.equal((await post(app, receipt(), forwarded)).statusCode, 403);
        await app.close();
        app = open({ TRUST_PROXY: 'true' });
        const response = await post(app, receipt(), forwarded);
        assert.equal(response.statusCode, 201, response.body);
        assert.match(String(response.headers['set-cookie']), /; Secure$/);
        await app.close();
        app = open({ ALLOWED_ORIGINS: 'https://crm.example.test' });
        assert.equal((await post(app, receipt(), forwarded)).statusCode, 201);
      });

      it('answers a flood from one address 429 and stores none of it, others go on', async () => {
        await app.close();
        app = open({ RATE_LIMIT: '3' });
        const from = (remoteAddress) =>
          app.inject({ method: 'POST', url: '/api/consent', remoteAddress, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(receipt()) });
        for (let i = 0; i < 3; i++) assert.equal((await from('198.51.100.7')).statusCode, 201);
        const flooded = await from('198.51.100.7');
        assert.equal(flooded.statusCode, 429);
        assert.ok(flooded.headers['retry-after'], 'says when to come back');
        assert.equal((await from('198.51.100.8')).statusCode, 201);
        assert.equal(await count(store.db), 4);
      });

      it('checks Creatio BPMCSRF header against its cookie when the cookie is there', async () => {
        const cookie = 'BPMCSRF=token-1; BPMSESSIONID=s';
        assert.equal((await post(app, receipt(), { cookie })).statusCode, 403);
        assert.equal((await post(app, receipt(), { cookie, bpmcsrf: 'token-2' })).statusCode, 403);
        assert.equal(await count(store.db), 0);
        assert.equal((await post(app, receipt(), { cookie, bpmcsrf: 'token-1' })).statusCode, 201);
        assert.equal((await post(app, receipt(), { cookie: 'other=1' })).statusCode, 201);
      });
    });

    describe('HttpOnly cookies the visitor refused', () => {
      it('expires UserName when the receipt refuses it, on a repeat too, and not otherwise', async () => {
        const refused = receipt({ refusedCookies: ['username', '_ga'] });
        for (const response of [await post(app, refused), await post(app, refused)]) {
          assert.deepEqual(response.headers['set-cookie'], ['UserName=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax']);
        }
        const granted = await post(app, receipt({ refusedCookies: ['_ga', '_ga_*'] }));
        assert.equal(granted.headers['set-cookie'], undefined);
      });

      it('reads the patterns a page configures (`functional-cookies="User*"`, `*`) as the drop-in does, not storage keys', async () => {
        const expired = async (refusedCookies) => (await post(app, receipt({ refusedCookies }))).headers['set-cookie']?.length ?? 0;
        assert.equal(await expired(['User*']), 1);
        assert.equal(await expired(['*']), 1);
        assert.equal(await expired(['*name']), 1);
        assert.equal(await expired(['Users*', '=UserName', '=*', 'UserNameX']), 0);
      });

      it('answers a pattern made to backtrack at once (anyone can post one)', { timeout: 5000 }, async () => {
        const started = performance.now();
        const response = await post(app, receipt({ refusedCookies: [`${'*'.repeat(250)}X`, `${'*a'.repeat(120)}b`] }));
        assert.equal(response.statusCode, 201);
        assert.equal(response.headers['set-cookie'], undefined);
        assert.ok(performance.now() - started < 1000);
      });
    });

    describe('export for audits', () => {
      const exportOf = (query, token = 'secret-token') =>
        app.inject({ method: 'GET', url: `/api/consent/receipts${query}`, headers: token ? { authorization: `Bearer ${token}` } : {} });

      it('needs the admin token, and is off without one', async () => {
        assert.equal((await exportOf('', null)).statusCode, 401);
        assert.equal((await exportOf('', 'wrong')).statusCode, 401);
        await app.close();
        app = open({});
        assert.equal((await exportOf('')).statusCode, 404);
      });

      it('by consent id and by date range, as JSON', async () => {
        const mine = receipt();
        await post(app, mine);
        await post(app, receipt({ consentId: mine.consentId, cause: 'reject-all', receiptId: undefined }));
        await post(app, receipt());
        await store.db.query("UPDATE consent_receipts SET received_at = '2024-03-01T12:00:00Z' WHERE consent_id <> $1", [mine.consentId]);
        const byId = (await exportOf(`?consentId=${mine.consentId}`)).json();
        assert.deepEqual(byId.map((row) => row.cause), ['save', 'reject-all']);
        assert.equal(byId[0].consentId, mine.consentId);
        assert.deepEqual(byId[0].categories, mine.categories);
        const march = (await exportOf('?from=2024-03-01&to=2024-03-02')).json();
        assert.equal(march.length, 1);
        assert.equal(march[0].receivedAt, '2024-03-01T12:00:00.000Z');
        assert.equal((await exportOf('?from=last-week')).statusCode, 400);
        assert.equal((await exportOf("?consentId=x' OR 1=1")).statusCode, 400);
      });

      it('as CSV, quoted as RFC 4180 asks, and no cell able to run as a formula', async () => {
        const sent = receipt({ url: 'https://app.example.test/a,b' });
        await post(app, sent);
        const response = await exportOf('?format=csv');
        assert.equal(response.statusCode, 200);
        assert.match(response.headers['content-type'], /^text\/csv/);
        const [header, row, end] = response.body.split('\r\n');
        assert.equal(header, 'consentId,receiptKey,receivedAt,revision,createdAt,updatedAt,cause,categories,refusedCookies,page,browser,ip');
        assert.ok(row.startsWith(`${sent.consentId},${sent.receiptId},`));
        assert.ok(row.includes(',"https://app.example.test/a,b",'));
        // Every offered category with its answer, as JSON inside one quoted cell.
        for (const answer of ['"{""necessary"":true', '""functional"":false', '""analytical"":true']) assert.ok(row.includes(answer), answer);
        assert.equal(end, '');
        assert.equal(csvField('=1+1'), "'=1+1");
        assert.equal(csvField('-2'), "'-2");
        assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
      });

      it('pages through more receipts than one read holds', async () => {
        for (let i = 0; i < 25; i++) await post(app, receipt());
        const { findReceipts } = await import('../../../server/consent-log/src/store.mjs');
        const ids = [];
        for await (const row of findReceipts(store.db, {}, 10)) ids.push(Number(row.id));
        assert.equal(ids.length, 25);
        assert.equal(new Set(ids).size, 25);
      });
    });

    describe('retention', () => {
      it('deletes receipts older than the setting and keeps the rest', async () => {
        await post(app, receipt());
        await post(app, receipt());
        await store.db.query("UPDATE consent_receipts SET received_at = now() - interval '13 months' WHERE id = (SELECT min(id) FROM consent_receipts)");
        assert.equal(await forgetOlderThan(store.db, 12), 1);
        assert.equal(await count(store.db), 1);
        assert.equal(await forgetOlderThan(store.db, 12), 0);
      });
    });

    it('answers 503 while its database is out of reach, so the drop-in keeps the receipt', async () => {
      const gone = await freshDatabase(kind);
      const down = buildApp({ db: gone.db, config: settings({ ADMIN_TOKEN: 'secret-token' }) });
      await gone.close();
      const response = await post(down, receipt());
      assert.equal(response.statusCode, 503);
      assert.deepEqual(response.json(), { error: 'unavailable' }, 'says nothing of the database');
      assert.equal((await down.inject({ method: 'GET', url: '/api/consent/health' })).statusCode, 503);
      await down.close();
    });

    it('answers its health check with the kind of database', async () => {
      const response = await app.inject({ method: 'GET', url: '/api/consent/health' });
      assert.deepEqual(response.json(), { ok: true, database: kind.databaseUrl ? 'postgres' : 'pglite' });
    });
  });
}
