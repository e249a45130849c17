import { inflateSync } from 'zlib';
import * as TLSSigAPIv2 from 'tls-sig-api-v2';
import { decodeUserSig, genTestUserSig } from '@/src/chat/cloud/usersig';

const KEY = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';

/** Node's own reading of a UserSig: undo the package's alphabet, base64, inflate. */
function inflateWithNode(userSig: string): string {
  const base64 = userSig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
  return inflateSync(Buffer.from(base64, 'base64')).toString('utf8');
}

const cases: Array<[sdkAppID: number, userID: string, expire: number, nowMs: number, key: string]> = [
  [1400000000, 'xiaojun', 86400 * 180, 1_700_000_000_000, KEY],
  [1400123456, 'alice', 604800, 1_717_171_717_999, KEY],
  [20000001, 'user_01-b', 1, 1_600_000_000_500, 'short-secret'],
  [1600000000, '用户甲', 3600, 1_750_000_000_000, KEY.toUpperCase()],
  [4294967295, 'a'.repeat(32), 2_147_483_647, 1_800_000_000_123, KEY],
];

describe('genTestUserSig', () => {
  afterEach(() => jest.restoreAllMocks());

  // Byte equality of the whole string is not achievable: Node 20 ships Chromium's zlib, whose SIMD hashing
  // picks different matches than fflate (or reference zlib), so the deflate streams differ while inflating
  // to the same bytes. The service inflates the stream and checks the document, so we compare that,
  // byte for byte, including the HMAC.
  const title = 'signs the same document as tls-sig-api-v2 (SDKAppID %i, user %s, expire %i)';
  test.each(cases)(title, (sdkAppID, userID, expire, nowMs, key) => {
    jest.spyOn(Date, 'now').mockReturnValue(nowMs);
    const official = new TLSSigAPIv2.Api(sdkAppID, key).genSig(userID, expire);
    const ours = genTestUserSig({ sdkAppID, secretKey: key, userID, expireSeconds: expire, now: nowMs });

    expect(inflateWithNode(ours)).toBe(inflateWithNode(official));
    expect(ours).toMatch(/^[A-Za-z0-9*_-]+$/);
  });

  test('uses Date.now() when no time is given', () => {
    jest.spyOn(Date, 'now').mockReturnValue(1_700_000_000_999);
    const official = new TLSSigAPIv2.Api(1400000000, KEY).genSig('bob', 600);
    const ours = genTestUserSig({ sdkAppID: 1400000000, secretKey: KEY, userID: 'bob', expireSeconds: 600 });
    expect(inflateWithNode(ours)).toBe(inflateWithNode(official));
    expect(decodeUserSig(ours)['TLS.time']).toBe(1_700_000_000);
  });

  test('a different key gives a different signature', () => {
    const base = { sdkAppID: 1400000000, userID: 'bob', expireSeconds: 600, now: 1_700_000_000_000 };
    const a = decodeUserSig(genTestUserSig({ ...base, secretKey: 'key-a' }));
    const b = decodeUserSig(genTestUserSig({ ...base, secretKey: 'key-b' }));
    expect(a['TLS.sig']).not.toBe(b['TLS.sig']);
  });

  test.each([
    [{ sdkAppID: 0 }, /SDKAppID/],
    [{ expireSeconds: 0 }, /expire/],
    [{ secretKey: '' }, /secret key/],
    [{ userID: '' }, /userID/],
  ])('rejects bad input %p', (patch, message) => {
    const options = { sdkAppID: 1400000000, secretKey: KEY, userID: 'bob', expireSeconds: 600, ...patch };
    expect(() => genTestUserSig(options)).toThrow(message);
  });
});

describe('decodeUserSig', () => {
  afterEach(() => jest.restoreAllMocks());

  test('round-trips our own UserSig', () => {
    const options = { sdkAppID: 1400000000, secretKey: KEY, userID: '用户甲', expireSeconds: 86400 };
    const sig = genTestUserSig({ ...options, now: 1_700_000_000_000 });
    expect(decodeUserSig(sig)).toEqual({
      'TLS.ver': '2.0',
      'TLS.identifier': '用户甲',
      'TLS.sdkappid': 1400000000,
      'TLS.time': 1_700_000_000,
      'TLS.expire': 86400,
      'TLS.sig': expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/),
    });
  });

  test('reads a UserSig made by the official package', () => {
    jest.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    const official = new TLSSigAPIv2.Api(1400000000, KEY).genSig('xiaojun', 600);
    expect(decodeUserSig(official)).toEqual(JSON.parse(inflateWithNode(official)));
  });
});
