import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configFrom } from '../../../server/consent-log/src/config.mjs';
import { browserFamily, truncateIp } from '../../../server/consent-log/src/privacy.mjs';

describe('consent-log: what it keeps of the visitor', () => {
  it('reduces a user agent to its browser family', () => {
    assert.equal(browserFamily('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0'), 'Edge');
    assert.equal(browserFamily('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'), 'Firefox');
    assert.equal(browserFamily('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1'), 'Safari');
    assert.equal(browserFamily('curl/8.5.0'), 'Other');
    assert.equal(browserFamily(undefined), null);
  });

  it('truncates IPv4 to /24 and IPv6 to /48, and refuses what is not an address', () => {
    assert.equal(truncateIp('203.0.113.77'), '203.0.113.0');
    assert.equal(truncateIp('::ffff:198.51.100.9'), '198.51.100.0');
    assert.equal(truncateIp('2001:db8:85a3:8d3:1319:8a2e:370:7348'), '2001:db8:85a3::');
    assert.equal(truncateIp('2001:db8::1'), '2001:db8:0::');
    assert.equal(truncateIp('::1'), '0:0:0::');
    assert.equal(truncateIp('not-an-ip'), null);
    assert.equal(truncateIp('1:2:3:4:5:6:7:8:9'), null);
  });

  it('stops on a setting that makes no sense, naming it', () => {
    assert.throws(() => configFrom({ STORE_IP: 'full' }), /STORE_IP/);
    assert.throws(() => configFrom({ RETENTION_MONTHS: 'six' }), /RETENTION_MONTHS/);
    assert.throws(() => configFrom({ BASE_PATH: 'api' }), /BASE_PATH/);
    assert.deepEqual(configFrom({ CATEGORIES: 'necessary functional, analytical' }).categories, ['functional', 'analytical']);
  });
});
